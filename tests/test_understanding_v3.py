"""Understanding v3: lead units, aggregates, discourse, dialogue over what was shown, abstention
(the issue's examples, asked with other phrasings)."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2026, 12, 5)


def ask(assistant, question, history=None):
    return assistant.ask(question, history, today=DAY)


def chat(assistant, *turns):
    history: list[dict] = []
    out = []
    for q in turns:
        ans = ask(assistant, q, history)
        out.append(ans)
        history += [{"role": "user", "content": q}, {"role": "assistant", "content": ans.answer}]
    return out


@pytest.mark.parametrize(("question", "n"), [("省能源局作为牵头单位的任务共有几项？", 20), ("牵头单位是省发展改革委的任务数量是多少", 11),
                                             ("由省住建厅牵头的任务有哪些", 7)])
def test_lead_unit_is_the_first_listed(assistant, ledger, question, n):
    ans = ask(assistant, question)
    lead = {"省能源局": "省能源局", "发展改革委": "省发展改革委", "住建厅": "省住建厅"}
    unit = next(v for k, v in lead.items() if k in question)
    assert not ans.refused and set(ans.tasks) == {t.id for t in ledger.tasks if t.units[0] == unit} and len(ans.tasks) == n


def test_an_unknown_word_never_becomes_a_keyword_with_a_stated_zero(assistant, ledger):
    _, second = chat(assistant, "省住建厅参与了哪些任务？", "这里面已经超过时限的是哪些？")
    past = {t.id for t in ledger.tasks if "省住建厅" in t.units and t.deadline.text == "2025年底前"}
    assert set(second.tasks) == past and len(past) == 6 and "超过”" not in second.answer


def test_two_groups_compared_with_their_difference(assistant):
    ans = ask(assistant, "省住建厅与省水利厅各参与多少项任务，相差多少？")
    assert not ans.refused and "18 项" in ans.answer and "6 项" in ans.answer and "相差 12 项" in ans.answer


@pytest.mark.parametrize(("question", "unit", "n"), [("参与任务数量最少的单位是哪家？", "省电力交易中心", 3),
                                                     ("除开省电力公司，哪个部门参与的任务最多？", "各设区市电力主管部门", 44)])
def test_unit_with_most_or_fewest_tasks(assistant, question, unit, n):
    ans = ask(assistant, question)
    assert not ans.refused and unit in ans.answer and f"各 {n} 项" in ans.answer


@pytest.mark.parametrize("question", ["截至目前，有哪些任务已经超过了完成时限？", "到今天为止逾期的任务有多少项"])
def test_as_of_today_overdue(assistant, ledger, question):
    ans = ask(assistant, question)
    assert not ans.refused and set(ans.tasks) == {t.id for t in ledger.tasks if t.deadline.text == "2025年底前"}


def test_totals(assistant):
    ans = ask(assistant, "这份台账总共有多少项工作措施、多少项具体任务？")
    assert "16 项工作措施" in ans.answer and "62 项具体任务" in ans.answer


def test_polite_prefix_and_story_are_context_and_the_state_survives(assistant, ledger):
    first, second = chat(assistant, "您好，麻烦您帮我看看，领导要个数：省市场监管局参与的任务一共几项？", "其中2027年底前的有哪些？")
    mine = {t.id for t in ledger.tasks if "省市场监管局" in t.units}
    assert not first.refused and set(first.tasks) == mine and len(mine) == 11
    assert set(second.tasks) == {i for i in mine if ledger.task(i).deadline.text == "2027年底前"}


def test_a_long_story_is_read_and_never_answered_with_a_wrong_task(assistant):
    story = "我是做小餐馆的，" + "前几个月为了接电跑了好几趟营业厅，材料交了又交，心里一直很着急，" * 20
    ans = ask(assistant, story + "我就想问一句：便民接电点什么时候要建成？")
    assert len(story) > 500 and "太长" not in ans.answer
    assert ans.refused or (ans.tasks[0] == "1.2" and ans.deadline == "2026年底前")


def test_relax_correct_and_go_back(assistant, ledger):
    _, b, c, d = chat(assistant, "省自然资源厅有哪些任务？", "说错了，是省市场监管局", "单位不限，只要2026年底前的", "回到刚才省市场监管局那个列表，第三个讲的是什么？")
    mine = [t.id for t in ledger.tasks if "省市场监管局" in t.units]
    assert set(b.tasks) == set(mine)
    assert set(c.tasks) == {t.id for t in ledger.tasks if t.deadline.text == "2026年底前"}
    assert d.tasks[0] == mine[2]


def test_correction_to_the_lead_unit(assistant, ledger):
    _, b = chat(assistant, "省住建厅参与的任务有哪些", "不对，我要的是它牵头的")
    assert set(b.tasks) == {t.id for t in ledger.tasks if t.units[0] == "省住建厅"}


def test_client_transcript_binds_follow_ups_by_the_ids_it_shows(assistant, ledger):
    history = [{"role": "user", "content": "我是县里的，先说个情况：我们在整理材料。省住建厅那些活儿都列一下"},
               {"role": "assistant", "content": "共 4 项：13.1、13.2、13.3、13.4。"}]
    ans = ask(assistant, "第二个由哪些单位负责？", history)
    assert ans.tasks[0] == "13.2" and all(u in ans.answer for u in ledger.task("13.2").units)


@pytest.mark.parametrize("question", ["帮我查一下户号3601234567的报装走到哪一步了", "物业每度电加价收费，台账规定的加价标准是多少？"])
def test_questions_the_ledger_cannot_answer_get_no_nearest_task(assistant, question):
    ans = ask(assistant, question)
    assert ans.refused and "最相关的是任务" not in ans.answer


def test_understood_spans_in_the_answer_json(assistant):
    js = ask(assistant, "省能源局牵头、2027年底前到期的任务有几项？").to_json()
    kinds = [u["as"] for u in js["understood"]]
    assert kinds.count("condition") == 2 and "target" in kinds and "unknown" not in kinds
