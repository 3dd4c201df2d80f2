"""Answers from a ledger's progress column: always the units' own words, quoted, with the day they are as of.

:class:`ProgressRules` is :class:`~assistant.rules.Rules` for ledgers as they are kept (a progress column,
lead and supporting units). It answers the progress targets of :mod:`assistant.understand.progress` —
one task's progress, a list by what the cells say or whether they are filled, changes since the
previous kept version, a summary — and says who leads and who supports a task. It never states
completion in its own voice: whatever a cell says is quoted (“…”) and dated (截至 YYYY-MM-DD), and
an as-of date older than ``stale_days`` is said with the answer. Every other question goes to
:class:`~assistant.rules.Rules` unchanged; a ledger with neither column is answered by ``Rules`` itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from assistant.diff import diff_ledgers
from assistant.phrasing import _answer, _describe, _short
from assistant.query import And, Cond, Not, Or, ProgressHas, ProgressUpdated, Query, select
from assistant.records import Answer, Ledger, Task
from assistant.rules import Rules

TARGETS = ("progress", "progress_list", "progress_changes", "progress_summary")


@dataclass
class ProgressRules(Rules):
    """:class:`Rules` plus answers from the progress column and the 牵头单位 / 配合单位 columns."""

    #: the previous kept version of each loaded ledger, by ledger id (ids local to that ledger)
    previous: Callable[[], dict[str, Ledger]] | None = None
    #: progress older than this many days is said to be possibly out of date
    stale_days: int = 45

    # ------------------------------------------------------------ entry
    def answer(self, q: Query, question: str, today: dt.date) -> Answer:
        """As :meth:`Rules.answer`; the lead unit is named as the ledger's 牵头单位 column says."""
        ans = super().answer(q, question, today)
        said = self.lexicon.messages["completion"]
        if self.ledger.has_progress and said in ans.answer:  # the ledger does record progress: say where it is, not that it is absent
            from assistant.understand.progress import progress_note

            ans = replace(ans, answer=ans.answer.replace(said, progress_note()))
        if self.ledger.has_lead and "（责任单位中排第一）" in ans.answer:
            ans = replace(ans, answer=ans.answer.replace("（责任单位中排第一）", "（台账“牵头单位”栏）"))
        return ans

    def _answer(self, q: Query, question: str, today: dt.date) -> Answer:
        if q.target not in TARGETS or q.refuse:
            return super()._answer(q, question, today)
        if q.target == "progress_summary":
            return self.progress_summary(today)
        if q.target == "progress_list":
            return self.progress_list(q, today)
        tasks, why = self.resolve(q, question, today)
        if why.startswith("tie:"):
            return self.ask_which(why[4:].split(","))
        if not tasks:
            return self.refusal(why or "no_subject", "")
        support = self.support(q, tasks[0]) if not q.refs and not q.subjects else None
        shown = tasks if (q.refs or q.subjects) else tasks[:1]
        if any(t.report is None for t in shown):  # a ledger without a progress column: the usual answer and its note
            return super()._answer(replace(q, target="lookup", completion=True), question, today)
        ans = self.progress_changes(shown, today) if q.target == "progress_changes" else self.progress(shown, today)
        return replace(ans, support=support)

    # ------------------------------------------------------------ phrasing
    def _book(self, t: Task) -> str:
        return f"《{self.ledger.ledger_title(t.ledger) if self.ledger.parts else self.ledger.title}》"

    def _quote(self, t: Task) -> str:
        """``进展情况：“…”`` or that the cell is empty; never the assistant's own words about completion."""
        assert t.report is not None
        if not t.report.reported:
            return f"{t.report.label}栏未填写"
        return f"{t.report.label}：“{t.report.text}”"

    def _stale(self, days: list[dt.date], today: dt.date) -> str:
        old = [d for d in days if (today - d).days > self.stale_days]
        return f"\n进展信息截至{min(old).isoformat()}，可能已有更新。" if old else ""

    def _card(self, t: Task) -> str:
        extra = f"\n备注：“{t.remarks}”" if t.remarks else ""
        return extra + "\n" + _describe(t, self._title(t))

    # ------------------------------------------------------------ answers
    def progress(self, tasks: list[Task], today: dt.date) -> Answer:
        """What the units reported for each task, quoted and dated."""
        parts = []
        for t in tasks:
            assert t.report is not None
            parts.append(f"据{self._book(t)}（截至{t.report.as_of.isoformat()}），任务 {t.id} {_end(self._quote(t))}{self._card(t)}")
        text = "\n".join(parts) + self._stale([t.report.as_of for t in tasks if t.report], today)
        first = tasks[0]
        return _answer(text, tasks, units=first.units, deadline=first.deadline.text if len(tasks) == 1 else None)

    def progress_list(self, q: Query, today: dt.date) -> Answer:
        """Every task whose progress cell satisfies the condition (with the other conditions), each quoted and dated."""
        if q.unparsed:
            return self.clarify(q, today)
        where, compared = self._bind_updated(q.where)
        if compared is None and _has(where, ProgressUpdated):
            return Answer(answer="台账只保存了当前一个版本，没有上一版可比较，无法说明哪些任务的进展有更新。"
                          "可以问某项任务的进展情况，例如“任务3.1进展如何”。", route="rules")
        rows = [t for t in select(self.ledger.tasks, where, today) if t.report is not None]
        cond = self._said(q.where)
        since = f"（与上一版截至{compared}相比）" if compared and _has(where, ProgressUpdated) else ""
        if not rows:
            return _answer(f"条件：{cond}{since} — 没有符合条件的任务（共 0 项）。", [])
        days = sorted({t.report.as_of for t in rows if t.report})
        lines = [f"条件：{cond}{since} — 据{self._book(rows[0])}（截至{'、'.join(d.isoformat() for d in days)}），共 {len(rows)} 项任务"
                 + ("，分别是：" if q.count else "：")]
        lines += [f"- {t.id} {_short(t.text, 30)}：{self._quote(t)}（截至{t.report.as_of.isoformat()}）" for t in rows if t.report]
        return _answer("\n".join(lines) + self._stale(days, today), rows)

    def progress_changes(self, tasks: list[Task], today: dt.date) -> Answer:
        """A task's progress in the previous kept version and now, both quoted and dated."""
        lines = []
        for t in tasks:
            assert t.report is not None
            old = self._previous_task(t)
            now = f"截至{t.report.as_of.isoformat()}，{self._quote(t)}"
            if old is None or old.report is None:
                lines.append(f"据{self._book(t)}，台账没有保存任务 {t.id} 的上一版进展，无法比较；当前（{now}）。")
            elif old.report.text == t.report.text:
                lines.append(f"据{self._book(t)}，任务 {t.id} 的{t.report.label}与上一版（截至{old.report.as_of.isoformat()}）相同：{_end(now)}")
            else:
                lines.append(f"据{self._book(t)}，任务 {t.id} 的{t.report.label}有变化：\n- 截至{old.report.as_of.isoformat()}，{self._quote(old)}\n- {now}")
            lines.append(self._card(t).lstrip("\n"))
        text = "\n".join(lines) + self._stale([t.report.as_of for t in tasks if t.report], today)
        return _answer(text, tasks, units=tasks[0].units, deadline=tasks[0].deadline.text if len(tasks) == 1 else None)

    def progress_summary(self, today: dt.date) -> Answer:
        """How many progress cells are filled; the ledger states no completion rate and none is computed."""
        rows = [t for t in self.ledger.tasks if t.report is not None]
        filled = [t for t in rows if t.report and t.report.reported]
        days = sorted({t.report.as_of for t in rows if t.report})
        label = rows[0].report.label if rows and rows[0].report else "进展情况"
        text = (f"据{self._book(rows[0])}（截至{'、'.join(d.isoformat() for d in days)}），共 {len(rows)} 项任务，"
                f"{label}栏已填写 {len(filled)} 项、未填写 {len(rows) - len(filled)} 项。台账不计算完成率，我也不据此推断哪些任务已经办完；"
                f"各项写了什么，可以问“哪些任务的{label}写的是……”或“任务3.1进展如何”。")
        return Answer(answer=text + self._stale(days, today), route="rules")

    def responsible(self, t: Task, tasks: list[Task], today: dt.date) -> Answer:
        """Who carries the task: with a 牵头单位 column, the lead and the supporting units as the ledger splits them."""
        if not t.lead:
            return super().responsible(t, tasks, today)
        support = f"；配合单位：{'、'.join(t.supporting)}" if t.supporting else "；无配合单位"
        text = (f"任务 {t.id} 的责任单位是：{'、'.join(t.units)}（共 {len(t.units)} 家，牵头单位：{'、'.join(t.lead)}{support}）。\n"
                f"{_describe(t, self._title(t))}")
        return _answer(text, [t], units=t.units, deadline=t.deadline.text)

    # ------------------------------------------------------------ versions
    def updated_ids(self) -> tuple[str, ...]:
        """Tasks whose progress cell changed since the previous kept version of their ledger (none without one)."""
        bound, _ = self._bind_updated(ProgressUpdated())
        return bound.ids if isinstance(bound, ProgressUpdated) else ()

    def _previous_task(self, t: Task) -> Task | None:
        """The task's row in the previous kept version of its ledger (aligned by text, as in ``diff``)."""
        old, now = self._versions(t.ledger)
        if old is None:
            return None
        local = t.id.split(":")[-1]
        for c in diff_ledgers(old, now):
            if c.new is not None and c.new.id == local:
                return c.old
        return old.task(local)

    def _versions(self, lid: str) -> tuple[Ledger | None, Ledger]:
        """(previous kept version or None, current version) of one loaded ledger, with ids local to it."""
        current = [t for t in self.ledger.tasks if t.ledger == lid] if self.ledger.parts else list(self.ledger.tasks)
        now = Ledger("", "", (), tuple(dataclasses.replace(t, id=t.id.split(":", 1)[-1]) for t in current), id=lid)
        return ((self.previous() if self.previous else {}).get(lid or self.ledger.id)), now

    def _bind_updated(self, where: Cond | None) -> tuple[Cond | None, str | None]:
        """``where`` with :class:`ProgressUpdated` bound to the tasks whose progress cell changed, and the previous as-of date(s)."""
        if not _has(where, ProgressUpdated):
            return where, None
        ids: list[str] = []
        dates: set[str] = set()
        for lid in dict.fromkeys(t.ledger for t in self.ledger.tasks):
            old, now = self._versions(lid)
            if old is None:
                continue
            dates |= {t.report.as_of.isoformat() for t in old.tasks if t.report}
            prefix = f"{lid}:" if self.ledger.parts else ""
            for c in diff_ledgers(old, now):
                moved = c.kind == "added" and c.new is not None and c.new.report is not None and c.new.report.reported
                if moved or any(f[0] == "progress" for f in c.fields):
                    ids.append(prefix + (c.new.id if c.new else ""))
        if not dates:
            return where, None
        return _bind(where, ProgressUpdated(tuple(ids))), "、".join(sorted(dates))

    def _said(self, where: Cond | None) -> str:
        """The condition in words; a progress word no cell contains is not repeated back (it may be planted)."""
        def safe(c: Cond) -> Cond:
            if isinstance(c, ProgressHas):
                known = any(t.report and x in t.report.text for t in self.ledger.tasks for x in c.terms)
                return c if known else ProgressHas(("（您给出的词语）",))
            if isinstance(c, (And, Or)):
                return type(c)(tuple(safe(i) for i in c.items))
            if isinstance(c, Not):
                return Not(safe(c.item))
            return c
        if where is None:
            return "全部任务"
        return self._condition(Query(where=safe(where)))


def _end(sentence: str) -> str:
    """``sentence`` ended with 。 unless it ends with a quotation (“…”)."""
    return sentence if sentence.endswith("”") else sentence + "。"


def _has(c: Cond | None, cls: type) -> bool:
    from assistant.query import find

    return bool(find(c, cls))


def _bind(c: Cond | None, atom: ProgressUpdated) -> Cond | None:
    if isinstance(c, ProgressUpdated):
        return atom
    if isinstance(c, (And, Or)):
        return type(c)(tuple(_bind(i, atom) for i in c.items))  # type: ignore[misc]
    if isinstance(c, Not):
        return Not(_bind(c.item, atom))  # type: ignore[arg-type]
    return c
