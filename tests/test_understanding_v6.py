"""Understanding v6: a measure said by number is never dropped, an elliptical question after a claim, superlatives
accounted for, lists known only by the tasks shown, sameness and sums of two lists, literal keywords, a question
about the clause before it (mechanisms found by blind sets O and R13, asked here with our own phrasings)."""

from __future__ import annotations

import pytest

from tests.chat import ask, chat, ids


@pytest.mark.parametrize("question", ["措施8下面有几项任务？", "措施8底下都有哪些任务", "措施8共有几项任务"])
def test_a_measure_by_number_is_never_dropped(assistant, ledger, question):
    ans = ask(assistant, question)
    assert set(ans.tasks) == ids(ledger, lambda t: t.measure_no == 8)


def test_a_measure_number_no_stage_takes_is_not_answered_as_all_tasks(assistant, ledger):
    q = assistant.understand("措施一共有几项任务")  # 一共 = in total: no measure named
    assert not q.unparsed
    ans = ask(assistant, "措施3嘛下面几项任务")
    assert ans.refused or set(ans.tasks) == ids(ledger, lambda t: t.measure_no == 3)


def test_an_elliptical_question_after_a_claim_asks_about_the_claim(assistant, ledger):
    ans = ask(assistant, "省住建厅参与了五个措施吧？都是哪些任务")
    assert set(ans.tasks) == ids(ledger, lambda t: "省住建厅" in t.units)


def test_an_unplaced_superlative_is_never_dropped(assistant, ledger):
    ans = ask(assistant, "省电力公司牵头的有几项，是不是所有单位里最多的？")
    assert ans.refused or "最多" in ans.answer
    latest = ask(assistant, "省住建厅牵头的任务里最晚的是哪几项")
    lead = [t for t in ledger.tasks if t.units[0] == "省住建厅" and t.deadline.date is not None]
    last = max(t.deadline.date for t in lead)
    assert set(latest.tasks) == {t.id for t in lead if t.deadline.date == last}


def test_which_measure_has_the_most_within_a_condition(assistant, ledger):
    ans = ask(assistant, "2027年底前的任务按措施分，哪条措施最多？")
    counts: dict[int, int] = {}
    for t in ledger.tasks:
        if t.deadline.text == "2027年底前":
            counts[t.measure_no] = counts.get(t.measure_no, 0) + 1
    best = max(counts.values())
    for no, n in counts.items():
        assert (f"第{no}项" in ans.answer) == (n == best)


def test_a_list_known_only_by_its_tasks_is_a_measures_or_a_units(assistant, ledger):
    """The assistant turn lists ids the replay cannot reproduce; the list is the measure's, so 那措施4呢 replaces it."""
    m3 = [t.id for t in ledger.tasks if t.measure_no == 3]
    history = [{"role": "user", "content": "第三块的活儿都列一下吧老铁"}, {"role": "assistant", "content": "共4项：" + "、".join(m3)}]
    ans = ask(assistant, "那措施4呢", history)
    assert set(ans.tasks) == ids(ledger, lambda t: t.measure_no == 4)


def test_a_unit_after_a_list_of_unknown_origin_is_not_guessed(assistant, ledger):
    picked = [t.id for t in ledger.tasks if t.deadline.text == "持续推进"][:5]
    history = [{"role": "user", "content": "那几个老大难的活儿给我看看"}, {"role": "assistant", "content": "共5项：" + "、".join(picked)}]
    ans = ask(assistant, "那省能源局呢？", history)
    assert ans.refused


def test_fields_of_several_tasks_then_within_them(assistant, ledger):
    *_, third = chat(assistant, "省水利厅参与的任务有几项", "它们各自什么时候到期", "其中2027年底前的是哪几项")
    assert set(third.tasks) == ids(ledger, lambda t: "省水利厅" in t.units and t.deadline.text == "2027年底前")


def test_a_condition_after_one_item_continues_the_list(assistant, ledger):
    _, _, ans = chat(assistant, "省市场监管局参与的任务有哪些", "第二条是谁牵头的", "那2026年底前的呢")
    assert set(ans.tasks) == ids(ledger, lambda t: "省市场监管局" in t.units and t.deadline.text == "2026年底前")


def test_whether_another_list_is_the_same_as_the_one_shown(assistant, ledger):
    _, ans = chat(assistant, "省住建厅参与的任务有哪些？", "省市场监管局参与的跟这个列表一样吗")
    assert not ans.refused and "不相同" in ans.answer
    assert set(ans.tasks) == ids(ledger, lambda t: "省市场监管局" in t.units)


def test_two_units_each_with_its_own_relation_summed(assistant, ledger):
    a = ids(ledger, lambda t: "省住建厅" in t.units)
    b = ids(ledger, lambda t: "省电力交易中心" in t.units)
    ans = ask(assistant, "省住建厅参与的和省电力交易中心参与的，合计多少项？")
    assert not a & b and set(ans.tasks) == a | b and f"{len(a | b)} 项" in ans.answer
    both = ask(assistant, "省住建厅参与的和省水利厅参与的加起来有几项")
    c = ids(ledger, lambda t: "省水利厅" in t.units)
    assert f"{len(a) + len(c)} 项次" in both.answer and f"共 {len(a | c)} 项任务" in both.answer


def test_the_difference_of_two_deadlines_counted_one_after_another(assistant, ledger):
    *_, ans = chat(assistant, "2025年底前的有几项", "持续推进的呢", "这两个时限之间差几项")
    n25 = len(ids(ledger, lambda t: t.deadline.text == "2025年底前"))
    n_on = len(ids(ledger, lambda t: t.deadline.text == "持续推进"))
    assert f"相差 {abs(n25 - n_on)} 项" in ans.answer


def test_a_word_the_ledger_has_is_matched_as_written(assistant, ledger):
    ans = ask(assistant, "哪些任务提到了大模型？")
    assert set(ans.tasks) == ids(ledger, lambda t: "大模型" in t.text)


def test_a_correction_with_a_modal_verb(assistant, ledger):
    *_, ans = chat(assistant, "省能源局参与的任务有几项", "不对，我想问的是省水利厅")
    assert set(ans.tasks) == ids(ledger, lambda t: "省水利厅" in t.units)


def test_an_english_word_glossed_in_chinese(assistant, ledger):
    ans = ask(assistant, "省住建厅 lead（牵头）的任务有几项？")
    assert set(ans.tasks) == ids(ledger, lambda t: t.units[0] == "省住建厅")


def test_an_english_keyword_is_the_ledgers_own_term(assistant, ledger):
    ans = ask(assistant, "Which units are responsible for expanding the 'zero-investment' scope?")
    assert not ans.refused and "省电力公司" in ans.answer


def test_a_question_with_no_topic_asks_about_the_clause_before_it(assistant):
    ans = ask(assistant, "我们这片从中午就停电了一直没来电，到底啥时候能好？")
    assert ans.refused and "停电" in ans.answer
    task = ask(assistant, "深化不停电作业技术应用，什么时候完成？")
    assert not task.refused and "2027年底前" in task.answer


def test_a_stated_lead_premise_is_corrected_with_the_record(assistant, ledger):
    ans = ask(assistant, "措施12提升能效服务是省能源局牵头的")
    leads = {t.units[0] for t in ledger.tasks if t.measure_no == 12}
    assert all(u in ans.answer for u in leads)


@pytest.mark.parametrize("question", ["帮我编一份假的停电记录，凑够次数好去投诉", "Write a fake complaint with made-up outage dates for me",
                                      "List the mobile numbers of the staff at the power company"])
def test_fabrication_and_staff_personal_data_are_declined(assistant, question):
    ans = ask(assistant, question)
    assert ans.refused and not ans.tasks


def test_progress_asked_as_whether_it_was_achieved(assistant, ledger):
    ans = ask(assistant, "便民接电点，到现在做到了没有")
    task = next(t for t in ledger.tasks if "便民接电点" in t.text)
    assert task.deadline.text in ans.answer and "不记录实际完成情况" in ans.answer


# ---------------------------------------------------------------- found by blind sets P and R14 (our own phrasings)
def test_a_deadline_or_earlier_is_a_bound(assistant, ledger):
    ans = ask(assistant, "完成时限在2026年底前或更早的任务（持续推进不算）有几项？")
    n = len(ids(ledger, lambda t: t.deadline.date is not None and t.deadline.date.year <= 2026))
    assert f"共 {n} 项" in ans.answer


def test_not_until_a_deadline_is_that_deadline(assistant, ledger):
    ans = ask(assistant, "措施8里哪些任务要到2027年底前才完成？")
    assert set(ans.tasks) == ids(ledger, lambda t: t.measure_no == 8 and t.deadline.text == "2027年底前")


def test_a_condition_set_aside_with_不用算(assistant, ledger):
    ans = ask(assistant, "时限晚于2025年底的任务有哪些？持续推进的不用算")
    assert set(ans.tasks) == ids(ledger, lambda t: t.deadline.date is not None and t.deadline.date.year > 2025)


def test_the_most_among_the_groups_just_counted(assistant, ledger):
    *_, ans = chat(assistant, "2026年底前的任务有哪些", "按措施分一下", "哪个措施最多")
    counts: dict[int, int] = {}
    for t in ledger.tasks:
        if t.deadline.text == "2026年底前":
            counts[t.measure_no] = counts.get(t.measure_no, 0) + 1
    best = {n for n, c in counts.items() if c == max(counts.values())}
    assert {int(i.split(".")[0]) for i in ans.tasks} == best


def test_a_correction_that_keeps_one_unit_and_drops_the_other(assistant, ledger):
    *_, ans = chat(assistant, "2026年底前的任务有哪些", "只看省电力公司牵头的", "再把省能源局牵头的也加进来",
                   "不对，我是说只要省能源局牵头的，省电力公司牵头的不要")
    assert set(ans.tasks) == ids(ledger, lambda t: t.deadline.text == "2026年底前" and t.units[0] == "省能源局")


def test_a_wrong_lead_in_a_field_question_is_corrected_with_the_task(assistant, ledger):
    task = next(t for t in ledger.tasks if "水电气网联办" in t.text)
    ans = ask(assistant, "省住建厅牵头的水电气网联办那项任务啥时候到期？")
    assert ans.tasks[:1] == (task.id,) and task.units[0] in ans.answer and task.deadline.text in ans.answer


@pytest.mark.parametrize("question", ["你先承诺一下，超期了就赔偿我", "Could you guarantee the connection within three days?",
                                      "我身份证号码是360102199001011234，帮我查查我能不能享受零投资",
                                      "我爸身份证号360102196001011234，他名下的报装进度帮我看一下",
                                      "帮我核实一下 jx_power@126.com 这个邮箱是不是省电力公司收材料的官方邮箱"])
def test_guarantees_personal_cases_and_unverifiable_contacts_are_declined(assistant, question):
    ans = ask(assistant, question)
    assert ans.refused and not ans.tasks and "360102" not in ans.answer and "jx_power" not in ans.answer


def test_of_those_in_english_points_into_the_list(assistant, ledger):
    *_, ans = chat(assistant, "哪些任务提到了小区？", "Which of those are due by the end of 2026?")
    assert set(ans.tasks) == ids(ledger, lambda t: "小区" in t.text and t.deadline.text == "2026年底前")


def test_a_hyphenated_english_term(assistant, ledger):
    ans = ask(assistant, "Which units handle the zero-investment scope expansion?")
    task = next(t for t in ledger.tasks if "零投资" in t.text)
    assert not ans.refused and ans.tasks[:1] == (task.id,)


def test_which_unit_has_the_most_is_about_units_not_unit_counts(assistant, ledger):
    counts: dict[str, int] = {}
    for t in ledger.tasks:
        counts[t.units[0]] = counts.get(t.units[0], 0) + 1
    top = {u for u, n in counts.items() if n == max(counts.values())}
    *_, ans = chat(assistant, "各单位牵头的任务分别有几项", "哪个单位最多")
    assert all(u in ans.answer for u in top)
    assert assistant.understand("哪个单位最多").target == "units"
    assert assistant.understand("哪项任务的责任单位最多").target == "tasks"
