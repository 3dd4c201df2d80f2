"""Understanding v14: mechanisms found by blind sets Z51–Z52, asked here with our own phrasings — the lead taken out
("牵头的不算" said after the unit, a pronoun for it in the same message, or as a follow-up), an exclusion as a follow-up
narrows (never replaces what the list is of), a clause after the question that takes part of it out is never set aside,
a unit's role said again in a follow-up replaces the role before, English follow-ups read through the glossary, the lead
said as "leading" in English, a question word before a final 吧, and a story the question points back at."""

from __future__ import annotations

from tests.chat import ask, chat, ids

# ---------------------------------------------------------------- the lead taken out


def test_lead_said_then_excluded_after_the_unit_is_not_the_lead(assistant, ledger):
    rows = ids(ledger, lambda t: "省能源局" in t.units and t.units[0] != "省能源局")
    for q in ("省能源局参与的任务，省能源局牵头的不算，一共几项？", "省能源局负责的任务里，省能源局牵头的除外，有哪些"):
        ans = ask(assistant, q)
        assert not ans.refused and set(ans.tasks) == rows, q


def test_a_pronoun_for_the_unit_named_before_in_the_message(assistant, ledger):
    rows = ids(ledger, lambda t: "省发展改革委" in t.units and t.units[0] != "省发展改革委")
    for q in ("省发展改革委参与的任务有几项？它牵头的不算", "省发展改革委参与的任务有几项？不算其牵头的"):
        ans = ask(assistant, q)
        assert not ans.refused and set(ans.tasks) == rows, q


def test_an_exclusion_clause_after_the_question_is_never_set_aside(assistant, ledger):
    every = ids(ledger, lambda t: "省市场监管局" in t.units)
    ans = ask(assistant, "省市场监管局参与的任务一共多少？其中配合的不算")
    assert ans.refused or set(ans.tasks) != every


def test_the_lead_taken_out_as_a_follow_up_keeps_the_unit(assistant, ledger):
    has = ids(ledger, lambda t: "省自然资源厅" in t.units)
    not_led = ids(ledger, lambda t: "省自然资源厅" in t.units and t.units[0] != "省自然资源厅")
    led = has - not_led
    out = chat(assistant, "省自然资源厅参与的任务有哪些", "它牵头的除外", "那它牵头的呢")
    assert set(out[0].tasks) == has
    assert not out[1].refused and set(out[1].tasks) == not_led
    assert set(out[2].tasks) == led  # the ones it leads, no longer taken out


def test_a_unit_excluded_in_a_follow_up_narrows_the_list(assistant, ledger):
    out = chat(assistant, "省住建厅参与的任务有哪些", "省发展改革委参与的不算")
    rows = ids(ledger, lambda t: "省住建厅" in t.units and "省发展改革委" not in t.units)
    assert not out[1].refused and set(out[1].tasks) == rows


def test_a_time_excluded_in_a_follow_up_keeps_the_time_of_the_list(assistant, ledger):
    out = chat(assistant, "2027年底前到期的任务有哪些", "已经过期的不要")
    rows = ids(ledger, lambda t: t.deadline.text == "2027年底前")
    assert not out[1].refused and set(out[1].tasks) == rows


def test_the_role_of_a_unit_said_again_replaces_the_role_before(assistant, ledger):
    out = chat(assistant, "省水利厅参与的任务有多少", "其中省水利厅牵头的有几项", "嗯。那它参与的任务里，2026年底前的有哪些？")
    rows = ids(ledger, lambda t: "省水利厅" in t.units and t.deadline.text == "2026年底前")
    assert rows and not out[2].refused and set(out[2].tasks) == rows


# ---------------------------------------------------------------- English


def test_leading_in_english_is_the_lead(assistant, ledger):
    led = ids(ledger, lambda t: t.units[0] == "省电力公司")
    ans = ask(assistant, "What tasks is the State Grid branch (省电力公司) leading?")
    assert not ans.refused and set(ans.tasks) == led


def test_an_english_follow_up_read_whole_by_the_glossary(assistant, ledger):
    rows = ids(ledger, lambda t: t.units[0] == "省住建厅")
    out = chat(assistant, "省住建厅牵头的任务有哪些", "how many are those in total?")
    assert not out[1].refused and set(out[1].tasks) == rows and str(len(rows)) in out[1].answer


def test_an_english_lead_word_no_construct_reads_is_never_dropped(assistant, ledger):
    ans = ask(assistant, "Which tasks does 省能源局 end up heading or co-heading in practice?")
    every = ids(ledger, lambda t: "省能源局" in t.units)
    assert ans.refused or set(ans.tasks) != every


# ---------------------------------------------------------------- stories and particles


def test_a_question_word_before_a_final_particle_asks(assistant):
    ans = ask(assistant, "电网改造赶不上接电时限的话，得找谁报备吧？")
    assert not ans.refused and not ans.answer.startswith(("是", "不是"))
    assert "3.4" in ans.tasks


def test_a_question_pointing_back_at_the_kind_in_the_story(assistant):
    q = ("我们镇上有户人家开了个小作坊，想装个低压电，听说小微企业不用出接线的钱？"
         "台账上相应的是哪一条，额度到多少千瓦？")
    ans = ask(assistant, q)
    assert ans.refused or list(ans.tasks[:1]) == ["1.1"]


# ---------------------------------------------------------------- found by Z53–Z54 and the sets before


def test_which_of_two_tasks_holds_a_condition_is_a_filter_among_them(assistant, ledger):
    past = ids(ledger, lambda t: t.deadline.text == "2025年底前")
    a, b = sorted(past)[0], next(t.id for t in ledger.tasks if t.deadline.text == "持续推进")
    ans = ask(assistant, f"任务{a}和任务{b}当中哪一个已经过了完成时限？")
    assert not ans.refused and list(ans.tasks) == [a]
    out = chat(assistant, f"任务{a}和任务{b}分别什么时候完成", "这两项里面哪项已经超期了？")
    assert not out[1].refused and list(out[1].tasks) == [a] and not out[1].answer.startswith(("是", "不是"))


def test_go_back_to_a_list_named_by_a_units_role(assistant, ledger):
    alone = [t.id for t in ledger.tasks if t.units == ("省电力公司",) and t.deadline.text == "2027年底前"]
    out = chat(assistant, "2027年底前到期的任务有多少", "其中只由省电力公司一家负责的有哪些", "那省电力公司参与的呢",
               "回到刚才单独负责的那个清单，第二项是什么？")
    assert not out[3].refused and list(out[3].tasks) == [alone[1]]


def test_go_back_to_a_list_no_earlier_list_fits_is_asked_about(assistant):
    out = chat(assistant, "省能源局牵头的任务有哪些", "其中2025年底前的呢", "回到刚才讲海上风电的那个列表，第一项是什么")
    assert out[2].refused


def test_words_of_a_relaxing_follow_up_no_construct_reads_are_never_dropped(assistant):
    out = chat(assistant, "省住建厅2026年底前要完成的任务有几项", "再把省水利厅参与的也揉进来，水利厅那部分不限时限")
    assert out[1].refused


def test_a_request_after_the_question_for_what_the_ledger_lacks_is_declined(assistant):
    ans = ask(assistant, "便民接电点都在哪些地方？麻烦发我详细地址")
    assert ans.refused


def test_a_topic_after_jiang_is_a_keyword(assistant, ledger):
    rows = ids(ledger, lambda t: "抢修" in t.text)
    ans = ask(assistant, "台账上讲抢修的是哪几条")
    assert not ans.refused and set(ans.tasks) == rows


def test_each_kind_of_tasks_is_no_keyword(assistant, ledger):
    ans = ask(assistant, "按完成时限分一下类，各类任务分别多少项？")
    assert not ans.refused and ans.query is not None and ans.query["target"] == "breakdown"
    assert "各类" not in ans.answer.split("\n")[0]


def test_whether_ones_own_place_has_it_now_is_answered_with_the_plain_note(assistant):
    ans = ask(assistant, "便民接电点我们乡目前有了吗")
    assert ans.refused or ("没有记录进展" in ans.answer and "1.2" in ans.tasks)


def test_english_words_that_pick_among_a_list_are_never_dropped(assistant, ledger):
    out = chat(assistant, "提到充电设施的任务有哪些", "which of them is handled in a rather unusual way?")
    assert out[1].refused
    dated = ids(ledger, lambda t: "充电设施" in t.text and t.deadline.text != "持续推进")
    out = chat(assistant, "提到充电设施的任务有哪些", "which of those has a fixed year deadline?")
    assert not out[1].refused and set(out[1].tasks) == dated


def test_the_lead_said_after_each_unit_of_an_alternative(assistant, ledger):
    rows = ids(ledger, lambda t: t.units[0] in ("省住建厅", "省政务服务办") and t.deadline.text == "2025年底前")
    ans = ask(assistant, "省政务服务办牵头或者省住建厅牵头的任务当中，已经超过时限的有哪些")
    assert not ans.refused and set(ans.tasks) == rows


def test_a_measure_title_with_a_quotation_inside_a_quotation(assistant, ledger):
    rows = ids(ledger, lambda t: t.measure_no == 1)
    ans = ask(assistant, "“巩固拓展‘三零’服务”这一措施下面有哪些任务")
    assert not ans.refused and set(ans.tasks) == rows


def test_mixed_english_lead_is_a_unit_and_both_ends_of_a_measure_range(assistant, ledger):
    rows = ids(ledger, lambda t: t.units[0] == "省能源局" and t.deadline.text == "持续推进")
    ans = ask(assistant, "deadline 是持续推进、lead 是省能源局的 tasks 有哪些")
    assert not ans.refused and set(ans.tasks) == rows
    rows = ids(ledger, lambda t: 2 <= t.measure_no <= 4 and t.deadline.text == "2026年底前")
    ans = ask(assistant, "措施2至措施4（首尾都算）中，2026年底前的任务")
    assert not ans.refused and set(ans.tasks) == rows


def test_only_list_narrows_the_list_shown(assistant, ledger):
    out = chat(assistant, "2025年底前到期的任务有几项", "只列省电力公司牵头的")
    rows = ids(ledger, lambda t: t.deadline.text == "2025年底前" and t.units[0] == "省电力公司")
    assert not out[1].refused and set(out[1].tasks) == rows


# ---------------------------------------------------------------- found by Z55–Z56


def test_a_claim_about_every_task_shown_is_checked_for_each(assistant, ledger):
    out = chat(assistant, "提到“营业厅”的任务有哪些", "这些都是省电力公司牵头的吗？")
    shown = ids(ledger, lambda t: "营业厅" in t.text)
    assert not out[1].refused and set(out[1].tasks) == shown
    assert out[1].answer.startswith("不是")  # not every one of them is led by it


def test_we_after_saying_which_unit_is_ours(assistant, ledger):
    out = chat(assistant, "我们是省市场监管局的，台账里我们参与的任务有几项？", "其中我们牵头的有几项", "那我们参与的任务里，2027年底前的呢？")
    rows = ids(ledger, lambda t: "省市场监管局" in t.units and t.deadline.text == "2027年底前")
    assert rows and not out[2].refused and set(out[2].tasks) == rows
    out = chat(assistant, "省市场监管局参与的任务有几项？", "其中它牵头的有几项", "那我们参与的任务里，2027年底前的呢？")
    assert out[2].refused or set(out[2].tasks) != rows  # 我们 was never said to be 省市场监管局


def test_where_a_facility_is_near_the_asker_is_not_in_the_ledger(assistant):
    assert ask(assistant, "我们镇上哪儿有充电桩？").refused
    ans = ask(assistant, "台账里哪里有提到充电设施")
    assert not ans.refused


def test_measures_listed_by_number_then_counted_are_those_measures(assistant, ledger):
    rows = ids(ledger, lambda t: t.measure_no in (2, 4, 6) and t.deadline.text == "2027年底前")
    ans = ask(assistant, "第2、4、6这三项措施中，2027年底前完成的任务有哪些")
    assert not ans.refused and set(ans.tasks) == rows
    ans = ask(assistant, "第2、4、6这三块里面，2027年底前完成的任务有哪些")
    assert ans.refused or set(ans.tasks) == rows  # the numbers are never dropped


def test_a_field_asked_of_a_quoted_word_two_tasks_have(assistant, ledger):
    both = ids(ledger, lambda t: "华中监管局" in t.text)
    assert len(both) >= 2
    ans = ask(assistant, "提到“华中监管局”的任务由哪个单位牵头？")
    assert not ans.refused and set(ans.tasks) == both


def test_when_ones_own_place_comes_up_is_a_personal_case(assistant):
    assert ask(assistant, "我们村（某某县某某村）的线路改造排在第几批？").refused


def test_the_measure_names_of_a_list_of_tasks(assistant):
    out = chat(assistant, "省电力公司单独负责、持续推进的任务有哪些", "列一下这几条的措施名")
    assert not out[1].refused and set(out[1].tasks) == set(out[0].tasks)


def test_an_exclusive_bound_said_again_in_brackets(assistant, ledger):
    rows = ids(ledger, lambda t: len(t.units) > 4)
    ans = ask(assistant, "责任单位多于4家（不含4家）的任务有哪些")
    assert not ans.refused and set(ans.tasks) == rows


def test_two_groups_compared_and_each_kind_counted(assistant, ledger):
    ans = ask(assistant, "2026年底前到期的和持续推进的相比，哪个多？多几项？")
    n26 = len(ids(ledger, lambda t: t.deadline.text == "2026年底前"))
    n_on = len(ids(ledger, lambda t: t.deadline.text == "持续推进"))
    assert not ans.refused and str(abs(n26 - n_on)) in ans.answer
    ans = ask(assistant, "按时限分，每一类各有几项")
    assert not ans.refused and ans.query is not None and ans.query["target"] == "breakdown"


def test_a_correction_that_says_its_role_for_the_unit_in_focus(assistant, ledger):
    out = chat(assistant, "省能源局牵头的任务有哪些", "不对，我要问的是它参与了、但不是牵头的任务")
    rows = ids(ledger, lambda t: "省能源局" in t.units and t.units[0] != "省能源局")
    assert not out[1].refused and set(out[1].tasks) == rows


def test_back_to_the_first_questions_result_and_its_count(assistant, ledger):
    first = ids(ledger, lambda t: t.deadline.text == "2025年底前" and "省住建厅" in t.units)
    out = chat(assistant, "2025年底前、省住建厅参与的任务有哪些", "其中省住建厅牵头的呢", "回到我第一个问题的结果，一共是几条？")
    assert not out[2].refused and set(out[2].tasks) == first and str(len(first)) in out[2].answer


def test_that_group_is_a_pointer_unless_the_group_is_named(assistant, ledger):
    out = chat(assistant, "请按完成时限统计任务数", "其中数量最多的是哪一类", "把这一类里属于措施16的列出来")
    rows = ids(ledger, lambda t: t.deadline.text == "2025年底前" and t.measure_no == 16)
    assert out[2].refused or set(out[2].tasks) == rows
    out = chat(assistant, "请按完成时限统计任务数", "2027年底前那一类里，属于措施6的有几项")
    rows = ids(ledger, lambda t: t.deadline.text == "2027年底前" and t.measure_no == 6)
    assert not out[1].refused and set(out[1].tasks) == rows


# ---------------------------------------------------------------- found by Z57–Z58


def test_a_units_role_denied_beside_a_condition_of_another_kind(assistant, ledger):
    rows = ids(ledger, lambda t: t.deadline.text == "2026年底前" and "省能源局" not in t.units)
    ans = ask(assistant, "2026年底前的、省能源局没参与的任务有哪些")
    assert not ans.refused and set(ans.tasks) == rows


def test_a_condition_with_its_own_denial_is_asked_about(assistant):
    out = chat(assistant, "持续推进的任务有哪些", "其中省电力公司牵头的", "这些里面省电力公司不牵头的呢")
    assert out[2].refused and not out[2].tasks  # within the ones it leads, the ones it does not lead: never "none" as a fact


def test_the_ones_a_change_took_out(assistant, ledger):
    out = chat(assistant, "提到“配电网”的任务有哪些", "把持续推进的去掉", "刚才被去掉的那几条分别是什么")
    gone = ids(ledger, lambda t: "配电网" in t.text and t.deadline.text == "持续推进")
    assert gone and not out[2].refused and set(out[2].tasks) == gone


def test_a_wrong_time_about_a_task_named_by_its_own_term_is_corrected(assistant):
    ans = ask(assistant, "扫码用电不是2027年底前才要求吗？")
    assert not ans.refused and list(ans.tasks) == ["1.2"] and "2026年底前" in ans.answer


def test_a_complaint_about_ones_own_bill_is_a_personal_case(assistant):
    assert ask(assistant, "我家这个月电费突然涨了两百多，是不是你们算错了？").refused


def test_all_tasks_of_a_time_start_afresh_after_a_list(assistant, ledger):
    out = chat(assistant, "2025年底前的任务有几项", "其中省能源局牵头的呢", "换个角度：全部2026年底前的任务里，哪条措施最多？")
    assert not out[2].refused and out[2].query is not None
    assert not any("省能源局" in str(a) for a in [out[2].query.get("where")])


def test_a_topic_before_asking_what_the_ledger_arranges(assistant):
    ans = ask(assistant, "嗯。那春灌秋收的临时用电，台账里有什么规定吗？")
    assert ans.refused or list(ans.tasks[:1]) == ["1.2"]


def test_which_one_in_english_points_into_the_tasks_just_shown(assistant, ledger):
    out = chat(assistant, "提到“充电设施”的任务有哪些", "which one has the deadline 2026年底前?")
    rows = ids(ledger, lambda t: "充电设施" in t.text and t.deadline.text == "2026年底前")
    assert not out[1].refused and set(out[1].tasks) == rows


# ---------------------------------------------------------------- found by Z59–Z60


def test_the_last_measure_of_a_list_of_measures_shown(assistant, ledger):
    out = chat(assistant, "哪些工作措施下面只有省电力公司一家单位", "最后一个措施下面的任务都有啥")
    alone = sorted({t.measure_no for t in ledger.tasks if all(x.units == ("省电力公司",) for x in ledger.tasks if x.measure_no == t.measure_no)})
    rows = ids(ledger, lambda t: t.measure_no == alone[-1])
    assert alone and not out[1].refused and set(out[1].tasks) == rows


def test_the_nth_measure_after_a_turn_not_read_is_of_the_tasks_it_showed(assistant, ledger):
    history = [{"role": "user", "content": "标题里带“绿电”俩字儿的措施都有啥"},
               {"role": "assistant", "content": "共2项工作措施：措施9（任务9.1、9.2、9.3、9.4）；措施10（任务10.1、10.2、10.3）。"}]
    ans = ask(assistant, "第二个措施下面已经过期的任务有哪些", history)
    rows = ids(ledger, lambda t: t.measure_no == 10 and t.deadline.text == "2025年底前")
    assert not ans.refused and set(ans.tasks) == rows


def test_which_measure_a_task_belongs_to_in_english(assistant):
    ans = ask(assistant, "Which measure does the task on the 项目长 system belong to?")
    assert not ans.refused and "三省" in ans.answer


def test_an_outage_schedule_asked_in_english_is_declined(assistant):
    assert ask(assistant, "Is there a planned outage timetable for my district this weekend?").refused


def test_widened_to_two_deadlines_listed_is_those_two(assistant, ledger):
    out = chat(assistant, "2027年底前到期、省能源局牵头的任务", "期限放宽到2025年底前或2027年底前都算")
    rows = ids(ledger, lambda t: t.units[0] == "省能源局" and t.deadline.text in ("2025年底前", "2027年底前"))
    assert not out[1].refused and set(out[1].tasks) == rows
