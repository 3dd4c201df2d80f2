"""How many encoder (BLAS) threads to use: per query and for bulk embedding at index build.

    python benchmarks/threads.py --repeat 5 --threads 1 2

For each thread count, with and without CPU contention (one busy process per core, as when a
server answers several questions at once or other programs run), it measures:
  * single-query embedding latency over the FAQ questions (uncached), p50 and p95;
  * bulk embedding of every ledger passage (the index build), total seconds.
Figures are medians over ``--repeat`` runs with the spread (min–max).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _burn(stop: mp.Event) -> None:  # type: ignore[valid-type]
    x = 0
    while not stop.is_set():
        for _ in range(100_000):
            x += 1


def _pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def run(threads: int, questions: list[str], passages: list[str]) -> dict:
    from assistant.embeddings import USEEmbedder

    emb = USEEmbedder(threads=threads, bulk_threads=threads)
    emb._embed_one("预热")  # load the weights
    lat = []
    for q in questions:
        t0 = time.perf_counter()
        emb._embed_one(q)  # uncached
        lat.append((time.perf_counter() - t0) * 1000)
    t0 = time.perf_counter()
    emb.embed_documents(passages)
    bulk = time.perf_counter() - t0
    return {"p50": statistics.median(lat), "p95": _pct(lat, 0.95), "bulk_s": bulk}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--questions", type=int, default=120, help="FAQ questions per run")
    args = ap.parse_args()
    from assistant.ledger import load_corpus

    questions = []
    for f in sorted((ROOT / "tests" / "faq").glob("*.jsonl")):
        questions += [json.loads(line)["question"] for line in f.read_text("utf-8").splitlines() if line.strip()]
    questions = [q for q in questions if q.strip()][: args.questions]
    passages = [t.passage() for t in load_corpus(ROOT / "corpus").tasks]
    print(f"# {time.strftime('%Y-%m-%d %H:%M')} · {os.cpu_count()} cores · load average {os.getloadavg()[0]:.2f} at start · "
          f"{len(questions)} questions, {len(passages)} passages, {args.repeat} repeats")
    print("| threads | CPU contention | query p50 ms | query p95 ms | bulk embed of the ledger s |")
    print("|---|---|---|---|---|")
    for contention in (False, True):
        for t in args.threads:
            runs = []
            for _ in range(args.repeat):
                stop = mp.Event()
                hogs = [mp.Process(target=_burn, args=(stop,), daemon=True) for _ in range(os.cpu_count() or 2)] if contention else []
                for h in hogs:
                    h.start()
                try:
                    runs.append(run(t, questions, passages))
                finally:
                    stop.set()
                    for h in hogs:
                        h.join(timeout=5)

            def cell(key: str, fmt: str, runs: list[dict] = runs) -> str:
                xs = [r[key] for r in runs]
                return f"{statistics.median(xs):{fmt}} ({min(xs):{fmt}}–{max(xs):{fmt}})"

            print(f"| {t} | {'yes' if contention else 'no'} | {cell('p50', '.2f')} | {cell('p95', '.2f')} | {cell('bulk_s', '.3f')} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
