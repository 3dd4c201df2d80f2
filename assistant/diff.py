"""Record-level differences between two versions of a ledger.

Tasks are aligned within each measure (by number) on their text, so inserting
or removing a row does not make every later row look changed: equal texts
match, edited texts pair up when they are still alike, the rest are added or
removed. Paired tasks report each changed field.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from assistant.records import Ledger, Task

FIELD_NAMES = {"measure": "工作措施", "units": "责任单位", "text": "具体任务", "deadline": "完成时限"}


@dataclass(frozen=True)
class Change:
    """One added, removed or changed task; ``fields`` holds (field, old, new) for a change."""

    kind: str
    old: Task | None
    new: Task | None
    fields: tuple[tuple[str, str, str], ...] = ()

    @property
    def task_id(self) -> str:
        """The id in the new version (the old one for a removal)."""
        return (self.new or self.old).id  # type: ignore[union-attr]


def _fields(a: Task, b: Task) -> tuple[tuple[str, str, str], ...]:
    out = []
    if a.measure_title != b.measure_title:
        out.append(("measure", a.measure_title, b.measure_title))
    if a.units != b.units:
        out.append(("units", "、".join(a.units), "、".join(b.units)))
    if a.text != b.text:
        out.append(("text", a.text, b.text))
    if a.deadline.text != b.deadline.text:
        out.append(("deadline", a.deadline.text, b.deadline.text))
    return tuple(out)


def _align(old: list[Task], new: list[Task]) -> list[Change]:
    out: list[Change] = []
    sm = difflib.SequenceMatcher(a=[t.text for t in old], b=[t.text for t in new], autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        a, b = old[i1:i2], new[j1:j2]
        if op == "equal":
            pairs = list(zip(a, b, strict=True))
        else:
            pairs, used = [], set()
            for x in a:
                best = max(((difflib.SequenceMatcher(a=x.text, b=y.text).ratio(), k) for k, y in enumerate(b) if k not in used), default=(0, -1))
                if best[0] >= 0.5:
                    used.add(best[1])
                    pairs.append((x, b[best[1]]))
                else:
                    out.append(Change("removed", x, None))
            out += [Change("added", None, y) for k, y in enumerate(b) if k not in used]
        for x, y in pairs:
            if f := _fields(x, y):
                out.append(Change("changed", x, y, f))
    return out


def diff_ledgers(old: Ledger, new: Ledger) -> list[Change]:
    """Every added, removed and changed task from ``old`` to ``new``, in the new ledger's order."""
    nos = sorted({t.measure_no for t in old.tasks} | {t.measure_no for t in new.tasks})
    changes: list[Change] = []
    for no in nos:
        changes += _align([t for t in old.tasks if t.measure_no == no], [t for t in new.tasks if t.measure_no == no])
    return changes


def describe(changes: list[Change]) -> list[str]:
    """One line per change, in Chinese."""
    lines = []
    for c in changes:
        if c.kind == "added":
            lines.append(f"+ 新增任务 {c.new.id}：{c.new.text[:60]}（{'、'.join(c.new.units)}；{c.new.deadline.text}）")  # type: ignore[union-attr]
        elif c.kind == "removed":
            lines.append(f"- 删除任务 {c.old.id}：{c.old.text[:60]}")  # type: ignore[union-attr]
        else:
            parts = []
            for name, a, b in c.fields:
                if name == "units":
                    before, after = set(a.split("、")), set(b.split("、"))
                    gained = "、".join(u for u in b.split("、") if u not in before)
                    lost = "、".join(u for u in a.split("、") if u not in after)
                    parts.append(f"责任单位 {('增加 ' + gained) if gained else ''}{'；' if gained and lost else ''}{('减少 ' + lost) if lost else ''}")
                elif name == "text":
                    parts.append(f"任务内容改为“{b[:60]}”")
                else:
                    parts.append(f"{FIELD_NAMES[name]} {a} → {b}")
            moved = f"（原 {c.old.id}）" if c.old.id != c.new.id else ""  # type: ignore[union-attr]
            lines.append(f"~ 任务 {c.new.id}{moved}：" + "；".join(parts))  # type: ignore[union-attr]
    return lines
