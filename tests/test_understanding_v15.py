"""Understanding v15: mechanisms found by blind sets Z61–Z62, asked here with our own phrasings — a demonstrative before
a count word points ("那几项任务" is no count), the neighbour of the task just shown (in the list it was picked from),
a work called by its kind after a demonstrative (这项改造) is the task in focus, "every task of a measure" said before
the condition, deadlines listed in brackets define a status, "both ends excluded", leftover ledger words every selected
task says, "是不是完全一样" between two units, an exclusion with the field named between (去掉时限已经过了的), the role
said as not meant in a correction, a breakdown said as an instruction before the count, the sum of two lists narrowed,
and who is asking inside their unit (营业厅)."""

from __future__ import annotations

from tests.chat import ask, chat, ids


def test_a_demonstrative_before_a_count_word_points_it_does_not_count(assistant, ledger):
    rows = ids(ledger, lambda t: t.measure_no == 10)
    ans = ask(assistant, "省电力交易中心牵头的促进绿电消费的那几项，全部列出来")
    assert not ans.refused and set(ans.tasks) == rows  # the premise corrected: the tasks listed with their real leads
    assert "省电力公司" in ans.answer


def test_the_next_task_after_one_shown_by_a_search(assistant, ledger):
    order = [t.id for t in ledger.tasks]
    first = ask(assistant, "哪条任务讲到了不停电作业？")
    assert len(first.tasks) == 1
    after = order[order.index(first.tasks[0]) + 1]
    for follow in ("它后面紧挨着的那条是什么", "后一条呢"):
        out = chat(assistant, "哪条任务讲到了不停电作业？", follow)
        assert out[1].tasks[:1] == (after,), follow


def test_the_next_one_after_an_item_picked_from_a_list_is_the_next_of_that_list(assistant, ledger):
    order = [t.id for t in ledger.tasks]
    lead = [t.id for t in ledger.tasks if t.units[0] == "省能源局"]
    k = next(i for i in range(len(lead) - 1) if order.index(lead[i + 1]) != order.index(lead[i]) + 1)  # a gap in the ledger
    out = chat(assistant, "省能源局牵头的任务有哪些", f"第{k + 1}个是什么", "下一条呢")
    assert out[1].tasks[:1] == (lead[k],)
    assert out[2].tasks[:1] == (lead[k + 1],)


def test_a_work_called_by_its_kind_after_a_demonstrative_is_the_task_in_focus(assistant, ledger):
    out = chat(assistant, "8.1是什么", "这个整改谁牵头")
    assert out[1].tasks[:1] == ("8.1",)
    out = chat(assistant, "频繁停电谁管", "这个便民接电点什么时候建成")
    assert out[1].tasks[:1] != ("8.2",)  # a term of another task is no pointer back


def test_every_task_of_a_measure_said_before_the_condition(assistant, ledger):
    every = {t.measure_no for t in ledger.tasks} - {t.measure_no for t in ledger.tasks if t.deadline.text != "2025年底前"}
    rows = ids(ledger, lambda t: t.measure_no in every)
    for q in ("哪些措施的全部任务完成时限都是2025年底前", "哪个措施的任务期限均为2025年底前"):
        ans = ask(assistant, q)
        assert not ans.refused and set(ans.tasks) == rows, q


def test_deadlines_listed_in_brackets_say_what_a_status_means(assistant, ledger):
    unit = next(u for u in ("省水利厅", "省市场监管局", "省住建厅", "省发展改革委") if any(u in t.units and t.deadline.text == "持续推进" for t in ledger.tasks))
    rows = ids(ledger, lambda t: unit in t.units and t.deadline.text != "2025年底前")
    ans = ask(assistant, f"{unit}参与的、还没到期的任务（2026年底前、2027年底前、持续推进）有哪些")
    assert not ans.refused and set(ans.tasks) == rows


def test_both_ends_excluded_said_in_brackets(assistant, ledger):
    rows = ids(ledger, lambda t: t.deadline.text == "2026年底前")
    ans = ask(assistant, "截止时间在2025年底之后、2027年底之前的任务有哪些（首尾都不算）")
    assert not ans.refused and set(ans.tasks) == rows


def test_leftover_ledger_words_that_every_selected_task_says_join_the_conditions(assistant, ledger):
    rows = ids(ledger, lambda t: "华中监管局" in t.text)
    assert all("报送" in t.text or "备案" in t.text for t in ledger.tasks if t.id in rows)
    ans = ask(assistant, "提到华中监管局的任务里，要求备案或者报送的有哪些")
    assert not ans.refused and set(ans.tasks) == rows and "备案" in ans.answer
    # a word not every selected task says is not added silently
    ans = ask(assistant, "哪些任务提到华中监管局，需要报送配网计划的")
    assert ans.refused or set(ans.tasks) <= ids(ledger, lambda t: "配电网" in t.text)


def test_a_keyword_said_with_a_verb_of_use(assistant, ledger):
    rows = ids(ledger, lambda t: "大模型" in t.text)
    ans = ask(assistant, "哪些任务用到了大模型")
    assert not ans.refused and set(ans.tasks) == rows


def test_two_units_task_sets_asked_to_be_entirely_the_same(assistant, ledger):
    ans = ask(assistant, "省住建厅和省水利厅参与的任务是不是完全相同？")
    assert not ans.refused
    a, b = ids(ledger, lambda t: "省住建厅" in t.units), ids(ledger, lambda t: "省水利厅" in t.units)
    assert str(len(a)) in ans.answer and str(len(b)) in ans.answer


def test_an_exclusion_with_the_field_named_before_the_status(assistant, ledger):
    rows = ids(ledger, lambda t: t.measure_no == 5 and t.deadline.text != "2025年底前")
    for q in ("第5项措施下面，去掉完成时限已经过了的，还有哪些", "措施5里，不算期限已经过了的，剩几项"):
        ans = ask(assistant, q)
        assert not ans.refused and set(ans.tasks) == rows, q


def test_a_correction_that_names_the_role_not_meant(assistant, ledger):
    rows = ids(ledger, lambda t: t.deadline.text == "2026年底前" and t.units[0] == "省电力公司")
    out = chat(assistant, "2026年底前到期的任务有几项", "其中省电力公司单独负责的呢", "说错了，我要的是省电力公司牵头的，而不是单独负责的")
    assert not out[2].refused and set(out[2].tasks) == rows


def test_a_breakdown_said_before_the_count_of_each(assistant, ledger):
    out = chat(assistant, "省水利厅参与的任务有哪些", "按时限分一下，每一类几条")
    assert not out[1].refused
    for d in {t.deadline.text for t in ledger.tasks if "省水利厅" in t.units}:
        assert d in out[1].answer


def test_two_lists_together_then_narrowed(assistant, ledger):
    rows = ids(ledger, lambda t: t.units[0] in ("省住建厅", "省能源局") and t.deadline.text == "2027年底前")
    out = chat(assistant, "省住建厅牵头的任务有哪些", "省能源局牵头的呢", "两边加起来，其中2027年底前的有哪些")
    assert not out[2].refused and set(out[2].tasks) == rows


def test_where_in_their_unit_the_asker_sits_is_who_asks(assistant, ledger):
    rows = ids(ledger, lambda t: t.units == ("省电力公司",))
    ans = ask(assistant, "我是省电力公司客户服务中心的，我们公司独自负责的任务有哪些")
    assert not ans.refused and set(ans.tasks) == rows


def test_an_interjection_in_english_is_discourse(assistant, ledger):
    rows = ids(ledger, lambda t: "省水利厅" in t.units and t.deadline.text == "2025年底前")
    ans = ask(assistant, "lol 省水利厅 参与的 task 里 deadline 已经过了的有哪些")
    assert not ans.refused and set(ans.tasks) == rows


# ---------------------------------------------------------------- found by Z63–Z64


def _measures(ledger):
    out: dict[int, list] = {}
    for t in ledger.tasks:
        out.setdefault(t.measure_no, []).append(t)
    return out


def test_tasks_inside_measures_described_by_how_many_tasks_they_have(assistant, ledger):
    small = {no for no, mine in _measures(ledger).items() if len(mine) <= 3}
    rows = ids(ledger, lambda t: t.measure_no in small and t.deadline.text == "2026年底前")
    for q in ("任务不超过3项的那些措施里，2026年底前的任务有哪些", "在下属任务3项以下的工作措施中，完成时限为2026年底前的任务"):
        ans = ask(assistant, q)
        assert not ans.refused and set(ans.tasks) == rows, q
        assert "不超过3项" in ans.answer  # the measure-level condition is said, not dropped


def test_tasks_of_the_measure_all_of_whose_tasks_meet_a_condition(assistant, ledger):
    every = {no for no, mine in _measures(ledger).items() if all(t.deadline.text == "持续推进" for t in mine)}
    rows = ids(ledger, lambda t: t.measure_no in every)
    ans = ask(assistant, "全部任务都是持续推进的那个措施，它下面的任务由谁负责")
    assert rows and not ans.refused and set(ans.tasks) == rows


def test_measures_by_how_many_tasks_said_without_a_count_noun(assistant, ledger):
    small = {no for no, mine in _measures(ledger).items() if len(mine) >= 5}
    ans = ask(assistant, "哪些措施下面任务至少5项")
    assert not ans.refused and {t for t in ans.tasks} == ids(ledger, lambda t: t.measure_no in small)


def test_a_bound_on_how_many_tasks_that_is_not_read_is_never_dropped(assistant, ledger):
    ans = ask(assistant, "任务不超过三四项的措施有哪些")
    assert ans.refused or len({t.split(".")[0] for t in ans.tasks}) < 16


def test_a_statement_with_a_question_mark_about_who_leads_a_measure_is_checked(assistant, ledger):
    ans = ask(assistant, "第8项措施是省住建厅牵头的？")
    assert not ans.refused and "省能源局" in ans.answer and ("不是" in ans.answer or "不对" in ans.answer)


def test_the_tasks_of_one_measure_among_a_list_of_two_measures(assistant, ledger):
    out = chat(assistant, "措施12和措施14的任务有哪些", "只看第14条的这几项，完成时限呢")
    assert set(out[1].tasks) == ids(ledger, lambda t: t.measure_no == 14)


def test_a_local_outage_schedule_is_declined_and_the_ledgers_maintenance_tasks_are_not(assistant, ledger):
    assert ask(assistant, "我们镇下周的停电通知哪里能看到").refused
    rows = ids(ledger, lambda t: "停电检修" in t.text or "检修停电" in t.text)
    ans = ask(assistant, "台账里讲检修停电（停电检修）的任务有哪些")
    assert not ans.refused and set(ans.tasks) == rows


def test_a_deadline_that_is_said_to_be_definite(assistant, ledger):
    rows = ids(ledger, lambda t: t.deadline.text == "2027年底前")
    ans = ask(assistant, "有明确时限的任务中，哪些是最晚到期的")
    assert not ans.refused and set(ans.tasks) == rows


def test_it_for_the_unit_of_the_list_shown_asks_its_count(assistant, ledger):
    out = chat(assistant, "省市场监管局负责哪些任务", "那它一共几项？")
    n = len(ids(ledger, lambda t: "省市场监管局" in t.units))
    assert not out[1].refused and str(n) in out[1].answer


def test_it_for_the_unit_in_english(assistant, ledger):
    out = chat(assistant, "Which tasks involve 省水利厅?", "Which of them does it lead?")
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: t.units[0] == "省水利厅")


def test_a_correction_that_only_denies_the_role_said_before_keeps_the_list(assistant, ledger):
    rows = ids(ledger, lambda t: t.deadline.text == "2025年底前" and t.units[0] != "省能源局")
    out = chat(assistant, "2025年底前到期的任务有几项", "列出其中牵头单位是省能源局的", "更正：应为牵头单位不是省能源局的任务")
    assert not out[2].refused and set(out[2].tasks) == rows


def test_widened_to_a_whole_measure(assistant, ledger):
    out = chat(assistant, "提到“枫桥经验”的任务有哪些", "范围扩大一点，第16项措施的全部列出来")
    assert set(out[1].tasks) == ids(ledger, lambda t: t.measure_no == 16)


def test_if_overdue_said_of_the_askers_case_is_no_condition(assistant, ledger):
    ans = ask(assistant, "万一逾期了，台账里对报装超期有什么要求？")
    assert not ans.refused and "3.4" in ans.tasks and len(ans.tasks) <= 3


def test_the_lead_glossed_as_ranked_first_in_brackets(assistant, ledger):
    rows = ids(ledger, lambda t: t.units[0] == "省住建厅")
    ans = ask(assistant, "省住建厅牵头（排名第一）的任务有哪些")
    assert not ans.refused and set(ans.tasks) == rows


def test_a_named_task_with_a_year_the_ledger_does_not_have_is_shown_with_its_own(assistant, ledger):
    ans = ask(assistant, "任务4.4不是2023年底前就该完成了吗？")
    assert not ans.refused and ans.tasks[:1] == ("4.4",) and ledger.task("4.4").deadline.text in ans.answer


# ---------------------------------------------------------------- found by Z65–Z66


def test_a_question_about_an_unnamed_task_never_lists_the_whole_ledger(assistant, ledger):
    for q in ("are overseas investors asked to buy more renewable power? which task", "同一个部门还有哪些 tasks"):
        ans = ask(assistant, q)
        assert ans.refused or len(ans.tasks) < len(ledger.tasks), q


def test_an_entirely_different_question_starts_afresh(assistant, ledger):
    out = chat(assistant, "省政务服务办参与的任务", "其中2027年底前的", "换个完全不一样的问题：省市场监管局参与哪些任务？")
    assert set(out[2].tasks) == ids(ledger, lambda t: "省市场监管局" in t.units)


def test_a_kind_taken_off_while_another_is_widened(assistant, ledger):
    rows = ids(ledger, lambda t: "省电力公司" in t.units and t.deadline.text in ("2025年底前", "2026年底前"))
    out = chat(assistant, "省电力公司参与、2025年底前的任务", "只看措施8里的", "去掉措施的限制，时限放宽为2025年底前或2026年底前都算")
    assert not out[2].refused and set(out[2].tasks) == rows


def test_likewise_before_a_condition_said_again(assistant, ledger):
    rows = ids(ledger, lambda t: t.deadline.text == "2025年底前" and "省住建厅" in t.units)
    out = chat(assistant, "2027年底前的任务", "里面省住建厅有份的呢", "那2025年底前的，同样是住建厅有份的，列一下")
    assert not out[2].refused and set(out[2].tasks) == rows


def test_a_time_swapped_in_a_list_known_only_by_its_tasks_is_asked_about(assistant, ledger):
    history = [{"role": "user", "content": "那些咕噜咕噜的任务列一下"},
               {"role": "assistant", "content": "共2项：1. 任务1.2（2026年底前）…… 2. 任务2.3（2026年底前）……"}]
    ans = ask(assistant, "时限是2027年底前的呢", history)
    assert ans.refused or set(ans.tasks) == ids(ledger, lambda t: t.deadline.text == "2027年底前")


def test_tasks_with_the_same_deadline_as_the_one_in_focus(assistant, ledger):
    out = chat(assistant, "任务8.3讲的是什么", "整个台账里跟它期限一样的任务有几项")
    same = ids(ledger, lambda t: t.deadline.text == ledger.task("8.3").deadline.text)
    assert not out[1].refused and set(out[1].tasks) == same and str(len(same)) in out[1].answer


def test_two_measures_units_compared(assistant, ledger):
    a = {u for t in ledger.tasks if t.measure_no == 2 for u in t.units}
    b = {u for t in ledger.tasks if t.measure_no == 5 for u in t.units}
    ans = ask(assistant, "措施2和措施5的责任单位是否相同？")
    assert not ans.refused and ans.answer.startswith("一样" if a == b else "不一样")


def test_a_reason_after_a_request_is_set_aside(assistant, ledger):
    ans = ask(assistant, "省水利厅参与的任务都列一下，我们要拿去对账")
    assert not ans.refused and set(ans.tasks) == ids(ledger, lambda t: "省水利厅" in t.units)


def test_its_number_asked_in_one_word(assistant, ledger):
    out = chat(assistant, "省住建厅牵头的任务有哪些", "数量呢？")
    assert not out[1].refused and str(len(ids(ledger, lambda t: t.units[0] == "省住建厅"))) in out[1].answer


def test_the_two_measures_shown_added_up_and_narrowed(assistant, ledger):
    rows = ids(ledger, lambda t: t.measure_no in (5, 8) and t.deadline.text == "2026年底前")
    out = chat(assistant, "任务最多的措施是哪个", "这两个措施加起来2026年底前的有几项")
    assert not out[1].refused and set(out[1].tasks) == rows


def test_list_them_all_is_no_quantifier_over_a_measures_tasks(assistant, ledger):
    ans = ask(assistant, "2025年底前的任务里，哪个措施最多？并列的话都列出来")
    assert not ans.refused and ans.tasks


def test_a_condition_of_a_list_changed_without_a_verb_before_it(assistant, ledger):
    out = chat(assistant, "措施8里2025年底前的任务", "时限改成2027年底前")
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: t.measure_no == 8 and t.deadline.text == "2027年底前")
    out = chat(assistant, "任务8.3的完成时限是什么", "时限改成2026年底前")
    assert out[1].refused  # after one task it asks to edit the ledger


def test_what_stays_said_before_the_change(assistant, ledger):
    rows = ids(ledger, lambda t: t.units[0] == "省能源局" and t.deadline.text == "持续推进")
    out = chat(assistant, "2027年底前的任务", "其中省能源局牵头的", "还是省能源局牵头，时限换成持续推进的")
    assert set(out[2].tasks) == rows


# ---------------------------------------------------------------- found by Z67–Z68


def test_it_for_the_measure_just_asked_about(assistant, ledger):
    out = chat(assistant, "措施8是省住建厅负责的吗", "那它下面2027年底前的任务有哪些")
    assert set(out[1].tasks) == ids(ledger, lambda t: t.measure_no == 8 and t.deadline.text == "2027年底前")


def test_all_of_the_tasks_asked_for_is_no_quantifier_over_measures(assistant, ledger):
    ans = ask(assistant, "2026年底前的任务都有哪些？分布在哪几条措施？")
    assert set(ans.tasks) == ids(ledger, lambda t: t.deadline.text == "2026年底前")


def test_a_relative_year_bound_with_its_end_said_in(assistant, ledger):
    rows = ids(ledger, lambda t: t.deadline.date is not None and t.deadline.date.year <= 2026)
    ans = ask(assistant, "今年底之前（含今年底）到期的任务有几项")
    assert not ans.refused and set(ans.tasks) == rows
    ans = ask(assistant, "到今年年底为止应当完成的任务有多少")
    assert not ans.refused and set(ans.tasks) == rows


def test_these_two_after_one_task_was_shown_as_a_list_of_one(assistant, ledger):
    out = chat(assistant, "便民接电点那个任务是做什么的", "同一条措施下的另一项任务呢", "这两项分别由哪些单位负责")
    assert set(out[2].tasks) == {"1.1", "1.2"}


def test_two_named_groups_of_the_kind_of_the_last_list_are_compared_as_named(assistant, ledger):
    out = chat(assistant, "持续推进的任务有多少", "2026年底前的呢", "那2027年底前的比2026年底前的多几项？")
    y27 = ids(ledger, lambda t: t.deadline.text == "2027年底前")
    y26 = ids(ledger, lambda t: t.deadline.text == "2026年底前")
    assert not out[2].refused and set(out[2].tasks) == y27 | y26 and str(len(y27) - len(y26)) in out[2].answer


def test_which_local_offices_have_done_it_is_declined(assistant, ledger):
    assert ask(assistant, "赣州具体哪几个供电所已经建好了便民接电点？").refused


def test_a_measure_range_said_with_between(assistant, ledger):
    ans = ask(assistant, "措施6到措施8之间，2025年底前的任务")
    assert set(ans.tasks) == ids(ledger, lambda t: 6 <= t.measure_no <= 8 and t.deadline.text == "2025年底前")


def test_which_measure_a_quoted_phrase_comes_from(assistant, ledger):
    ans = ask(assistant, "“枫桥经验”出自哪条工作措施")
    assert not ans.refused and "16" in ans.answer


def test_included_in_brackets_is_no_condition(assistant, ledger):
    rows = ids(ledger, lambda t: t.deadline.date is not None and t.deadline.date.year <= 2027)
    ans = ask(assistant, "截至明年年底，有明确时限的任务一共几项？（包括已经过期的）")
    assert not ans.refused and set(ans.tasks) == rows


# ---------------------------------------------------------------- found by Z69–Z70


def test_a_units_part_in_the_task_in_focus_is_checked(assistant, ledger):
    out = chat(assistant, "任务8.2是干什么的", "省住建厅有份吗")
    assert out[1].tasks[:1] == ("8.2",) and len(out[1].tasks) == 1
    assert "省住建厅" not in ledger.task("8.2").units and out[1].answer.startswith("不")  # checked and denied, not listed


def test_the_role_taken_out_said_again_replaces_the_one_before(assistant, ledger):
    rows = ids(ledger, lambda t: t.deadline.text == "2026年底前" and t.units[0] != "省电力公司")
    out = chat(assistant, "2026年底前的任务有几项", "去掉省电力公司参与的", "那去掉省电力公司牵头的呢")
    assert not out[2].refused and set(out[2].tasks) == rows


def test_a_repair_call_for_ones_own_outage_is_declined(assistant, ledger):
    assert ask(assistant, "我们村停电两天了没人管，赶紧派人来修！").refused


def test_measures_with_exactly_n_tasks(assistant, ledger):
    four = {t.measure_no for t in ledger.tasks if sum(x.measure_no == t.measure_no for x in ledger.tasks) == 3}
    ans = ask(assistant, "任务数恰好是3项的措施有哪些")
    assert not ans.refused and {int(i.split(".")[0]) for i in ans.tasks} == four


def test_words_said_as_excluded_are_never_searched_for(assistant, ledger):
    ans = ask(assistant, "除了充电设施的，第11项措施还有别的任务吗")
    assert ans.refused or not any("充电设施" in ledger.task(i).text for i in ans.tasks)


# ---------------------------------------------------------------- found by Z71–Z72


def test_ones_own_outage_in_progress_is_declined_and_a_question_about_frequent_outages_is_not(assistant, ledger):
    assert ask(assistant, "我们小区从早上停电到现在还没来电，有人管吗？").refused
    assert not ask(assistant, "我家经常停电，台账里对频繁停电有什么要求").refused


def test_an_application_number_asked_about_is_a_personal_case(assistant, ledger):
    assert ask(assistant, "我申请的新装，受理号20261101xx，进度怎么样了？").refused


def test_a_legal_question_about_connecting_an_illegal_building_is_declined(assistant, ledger):
    assert ask(assistant, "违章建筑可以报装用电吗？").refused


def test_a_national_document_is_not_the_ledger(assistant, ledger):
    assert ask(assistant, "国家层面的文件对办电时限有什么规定").refused


def test_two_deadlines_after_widened_to_are_the_values(assistant, ledger):
    rows = ids(ledger, lambda t: t.units == ("省电力公司",) and t.deadline.text in ("2025年底前", "2027年底前"))
    out = chat(assistant, "省电力公司单独负责、2027年底前的任务", "把时限放宽到2025年底前和2027年底前都算")
    assert set(out[1].tasks) == rows


def test_measures_tied_for_the_most_tasks(assistant, ledger):
    ans = ask(assistant, "任务数并列最多的是哪几个措施")
    assert not ans.refused and {int(i.split(".")[0]) for i in ans.tasks} == {5, 8}


def test_a_measure_range_followed_by_a_numeral_word(assistant, ledger):
    ans = ask(assistant, "措施2到措施4一共有多少项任务")
    assert not ans.refused and set(ans.tasks) == ids(ledger, lambda t: 2 <= t.measure_no <= 4)


def test_that_measure_after_a_turn_not_read_is_asked_about(assistant, ledger):
    out = chat(assistant, "咕噜咕噜的措施是哪个", "那个措施里哪项不是2027年底前的")
    assert out[1].refused
