"""Benchmark: start-up (with its profile), latency by route, peak memory, and the assistant against a plain retriever.

usage: python benchmarks/bench.py [--repeat 5] [--scale 100] [--runs 5] [--part all|start|ratio]

``start`` (per ledger: the seed, and a synthetic one ``--scale`` times as large): cold build, warm
start to the first answer (``--repeat`` fresh processes) with the time of each start-up stage,
peak memory, latency by route over both FAQ sets.

``ratio``: ``--runs`` runs; in each, a second process keeps one core busy (as on a server answering
several people) while, one after the other (each run starting with the next one), the assistant (dense search from memory), the assistant
with ``LEDGER_DENSE_SEARCH=chroma``, and a plain row-per-chunk hybrid retriever (benchmarks/baseline.py:
BM25 + the same encoder, one thread, no rules) answer the same FAQ questions in fresh processes. Each contender runs
once, unmeasured, before the first run, so that what it keeps on disk between processes (jieba's dictionary cache for
both, the assistant's compiled patterns) is there as on any machine that has answered before.
Prints each one's p50/p95 per run and the p50 ratio (assistant / baseline), then the median ratio with
its spread (min–max) over the runs.

Each measurement runs in a fresh child process so its peak memory (ru_maxrss) is its own. The children keep
Python's bytecode in a folder of their own for the run (``PYTHONPYCACHEPREFIX``; ``PYTHONDONTWRITEBYTECODE`` is
dropped for them), as an installed wheel has its bytecode: a start measured on a source tree whose environment
forbids bytecode would compile every module of the package, about 0.2 s, on each start. Figures are
medians with the spread (min–max) over the repeats; the CPU time of the process is shown beside the
wall time, which varies with the machine's load.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.documents import ledger_text  # noqa: E402 - the same generated ledger as the fault tests

#: the children's bytecode, kept for the run (see the module's docstring)
PYC = tempfile.mkdtemp(prefix="bench-pyc-")
atexit.register(shutil.rmtree, PYC, True)


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": PYC, **(extra or {})}


SETS = [ROOT / "tests" / "faq" / "dev.jsonl", ROOT / "tests" / "faq" / "own.jsonl"]

CHILD = r"""
import json, resource, sys, time, datetime as dt
t0 = time.perf_counter()
from assistant.core import Assistant
from assistant.settings import load_settings
from assistant.evaluate import read_jsonl
t_import = time.perf_counter() - t0
corpus, index, sets, mode = sys.argv[1], sys.argv[2], sys.argv[3].split(","), sys.argv[4]
a = Assistant.from_settings(load_settings(corpus_dir=corpus, index_dir=index, today=dt.date(2026, 11, 27)))
t_ready = time.perf_counter() - t0
first = a.ask("便民接电点什么时候要建成？")
t_first = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_SELF)
cpu_first = ru.ru_utime + ru.ru_stime
lat, wall = {}, []
if mode in ("full", "questions"):
    for path in sets:
        for it in read_jsonl(path):
            t = time.perf_counter()
            ans = a.ask(str(it.get("question") or ""), it.get("history"))
            wall.append((time.perf_counter() - t) * 1000)
            lat.setdefault(ans.route, []).append(ans.latency_ms)
stages = {"import": t_import, **getattr(a, "startup", {}), "first answer": t_first - t_ready}
print(json.dumps({"ready_s": t_ready, "first_answer_s": t_first, "cpu_first_s": cpu_first, "latency": lat, "latency_ms": wall,
                  "stages": stages, "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child(corpus: Path, index: Path, mode: str, env: dict[str, str] | None = None) -> dict:
    p = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(index), ",".join(map(str, SETS)), mode],
                       capture_output=True, text=True, cwd=ROOT, check=True, env=child_env(env))
    return json.loads(p.stdout.strip().splitlines()[-1])


def baseline(corpus: Path) -> dict:
    p = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "baseline.py"), str(corpus), *map(str, SETS)],
                       capture_output=True, text=True, cwd=ROOT, check=True, env=child_env())
    return json.loads(p.stdout.strip().splitlines()[-1])


def synthetic(scale: int, out: Path) -> Path:
    """The seed's rows repeated ``scale`` times as new measures (62 × scale tasks), the same ledger the fault tests use."""
    d = out / f"x{scale}"
    d.mkdir()
    (d / "ledger.txt").write_text(ledger_text(scale), "utf-8")
    return d


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(q * (len(s) - 1) + 0.5))]


def spread(xs: list[float], fmt: str = "{:.2f}") -> str:
    return f"{fmt.format(statistics.median(xs))} ({fmt.format(min(xs))}–{fmt.format(max(xs))})"


def scenario(name: str, corpus: Path, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        idx = Path(tmp) / "index"
        t = time.perf_counter()
        cold = child(corpus, idx, "start")
        cold_wall = time.perf_counter() - t
        warm = [child(corpus, idx, "start") for _ in range(repeat)]
        full = [child(corpus, idx, "full") for _ in range(max(1, repeat // 2))]
    print(f"\n## {name}")
    print("| measure | median (min–max) |\n|---|---|")
    print(f"| cold start incl. index build, to first answer (s) | {cold['first_answer_s']:.2f} (process wall {cold_wall:.2f}) |")
    print(f"| warm start to first answer, wall (s), n={repeat} | {spread([w['first_answer_s'] for w in warm])} |")
    print(f"| warm start to first answer, CPU time of the process (s) | {spread([w['cpu_first_s'] for w in warm])} |")
    print(f"| peak memory, warm start + first answer (MB) | {spread([w['maxrss_mb'] for w in warm], '{:.0f}')} |")
    print(f"| peak memory, after both FAQ sets (MB) | {spread([f['maxrss_mb'] for f in full], '{:.0f}')} |")
    print(f"\nwarm start profile, seconds per stage, median (min–max) of {repeat}:\n\n| stage | s |\n|---|---|")
    for stage in warm[0]["stages"]:
        print(f"| {stage} | {spread([w['stages'][stage] for w in warm], '{:.3f}')} |")
    routes: dict[str, list[list[float]]] = {}
    for f in full:
        for route, xs in f["latency"].items():
            routes.setdefault(route, []).append(xs)
    print("\n| route | n | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|")
    for route, runs in sorted(routes.items()):
        p50 = [statistics.median(xs) for xs in runs]
        p95 = [pct(xs, 0.95) for xs in runs]
        print(f"| {route} | {len(runs[0])} | {spread(p50)} | {spread(p95)} | {max(max(xs) for xs in runs):.2f} |")
    every = [[x for xs in f["latency"].values() for x in xs] for f in full]
    print(f"| all | {len(every[0])} | {spread([statistics.median(xs) for xs in every])} | {spread([pct(xs, 0.95) for xs in every])} | "
          f"{max(max(xs) for xs in every):.2f} |")


def busy() -> subprocess.Popen:
    """A second process keeping one core busy for as long as it runs."""
    return subprocess.Popen([sys.executable, "-c", "while True:\n    pass"])


def ratio(runs: int) -> None:
    """The assistant (memory and Chroma dense search) against the plain retriever, same questions, same run, beside a busy process."""
    corpus = ROOT / "corpus"
    rows: list[dict[str, tuple[float, float]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        idx = Path(tmp) / "index"
        child(corpus, idx, "start")  # builds the index once
        contenders = {"assistant": lambda: child(corpus, idx, "questions")["latency_ms"],
                      "assistant, Chroma query": lambda: child(corpus, idx, "questions", {"LEDGER_DENSE_SEARCH": "chroma"})["latency_ms"],
                      "plain retriever": lambda: baseline(corpus)["latency_ms"]}
        names = list(contenders)
        for name in names:  # once, not measured: each fills its caches on disk (jieba's dictionary, the compiled patterns)
            contenders[name]()
        for run in range(runs):
            burner = busy()
            try:
                time.sleep(0.5)
                order = names[run % 3:] + names[: run % 3]  # each goes first in turn: no place in the run favours one
                got = {name: contenders[name]() for name in order}
            finally:
                burner.kill()
                burner.wait()
            rows.append({k: (statistics.median(v), pct(v, 0.95)) for k, v in got.items()})
    n = len(got["assistant"])
    print(f"\n## assistant against a plain retriever: {n} FAQ questions, a busy process beside, {runs} run(s)")
    print("\n| run | assistant p50 / p95 ms | with Chroma query p50 / p95 ms | plain retriever p50 / p95 ms | p50 ratio | ratio, Chroma query |")
    print("|---|---|---|---|---|---|")
    for i, r in enumerate(rows, 1):
        a, c, b = r["assistant"], r["assistant, Chroma query"], r["plain retriever"]
        print(f"| {i} | {a[0]:.2f} / {a[1]:.2f} | {c[0]:.2f} / {c[1]:.2f} | {b[0]:.2f} / {b[1]:.2f} | {a[0] / b[0]:.2f} | {c[0] / b[0]:.2f} |")
    ratios = [r["assistant"][0] / r["plain retriever"][0] for r in rows]
    chroma = [r["assistant, Chroma query"][0] / r["plain retriever"][0] for r in rows]
    print(f"\np50 ratio assistant / plain retriever, median (min–max) over {runs}: {spread(ratios)}; "
          f"with Chroma's query: {spread(chroma)}")
    print(f"assistant p95, median (min–max): {spread([r['assistant'][1] for r in rows])} ms; "
          f"plain retriever p95: {spread([r['plain retriever'][1] for r in rows])} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5, help="warm starts per ledger")
    ap.add_argument("--scale", type=int, default=100, help="size of the synthetic ledger (1: none)")
    ap.add_argument("--runs", type=int, default=1, help="runs of the comparison with the plain retriever")
    ap.add_argument("--part", choices=["all", "start", "ratio"], default="all")
    a = ap.parse_args()
    if a.part in ("all", "ratio"):
        ratio(a.runs)
    if a.part in ("all", "start"):
        scenario(f"seed ledger (62 tasks), FAQ sets {', '.join(p.name for p in SETS)}", ROOT / "corpus", a.repeat)
        if a.scale > 1:
            with tempfile.TemporaryDirectory() as tmp:
                scenario(f"synthetic ledger ×{a.scale} ({62 * a.scale} tasks)", synthetic(a.scale, Path(tmp)), a.repeat)


if __name__ == "__main__":
    main()
