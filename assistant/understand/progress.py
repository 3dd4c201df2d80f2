"""Reading progress questions, for ledgers that have a progress column (进展情况 …).

The progress words of a question — what it asks (进展如何, 完成了吗), what the cell should say (写的是“已完成”),
reported or not (还没有报送进展), updated since the previous version (进展有什么变化) — are cut out and
become progress targets and conditions; the rest of the question is read by the :class:`Understander`
as any other (units, 牵头, deadlines, measures, a task named or described), and the two are put
together. Without a progress column in the loaded ledgers the question is read exactly as before.
The cue words are data (``assistant/data/progress.toml``).
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from assistant import rx
from assistant.query import Cond, Not, ProgressHas, ProgressUpdated, Query, Reported, all_of
from assistant.records import Ledger
from assistant.text import normalize
from assistant.understand.dialogue import State, Understander
from assistant.understand.patterns import clean_input

#: refusals of the whole question that a progress reading may replace (any other refusal stands)
_OVERRIDABLE = ("absent", "oos", "no_subject", "empty")
#: targets of the rest of a question that name one or several tasks (answered with their progress)
_SINGLE = ("lookup", "responsible", "deadline", "days_left", "measure_of", "which_task", "verify", "compare")


@dataclass(frozen=True)
class Cues:
    """The compiled cue words of ``progress.toml``."""

    ask: tuple[re.Pattern[str], ...]
    says: tuple[re.Pattern[str], ...]
    not_text: re.Pattern[str]
    not_reported: tuple[re.Pattern[str], ...]
    reported: tuple[re.Pattern[str], ...]
    updated: tuple[re.Pattern[str], ...]
    filler: tuple[str, ...]


@cache
def cues() -> Cues:
    """The cue words, loaded once."""
    raw = tomllib.loads(resources.files("assistant.data").joinpath("progress.toml").read_text("utf-8"))
    comp = lambda key: tuple(re.compile(p) for p in raw[key])  # noqa: E731
    return Cues(comp("ask"), comp("says"), re.compile(raw["not_text"]), comp("not_reported"), comp("reported"), comp("updated"),
                tuple(raw["filler"]))


@cache
def progress_note() -> str:
    """What a completion question answered from deadlines says about the progress column (``note``)."""
    raw = tomllib.loads(resources.files("assistant.data").joinpath("progress.toml").read_text("utf-8"))
    return str(raw["note"])


class ProgressReader:
    """``read(question, state, today)`` like :class:`Understander`, with progress questions read as such."""

    def __init__(self, understander: Understander, ledger: Ledger) -> None:
        self.base = understander
        self.active = ledger.has_progress

    def read(self, question: str, state: State, today: dt.date) -> Query:
        """The typed query: a progress target or progress conditions when the question asks about progress."""
        full = self.base.read(question, state, today)
        if not self.active or (full.refuse and full.refuse not in _OVERRIDABLE) or full.planted:
            return full
        text = normalize(clean_input(question))
        c = cues()
        conds: list[Cond] = []
        rest, updated = text, False
        for pats, make in ((c.updated, lambda m: ProgressUpdated()), (c.not_reported, lambda m: Not(Reported())),
                           (c.reported, lambda m: Reported()), (c.says, self._says)):
            for p in pats:
                for m in list(p.finditer(rest)):
                    cond = make(m)
                    if cond is None:
                        continue
                    conds.append(cond)
                    updated = updated or isinstance(cond, ProgressUpdated)
                    rest = rest.replace(m.group(0), " ", 1)
        asked = False
        for p in c.ask:
            rest, n = p.subn(" ", rest)
            asked = asked or n > 0
        if not conds and not asked:
            return full
        for w in c.filler:
            rest = rest.replace(w, " ")
        rest = rx.sub(r"\s+", " ", rest).strip(" ，,。？?的")
        q = self.base.read(rest, state, today) if rest else Query(question=question, target="tasks")
        if q.refuse and q.refuse != "empty":
            return full
        if q.refuse == "empty":
            q = Query(question=question, target="tasks")
        progress = [x for x in conds if not isinstance(x, ProgressUpdated)]
        named = bool(q.refs or q.subject or q.subjects) and q.target in (*_SINGLE, "changes")
        base = replace(q, question=question, completion=False, context=full.context or q.context, corrected=q.corrected or full.corrected)
        if named and (updated or q.target == "changes"):
            return replace(base, target="progress_changes")
        if named and not progress:
            return replace(base, target="progress")
        where = all_of([x for x in (q.where, *([ProgressUpdated()] if updated else []), *progress) if x is not None])
        if not conds and q.where is None and not q.count and not updated:
            return replace(base, target="progress_summary", where=None)
        return replace(base, target="progress_list", where=where, count=q.count, refs=(), subject="")

    def _says(self, m: re.Match[str]) -> Cond | None:
        said = m.group("t").strip(" “”\"‘’「」")
        if not said or cues().not_text.search(said):
            return None
        return ProgressHas((said,))
