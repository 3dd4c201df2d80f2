"""Typed records passed between pipeline stages. Nothing here imports a backend."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any

#: Status of a deadline relative to a given day (the ledger records deadlines, not completion).
STATUS_LABELS = {
    "past": "已过完成时限",
    "due_this_year": "今年到期",
    "not_due": "未到期",
    "ongoing": "持续推进",
}


@dataclass(frozen=True)
class Deadline:
    """A task's completion deadline: the ledger text plus its normalised date.

    ``date`` is the last day the task may be completed (``2025年底前`` → 2025-12-31);
    it is ``None`` for open-ended forms such as ``持续推进``.
    """

    text: str
    date: dt.date | None

    @property
    def ongoing(self) -> bool:
        """True for open-ended deadlines (持续推进)."""
        return self.date is None

    def status(self, today: dt.date) -> str:
        """One of ``past``, ``due_this_year``, ``not_due``, ``ongoing`` relative to ``today``."""
        if self.date is None:
            return "ongoing"
        if self.date < today:
            return "past"
        if self.date.year == today.year:
            return "due_this_year"
        return "not_due"

    def normalized(self) -> str:
        """ISO date, or ``ongoing``."""
        return self.date.isoformat() if self.date else "ongoing"


@dataclass(frozen=True)
class Task:
    """One row of the ledger: a concrete task with its units and deadline.

    ``id`` is ``"<measure>.<k>"``: the measure number, then the task's position
    within the measure counting from 1.
    """

    id: str
    measure_no: int
    measure_title: str
    position: int
    units: tuple[str, ...]
    text: str
    deadline: Deadline
    line: int = 0
    ledger: str = ""

    def document(self) -> str:
        """The text indexed for this task: measure, task, units and deadline."""
        return (
            f"{self.measure_no}.{self.measure_title}｜{self.text}"
            f"｜责任单位：{'、'.join(self.units)}｜完成时限：{self.deadline.text}"
        )

    def passage(self) -> str:
        """The text that is embedded and searched: measure title and task text.

        Units and deadlines are matched exactly by the rules, so they are kept
        out of the vectors where they would only blur the topic.
        """
        return f"{self.measure_title}：{self.text}"

    def content_hash(self) -> str:
        """Hash of every indexed field; an unchanged task is never re-embedded."""
        return hashlib.sha256(self.document().encode("utf-8")).hexdigest()[:16]

    def sort_key(self) -> tuple[str, int, int]:
        """Ledger order."""
        return (self.ledger, self.measure_no, self.position)


@dataclass(frozen=True)
class Measure:
    """A work measure (工作措施) grouping consecutive tasks that share their units."""

    no: int
    title: str
    units: tuple[str, ...]
    task_ids: tuple[str, ...]
    ledger: str = ""


@dataclass(frozen=True)
class Ledger:
    """A whole parsed ledger document."""

    title: str
    source: str
    measures: tuple[Measure, ...]
    tasks: tuple[Task, ...]
    id: str = ""
    #: (ledger id, title) of each document when several ledgers are loaded together
    parts: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)
    _by_id: dict[str, Task] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({t.id: t for t in self.tasks})

    def task(self, task_id: str) -> Task | None:
        """The task with this id, or None."""
        return self._by_id.get(task_id)

    def ids_in(self, text: str) -> tuple[str, ...]:
        """Task ids written in ``text`` ("2.1、2.2", "任务 L2:3.1"), in order of first appearance; only ids this ledger has."""
        out: list[str] = []

        def spans(m: re.Match[str]) -> str:  # "9.1—9.4" / "9.1至9.4": every task between, of one measure
            a, b, c = m.group(1), int(m.group(2)), int(m.group(3))
            return "、".join(f"{a}.{k}" for k in range(b, c + 1)) if b < c <= b + 20 else m.group(0)

        text = re.sub(r"(?<![\d.])(\d{1,4})\.(\d{1,2})\s*(?:—|－|-|~|～|至|到)\s*(?:\1)\.(\d{1,2})(?![\d.])", spans, text)
        for m in re.finditer(r"(?:([A-Za-z][\w-]{0,23})\s*[:：]\s*)?(?<![\d.])(\d{1,4})\s*[.．]\s*(\d{1,2})(?![\d.%]|\s*(?:千瓦|万|亿|kV|KV|倍|个|天|元))", text):
            local = f"{int(m.group(2))}.{int(m.group(3))}"
            cands = [f"{m.group(1)}:{local}"] if m.group(1) else [local, *(f"{lid}:{local}" for lid, _ in self.parts)]
            hits = [c for c in cands if c in self._by_id]
            if len(hits) == 1 and hits[0] not in out:
                out.append(hits[0])
        return tuple(out)

    def measure(self, no: int, ledger: str | None = None) -> Measure | None:
        """The measure with this number (in ``ledger`` when several are loaded), or None."""
        return next((m for m in self.measures if m.no == no and (ledger is None or m.ledger == ledger)), None)

    def ledger_title(self, ledger_id: str) -> str:
        """Title of one of the combined ledgers ('' for a single ledger)."""
        return dict(self.parts).get(ledger_id, "")

    @cached_property
    def units(self) -> tuple[str, ...]:
        """Every distinct responsible unit, in order of first appearance (worked out once: the ledger never changes)."""
        seen: dict[str, None] = {}
        for t in self.tasks:
            seen.update(dict.fromkeys(t.units))
        return tuple(seen)

    @cached_property
    def deadline_texts(self) -> tuple[str, ...]:
        """Every distinct deadline text, dated ones first in date order."""
        forms = {t.deadline.text: t.deadline for t in self.tasks}
        return tuple(sorted(forms, key=lambda k: (forms[k].date is None, forms[k].date or dt.date.max)))

    def content_hash(self) -> str:
        """Hash of all tasks, in order."""
        return self._content_hash

    @cached_property
    def _content_hash(self) -> str:
        h = hashlib.sha256()
        for t in self.tasks:
            h.update(t.content_hash().encode())
        return h.hexdigest()[:16]


@dataclass(frozen=True)
class Source:
    """A ledger record cited by an answer."""

    task_id: str
    measure: str
    units: tuple[str, ...]
    deadline: str
    text: str

    @classmethod
    def of(cls, task: Task) -> Source:
        """The citation for ``task``."""
        return cls(task.id, f"{task.measure_no}.{task.measure_title}", task.units, task.deadline.text, task.text)


@dataclass(frozen=True)
class Answer:
    """What every interface returns; the fields of the answer JSON in FORMAT.md."""

    answer: str
    refused: bool = False
    tasks: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    deadline: str | None = None
    sources: tuple[Source, ...] = ()
    route: str = "rules"
    latency_ms: float = 0.0
    id: str | None = None
    #: the structured query the answer is for (docs/answer-format.md); None for answers not from a query
    query: dict[str, Any] | None = field(default=None, compare=False)
    #: share of the question's content words the chosen task covers, for answers found by search (abstention signal)
    support: float | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        """The answer JSON object (lists, not tuples)."""
        d = asdict(self)
        out: dict[str, Any] = {"id": self.id} if self.id is not None else {}
        out.update(
            answer=self.answer,
            refused=self.refused,
            tasks=list(self.tasks),
            units=list(self.units),
            deadline=self.deadline,
            sources=[{**s, "units": list(s["units"])} for s in d["sources"]],
            route=self.route,
            latency_ms=round(self.latency_ms, 2),
        )
        if self.query is not None:
            out["query"] = {k: v for k, v in self.query.items() if k != "understood"}
            if "understood" in self.query:
                out["understood"] = self.query["understood"]
        if self.support is not None:
            out["support"] = round(self.support, 3)
        return out
