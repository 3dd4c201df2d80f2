"""The typed query: what a question asks of the ledger, as a small frozen record.

A :class:`Query` has a *target* (tasks, work measures, units, a count of them, a breakdown,
one field of one task, a comparison …) and a condition tree ``where`` of the records in
:mod:`assistant.filters` (re-exported here). Conditions are evaluated exactly over every
record — never by top-k — and each can say itself in plain Chinese and as JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.filters import (
    STATUS_WORDS,
    And,
    Cond,
    DeadlineIs,
    LedgerIn,
    MeasureIn,
    MeasureWith,
    Not,
    Or,
    StatusIs,
    TaskIn,
    TextHas,
    UnitCount,
    UnitIs,
    all_of,
    atoms,
    find,
    kind_of,
    select,
    shown,
)
from assistant.progress_query import ProgressHas, ProgressUpdated, Reported

__all__ = [
    "STATUS_WORDS", "And", "Cond", "DeadlineIs", "LedgerIn", "MeasureIn", "MeasureWith", "Not", "Or", "ProgressHas", "ProgressUpdated", "Query",
    "Reported", "StatusIs", "TaskIn", "TextHas", "UnitCount", "UnitIs", "all_of", "atoms", "cond_from_json", "find", "kind_of",
    "query_from_json", "select", "shown",
]


@dataclass(frozen=True)
class Query:
    """What a question asks.

    ``target``: ``tasks`` / ``measures`` / ``units`` (with ``count`` for “how many”),
    ``breakdown`` (counts grouped ``by`` deadline, unit, measure or status), one field of a task
    (``responsible``, ``deadline``, ``days_left``, ``measure_of``, ``which_task``), ``lookup``
    (extractive), ``compare`` (which of two tasks is due first), ``verify`` (a claim about a
    task, checked), ``figure`` (办电时限), ``changes``, ``status_summary``.
    ``refuse`` names a refusal reason; ``unparsed`` lists qualifiers the parser could not place.
    """

    question: str = ""
    target: str = "lookup"
    count: bool = False
    where: Cond | None = None
    by: str = ""
    every: bool = False
    #: measures target: (op, n) on the number of matching tasks, or "max"/"min" for 最多/最少
    size: tuple[str, int] | None = None
    #: max / min (最多 / 最少), earliest / latest / span (of deadlines); units target: "none" — the units with no matching task
    extreme: str = ""
    #: units target with ``extreme``: the N units with the most (fewest) tasks, ties at the N-th included (排前三)
    top: int = 0
    subject: str = ""
    #: several task descriptions in one question, each resolved on its own
    subjects: tuple[str, ...] = ()
    search_text: str = ""
    #: ledger terms for colloquial words of the question, searched with less weight
    expansion: str = ""
    #: the whole question's search text, tried when the asking clause alone finds nothing
    wider: str = ""
    content: tuple[str, ...] = ()
    refs: tuple[str, ...] = ()
    claim: Cond | None = None
    completion: bool = False
    followup: str = ""
    planted: bool = False
    #: an instruction to the assistant inside the message was ignored (the ledger question in it answered)
    instruction_ignored: bool = False
    #: a part of the message declined on its own (its class), the ledger question after it answered
    declined: str = ""
    #: the asking part of a message whose story was set aside: what is searched instead of the whole message
    asked: str = field(default="", compare=False)
    refuse: str | None = None
    refuse_detail: str = ""
    unparsed: tuple[str, ...] = ()
    #: a number of tasks the question claims ("是不是只有5项？"): checked against the exact count, never used as a condition
    claimed: int | None = None
    #: a follow-up that says how many items the list it points at has ("这10项里…"), when that is not so: (said, shown)
    list_claim: tuple[int, int] | None = None
    #: ``groups`` target: the condition of each group compared (counts and their difference)
    groups: tuple[Cond | None, ...] = ()
    #: one-character typos of named ledger terms that were corrected: (typed, term)
    corrected: tuple[tuple[str, str], ...] = ()
    #: clauses set aside as context (a story, politeness) because the asking part stands on its own
    context: tuple[str, ...] = ()
    #: how a list is ordered: "" (the ledger's order) or "deadline" (earliest first, 持续推进 last: 按截止时间先后)
    order: str = ""
    #: a field asked to be the same for every task of the list ("…的完成时限是不是都一样"): "deadline" or "responsible"
    same: str = ""
    #: the task the conversation is about (the previous answer's single task): among tasks found equally well
    #: by a follow-up's own words, this one is meant
    focus: str = field(default="", compare=False)

    def understood(self) -> list[dict[str, str]]:
        """How each part of the question was read: context set aside, each condition, the target, and any word
        not understood (``as``: context / condition / target / unknown / refusal)."""
        out = [{"text": c, "as": "context"} for c in self.context]
        out += [{"text": f"{typed} → {term}", "as": "corrected"} for typed, term in self.corrected]
        if self.refuse:
            out.append({"text": self.refuse_detail or self.refuse, "as": "refusal"})
            return out
        out += [{"text": a.words(), "as": "condition"} for a in (atoms(self.where) if self.where is not None else [])]
        for g in self.groups:
            out.append({"text": g.words() if g is not None else "全部任务", "as": "group"})
        if self.refs:
            out.append({"text": "任务 " + "、".join(self.refs), "as": "task"})
        if self.subject:
            out.append({"text": self.subject, "as": "subject (searched)"})
        what = {"tasks": "任务", "measures": "工作措施", "units": "责任单位", "breakdown": f"按{_BY_WORDS.get(self.by, '完成时限')}统计", "groups": "各组任务数及差值",
                "totals": "措施数与任务数", "responsible": "责任单位", "deadline": "完成时限", "days_left": "剩余天数", "measure_of": "所属工作措施",
                "which_task": "哪项任务", "lookup": "任务内容", "compare": "比较完成时限", "verify": "核对说法", "figure": "办电时限数字",
                "changes": "版本变化", "verify_measure": "核对措施的责任单位", "status_summary": "按时限的状态汇总", "meta": "关于本助手",
                "progress": "进展情况（原文）", "progress_list": "任务及其进展情况（原文）", "progress_changes": "进展情况的版本变化",
                "progress_summary": "进展情况栏填写情况"}.get(self.target, self.target)
        if self.order == "deadline":
            out.append({"text": "按完成时限先后排列", "as": "order"})
        if self.same:
            out.append({"text": f"{'完成时限' if self.same == 'deadline' else '责任单位'}是否都一样", "as": "target"})
        extreme = {"max": "（最多）", "min": "（最少）", "latest": "（完成时限最晚）", "earliest": "（完成时限最早）",
                   "span": "（完成时限最早与最晚）", "none": "（一项也没有的）"}.get(self.extreme, "")
        if self.top:
            extreme = f"（{'最多' if self.extreme == 'max' else '最少'}的前 {self.top} 个）"
        out.append({"text": ("数量：" if self.count else "") + what + extreme, "as": "target"})
        if self.followup:
            out.append({"text": self.followup, "as": "follow-up"})
        out += [{"text": w, "as": "unknown"} for w in self.unparsed]
        return out

    @property
    def collection(self) -> bool:
        """True for questions answered by exact filtering over every row."""
        return self.target in ("tasks", "measures", "units", "breakdown", "groups", "totals")

    def to_json(self) -> dict[str, Any]:
        """The structured query (documented in docs/answer-format.md)."""
        out: dict[str, Any] = {"target": self.target}
        if self.count:
            out["count"] = True
        if self.by:
            out["by"] = self.by
        if self.every:
            out["every"] = True
        if self.size:
            out["size"] = {"op": self.size[0], "n": self.size[1]}
        if self.extreme:
            out["extreme"] = self.extreme
        if self.top:
            out["top"] = self.top
        if self.order:
            out["order"] = self.order
        if self.same:
            out["same"] = self.same
        if self.where is not None:
            out["where"] = self.where.to_json()
        if self.claimed is not None:
            out["claimed_count"] = self.claimed
        if self.list_claim is not None:
            out["list_claim"] = {"said": self.list_claim[0], "shown": self.list_claim[1]}
        if self.groups:
            out["groups"] = [g.to_json() if g is not None else {} for g in self.groups]
        if self.subject:
            out["subject"] = self.subject
        if self.subjects:
            out["subjects"] = list(self.subjects)
        if self.refs:
            out["tasks"] = list(self.refs)
        if self.claim is not None:
            out["claim"] = self.claim.to_json()
        if self.followup:
            out["followup"] = self.followup
        if self.unparsed:
            out["unparsed"] = list(self.unparsed)
        if self.planted:
            out["planted_notice_ignored"] = True
        if self.instruction_ignored:
            out["instruction_ignored"] = True
        if self.declined:
            out["declined_part"] = self.declined
        out["understood"] = self.understood()
        if self.refuse:
            out["refuse"] = self.refuse
        return out



_BY_WORDS = {"deadline": "完成时限", "unit": "责任单位", "lead": "牵头单位", "measure": "工作措施", "status": "状态", "unit_count": "责任单位数量"}

COLLECTION_TARGETS = ("tasks", "measures", "units", "breakdown")
_YEAR_OPS = ("eq", "le", "lt", "ge", "gt")


def cond_from_json(obj: Any, ledger: Any) -> Cond:
    """The inverse of ``Cond.to_json``, validated against the ledger's vocabulary (ValueError when it is not).

    Used for queries that come from outside the parser (a model's structured output): every unit,
    measure, task, status and keyword must exist in the loaded ledger.
    """
    if not isinstance(obj, dict) or len(obj) < 1:
        raise ValueError(f"not a condition: {obj!r}"[:120])
    if "and" in obj or "or" in obj:
        items = obj.get("and", obj.get("or"))
        if not isinstance(items, list) or not items:
            raise ValueError("and/or needs a non-empty list")
        parts = tuple(cond_from_json(i, ledger) for i in items)
        return And(parts) if "and" in obj else Or(parts)
    if "not" in obj:
        return Not(cond_from_json(obj["not"], ledger))
    if "unit" in obj:
        units = tuple(obj["unit"]) if isinstance(obj["unit"], list) else (obj["unit"],)
        unknown = [u for u in units if u not in ledger.units]
        if unknown or not units or obj.get("mode", "has") not in ("has", "exactly", "lead", "others"):
            raise ValueError(f"unknown unit {unknown[:1] or units}")
        return UnitIs(units, obj.get("mode", "has"))
    if "unit_count" in obj:
        return UnitCount(int(obj["unit_count"]), _op(obj))
    if "deadline_year" in obj:
        years = {t.deadline.date.year for t in ledger.tasks if t.deadline.date}
        year = int(obj["deadline_year"])
        if not years or not min(years) - 5 <= year <= max(years) + 5:
            raise ValueError(f"year {year} is far outside the ledger")
        return DeadlineIs(year, _op(obj))
    if "status" in obj:
        if obj["status"] not in STATUS_WORDS:
            raise ValueError(f"unknown status {obj['status']!r}")
        return StatusIs(obj["status"])
    if "measure" in obj:
        nos = tuple(int(n) for n in (obj["measure"] if isinstance(obj["measure"], list) else [obj["measure"]]))
        found = [ledger.measure(n) for n in nos]
        if not nos or any(m is None for m in found):
            raise ValueError(f"unknown measure in {nos}")
        return MeasureIn(nos, tuple(m.title for m in found))
    if "text_contains" in obj or "text_starts" in obj:
        said = obj.get("text_contains", obj.get("text_starts"))
        terms = tuple(said) if isinstance(said, list) else (said,)
        if not terms or not all(isinstance(x, str) and x and any(x in t.text for t in ledger.tasks) for x in terms):
            raise ValueError("a keyword the ledger does not contain")
        return TextHas(terms[0], terms, start="text_starts" in obj)
    if "task" in obj:
        ids = tuple(obj["task"]) if isinstance(obj["task"], list) else (obj["task"],)
        if not ids or any(ledger.task(i) is None for i in ids):
            raise ValueError(f"unknown task in {ids}")
        return TaskIn(ids)
    raise ValueError(f"unknown condition {sorted(obj)[:3]}")


def _op(obj: dict[str, Any]) -> str:
    op = obj.get("op", "eq")
    if op not in _YEAR_OPS:
        raise ValueError(f"unknown op {op!r}")
    return str(op)


def query_from_json(obj: Any, ledger: Any, question: str = "") -> Query:
    """A list/count/measure/unit/breakdown query from its JSON form, validated (ValueError otherwise).

    Only collection targets are accepted: the rows are always selected and counted here, exactly.
    """
    if not isinstance(obj, dict) or obj.get("target") not in COLLECTION_TARGETS:
        raise ValueError("only tasks, measures, units or breakdown targets")
    by = obj.get("by", "")
    if obj["target"] == "breakdown" and by not in ("deadline", "unit", "measure", "status", "unit_count"):
        raise ValueError(f"unknown breakdown {by!r}")
    where = cond_from_json(obj["where"], ledger) if obj.get("where") is not None else None
    return Query(question=question, target=obj["target"], count=bool(obj.get("count")), where=where, by=by,
                 every=bool(obj.get("every")), extreme=obj.get("extreme", "") if obj.get("extreme") in ("max", "min") else "",
                 top=top if isinstance(top := obj.get("top", 0), int) and 0 <= top <= 100 else 0, followup="model")
