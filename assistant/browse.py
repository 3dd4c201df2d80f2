"""The ledger browser's filter: the rows of the ledger matching unit, deadline, measure, status and keyword.

Shared by the web UI (台账浏览) and the HTTP API (``GET /api/tasks``); no web framework here. A ledger as it
is kept adds its columns: 牵头单位 / 配合单位, the progress column with its as-of date, 备注 — and, for staff
only, its other columns (personal ones such as 联系人 / 联系电话 included); the public never sees those.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from assistant.records import STATUS_LABELS, Ledger, Task
from assistant.retrieve import TaskFilter

ALL = "全部"
HEADERS = ["任务", "工作措施", "责任单位", "具体任务", "完成时限", "状态"]
#: the filter “进展有更新”: tasks whose progress cell differs from the previous kept version
UPDATED = "进展有更新"
STATUS_BY_LABEL = {v: k for k, v in STATUS_LABELS.items()}


@dataclass(frozen=True)
class Browse:
    """One filter of the ledger; empty or 全部 fields match everything.

    ``measure`` is the measure number or its ``"N.title"`` label; ``status`` a status key
    (past, due_this_year, not_due, ongoing) or its Chinese label.
    """

    unit: str = ""
    deadline: str = ""
    measure: str = ""
    status: str = ""
    keyword: str = ""
    #: only the tasks whose progress was updated since the previous version (``updated_ids`` given to :meth:`tasks`)
    updated: bool = False

    def tasks(self, ledger: Ledger, today: dt.date, updated_ids: tuple[str, ...] = ()) -> list[Task]:
        """The matching tasks in ledger order."""
        given = {k: ("" if (v or "").strip() == ALL else (v or "").strip()) for k, v in vars(self).items() if k != "updated"}
        measure = given["measure"].split(".", 1)[0]
        status = STATUS_BY_LABEL.get(given["status"], given["status"]) or None
        if status is not None and status not in STATUS_LABELS:
            raise ValueError(f"unknown status '{given['status']}': use one of {', '.join(STATUS_LABELS)}")
        if measure and not measure.isdigit():
            raise ValueError(f"unknown measure '{given['measure']}': give its number")
        f = TaskFilter(units=(given["unit"],) if given["unit"] else (), measures=(int(measure),) if measure else (), status=status)
        kw = given["keyword"].lower()
        out = []
        for t in f.apply(ledger, today):
            if given["deadline"] and t.deadline.text != given["deadline"]:
                continue
            if kw and kw not in (t.text + t.measure_title + "".join(t.units) + (t.report.text if t.report else "")).lower():
                continue
            if self.updated and t.id not in updated_ids:
                continue
            out.append(t)
        return out


def columns(ledger: Ledger, staff: bool) -> list[str]:
    """The browser's columns for this ledger: ``HEADERS``, then the kept columns it has; other columns for staff only."""
    cols = list(HEADERS)
    if ledger.has_lead:
        cols += ["牵头单位", "配合单位"]
    if ledger.has_progress:
        cols += ["进展情况", "截至日期"]
    if any(t.remarks for t in ledger.tasks):
        cols.append("备注")
    if staff:
        cols += list(dict.fromkeys(h for t in ledger.tasks for h, _ in (*t.extra, *t.personal)))
    return cols


def row(task: Task, today: dt.date, cols: list[str] | None = None) -> list[str]:
    """One table row (the columns of ``HEADERS``, or of :func:`columns`)."""
    base = [task.id, f"{task.measure_no}.{task.measure_title}", "、".join(task.units), task.text, task.deadline.text,
            STATUS_LABELS[task.deadline.status(today)]]
    if not cols or cols == HEADERS:
        return base
    kept = {"牵头单位": "、".join(task.leads) if task.lead else "", "配合单位": "、".join(task.supporting) if task.lead else "",
            "进展情况": task.report.text if task.report else "", "截至日期": task.report.as_of.isoformat() if task.report else "",
            "备注": task.remarks, **dict(task.extra), **dict(task.personal)}
    return base + [kept.get(c, "") for c in cols[len(HEADERS):]]


def task_json(task: Task, today: dt.date, staff: bool = False) -> dict:
    """One task as JSON for the API; the ledger's own other columns (``extra``, ``personal``) for staff only."""
    out = {"id": task.id, "measure_no": task.measure_no, "measure": task.measure_title, "units": list(task.units), "text": task.text,
           "deadline": task.deadline.text, "deadline_date": task.deadline.normalized(), "status": task.deadline.status(today),
           "status_label": STATUS_LABELS[task.deadline.status(today)], "ledger": task.ledger}
    if task.lead:
        out.update(lead=list(task.lead), supporting=list(task.supporting))
    if task.report is not None:
        out.update(progress=task.report.text, progress_label=task.report.label, as_of=task.report.as_of.isoformat())
    if task.remarks:
        out["remarks"] = task.remarks
    if staff and (task.extra or task.personal):
        out["extra"] = dict((*task.extra, *task.personal))
    return out


def csv_text(rows: list[list[str]], headers: list[str] | None = None) -> str:
    """The rows as CSV text under the header row (``HEADERS`` unless given)."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(headers or HEADERS)
    w.writerows(rows)
    return buf.getvalue()
