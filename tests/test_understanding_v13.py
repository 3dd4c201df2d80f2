"""Understanding v13: mechanisms found by blind sets Z37–Z40, asked here with our own phrasings — the lead said with an
adverb between the unit and 牵头, "other units" said beside a unit or left over, a range of measures in English, a text
that begins with a word, a correction after a turn that could not be read, "只算…的呢" narrowing, the same ordinal form
for the next measure, "these two measures" after two measure lists, "the other two" after a pick from a list, a count
then the latest deadline of what was counted, "把A换成B", two units "两家同时参与", and a pronoun inside "其中…"."""

from __future__ import annotations

from tests.chat import ask, chat, ids

# ---------------------------------------------------------------- the lead, other units


def test_an_adverb_between_the_unit_and_lead_keeps_the_lead(assistant, ledger):
    led = ids(ledger, lambda t: t.units[0] == "省能源局")
    for q in ("省能源局总共牵头了哪些任务？", "省能源局具体牵头几项任务"):
        ans = ask(assistant, q)
        assert not ans.refused and set(ans.tasks) == led, q


def test_a_lead_word_left_beside_a_unit_is_never_dropped(assistant):
    # 牵头 that no construct reads while a unit is named: asked about, never answered as "takes part"
    ans = ask(assistant, "省能源局参与的任务里究竟算不算牵头那些")
    assert ans.refused or "牵头" in ans.answer.split("—")[0]


def test_other_units_beside_a_lead_or_a_unit_take_part_too(assistant, ledger):
    rows = ids(ledger, lambda t: t.units[0] == "省电力公司" and len(t.units) > 1)
    ans = ask(assistant, "省电力公司牵头并且还有其他部门共同参与的任务有哪些")
    assert not ans.refused and set(ans.tasks) == rows
    rows = ids(ledger, lambda t: "省能源局" in t.units and len(t.units) > 1)
    ans = ask(assistant, "省能源局跟其他单位一起负责的任务有几项")
    assert not ans.refused and set(ans.tasks) == rows


def test_other_units_no_construct_reads_are_asked_about(assistant):
    ans = ask(assistant, "别的部门参与的任务都列出来")
    assert ans.refused


def test_no_other_unit_said_in_brackets_or_after_besides_is_it_alone(assistant, ledger):
    alone = ids(ledger, lambda t: t.units == ("省电力公司",))
    for q in ("省电力公司一家负责（没有其他责任单位）的任务有几项", "除了省电力公司以外就没有别的单位参与的任务",
              "省电力公司负责，别的单位都不参与的任务"):
        ans = ask(assistant, q)
        assert not ans.refused and set(ans.tasks) == alone, q


def test_two_units_both_taking_part_are_not_those_two_alone(assistant, ledger):
    both = ids(ledger, lambda t: "省住建厅" in t.units and "省水利厅" in t.units)
    assert both and all(len(t.units) > 2 for t in ledger.tasks if t.id in both)
    ans = ask(assistant, "省水利厅和省住建厅这两家一起参与的任务")
    assert not ans.refused and set(ans.tasks) == both


# ---------------------------------------------------------------- measures and text


def test_a_range_of_measures_in_english_is_every_measure_in_it(assistant, ledger):
    rows = ids(ledger, lambda t: 4 <= t.measure_no <= 6)
    for q in ("Which tasks fall under measures 4 through 6?", "tasks in measures 4 to 6 (inclusive)", "list the tasks of measure 4, 5 and 6"):
        ans = ask(assistant, q)
        assert not ans.refused and set(ans.tasks) == rows, q


def test_a_text_that_begins_with_a_word(assistant, ledger):
    rows = ids(ledger, lambda t: t.text.startswith("推动"))
    assert rows and rows != ids(ledger, lambda t: "推动" in t.text)
    for q in ("任务内容以“推动”开头的有哪些", "哪些任务是“推动”打头的"):
        ans = ask(assistant, q)
        assert not ans.refused and set(ans.tasks) == rows, q
    assert "开头" in ask(assistant, "任务内容以“推动”开头的有哪些").answer


# ---------------------------------------------------------------- dialogue


def test_a_correction_after_a_turn_not_understood_is_asked_about(assistant):
    out = chat(assistant, "省能源局参与的任务有几项", "就拿咕噜咕噜那种算一下呢", "不对，我指的是2026年底前的")
    assert out[1].refused and out[2].refused


def test_a_correction_that_names_its_target_stands_on_its_own(assistant, ledger):
    out = chat(assistant, "省能源局参与的任务有几项", "就拿咕噜咕噜那种算一下呢", "不对，我问的是2026年底前的任务有哪些")
    assert not out[2].refused and set(out[2].tasks) == ids(ledger, lambda t: t.deadline.text == "2026年底前")


def test_only_count_narrows_the_list_shown(assistant, ledger):
    out = chat(assistant, "省能源局牵头的任务有几项", "只数持续推进的呢")
    rows = ids(ledger, lambda t: t.units[0] == "省能源局" and t.deadline.text == "持续推进")
    assert not out[1].refused and set(out[1].tasks) == rows


def test_the_same_ordinal_form_after_a_measure_is_the_next_measure(assistant, ledger):
    out = chat(assistant, "第3条措施下面有什么任务", "第4条呢", "这两条措施加一起多少项")
    assert set(out[1].tasks) == ids(ledger, lambda t: t.measure_no == 4)
    both = ids(ledger, lambda t: t.measure_no in (3, 4))
    assert not out[2].refused and set(out[2].tasks) == both and f"{len(both)} 项" in out[2].answer


def test_the_other_ones_after_a_pick_are_the_rest_of_that_list(assistant, ledger):
    rows = [t for t in ledger.tasks if t.measure_no == 4]
    out = chat(assistant, "措施4有哪些任务", "其中哪项最晚到期", "另外几项呢")
    assert not out[2].refused and set(out[2].tasks) == {t.id for t in rows} - set(out[1].tasks)


def test_a_count_then_the_latest_deadline_of_what_was_counted(assistant, ledger):
    rows = [t for t in ledger.tasks if t.measure_no == 13]
    years = sorted({t.deadline.date.year for t in rows if t.deadline.date is not None})
    ans = ask(assistant, "措施13一共有几项任务？最晚的完成时限是哪一年？")
    assert not ans.refused and f"{len(rows)} 项" in ans.answer and str(years[-1]) in ans.answer
    assert set(ans.tasks) == {t.id for t in rows}


def test_swap_a_named_unit_for_another(assistant, ledger):
    out = chat(assistant, "省住建厅参与的任务", "已经过期的有哪些", "把省住建厅换成省市场监管局")
    rows = ids(ledger, lambda t: "省市场监管局" in t.units and t.deadline.text == "2025年底前")
    assert not out[2].refused and set(out[2].tasks) == rows


def test_a_pronoun_inside_a_second_question_is_the_unit_of_the_first(assistant, ledger):
    every = ids(ledger, lambda t: "省发展改革委" in t.units)
    led = ids(ledger, lambda t: t.units[0] == "省发展改革委")
    ans = ask(assistant, "省发展改革委参与了多少项任务？其中它牵头的有多少？")
    assert not ans.refused and f"{len(every)} 项" in ans.answer and f"{len(led)} 项" in ans.answer


def test_an_ordinal_measure_after_a_list_of_measures_is_picked_once(assistant, ledger):
    out = chat(assistant, "省能源局参与但不是牵头的措施有哪些", "第三个措施有几项任务")
    listed = list(dict.fromkeys(int(i.split(".")[0]) for i in out[0].tasks))
    assert len(listed) >= 3
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: t.measure_no == listed[2])


# ---------------------------------------------------------------- found by Z41–Z42


def test_who_asks_is_not_what_is_asked_about(assistant, ledger):
    led = ids(ledger, lambda t: t.units[0] == "省能源局")
    ans = ask(assistant, "我们是市里的营业厅，想理一理省能源局牵头的任务")
    assert not ans.refused and set(ans.tasks) == led


def test_inside_after_a_single_task_points_at_nothing(assistant):
    out = chat(assistant, "便民接电点是哪项任务", "里面已经过期的")
    assert not out[0].refused and out[1].refused


def test_the_same_measure_after_one_task_shown_is_that_measure(assistant, ledger):
    out = chat(assistant, "提到“扫码用电”的任务", "同一个措施下面持续推进的是哪个")
    one = ledger.task(out[0].tasks[0])
    assert len(out[0].tasks) == 1
    rows = ids(ledger, lambda t: t.measure_no == one.measure_no and t.deadline.text == "持续推进")
    assert not out[1].refused and set(out[1].tasks) == rows


def test_a_short_follow_up_with_common_words_is_about_the_task_in_focus(assistant):
    out = chat(assistant, "用电报装超期预警是哪项任务", "要向谁报一下")
    assert not out[1].refused and out[1].tasks[:1] == out[0].tasks[:1]


def test_widen_to_a_bound_replaces_the_deadline(assistant, ledger):
    out = chat(assistant, "省住建厅参与的2025年底前的任务", "把时间放宽到2026年底前及以前呢")
    rows = ids(ledger, lambda t: "省住建厅" in t.units and t.deadline.date is not None and t.deadline.date.year <= 2026)
    assert not out[1].refused and set(out[1].tasks) == rows


def test_back_to_a_list_prefers_the_plain_list_over_a_ranking_within_it(assistant, ledger):
    out = chat(assistant, "持续推进的任务有哪些", "按措施看哪个措施最多", "回到刚才持续推进的那个列表，里面省能源局参与的有几条")
    rows = ids(ledger, lambda t: t.deadline.text == "持续推进" and "省能源局" in t.units)
    assert not out[2].refused and set(out[2].tasks) == rows


def test_the_sum_of_two_leads_said_elliptically_keeps_the_list_conditions(assistant, ledger):
    out = chat(assistant, "省能源局牵头的任务", "其中2025年底前的", "换成省电力公司牵头的呢", "这两家牵头的合起来呢")
    rows = ids(ledger, lambda t: t.units[0] in ("省能源局", "省电力公司") and t.deadline.text == "2025年底前")
    assert not out[3].refused and set(out[3].tasks) == rows


def test_two_consecutive_relative_years_said_at_once(assistant, ledger):
    rows = ids(ledger, lambda t: t.deadline.text in ("2026年底前", "2027年底前"))
    ans = ask(assistant, "今明两年年底前到期的任务有多少条")
    assert not ans.refused and set(ans.tasks) == rows


def test_the_unit_most_or_fewest_said_with_its_role(assistant, ledger):
    ans = ask(assistant, "参与任务最多的责任单位是哪家")
    assert not ans.refused and "省电力公司" in ans.answer
    due = [t for t in ledger.tasks if t.deadline.text == "2026年底前"]
    from collections import Counter

    top, n = Counter(t.units[0] for t in due).most_common(1)[0]
    ans = ask(assistant, "2026年底前到期的任务中，哪个牵头单位牵头的最多")
    assert not ans.refused and top in ans.answer and f"{n} 项" in ans.answer


def test_a_bracket_that_defines_the_lead_is_no_grouping(assistant, ledger):
    led = ids(ledger, lambda t: t.units[0] == "省住建厅")
    ans = ask(assistant, "省住建厅牵头的任务有几项（以责任单位里排第一的为牵头）")
    assert not ans.refused and set(ans.tasks) == led


def test_that_kind_does_not_count(assistant, ledger):
    rows = ids(ledger, lambda t: t.deadline.text == "2027年底前")
    ans = ask(assistant, "还没到期的任务有几项？今年到期那类不算")
    assert not ans.refused and set(ans.tasks) == rows


def test_a_range_of_measures_with_one_end_left_out(assistant, ledger):
    rows = ids(ledger, lambda t: t.measure_no in (6, 7))
    ans = ask(assistant, "第6项到第8项措施，不包括第8项，一共几项任务")
    assert not ans.refused and set(ans.tasks) == rows


def test_measure_titles_not_counted_said_in_brackets(assistant, ledger):
    rows = ids(ledger, lambda t: "小区" in t.text and t.deadline.text == "2027年底前")
    ans = ask(assistant, "任务内容里写了“小区”的（措施标题不算），2027年底前的有哪些")
    assert not ans.refused and set(ans.tasks) == rows


def test_it_only_assists_and_does_not_lead(assistant, ledger):
    out = chat(assistant, "省发展改革委参与了哪些任务", "它只是协助、并不牵头的呢")
    rows = ids(ledger, lambda t: "省发展改革委" in t.units and t.units[0] != "省发展改革委")
    assert not out[1].refused and set(out[1].tasks) == rows


def test_contacts_of_staff_and_penalties_are_declined_in_any_language(assistant):
    for q in ("Could you share the mobile number of the customer manager at the county office?", "哪个设区市去年被罚了？",
              "What penalty does a city get for missing the deadline?"):
        assert ask(assistant, q).refused, q


def test_each_of_the_four_deadlines_counted(assistant, ledger):
    ans = ask(assistant, "这四种时限分别有几项任务")
    assert not ans.refused
    for text in ("2025年底前", "2026年底前", "2027年底前", "持续推进"):
        n = sum(t.deadline.text == text for t in ledger.tasks)
        assert f"{text}：{n} 项" in ans.answer


def test_when_ones_own_place_gets_done_says_the_deadline_is_all_that_is_recorded(assistant):
    out = chat(assistant, "小区配电设施移交有什么规定", "那我们小区什么时候能移交")
    assert out[1].refused or "没有记录" in out[1].answer


# ---------------------------------------------------------------- found by Z43–Z44


def test_a_correction_said_as_the_next_ordinal_swaps_the_measure(assistant, ledger):
    out = chat(assistant, "第10条措施下面有哪些任务", "不对，我说的是第11条")
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: t.measure_no == 11)


def test_a_recommendation_of_a_company_is_declined(assistant):
    assert ask(assistant, "能不能推荐一家装充电桩便宜的公司").refused


def test_how_many_is_that_counts_the_list_shown(assistant, ledger):
    out = chat(assistant, "Which tasks are due by the end of 2027?", "how many are there")
    rows = ids(ledger, lambda t: t.deadline.text == "2027年底前")
    assert not out[1].refused and set(out[1].tasks) == rows and f"{len(rows)} 项" in out[1].answer


def test_our_own_unit_without_a_name_is_not_every_task(assistant, ledger):
    ans = ask(assistant, "和我们相关的任务一共多少条")
    assert ans.refused
    ans = ask(assistant, "我们是省水利厅的，跟我们有关的任务有几条")
    assert not ans.refused and set(ans.tasks) == ids(ledger, lambda t: "省水利厅" in t.units)
    ans = ask(assistant, "我们是省水利厅的，本单位参与的任务有哪些")
    assert not ans.refused and set(ans.tasks) == ids(ledger, lambda t: "省水利厅" in t.units)


# ---------------------------------------------------------------- found by Z45–Z46


def test_widen_to_a_year_inclusive_keeps_the_years_said(assistant, ledger):
    out = chat(assistant, "2026年底前到期的有几项", "放宽到明年底（含）呢，26年和27年到期的一共多少")
    rows = ids(ledger, lambda t: t.deadline.text in ("2026年底前", "2027年底前"))
    assert not out[1].refused and set(out[1].tasks) == rows


def test_the_document_number_and_date_are_not_in_the_ledger(assistant):
    assert ask(assistant, "这份台账的文号是什么？哪年印发的？").refused


def test_further_down_one_more(assistant):
    out = chat(assistant, "任务8.2是什么", "下一条呢", "再往下一条是谁负责")
    assert list(out[1].tasks[:1]) == ["8.3"] and list(out[2].tasks[:1]) == ["8.4"]


def test_not_needing_a_unit_is_its_negation(assistant, ledger):
    rows = ids(ledger, lambda t: "省能源局" not in t.units)
    for q in ("哪些任务不需要省能源局参与", "有哪几项是不需要省能源局参与的"):
        ans = ask(assistant, q)
        assert not ans.refused and set(ans.tasks) == rows, q


def test_tasks_with_the_most_units_are_tasks(assistant, ledger):
    top = max(len(t.units) for t in ledger.tasks)
    ans = ask(assistant, "参与单位最多的是哪些任务")
    assert not ans.refused and set(ans.tasks) == ids(ledger, lambda t: len(t.units) == top)


def test_the_rest_of_a_list_each_with_its_field(assistant, ledger):
    out = chat(assistant, "第16项措施有哪些任务", "其中2025年底前的有几项", "其余的完成时限分别是什么")
    rest = ids(ledger, lambda t: t.measure_no == 16 and t.deadline.text != "2025年底前")
    assert not out[2].refused and set(out[2].tasks) == rest


def test_topics_listed_with_a_pause_are_any_of_them(assistant, ledger):
    rows = ids(ledger, lambda t: "营业厅" in t.text or "网上国网" in t.text)
    ans = ask(assistant, "跟营业厅、网上国网有关的任务有哪些")
    assert not ans.refused and set(ans.tasks) == rows


def test_a_task_to_keep_doing_has_no_year(assistant, ledger):
    ans = ask(assistant, "哪些任务是要长期做下去、没写年份的")
    assert not ans.refused and set(ans.tasks) == ids(ledger, lambda t: t.deadline.text == "持续推进")


def test_what_is_left_after_taking_some_out_is_the_list_shown(assistant, ledger):
    out = chat(assistant, "提到“小区”的任务", "去掉2027年底前的", "剩下的里面已经过期的是哪些")
    rows = ids(ledger, lambda t: "小区" in t.text and t.deadline.text == "2025年底前")
    assert not out[2].refused and set(out[2].tasks) == rows


def test_no_comma_and_a_substitution_said_with_only(assistant, ledger):
    out = chat(assistant, "2026年底前的任务有哪些", "只看省住建厅参与的", "不，改成省市场监管局参与的")
    rows = ids(ledger, lambda t: t.deadline.text == "2026年底前" and "省市场监管局" in t.units)
    assert not out[2].refused and set(out[2].tasks) == rows
    out = chat(assistant, "省住建厅和省能源局都参与的任务", "改成只要省能源局参与就行")
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: "省能源局" in t.units)


def test_the_whole_table_after_a_measure_is_the_whole_ledger(assistant, ledger):
    out = chat(assistant, "第4项措施下哪些任务提到“探索”", "全表提到“探索”的一共几项")
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: "探索" in t.text)


# ---------------------------------------------------------------- found by Z47–Z48


def test_the_lead_unit_said_in_english_after_the_name(assistant, ledger):
    ans = ask(assistant, "Which tasks is 省能源局 the lead unit for?")
    assert not ans.refused and set(ans.tasks) == ids(ledger, lambda t: t.units[0] == "省能源局")


def test_exclude_a_keyword_said_after_its_cue(assistant, ledger):
    out = chat(assistant, "第16项措施有哪些任务", "再排除提到“电费”的")
    rows = ids(ledger, lambda t: t.measure_no == 16 and "电费" not in t.text)
    assert not out[1].refused and set(out[1].tasks) == rows


def test_only_before_a_deadline_said_adds_nothing(assistant, ledger):
    ans = ask(assistant, "哪几项没有具体年份、只写了“持续推进”")
    assert not ans.refused and set(ans.tasks) == ids(ledger, lambda t: t.deadline.text == "持续推进")


def test_please_change_to_counting_within(assistant, ledger):
    out = chat(assistant, "省市场监管局参与的任务", "其中2025年底前的", "请改为统计其中2026年底前的任务数量")
    rows = ids(ledger, lambda t: "省市场监管局" in t.units and t.deadline.text == "2026年底前")
    assert not out[2].refused and set(out[2].tasks) == rows
