"""Understanding v16: mechanisms found by blind sets Z73–Z74, asked here with our own phrasings — a deadline compared
with a year's or a task's ("比…早/晚"), whether the tasks of a list share a field ("…是不是都一样"), a task with the
same deadline as a named one, "V好了吗" as a progress question, a breakdown asked as a distribution, "which of them"
after one item of a list, the measure in focus compared with another, the units one measure has and another lacks,
an ordinal measure after a drill into a list of measures, "我记错了" as a correction, "最晚什么时候" (the deadline, or
the latest among a list), a bracket saying 持续推进 has no fixed deadline, 它 after a measure's tasks, and the task
that does some work against the one that reports on it."""

from __future__ import annotations

from tests.chat import ask, chat, ids


def _year(t) -> int | None:  # type: ignore[no-untyped-def]
    return t.deadline.date.year if t.deadline.date else None


def test_a_deadline_earlier_or_later_than_a_year_is_a_bound(assistant, ledger):
    before = ids(ledger, lambda t: _year(t) is not None and _year(t) < 2027)
    later = ids(ledger, lambda t: _year(t) is not None and _year(t) > 2025)
    for q in ("哪些任务的截止时间比2027年底前还要早", "期限早过2027年底的任务有哪些"):
        ans = ask(assistant, q)
        assert not ans.refused and set(ans.tasks) == before, q
    ans = ask(assistant, "完成时限比2025年底晚的任务都有哪些？")
    assert not ans.refused and set(ans.tasks) == later
    ans = ask(assistant, "比明年年底早到期的任务有几项")  # today 2026: next year is 2027
    assert not ans.refused and set(ans.tasks) == before


def test_a_deadline_compared_with_a_named_task(assistant, ledger):
    t = next(t for t in ledger.tasks if _year(t) == 2026)
    ans = ask(assistant, f"时限比{t.id}更晚的任务有哪些")
    assert not ans.refused and set(ans.tasks) == ids(ledger, lambda x: _year(x) is not None and _year(x) > 2026)
    ongoing = next(t for t in ledger.tasks if t.deadline.text == "持续推进")
    ans = ask(assistant, f"比任务{ongoing.id}早到期的有哪些")
    assert ans.refused  # 持续推进 has no year to compare with: never a list as if it had


def test_a_comparison_with_something_not_understood_is_not_dropped(assistant, ledger):
    for q in ("比便民接电点那件事晚的任务有哪些", "时限比扫码用电那条还早的任务"):
        assert ask(assistant, q).refused, q  # never the one task the words name, nor a list without the comparison


def test_whether_the_tasks_of_a_list_share_a_field(assistant, ledger):
    m = next(m for m in ledger.measures if len({t.deadline.text for t in ledger.tasks if t.measure_no == m.no}) == 1
             and sum(t.measure_no == m.no for t in ledger.tasks) >= 2)
    ans = ask(assistant, f"第{m.no}项措施下面这些任务，期限是否完全一致？")
    assert not ans.refused and "一样" in ans.answer.split("\n")[0] and set(ans.tasks) == ids(ledger, lambda t: t.measure_no == m.no)
    mixed = next(m for m in ledger.measures if len({t.deadline.text for t in ledger.tasks if t.measure_no == m.no}) > 1)
    ans = ask(assistant, f"措施{mixed.no}里的任务时限都相同吗")
    assert not ans.refused and ans.answer.startswith("不一样")
    out = chat(assistant, f"措施{mixed.no}有哪些任务", "它们的完成时限都一样吗")
    assert "不一样" in out[1].answer


def test_tasks_with_the_same_deadline_as_a_named_one(assistant, ledger):
    t = next(t for t in ledger.tasks if _year(t) == 2025)
    ans = ask(assistant, f"和{t.id}截止时间一样的任务有多少项")
    assert not ans.refused and set(ans.tasks) == ids(ledger, lambda x: _year(x) == 2025)
    other = next(x for x in ledger.tasks if x.measure_no == t.measure_no and x.id != t.id)
    ans = ask(assistant, f"{t.id}跟{other.id}的完成时限一样吗")
    assert set(ans.tasks) == {t.id, other.id}  # two tasks compared, not a list


def test_a_verb_with_hao_le_ma_asks_for_progress(assistant, ledger):
    ans = ask(assistant, "非电网直供电小区移交接收机制健全好了没有")
    assert "没有记录" in ans.answer or ans.refused


def test_a_breakdown_asked_as_a_distribution(assistant, ledger):
    for q in ("把任务按完成时限做个分布统计", "各个期限上的任务分布情况"):
        ans = ask(assistant, q)
        assert not ans.refused and (ans.query or {}).get("target") == "breakdown", q
    out = chat(assistant, "省市场监管局参与哪些任务", "按期限给个分布")
    assert (out[1].query or {}).get("by") == "deadline" and set(out[1].tasks) == ids(ledger, lambda t: "省市场监管局" in t.units)


def test_which_of_them_after_one_item_of_a_list_is_among_that_list(assistant, ledger):
    m = next(m for m in ledger.measures if sum(t.measure_no == m.no for t in ledger.tasks) >= 3)
    rows = [t for t in ledger.tasks if t.measure_no == m.no]
    out = chat(assistant, f"措施{m.no}下有哪些任务", "第一个归谁管", "其中哪几个还没到期")
    assert set(out[2].tasks) == {t.id for t in rows if t.deadline.date and t.deadline.date.year > 2025}


def test_the_measure_in_focus_compared_with_another(assistant, ledger):
    count = {m.no: sum(t.measure_no == m.no for t in ledger.tasks) for m in ledger.measures}
    a, b = next((x, y) for x in (2, 3, 4) for y in (9, 10, 14) if count[x] != count[y])
    out = chat(assistant, f"第{a}项措施有几条任务", f"和措施{b}比起来，谁的任务多，多几条")
    assert (out[1].query or {}).get("target") == "groups"
    assert str(abs(count[a] - count[b])) in out[1].answer


def test_the_units_one_measure_has_and_another_lacks(assistant, ledger):
    def units(n: int) -> set[str]:
        return {u for t in ledger.tasks if t.measure_no == n for u in t.units}
    a, b = next((x.no, y.no) for x in ledger.measures for y in ledger.measures if x.no != y.no and units(x.no) > units(y.no))
    extra = units(a) - units(b)
    ans = ask(assistant, f"措施{a}比措施{b}多了哪些责任单位？")
    assert not ans.refused and all(u in ans.answer for u in extra)


def test_an_ordinal_measure_after_a_drill_into_a_list_of_measures(assistant, ledger):
    out = chat(assistant, "任务最多的是哪个措施", "第二个措施里2025年底前的有哪些", "那第一个措施里呢")
    shown = [n for n in (5, 8) if f"措施{n}" in out[0].answer or f"第{n}项" in out[0].answer]
    if len(shown) == 2:
        assert set(out[2].tasks) == ids(ledger, lambda t: t.measure_no == shown[0] and t.deadline.text == "2025年底前")


def test_a_correction_said_as_remembering_wrong(assistant, ledger):
    out = chat(assistant, "措施9有哪些任务", "持续推进的是哪几条", "我记错了，应该是措施11")
    assert not out[2].refused
    assert set(out[2].tasks) == ids(ledger, lambda t: t.measure_no == 11 and t.deadline.text == "持续推进")


def test_at_the_latest_when_is_the_deadline_of_one_task_and_the_latest_of_a_list(assistant, ledger):
    out = chat(assistant, "便民接电点是哪项任务", "最迟什么时候要建好")
    assert not out[1].refused and out[1].deadline
    unit = "省水利厅"
    rows = [t for t in ledger.tasks if unit in t.units and t.deadline.date]
    latest = max(t.deadline.date for t in rows)
    ans = ask(assistant, f"{unit}参与的任务最晚什么时候到期")
    assert not ans.refused and set(ans.tasks) == {t.id for t in rows if t.deadline.date == latest}


def test_a_bracket_saying_ongoing_has_no_fixed_deadline(assistant, ledger):
    dated = [t for t in ledger.tasks if t.deadline.date]
    latest = max(t.deadline.date for t in dated)
    ans = ask(assistant, "截止时间最晚的有几项（持续推进不算固定时限）")
    assert not ans.refused and set(ans.tasks) == {t.id for t in dated if t.deadline.date == latest}


def test_it_after_a_measures_tasks_is_that_measure(assistant, ledger):
    out = chat(assistant, "措施12讲的是什么，下面几项任务", "它的责任单位呢")
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: t.measure_no == 12)


def test_the_work_itself_not_the_task_that_reports_on_it(assistant, ledger):
    doing = next(t for t in ledger.tasks if "频繁停电问题动态清零" in t.text)
    telling = next(t for t in ledger.tasks if "频繁停电整治情况" in t.text)
    ans = ask(assistant, "频繁停电整治这件事，台账要求哪年完成")
    assert ans.tasks[:1] == (doing.id,)
    ans = ask(assistant, "频繁停电整治的情况要在哪里公开")
    assert ans.tasks[:1] == (telling.id,)
