"""Typed records passed between pipeline stages. Nothing here imports a backend."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any

from assistant import rx

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
class Report:
    """What the responsible units reported for a task in the ledger's progress column, and the day it is as of.

    ``text`` is the cell as written ("" when nothing was reported); ``label`` the column's header
    (进展情况, 工作进展 …). Answers quote it with its date; it is never restated as a fact.
    """

    label: str
    text: str
    as_of: dt.date

    @property
    def reported(self) -> bool:
        """True when the cell holds anything."""
        return bool(self.text.strip())


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
    #: units of the lead column (牵头单位) when the ledger splits lead and supporting units; ``units`` is lead + supporting
    lead: tuple[str, ...] = ()
    #: the progress column's cell and its as-of date; None when the ledger has no progress column
    report: Report | None = None
    #: the 备注 cell
    remarks: str = ""
    #: other named columns, (header, value): shown to staff only; ``personal`` ones (联系人, 电话 …) never to the public
    extra: tuple[tuple[str, str], ...] = ()
    personal: tuple[tuple[str, str], ...] = ()

    @property
    def leads(self) -> tuple[str, ...]:
        """The lead unit(s): the lead column when the ledger has one, else the unit listed first."""
        return self.lead or self.units[:1]

    @property
    def supporting(self) -> tuple[str, ...]:
        """The units that are not lead."""
        return tuple(u for u in self.units if u not in self.leads)

    def record_hash(self) -> str:
        """Hash of everything the row says (the indexed fields and the kept columns): a new version differs when this does."""
        rest = repr((self.lead, self.report, self.remarks, self.extra, self.personal))
        return hashlib.sha256((self.document() + rest).encode("utf-8")).hexdigest()[:16]

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

        text = rx.sub(r"(?<![\d.])(\d{1,4})\.(\d{1,2})\s*(?:—|－|-|~|～|至|到)\s*(?:\1)\.(\d{1,2})(?![\d.])", spans, text)
        for m in rx.finditer(r"(?:([A-Za-z][\w-]{0,23})\s*[:：]\s*)?(?<![\d.])(\d{1,4})\s*[.．]\s*(\d{1,2})(?![\d.%]|\s*(?:千瓦|万|亿|kV|KV|倍|个|天|元))", text):
            local = f"{int(m.group(2))}.{int(m.group(3))}"
            cands = [f"{m.group(1)}:{local}"] if m.group(1) else [local, *(f"{lid}:{local}" for lid, _ in self.parts)]
            hits = [c for c in cands if c in self._by_id]
            if len(hits) == 1 and hits[0] not in out:
                out.append(hits[0])
        return tuple(out)

    def quoted_in(self, text: str, head: int = 14) -> tuple[str, ...]:
        """Tasks whose text ``text`` quotes (its first ``head`` characters, as a list of tasks written without
        ids shows them), in order of appearance; only when each quoted beginning belongs to one task."""
        flat = rx.sub(r"\s+", "", text)
        found: list[tuple[int, str]] = []
        starts: dict[str, list[str]] = {}
        for t in self.tasks:
            starts.setdefault(rx.sub(r"\s+", "", t.text)[:head], []).append(t.id)
        for start, ids in starts.items():
            if len(start) >= head and len(ids) == 1 and (at := flat.find(start)) >= 0:
                found.append((at, ids[0]))
        return tuple(i for _, i in sorted(found))

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

    def record_hash(self) -> str:
        """Hash of every field of every row (progress, as-of date and kept columns included), in order."""
        h = hashlib.sha256()
        for t in self.tasks:
            h.update(t.record_hash().encode())
        return h.hexdigest()[:16]

    @property
    def has_progress(self) -> bool:
        """True when some ledger loaded has a progress column."""
        return any(t.report is not None for t in self.tasks)

    @property
    def has_lead(self) -> bool:
        """True when some ledger loaded splits lead and supporting units."""
        return any(t.lead for t in self.tasks)


@dataclass(frozen=True)
class Source:
    """A ledger record cited by an answer."""

    task_id: str
    measure: str
    units: tuple[str, ...]
    deadline: str
    text: str
    #: the progress cell quoted and its as-of date (ISO), when the ledger has a progress column
    progress: str | None = None
    as_of: str | None = None
    lead: tuple[str, ...] = ()

    @classmethod
    def of(cls, task: Task) -> Source:
        """The citation for ``task``."""
        r = task.report
        return cls(task.id, f"{task.measure_no}.{task.measure_title}", task.units, task.deadline.text, task.text,
                   r.text if r else None, r.as_of.isoformat() if r else None, task.lead)


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
            sources=[_source_json(s) for s in d["sources"]],
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


def _source_json(s: dict[str, Any]) -> dict[str, Any]:
    """One source as JSON: progress, as-of date and lead units only when the ledger has them."""
    out = {k: v for k, v in s.items() if k not in ("progress", "as_of", "lead")}
    out["units"] = list(s["units"])
    if s["progress"] is not None:
        out.update(progress=s["progress"], as_of=s["as_of"])
    if s["lead"]:
        out["lead"] = list(s["lead"])
    return out
