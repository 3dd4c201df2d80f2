"""The conditions a query selects tasks by, as small frozen records.

Atoms (unit relation, unit count, deadline, status, measure, a measure's own tasks, text contains, task id, ledger) and
:class:`And` / :class:`Or` / :class:`Not` over them. Each tests one task, says itself in plain Chinese and serialises to
JSON; :func:`select` evaluates a tree exactly over every record — never by top-k. :mod:`assistant.query` builds the
question's :class:`~assistant.query.Query` from them.
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
_SIZE_WORDS = {"eq": "正好", "gt": "多于", "lt": "少于", "ge": "至少", "le": "不超过"}


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


@dataclass(frozen=True)
class MeasureWith:
    """The task's work measure is one whose own tasks — all of them (``every``), or as many as ``size`` says — meet
    ``inner`` ("所有任务时限都是2027年底前的那条措施" / "任务不超过3项的工作措施里"). ``nos`` are those measures, found
    over the ledger when the question was read (a measure's tasks are known only with the ledger)."""

    nos: tuple[int, ...]
    inner: Cond | None = None
    every: bool = False
    size: tuple[str, int] | None = None
    ledger: str = ""
    kind: ClassVar[str] = "measure_with"

    def test(self, t: Task, today: dt.date) -> bool:
        return t.measure_no in self.nos and (not self.ledger or t.ledger == self.ledger)

    def words(self, negated: bool = False) -> str:
        said = []
        if self.inner is not None:
            said.append(("全部任务" if self.every else "有任务") + self.inner.words())
        if self.size is not None:
            op, n = self.size
            said.append(f"任务{_SIZE_WORDS[op]}{n}项")
        which = "、".join(f"第{n}项" for n in self.nos) or "没有"
        return f"{'不' if negated else ''}属于{'且'.join(said)}的工作措施（{which}）"

    def to_json(self) -> dict[str, Any]:
        rule: dict[str, Any] = {}
        if self.inner is not None:
            rule["every" if self.every else "some"] = self.inner.to_json()
        if self.size is not None:
            rule["size"] = list(self.size)
        return {"measure_with": rule, "measures": list(self.nos), **({"ledger": self.ledger} if self.ledger else {})}


Cond = UnitIs | UnitCount | DeadlineIs | StatusIs | MeasureIn | MeasureWith | TextHas | TaskIn | LedgerIn | ProgressHas | Reported | ProgressUpdated | And | Or | Not



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


def _folded(t: Task) -> str:
    from assistant.text import normalize

    folded = _FOLD.get(t.text)
    if folded is None:  # normalised once per text (setdefault would normalise on every call)
        folded = _FOLD[t.text] = normalize(t.text).replace("“", "").replace("”", "")
    return folded


_FOLD: dict[str, str] = {}
