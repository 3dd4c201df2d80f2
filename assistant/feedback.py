"""Durable 👍/👎 feedback in a local SQLite file, exportable as FAQ-set lines for review."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import InputFileError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  created REAL NOT NULL,
  vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
  comment TEXT NOT NULL DEFAULT '',
  question TEXT NOT NULL,
  history TEXT NOT NULL,
  answer TEXT NOT NULL,
  tasks TEXT NOT NULL,
  route TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class Feedback:
    """One stored vote on an answer."""

    id: int
    created: float
    vote: int
    comment: str
    question: str
    history: list[dict[str, Any]]
    answer: dict[str, Any]


class FeedbackStore:
    """Thread-safe SQLite store; each write is its own committed transaction."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as err:
            raise InputFileError(f"cannot open the feedback database {self.path} ({err}); check LEDGER_FEEDBACK_DB") from err
        self._lock = threading.Lock()

    def add(self, question: str, history: list[dict[str, Any]], answer: dict[str, Any], vote: int, comment: str = "") -> int:
        """Store a vote (+1 or -1) with the question, its history and the full answer JSON."""
        row = (time.time(), 1 if vote > 0 else -1, comment.strip()[:2000], question, json.dumps(history, ensure_ascii=False),
               json.dumps(answer, ensure_ascii=False), json.dumps(answer.get("tasks", [])), str(answer.get("route", "")))
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO feedback (created, vote, comment, question, history, answer, tasks, route) VALUES (?,?,?,?,?,?,?,?)", row)
            return int(cur.lastrowid or 0)

    def items(self, vote: int | None = None) -> list[Feedback]:
        """Stored feedback, oldest first, optionally only one kind of vote."""
        sql = "SELECT id, created, vote, comment, question, history, answer FROM feedback"
        args: tuple = ()
        if vote is not None:
            sql, args = sql + " WHERE vote = ?", (vote,)
        with self._lock:
            rows = self._db.execute(sql + " ORDER BY id", args).fetchall()
        return [Feedback(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), json.loads(r[6])) for r in rows]

    def export_negative(self, out: str | Path) -> int:
        """Write every 👎 item as an FAQ-set line (FORMAT.md) for a reviewer to add gold fields to."""
        items = self.items(vote=-1)
        with Path(out).open("w", encoding="utf-8") as fh:
            for f in items:
                line = {"id": f"fb-{f.id}", "type": "feedback", "question": f.question, "history": f.history,
                        "review": {"comment": f.comment, "answer": f.answer.get("answer", ""), "tasks": f.answer.get("tasks", []),
                                   "refused": f.answer.get("refused", False), "route": f.answer.get("route", "")}}
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        return len(items)

    def close(self) -> None:
        """Close the database."""
        self._db.close()
