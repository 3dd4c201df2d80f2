"""The deterministic answer path: one small function per intent, each returning an Answer.

Units, deadlines and figures always come from the parsed records; nothing
here composes a unit, date or number that the ledger does not hold.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from assistant.figures import Figure, match
from assistant.lexicon import Lexicon
from assistant.records import STATUS_LABELS, Answer, Ledger, Source, Task
from assistant.retrieve import HybridRetriever, TaskFilter
from assistant.text import normalize
from assistant.understand import Query, Understander

SINGLE_TASK_INTENTS = ("responsible", "deadline", "measure_of", "which_task", "days_left", "figure", "lookup")


@dataclass
class Rules:
    """Answers a :class:`Query` from the ledger, exactly, or refuses."""

    ledger: Ledger
    lexicon: Lexicon
    understander: Understander
    retriever: HybridRetriever
    figures: list[Figure]
    top_k: int = 5
    #: a BM25 score this high means the question shares distinctive ledger words with a task
    confident_bm25: float = 4.0
    #: returns, per loaded ledger, (id, title, changes since its previous version or None)
    versions: Callable[[], list[tuple[str, str, Any]]] | None = None

    # ------------------------------------------------------------ entry
    def answer(self, q: Query, question: str, today: dt.date) -> Answer:
        """The answer to ``q`` (``question`` is the text used for dense search)."""
        if q.refuse:
            return self.refusal(q.refuse, q.refuse_detail)
        if q.intent == "changes":
            return self.changes(q)
        if q.intent in ("list", "count") or (q.has_filters and not q.content and not q.task_ids and q.intent == "lookup"):
            return self.collection(q, today)
        if q.intent == "figure":
            figs = match(self.figures, question) if self.lexicon.intents["time_limits"].search(normalize(question)) else []
            if figs:
                return self.figure(figs)
        tasks, why = self.resolve(q, question, today)
        if not tasks:
            if q.completion and not q.content:
                return self.status_summary(today)
            if q.units and not q.content and not q.task_ids:
                return self.collection(q, today)
            return self.refusal(why or "no_subject", "")
        measure_level = bool(q.measures and not q.content and not q.task_ids)
        if measure_level:
            return self.measure(q, tasks, today)
        t = tasks[0]
        handler = {
            "responsible": self.responsible,
            "deadline": self.deadline,
            "days_left": self.days_left,
            "measure_of": self.measure_of,
            "which_task": self.which_task,
        }.get(q.intent, self.lookup)
        ans = handler(t, tasks, today)
        if q.completion:
            ans = _with_note(ans, self.lexicon.messages["completion"])
        return ans

    # ------------------------------------------------------------ resolution
    def resolve(self, q: Query, question: str, today: dt.date) -> tuple[list[Task], str]:
        """The task(s) a single-task question is about, best first; or ([], refusal reason)."""
        if q.task_ids:
            return [t for i in q.task_ids if (t := self.ledger.task(i))], ""
        if not q.content:
            if q.measures:
                tasks = [t for t in self.ledger.tasks if t.measure_no in q.measures and (not q.ledgers or t.ledger in q.ledgers)]
                first = tasks[0].ledger if tasks else ""
                return [t for t in tasks if t.ledger == first], ""
            return [], "no_subject"
        f = TaskFilter(units=q.units, years=q.years, status=q.status, measures=q.measures, ledgers=q.ledgers)
        allowed = [t.id for t in f.apply(self.ledger, today)] if f else None
        if allowed is not None and not allowed:
            allowed = None
        dense_text = q.search_text if _mostly_ascii(question) else question
        hits = self.retriever.search(q.search_text, self.top_k, allowed, dense_text=dense_text)
        if not hits:
            return [], "oos"
        strong = [c for c in q.content if len(c) >= 2]
        covered = [c for c in strong if self.understander.covered(c)]
        top = hits[0]
        if not covered and top.bm25 == 0:
            return [], "oos"
        if top.bm25 < self.confident_bm25 and len(covered) / max(len(strong), 1) < 0.34 and top.similarity < 0.4:
            return [], "oos"
        keep = [h for h in hits if h.score >= top.score * 0.85][:3]
        return [t for h in keep if (t := self.ledger.task(h.task_id))], ""

    # ------------------------------------------------------------ single task
    def responsible(self, t: Task, tasks: list[Task], today: dt.date) -> Answer:
        """Who carries the task."""
        text = (f"任务 {t.id} 的责任单位是：{'、'.join(t.units)}。\n"
                f"{_describe(t, self._title(t))}")
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
        text = f"该任务（{t.id}）属于第{t.measure_no}项工作措施“{t.measure_title}”。\n{_describe(t, self._title(t))}"
        return _answer(text, [t], units=t.units, deadline=t.deadline.text)

    def which_task(self, t: Task, tasks: list[Task], today: dt.date) -> Answer:
        """Identify the task."""
        text = f"这是任务 {t.id}，属于第{t.measure_no}项工作措施“{t.measure_title}”。\n{_describe(t, self._title(t))}"
        return _answer(text, [t], units=t.units, deadline=t.deadline.text)

    def lookup(self, t: Task, tasks: list[Task], today: dt.date) -> Answer:
        """Extractive answer: quote the best-matching task(s) with their units and deadline."""
        lines = [f"台账中与您的问题最相关的是{self._of(t)}任务 {t.id}（第{t.measure_no}项工作措施“{t.measure_title}”）：",
                 f"{t.text}", f"责任单位：{'、'.join(t.units)}；完成时限：{t.deadline.text}（{_status_phrase(t, today)}）。"]
        others = [o for o in tasks[1:] if o.id != t.id]
        if others:
            lines.append("相关任务：" + "；".join(f"{o.id} {_short(o.text)}（{o.deadline.text}）" for o in others))
        return _answer("\n".join(lines), [t, *others], units=t.units, deadline=t.deadline.text, route="retrieval")

    def measure(self, q: Query, tasks: list[Task], today: dt.date) -> Answer:
        """A question about a whole work measure (its units, deadlines or identity)."""
        m = self.ledger.measure(tasks[0].measure_no, tasks[0].ledger if self.ledger.parts else None)
        assert m is not None
        lines = [f"{self._of(tasks[0])}第{m.no}项工作措施“{m.title}”的责任单位是：{'、'.join(m.units)}；共 {len(tasks)} 项具体任务："]
        lines += [f"- {t.id} {_short(t.text)}（{t.deadline.text}）" for t in tasks]
        deadline = tasks[0].deadline.text if len({t.deadline.text for t in tasks}) == 1 else None
        return _answer("\n".join(lines), tasks, units=m.units, deadline=deadline)

    def figure(self, figs: list[Figure]) -> Answer:
        """办电时限 figures, with the arithmetic shown."""
        tasks = [t for i in dict.fromkeys(f.task_id for f in figs) if (t := self.ledger.task(i))]
        lines = [f"按任务 {tasks[0].id}（{tasks[0].measure_title}）的规定："] + [f"- {f.sentence()}" for f in figs]
        lines.append(f"原文：{tasks[0].text}")
        return _answer("\n".join(lines), tasks, units=tasks[0].units, deadline=tasks[0].deadline.text)

    def _title(self, t: Task) -> str:
        """The ledger's title when several ledgers are loaded (answers say which one they come from)."""
        return self.ledger.ledger_title(t.ledger) if self.ledger.parts else ""

    def _of(self, t: Task) -> str:
        return f"《{self._title(t)}》" if self._title(t) else ""

    # ------------------------------------------------------------ many tasks
    def collection(self, q: Query, today: dt.date) -> Answer:
        """List or count every task matching the question's filters (never top-k)."""
        f = TaskFilter(units=q.units, years=q.years, status=q.status, measures=q.measures, ledgers=q.ledgers)
        if q.content and not f:
            return self._topic_list(q, today)
        tasks = f.apply(self.ledger, today)
        cond = self._describe_filter(q, today)
        if q.intent in ("count", "list") and q.wants_units and not f:
            units = self.ledger.units
            return _answer(f"台账中的责任单位共 {len(units)} 个：" + "、".join(units) + "。", [], units=units)
        if q.intent == "count" and q.wants_measures and not f:
            return _answer(f"台账共有 {len(self.ledger.measures)} 项工作措施、{len(self.ledger.tasks)} 项具体任务。",
                           list(self.ledger.tasks), route="rules")
        if not tasks:
            return _answer(f"台账中没有{cond}的任务（共 0 项）。", [], route="rules")
        head = f"{cond}的任务共 {len(tasks)} 项" if cond else f"台账共有 {len(tasks)} 项任务"
        lines = [head + "：" if q.intent != "count" else head + "，分别是："]
        lines += [f"- {t.id} {_short(t.text, 40)}（{'、'.join(t.units) if len(t.units) < 4 else t.units[0] + '等' + str(len(t.units)) + '家'}；{t.deadline.text}）"
                  for t in tasks]
        units = q.units
        deadline = tasks[0].deadline.text if len({t.deadline.text for t in tasks}) == 1 and len(tasks) == 1 else None
        return _answer("\n".join(lines), tasks, units=units, deadline=deadline)

    def _topic_list(self, q: Query, today: dt.date) -> Answer:
        hits = self.retriever.search(q.search_text, 8)
        hits = [h for h in hits if h.bm25 > 0 and h.score >= hits[0].score * 0.6] if hits else []
        if not hits:
            return self.refusal("oos", "")
        tasks = [t for h in hits if (t := self.ledger.task(h.task_id))]
        lines = [f"台账中与“{''.join(q.content[:4])}”相关的任务有 {len(tasks)} 项："]
        lines += [f"- {t.id} {_short(t.text, 50)}（{'、'.join(t.units[:3])}{'等' if len(t.units) > 3 else ''}；{t.deadline.text}）" for t in tasks]
        return _answer("\n".join(lines), tasks, route="retrieval")

    def _describe_filter(self, q: Query, today: dt.date) -> str:
        parts = []
        if q.ledgers:
            parts.append("、".join(f"《{self.ledger.ledger_title(i) or i}》中" for i in q.ledgers))
        if q.measures:
            parts.append("、".join(f"第{n}项工作措施“{m.title}”中" for n in q.measures if (m := self.ledger.measure(n))))
        if q.units:
            parts.append(f"{'、'.join(q.units)}参与")
        if q.years:
            parts.append("、".join(f"{y}年底前" for y in q.years) + "完成")
        if q.status:
            label = {"past": f"按今天（{today.isoformat()}）已过完成时限",
                     "due_this_year": f"今年（{today.year}年）到期",
                     "not_due": f"按今天（{today.isoformat()}）完成时限还没到",
                     "ongoing": "持续推进（无固定期限）"}[q.status]
            parts.append(label)
        return "、".join(p for p in parts if p)

    def changes(self, q: Query) -> Answer:
        """What changed since the previous version of each (or the named) ledger."""
        from assistant.diff import describe

        found = [v for v in (self.versions() if self.versions else []) if not q.ledgers or v[0] in q.ledgers]
        known = [(lid, title, ch) for lid, title, ch in found if ch is not None]
        if not known:
            return Answer(answer="没有找到上一版台账的记录，无法比较。用 python -m assistant ingest 导入新版本时，旧版会自动保留。",
                          route="rules")
        lines, tasks = [], []
        for lid, title, ch in known:
            prefix = f"{lid}:" if self.ledger.parts else ""
            lines.append(f"《{title}》与上一版相比共有 {len(ch)} 处变化：" if ch else f"《{title}》与上一版相比没有变化。")
            lines += describe(ch)
            for c in ch:
                if c.new is not None and (t := self.ledger.task(prefix + c.new.id)):
                    tasks.append(t)
        return _answer("\n".join(lines), tasks)

    def status_summary(self, today: dt.date) -> Answer:
        """How the tasks stand against their deadlines today (the ledger has no completion data)."""
        counts = {k: 0 for k in STATUS_LABELS}
        for t in self.ledger.tasks:
            counts[t.deadline.status(today)] += 1
        text = (self.lexicon.messages["completion"] + f"按今天（{today.isoformat()}）计："
                + "，".join(f"{STATUS_LABELS[k]} {v} 项" for k, v in counts.items()) + "。")
        return Answer(answer=text, route="rules")

    # ------------------------------------------------------------ refusal
    def refusal(self, reason: str, detail: str) -> Answer:
        """A short polite refusal that says what the ledger does cover; no sources."""
        msgs = self.lexicon.messages
        if reason == "too_long":
            text = msgs["too_long"].format(limit=self.understander.max_chars)
        elif reason in ("empty", "control", "injection", "no_subject"):
            text = msgs[reason]
        else:
            text = msgs["oos"].format(why=detail or "台账中没有相关内容")
        if reason not in ("empty", "too_long", "control"):
            text += "\n" + msgs["scope"]
        return Answer(answer=text, refused=True, route="refusal")


def _mostly_ascii(s: str) -> bool:
    return sum(c.isascii() and c.isalpha() for c in s) > len(s) / 2


def _short(text: str, n: int = 30) -> str:
    return text if len(text) <= n else text[:n] + "…"


def _status_phrase(t: Task, today: dt.date) -> str:
    st = t.deadline.status(today)
    if st == "past":
        return f"按今天 {today.isoformat()} 计已过完成时限"
    if st == "due_this_year":
        return f"今年到期，距 {t.deadline.date.isoformat()} 还有 {(t.deadline.date - today).days} 天"  # type: ignore[union-attr]
    if st == "not_due":
        return "未到期"
    return "持续推进，无固定截止日期"


def _describe(t: Task, ledger_title: str = "") -> str:
    book = f"《{ledger_title}》" if ledger_title else ""
    return (f"依据：{book}第{t.measure_no}项工作措施“{t.measure_title}”，任务 {t.id}：{t.text}\n"
            f"责任单位：{'、'.join(t.units)}；完成时限：{t.deadline.text}。")


def _answer(text: str, tasks: list[Task], units: tuple[str, ...] = (), deadline: str | None = None, route: str = "rules") -> Answer:
    return Answer(answer=text, tasks=tuple(t.id for t in tasks), units=tuple(units), deadline=deadline,
                  sources=tuple(Source.of(t) for t in tasks), route=route)


def _with_note(ans: Answer, note: str) -> Answer:
    from dataclasses import replace

    return replace(ans, answer=ans.answer + "\n" + note)
