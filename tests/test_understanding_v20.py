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


def test_each_tasks_deadline_asked_after_a_count(assistant, ledger):
    mine = ids(ledger, lambda t: t.measure_no == 7)
    out = ask(assistant, "第7项措施下面有几条任务？各自什么时候到期？")
    assert not out.refused and set(out.tasks) == mine
    assert all(ledger.task(i).deadline.text in out.answer for i in mine)


def test_a_deadline_said_with_jiushi(assistant, ledger):
    out = ask(assistant, "时限就是明年年底前的任务有几项")
    assert not out.refused and set(out.tasks) == ids(ledger, lambda t: _year(t) == 2027)


def test_a_range_whose_ends_are_said_to_be_left_out(assistant, ledger):
    out = ask(assistant, "完成时限晚于“2025年底前”、早于“2027年底前”（首尾均不含）的任务一共多少")
    assert not out.refused and set(out.tasks) == ids(ledger, lambda t: _year(t) == 2026)


def test_the_units_with_no_such_task(assistant, ledger):
    leads = {t.units[0] for t in ledger.tasks}
    never = [u for u in ledger.units if u not in leads]
    out = ask(assistant, "哪些单位从来没当过牵头单位？")
    assert never and not out.refused and all(u in out.answer for u in never) and not any(f"、{u}" in out.answer for u in leads)
    in8 = {u for t in ledger.tasks if t.measure_no == 8 for u in t.units}
    out = ask(assistant, "哪些部门没有参与第8项措施？")
    assert not out.refused and all(u in out.answer for u in ledger.units if u not in in8)
    assert not any(u in out.answer.split("—")[-1] for u in in8)


def test_units_of_the_tasks_a_unit_is_not_in(assistant, ledger):
    rows = [t for t in ledger.tasks if "省住建厅" not in t.units]
    units = {u for t in rows for u in t.units}
    out = ask(assistant, "省住建厅没参与的那些任务，都有哪些单位负责？")
    assert not out.refused and set(out.tasks) == {t.id for t in rows}
    assert all(u in out.answer for u in units) and "省住建厅" not in out.answer.split("—")[-1]
    # a unit left out of a list of units stays that
    out = ask(assistant, "除了省电力公司，第4项措施还有哪些单位？")
    assert not out.refused and "省电力公司" not in out.answer.split("—")[-1]


def test_a_keyword_that_begins_with_an_aspect_particle(assistant, ledger):
    mine = ids(ledger, lambda t: "过户" in t.text)
    out = ask(assistant, "哪几项任务提到过户")
    assert mine and not out.refused and set(out.tasks) == mine


def test_each_group_within_what_was_left(assistant, ledger):
    def left(t) -> bool:  # type: ignore[no-untyped-def]
        return "省能源局" in t.units and _year(t) != 2025 and t.deadline.date is not None
    out = chat(assistant, "省能源局参与的任务", "去掉2025年底前的", "再去掉持续推进的", "剩下这些，2026年底前的和2027年底前的各多少项")
    n26 = len(ids(ledger, lambda t: left(t) and _year(t) == 2026))
    n27 = len(ids(ledger, lambda t: left(t) and _year(t) == 2027))
    assert not out[3].refused and f"{n26} 项" in out[3].answer and f"{n27} 项" in out[3].answer
    assert set(out[3].tasks) == ids(ledger, left)


def test_we_with_no_unit_said_is_never_dropped(assistant, ledger):
    out = ask(assistant, "我们单位参与的，明年到期的有哪几项")
    assert out.refused and not out.tasks
    out = chat(assistant, "我们是省水利厅的，问一下", "我们参与的，明年到期的有哪几项")
    assert out[1].refused or set(out[1].tasks) == ids(ledger, lambda t: "省水利厅" in t.units and _year(t) == 2027)


def test_it_after_a_claim_about_a_measure_is_the_measure(assistant, ledger):
    out = chat(assistant, "措施8是省住建厅牵头的吧？", "那它的任务里哪些是2025年底前到期的")
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: t.measure_no == 8 and _year(t) == 2025)


def test_tasks_presumed_by_a_definite_description_are_corrected(assistant, ledger):
    own = {t.measure_no for t in ledger.tasks if "省水利厅" in t.units}
    out = ask(assistant, "省水利厅负责的那两条“服务绿色出行”任务是什么？")
    assert 11 not in own and not out.refused
    assert "没有符合条件的任务" in out.answer and all(f"第{n}项" in out.answer for n in own)


def test_a_claim_about_a_measures_unit_cell_shows_the_measure(assistant, ledger):
    out = ask(assistant, "省水利厅也是第10项措施的责任单位吧？")
    assert out.answer.startswith("不是") and out.tasks and all(ledger.task(i).measure_no == 10 for i in out.tasks)


def test_a_count_asked_after_a_claim_is_never_one_task_found_by_a_word(assistant):
    out = ask(assistant, "省住建厅是不是62项都参与了吧？实际是几项")
    assert out.refused or "18" in out.answer
    assert len(out.tasks) != 1


def test_a_body_the_tasks_only_mention_asked_as_their_unit(assistant, ledger):
    out = chat(assistant, "哪些任务的原文里出现了“华中监管局”", "那华中监管局算是这些任务的责任单位吗？")
    mine = ids(ledger, lambda t: "华中监管局" in t.text)
    assert set(out[0].tasks) == mine and not any("华中监管局" in u for u in ledger.units)
    assert out[1].answer.startswith("不是")


def test_which_measures_a_lists_tasks_fall_in_said_with_dou(assistant, ledger):
    nos = {t.measure_no for t in ledger.tasks if _year(t) == 2027}
    out = ask(assistant, "明年年底前到期的任务，都分布于哪几项措施？")
    assert not out.refused and all(f"第{n}项" in out.answer for n in nos) and "全部任务都满足" not in out.answer


def test_measures_counted_in_the_askers_measure_word(assistant, ledger):
    out = ask(assistant, "省能源局牵头的措施一共几条？")
    n = len({t.measure_no for t in ledger.tasks if t.units[0] == "省能源局"})
    assert not out.refused and f"共 {n} 条工作措施" in out.answer


def test_a_claim_about_every_task_of_a_long_list(assistant, ledger):
    mine = ids(ledger, lambda t: "省住建厅" in t.units)
    every = all("省能源局" in ledger.task(i).units for i in mine)
    assert len(mine) > 12
    for q in ("这些都是省能源局参与的吗？", "这几项省能源局是不是也都参与了"):
        out = chat(assistant, "省住建厅参与了哪些任务", q)
        assert out[1].answer.startswith("是的" if every else "不是"), q
        assert set(out[1].tasks) == mine, q


def test_a_place_in_a_measure_named_is_not_a_place_in_the_list_shown(assistant, ledger):
    out = chat(assistant, "省水利厅参与了哪些任务", "好，换个问题：措施14第二项任务的时限")
    assert not out[1].refused and out[1].tasks[:1] == ("14.2",)


def test_back_to_the_ones_it_takes_part_in_after_the_ones_it_leads(assistant, ledger):
    unit = "省住建厅"
    out = chat(assistant, f"{unit}参与了几项任务", "其中它牵头的呢", "那参与的里面，2027年底前到期的列一下")
    assert not out[2].refused and set(out[2].tasks) == ids(ledger, lambda t: unit in t.units and _year(t) == 2027)


def test_sameness_of_two_tasks_asked_in_traditional_characters(assistant, ledger):
    out = chat(assistant, "第8项措施有哪几项任务", "第一項和第二項的完成時限一樣嗎？")
    a, b = ledger.task("8.1"), ledger.task("8.2")
    assert out[1].answer.startswith("完成时限相同" if a.deadline.text == b.deadline.text else "完成时限不一样")


def test_a_ledger_term_with_a_negation_character_said_as_a_word_to_find(assistant, ledger):
    mine = ids(ledger, lambda t: "非电网直供电" in t.text)
    out = ask(assistant, "非电网直供电这几个字都在哪些任务里有")
    assert len(mine) >= 2 and not out.refused and set(out.tasks) == mine


def test_a_condition_added_is_never_a_condition_replaced(assistant, ledger):
    for change in ("那再加个条件，省能源局也要参与", "省能源局也得参与的呢"):
        out = chat(assistant, "明年年底到期的任务，省住建厅参与的有几个", change)
        assert set(out[1].tasks) == ids(ledger, lambda t: _year(t) == 2027 and {"省能源局", "省住建厅"} <= set(t.units)), change


def test_a_form_to_download_is_not_answered_from_the_nearest_task(assistant):
    out = ask(assistant, "便民接电点的申请表格去哪里下载？")
    assert out.refused


def test_what_is_counted_on_its_own_is_one_more_group(assistant, ledger):
    out = ask(assistant, "2026年底前、2027年底前的任务分别有几项？持续推进的另外算")
    n26 = len(ids(ledger, lambda t: _year(t) == 2026))
    n27 = len(ids(ledger, lambda t: _year(t) == 2027))
    ongoing = len(ids(ledger, lambda t: t.deadline.date is None))
    assert not out.refused and all(f"：{n} 项" in out.answer for n in (n26, n27, ongoing))
