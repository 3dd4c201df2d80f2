"""The typed query: what a question asks of the ledger, as small frozen records.

A :class:`Query` has a *target* (tasks, work measures, units, a count of them, a breakdown,
one field of one task, a comparison …) and a condition tree ``where`` made of
:class:`And` / :class:`Or` / :class:`Not` over atoms (unit relation, deadline, status,
measure, text contains, task id, ledger). Conditions are evaluated exactly over every
record — never by top-k — and each can say itself in plain Chinese and as JSON.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, ClassVar

from assistant.progress_query import ProgressHas, ProgressUpdated, Reported
from assistant.records import Task

STATUS_WORDS = {
    "past": "按今天已过完成时限",
    "due_this_year": "今年到期",
    "not_due": "按今天完成时限还没到",
    "ongoing": "持续推进（无固定期限）",
    "dated": "有明确年份的完成时限（不含持续推进）",
}
_OPS = {"eq": "", "le": "及以前", "lt": "以前（不含）", "ge": "及以后", "gt": "以后"}


@dataclass(frozen=True)
class UnitIs:
    """Unit relation: every named unit takes part (``has``), the task's units are exactly these (``exactly``), some
    unit other than these takes part (``others``), or the unit leads the task (``lead``: the 牵头单位 column when the
    ledger has one, else listed first in the unit cell)."""

    units: tuple[str, ...]
    mode: str = "has"
    kind: ClassVar[str] = "unit"

    def test(self, t: Task, today: dt.date) -> bool:
        if self.mode == "exactly":
            return set(t.units) == set(self.units)
        if self.mode == "others":
            return any(u not in self.units for u in t.units)
        if self.mode == "lead":
            return any(u in self.units for u in t.leads)
        return all(u in t.units for u in self.units)

    def words(self, negated: bool = False) -> str:
        names = "、".join(self.units)
        if self.mode == "lead":
            return f"牵头单位{'不是' if negated else '为'}{names}（责任单位中排第一）"
        if self.mode == "others":
            return f"{names}以外{'没有' if negated else '还有'}其他单位参与"
        if self.mode == "exactly":
            core = f"责任单位只有{names}" if len(self.units) == 1 else f"责任单位只有{names}这{len(self.units)}家"
            return ("不是" + core) if negated else core
        if negated:
            return f"没有{names}参与" if len(self.units) == 1 else f"不是{names}都参与"
        return f"{names}参与" if len(self.units) == 1 else f"{names}都参与"

    def to_json(self) -> dict[str, Any]:
        return {"unit": list(self.units), "mode": self.mode}


@dataclass(frozen=True)
class UnitCount:
    """How many responsible units the task has (``eq``/``ge``/``gt``/``le``/``lt`` ``n``)."""

    n: int
    op: str = "eq"
    kind: ClassVar[str] = "unit_count"

    def test(self, t: Task, today: dt.date) -> bool:
        k = len(t.units)
        return {"eq": k == self.n, "le": k <= self.n, "lt": k < self.n, "ge": k >= self.n, "gt": k > self.n}[self.op]

    def words(self, negated: bool = False) -> str:
        rel = {"eq": "", "le": "不超过", "lt": "少于", "ge": "至少", "gt": "多于"}[self.op]
        return f"责任单位{'不是' if negated else ''}{rel}{self.n}家"

    def to_json(self) -> dict[str, Any]:
        return {"unit_count": self.n, "op": self.op}


@dataclass(frozen=True)
class DeadlineIs:
    """Deadline year relation (``eq`` is the ledger's “YYYY年底前”); ongoing tasks never match a year."""

    year: int
    op: str = "eq"
    kind: ClassVar[str] = "deadline"

    def test(self, t: Task, today: dt.date) -> bool:
        d = t.deadline.date
        if d is None:
            return False
        y = d.year
        return {"eq": y == self.year, "le": y <= self.year, "lt": y < self.year, "ge": y >= self.year, "gt": y > self.year}[self.op]

    def words(self, negated: bool = False) -> str:
        core = f"完成时限{'在' if self.op != 'eq' else '为'}{self.year}年底前" if self.op == "eq" else f"完成时限在{self.year}年{_OPS[self.op]}"
        return ("不是" + core.removeprefix("完成时限为")) if negated and self.op == "eq" else (("不满足：" + core) if negated else core)

    def to_json(self) -> dict[str, Any]:
        return {"deadline_year": self.year, "op": self.op}


@dataclass(frozen=True)
class StatusIs:
    """Status of the deadline relative to today (the ledger records deadlines, not completion)."""

    status: str
    said: str = field(default="", compare=False)
    kind: ClassVar[str] = "status"

    def test(self, t: Task, today: dt.date) -> bool:
        st = t.deadline.status(today)
        if self.status == "not_due":
            return st in ("not_due", "due_this_year")
        if self.status == "dated":
            return st != "ongoing"
        return st == self.status

    def words(self, negated: bool = False) -> str:
        return ("不是" if negated else "") + STATUS_WORDS[self.status]

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status}


@dataclass(frozen=True)
class MeasureIn:
    """The task belongs to one of these work measures (numbers; ``ledger`` when several are loaded)."""

    nos: tuple[int, ...]
    titles: tuple[str, ...] = ()
    ledger: str = ""
    kind: ClassVar[str] = "measure"

    def test(self, t: Task, today: dt.date) -> bool:
        return t.measure_no in self.nos and (not self.ledger or t.ledger == self.ledger)

    def words(self, negated: bool = False) -> str:
        named = "、".join(f"第{n}项“{title}”" if title else f"第{n}项" for n, title in zip(self.nos, self.titles or ("",) * len(self.nos), strict=False))
        return f"{'不' if negated else ''}属于工作措施{named}"

    def to_json(self) -> dict[str, Any]:
        return {"measure": list(self.nos), **({"ledger": self.ledger} if self.ledger else {})}


@dataclass(frozen=True)
class TextHas:
    """The task text contains the keyword or one of its synonyms (a measure's title is matched by :class:`MeasureIn`)."""

    label: str
    terms: tuple[str, ...]
    #: read from the question's structure ("充电设施的任务"), not framed by 提到/涉及/quotes:
    #: an empty result with such a keyword is not stated as fact
    implicit: bool = field(default=False, compare=False)
    #: the word as typed when it was corrected to a ledger term (人工只能 → 人工智能)
    typed: str = field(default="", compare=False)
    #: the text begins with the keyword ("以“探索”开头的")
    start: bool = False
    kind: ClassVar[str] = "text"

    def test(self, t: Task, today: dt.date) -> bool:
        hay = _folded(t)
        if self.start:
            return any(hay.startswith(term) for term in self.terms)
        return any(term in hay for term in self.terms)

    def words(self, negated: bool = False) -> str:
        if self.start:
            return f"内容{'不' if negated else ''}以“{self.label}”开头"
        extra = [x for x in self.terms if x != self.label]
        syn = f"（含{'、'.join(extra[:3])}）" if extra else ""
        typed = f"（您写的是“{self.typed}”）" if self.typed else ""
        return f"{'没有' if negated else ''}提到“{self.label}”{typed}{syn}"

    def to_json(self) -> dict[str, Any]:
        return {"text_starts": list(self.terms)} if self.start else {"text_contains": list(self.terms)}


@dataclass(frozen=True)
class TaskIn:
    """One of these tasks (by id)."""

    ids: tuple[str, ...]
    kind: ClassVar[str] = "task"

    def test(self, t: Task, today: dt.date) -> bool:
        return t.id in self.ids

    def words(self, negated: bool = False) -> str:
        return f"{'不是' if negated else ''}任务 {'、'.join(self.ids)}"

    def to_json(self) -> dict[str, Any]:
        return {"task": list(self.ids)}


@dataclass(frozen=True)
class LedgerIn:
    """The task comes from one of these ledger documents."""

    ids: tuple[str, ...]
    titles: tuple[str, ...] = ()
    kind: ClassVar[str] = "ledger"

    def test(self, t: Task, today: dt.date) -> bool:
        return t.ledger in self.ids

    def words(self, negated: bool = False) -> str:
        names = "、".join(f"《{title}》" if title else i for i, title in zip(self.ids, self.titles or ("",) * len(self.ids), strict=False))
        return f"{'不' if negated else ''}在{names}中"

    def to_json(self) -> dict[str, Any]:
        return {"ledger": list(self.ids)}


@dataclass(frozen=True)
class And:
    """Every item holds."""

    items: tuple[Cond, ...]
    kind: ClassVar[str] = "and"

    def test(self, t: Task, today: dt.date) -> bool:
        return all(c.test(t, today) for c in self.items)

    def words(self, negated: bool = False) -> str:
        inner = "；".join(c.words() for c in self.items)
        return f"并非同时满足（{inner}）" if negated else inner

    def to_json(self) -> dict[str, Any]:
        return {"and": [c.to_json() for c in self.items]}


@dataclass(frozen=True)
class Or:
    """At least one item holds."""

    items: tuple[Cond, ...]
    kind: ClassVar[str] = "or"

    def test(self, t: Task, today: dt.date) -> bool:
        return any(c.test(t, today) for c in self.items)

    def words(self, negated: bool = False) -> str:
        inner = "，或".join(c.words() for c in self.items)
        return f"既不（{inner}）" if negated else f"（{inner}）"

    def to_json(self) -> dict[str, Any]:
        return {"or": [c.to_json() for c in self.items]}


@dataclass(frozen=True)
class Not:
    """The item does not hold."""

    item: Cond
    kind: ClassVar[str] = "not"

    def test(self, t: Task, today: dt.date) -> bool:
        return not self.item.test(t, today)

    def words(self, negated: bool = False) -> str:
        return self.item.words() if negated else self.item.words(negated=True)

    def to_json(self) -> dict[str, Any]:
        return {"not": self.item.to_json()}


Cond = UnitIs | UnitCount | DeadlineIs | StatusIs | MeasureIn | TextHas | TaskIn | LedgerIn | ProgressHas | Reported | ProgressUpdated | And | Or | Not


def all_of(items: list[Cond] | tuple[Cond, ...]) -> Cond | None:
    """``And`` of the items, flattened; None for no items, the item itself for one."""
    flat: list[Cond] = []
    for c in items:
        if c is None:
            continue
        flat.extend(c.items if isinstance(c, And) else (c,))
    if not flat:
        return None
    return flat[0] if len(flat) == 1 else And(tuple(dict.fromkeys(flat)))


def atoms(c: Cond | None) -> list[Cond]:
    """The top-level conjuncts of a condition."""
    if c is None:
        return []
    return list(c.items) if isinstance(c, And) else [c]


def kind_of(c: Cond) -> str:
    """The atom kind a conjunct constrains (``not``/``or`` look inside)."""
    if isinstance(c, Not):
        return kind_of(c.item)
    if isinstance(c, Or) and c.items and len({kind_of(i) for i in c.items}) == 1:
        return kind_of(c.items[0])
    return c.kind


def find(c: Cond | None, cls: type | tuple[type, ...]) -> list[Any]:
    """Every atom of class ``cls`` anywhere in the tree."""
    if c is None:
        return []
    if isinstance(c, cls):
        return [c]
    if isinstance(c, (And, Or)):
        return [x for i in c.items for x in find(i, cls)]
    if isinstance(c, Not):
        return find(c.item, cls)
    return []


def shown(c: Cond | None, in_ledger: Any) -> Cond | None:
    """``c`` for display: a keyword the ledger never uses is not repeated back (a person may have planted it)."""
    if c is None:
        return None
    if isinstance(c, TextHas):
        return c if any(in_ledger(t) for t in c.terms) else TextHas("（您给出的词语）", ("（您给出的词语）",))
    if isinstance(c, And):
        return And(tuple(shown(i, in_ledger) for i in c.items))  # type: ignore[misc]
    if isinstance(c, Or):
        return Or(tuple(shown(i, in_ledger) for i in c.items))  # type: ignore[misc]
    if isinstance(c, Not):
        return Not(shown(c.item, in_ledger))  # type: ignore[arg-type]
    return c


def select(tasks: tuple[Task, ...] | list[Task], where: Cond | None, today: dt.date) -> list[Task]:
    """Every task that satisfies ``where``, in ledger order (all tasks when ``where`` is None)."""
    return [t for t in tasks if where is None or where.test(t, today)]


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
        extreme = {"max": "（最多）", "min": "（最少）", "latest": "（完成时限最晚）", "earliest": "（完成时限最早）",
                   "span": "（完成时限最早与最晚）"}.get(self.extreme, "")
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


def _folded(t: Task) -> str:
    from assistant.text import normalize

    folded = _FOLD.get(t.text)
    if folded is None:  # normalised once per text (setdefault would normalise on every call)
        folded = _FOLD[t.text] = normalize(t.text).replace("“", "").replace("”", "")
    return folded


_FOLD: dict[str, str] = {}


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
