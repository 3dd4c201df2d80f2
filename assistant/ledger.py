"""Parse a ledger document into a :class:`~assistant.records.Ledger`.

The seed format is the text export of a Word table: every table row is four
tab-indented cells (工作措施, 责任单位, 具体任务, 完成时限) followed by a blank
line. Continuation rows leave the measure and unit cells empty because they
were merged in Word; they inherit from the row above.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from assistant.errors import LedgerFormatError
from assistant.records import Deadline, Ledger, Measure, Task

HEADER = ("工作措施", "责任单位", "具体任务", "完成时限")
_MEASURE = re.compile(r"^(\d{1,4})\s*[.．、]\s*(\S.*)$")
_UNIT_SPLIT = re.compile(r"[、，,；;]")
# Characters that are invisible in an editor but break matching.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad]")


@dataclass(frozen=True)
class _Form:
    pattern: re.Pattern[str]
    kind: str


@cache
def _deadline_forms() -> tuple[_Form, ...]:
    raw = tomllib.loads(resources.files("assistant.data").joinpath("deadlines.toml").read_text("utf-8"))
    return tuple(_Form(re.compile(f["pattern"]), f["date"]) for f in raw["form"])


def parse_deadline(text: str) -> Deadline | None:
    """Normalise a deadline cell (``2025年底前`` → 2025-12-31); None if the form is unknown."""
    cell = unicodedata.normalize("NFKC", text).strip()
    for form in _deadline_forms():
        m = form.pattern.match(cell)
        if not m:
            continue
        if form.kind == "ongoing":
            return Deadline(cell, None)
        year = int(m.group("y"))
        if form.kind == "end_of_year":
            return Deadline(cell, dt.date(year, 12, 31))
        if form.kind == "mid_year":
            return Deadline(cell, dt.date(year, 6, 30))
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None
        return Deadline(cell, dt.date(year, month, calendar.monthrange(year, month)[1]))
    return None


def split_units(cell: str) -> tuple[str, ...]:
    """Split a responsible-unit cell on 、 (and stray commas) into unit names."""
    return tuple(u.strip() for u in _UNIT_SPLIT.split(cell) if u.strip())


def read_text(path: Path) -> str:
    """Read a UTF-8 document, with a clear error for any other encoding."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise LedgerFormatError(str(path), None, f"cannot read the file ({err.strerror})") from err
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise LedgerFormatError(str(path), line, "not valid UTF-8 text; save the file as UTF-8") from err


def parse_text(text: str, source: str = "<text>") -> Ledger:
    """Parse the tab-indented text export of a ledger table.

    Raises :class:`LedgerFormatError` naming the line of the first problem;
    nothing is silently dropped.
    """
    lines = text.splitlines()
    title = ""
    rows: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    header_seen = False
    for no, raw in enumerate(lines, start=1):
        if "\x00" in raw:
            raise LedgerFormatError(source, no, "contains a NUL byte; the file is not a text export")
        line = _INVISIBLE.sub("", raw)
        if not line.startswith("\t"):
            if line.strip() and current:
                raise LedgerFormatError(source, no, "a table cell must start with a tab")
            if current:
                rows.append((start, current))
                current = []
            if line.strip() and not header_seen and "台账" in line:
                title = line.strip()
            elif line.strip() and header_seen:
                raise LedgerFormatError(source, no, "text outside the table after the header row")
            continue
        if not current:
            start = no
        current.append(line[1:].strip())
        if len(current) == 4 and not header_seen:
            if tuple(current) != HEADER:
                raise LedgerFormatError(source, start, f"expected the header row {'/'.join(HEADER)}")
            header_seen = True
            current = []
    if current:
        rows.append((start, current))
    if not header_seen:
        raise LedgerFormatError(source, None, f"no header row {'/'.join(HEADER)} found")
    return _build(rows, title or Path(source).stem, source)


def _build(rows: list[tuple[int, list[str]]], title: str, source: str) -> Ledger:
    measures: list[Measure] = []
    tasks: list[Task] = []
    cur_no, cur_title, cur_units = 0, "", ()
    cur_ids: list[str] = []

    def close() -> None:
        if cur_no:
            measures.append(Measure(cur_no, cur_title, cur_units, tuple(cur_ids)))

    for line, cells in rows:
        if len(cells) != 4:
            raise LedgerFormatError(source, line, f"a row needs 4 cells (measure, units, task, deadline), found {len(cells)}")
        measure_cell, unit_cell, task_cell, deadline_cell = cells
        if measure_cell:
            m = _MEASURE.match(measure_cell)
            if not m:
                raise LedgerFormatError(source, line, f"measure cell '{measure_cell[:20]}' does not start with its number (e.g. '1.')")
            no = int(m.group(1))
            if any(x.no == no for x in measures) or no == cur_no:
                raise LedgerFormatError(source, line, f"measure {no} appears twice")
            close()
            cur_no, cur_title, cur_ids = no, m.group(2).strip(), []
            if not unit_cell:
                raise LedgerFormatError(source, line, f"measure {no} has no responsible unit")
            cur_units = split_units(unit_cell)
        elif not cur_no:
            raise LedgerFormatError(source, line, "the first row has no measure")
        elif unit_cell:
            cur_units = split_units(unit_cell)
        if not task_cell:
            raise LedgerFormatError(source, line + 2, "the task cell is empty")
        if not deadline_cell:
            raise LedgerFormatError(source, line + 3, "the deadline cell is empty")
        deadline = parse_deadline(deadline_cell)
        if deadline is None:
            raise LedgerFormatError(source, line + 3, f"unknown deadline form '{deadline_cell}' (known: 2025年底前, 2026年6月底前, 持续推进 …)")
        task_id = f"{cur_no}.{len(cur_ids) + 1}"
        cur_ids.append(task_id)
        tasks.append(Task(task_id, cur_no, cur_title, len(cur_ids), cur_units, task_cell, deadline, line))
    close()
    if not tasks:
        raise LedgerFormatError(source, None, "the table has a header but no task rows")
    return Ledger(title=title, source=source, measures=tuple(measures), tasks=tuple(tasks))


def load(path: str | Path) -> Ledger:
    """Parse a ledger file (currently the tab-indented text export)."""
    p = Path(path)
    return parse_text(read_text(p), str(p))


def load_corpus(corpus_dir: str | Path) -> Ledger:
    """Load the ledger document of a corpus folder (the one ``*.txt`` file it holds)."""
    d = Path(corpus_dir)
    files = sorted(d.glob("*.txt")) if d.is_dir() else []
    if not files:
        raise LedgerFormatError(str(d), None, "no ledger (*.txt) found in the corpus folder")
    if len(files) > 1:
        raise LedgerFormatError(str(d), None, f"{len(files)} ledgers found; keep one *.txt per corpus folder")
    return load(files[0])
