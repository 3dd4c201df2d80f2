"""Personal data minimised at rest: masked before the feedback store or a log sees it, masked on export
(also rows written before masking), and deleted after the retention. The server and the database are real:
the API on loopback, the SQLite file read directly."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from assistant.feedback import DAY, FeedbackStore
from assistant.privacy import logger, mask, mask_data
from assistant.settings import load_settings
from tests.conftest import ROOT, free_port

PHONE, PHONE_MASKED = "13912345678", "139****5678"
ID_NO, ID_MASKED = "360102199001011234", "3601**********1234"
MAIL, MAIL_MASKED = "zhang.wei@example.com", "z***@example.com"
ACCOUNT, ACCOUNT_MASKED = "户号3600123456", "户号******3456"


@pytest.mark.parametrize(("text", "masked"), [
    (f"我的手机{PHONE}，身份证{ID_NO}", f"我的手机{PHONE_MASKED}，身份证{ID_MASKED}"),
    ("电话139 1234 5678、+8613912345678", "电话139 **** 5678、+86139****5678"),
    ("身份证36010219900101123X", "身份证3601**********123X"),
    ("座机0791-86123456 或（0791）86123456", "座机0791-****3456 或（0791）****3456"),
    (f"{ACCOUNT}，户号：1234567", f"{ACCOUNT_MASKED}，户号：****567"),
    ("卡号6222 0212 3456 7890 123，另一张6222021234567890", "卡号6222 **** **** ***0 123，另一张6222********7890"),
    (f"邮箱 {MAIL}", f"邮箱 {MAIL_MASKED}"),
    ("１３９１２３４５６７８", "１３９****５６７８"),  # full-width digits
    # what the ledger and its questions are made of stays as it is
    ("任务1.2 便民接电点2026年底前建成，160千瓦以下，5个工作日", "任务1.2 便民接电点2026年底前建成，160千瓦以下，5个工作日"),
    ("", ""),
])
def test_mask(text, masked):
    assert mask(text) == masked
    assert mask(masked) == masked  # masking twice changes nothing


def test_mask_data_masks_every_string_but_the_answer_id():
    data = {"answer_id": "3f2a9c1b13912345.ab", "question": PHONE, "history": [{"role": "user", "content": MAIL}], "latency_ms": 13912345678}
    assert mask_data(data) == {"answer_id": "3f2a9c1b13912345.ab", "question": PHONE_MASKED,
                               "history": [{"role": "user", "content": MAIL_MASKED}], "latency_ms": 13912345678}


def _raw(db: Path) -> str:
    """Everything the database holds: its SQL dump and the bytes of its files (main, WAL)."""
    con = sqlite3.connect(db)
    dump = "\n".join(con.iterdump())
    con.close()
    files = b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))
    return dump + files.decode("utf-8", errors="replace")


def test_personal_data_in_a_question_and_a_comment_never_reaches_the_database_nor_the_log(assistant, tmp_path, caplog):
    from assistant.api import create_api
    from assistant.web import Served

    caplog.set_level(logging.INFO)
    db = tmp_path / "fb.sqlite3"
    settings = load_settings(corpus_dir=ROOT / "corpus", index_dir=tmp_path / "index", feedback_db=db, today=dt.date(2026, 11, 27))
    server = Served(create_api(lambda: assistant, FeedbackStore(db), settings), "127.0.0.1", free_port())
    try:
        question = f"我的手机{PHONE}，身份证{ID_NO}，便民接电点什么时候要建成？"
        history = [{"role": "user", "content": f"我是{ACCOUNT}的用户，邮箱{MAIL}"}, {"role": "assistant", "content": "请问有什么可以帮您？"}]
        ans = httpx.post(server.url + "api/ask", json={"question": question, "history": history}, timeout=30).json()
        assert ans["tasks"][0] == "1.2"
        r = httpx.post(server.url + "api/feedback", json={"answer_id": ans["answer_id"], "vote": -1, "question": question, "history": history,
                                                          "answer": ans, "comment": f"回电{PHONE}，证件{ID_NO}，{MAIL}"}, timeout=30)
        assert r.status_code == 200 and r.json()["stored"] is True
        export = httpx.get(server.url + "api/feedback/negative", timeout=30)  # admin routes are off here: 403, nothing shown
        assert export.status_code == 403
    finally:
        server.close()
    stored = _raw(db)
    logged = caplog.text + "\n".join(str(r.__dict__) for r in caplog.records)
    for secret in (PHONE, ID_NO, MAIL, "3600123456"):
        assert secret not in stored, f"{secret} reached the feedback database"
        assert secret not in logged, f"{secret} reached the log"
    assert PHONE_MASKED in stored and ID_MASKED in stored and MAIL_MASKED in stored and ACCOUNT_MASKED in stored
    assert PHONE_MASKED in caplog.text and ID_MASKED in caplog.text  # the vote is logged, masked
    item = FeedbackStore(db).items()[0]
    assert item.question.startswith(f"我的手机{PHONE_MASKED}") and "便民接电点" in item.question and item.answer["tasks"] == ["1.2"]


def test_the_project_loggers_mask_messages_arguments_and_tracebacks(caplog):
    caplog.set_level(logging.INFO)
    log = logger("assistant.test")
    log.info("question %s from %s", f"手机{PHONE}", MAIL)
    try:
        raise ValueError(f"bad input {ID_NO}")
    except ValueError:
        log.exception("failed on %s", PHONE)
    text = caplog.text
    assert PHONE not in text and ID_NO not in text and MAIL not in text
    assert PHONE_MASKED in text and ID_MASKED in text and MAIL_MASKED in text


def test_export_masks_rows_stored_before_masking(tmp_path):
    db = tmp_path / "fb.sqlite3"
    FeedbackStore(db).close()  # the table, as a running server made it
    con = sqlite3.connect(db)  # a row as an earlier version stored it: unmasked
    con.execute("INSERT INTO feedback (created, vote, comment, question, history, answer, tasks, route, answer_id, session) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (1.0e9 * 2, -1, f"打{PHONE}", f"身份证{ID_NO}怎么办电", json.dumps([{"role": "user", "content": MAIL}]),
                 json.dumps({"answer": f"请拨打{PHONE}", "tasks": []}), "[]", "rules", "legacy-1", ""))
    con.commit()
    con.close()
    out = tmp_path / "review.jsonl"
    p = subprocess.run([sys.executable, "-m", "assistant", "feedback", "export", "--db", str(db), "--out", str(out)],
                       capture_output=True, text=True, cwd=ROOT, timeout=120, env={**os.environ, "LEDGER_FEEDBACK_RETENTION_DAYS": "0"})
    assert p.returncode == 0, p.stderr
    text = out.read_text("utf-8")
    assert PHONE not in text and ID_NO not in text and MAIL not in text
    line = json.loads(text)
    assert line["question"] == f"身份证{ID_MASKED}怎么办电" and line["review"]["comment"] == f"打{PHONE_MASKED}"
    assert line["history"] == [{"role": "user", "content": MAIL_MASKED}] and line["review"]["answer"] == f"请拨打{PHONE_MASKED}"


def _rows(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    rows = [r[0] for r in con.execute("SELECT question FROM feedback ORDER BY id")]
    con.close()
    return rows


def test_retention_deletes_old_votes_on_open_and_daily(tmp_path):
    db = tmp_path / "fb.sqlite3"
    now = [1.8e9]
    store = FeedbackStore(db, retention_days=180, clock=lambda: now[0])
    store.add("day 0", [], {"answer": "a", "tasks": []}, -1)
    store.vote("changed-later", "s", -1, "day 0, changed on day 170", [], {"answer": "a", "tasks": []})
    now[0] += 100 * DAY
    store.add("day 100", [], {"answer": "a", "tasks": []}, 1)
    now[0] += 70 * DAY
    store.vote("changed-later", "s", 1, "day 0, changed on day 170", [], {"answer": "a", "tasks": []})  # a new vote: kept from now on
    assert _rows(db) == ["day 0", "day 0, changed on day 170", "day 100"]
    now[0] += 20 * DAY  # day 190: the daily purge at the next use deletes what is older than 180 days
    assert [f.question for f in store.items()] == ["day 0, changed on day 170", "day 100"]
    assert _rows(db) == ["day 0, changed on day 170", "day 100"]  # deleted from the file, not only hidden
    now[0] += 100 * DAY  # day 290: opening the store deletes what is older than 180 days
    FeedbackStore(db, retention_days=180, clock=lambda: now[0]).close()
    assert _rows(db) == ["day 0, changed on day 170"]
    FeedbackStore(db, retention_days=0, clock=lambda: now[0] + 9999 * DAY).close()  # 0 keeps everything
    assert _rows(db) == ["day 0, changed on day 170"]
    store.close()
