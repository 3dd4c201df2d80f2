"""Scale-out: two app replicas (real processes) on loopback sharing one `chroma run` server and one PostgreSQL.

PostgreSQL comes from Debian's `postgresql` package and is started by this test (initdb + pg_ctl in a
temporary folder, as the `postgres` user when the tests run as root). A vote recorded on one replica
is exported from the other; a ledger ingested through one is answered by both after a reload.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, SEED, free_port
from tests.test_api import ADMIN, BEARER, stop, wait_ready

pytestmark = pytest.mark.slow


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[4]) if Path(p).parts[4].isdigit() else 0)
    return Path(found[-1]).parent if found else (Path(shutil.which("initdb")).parent if shutil.which("initdb") else None)


def _wait_port(port: int, proc: subprocess.Popen | None, what: str, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            if proc is not None and proc.poll() is not None:
                pytest.fail(f"{what} exited early")
            time.sleep(0.2)
    pytest.fail(f"{what} did not start")


@pytest.fixture(scope="module")
def postgres():
    pg = _pg_bin()
    if pg is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    pytest.importorskip("psycopg")
    root = Path(tempfile.mkdtemp(prefix="ledger-pg-"))
    data = root / "data"
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        pw = pwd.getpwnam("postgres")
        os.chown(root, pw.pw_uid, pw.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    subprocess.run([*as_user, str(pg / "initdb"), "-D", str(data), "-U", "ledger", "--auth=trust", "-E", "UTF8", "--locale=C"],
                   check=True, capture_output=True, timeout=120)
    opts = f"-p {port} -h 127.0.0.1 -k {data} -c fsync=off -c max_connections=40"
    subprocess.run([*as_user, str(pg / "pg_ctl"), "-D", str(data), "-o", opts, "-l", str(root / "log"), "-w", "-t", "60", "start"],
                   check=True, capture_output=True, timeout=120)
    try:
        import psycopg

        with psycopg.connect(f"postgresql://ledger@127.0.0.1:{port}/postgres", autocommit=True) as conn:
            conn.execute("CREATE DATABASE feedback")
        yield f"postgresql://ledger@127.0.0.1:{port}/feedback"
    finally:
        subprocess.run([*as_user, str(pg / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def chroma(tmp_path_factory):
    exe = Path(sys.executable).with_name("chroma")
    if not exe.exists():
        exe = Path(shutil.which("chroma") or "chroma")
    port = free_port()
    proc = subprocess.Popen([str(exe), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(tmp_path_factory.mktemp("chroma"))],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    _wait_port(port, proc, "chroma run")
    yield port
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def replicas(tmp_path_factory, postgres, chroma):
    """Two API processes; shared: the corpus folder, the Chroma server, the PostgreSQL feedback store. Nothing else."""
    shared = tmp_path_factory.mktemp("shared")
    corpus = shared / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    env = {**os.environ, "LEDGER_CORPUS_DIR": str(corpus), "LEDGER_CHROMA_HOST": "127.0.0.1", "LEDGER_CHROMA_PORT": str(chroma),
           "LEDGER_FEEDBACK_URL": postgres, "LEDGER_TODAY": "2026-11-27", "LEDGER_ADMIN_TOKEN": ADMIN,
           "LEDGER_SECRET_KEY": "one-key-for-every-replica-0123456789"}  # answer ids given by one replica are taken by the other
    procs, urls = [], []
    for i in range(2):
        own = tmp_path_factory.mktemp(f"replica{i}")  # each its own working folder, index folder and feedback file: unused
        port = free_port()
        e = {**env, "LEDGER_INDEX_DIR": str(own / "index"), "LEDGER_FEEDBACK_DB": str(own / "unused.sqlite3")}
        proc = subprocess.Popen([sys.executable, "-m", "assistant.api", "--port", str(port)], env=e, cwd=own,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        url = f"http://127.0.0.1:{port}/"
        wait_ready(url, proc)
        procs.append(proc)
        urls.append(url)
    yield urls, env, corpus
    for p in procs:
        stop(p)


def test_a_vote_on_one_replica_is_exported_from_the_other(replicas, tmp_path):
    (a, b), env, _ = replicas
    ans = httpx.post(a + "api/ask", json={"question": "省住建厅有哪些任务已经过了完成时限？"}, timeout=30).json()
    r = httpx.post(a + "api/feedback", json={"answer_id": ans["answer_id"], "vote": -1, "question": "省住建厅有哪些任务已经过了完成时限？",
                                             "answer": ans, "comment": "少了一项", "session": "desk-1"}, timeout=30)
    assert r.status_code == 200 and r.json()["stored"] is True
    items = httpx.get(b + "api/feedback/negative", headers=BEARER, timeout=30).json()["items"]
    mine = [x for x in items if x["review"]["answer_id"] == ans["answer_id"]]
    assert len(mine) == 1 and mine[0]["review"]["comment"] == "少了一项" and mine[0]["question"].startswith("省住建厅")
    # the same session voting again on the other replica replaces its vote there too
    httpx.post(b + "api/feedback", json={"answer_id": ans["answer_id"], "vote": 1, "answer": ans, "session": "desk-1"}, timeout=30)
    assert not [x for x in httpx.get(a + "api/feedback/negative", headers=BEARER, timeout=30).json()["items"] if x["review"]["answer_id"] == ans["answer_id"]]
    httpx.post(b + "api/feedback", json={"answer_id": ans["answer_id"], "vote": -1, "answer": ans, "session": "desk-1"}, timeout=30)
    # and the command-line export reads the same PostgreSQL store
    out = tmp_path / "review.jsonl"
    p = subprocess.run([sys.executable, "-m", "assistant", "feedback", "export", "--out", str(out)], env=env, cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert ans["answer_id"] in out.read_text("utf-8") and "少了一项" in out.read_text("utf-8")


def test_a_ledger_ingested_through_one_replica_is_answered_by_both(replicas, tmp_path, ledger):
    from tests.documents import write_docx
    from tests.test_corpus import edited

    (a, b), env, _ = replicas
    question = "供电服务满意度回访机制由哪个单位负责？"
    for url in (a, b):
        assert "16.5" not in httpx.post(url + "api/ask", json={"question": question}, timeout=30).json()["tasks"]
    new = write_docx(edited(ledger), tmp_path / "ledger-2-v2.docx")
    p = subprocess.run([sys.executable, "-m", "assistant", "ingest", str(new)], env={**env, "LEDGER_INDEX_DIR": str(tmp_path / "index")},
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    for url in (a, b):
        r = httpx.post(url + "api/admin/reload", headers=BEARER, timeout=120)
        assert r.status_code == 200, r.text
        got = httpx.post(url + "api/ask", json={"question": question}, timeout=30).json()
        assert got["tasks"][0] == "16.5", (url, got)
        assert httpx.get(url + "api/tasks", params={"keyword": "满意度回访"}, timeout=30).json()["count"] == 1
