"""FAQ sets: reading them, running them, scoring answers (the rules of FORMAT.md)."""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant import rx
from assistant.errors import InputFileError


def read_jsonl(path: str | Path, lenient: bool = False) -> Iterator[dict[str, Any]]:
    """Yield the objects of a JSON Lines file, with errors that name the line.

    ``lenient`` (batch answering): a line that cannot be read is yielded as
    ``{"id": <line number>, "question": "", "error": <why>}`` instead of stopping the file.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError as err:
        raise InputFileError(f"{p} is a folder; give a JSON Lines file") from err
    except OSError as err:
        raise InputFileError(f"cannot read {p} ({err.strerror}); check the path") from err
    for no, raw in enumerate(data.splitlines(), start=1):
        problem = ""
        try:
            line = raw.decode("utf-8-sig" if no == 1 else "utf-8")
        except UnicodeDecodeError:
            line, problem = raw.decode("utf-8", errors="replace"), "not valid UTF-8"
        if not line.strip():
            continue
        obj: Any = None
        if not problem:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                problem = f"not valid JSON ({err.msg})"
            else:
                if not isinstance(obj, dict) or "question" not in obj:
                    problem = "needs an object with a 'question' field"
        if problem:
            if not lenient:
                raise InputFileError(f"{p}:{no}: {problem}; each line must be one JSON object with a 'question' field, saved as UTF-8")
            ident = obj.get("id") if isinstance(obj, dict) and obj.get("id") is not None else str(no)
            yield {"id": str(ident), "question": "", "error": f"line {no}: {problem}"}
            continue
        obj.setdefault("id", str(no))
        yield obj


def _norm(s: str) -> str:
    return rx.sub(r"\s+", "", s or "")


def judge(item: dict[str, Any], ans: dict[str, Any] | None) -> list[str]:
    """Why ``ans`` fails ``item`` (empty list = pass); the checks of docs/faq-format.md and ../shared/faq/score.py."""
    if ans is None:
        return ["no answer"]
    why: list[str] = []
    text = _norm(ans.get("answer", ""))
    refused = bool(ans.get("refused"))
    either = item.get("refuse") == "either"  # a refusal passes, and so does an answer that passes the other checks
    if item.get("refuse") and not either:
        if not refused:
            why.append("should refuse")
    elif not (either and refused):
        if refused:
            why.append("refused an answerable question")
        tasks = [str(t) for t in ans.get("tasks") or []]
        gold = item.get("gold_tasks")
        if gold is not None:
            if item.get("match") == "set":
                if set(tasks) != set(gold):
                    why.append(f"task set off: missing {sorted(set(gold) - set(tasks))[:6]} extra {sorted(set(tasks) - set(gold))[:6]}")
            elif not tasks or tasks[0] not in gold:
                why.append(f"top task {tasks[:1]} not in {gold}")
        for group in item.get("must_contain", []):
            if not any(_norm(alt) in text for alt in group.split("|")):
                why.append(f"missing '{group}'")
    for bad in item.get("must_not_contain", []):
        if _norm(bad) in text:
            why.append(f"contains forbidden '{bad}'")
    return why


#: the gold fields an item is scored on (docs/faq-format.md), kept with each outcome for the report
GOLD_FIELDS = ("refuse", "gold_tasks", "match", "must_contain", "must_not_contain")
#: the answer fields the report shows (docs/answer-format.md)
SHOWN_FIELDS = ("answer", "refused", "tasks", "route", "support", "understood")


@dataclass(frozen=True)
class Outcome:
    """One scored item: what was asked, what was expected, what was given, and why it failed (empty: passed)."""

    id: str
    type: str
    question: str
    history: tuple[dict[str, Any], ...]
    expected: dict[str, Any]
    given: dict[str, Any]
    why: tuple[str, ...]

    @property
    def passed(self) -> bool:
        """Every check the item carries holds."""
        return not self.why

    @property
    def refused(self) -> bool:
        """The answer was a refusal (not an answer given)."""
        return bool(self.given.get("refused"))

    @property
    def wrong(self) -> bool:
        """Failed, and not a refusal: a confident wrong answer."""
        return bool(self.why) and not self.refused

    @property
    def confidence(self) -> float:
        """The answer's support when it was found by search; exact answers (rules) count as 1."""
        support = self.given.get("support")
        return 1.0 if support is None else float(support)


@dataclass
class Report:
    """Accuracy overall and by type, every failure, latency by route."""

    total: int = 0
    passed: int = 0
    by_type: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    failures: list[tuple[str, str, str, str]] = field(default_factory=list)
    latency: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    #: failed items whose answer was not a refusal: a confident wrong answer (the shared scorer's "wrong answers given")
    wrong: int = 0
    #: answers that were not refusals
    given: int = 0
    #: every item as scored, in file order
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Passed / total."""
        return self.passed / self.total if self.total else 0.0

    @property
    def wrong_rate(self) -> float:
        """Wrong answers given / total."""
        return self.wrong / self.total if self.total else 0.0

    @property
    def precision(self) -> float:
        """Correct answers given / answers given (1.0 when nothing was given)."""
        return (self.given - self.wrong) / self.given if self.given else 1.0

    def lines(self) -> list[str]:
        """Human-readable report."""
        out = [f"FAIL {i} [{t}] {q} — {w}" for i, t, q, w in self.failures]
        out.append("by type: " + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(self.by_type.items())))
        for route, xs in sorted(self.latency.items()):
            out.append(f"latency {route}: n={len(xs)} p50 {statistics.median(xs):.1f} ms max {max(xs):.1f} ms")
        out.append(f"accuracy {self.accuracy:.3f} ({self.passed}/{self.total}) wrong answers given {self.wrong} ({self.wrong_rate:.1%}) "
                   f"precision of answers given {self.precision:.3f} ({self.given - self.wrong}/{self.given})")
        return out


def evaluate(items: Iterable[dict[str, Any]], answer: Callable[[dict[str, Any]], dict[str, Any]]) -> Report:
    """Run every item through ``answer`` and score it."""
    rep = Report()
    for it in items:
        ans = answer(it)
        why = judge(it, ans)
        kind = str(it.get("type", "?"))
        rep.total += 1
        rep.by_type[kind][1] += 1
        rep.latency[str(ans.get("route", "?"))].append(float(ans.get("latency_ms", 0.0)))
        rep.given += not ans.get("refused")
        if why and not ans.get("refused"):
            rep.wrong += 1
        history = it.get("history")
        turns = tuple(t for t in history if isinstance(t, dict)) if isinstance(history, list) else ()
        rep.outcomes.append(Outcome(str(it["id"]), kind, str(it.get("question", "")), turns,
                                    {k: it[k] for k in GOLD_FIELDS if k in it}, {k: ans[k] for k in SHOWN_FIELDS if k in ans}, tuple(why)))
        if why:
            shown = str(it.get("question", ""))[:40].encode("utf-8", "replace").decode("utf-8")  # lone surrogates print as '?'
            rep.failures.append((str(it["id"]), kind, shown, "; ".join(why)))
        else:
            rep.passed += 1
            rep.by_type[kind][0] += 1
    return rep


@dataclass(frozen=True)
class CurvePoint:
    """One threshold of a risk–coverage curve: the answers whose confidence reaches it, and how many of them are right."""

    threshold: float
    answered: int
    wrong: int
    coverage: float
    precision: float

    @property
    def risk(self) -> float:
        """Share of the kept answers that are wrong."""
        return 1.0 - self.precision


THRESHOLDS = tuple(i / 20 for i in range(21))


def risk_coverage(points: Iterable[tuple[float, bool]], thresholds: Iterable[float] = THRESHOLDS) -> list[CurvePoint]:
    """For each threshold, the answers (confidence, correct) kept at it: coverage = kept / all, precision = correct kept / kept."""
    pts = list(points)
    curve = []
    for th in thresholds:
        kept = [ok for conf, ok in pts if conf >= th]
        right = sum(kept)
        curve.append(CurvePoint(th, len(kept), len(kept) - right, len(kept) / len(pts) if pts else 0.0, right / len(kept) if kept else 1.0))
    return curve
