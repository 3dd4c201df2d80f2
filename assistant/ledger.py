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

from assistant import rx
from assistant.columns import Column, lead_in_units_column, optional_columns, parse_date, title_date
from assistant.errors import LedgerFormatError
from assistant.records import Deadline, Ledger, Measure, Report, Task

HEADER = ("工作措施", "责任单位", "具体任务", "完成时限")
ROLES = ("measure", "units", "task", "deadline")
SUFFIXES = (".txt", ".docx", ".xlsx")
_MEASURE = rx.lazy(r"^(\d{1,4})\s*[.．、]\s*(\S.*)$")
_UNIT_SPLIT = rx.lazy(r"[、，,；;\n]")
# Characters that are invisible in an editor but break matching.
_INVISIBLE = rx.lazy(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")
_CJK = rx.lazy(r"[\u3000-\u9fff\uff00-\uffef]")
# "（截至2026年10月31日）" after a title: the as-of date, not part of the ledger's name
_AS_OF_IN_TITLE = rx.lazy(r"\s*[（(](?:截至|截止|更新至|数据截至)[^（）()]{1,20}[）)]")


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
    #: the cells of the table's optional columns (:attr:`Table.columns`), in their order
    more: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    """A document's ledger table: title, the rows after the header, and reader warnings."""

    source: str
    title: str
    preamble: str
    rows: tuple[Row, ...]
    warnings: tuple[str, ...] = ()
    #: optional columns (lead / supporting units, progress, as-of date, remarks, others) and the unit column's header
    columns: tuple[Column, ...] = ()
    units_header: str = ""


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
        c = rx.sub(r"\s+", "", cell or "")
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
    opt = optional_columns([c for _, c in blocks[header_at]], roles)
    width = len(blocks[header_at])
    rows = []
    for b in blocks[header_at + 1 :]:
        if len(b) != width:
            raise LedgerFormatError(source, b[0][0], f"a row needs {width} cells (measure, units, task, deadline), found {len(b)}")
        cells = tuple(_clean(b[roles[r]][1], f"{source}:{b[roles[r]][0]}", warnings) for r in ROLES)
        more = tuple(_clean(b[c.index][1], f"{source}:{b[c.index][0]}", warnings) for c in opt)
        rows.append(Row(f"{source}:{b[0][0]}", b[0][0], cells, tuple(b[roles[r]][0] for r in ROLES), more))
    return Table(source, _title(preamble, source), " ".join(preamble), tuple(rows), tuple(warnings), opt, blocks[header_at][roles["units"]][1])


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
            opt = optional_columns(cells, roles)
            rows = []
            for ri, cells2 in enumerate(grid[hi + 1 :], start=hi + 2):
                where = f"{path} table {ti} row {ri}"
                if not any(c.strip() for c in cells2):
                    continue
                cells2 = cells2 + [""] * (max([*roles.values(), *(c.index for c in opt)]) + 1 - len(cells2))
                rows.append(Row(where, None, tuple(_clean(cells2[roles[r]], where, warnings) for r in ROLES),
                                more=tuple(_clean(cells2[c.index], where, warnings) for c in opt)))
            return Table(str(path), _title(preamble, str(path)), " ".join(preamble), tuple(rows), tuple(warnings), opt, cells[roles["units"]])
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
            opt = optional_columns(cells, roles)
            rows = []
            for ri, cells2 in enumerate(grid[hi + 1 :], start=hi + 2):
                where = f"{path} sheet '{ws.title}' row {ri}"
                cells2 = cells2 + [""] * (max([*roles.values(), *(c.index for c in opt)]) + 1 - len(cells2))
                if not any(c.strip() for c in cells2):
                    continue
                rows.append(Row(where, None, tuple(_clean(cells2[roles[r]], where, warnings) for r in ROLES),
                                more=tuple(_clean(cells2[c.index], where, warnings) for c in opt)))
            return Table(str(path), _title(preamble or [ws.title], str(path)), " ".join(preamble), tuple(rows), tuple(warnings),
                         opt, cells[roles["units"]])
    raise LedgerFormatError(str(path), None, f"no sheet with a recognisable header ({'/'.join(HEADER)})")


def _title(preamble: list[str], source: str) -> str:
    """The preamble line naming the 台账 (an as-of date in brackets after it left out), else the file name."""
    title = next((p for p in preamble if "台账" in p), Path(source).stem)
    return _AS_OF_IN_TITLE.sub("", title).strip() or title


def ledger_id_for(table: Table) -> str:
    """A short id: ``L2`` for 附件2 (or a file named ledger-2…), else the file name."""
    m = rx.search(r"附件\s*(\d+)", table.preamble + " " + table.title) or rx.search(r"(?:ledger|附件)[-_ ]?(\d+)", Path(table.source).stem, re.I)
    if m:
        return f"L{int(m.group(1))}"
    return rx.sub(r"[^0-9A-Za-z\u4e00-\u9fff]+", "-", Path(table.source).stem).strip("-")[:24] or "L"


# ------------------------------------------------------------------ builder
def build(table: Table, ledger_id: str | None = None, as_of: dt.date | None = None) -> Ledger:
    """Records from a table's rows; merged cells inherit from the row above.

    ``as_of`` is the day a progress column is as of when neither an as-of column, the progress
    column's header nor the document's title gives one (``ingest --as-of``).
    """
    source = table.source
    measures: list[Measure] = []
    tasks: list[Task] = []
    cur_no, cur_title = 0, ""
    cur_units: tuple[str, ...] = ()
    cur_ids: list[str] = []
    kept = _Kept(table, as_of)

    def fail(row: Row, role: int, problem: str) -> LedgerFormatError:
        line = row.cell_lines[role] if row.cell_lines else row.line
        where = f"{source}:{line}" if row.cell_lines else row.where
        return LedgerFormatError(source, line, problem, where)

    def close() -> None:
        if cur_no:
            measures.append(Measure(cur_no, cur_title, cur_units, tuple(cur_ids)))

    seen: set[int] = set()  # measure numbers met so far
    for row in table.rows:
        measure_cell, unit_cell, task_cell, deadline_cell = row.cells
        if measure_cell:
            m = _MEASURE.match(measure_cell)
            if not m:
                raise fail(row, 0, f"measure cell '{measure_cell[:20]}' does not start with its number (e.g. '1.')")
            no = int(m.group(1))
            if no == cur_no or no in seen:
                raise fail(row, 0, f"measure {no} appears twice")
            close()
            seen.add(no)
            cur_no, cur_title, cur_ids = no, m.group(2).strip(), []
            if not unit_cell:
                raise fail(row, 1, f"measure {no} has no responsible unit")
        elif not cur_no:
            raise fail(row, 0, "the first row has no measure")
        if unit_cell:
            cur_units = split_units(unit_cell)
        try:
            fields = kept.fields(row, cur_units, bool(unit_cell))
        except ValueError as err:
            raise fail(row, 1, str(err)) from err
        if not task_cell:
            raise fail(row, 2, "the task cell is empty")
        if not deadline_cell:
            raise fail(row, 3, "the deadline cell is empty")
        deadline = parse_deadline(deadline_cell)
        if deadline is None:
            raise fail(row, 3, f"unknown deadline form '{deadline_cell}' (known: 2025年底前, 2026年6月底前, 持续推进 …)")
        task_id = f"{cur_no}.{len(cur_ids) + 1}"
        cur_ids.append(task_id)
        tasks.append(Task(task_id, cur_no, cur_title, len(cur_ids), fields.pop("units", cur_units), task_cell, deadline, row.line or 0, **fields))
    close()
    if not tasks:
        raise LedgerFormatError(source, None, "the table has a header but no task rows")
    return Ledger(title=table.title, source=source, measures=tuple(measures), tasks=tuple(tasks),
                  id=ledger_id or ledger_id_for(table), warnings=table.warnings)


class _Kept:
    """The optional columns of one table, read row by row: lead and supporting units (merged cells inherit), the
    progress cell with its as-of date, remarks, other columns."""

    def __init__(self, table: Table, as_of: dt.date | None) -> None:
        self.columns = table.columns
        self.split = lead_in_units_column(table.units_header, table.columns)
        self.lead: tuple[str, ...] = ()
        self.supporting: tuple[str, ...] = ()
        self.row_date: dt.date | None = None
        progress = next((c for c in table.columns if c.kind == "progress"), None)
        self.label = rx.sub(r"[（(【\[].*$", "", progress.header) if progress else ""
        self.default = (title_date([progress.header]) if progress else None) or title_date([table.title, table.preamble]) or as_of
        if progress and self.default is None and not any(c.kind == "as_of" for c in table.columns):
            raise LedgerFormatError(table.source, None, f"the progress column {progress.header} has no date: add a 截至时间 column, put the date "
                                    "in the title (e.g. （截至2026年10月31日）) or give ingest --as-of YYYY-MM-DD")

    def fields(self, row: Row, units: tuple[str, ...], new_units: bool) -> dict[str, Any]:
        """Keyword arguments of :class:`Task` for this row (``units`` replaced when lead and supporting are split)."""
        if not self.columns:
            return {}
        cells = {c.kind: v for c, v in zip(self.columns, row.more, strict=True) if c.kind != "extra"}
        out: dict[str, Any] = {}
        if new_units:  # a unit cell of its own: lead and supporting cells belong to it; an empty one inherits both
            self.lead = split_units(cells["lead"]) if "lead" in cells else (units if self.split else ())
            self.supporting = split_units(cells.get("supporting", ""))
        if self.lead:
            out["lead"] = self.lead
            out["units"] = tuple(dict.fromkeys([*self.lead, *self.supporting, *(() if self.split else units)]))
        if cells.get("as_of"):
            self.row_date = parse_date(cells["as_of"])
            if self.row_date is None:
                raise ValueError(f"the as-of cell '{cells['as_of'][:20]}' is not a date (e.g. 2026-10-31 or 2026年10月31日)")
        if "progress" in cells:
            day = self.row_date or self.default
            if day is None:
                raise ValueError("the progress cell has no as-of date: fill the 截至时间 cell (or give ingest --as-of YYYY-MM-DD)")
            out["report"] = Report(self.label, cells["progress"], day)
        if cells.get("remarks"):
            out["remarks"] = cells["remarks"]
        for kind in ("extra", "personal"):
            out[kind] = tuple((c.header, v) for c, v in zip(self.columns, row.more, strict=True) if c.kind == kind and v)
        return out


def parse_text(text: str, source: str = "<text>", as_of: dt.date | None = None) -> Ledger:
    """Parse the tab-indented text export of a ledger table."""
    return build(text_table(text, source), as_of=as_of)


#: the file beside a corpus document that holds the as-of date given to ``ingest --as-of``
AS_OF_SUFFIX = ".as-of"


def load(path: str | Path, as_of: dt.date | None = None) -> Ledger:
    """Parse one ledger document: ``.txt`` (text export), ``.docx`` or ``.xlsx``.

    ``as_of`` (else the date in a ``<file>.as-of`` file beside it) is the as-of day of a progress
    column that has no date of its own.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    side = p.with_name(p.name + AS_OF_SUFFIX)
    if as_of is None and side.is_file():
        as_of = parse_date(side.read_text("utf-8"))
    if suffix == ".docx":
        return build(docx_table(p), as_of=as_of)
    if suffix == ".xlsx":
        return build(xlsx_table(p), as_of=as_of)
    if suffix in (".txt", ""):
        return parse_text(read_text(p), str(p), as_of)
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
