"""Time-limit figures (办电时限) read from the ledger's own sentences.

The ledger states limits as "<subject>不超过N个工作日" and adds
"重要用户分别再增加M个工作日" for the subjects of the same sentence; this module
turns those sentences into entries (including the worked-out totals for
重要用户) so a question can be matched to the right one.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant import rx
from assistant.records import Ledger

_LIMIT = rx.lazy(r"(?P<subject>[^，,、；;。]*?)(?:全过程(?:办电)?时长)?不超过(?P<n>\d+)个工作日")
_EXTRA = rx.lazy(r"(?P<who>[^，,、；;。]*?)分别再增加(?P<n>\d+)个工作日")
_DIMS = {
    "voltage": rx.lazy(r"低压|高压"),
    "sanling": rx.lazy(r"非三零|三零"),
    "line": rx.lazy(r"无外线|有外线"),
    "supply": rx.lazy(r"单电源|双电源"),
    "important": rx.lazy(r"重要(?:的)?(?:高压)?(?:单电源|双电源)?(?:的)?用户"),
}


@dataclass(frozen=True)
class Figure:
    """One time limit: who it applies to, the days, and how a total was worked out."""

    task_id: str
    label: str
    days: int
    base: int
    extra: int
    dims: tuple[tuple[str, str], ...]

    def sentence(self) -> str:
        """The limit in words, showing the addition for 重要用户."""
        if self.extra:
            return f"{self.label}：{self.base}个工作日再增加{self.extra}个工作日，合计不超过{self.days}个工作日"
        return f"{self.label}：不超过{self.days}个工作日"


def dims_of(text: str) -> dict[str, str]:
    """The categories (低压/高压, 三零/非三零, 有/无外线, 单/双电源, 重要用户) named in ``text``."""
    s = rx.sub(r"[“”\"'‘’]", "", text)
    return {k: "重要用户" if k == "important" else m.group(0) for k, p in _DIMS.items() if (m := p.search(s))}


def _label(dims: dict[str, str]) -> str:
    sanling = {"三零": "“三零”", "非三零": "非“三零”"}.get(dims.get("sanling", ""), "")
    label = f"{dims.get('voltage', '')}{sanling}{dims.get('supply', '')}用户"
    if "line" in dims:
        label += f"（{dims['line']}工程）"
    if "important" in dims:
        label += "中的重要用户"
    return label


def extract(ledger: Ledger) -> list[Figure]:
    """Every 办电时限 entry of the ledger, with 重要用户 totals worked out."""
    out: list[Figure] = []
    for task in ledger.tasks:
        for sentence in rx.split(r"[。；;]", task.text):
            group = dims_of(rx.split(r"[，,]", sentence)[0])
            entries: list[Figure] = []
            for m in _LIMIT.finditer(sentence):
                own = dims_of(m.group("subject"))
                group = {k: v for k, v in group.items() if k in ("voltage", "sanling")} | own
                dims = {**group, **own}
                n = int(m.group("n"))
                entries.append(Figure(task.id, _label(dims), n, n, 0, tuple(sorted(dims.items()))))
            out.extend(entries)
            for m in _EXTRA.finditer(sentence):
                if "重要用户" not in m.group("who"):
                    continue
                extra = int(m.group("n"))
                for e in entries:
                    dims = dict(e.dims) | {"important": "重要用户"}
                    out.append(Figure(e.task_id, _label(dims), e.days + extra, e.days, extra, tuple(sorted(dims.items()))))
    return out


def match(figures: list[Figure], question: str) -> list[Figure]:
    """The entries that agree with every category the question names, most specific first."""
    want = dims_of(question)
    if not want:
        return [f for f in figures if "important" not in dict(f.dims)] + [f for f in figures if "important" in dict(f.dims)]
    hits = []
    for f in figures:
        have = dict(f.dims)
        if any(have.get(k) not in (None, v) for k, v in want.items()):
            continue
        if "important" in have and "important" not in want:
            continue
        if "important" in want and "important" not in have:
            continue
        agree = sum(have.get(k) == v for k, v in want.items())
        if agree:
            hits.append((agree, f))
    if not hits:
        return []
    top = max(a for a, _ in hits)
    return [f for a, f in hits if a == top]
