"""Write the seed ledger's records as .docx and .xlsx files, the way offices make them (merged cells, line breaks)."""

from __future__ import annotations

from pathlib import Path

from assistant.ledger import HEADER
from assistant.records import Ledger

SEED = Path(__file__).resolve().parent.parent / "corpus" / "ledger-2-getting-electricity.txt"

BREAK_AFTER = "。"  # a multi-line cell: the break goes after the first full stop of task 3.1


def _with_break(text: str) -> str:
    i = text.find(BREAK_AFTER)
    return text if i < 0 or i == len(text) - 1 else text[: i + 1] + "\n" + text[i + 1 :]


def _groups(ledger: Ledger):
    for m in ledger.measures:
        yield m, [t for t in ledger.tasks if t.measure_no == m.no]


def write_docx(ledger: Ledger, path: Path, preamble: tuple[str, ...] = ("附件2",), edit=None) -> Path:
    """A Word document: title paragraphs, then a table whose measure and unit cells are merged per measure."""
    import docx

    d = docx.Document()
    for p in (*preamble, ledger.title):
        d.add_paragraph(p)
    table = d.add_table(rows=1 + len(ledger.tasks), cols=4)
    for i, h in enumerate(HEADER):
        table.cell(0, i).text = h
    r = 1
    for m, tasks in _groups(ledger):
        first = r
        for t in tasks:
            table.cell(r, 2).text = _with_break(t.text) if t.id == "3.1" else t.text
            table.cell(r, 3).text = t.deadline.text
            r += 1
        table.cell(first, 0).text = f"{m.no}.{m.title}"
        table.cell(first, 1).text = "、".join(m.units)
        if len(tasks) > 1:
            table.cell(first, 0).merge(table.cell(r - 1, 0))
            table.cell(first, 1).merge(table.cell(r - 1, 1))
    if edit:
        edit(table)
    d.save(str(path))
    return path


def write_xlsx(ledger: Ledger, path: Path, preamble: tuple[str, ...] = ("附件2",), edit=None) -> Path:
    """An Excel sheet with a 序号 column first, title rows above the header, merged measure and unit cells."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    for p in (*preamble, ledger.title):
        ws.append([p])
    ws.append(["序号", *HEADER])
    r = ws.max_row + 1
    n = 1
    for m, tasks in _groups(ledger):
        first = r
        for t in tasks:
            ws.cell(r, 1, n)
            ws.cell(r, 4, _with_break(t.text) if t.id == "3.1" else t.text)
            ws.cell(r, 5, t.deadline.text)
            r += 1
            n += 1
        ws.cell(first, 2, f"{m.no}.{m.title}")
        ws.cell(first, 3, "、".join(m.units))
        if len(tasks) > 1:
            ws.merge_cells(start_row=first, start_column=2, end_row=r - 1, end_column=2)
            ws.merge_cells(start_row=first, start_column=3, end_row=r - 1, end_column=3)
    if edit:
        edit(ws)
    wb.save(str(path))
    return path


def records(ledger: Ledger) -> list[tuple]:
    """Everything a record carries, for comparing formats."""
    return [(t.id, t.measure_no, t.measure_title, t.position, t.units, t.text, t.deadline) for t in ledger.tasks]


def ledger_text(scale: int = 1, tag: str = "", every: int = 0, drop: int = -1) -> str:
    """The seed's rows repeated ``scale`` times as new measures; every ``every``-th task gets ``tag``; row ``drop`` is left out."""
    lines = SEED.read_text("utf-8").splitlines()
    head_end = lines.index("\t完成时限") + 2
    rows, block = [], []
    for ln in lines[head_end:]:
        if ln == "" and block:
            rows.append(block)
            block = []
        elif ln.startswith("\t"):
            block.append(ln)
    if block:
        rows.append(block)
    out, measure, k = lines[:head_end], 0, 0
    for copy in range(scale):
        for r in rows:
            cells = list(r)
            if cells[0].strip():
                measure += 1
                cells[0] = f"\t{measure}." + cells[0].strip().split(".", 1)[1] + (f"（第{copy + 1}批）" if copy else "")
            elif k == drop:
                k += 1
                continue
            cells[2] += f"（第{copy + 1}批）" if copy else ""
            if every and k % every == 0:
                cells[2] += tag
            k += 1
            out += [*cells, ""]
    return "\n".join(out) + "\n"
