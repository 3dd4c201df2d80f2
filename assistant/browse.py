"""The ledger browser's filter: the rows of the ledger matching unit, deadline, measure, status and keyword.

Shared by the web UI (台账浏览) and the HTTP API (``GET /api/tasks``); no web framework here.
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

    def tasks(self, ledger: Ledger, today: dt.date) -> list[Task]:
        """The matching tasks in ledger order."""
        given = {k: ("" if (v or "").strip() == ALL else (v or "").strip()) for k, v in vars(self).items()}
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
            if kw and kw not in (t.text + t.measure_title + "".join(t.units)).lower():
                continue
            out.append(t)
        return out


def row(task: Task, today: dt.date) -> list[str]:
    """One table row (the columns of ``HEADERS``)."""
    return [task.id, f"{task.measure_no}.{task.measure_title}", "、".join(task.units), task.text, task.deadline.text,
            STATUS_LABELS[task.deadline.status(today)]]


def task_json(task: Task, today: dt.date) -> dict:
    """One task as JSON for the API."""
    return {"id": task.id, "measure_no": task.measure_no, "measure": task.measure_title, "units": list(task.units), "text": task.text,
            "deadline": task.deadline.text, "deadline_date": task.deadline.normalized(), "status": task.deadline.status(today),
            "status_label": STATUS_LABELS[task.deadline.status(today)], "ledger": task.ledger}


def csv_text(rows: list[list[str]]) -> str:
    """The rows as CSV text under the header row."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(HEADERS)
    w.writerows(rows)
    return buf.getvalue()
