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

FIELD_NAMES = {"measure": "工作措施", "units": "责任单位", "text": "具体任务", "deadline": "完成时限", "lead": "牵头单位",
               "progress": "进展情况", "remarks": "备注"}


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
        task = self.new or self.old
        assert task is not None
        return task.id


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
    if a.lead != b.lead and a.lead and b.lead:
        out.append(("lead", "、".join(a.lead), "、".join(b.lead)))
    if a.report is not None and b.report is not None and a.report.text != b.report.text:
        out.append(("progress", a.report.text, b.report.text))
    if a.remarks != b.remarks:
        out.append(("remarks", a.remarks, b.remarks))
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


#: characters of unchanged text kept around each edit in :func:`inline_diff`
CONTEXT = 10
#: texts up to this length are shown whole, old → new
SHORT = 24


def _ops(old: str, new: str) -> list[tuple[str, str, str]]:
    """Character-level (op, old part, new part), with edits separated by 1-2 equal characters merged into one."""
    sm = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    ops = [("equal" if op == "equal" else "edit", old[i1:i2], new[j1:j2]) for op, i1, i2, j1, j2 in sm.get_opcodes()]
    merged: list[tuple[str, str, str]] = []
    for op in ops:
        if (op[0] == "edit" and len(merged) >= 2 and merged[-1][0] == "equal" and len(merged[-1][1]) <= 2
                and merged[-2][0] == "edit"):
            eq, prev = merged.pop(), merged.pop()
            op = ("edit", prev[1] + eq[1] + op[1], prev[2] + eq[2] + op[2])
        if op[0] == "edit" and merged and merged[-1][0] == "edit":
            prev = merged.pop()
            op = ("edit", prev[1] + op[1], prev[2] + op[2])
        merged.append(op)
    return merged


def inline_diff(old: str, new: str, context: int = CONTEXT) -> str:
    """A compact character-level diff: ``…前文[-旧-]{+新+}后文…``.

    Every changed character is shown; unchanged text is cut to ``context`` characters
    around each edit (``…`` marks a cut).
    """
    if old == new:
        return old
    ops = _ops(old, new)
    out = []
    for k, (op, a, b) in enumerate(ops):
        if op == "edit":
            out.append((f"[-{a}-]" if a else "") + (f"{{+{b}+}}" if b else ""))
        elif k == 0:
            out.append("…" + a[-context:] if len(a) > context else a)
        elif k == len(ops) - 1:
            out.append(a[:context] + "…" if len(a) > context else a)
        else:
            out.append(a if len(a) <= 2 * context + 1 else a[:context] + "…" + a[-context:])
    return "".join(out)


def field_change(old: str, new: str) -> str:
    """``old → new`` for short values, else :func:`inline_diff`."""
    if len(old) <= SHORT and len(new) <= SHORT:
        return f"{old or '（空）'} → {new or '（空）'}"
    return inline_diff(old, new)


def describe(changes: list[Change]) -> list[str]:
    """One line per change, in Chinese; every changed field is shown in full or as a diff that marks each edit."""
    lines = []
    for c in changes:
        if c.kind == "added":
            assert c.new is not None
            lines.append(f"+ 新增任务 {c.new.id}：{c.new.text}（{'、'.join(c.new.units)}；{c.new.deadline.text}）")
        elif c.kind == "removed":
            assert c.old is not None
            lines.append(f"- 删除任务 {c.old.id}：{c.old.text}（{'、'.join(c.old.units)}；{c.old.deadline.text}）")
        else:
            assert c.old is not None and c.new is not None
            parts = []
            for name, a, b in c.fields:
                if name == "units":
                    before, after = set(a.split("、")), set(b.split("、"))
                    gained = "、".join(u for u in b.split("、") if u not in before)
                    lost = "、".join(u for u in a.split("、") if u not in after)
                    order = "" if gained or lost else f"顺序 {a} → {b}"
                    parts.append(f"责任单位 {('增加 ' + gained) if gained else ''}{'；' if gained and lost else ''}"
                                 f"{('减少 ' + lost) if lost else ''}{order}")
                else:
                    parts.append(f"{FIELD_NAMES[name]} {field_change(a, b)}")
            moved = f"（原 {c.old.id}）" if c.old.id != c.new.id else ""
            lines.append(f"~ 任务 {c.new.id}{moved}：" + "；".join(parts))
    return lines
