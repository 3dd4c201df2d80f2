"""Faults a deployment meets, injected on purpose with real processes, a real Chroma and a real disk.

Each test ends by checking that nothing was lost and the index is consistent
with the corpus: ``index verify`` (every id, every hash, self-retrieval of every
task) exits 0, and the message the person saw is the documented one.
The big ledger (3,100 tasks) is built once per session and copied per test.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant.corpus import ingest, removed_tasks
from assistant.errors import StorageFull
from assistant.ledger import load, load_corpus
from assistant.lock import writer_lock
from tests.conftest import ROOT, SEED, TODAY, free_port
from tests.documents import ledger_text

BIG_SCALE = 50  # 3,100 tasks: enough for Chroma's vector segment to be persisted (and for concurrent writers to break it)


# ------------------------------------------------------------------ helpers
def cli(*args: str, env: dict, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout,
                          env={**os.environ, **env})


def popen(*args: str, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "assistant", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, env={**os.environ, **env})


def workspace(base: Path, corpus_text: str | None = None) -> tuple[Path, dict]:
    """corpus/ (the seed, or ``corpus_text``), index/ and versions/ under ``base``, and the environment pointing at them."""
    (base / "corpus").mkdir(parents=True)
    if corpus_text is None:
        shutil.copy(SEED, base / "corpus" / SEED.name)
    else:
        (base / "corpus" / "ledger-2.txt").write_text(corpus_text, "utf-8")
    return base, {"LEDGER_CORPUS_DIR": str(base / "corpus"), "LEDGER_INDEX_DIR": str(base / "index"),
                  "LEDGER_VERSIONS_DIR": str(base / "versions"), "LEDGER_TODAY": TODAY.isoformat()}


def assert_consistent(env: dict, tasks: int) -> None:
    """Full check by the CLI: count and ids equal to the ledger, every hash, self-retrieval 100%."""
    p = cli("index", "verify", env=env)
    assert p.returncode == 0, p.stderr
    assert f"{tasks} entries match the ledger" in p.stdout and "every id and hash checked" in p.stdout
    n = int(p.stdout.split("self-retrieval ")[1].split("/")[0])
    assert f"self-retrieval {n}/{n}" in p.stdout and n >= tasks


def one_line(stderr: str) -> str:
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr and "panicked" not in stderr
    return lines[0]


@pytest.fixture(scope="session")
def big(tmp_path_factory) -> Path:
    """A 3,100-task ledger with its index built once by the CLI (copied by each test that changes it)."""
    base, env = workspace(tmp_path_factory.mktemp("big"), ledger_text(BIG_SCALE))
    p = cli("index", "build", env=env)
    assert p.returncode == 0, p.stderr
    assert "(first use only)" in p.stderr and "3100 added" in p.stdout
    return base


def big_copy(big: Path, dest: Path) -> tuple[Path, dict]:
    shutil.copytree(big, dest)
    return dest, {"LEDGER_CORPUS_DIR": str(dest / "corpus"), "LEDGER_INDEX_DIR": str(dest / "index"),
                  "LEDGER_VERSIONS_DIR": str(dest / "versions"), "LEDGER_TODAY": TODAY.isoformat()}


# ------------------------------------------------------------------ one writer at a time
def test_a_busy_lock_is_a_bounded_wait_and_one_clear_line(tmp_path):
    base, env = workspace(tmp_path)
    new = tmp_path / "ledger-2-v2.txt"
    new.write_text(ledger_text(1, "（修订）", every=7), "utf-8")
    before = (base / "corpus" / SEED.name).read_bytes()
    with writer_lock(base / "versions", command="python -m assistant index build (test holder)"):
        p = cli("ingest", str(new), env={**env, "LEDGER_LOCK_TIMEOUT": "1"})
    assert p.returncode == 5
    line = p.stderr.strip().splitlines()[-1]
    assert line.startswith("error: another writer 'python -m assistant index build (test holder)'") and "waited 1 s" in line
    assert "Traceback" not in p.stderr
    assert [x.name for x in (base / "corpus").iterdir()] == [SEED.name] and (base / "corpus" / SEED.name).read_bytes() == before


@pytest.mark.slow
def test_two_concurrent_ingests_on_a_big_ledger(big, tmp_path):
    base, env = big_copy(big, tmp_path / "w")
    v2, v3 = tmp_path / "ledger-2-v2.txt", tmp_path / "ledger-2-v3.txt"
    v2.write_text(ledger_text(BIG_SCALE, "（二版）", every=150), "utf-8")
    v3.write_text(ledger_text(BIG_SCALE, "（三版）", every=110, drop=5), "utf-8")
    procs = [popen("ingest", str(v), env=env) for v in (v2, v3)]
    outs = [(p.wait(timeout=600), *p.communicate()) for p in procs]
    for rc, out, err in outs:
        assert rc == 0, err
        assert "replaced:" in out and "Traceback" not in err
    # Exactly one ledger file, holding one whole version; the other version and the seed-size original are kept.
    files = [x for x in (base / "corpus").iterdir()]
    assert len(files) == 1 and files[0].read_text("utf-8") in (v2.read_text("utf-8"), v3.read_text("utf-8"))
    kept = sorted((base / "versions" / "L2").iterdir())
    assert len(kept) == 2 and any(k.read_text("utf-8") == ledger_text(BIG_SCALE) for k in kept)
    assert_consistent(env, len(load_corpus(base / "corpus").tasks))


@pytest.mark.slow
def test_two_concurrent_builds_embed_once(big, tmp_path):
    base, env = big_copy(big, tmp_path / "w")
    (base / "corpus" / "ledger-2.txt").write_text(ledger_text(BIG_SCALE, "（修订）", every=155), "utf-8")  # 20 tasks edited by hand
    procs = [popen("index", "build", env=env) for _ in range(2)]
    outs = [(p.wait(timeout=600), *p.communicate()) for p in procs]
    assert all(rc == 0 for rc, _, _ in outs), outs
    updated = sorted(int(out.split(" updated")[0].rsplit(" ", 1)[1]) for _, out, _ in outs)
    assert updated == [0, 20]  # one embedded the 20 changed tasks, the other found the index up to date
    messages = "".join(err for _, _, err in outs)
    assert "updating the index: 20 changed tasks" in messages and "first use only" not in messages
    assert_consistent(env, 3100)


@pytest.mark.slow
def test_sigkill_during_an_index_update(big, tmp_path):
    base, env = big_copy(big, tmp_path / "w")
    (base / "corpus" / "ledger-2.txt").write_text(ledger_text(BIG_SCALE, "（修订）", every=10), "utf-8")  # 310 new passages
    p = popen("index", "build", env=env)
    assert p.stderr is not None
    line = p.stderr.readline()
    assert "updating the index: 310 changed tasks" in line
    time.sleep(1.0)
    p.send_signal(signal.SIGKILL)
    p.wait(timeout=30)
    # The kernel released the lock with the process: the next writer does not wait, and finishes the job.
    ask = cli("ask", "便民接电点什么时候要建成？", env={**env, "LEDGER_LOCK_TIMEOUT": "5"})
    assert ask.returncode == 0, ask.stderr
    assert "任务 1.2" in ask.stdout and "waiting for another writer" not in ask.stderr
    assert_consistent(env, 3100)


# ------------------------------------------------------------------ damaged index: detected, moved aside, rebuilt
@pytest.mark.slow
@pytest.mark.parametrize("damage", ["deleted", "truncated"])
def test_damaged_vector_segment_is_rebuilt(big, tmp_path, damage):
    base, env = big_copy(big, tmp_path / "w")
    seg = next(d for d in (base / "index").iterdir() if d.is_dir())
    if damage == "deleted":
        shutil.rmtree(seg)
    else:
        with open(seg / "data_level0.bin", "r+b") as fh:
            fh.truncate(1000)
    bad = cli("index", "verify", env=env)
    assert bad.returncode == 5 and "index damaged" in one_line(bad.stderr)
    p = cli("ask", "便民接电点什么时候要建成？", env=env)
    assert p.returncode == 0, p.stderr
    assert one_line(p.stderr).startswith("索引损坏，已从台账重建：3100 项") and "任务 1.2" in p.stdout
    assert len(list(base.glob("index.damaged-*"))) == 1  # moved aside, not deleted
    assert (base / "versions" / ".vectors-use-m3.npz").exists()  # the kept data was outside the replaced folder
    assert_consistent(env, 3100)


def test_overwritten_sqlite_pages_are_rebuilt_and_versions_survive(tmp_path, ledger):
    base, env = workspace(tmp_path)
    assert cli("index", "build", env=env).returncode == 0
    new = tmp_path / "ledger-2-v2.txt"
    new.write_text(ledger_text(1, drop=47), "utf-8")
    assert cli("ingest", str(new), env=env).returncode == 0
    db = base / "index" / "chroma.sqlite3"
    size = db.stat().st_size
    with open(db, "r+b") as fh:
        for off in range(8192, size, 4096 * 7):
            fh.seek(off)
            fh.write(os.urandom(4096))
    p = cli("ask", "这版台账和上一版有什么变化？", env=env)
    assert p.returncode == 0, p.stderr
    assert one_line(p.stderr).startswith("索引损坏，已从台账重建：61 项")
    assert "删除" in p.stdout  # the kept version outlived the index folder, so the changes question still answers
    assert_consistent(env, 61)


# ------------------------------------------------------------------ disk full during ingest
def test_disk_full_while_writing_leaves_the_corpus_exactly_as_before(tmp_path, monkeypatch):
    base, _ = workspace(tmp_path)
    new = tmp_path / "ledger-2-v2.txt"
    new.write_text(ledger_text(2), "utf-8")
    before = {p.name: p.read_bytes() for p in (base / "corpus").iterdir()}
    real = shutil.copyfileobj

    def full(src, dst, length=0):
        dst.write(src.read(1000))  # part of the file reaches the disk, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", full)
    with pytest.raises(StorageFull, match=f"no space left on the device holding {base / 'corpus'}/"):
        ingest([new], base / "corpus", base / "versions")
    monkeypatch.setattr(shutil, "copyfileobj", real)
    assert {p.name: p.read_bytes() for p in (base / "corpus").iterdir()} == before  # no temporary file either
    assert not any((base / "versions").rglob("*")) if (base / "versions").exists() else True


@pytest.fixture()
def small_disk(tmp_path):
    """A 1 MB tmpfs (needs root and mount; skipped where the machine does not allow it)."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here; the in-process ENOSPC test covers the code path")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_disk_full_on_a_real_small_disk(tmp_path, small_disk):
    corpus, versions = small_disk / "corpus", small_disk / "versions"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    env = {"LEDGER_CORPUS_DIR": str(corpus), "LEDGER_INDEX_DIR": str(tmp_path / "index"), "LEDGER_VERSIONS_DIR": str(versions)}
    assert cli("index", "build", env=env).returncode == 0
    new = tmp_path / "ledger-2-v2.txt"
    new.write_text(ledger_text(80), "utf-8")  # bigger than the space left
    assert new.stat().st_size > 1 << 20
    p = cli("ingest", str(new), env=env)
    assert p.returncode == 5
    assert one_line(p.stderr) == f"error: no space left on the device holding {corpus}/; nothing was changed — free some space and run the command again"
    assert [x.name for x in corpus.iterdir()] == [SEED.name] and (corpus / SEED.name).read_bytes() == SEED.read_bytes()
    assert not list((versions / "L2").iterdir()) if (versions / "L2").exists() else True
    assert_consistent(env, 62)


# ------------------------------------------------------------------ Chroma server stopped and restarted
def _start_chroma(port: int, data: Path) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen([str(exe if exe.exists() else "chroma"), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(data)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc
        except OSError:
            assert proc.poll() is None, "chroma run exited early"
            time.sleep(0.2)
    proc.kill()
    pytest.fail("chroma server did not start")


@pytest.mark.slow
def test_chroma_server_stopped_then_restarted(tmp_path):
    base, env = workspace(tmp_path / "w")
    port = free_port()
    env = {**env, "LEDGER_CHROMA_HOST": "127.0.0.1", "LEDGER_CHROMA_PORT": str(port)}
    server = _start_chroma(port, tmp_path / "chroma")
    try:
        assert cli("index", "build", env=env).returncode == 0
        server.terminate()
        server.wait(timeout=30)
        for args in (("ask", "便民接电点什么时候要建成？"), ("index", "verify"), ("index", "build")):
            p = cli(*args, env=env)
            assert p.returncode == 5, p.stderr
            line = one_line(p.stderr)
            assert f"Chroma server at 127.0.0.1:{port}" in line and "LEDGER_CHROMA_HOST" in line
            assert "folder" not in line and "delete" not in line
        server = _start_chroma(port, tmp_path / "chroma")
        p = cli("ask", "便民接电点什么时候要建成？", env=env)
        assert p.returncode == 0 and "任务 1.2" in p.stdout and not p.stderr.strip()
        assert_consistent(env, 62)
        assert not (base / "index").exists()  # server mode writes no local index
    finally:
        server.terminate()
        server.wait(timeout=30)


# ------------------------------------------------------------------ live reload while ingest runs
@pytest.mark.slow
def test_live_assistant_answers_while_ingest_runs_then_swaps(tmp_path):
    from assistant.live import LiveAssistant
    from assistant.settings import load_settings

    base, env = workspace(tmp_path)
    settings = load_settings(corpus_dir=base / "corpus", index_dir=base / "index", versions_dir=base / "versions", today=TODAY)
    messages: list[str] = []
    live = LiveAssistant(settings, progress=messages.append, interval=0.2)
    first, gen = live.current(), live.generation
    assert first.ask("用电报装超期预警的完成时限？").deadline == "2025年底前"
    new = tmp_path / "ledger-2-v2.txt"
    new.write_text(SEED.read_text("utf-8").replace("\t加强用电报装超期预警，", "\t加强用电报装超期预警（修订），"), "utf-8")
    assert "（修订）" in load(new).task("3.4").text
    answers: list[tuple[str, str | None]] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def ask_loop() -> None:
        while not stop.is_set():
            try:
                a = live.current()
                ans = a.ask("便民接电点什么时候要建成？")
                answers.append((live.generation, ans.deadline))
            except BaseException as err:  # any failure fails the test
                errors.append(err)
                return

    t = threading.Thread(target=ask_loop)
    t.start()
    p = popen("ingest", str(new), env=env)
    _, err = p.communicate(timeout=300)
    deadline = time.time() + 120
    while live.generation == gen and time.time() < deadline:
        time.sleep(0.2)
    time.sleep(0.5)
    stop.set()
    t.join(timeout=60)
    assert p.returncode == 0, err
    assert not errors, errors
    assert live.generation != gen and live.reloads == 1
    assert answers and all(d == "2026年底前" for _, d in answers)  # every answer during the swap was whole
    assert any(g == gen for g, _ in answers) and any(g != gen for g, _ in answers)
    assert any(m.startswith("台账已更新：62 项") for m in messages)
    # ready(): the assistant only while no corpus check is due (what the API may answer with on its event loop)
    time.sleep(0.25)
    assert live.ready() is None
    assert live.ready() is None and live.current() is live.ready()
    # the object handed out before the swap still answers (in-flight questions finish on it)
    assert first.ask("便民接电点什么时候要建成？").deadline == "2026年底前"
    now = live.current()
    assert now is not first and "（修订）" in now.ledger.task("3.4").text
    assert_consistent(env, 62)


# ------------------------------------------------------------------ messages and exit codes
def test_bad_inputs_to_ingest_and_diff_are_exit_2_naming_the_path(tmp_path):
    base, env = workspace(tmp_path)
    (tmp_path / "folder").mkdir()
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    for args, expect in [(("ingest", str(tmp_path / "missing.docx")), "no such file"), (("ingest", str(tmp_path / "folder")), "is a folder"),
                         (("ingest", str(tmp_path / "x.pdf")), "unsupported file type '.pdf'"),
                         (("diff", str(tmp_path / "missing.docx"), str(SEED)), "no such file")]:
        p = cli(*args, env=env)
        assert p.returncode == 2, (args, p.stderr)
        line = one_line(p.stderr)
        assert expect in line and str(tmp_path) in line
    bad = tmp_path / "ledger-2-bad.txt"
    bad.write_text(SEED.read_text("utf-8").replace("2025年底前", "尽快", 1), "utf-8")
    p = cli("ingest", str(bad), env=env)
    assert p.returncode == 3 and "ledger-2-bad.txt:" in one_line(p.stderr) and "尽快" in p.stderr
    assert [x.name for x in (base / "corpus").iterdir()] == [SEED.name]


def test_removed_tasks_and_versions_moved_out_of_the_index_folder(tmp_path, ledger):
    from assistant.core import Assistant
    from assistant.settings import load_settings

    base, _ = workspace(tmp_path)
    # the old layout: versions under the index folder
    old = base / "index" / "versions" / "L2"
    old.mkdir(parents=True)
    shutil.copy(SEED, old / f"20260101T000000000000-{SEED.name}")
    (base / "corpus" / SEED.name).write_text(ledger_text(1, drop=47), "utf-8")  # 12.3 removed (the 48th of 62 tasks)
    settings = load_settings(corpus_dir=base / "corpus", index_dir=base / "index", today=TODAY)
    a = Assistant.from_settings(settings)
    assert settings.kept_dir == base / "versions"
    assert not (base / "index" / "versions").exists() and len(list((base / "versions" / "L2").iterdir())) == 1
    gone = removed_tasks(settings.kept_dir, a.ledger)
    assert [t.id for t in gone] == ["12.3"] and gone[0] == dataclasses.replace(ledger.task("12.3"), line=gone[0].line)
    assert removed_tasks(tmp_path / "nowhere", a.ledger) == []
