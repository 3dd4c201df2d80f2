"""Understanding v20: mechanisms found by blind sets Z117–Z120, asked here with our own phrasings — a condition relaxed to
values it lists ("…放宽为X或Y"), a change request read on its own never searched, a condition's kind swapped when said
as 时间 / 时间条件, an English grouping said with by / per / each, a count asked for each group with the grouping not
read, the lead counted per unit said with 作为牵头单位, 它 after a ranking named one unit, and the tasks of the group a
ranking names."""

from __future__ import annotations

from tests.chat import ask, chat, ids


def _year(t) -> int | None:  # type: ignore[no-untyped-def]
    return t.deadline.date.year if t.deadline.date else None


def test_a_condition_relaxed_to_the_values_it_lists(assistant, ledger):
    start = "省能源局参与、2025年底前完成的任务有哪些"
    want = ids(ledger, lambda t: "省能源局" in t.units and _year(t) in (2026, 2027))
    for change in ("把条件放宽为2026年底前或2027年底前", "时限放宽到2026年底前和2027年底前的", "放宽到2026年底前或2027年底前"):
        out = chat(assistant, start, change)
        assert not out[1].refused and set(out[1].tasks) == want, change
    # one bound said: every task up to it (the values before it included)
    out = chat(assistant, start, "时限放宽到2026年底前呢")
    assert set(out[1].tasks) == ids(ledger, lambda t: "省能源局" in t.units and _year(t) in (2025, 2026))


def test_a_change_request_read_on_its_own_is_never_searched(assistant):
    for q in ("把条件放宽一点", "条件再放松些吧"):
        out = ask(assistant, q)
        assert out.refused and not out.tasks, q


def test_a_conditions_kind_said_as_time_is_swapped(assistant, ledger):
    for change in ("把时间换成明年年底前的，单位不变", "将时间条件改为2027年底前"):
        out = chat(assistant, "省住建厅参与的2025年底前的任务", change)
        assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: "省住建厅" in t.units and _year(t) == 2027), change


def test_an_english_grouping_is_a_breakdown(assistant, ledger):
    years = {t.deadline.text for t in ledger.tasks}
    for q in ("How many tasks fall in each deadline?", "Tally the tasks per deadline type."):
        out = ask(assistant, q)
        assert not out.refused and all(y in out.answer for y in years) and "按完成时限统计" in out.answer, q
    out = ask(assistant, "Give me the number of tasks for every measure.")
    assert not out.refused and "按工作措施统计" in out.answer
    out = ask(assistant, "Task totals broken down by responsible unit, please")
    assert not out.refused and "按责任单位统计" in out.answer


def test_an_english_word_left_in_a_question_about_the_whole_ledger_is_not_dropped(assistant):
    out = ask(assistant, "Count the tasks weighted by urgency.")
    assert out.refused and not out.tasks


def test_a_count_for_each_group_with_the_grouping_not_read_is_refused(assistant):
    for q in ("各个措施按优先级排的任务数是多少", "每个单位按紧急程度的任务数量列一下"):
        out = ask(assistant, q)
        assert out.refused and not out.tasks, q


def test_the_leads_counted_per_unit_said_with_acting_as_lead(assistant, ledger):
    leads: dict[str, int] = {}
    for t in ledger.tasks:
        leads[t.units[0]] = leads.get(t.units[0], 0) + 1
    out = ask(assistant, "每个单位担任牵头单位（排第一）的任务各有多少？")
    assert not out.refused and "按牵头单位统计" in out.answer
    assert all(f"{u}：{n} 项" in out.answer for u, n in leads.items())


def test_it_after_a_ranking_that_named_one_unit(assistant, ledger):
    leads: dict[str, int] = {}
    for t in ledger.tasks:
        leads[t.units[0]] = leads.get(t.units[0], 0) + 1
    fewest = min(leads.values())
    assert list(leads.values()).count(fewest) == 1
    unit = next(u for u, n in leads.items() if n == fewest)
    out = chat(assistant, "按牵头单位统计任务数", "哪家牵头的最少", "它牵头的是哪些任务？")
    assert not out[2].refused and set(out[2].tasks) == ids(ledger, lambda t: t.units[0] == unit)


def test_the_tasks_of_the_group_a_ranking_names(assistant, ledger):
    per: dict[str, int] = {}
    for t in ledger.tasks:
        for u in t.units:
            per[u] = per.get(u, 0) + 1
    fewest = min(per.values())
    unit = next(u for u, n in per.items() if n == fewest)
    mine = ids(ledger, lambda t: unit in t.units)
    out = chat(assistant, "每个责任单位各参与多少项任务", "最少的是哪一家？是哪几项？")
    assert not out[1].refused and set(out[1].tasks) == mine
    assert all(i in out[1].answer for i in mine)


def test_the_number_of_years_said_after_them(assistant, ledger):
    want = ids(ledger, lambda t: _year(t) in (2025, 2027))
    out = ask(assistant, "2025年、2027年两个年份到期的任务合计多少")
    assert not out.refused and set(out.tasks) == want and str(len(want)) in out.answer


def test_a_widening_of_a_list_known_only_by_its_tasks_is_never_a_narrowing(assistant, ledger):
    shown = sorted(ids(ledger, lambda t: _year(t) in (2026, 2027) and t.measure_no <= 5), key=lambda i: tuple(map(int, i.split("."))))
    listing = f"共{len(shown)}项：\n" + "\n".join(f"{k}. 【{i}】…" for k, i in enumerate(shown, 1))
    history = [{"role": "user", "content": "嘀嗒嘀嗒那一类的任务有哪些"}, {"role": "assistant", "content": listing}]
    first = ask(assistant, "不含2027年底前的", history)
    assert set(first.tasks) == {i for i in shown if _year(ledger.task(i)) == 2026}
    history += [{"role": "user", "content": "不含2027年底前的"}, {"role": "assistant", "content": first.answer}]
    out = ask(assistant, "再把2025年底前的也加进来", history)
    assert out.refused or set(out.tasks) >= set(first.tasks)


def test_which_of_two_groups_is_fewer_said_of_the_first(assistant, ledger):
    a = ids(ledger, lambda t: "省住建厅" in t.units)
    b = ids(ledger, lambda t: "省政务服务办" in t.units)
    assert len(a) != len(b)
    out = ask(assistant, "省住建厅参与的任务，比省政务服务办参与的多还是少？")
    word = "多" if len(a) > len(b) else "少"
    assert not out.refused and f"“省住建厅参与”的比“省政务服务办参与”的{word} {abs(len(a) - len(b))} 项" in out.answer


def test_a_case_put_to_the_task_in_focus(assistant, ledger):
    t = next(t for t in ledger.tasks if "居民住宅小区" in t.text and "报告" in t.text)
    out = chat(assistant, f"任务{t.id}讲的是什么", "那如果是居民小区的话呢，要多做什么")
    assert not out[1].refused and out[1].tasks[:1] == (t.id,)


def test_how_to_pay_a_bill_is_not_answered_from_the_nearest_task(assistant):
    for q in ("电费该去哪儿交？", "我家的电费怎样缴纳"):
        out = ask(assistant, q)
        assert out.refused, q
