"""Answers about one task, or a few named ones: its units, deadline, days left, measure, the task itself, a claim
checked against its record (or against every task of a list or a measure), two tasks compared, a figure the ledger
states. Composers only: the task was found by :mod:`assistant.rules`."""

from __future__ import annotations

import datetime as dt

from assistant import rx
from assistant.aggregates import Aggregates
from assistant.figures import Figure
from assistant.phrasing import _answer, _describe, _short, _status_phrase
from assistant.query import DeadlineIs, Not, Query, StatusIs, UnitIs, atoms, select
from assistant.records import Answer, Task
from assistant.text import normalize

# "它们分别是什么内容" / "讲的什么": the content of each task asked
_CONTENT_ASKED = rx.lazy(r"内容|讲的?(?:是)?(?:什么|啥)|说的?(?:是)?(?:什么|啥)|具体(?:是|要|做)|要做什么|要干什么|是什么")


# "…也是措施4的责任单位吧" / "是第4项措施的牵头单位吗": a unit of the measure named asked about
_UNIT_OF_MEASURE = rx.lazy(r"是\s*(?:措施\s*[0-9一二三四五六七八九十]{1,3}|第\s*[0-9一二三四五六七八九十]{1,3}\s*[项条](?:工作)?(?:措施)?)"
                           r"\s*的?(?:责任|牵头|参与|负责)单位")


class Fields(Aggregates):
    """One small function per field of a task (the single-task targets of a :class:`Query`)."""

    # ------------------------------------------------------------ single task
    def responsible(self, t: Task, tasks: list[Task], today: dt.date) -> Answer:
        """Who carries the task."""
        count = "仅 1 家" if len(t.units) == 1 else f"共 {len(t.units)} 家"
        text = f"任务 {t.id} 的责任单位是：{'、'.join(t.units)}（{count}，牵头单位为{t.units[0]}）。\n{_describe(t, self._title(t))}"
        return _answer(text, [t], units=t.units, deadline=t.deadline.text)

    def deadline(self, t: Task, tasks: list[Task], today: dt.date) -> Answer:
        """When the task is due, with its status relative to today."""
        text = f"任务 {t.id} 的完成时限是：{t.deadline.text}（{_status_phrase(t, today)}）。\n{_describe(t, self._title(t))}"
        return _answer(text, [t], units=t.units, deadline=t.deadline.text)

    def days_left(self, t: Task, tasks: list[Task], today: dt.date) -> Answer:
        """Days from today to the deadline."""
        if t.deadline.date is None:
            head = f"任务 {t.id} 的完成时限是{t.deadline.text}，没有具体截止日期。"
        elif t.deadline.date < today:
            head = (f"任务 {t.id} 的完成时限是{t.deadline.text}（{t.deadline.date.isoformat()}），"
                    f"到今天（{today.isoformat()}）已过完成时限 {(today - t.deadline.date).days} 天。")
        else:
            head = (f"任务 {t.id} 的完成时限是{t.deadline.text}（{t.deadline.date.isoformat()}），"
                    f"距今天（{today.isoformat()}）还有 {(t.deadline.date - today).days} 天。")
        return _answer(f"{head}\n{_describe(t, self._title(t))}", [t], units=t.units, deadline=t.deadline.text)

    def measure_of(self, t: Task, tasks: list[Task], today: dt.date) -> Answer:
        """Which work measure the task belongs to."""
        size = sum(1 for o in self.ledger.tasks if o.measure_no == t.measure_no and o.ledger == t.ledger)
        text = f"该任务（{t.id}）属于第{t.measure_no}项工作措施“{t.measure_title}”（该措施共 {size} 项任务）。\n{_describe(t, self._title(t))}"
        return _answer(text, [t], units=t.units, deadline=t.deadline.text)

    def which_task(self, t: Task, tasks: list[Task], today: dt.date) -> Answer:
        """Identify the task."""
        text = f"这是任务 {t.id}，属于第{t.measure_no}项工作措施“{t.measure_title}”。\n{_describe(t, self._title(t))}"
        return _answer(text, [t], units=t.units, deadline=t.deadline.text)

    def content(self, t: Task, today: dt.date) -> Answer:
        """What a task named exactly (by its id, a position or a pointer) says, with its units and deadline."""
        text = (f"任务 {t.id}{self._of(t)}（第{t.measure_no}项工作措施“{t.measure_title}”）的内容是：\n{t.text}\n"
                f"责任单位：{'、'.join(t.units)}；完成时限：{t.deadline.text}（{_status_phrase(t, today)}）。")
        return _answer(text, [t], units=t.units, deadline=t.deadline.text)

    def lookup(self, t: Task, tasks: list[Task], today: dt.date) -> Answer:
        """Extractive answer: quote the best-matching task(s) with their units and deadline."""
        lines = [f"台账中与您的问题最相关的是{self._of(t)}任务 {t.id}（第{t.measure_no}项工作措施“{t.measure_title}”）：",
                 f"{t.text}", f"责任单位：{'、'.join(t.units)}；完成时限：{t.deadline.text}（{_status_phrase(t, today)}）。"]
        others = [o for o in tasks[1:] if o.id != t.id]
        if others:
            lines.append("相关任务：" + "；".join(f"{o.id} {_short(o.text)}（{o.deadline.text}）" for o in others))
        return _answer("\n".join(lines), [t, *others], units=t.units, deadline=t.deadline.text, route="retrieval")

    def _several(self, tasks: list[Task], today: dt.date, field: str = "", question: str = "") -> Answer:
        """One field (or everything) of several named tasks; "…一样吗" is answered with whether the field is the same."""
        same = ""
        if len(tasks) >= 2 and rx.search(r"一样|相同|一致|同一", normalize(question)) and field in ("deadline", "responsible"):
            values = {t.deadline.text if field == "deadline" else "、".join(t.units) for t in tasks}
            what = "完成时限" if field == "deadline" else "责任单位"
            same = f"{what}{'相同' if len(values) == 1 else '不一样（不完全相同）'}{'（都是' + values.pop() + '）' if len(values) == 1 else ''}。\n"
        # "它们分别是什么内容？": what each says, in full; otherwise the start of each text names it
        whole = not field and len(tasks) <= 6 and bool(_CONTENT_ASKED.search(normalize(question)))
        lines = []
        for t in tasks:
            lines.append(f"- 任务 {t.id}（{t.text if whole else _short(t.text, 30)}）：第{t.measure_no}项工作措施“{t.measure_title}”；"
                         f"责任单位 {'、'.join(t.units)}；完成时限 {t.deadline.text}（{_status_phrase(t, today)}）")
        units = tuple(dict.fromkeys(u for t in tasks for u in t.units))
        return _answer(same + f"这 {len(tasks)} 项任务：\n" + "\n".join(lines), tasks, units=units)

    def verify_many(self, q: Query, tasks: list[Task], today: dt.date) -> Answer:
        """Check a claim about several named tasks: 是的 only when it holds for every one, each task with its record."""
        assert q.claim is not None
        oks = [q.claim.test(t, today) for t in tasks]
        said = q.claim.words()
        head = (f"是的：这 {len(tasks)} 项任务都符合“{said}”。" if all(oks) else
                f"不是：这 {len(tasks)} 项任务中有 {oks.count(False)} 项不符合“{said}”（{'、'.join(t.id for t, ok in zip(tasks, oks, strict=True) if not ok)}）。")
        lines = [f"- 任务 {t.id}（{_short(t.text, 30)}）：责任单位 {'、'.join(t.units)}；完成时限 {t.deadline.text}（{_status_phrase(t, today)}）"
                 for t in tasks]
        return _answer(head + "\n" + "\n".join(lines), tasks, units=tuple(dict.fromkeys(u for t in tasks for u in t.units)))

    def verify(self, q: Query, t: Task, today: dt.date) -> Answer:
        """Check a claim about a task against its record: 是 / 不是, with the correct value."""
        assert q.claim is not None
        ok = q.claim.test(t, today)
        checks = []
        for a in (x.item if isinstance(x, Not) else x for x in atoms(q.claim)):
            if isinstance(a, (DeadlineIs, StatusIs)):
                checks.append(f"完成时限是{t.deadline.text}（{_status_phrase(t, today)}）")
            elif isinstance(a, UnitIs):
                checks.append(f"责任单位是{'、'.join(t.units)}")
        facts = "；".join(dict.fromkeys(checks)) or f"完成时限是{t.deadline.text}"
        head = f"{'是的' if ok else '不是'}：任务 {t.id} 的{facts}。"
        return _answer(f"{head}\n{_describe(t, self._title(t))}", [t], units=t.units, deadline=t.deadline.text)

    def verify_measure(self, q: Query, today: dt.date) -> Answer:
        """Check a claim about a whole measure's responsible units (its unit cell) against the record."""
        rows = select(self.ledger.tasks, q.where, today)
        if not rows or q.claim is None:
            return self.refusal("no_subject", "")
        first = rows[0]
        times = [a for a in atoms(q.claim) if isinstance(a, (DeadlineIs, StatusIs))]
        if times:  # every task of the measure checked against the claimed deadline
            ok = all(a.test(t, today) for t in rows for a in times)
            lines = [f"- {t.id} {_short(t.text, 30)}：{t.deadline.text}" for t in rows]
            return _answer(f"{'是的' if ok else '不是'}：第{first.measure_no}项工作措施“{first.measure_title}”共 {len(rows)} 项任务，完成时限分别是：\n"
                           + "\n".join(lines), rows)
        ok = all(a.test(first, today) for a in atoms(q.claim) if isinstance(a, UnitIs) or (isinstance(a, Not) and isinstance(a.item, UnitIs)))
        units = "是" + "、".join(first.units) if len(first.units) > 1 else f"只有{first.units[0]}一家"
        elsewhere = []
        for a in atoms(q.claim):  # "省水利厅负责的是第二项吧": where that unit does take part
            if isinstance(a, UnitIs) and not a.test(first, today):
                for u in [u for u in a.units if u not in first.units]:
                    nos = {t.measure_no: t.measure_title for t in self.ledger.tasks if u in t.units}
                    elsewhere.append(f"{u}参与的是{'、'.join(f'第{n}项“{title}”' for n, title in nos.items())}" if nos else f"{u}不是任何任务的责任单位")
        head = (f"{'是的' if ok else '不是'}：第{first.measure_no}项工作措施“{first.measure_title}”的责任单位{units}"
                f"（牵头单位为{first.units[0]}），共 {len(rows)} 项任务（{'、'.join(t.id for t in rows)}）。" + ("；".join(elsewhere) + "。" if elsewhere else ""))
        claimed = [a for a in atoms(q.claim) if isinstance(a, UnitIs)]
        # "省水利厅负责的是第二项吧" (one unit, where is it): its tasks first; a claim about the measure's whole unit
        # cell ("措施10的责任单位是A和B吧", "是A一家负责的吗") is answered with the measure's own tasks
        # "省水利厅也是“健全居民小区可靠供电保障机制”的责任单位吧": a measure named by its title is what the question is about
        # "省发展改革委也是措施4的责任单位吧": the measure's unit cell is what is asked — its tasks are the record shown
        titled = normalize(first.measure_title) in normalize(q.question or "") or bool(_UNIT_OF_MEASURE.search(normalize(q.question or "")))
        one_unit = len(claimed) == 1 and len(claimed[0].units) == 1 and claimed[0].mode != "exactly" and not titled
        actual = [t for a in claimed if not ok and q.by == "unit" and one_unit for t in self.ledger.tasks if any(u in t.units for u in a.units)]
        if actual:  # the claim was wrong: the unit's own tasks are the answer, the measure named is said in the text
            return _answer(head, actual, units=first.units)
        return _answer(head, rows, units=first.units)

    def compare(self, q: Query, today: dt.date) -> Answer:
        """Which of two (or more) tasks is due first."""
        tasks = [t for i in q.refs if (t := self.ledger.task(i))]
        if len(tasks) < 2:
            return self.refusal("no_subject", "")
        dated = [t for t in tasks if t.deadline.date is not None]
        lines = [f"- 任务 {t.id}（{_short(t.text, 30)}）：完成时限 {t.deadline.text}" for t in tasks]
        if not dated:
            return _answer("这几项任务都没有固定期限（持续推进）。\n" + "\n".join(lines), tasks)
        pick = max if q.extreme == "max" else min
        best = pick(t.deadline.date for t in dated)  # type: ignore[type-var]
        winners = [t for t in dated if t.deadline.date == best]
        word = "最晚到期" if q.extreme == "max" else "最早到期"
        if len(winners) == len(tasks):
            head = f"这几项任务的完成时限相同，都是{winners[0].deadline.text}。"
        else:
            head = f"{word}的是任务 {'、'.join(t.id for t in winners)}（{winners[0].deadline.text}）。"
        if len(dated) < len(tasks):
            head += "（持续推进的任务没有固定期限，不参与比较。）"
        first = winners[0]
        # two tasks named: both; the tasks of a list shown ("这几个里面哪个最早到期"), even two: the earliest
        rest = [t for t in tasks if t not in winners] if len(tasks) == 2 and q.followup != "compare_list" else []
        return _answer(head + "\n" + "\n".join(lines), [*winners, *rest], units=first.units, deadline=first.deadline.text)

    def figure(self, figs: list[Figure], claimed: int | None = None) -> Answer:
        """办电时限 figures, with the arithmetic shown; ``claimed``: the days a yes/no question says, confirmed or corrected
        first when every figure found agrees on one number ("双电源用户不超过16个工作日，对吧？" → 不是)."""
        tasks = [t for i in dict.fromkeys(f.task_id for f in figs) if (t := self.ledger.task(i))]
        lines = [f"按任务 {tasks[0].id}（{tasks[0].measure_title}）的规定："] + [f"- {f.sentence()}" for f in figs]
        if claimed is not None and len(days := {f.days for f in figs}) == 1:
            (n,) = days
            lines.insert(0, f"是的，不超过{n}个工作日。" if n == claimed else f"不是：台账写的是不超过{n}个工作日，不是{claimed}个工作日。")
        lines.append(f"原文：{tasks[0].text}")
        return _answer("\n".join(lines), tasks, units=tasks[0].units, deadline=tasks[0].deadline.text)

    def _title(self, t: Task) -> str:
        """The ledger's title when several ledgers are loaded (answers say which one they come from)."""
        return self.ledger.ledger_title(t.ledger) if self.ledger.parts else ""

    def _of(self, t: Task) -> str:
        return f"《{self._title(t)}》" if self._title(t) else ""
