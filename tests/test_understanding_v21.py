"""Understanding v21: mechanisms found by blind sets Z127–Z128, asked here with our own phrasings — a quoted term said to
be words of the texts (even a unit's name), any K of several units named, an ordinal into a list of measures (English,
or said with the list named), a correction in English naming the old value, a figure or a time claimed with 对吧 / 吗,
relations to the task in focus (same units, same measure and deadline), the rest of a pick that left nothing, the
operator before 任务+number, a procedure of billing, the contents of a list a task names, and forms of follow-ups."""

from __future__ import annotations

from tests.chat import ask, chat, ids


def _year(t) -> int | None:  # type: ignore[no-untyped-def]
    return t.deadline.date.year if t.deadline.date else None


def test_a_quoted_term_said_as_words_of_the_texts_is_a_keyword_even_a_units_name(assistant, ledger):
    want = ids(ledger, lambda t: "供电企业" in t.text)
    assert 0 < len(want) < len(ledger.tasks)
    for q in ("原文里写了“供电企业”的任务", "“供电企业”这几个字出现在哪些任务里？", "哪几条任务含有“供电企业”字样"):
        out = ask(assistant, q)
        assert not out.refused and set(out.tasks) == want, q
    # quoted without such words it stays the unit (every task the power company takes part in)
    out = ask(assistant, "“省能源局”牵头的任务有几项")
    assert not out.refused and set(out.tasks) == ids(ledger, lambda t: t.units[0] == "省能源局")


def test_any_k_of_several_units_named(assistant, ledger):
    three = ("省发展改革委", "省水利厅", "省电力交易中心")
    two_of = ids(ledger, lambda t: sum(u in t.units for u in three) >= 2)
    out = ask(assistant, "省发展改革委、省水利厅、省电力交易中心三家中至少两家参与的任务有哪些？")
    assert not out.refused and set(out.tasks) == two_of
    one_of = ids(ledger, lambda t: "省水利厅" in t.units or "省电力交易中心" in t.units)
    out = ask(assistant, "省水利厅、省电力交易中心这两家里面，至少一家参与的任务")
    assert not out.refused and set(out.tasks) == one_of
    # "exactly one of them" is not read: never the tasks of both, never "only them"
    out = ask(assistant, "省水利厅、省电力交易中心这两家里，恰好一家参与的任务")
    assert out.refused or set(out.tasks) == ids(ledger, lambda t: ("省水利厅" in t.units) != ("省电力交易中心" in t.units))


def test_an_ordinal_into_a_list_of_measures_is_a_measure(assistant, ledger):
    out = chat(assistant, "Which measures are led by 省能源局?", "Show me the tasks of the third one.")
    led = sorted({t.measure_no for t in ledger.tasks if t.units[0] == "省能源局"})
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: t.measure_no == led[2])
    # the list named, with a count shown in between: "那几项措施里的第二项"
    out = chat(assistant, "省能源局牵头的工作措施有哪些？", "这些措施一共多少项任务？", "好吧算了。那几项措施中的第二个，哪些任务是2025年底前的？")
    assert not out[2].refused and set(out[2].tasks) == ids(ledger, lambda t: t.measure_no == led[1] and _year(t) == 2025)


def test_an_english_correction_names_the_old_value(assistant, ledger):
    out = chat(assistant, "Which tasks due 2025年底前 involve 省住建厅?", "Oops, I meant 省水利厅, not 省住建厅.")
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: "省水利厅" in t.units and _year(t) == 2025)


def test_a_figure_claimed_is_confirmed_or_corrected(assistant):
    out = ask(assistant, "低压非三零用户供电企业办理环节不超过10个工作日是吧？")
    assert not out.refused and out.answer.startswith("不是") and "6个工作日" in out.answer
    out = ask(assistant, "高压单电源用户不超过16个工作日吗")
    assert not out.refused and out.answer.startswith("是的")
    out = ask(assistant, "要是高压单电源用户超过了16个工作日怎么办")
    assert not out.answer.startswith(("是的", "不是"))


def test_a_time_a_result_is_required_by_is_a_claim(assistant, ledger):
    task = next(t for t in ledger.tasks if "见底清零" in t.text)
    other = 2025 if _year(task) != 2025 else 2026
    out = ask(assistant, f"“临代正”小区要求{other}年底前就要清零吗？")
    assert not out.refused and out.answer.startswith("不是") and out.tasks[:1] == (task.id,)
    out = ask(assistant, f"“临代正”小区是要在{_year(task)}年底前清零吗")
    assert not out.refused and out.answer.startswith("是的")
    # with 了 it asks whether it happened: the progress note, never a yes
    out = ask(assistant, f"“临代正”小区{other}年底前清零了吗？")
    assert not out.answer.startswith("是的")


def test_relations_to_the_task_in_focus(assistant, ledger):
    focus = next(t for t in ledger.tasks if "智能客服" in t.text)
    out = chat(assistant, "智能客服是哪一条任务", "还有哪些任务的责任单位和它一模一样？")
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: t.units == focus.units and t.id != focus.id)
    out = chat(assistant, "智能客服是哪一条任务", "跟它同属一个措施、而且时限也一样的有哪些")
    assert not out[1].refused and set(out[1].tasks) == ids(
        ledger, lambda t: t.measure_no == focus.measure_no and t.deadline.text == focus.deadline.text and t.id != focus.id)
    out = chat(assistant, "智能客服是哪一条任务", "同一个措施里除了它之外还有哪些任务")
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: t.measure_no == focus.measure_no and t.id != focus.id)


def test_the_rest_of_a_pick_that_left_nothing_is_of_the_list_before(assistant, ledger):
    m10 = ids(ledger, lambda t: t.measure_no == 10)
    out = chat(assistant, "省电力交易中心参与的是哪个措施", "这个措施里有具体年份的时限中最早的是哪些", "剩下的那条是什么时限")
    picked = set(out[1].tasks)
    assert picked and picked < m10
    assert not out[2].refused and set(out[2].tasks) == m10 - picked


def test_the_noun_before_a_tasks_number_keeps_the_operator(assistant, ledger):
    out = ask(assistant, "除了任务13.2以外，第13项措施还有哪些任务")
    assert not out.refused and set(out.tasks) == ids(ledger, lambda t: t.measure_no == 13 and t.id != "13.2")
    assert "提到“除”" not in out.answer


def test_how_a_bill_is_computed_is_not_in_the_ledger(assistant):
    for q in ("电价是按什么计算的", "我们厂的电费是如何核算出来的？"):
        out = ask(assistant, q)
        assert out.refused and not out.tasks, q


def test_the_contents_of_a_list_a_task_names_are_said_not_recorded(assistant):
    out = ask(assistant, "信息公开目录里具体都有哪些内容？")
    assert not out.refused and out.tasks and "没有记录它们的完整内容" in out.answer


def test_forms_of_follow_ups(assistant, ledger):
    # "…再查一次": the words of asking again, never a topic searched (一次 is a task's word)
    out = chat(assistant, "省住建厅参与的、持续推进的任务有哪些？", "时限换成2026年底前再查一遍")
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: "省住建厅" in t.units and _year(t) == 2026)
    # "就剩几条了": the count of the list as it now stands
    out = chat(assistant, "省能源局参与的任务有哪些", "把2027年底前的去掉", "现在就剩几条了？")
    assert not out[2].refused and set(out[2].tasks) == ids(ledger, lambda t: "省能源局" in t.units and _year(t) != 2027)
    # "这里面…" after one task picked from a list: that list
    out = chat(assistant, "第8项措施下有哪些任务？", "第二条谁牵头", "这里面有没有2026年底前的？")
    assert not out[2].refused and set(out[2].tasks) == ids(ledger, lambda t: t.measure_no == 8 and _year(t) == 2026)
    # "不好意思，…" / "算了，…" open a message and change nothing
    out = chat(assistant, "措施十二的任务有哪些？", "不好意思，我要问的是措施十一")
    assert not out[1].refused and set(out[1].tasks) == ids(ledger, lambda t: t.measure_no == 11)


def test_todays_date_said_in_brackets(assistant, ledger):
    out = ask(assistant, "按今天（2026年12月5日）算，已经过了完成时限的有几项？")  # the day tests.chat asks on
    assert not out.refused and set(out.tasks) == ids(ledger, lambda t: _year(t) == 2025)
    out = ask(assistant, "按今天（2026年3月1日）算，已经过了完成时限的有几项？")  # another day: not answered as today
    assert out.refused


def test_the_documents_own_name_quoted_is_no_keyword(assistant, ledger):
    out = ask(assistant, "“获得电力”这本台账一共多少项任务")
    assert not out.refused and f"{len(ledger.tasks)} 项" in out.answer


# -- after Z129–Z130


def test_a_statistic_or_an_article_of_another_document_is_not_answered_from_a_task(assistant):
    for q in ("去年全省一共发生了多少次停电？", "全市有多少个频繁停电的台区？", "国家发改委那个文件，第几条讲了办电？"):
        out = ask(assistant, q)
        assert out.refused and not out.tasks, q


def test_whether_progress_is_recorded_is_the_progress_note(assistant):
    out = chat(assistant, "省水利厅参与的任务有哪些", "第一条的落实进度台账里有没有登记")
    assert "不记录实际完成情况" in out[1].answer and not out[1].answer.startswith("是的")


def test_it_beside_a_measure_named_is_the_measure_shown(assistant, ledger):
    units = {n: {u for t in ledger.tasks if t.measure_no == n for u in t.units} for n in (9, 11, 6)}
    out = chat(assistant, "措施9下面有哪些任务", "它跟措施11的责任单位相同吗？")
    assert not out[1].refused and ("一样" in out[1].answer) == (units[9] == units[11])
    out = chat(assistant, "措施9下面有哪些任务", "它和第6项措施的责任单位一致吗")
    assert not out[1].refused and ("一样" in out[1].answer or "相同" in out[1].answer) == (units[9] == units[6])


def test_the_list_shown_compared_with_another_units_list(assistant, ledger):
    mine = ids(ledger, lambda t: "省市场监管局" in t.units)
    for other in ("省发展改革委", "省水利厅"):
        theirs = ids(ledger, lambda t, o=other: o in t.units)
        out = chat(assistant, "省市场监管局参与了哪些任务？", f"跟{other}参与的是不是完全一样？")
        assert not out[1].refused and ("完全相同" in out[1].answer) == (mine == theirs), other


def test_two_leads_summed(assistant, ledger):
    out = ask(assistant, "省住建厅牵头的和省能源局牵头的任务加在一起有多少项？")
    want = ids(ledger, lambda t: t.units[0] in ("省住建厅", "省能源局"))
    assert not out.refused and f"{len(want)} 项" in out.answer


def test_the_share_asked_of_a_list_shown(assistant, ledger):
    base = ids(ledger, lambda t: "省住建厅" in t.units)
    inner = ids(ledger, lambda t: "省住建厅" in t.units and _year(t) == 2027)
    out = chat(assistant, "省住建厅参与的任务有哪些", "其中2027年底前的有几项，占比是多少？")
    assert not out[1].refused and set(out[1].tasks) == inner and f"{len(inner) / len(base):.1%}" in out[1].answer


def test_what_is_left_counted(assistant, ledger):
    out = chat(assistant, "省能源局参与的任务有哪些", "去掉持续推进的", "剩下的这些总共几项？")
    want = ids(ledger, lambda t: "省能源局" in t.units and t.deadline.text != "持续推进")
    assert not out[2].refused and set(out[2].tasks) == want and f"{len(want)} 项" in out[2].answer


def test_a_unit_said_not_to_be_alone(assistant, ledger):
    out = ask(assistant, "持续推进的任务中，不止省电力公司一家负责的是哪些")
    assert not out.refused and set(out.tasks) == ids(ledger, lambda t: t.deadline.text == "持续推进" and "省电力公司" in t.units and len(t.units) > 1)


def test_the_other_task_of_its_measure_keeps_the_words_that_pick_it(assistant, ledger):
    focus = next(t for t in ledger.tasks if "10kV" in t.text and t.measure_no == 3 and "纳入" in t.text)
    other = ids(ledger, lambda t: t.measure_no == 3 and "10kV" in t.text and t.id != focus.id)
    assert len(other) == 1
    out = chat(assistant, "低压接入引起的10kV公用配变新建改造纳入什么项目？", "同一个措施下也同样提到10kV的另一条，完成时限是什么")
    assert out[0].tasks[:1] == (focus.id,)
    assert not out[1].refused and set(out[1].tasks) == other


def test_a_bracket_note_that_restates_the_ledgers_convention_or_changes_it(assistant, ledger):
    units = {u for t in ledger.tasks for u in t.units}
    out = ask(assistant, "这本台账一共涉及几家责任单位？（各设区市的电力主管部门合起来算一家）")
    assert not out.refused and f"共 {len(units)} 个" in out.answer
    out = ask(assistant, "这本台账一共涉及几家责任单位？（省能源局和省电力公司算作一家）")  # a count the ledger does not make
    assert out.refused
    dated = [t for t in ledger.tasks if "省水利厅" in t.units and _year(t)]
    first = min(_year(t) for t in dated)
    out = ask(assistant, "省水利厅参与的任务里，完成时限最早（只看写明的年份）的是哪几项？")
    assert not out.refused and set(out.tasks) == {t.id for t in dated if _year(t) == first}
