"""Conditions of the typed query over a ledger's progress column (what a cell says, filled or not, updated since the
previous kept version); part of :data:`assistant.query.Cond`, kept here so ``query.py`` stays one screenful of roles."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, ClassVar

from assistant.records import Task


@dataclass(frozen=True)
class ProgressHas:
    """The progress cell (进展情况 …) contains one of these words: what the units reported, matched as written."""

    terms: tuple[str, ...]
    kind: ClassVar[str] = "progress"

    def test(self, t: Task, today: dt.date) -> bool:
        return t.report is not None and any(x in t.report.text for x in self.terms)

    def words(self, negated: bool = False) -> str:
        said = "或".join(f"“{x}”" for x in self.terms)
        return f"进展情况中{'没有' if negated else ''}写有{said}"

    def to_json(self) -> dict[str, Any]:
        return {"progress_contains": list(self.terms)}


@dataclass(frozen=True)
class Reported:
    """The progress cell holds something (the units reported); negated: the cell is empty or the ledger has none."""

    kind: ClassVar[str] = "reported"

    def test(self, t: Task, today: dt.date) -> bool:
        return t.report is not None and t.report.reported

    def words(self, negated: bool = False) -> str:
        return "进展情况栏未填写" if negated else "进展情况栏已填写"

    def to_json(self) -> dict[str, Any]:
        return {"reported": True}


@dataclass(frozen=True)
class ProgressUpdated:
    """The progress cell differs from the previous kept version (``ids``: the tasks it differs for, bound when answering)."""

    ids: tuple[str, ...] = ()
    kind: ClassVar[str] = "progress_updated"

    def test(self, t: Task, today: dt.date) -> bool:
        return t.id in self.ids

    def words(self, negated: bool = False) -> str:
        return f"进展情况{'没有' if negated else ''}更新"

    def to_json(self) -> dict[str, Any]:
        return {"progress_updated": True}
