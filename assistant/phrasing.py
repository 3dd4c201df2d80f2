"""Small pieces every composer shares: the answer record, short forms of a task, status phrases, groups."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assistant.query import Not, atoms, find
from assistant.records import STATUS_LABELS, Answer, Source, Task


def _group_key(by: str, t: Task, today: dt.date) -> str:
    """The breakdown group a task falls in (single-valued groupings)."""
    if by == "lead":
        return "、".join(t.leads)
    if by == "measure":
        return f"第{t.measure_no}项措施 {t.measure_title}"
    if by == "status":
        return STATUS_LABELS[t.deadline.status(today)]
    if by == "unit_count":
        return f"{len(t.units)}家责任单位"
    return t.deadline.text


def _negated_any(where: Any) -> bool:
    """True when the condition tree has a negation (a zero result then says something about the other conditions)."""
    return bool(find(where, Not))


def _negated(where: Any, atom: Any) -> bool:
    return any(isinstance(a, Not) and atom in find(a, type(atom)) for a in atoms(where))


def _units_short(t: Task) -> str:
    return "、".join(t.units) if len(t.units) < 4 else f"{t.units[0]}等{len(t.units)}家"


def _mostly_ascii(s: str) -> bool:
    return sum(c.isascii() and c.isalpha() for c in s) > len(s) / 2


def _short(text: str, n: int = 30) -> str:
    return text if len(text) <= n else text[:n] + "…"


def _status_phrase(t: Task, today: dt.date) -> str:
    st = t.deadline.status(today)
    if st == "past":
        return f"按今天 {today.isoformat()} 计已过完成时限"
    if st == "due_this_year":
        return f"今年到期，距 {t.deadline.date.isoformat()} 还有 {(t.deadline.date - today).days} 天"  # type: ignore[union-attr,operator]
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
