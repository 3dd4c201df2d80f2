"""The optional columns of a ledger as it is kept: lead and supporting units, progress, as-of date, remarks, others.

Beside the four columns every ledger has (``assistant/ledger.py``), a kept ledger often has a progress
column (进展情况 / 工作进展 / 完成情况 …), the day it is as of (截至时间 …), units split into 牵头单位 and
配合单位, 备注, and columns of its own (联系人, 联系电话 …). The header words are data
(``[columns]`` and ``[dates]`` in ``assistant/data/tables.toml``); this module finds those columns in a
header row, reads dates, and turns a row's optional cells into the fields of a task.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from assistant import rx

#: keys of the optional columns, in the order they are read
KINDS = ("lead", "supporting", "progress", "as_of", "remarks", "personal")


@dataclass(frozen=True)
class Column:
    """One optional column of a table: where it is, what it is (a key of :data:`KINDS`, or ``extra``), its header as written."""

    index: int
    kind: str
    header: str


@cache
def _data() -> dict:
    return tomllib.loads(resources.files("assistant.data").joinpath("tables.toml").read_text("utf-8"))


@cache
def _date_forms() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(f) for f in _data()["dates"]["forms"])


def _matches(cell: str, words: Iterable[str]) -> bool:
    core = rx.sub(r"[（(【\[].*$", "", cell)  # "进展情况（截至2026年10月31日）": the words before the bracket
    return any(core == w or (len(core) <= 8 and core.startswith(w)) for w in words)


def optional_columns(cells: Iterable[str], core: dict[str, int]) -> tuple[Column, ...]:
    """The optional columns of a header row whose four core columns are at ``core`` (role → index).

    A column that is none of the known kinds but has a header is ``extra`` (kept, shown to staff
    only); row numbers (序号) and headerless columns are left out. The unit column counts as the
    lead column when its own header says 牵头 or a supporting column exists.
    """
    words = _data()["columns"]
    taken = set(core.values())
    out: list[Column] = []
    seen: set[str] = set()
    for i, raw in enumerate(cells):
        cell = rx.sub(r"\s+", "", unicodedata.normalize("NFKC", raw or ""))
        if i in taken or not cell or _matches(cell, words["ignored"]):
            continue
        kind = next((k for k in KINDS if k not in seen and _matches(cell, words[k])), "extra")
        if kind not in ("extra", "personal"):  # several personal columns (联系人, 联系电话); one of each other kind
            seen.add(kind)
        out.append(Column(i, kind, cell))
    return tuple(out)


def lead_in_units_column(header: str, columns: tuple[Column, ...]) -> bool:
    """True when the core unit column (headed ``header``) holds the lead unit(s) only."""
    cell = rx.sub(r"\s+", "", unicodedata.normalize("NFKC", header or ""))
    return _matches(cell, _data()["columns"]["lead"]) or any(c.kind == "supporting" for c in columns)


def parse_date(text: str) -> dt.date | None:
    """The first date in ``text`` (``2026-10-31``, ``2026年10月31日``, ``2026.10.31``, ``2026年10月底`` → the month's last day)."""
    cell = unicodedata.normalize("NFKC", text or "")
    for form in _date_forms():
        m = form.search(cell)
        if not m:
            continue
        y, mo = int(m.group("y")), int(m.group("m"))
        if not 1 <= mo <= 12:
            continue
        last = calendar.monthrange(y, mo)[1]
        day = int(m.group("d")) if "d" in form.groupindex and m.group("d") else last
        if 1 <= day <= last:
            return dt.date(y, mo, day)
    return None


def title_date(lines: Iterable[str]) -> dt.date | None:
    """The as-of date a document's title or preamble states (“（截至2026年10月31日）”), or None."""
    cue = re.compile(_data()["dates"]["title_cue"])
    for line in lines:
        norm = unicodedata.normalize("NFKC", line)
        for m in cue.finditer(norm):
            if (d := parse_date(norm[m.end():m.end() + 16])) is not None:
                return d
    return None
