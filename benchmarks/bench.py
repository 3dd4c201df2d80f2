"""Benchmark: latency by route, cold build, warm start, peak memory; seed ledger and a 100× synthetic one.

usage: python benchmarks/bench.py [--repeat 5] [--scale 100]
Each scenario runs in a fresh child process so its peak memory (ru_maxrss) is its own.
Figures are medians with the spread (min–max) over the repeats. Wall time on a shared machine
varies with its load; the CPU time of the process is shown beside it for that reason.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.documents import ledger_text  # noqa: E402 - the same generated ledger as the fault tests

SETS = [ROOT / "tests" / "faq" / "dev.jsonl", ROOT / "tests" / "faq" / "own.jsonl"]

CHILD = r"""
import json, resource, sys, time, datetime as dt
t0 = time.perf_counter()
from assistant.core import Assistant
from assistant.settings import load_settings
from assistant.evaluate import read_jsonl
corpus, index, sets, mode = sys.argv[1], sys.argv[2], sys.argv[3].split(","), sys.argv[4]
a = Assistant.from_settings(load_settings(corpus_dir=corpus, index_dir=index, today=dt.date(2026, 11, 27)))
t_ready = time.perf_counter() - t0
first = a.ask("便民接电点什么时候要建成？")
t_first = time.perf_counter() - t0
ru = resource.getrusage(resource.RUSAGE_SELF)
cpu_first = ru.ru_utime + ru.ru_stime
lat = {}
if mode == "full":
    for path in sets:
        for it in read_jsonl(path):
            ans = a.ask(str(it.get("question") or ""), it.get("history"))
            lat.setdefault(ans.route, []).append(ans.latency_ms)
print(json.dumps({"ready_s": t_ready, "first_answer_s": t_first, "cpu_first_s": cpu_first, "latency": lat,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child(corpus: Path, index: Path, mode: str) -> dict:
    p = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(index), ",".join(map(str, SETS)), mode],
                       capture_output=True, text=True, cwd=ROOT, check=True)
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
    routes: dict[str, list[list[float]]] = {}
    for f in full:
        for route, xs in f["latency"].items():
            routes.setdefault(route, []).append(xs)
    print("\n| route | n | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|")
    for route, runs in sorted(routes.items()):
        p50 = [statistics.median(xs) for xs in runs]
        p95 = [pct(xs, 0.95) for xs in runs]
        print(f"| {route} | {len(runs[0])} | {spread(p50)} | {spread(p95)} | {max(max(xs) for xs in runs):.2f} |")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--scale", type=int, default=100)
    a = ap.parse_args()
    scenario(f"seed ledger (62 tasks), FAQ sets {', '.join(p.name for p in SETS)}", ROOT / "corpus", a.repeat)
    if a.scale > 1:
        with tempfile.TemporaryDirectory() as tmp:
            scenario(f"synthetic ledger ×{a.scale} ({62 * a.scale} tasks)", synthetic(a.scale, Path(tmp)), max(2, a.repeat // 2))


if __name__ == "__main__":
    main()
