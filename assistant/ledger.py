"""Read ledger documents (text export, Word .docx, Excel .xlsx) into :class:`~assistant.records.Ledger`.

Each format has a reader that yields the table's rows as cells with their
location; one builder turns rows into records. The header row is found by its
cells (工作措施/责任单位/具体任务/完成时限 and the variants in
``assistant/data/tables.toml``), so extra or reordered columns are fine. Merged
cells come back empty (text export, Excel) or repeated (Word) and inherit from
the row above; multi-line cells are joined; invisible characters are removed
and reported. Any problem raises :class:`LedgerFormatError` naming file and row,
and nothing is silently dropped.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from assistant.errors import LedgerFormatError
from assistant.records import Deadline, Ledger, Measure, Task

HEADER = ("工作措施", "责任单位", "具体任务", "完成时限")
ROLES = ("measure", "units", "task", "deadline")
SUFFIXES = (".txt", ".docx", ".xlsx")
_MEASURE = re.compile(r"^(\d{1,4})\s*[.．、]\s*(\S.*)$")
_UNIT_SPLIT = re.compile(r"[、，,；;\n]")
# Characters that are invisible in an editor but break matching.
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


@dataclass(frozen=True)
class _Form:
    pattern: re.Pattern[str]
    kind: str


@dataclass(frozen=True)
class Row:
    """One table row as read from a document: its cells and where it is."""

    where: str
    line: int | None
    cells: tuple[str, ...]
    cell_lines: tuple[int | None, ...] = ()


@dataclass(frozen=True)
class Table:
    """A document's ledger table: title, the rows after the header, and reader warnings."""

    source: str
    title: str
    preamble: str
    rows: tuple[Row, ...]
    warnings: tuple[str, ...] = ()


@cache
def _deadline_forms() -> tuple[_Form, ...]:
    raw = tomllib.loads(resources.files("assistant.data").joinpath("deadlines.toml").read_text("utf-8"))
    return tuple(_Form(re.compile(f["pattern"]), f["date"]) for f in raw["form"])


@cache
def _header_words() -> dict[str, tuple[str, ...]]:
    raw = tomllib.loads(resources.files("assistant.data").joinpath("tables.toml").read_text("utf-8"))
    return {role: tuple(raw[role]) for role in ROLES}


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
    """Split a responsible-unit cell on 、 (and stray commas or line breaks) into unit names."""
    return tuple(u.strip() for u in _UNIT_SPLIT.split(cell) if u.strip())


def join_lines(text: str) -> str:
    """Join a multi-line cell: no space between Chinese fragments, one space between Latin ones."""
    parts = [p.strip() for p in text.replace("\r", "\n").split("\n") if p.strip()]
    out = ""
    for p in parts:
        if out and not (_CJK.search(out[-1]) or _CJK.search(p[0])):
            out += " "
        out += p
    return out


def header_roles(cells: Iterable[str]) -> dict[str, int] | None:
    """Column index of each role when ``cells`` is a header row, else None."""
    words = _header_words()
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        c = re.sub(r"\s+", "", cell or "")
        for role in ROLES:
            if role not in found and any(c == w or (len(c) <= 8 and c.startswith(w)) for w in words[role]):
                found[role] = i
                break
    return found if len(found) == len(ROLES) else None


def _clean(cell: str, where: str, warnings: list[str]) -> str:
    n = len(_INVISIBLE.findall(cell))
    if n:
        warnings.append(f"{where}: removed {n} hidden character(s)")
    return join_lines(_INVISIBLE.sub("", cell))


# ------------------------------------------------------------------ readers
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


def text_table(text: str, source: str = "<text>") -> Table:
    """Rows of the tab-indented text export: each cell a line starting with a tab, rows separated by blank lines."""
    warnings: list[str] = []
    preamble: list[str] = []
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for no, raw in enumerate(text.splitlines(), start=1):
        if "\x00" in raw:
            raise LedgerFormatError(source, no, "contains a NUL byte; the file is not a text export")
        if raw.startswith("\t"):
            current.append((no, raw[1:]))
            continue
        if raw.strip():
            if current or blocks:
                raise LedgerFormatError(source, no, "a table cell must start with a tab")
            preamble.append(raw.strip())
        if current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    header_at = next((i for i, b in enumerate(blocks) if header_roles(c for _, c in b)), None)
    if header_at is None:
        raise LedgerFormatError(source, None, f"no header row {'/'.join(HEADER)} found")
    roles = header_roles(c for _, c in blocks[header_at])
    assert roles is not None
    width = len(blocks[header_at])
    rows = []
    for b in blocks[header_at + 1 :]:
        if len(b) != width:
            raise LedgerFormatError(source, b[0][0], f"a row needs {width} cells (measure, units, task, deadline), found {len(b)}")
        cells = tuple(_clean(b[roles[r]][1], f"{source}:{b[roles[r]][0]}", warnings) for r in ROLES)
        rows.append(Row(f"{source}:{b[0][0]}", b[0][0], cells, tuple(b[roles[r]][0] for r in ROLES)))
    return Table(source, _title(preamble, source), " ".join(preamble), tuple(rows), tuple(warnings))


def docx_table(path: Path) -> Table:
    """Rows of the first table in a Word document whose header names the four columns."""
    try:
        import docx
    except ImportError as err:  # pragma: no cover - core dependency
        from assistant.errors import BackendUnavailable

        raise BackendUnavailable("reading .docx needs python-docx: pip install python-docx") from err
    try:
        document = docx.Document(str(path))
    except Exception as err:
        raise LedgerFormatError(str(path), None, f"not a readable Word document ({type(err).__name__})") from err
    preamble = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    warnings: list[str] = []
    for ti, table in enumerate(document.tables, start=1):
        # A vertically merged cell comes back as the same cell element on every row it spans;
        # read its continuation rows as empty, like the text export does.
        grid: list[list[str]] = []
        above: list[Any] = []
        for row in table.rows:
            cells = list(row.cells)
            grid.append(["" if i < len(above) and c._tc is above[i] else c.text for i, c in enumerate(cells)])
            above = [c._tc for c in cells]
        for hi, cells in enumerate(grid):
            roles = header_roles(cells)
            if roles is None:
                continue
            rows = []
            for ri, cells2 in enumerate(grid[hi + 1 :], start=hi + 2):
                where = f"{path} table {ti} row {ri}"
                if not any(c.strip() for c in cells2):
                    continue
                rows.append(Row(where, None, tuple(_clean(cells2[roles[r]], where, warnings) for r in ROLES)))
            return Table(str(path), _title(preamble, str(path)), " ".join(preamble), tuple(rows), tuple(warnings))
    raise LedgerFormatError(str(path), None, f"no table with a recognisable header ({'/'.join(HEADER)})")


def xlsx_table(path: Path) -> Table:
    """Rows of the first visible sheet whose header names the four columns (merged cells read as empty)."""
    try:
        import openpyxl
    except ImportError as err:  # pragma: no cover - core dependency
        from assistant.errors import BackendUnavailable

        raise BackendUnavailable("reading .xlsx needs openpyxl: pip install openpyxl") from err
    try:
        wb = openpyxl.load_workbook(str(path), data_only=True)
    except Exception as err:
        raise LedgerFormatError(str(path), None, f"not a readable Excel workbook ({type(err).__name__})") from err
    warnings: list[str] = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            warnings.append(f"{path} sheet '{ws.title}': hidden sheet skipped")
            continue
        grid = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
        for hi, cells in enumerate(grid):
            roles = header_roles(cells)
            if roles is None:
                continue
            preamble = [c.strip() for row in grid[:hi] for c in row if c.strip()]
            rows = []
            for ri, cells2 in enumerate(grid[hi + 1 :], start=hi + 2):
                where = f"{path} sheet '{ws.title}' row {ri}"
                cells2 = cells2 + [""] * (max(roles.values()) + 1 - len(cells2))
                if not any(c.strip() for c in cells2):
                    continue
                rows.append(Row(where, None, tuple(_clean(cells2[roles[r]], where, warnings) for r in ROLES)))
            return Table(str(path), _title(preamble or [ws.title], str(path)), " ".join(preamble), tuple(rows), tuple(warnings))
    raise LedgerFormatError(str(path), None, f"no sheet with a recognisable header ({'/'.join(HEADER)})")


def _title(preamble: list[str], source: str) -> str:
    return next((p for p in preamble if "台账" in p), Path(source).stem)


def ledger_id_for(table: Table) -> str:
    """A short id: ``L2`` for 附件2 (or a file named ledger-2…), else the file name."""
    m = re.search(r"附件\s*(\d+)", table.preamble + " " + table.title) or re.search(r"(?:ledger|附件)[-_ ]?(\d+)", Path(table.source).stem, re.I)
    if m:
        return f"L{int(m.group(1))}"
    return re.sub(r"[^0-9A-Za-z\u4e00-\u9fff]+", "-", Path(table.source).stem).strip("-")[:24] or "L"


# ------------------------------------------------------------------ builder
def build(table: Table, ledger_id: str | None = None) -> Ledger:
    """Records from a table's rows; merged cells inherit from the row above."""
    source = table.source
    measures: list[Measure] = []
    tasks: list[Task] = []
    cur_no, cur_title = 0, ""
    cur_units: tuple[str, ...] = ()
    cur_ids: list[str] = []

    def fail(row: Row, role: int, problem: str) -> LedgerFormatError:
        line = row.cell_lines[role] if row.cell_lines else row.line
        where = f"{source}:{line}" if row.cell_lines else row.where
        return LedgerFormatError(source, line, problem, where)

    def close() -> None:
        if cur_no:
            measures.append(Measure(cur_no, cur_title, cur_units, tuple(cur_ids)))

    for row in table.rows:
        measure_cell, unit_cell, task_cell, deadline_cell = row.cells
        if measure_cell:
            m = _MEASURE.match(measure_cell)
            if not m:
                raise fail(row, 0, f"measure cell '{measure_cell[:20]}' does not start with its number (e.g. '1.')")
            no = int(m.group(1))
            if no == cur_no or any(x.no == no for x in measures):
                raise fail(row, 0, f"measure {no} appears twice")
            close()
            cur_no, cur_title, cur_ids = no, m.group(2).strip(), []
            if not unit_cell:
                raise fail(row, 1, f"measure {no} has no responsible unit")
        elif not cur_no:
            raise fail(row, 0, "the first row has no measure")
        if unit_cell:
            cur_units = split_units(unit_cell)
        if not task_cell:
            raise fail(row, 2, "the task cell is empty")
        if not deadline_cell:
            raise fail(row, 3, "the deadline cell is empty")
        deadline = parse_deadline(deadline_cell)
        if deadline is None:
            raise fail(row, 3, f"unknown deadline form '{deadline_cell}' (known: 2025年底前, 2026年6月底前, 持续推进 …)")
        task_id = f"{cur_no}.{len(cur_ids) + 1}"
        cur_ids.append(task_id)
        tasks.append(Task(task_id, cur_no, cur_title, len(cur_ids), cur_units, task_cell, deadline, row.line or 0))
    close()
    if not tasks:
        raise LedgerFormatError(source, None, "the table has a header but no task rows")
    return Ledger(title=table.title, source=source, measures=tuple(measures), tasks=tuple(tasks),
                  id=ledger_id or ledger_id_for(table), warnings=table.warnings)


def parse_text(text: str, source: str = "<text>") -> Ledger:
    """Parse the tab-indented text export of a ledger table."""
    return build(text_table(text, source))


def load(path: str | Path) -> Ledger:
    """Parse one ledger document: ``.txt`` (text export), ``.docx`` or ``.xlsx``."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".docx":
        return build(docx_table(p))
    if suffix == ".xlsx":
        return build(xlsx_table(p))
    if suffix in (".txt", ""):
        return parse_text(read_text(p), str(p))
    raise LedgerFormatError(str(p), None, f"unsupported file type '{suffix}' (use .txt, .docx or .xlsx)")


def corpus_files(corpus_dir: str | Path) -> list[Path]:
    """The ledger documents of a corpus folder, in name order (Office lock files skipped)."""
    d = Path(corpus_dir)
    if not d.is_dir():
        return []
    return sorted(p for p in d.iterdir() if p.suffix.lower() in SUFFIXES and not p.name.startswith(("~$", ".")))


def combine(ledgers: list[Ledger]) -> Ledger:
    """One ledger stays as it is; several get ids qualified by their ledger (``L2:3.1``)."""
    if len(ledgers) == 1:
        return ledgers[0]
    seen: dict[str, str] = {}
    for lg in ledgers:
        if lg.id in seen:
            raise LedgerFormatError(lg.source, None, f"ledger id {lg.id} is also used by {seen[lg.id]}; rename one of the files")
        seen[lg.id] = lg.source
    tasks = tuple(dataclasses.replace(t, id=f"{lg.id}:{t.id}", ledger=lg.id) for lg in ledgers for t in lg.tasks)
    measures = tuple(dataclasses.replace(m, ledger=lg.id, task_ids=tuple(f"{lg.id}:{i}" for i in m.task_ids))
                     for lg in ledgers for m in lg.measures)
    return Ledger(title="；".join(lg.title for lg in ledgers), source=";".join(lg.source for lg in ledgers), measures=measures,
                  tasks=tasks, id="", parts=tuple((lg.id, lg.title) for lg in ledgers),
                  warnings=tuple(w for lg in ledgers for w in lg.warnings))


def load_corpus(corpus_dir: str | Path) -> Ledger:
    """Load every ledger document of a corpus folder (several are combined)."""
    files = corpus_files(corpus_dir)
    if not files:
        raise LedgerFormatError(str(corpus_dir), None, "no ledger (*.txt, *.docx, *.xlsx) found in the corpus folder")
    return combine([load(f) for f in files])
