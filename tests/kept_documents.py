"""The seed ledger as it is kept: 牵头单位 / 配合单位 split, a progress column with an as-of date, 备注, contacts.

Two versions (as of 2026-09-30 and 2026-10-31) are written as real .xlsx and .docx files with merged
measure and unit cells and multi-line progress cells.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from assistant.records import Ledger

SEPT, OCT = dt.date(2026, 9, 30), dt.date(2026, 10, 31)
#: measure 4's lead column names two units (“牵头” then means both)
TWO_LEADS = {4: 2}
#: what the units reported, per version (a missing task reported nothing); "\n" makes a multi-line cell
PROGRESS = {
    SEPT: {"1.2": "已完成选址规划，正在建设。", "3.1": "正在推进系统改造。", "5.1": "已完成", "7.3": "试点中"},
    OCT: {"1.2": "已完成。\n全省建成便民接电点120个。", "3.1": "已完成系统升级；\n正在开展培训。", "5.1": "已完成", "2.1": "已完成",
          "7.3": "试点中"},
}
REMARKS = {"3.1": "按季度报送"}
CONTACT = ("张三", "13912345678")


def _rows(ledger: Ledger):
    for m in ledger.measures:
        tasks = [t for t in ledger.tasks if t.measure_no == m.no]
        k = TWO_LEADS.get(m.no, 1)
        yield m, tasks, "、".join(m.units[:k]), "、".join(m.units[k:])


def write_kept_xlsx(ledger: Ledger, path: Path, as_of: dt.date, date_column: bool = True, title_date: bool = False,
                    contacts: bool = True, progress_header: str = "进展情况") -> Path:
    """序号, 工作措施, 牵头单位, 配合单位, 具体任务, 完成时限, 进展情况, [截至时间], 备注, [联系人, 联系电话], 督办等级;
    measure, lead and supporting cells merged per measure; the as-of cells merged over the whole column."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账"
    title = ledger.title + (f"（截至{as_of.year}年{as_of.month}月{as_of.day}日）" if title_date else "")
    for p in ("附件2", title):
        ws.append([p])
    head = ["序号", "工作措施", "牵头单位", "配合单位", "具体任务", "完成时限", progress_header, *(["截至时间"] if date_column else []), "备注",
            *(["联系人", "联系电话"] if contacts else []), "督办等级"]
    ws.append(head)
    col = {h: i + 1 for i, h in enumerate(head)}
    r = first_row = ws.max_row + 1
    for m, tasks, lead, support in _rows(ledger):
        first = r
        for t in tasks:
            ws.cell(r, col["序号"], r - first_row + 1)
            ws.cell(r, col["具体任务"], t.text)
            ws.cell(r, col["完成时限"], t.deadline.text)
            ws.cell(r, col[progress_header], PROGRESS[as_of].get(t.id, ""))
            ws.cell(r, col["备注"], REMARKS.get(t.id, ""))
            ws.cell(r, col["督办等级"], "重点" if t.measure_no == 1 else "")
            if contacts:
                ws.cell(r, col["联系人"], CONTACT[0])
                ws.cell(r, col["联系电话"], CONTACT[1])
            r += 1
        ws.cell(first, col["工作措施"], f"{m.no}.{m.title}")
        ws.cell(first, col["牵头单位"], lead)
        ws.cell(first, col["配合单位"], support)
        if len(tasks) > 1:
            for h in ("工作措施", "牵头单位", "配合单位"):
                ws.merge_cells(start_row=first, start_column=col[h], end_row=r - 1, end_column=col[h])
    if date_column:
        ws.cell(first_row, col["截至时间"], dt.datetime(as_of.year, as_of.month, as_of.day))
        ws.merge_cells(start_row=first_row, start_column=col["截至时间"], end_row=r - 1, end_column=col["截至时间"])
    wb.save(str(path))
    return path


def write_kept_docx(ledger: Ledger, path: Path, as_of: dt.date, dated_title: bool = True, progress_header: str = "工作进展") -> Path:
    """A Word table 工作措施 | 牵头单位 | 配合单位 | 具体任务 | 完成时限 | 工作进展 | 备注, the as-of date in the title
    (none with ``dated_title=False``: then ``ingest --as-of`` must give it); merged measure and unit cells."""
    import docx

    d = docx.Document()
    d.add_paragraph("附件2")
    d.add_paragraph(ledger.title + (f"（截至{as_of.year}年{as_of.month}月{as_of.day}日）" if dated_title else ""))
    head = ["工作措施", "牵头单位", "配合单位", "具体任务", "完成时限", progress_header, "备注"]
    table = d.add_table(rows=1 + len(ledger.tasks), cols=len(head))
    for i, h in enumerate(head):
        table.cell(0, i).text = h
    r = 1
    for m, tasks, lead, support in _rows(ledger):
        first = r
        for t in tasks:
            table.cell(r, 3).text = t.text
            table.cell(r, 4).text = t.deadline.text
            table.cell(r, 5).text = PROGRESS[as_of].get(t.id, "")
            table.cell(r, 6).text = REMARKS.get(t.id, "")
            r += 1
        table.cell(first, 0).text = f"{m.no}.{m.title}"
        table.cell(first, 1).text = lead
        table.cell(first, 2).text = support
        if len(tasks) > 1:
            for c in (0, 1, 2):
                table.cell(first, c).merge(table.cell(r - 1, c))
    d.save(str(path))
    return path
