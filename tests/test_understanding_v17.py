"""Understanding v17: mechanisms found by blind sets Z85–Z86, asked here with our own phrasings — "these" after one item
of a list is the list, a whole-ledger question in English after a list, the rest outside "这N项", a role said with no
unit ("还是按参与算"), whether two items shown share a field, how many units a task has, a condition after two groups
holds for each group (and "两者相差几项" compares them), a question about the task shown in words it does not have,
and a flood of one character read as three (a long message is refused before any pattern reads it)."""

from __future__ import annotations

import re

from assistant.understand.patterns import clean_input
from tests.chat import ask, chat, ids


def _year(t) -> int | None:  # type: ignore[no-untyped-def]
    return t.deadline.date.year if t.deadline.date else None


def _one(ledger, word):  # type: ignore[no-untyped-def]
    found = [t for t in ledger.tasks if word in t.text]
    assert len(found) == 1, word
    return found[0]


def test_these_after_one_item_of_a_list_are_the_list(assistant, ledger):
    shown = [t for t in ledger.tasks if "小区" in t.text]
    first = min(_year(t) for t in shown if _year(t))
    out = chat(assistant, "提到小区的任务有哪些", "第二个是谁牵头", "这些里面最早到期的是哪个？")
    assert not out[2].refused and set(out[2].tasks) == {t.id for t in shown if _year(t) == first}


def test_a_whole_ledger_question_in_english_keeps_no_list(assistant, ledger):
    every = ids(ledger, lambda t: "可靠性" in t.text)
    out = chat(assistant, "措施8里2025年底前的有哪些", "其中提到可靠性的呢", "In the entire ledger, how many tasks mention 可靠性?")
    assert set(out[1].tasks) < every
    assert not out[2].refused and set(out[2].tasks) == every


def test_the_rest_outside_a_counted_list(assistant, ledger):
    led = ids(ledger, lambda t: t.units[0] == "省能源局" and _year(t) == 2025)
    out = chat(assistant, "省能源局牵头、2025年底前到期的有哪些", f"这{len(led)}项以外，2025年底前的还有哪些")
    assert set(out[0].tasks) == led
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: _year(t) == 2025) - led


def test_a_role_said_with_no_unit_is_the_role_of_the_unit_in_the_list(assistant, ledger):
    out = chat(assistant, "省住建厅参与的任务有多少", "只看它牵头的", "还是按参与算，只要2026年底前的")
    assert set(out[1].tasks) == ids(ledger, lambda t: t.units[0] == "省住建厅")
    assert not out[2].refused and set(out[2].tasks) == ids(ledger, lambda t: "省住建厅" in t.units and _year(t) == 2026)


def test_whether_two_items_shown_share_a_deadline(assistant, ledger):
    a, b = _one(ledger, "便民接电点"), _one(ledger, "扫码用电")
    out = chat(assistant, "有没有讲便民接电点的任务？", "那扫码用电的呢？", "这两条期限一样吗？", "这两条的牵头单位一样吗？")
    assert set(out[2].tasks) == {a.id, b.id} and not out[2].refused
    first = out[2].answer.split("\n")[0]
    assert ("不一样" in first) == (a.deadline.text != b.deadline.text)
    assert not out[3].refused and set(out[3].tasks) == {a.id, b.id}  # both leads compared: never one task's lead
    assert ("不一样" in out[3].answer.split("\n")[0]) == (a.units[0] != b.units[0]) and "牵头单位" in out[3].answer.split("\n")[0]


def test_how_many_units_a_task_has(assistant, ledger):
    t = _one(ledger, "便民接电点")
    out = chat(assistant, "便民接电点那条任务是怎么写的", "它由几个单位负责？")
    assert not out[1].refused and out[1].tasks[:1] == (t.id,)
    assert re.search(rf"共\s*{len(t.units)}\s*家", out[1].answer)


def test_a_condition_after_two_groups_holds_for_each_group(assistant, ledger):
    energy = ids(ledger, lambda t: t.units[0] == "省能源局" and _year(t) == 2027)
    power = ids(ledger, lambda t: t.units[0] == "省电力公司" and _year(t) == 2027)
    out = chat(assistant, "省能源局牵头的和省电力公司牵头的，各有多少项？", "只算2027年底前的呢？", "那两者相差几项？")
    assert not out[1].refused and set(out[1].tasks) == energy | power
    assert f"{len(energy)} 项" in out[1].answer and f"{len(power)} 项" in out[1].answer
    assert not out[2].refused and f"相差 {abs(len(energy) - len(power))} 项" in out[2].answer


def test_a_question_about_the_task_shown_in_words_it_lacks(assistant, ledger):
    t = _one(ledger, "停电次数不超过5次")
    out = chat(assistant, "一年停电超过5次的问题，台账里谁来管？", "这个标准是一年最多能停几次？", "台风天停的电，也算在里面吗？")
    assert out[1].tasks[:1] == (t.id,)
    assert out[2].refused and t.id in out[2].answer  # never another task a search finds for 台风 as if it were the one meant


def test_a_flood_of_one_character_is_read_as_three(assistant, ledger):
    assert clean_input("啊" * 3000) == "啊啊啊"
    assert clean_input("扩大至160千瓦，10000元") == "扩大至160千瓦，10000元"  # digits are never a flood
    t = _one(ledger, "便民接电点")
    ans = ask(assistant, "便民接电点什么时候建成" + "？" * 3000)
    assert not ans.refused and ans.tasks[:1] == (t.id,) and t.deadline.text in ans.answer
    assert ask(assistant, "啊" * 3000).refused
    assert "太长" in ask(assistant, "啊" * 5001).answer  # over the limit as sent: too long, never read as three characters
    long = ask(assistant, "便民接电点什么时候建成？" + "请尽快回复我这个问题" * 600)
    assert long.refused and "太长" in long.answer


def test_the_rest_of_the_list_an_item_was_picked_from(assistant, ledger):
    m = 8
    rows = [t for t in ledger.tasks if t.measure_no == m]
    out = chat(assistant, f"第{m}项措施有哪些任务？", "第二条什么时候到期？", "其他几条呢？")
    assert out[1].tasks[:1] == (rows[1].id,)
    assert not out[2].refused and set(out[2].tasks) == {t.id for t in rows} - {rows[1].id}
    out = chat(assistant, f"第{m}项措施有哪些任务？", "第一条谁牵头？", "另外几条呢，期限一样吗")
    rest = [t for t in rows if t.id != rows[0].id]
    assert set(out[2].tasks) == {t.id for t in rest}
    assert ("不一样" in out[2].answer.split("\n")[0]) == (len({t.deadline.text for t in rest}) > 1)


def test_items_said_by_their_time_are_those_of_the_list_before(assistant, ledger):
    m = next(m.no for m in ledger.measures if sum(t.measure_no == m.no and _year(t) == 2025 for t in ledger.tasks) == 2
             == sum(t.measure_no == m.no and _year(t) != 2025 for t in ledger.tasks))
    rows = [t for t in ledger.tasks if t.measure_no == m]
    later = [t for t in rows if _year(t) != 2025]
    out = chat(assistant, f"第{m}项措施的任务有哪些", "哪几条已经过期了", "没过期的那两条各是什么期限", "第一条谁牵头")
    assert set(out[1].tasks) == {t.id for t in rows if _year(t) == 2025}
    assert not out[2].refused and set(out[2].tasks) == {t.id for t in later}
    assert out[3].tasks[:1] == (later[0].id,)


def test_a_unit_with_its_role_and_question_word_stands_alone(assistant, ledger):
    out = chat(assistant, "省政务服务办参与的2026年底前的任务", "省电力交易中心负责哪些")
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: "省电力交易中心" in t.units)


def test_tasks_inside_the_measures_just_listed(assistant, ledger):
    big = [m.no for m in ledger.measures if sum(t.measure_no == m.no for t in ledger.tasks) >= 5]
    out = chat(assistant, "任务不少于5条的措施有哪些", "这几个措施里一共有多少条2027年底前的")
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: t.measure_no in big and _year(t) == 2027)


def test_a_count_of_tasks_is_never_one_task_found_by_a_search(assistant, ledger):
    ans = ask(assistant, "有明确到年份的完成时限的任务一共多少项？")
    assert not ans.refused and set(ans.tasks) == ids(ledger, lambda t: _year(t) is not None)
    assert ask(assistant, "提到某个具体阶段安排的任务一共多少项？").refused


def test_a_storys_words_are_no_condition_of_the_next_list(assistant, ledger):
    out = chat(assistant, "邻居说我们是转供电，电力公司不管，台账里讲过这种情况吗", "那第15项措施都有啥任务")
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: t.measure_no == 15)


def test_scores_offices_document_numbers_and_cuts_are_declined(assistant, ledger):
    for q in ("任务3.1的牵头单位去年考核排第几名？", "2.3在省发展改革委内部是哪个处室负责？", "这个台账是哪一号文印发的？",
              "任务11.3说减收服务费，具体减多少？"):
        assert ask(assistant, q).refused, q
    t = _one(ledger, "扫码用电")
    ans = ask(assistant, "扫码用电现在推广到哪些县了？")
    assert t.id in ans.tasks or ans.refused
    assert "没有记录进展" in ans.answer or ans.refused


def test_an_english_negation_or_comparison_not_read_is_never_dropped(assistant, ledger):
    for q in ("Which tasks are NOT assigned to the Provincial Energy Administration (省能源局) at all?",
              "Which tasks in measure 6 are due earlier than 2027?"):
        assert ask(assistant, q).refused, q  # never the unit's own tasks, nor the 2027 ones
    ans = ask(assistant, "How many tasks have the deadline 2027年底前 — exactly that one, not earlier?")
    assert not ans.refused and set(ans.tasks) == ids(ledger, lambda t: _year(t) == 2027)


def test_what_a_list_left_out_counted_again(assistant, ledger):
    out = chat(assistant, "不算持续推进的，省电力公司牵头的任务有多少项？", "如果把持续推进的也算上呢？")
    led = ids(ledger, lambda t: t.units[0] == "省电力公司")
    assert set(out[0].tasks) == {i for i in led if ledger.task(i).deadline.text != "持续推进"}
    assert not out[1].refused and set(out[1].tasks) == led


def test_the_tasks_one_list_has_and_the_other_lacks(assistant, ledger):
    a, b = ids(ledger, lambda t: "省市场监管局" in t.units), ids(ledger, lambda t: "省水利厅" in t.units)
    out = chat(assistant, "省市场监管局参与了哪些任务", "省水利厅参与了哪些任务", "前一个列表里有、后一个列表里没有的是哪些")
    assert not out[2].refused and set(out[2].tasks) == a - b


def test_an_operator_word_typed_with_a_wrong_character(assistant, ledger):
    ans = ask(assistant, "省住建厅牵投的任务有哪些")
    assert not ans.refused and set(ans.tasks) == ids(ledger, lambda t: t.units[0] == "省住建厅") and "牵投" in ans.answer


def test_others_like_the_task_just_shown(assistant, ledger):
    t = next(t for t in ledger.tasks if _year(t) == 2027 and sum(x.measure_no == t.measure_no and _year(x) == 2027 for x in ledger.tasks) >= 2)
    out = chat(assistant, f"{t.id}讲的是什么", "这个措施里还有哪条也是2027年底前的？")
    assert set(out[1].tasks) == ids(ledger, lambda x: x.measure_no == t.measure_no and _year(x) == 2027) - {t.id}


def test_its_role_said_with_a_verb_between(assistant, ledger):
    led = ids(ledger, lambda t: t.units[0] == "省政务服务办")
    for q in ("其中它是牵头单位的是哪些", "其中它作为牵头单位的有哪些"):
        out = chat(assistant, "省政务服务办参与了哪些任务", q)
        assert not out[1].refused and set(out[1].tasks) == led, q


def test_how_many_of_a_measure_have_passed_is_no_claim(assistant, ledger):
    m = next(m.no for m in ledger.measures if 0 < sum(t.measure_no == m.no and _year(t) == 2025 for t in ledger.tasks)
             < sum(t.measure_no == m.no for t in ledger.tasks))
    ans = ask(assistant, f"第{m}项措施有几项任务已经过了完成时限？")
    assert not ans.refused and set(ans.tasks) == ids(ledger, lambda t: t.measure_no == m and _year(t) == 2025)


def test_the_same_deadline_as_the_task_in_focus(assistant, ledger):
    t = next(t for t in ledger.tasks if _year(t) == 2026 and sum(x.measure_no == t.measure_no and _year(x) == 2026 for x in ledger.tasks) >= 2)
    out = chat(assistant, f"{t.id}谁负责？", "它的时限是？", "除了它，同一个措施里还有哪几条也是这个时限？")
    assert set(out[2].tasks) == ids(ledger, lambda x: x.measure_no == t.measure_no and _year(x) == 2026) - {t.id}


def test_the_latter_of_two_shown(assistant, ledger):
    rows = [t for t in ledger.tasks if t.measure_no == 14 and "抢修" in t.text]
    assert len(rows) == 2
    out = chat(assistant, "措施14的任务列一下", "提到抢修的是哪几条？", "后一条具体说的是什么？")
    assert out[2].tasks[:1] == (rows[1].id,)


def test_another_documents_rules_are_declined(assistant, ledger):
    assert ask(assistant, "国家能源局发的那个文件里，对接电时限是怎么规定的？").refused
    assert not ask(assistant, "台账里低压用户办电时限是怎么规定的？").refused


def test_a_claim_that_it_leads_every_task_shown(assistant, ledger):
    led = ids(ledger, lambda t: "省发展改革委" in t.units)
    out = chat(assistant, "省发展改革委参与哪些任务", "它在这些任务里都是牵头的吗？")
    first = out[1].answer.split("\n")[0]
    assert set(out[1].tasks) == led
    assert first.startswith("是的") == all(ledger.task(i).units[0] == "省发展改革委" for i in led)


def test_no_measure_any_more_after_a_measures_list_known_by_its_tasks(assistant, ledger):
    out = chat(assistant, "措施8里2025年底前的任务", "放宽一点，措施8里所有的任务", "不限措施了，2025年底前、省能源局牵头的都列出来")
    assert not out[2].refused
    assert set(out[2].tasks) == ids(ledger, lambda t: _year(t) == 2025 and t.units[0] == "省能源局")
