"""Load benchmark (Locust, headless, in-process): concurrent users asking realistic questions.

    python benchmarks/load.py --users 50 200 --duration 60 --targets api queue

For each target and user count a fresh server (``python ui.py``: the UI and the JSON API in one
process, the default deployment; or ``--targets api-workers`` for ``ledger-assistant-api --workers 2``)
is started on loopback with its own index and feedback file. Locust users then ask questions taken
from tests/faq/*.jsonl (their history included) for ``--duration`` seconds, each waiting 1–3 s
between questions like a person at a help desk:

* ``api``: ``POST /api/ask``;
* ``queue``: the UI's ``/ask`` endpoint through the Gradio queue (``/gradio_api/queue/join`` then the
  server-sent events of ``/gradio_api/queue/data`` until the answer arrives), one queue session per user.

Reported: requests, errors, p50/p95/max latency; the server's RSS sampled every second (psutil) at
warm-up end, half-time and the end; its CPU time per request and the answering time inside it.
Nothing is sent anywhere but 127.0.0.1, and every run stops by itself.
"""

from __future__ import annotations

from gevent import monkey

monkey.patch_all()

import argparse  # noqa: E402
import contextlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import socket  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from pathlib import Path  # noqa: E402

import gevent  # noqa: E402
import psutil  # noqa: E402
from locust import HttpUser, between, task  # noqa: E402
from locust.env import Environment  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ANSWER_MS: list[float] = []  # answering time reported by the server (latency_ms), per answer


def questions() -> list[dict]:
    out = []
    for f in sorted((ROOT / "tests" / "faq").glob("*.jsonl")):
        for line in f.read_text("utf-8").splitlines():
            if line.strip():
                it = json.loads(line)
                out.append({"question": str(it.get("question") or ""), "history": it.get("history") or []})
    return out


QUESTIONS = questions()


class ApiUser(HttpUser):
    """A client of the JSON API."""

    wait_time = between(1, 3)

    @task
    def ask(self) -> None:
        q = random.choice(QUESTIONS)
        with self.client.post("/api/ask", json=q, name="POST /api/ask", catch_response=True) as r:
            if r.status_code != 200:
                r.failure(f"HTTP {r.status_code}")
                return
            ANSWER_MS.append(float(r.json().get("latency_ms", 0)))


class QueueUser(HttpUser):
    """A browser session asking through the Gradio queue (the protocol its JavaScript client speaks)."""

    wait_time = between(1, 3)
    fn_index: int = -1

    def on_start(self) -> None:
        self.session = uuid.uuid4().hex[:11]

    @task
    def ask(self) -> None:
        q = random.choice(QUESTIONS)
        t0 = time.perf_counter()
        error: str | None = None
        try:
            join = self.client.post("/gradio_api/queue/join", name="queue join", json={
                "data": [q["question"], q["history"], ""], "fn_index": self.fn_index, "session_hash": self.session,
                "event_data": None, "trigger_id": None})
            if join.status_code != 200:
                error = f"join HTTP {join.status_code}"
            else:
                event_id = join.json()["event_id"]
                with self.client.get(f"/gradio_api/queue/data?session_hash={self.session}", name="queue data", stream=True,
                                     catch_response=True) as r:
                    error = "stream ended without an answer"
                    for raw in r.iter_lines():
                        if not raw.startswith(b"data:"):
                            continue
                        msg = json.loads(raw[5:])
                        if msg.get("event_id") not in (None, event_id):
                            continue
                        if msg.get("msg") == "queue_full":
                            error = "queue full"
                            break
                        if msg.get("msg") == "process_completed":
                            out = msg.get("output") or {}
                            if msg.get("success") and out.get("data"):
                                ANSWER_MS.append(float(out["data"][0].get("latency_ms", 0)))
                                error = None
                            else:
                                error = f"failed: {str(out)[:100]}"
                            break
                    r.success()
        except Exception as err:
            error = f"{type(err).__name__}: {err}"
        self.environment.events.request.fire(request_type="QUEUE", name="/ask via queue", response_time=(time.perf_counter() - t0) * 1000,
                                             response_length=0, exception=RuntimeError(error) if error else None, context={})


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree(proc: psutil.Process) -> list[psutil.Process]:
    try:
        return [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return []


def rss_mb(proc: psutil.Process) -> float:
    total = 0
    for p in tree(proc):
        with contextlib.suppress(psutil.NoSuchProcess):
            total += p.memory_info().rss
    return total / 2**20


def cpu_s(proc: psutil.Process) -> float:
    total = 0.0
    for p in tree(proc):
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


def start_server(target: str, work: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "LEDGER_INDEX_DIR": str(work / "index"), "LEDGER_FEEDBACK_DB": str(work / "fb.sqlite3"),
           "LEDGER_CORPUS_DIR": str(ROOT / "corpus"), "LEDGER_TODAY": "2026-11-27", "LEDGER_UI_QUEUE_SIZE": "512"}
    cmd = [sys.executable, str(ROOT / "ui.py"), "--port", str(port)] if target != "api-workers" else \
        [sys.executable, "-m", "assistant.api", "--port", str(port), "--workers", "2"]
    proc = subprocess.Popen(cmd, env=env, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    import requests

    deadline = time.time() + 180
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            if requests.get(url + "/readyz", timeout=2).status_code == 200:
                return proc, url
        except requests.RequestException:
            pass
        time.sleep(0.5)
    proc.kill()
    raise SystemExit("server did not start")


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))] if s else float("nan")


def scenario(target: str, users: int, duration: float) -> dict:
    import requests

    work = Path(tempfile.mkdtemp(prefix="ledger-load-"))
    proc, url = start_server(target, work)
    server = psutil.Process(proc.pid)
    try:
        user_class = QueueUser if target == "queue" else ApiUser
        if target == "queue":
            config = requests.get(url + "/config", timeout=10).json()
            QueueUser.fn_index = next(d["id"] for d in config["dependencies"] if d.get("api_name") == "ask")
        ANSWER_MS.clear()
        env = Environment(user_classes=[user_class], host=url)
        runner = env.create_local_runner()
        samples: list[tuple[float, float]] = []
        stop = threading.Event()
        t_start = time.time()

        def sample() -> None:
            while not stop.is_set():
                samples.append((time.time() - t_start, rss_mb(server)))
                gevent.sleep(1)

        sampler = gevent.spawn(sample)
        cpu0 = cpu_s(server)
        runner.start(users, spawn_rate=max(10, users / 5))
        gevent.sleep(duration)
        runner.quit()
        stop.set()
        sampler.join(timeout=5)
        cpu = cpu_s(server) - cpu0
        rows = [s for s in env.stats.entries.values() if s.name in ("POST /api/ask", "/ask via queue")]
        st = rows[0]
        warm = next((r for t, r in samples if t >= 10), samples[0][1])
        mid = next((r for t, r in samples if t >= duration / 2), samples[-1][1])
        return {"target": target, "users": users, "n": st.num_requests, "errors": st.num_failures,
                "p50": st.get_response_time_percentile(0.5), "p95": st.get_response_time_percentile(0.95), "max": st.max_response_time,
                "rps": st.num_requests / duration, "rss_warm": warm, "rss_mid": mid, "rss_end": samples[-1][1],
                "cpu_ms_per_req": 1000 * cpu / max(1, st.num_requests), "answer_ms_p50": statistics.median(ANSWER_MS) if ANSWER_MS else 0,
                "answer_ms_p95": pct(ANSWER_MS, 0.95), "failures": sorted({str(e.error)[:80] for e in env.stats.errors.values()})[:3],
                "rss_series": [round(r) for t, r in samples if int(t) % 10 == 0]}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        import shutil

        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--users", type=int, nargs="+", default=[50, 200])
    ap.add_argument("--duration", type=float, default=60.0, help="seconds per scenario (at most 300)")
    ap.add_argument("--targets", nargs="+", default=["api", "queue"], choices=["api", "queue", "api-workers"])
    args = ap.parse_args()
    duration = min(args.duration, 300.0)
    print(f"# {time.strftime('%Y-%m-%d %H:%M')} · {os.cpu_count()} cores · load average {os.getloadavg()[0]:.2f} at start · "
          f"{len(QUESTIONS)} questions · {duration:.0f} s per scenario, think time 1–3 s", flush=True)
    print("| target | users | requests | errors | req/s | p50 ms | p95 ms | max ms | server CPU ms/req | answering p50/p95 ms | "
          "RSS MB at 10 s → half → end |")
    print("|---|---|---|---|---|---|---|---|---|---|---|", flush=True)
    for users in args.users:
        for target in args.targets:
            r = scenario(target, users, duration)
            print(f"| {r['target']} | {r['users']} | {r['n']} | {r['errors']} | {r['rps']:.1f} | {r['p50']:.0f} | {r['p95']:.0f} | "
                  f"{r['max']:.0f} | {r['cpu_ms_per_req']:.1f} | {r['answer_ms_p50']:.1f} / {r['answer_ms_p95']:.1f} | "
                  f"{r['rss_warm']:.0f} → {r['rss_mid']:.0f} → {r['rss_end']:.0f} |", flush=True)
            print(f"<!-- RSS every 10 s: {r['rss_series']}; failures: {r['failures']}; load average now {os.getloadavg()[0]:.2f} -->", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
