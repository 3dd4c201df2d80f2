"""Durable 👍/👎 feedback, one vote per (answer, session), exportable as FAQ-set lines for review.

SQLite (a local file) is the embedded default; a PostgreSQL URL (``postgresql://user:pw@host/db``)
lets several replicas of the app share one store. Both go through SQLAlchemy 2 Core; PostgreSQL
needs psycopg 3 (``pip install 'psycopg[binary]'``), imported only when such a URL is given.

A second vote on the same answer from the same session replaces the first; a withdrawal
(vote 0) deletes it. Personal data (phone, ID, account and card numbers, e-mail addresses) is masked
before anything is written (:mod:`assistant.privacy`), and again on export for rows written before;
with a retention of N days, votes older than that are deleted when the store is opened and then daily.
Databases written by earlier versions (no answer id) are upgraded in place: their rows are kept, each
under an answer id of its own.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import BackendUnavailable, ConfigError, InputFileError
from assistant.privacy import mask, mask_data

LEGACY = "legacy-"
DAY = 86400.0


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
    answer_id: str = ""
    session: str = ""


def _is_url(target: str | Path) -> bool:
    return isinstance(target, str) and "://" in target


def describe(target: str | Path) -> str:
    """The store's location with any password masked (for messages)."""
    if not _is_url(target):
        return str(target)
    from sqlalchemy.engine import make_url

    try:
        return make_url(str(target)).render_as_string(hide_password=True)
    except Exception:
        return "<malformed URL>"


class FeedbackStore:
    """Thread- and process-safe store; each write is its own committed transaction.

    ``retention_days`` > 0 deletes votes last changed longer ago than that: on open, then at the first use
    of the store a day after the last purge. ``clock`` (seconds, like ``time.time``) is for tests.
    """

    def __init__(self, target: str | Path, retention_days: int = 0, clock: Callable[[], float] = time.time) -> None:
        from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, UniqueConstraint, create_engine, event, inspect, text
        from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

        self.where = describe(target)
        if _is_url(target):
            url = str(target)
            if url.startswith(("postgresql://", "postgres://")):
                url = "postgresql+psycopg://" + url.split("://", 1)[1]
            self.path: Path | None = None
        else:
            self.path = Path(target)
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise InputFileError(f"cannot create the folder of the feedback database {self.path} ({err.strerror}); check LEDGER_FEEDBACK_DB") from err
            url = f"sqlite:///{self.path}"
        meta = MetaData()
        self.table = Table(
            "feedback", meta,
            Column("id", Integer, primary_key=True, autoincrement=True),
            Column("created", Float, nullable=False),
            Column("vote", Integer, nullable=False),
            Column("comment", Text, nullable=False, default=""),
            Column("question", Text, nullable=False),
            Column("history", Text, nullable=False),
            Column("answer", Text, nullable=False),
            Column("tasks", Text, nullable=False),
            Column("route", Text, nullable=False),
            Column("answer_id", String(64)),
            Column("session", String(128), nullable=False, server_default=""),
            Column("updated", Float),
            UniqueConstraint("answer_id", "session", name="feedback_answer_session"),
        )
        try:
            if url.startswith("sqlite"):
                self.engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

                @event.listens_for(self.engine, "connect")
                def _wal(dbapi_conn: Any, _rec: Any) -> None:
                    dbapi_conn.execute("PRAGMA journal_mode=WAL")
            else:
                self.engine = create_engine(url, pool_pre_ping=True, pool_size=4, max_overflow=4)
            self.dialect = self.engine.dialect.name
            with self.engine.begin() as conn:
                if inspect(conn).has_table("feedback"):
                    cols = {c["name"] for c in inspect(conn).get_columns("feedback")}
                    for name, ddl in (("answer_id", "VARCHAR(64)"), ("session", "VARCHAR(128) NOT NULL DEFAULT ''"), ("updated", "FLOAT")):
                        if name not in cols:  # an older store: add the column, keep every row
                            conn.execute(text(f"ALTER TABLE feedback ADD COLUMN {name} {ddl}"))
                    conn.execute(text(f"UPDATE feedback SET answer_id = '{LEGACY}' || CAST(id AS VARCHAR(20)) WHERE answer_id IS NULL"))
                    conn.execute(text("CREATE UNIQUE INDEX IF NOT EXISTS feedback_answer_session ON feedback (answer_id, session)"))
                else:
                    meta.create_all(conn)
        except (NoSuchModuleError, ModuleNotFoundError) as err:
            raise BackendUnavailable("a PostgreSQL feedback store needs psycopg 3: pip install 'psycopg[binary]'") from err
        except ArgumentError as err:
            raise ConfigError(f"the feedback store URL {self.where} is malformed; check LEDGER_FEEDBACK_URL") from err
        except SQLAlchemyError as err:
            reason = str(getattr(err, "orig", err)).strip().splitlines()[0][:200]
            raise InputFileError(f"cannot open the feedback store {self.where} ({reason}); check LEDGER_FEEDBACK_URL / LEDGER_FEEDBACK_DB") from err
        self.retention_days, self.clock = retention_days, clock
        self._purged = 0.0
        self.purge()

    def purge(self) -> int:
        """Delete the votes older than the retention (none when it is 0); returns how many went."""
        from sqlalchemy import delete, func

        self._purged = now = self.clock()
        if self.retention_days <= 0:
            return 0
        t = self.table
        with self.engine.begin() as conn:
            return conn.execute(delete(t).where(func.coalesce(t.c.updated, t.c.created) < now - self.retention_days * DAY)).rowcount or 0

    def _daily(self) -> None:
        if self.retention_days > 0 and self.clock() - self._purged >= DAY:
            self.purge()

    def _insert(self) -> Any:
        from sqlalchemy.dialects import postgresql, sqlite

        return (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(self.table)

    def vote(self, answer_id: str, session: str, vote: int, question: str, history: list[dict[str, Any]], answer: dict[str, Any],
             comment: str = "") -> int | None:
        """Record ``vote`` (+1/-1) on one answer for one session, replacing that session's earlier vote;
        ``vote == 0`` withdraws it. Returns the row id (None after a withdrawal). Personal data in the texts is masked first."""
        from sqlalchemy import delete, func, select

        t = self.table
        if not answer_id:
            raise ValueError("an answer id is required")
        self._daily()
        session = mask(session)
        with self.engine.begin() as conn:
            if vote == 0:
                conn.execute(delete(t).where(t.c.answer_id == answer_id, t.c.session == session))
                return None
            now, answer = self.clock(), mask_data(answer)
            row = {"created": now, "updated": now, "vote": 1 if vote > 0 else -1, "comment": mask((comment or "").strip()[:2000]),
                   "question": mask(question), "history": json.dumps(mask_data(history), ensure_ascii=False),
                   "answer": json.dumps(answer, ensure_ascii=False), "tasks": json.dumps(answer.get("tasks", [])),
                   "route": str(answer.get("route", "")), "answer_id": answer_id, "session": session}
            stmt = self._insert().values(**row)
            stmt = stmt.on_conflict_do_update(index_elements=[t.c.answer_id, t.c.session],
                                              set_={"vote": stmt.excluded.vote, "updated": stmt.excluded.updated,
                                                    # a vote changed without a new comment keeps the earlier comment
                                                    "comment": func.coalesce(func.nullif(stmt.excluded.comment, ""), t.c.comment)})
            conn.execute(stmt)
            return int(conn.execute(select(t.c.id).where(t.c.answer_id == answer_id, t.c.session == session)).scalar_one())

    def add(self, question: str, history: list[dict[str, Any]], answer: dict[str, Any], vote: int, comment: str = "") -> int:
        """Store a vote with no answer id of its own (scripts, imports): always a new row."""
        import uuid

        return self.vote(f"add-{uuid.uuid4().hex}", "", vote or -1, question, history, answer, comment) or 0

    def items(self, vote: int | None = None) -> list[Feedback]:
        """Stored feedback, oldest first, optionally only one kind of vote (as stored: rows from before masking are not masked here)."""
        from sqlalchemy import select

        self._daily()
        t = self.table
        q = select(t.c.id, t.c.created, t.c.vote, t.c.comment, t.c.question, t.c.history, t.c.answer, t.c.answer_id, t.c.session)
        if vote is not None:
            q = q.where(t.c.vote == vote)
        with self.engine.connect() as conn:
            rows = conn.execute(q.order_by(t.c.id)).all()
        return [Feedback(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), json.loads(r[6]), r[7] or "", r[8] or "") for r in rows]

    def export_negative(self, out: str | Path) -> int:
        """Write every 👎 item as an FAQ-set line (FORMAT.md) for a reviewer to add gold fields to."""
        lines = self.negative_lines()
        with Path(out).open("w", encoding="utf-8") as fh:
            for line in lines:
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        return len(lines)

    def negative_lines(self) -> list[dict[str, Any]]:
        """The 👎 items as FAQ-set lines, masked (also rows written before masking existed)."""
        return [mask_data({"id": f"fb-{f.id}", "type": "feedback", "question": f.question, "history": f.history,
                           "review": {"comment": f.comment, "answer": f.answer.get("answer", ""), "tasks": f.answer.get("tasks", []),
                                      "refused": f.answer.get("refused", False), "route": f.answer.get("route", ""), "answer_id": f.answer_id}})
                for f in self.items(vote=-1)]

    def close(self) -> None:
        """Release the connections."""
        self.engine.dispose()


def open_feedback(settings: Any) -> FeedbackStore:
    """The store named by the settings: ``LEDGER_FEEDBACK_URL`` when set, else the SQLite file ``LEDGER_FEEDBACK_DB``."""
    url = settings.feedback_url.get_secret_value()
    return FeedbackStore(url or settings.feedback_db, retention_days=settings.feedback_retention_days)
