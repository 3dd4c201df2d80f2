"""Understanding v19: mechanisms found by blind sets Z105–Z108, asked here with our own phrasings — whether a list's tasks
share a deadline asked plainly, a number of tasks said before 任务, an instruction to state a field, a keyword condition
dropped by its word with new conditions after it, a completion question about the list shown, the assistant asked about
itself, the measures of a count named, "the other two" in English, "besides it, the rest", a measure's tasks asked with
the measure of a task, a body that is not a unit asked as one, a measure by an unquoted word of its title, the most of a
breakdown asked bare, "that batch", every group counted besides the most, and "their tasks" with nothing to point at."""

from __future__ import annotations

from tests.chat import ask, chat, ids


def _year(t) -> int | None:  # type: ignore[no-untyped-def]
    return t.deadline.date.year if t.deadline.date else None


def test_whether_a_lists_tasks_share_a_deadline_asked_plainly(assistant, ledger):
    mine = [t for t in ledger.tasks if "智能" in t.text]
    same = len({t.deadline.text for t in mine}) == 1
    out = ask(assistant, "提到智能的任务，期限一样吗？")
    assert not out.refused and set(out.tasks) == {t.id for t in mine} and len(mine) >= 3
    assert out.answer.startswith("是的" if same else "不一样")


def test_a_number_of_tasks_said_before_the_noun(assistant, ledger):
    mine = ids(ledger, lambda t: "频繁停电" in t.text)
    said = {2: "两", 3: "三", 4: "四"}[len(mine)]
    out = ask(assistant, f"涉及频繁停电的{said}条任务，完成时限相同吗")
    assert not out.refused and set(out.tasks) == mine and len(mine) >= 2


def test_an_instruction_to_state_a_field_is_not_a_word_searched(assistant, ledger):
    mine = ids(ledger, lambda t: "智能" in t.text)
    for q in ("把提到智能的任务列出来，并注明完成时限", "提到智能的任务列一下，同时写明牵头单位"):
        out = ask(assistant, q)
        assert not out.refused and set(out.tasks) == mine, q


def test_a_keyword_dropped_by_its_word_with_new_conditions_after_it(assistant, ledger):
    out = chat(assistant, "措施8里提到停电的有哪些", "不看停电了，措施8里2025年底前的呢")
    assert set(out[0].tasks) == ids(ledger, lambda t: t.measure_no == 8 and "停电" in t.text)
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: t.measure_no == 8 and _year(t) == 2025)


def test_a_completion_question_about_the_list_shown(assistant, ledger):
    past = ids(ledger, lambda t: t.measure_no == 16 and _year(t) == 2025)
    out = chat(assistant, "措施16有哪些任务", "其中已逾期限的有几项", "上述任务是否都已办结？")
    assert set(out[1].tasks) == past and len(past) >= 2
    assert set(out[2].tasks) == past and "不记录实际完成情况" in out[2].answer and "未到期" not in out[2].answer


def test_the_assistant_asked_about_itself_is_declined(assistant):
    out = ask(assistant, "你背后用的是哪家公司的大模型？")
    assert out.refused and not out.tasks
    assert not ask(assistant, "哪些任务提到大模型").refused


def test_a_count_and_which_measures_names_the_measures(assistant, ledger):
    mine = [t for t in ledger.tasks if "省水利厅" in t.units]
    out = ask(assistant, "省水利厅参与了几项任务？分别属于哪几项措施？")
    assert not out.refused and set(out.tasks) == {t.id for t in mine}
    assert all(t.measure_title in out.answer for t in mine)


def test_the_other_two_in_english_and_whether_they_share_a_deadline(assistant, ledger):
    shown = ids(ledger, lambda t: "省电力交易中心" in t.units)
    rest = {i for i in shown if not ledger.task(i).deadline.ongoing}
    out = chat(assistant, "省电力交易中心参与的任务有哪些", "哪一项是持续推进的", "And the other two — 期限一样吗？")
    assert len(shown) == 3 and len(rest) == 2 and len(out[1].tasks) == 1
    assert not out[2].refused and set(out[2].tasks) == rest
    same = len({ledger.task(i).deadline.text for i in rest}) == 1
    assert out[2].answer.startswith("是的" if same else "不一样")


def test_besides_it_the_rest_is_the_rest_of_its_list(assistant, ledger):
    mine = ids(ledger, lambda t: t.measure_no == 10)
    ongoing = {i for i in mine if ledger.task(i).deadline.ongoing}
    out = chat(assistant, "第10项措施下面有哪些任务", "其中持续推进的那一项是什么内容", "除该项外，其余各项的完成时限是否一致？")
    assert set(out[1].tasks) == ongoing and len(ongoing) == 1
    assert not out[2].refused and set(out[2].tasks) == mine - ongoing


def test_a_measures_tasks_asked_with_the_measure_of_a_task(assistant, ledger):
    out = chat(assistant, "“全程网办”是哪项任务", "它属于哪项措施？那项措施下面有几项任务？")
    t = ledger.task(out[0].tasks[0])
    assert not out[1].refused and out[1].tasks[0] == t.id
    assert set(out[1].tasks) == ids(ledger, lambda o: o.measure_no == t.measure_no)


def test_a_body_that_is_not_a_unit_asked_as_one(assistant, ledger):
    out = chat(assistant, "超期预警那条是哪项任务", "国家能源局华中监管局算这项任务的责任单位吗？")
    t = ledger.task(out[0].tasks[0])
    assert "华中监管局" in t.text and not any("华中" in u for u in t.units)
    assert not out[1].refused and out[1].answer.startswith("不是")


def test_a_measure_by_an_unquoted_word_of_its_title(assistant, ledger):
    titled = {t.measure_no for t in ledger.tasks if "服务" in t.measure_title}
    out = ask(assistant, "标题里带服务的措施下面有哪些任务")
    assert len(titled) >= 2 and not out.refused and set(out.tasks) == ids(ledger, lambda t: t.measure_no in titled)


def test_the_most_of_a_breakdown_asked_bare_and_that_batch(assistant, ledger):
    counts: dict[str, int] = {}
    for t in ledger.tasks:
        counts[t.deadline.text] = counts.get(t.deadline.text, 0) + 1
    fewest = min(counts, key=counts.__getitem__)
    out = chat(assistant, "各个完成时限分别有多少项任务", "哪个最少？", "那一批里省能源局参与的有哪些")
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: t.deadline.text == fewest)
    assert not out[2].refused and set(out[2].tasks) == ids(ledger, lambda t: t.deadline.text == fewest and "省能源局" in t.units)


def test_every_group_counted_besides_the_most(assistant, ledger):
    mine = [t for t in ledger.tasks if "省电力公司" in t.units]
    counts: dict[str, int] = {}
    for t in mine:
        counts[t.deadline.text] = counts.get(t.deadline.text, 0) + 1
    out = ask(assistant, "省电力公司参与的任务里，哪个完成时限的最少？每个各有几项？")
    assert not out.refused and all(f"{k}：{v} 项" in out.answer for k, v in counts.items())


def test_their_tasks_with_nothing_to_point_at_is_not_the_whole_ledger(assistant):
    out = chat(assistant, "blorf zzk 的情况怎么样", "List all their tasks.")
    assert out[1].refused and not out[1].tasks
