"""Benchmark: what integrity costs and what repair takes, on the seed ×scale ledger.

usage: python benchmarks/integrity.py [--repeat 3] [--scale 50]

Per repeat, in a fresh temporary folder and with real CLI processes:
- full index build (every task embedded);
- the cheap check a reader runs on every open (count, ids, hashes, 8 sampled self-retrievals), in-process;
- `index verify` (every id, hash and task), wall time of the process;
- repair after pages of chroma.sqlite3 are overwritten: the time the repair message states (vectors from the cache);
- `index rebuild` with the vector cache removed (every task embedded again).
Figures are medians with the spread (min–max).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.documents import ledger_text  # noqa: E402 - the same generated ledger as the fault tests


def run(env: dict, *args: str) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, cwd=ROOT, env={**os.environ, **env})
    if p.returncode != 0:
        raise SystemExit(f"{args} failed: {p.stderr}")
    return time.perf_counter() - t0, p


def cheap_check(env: dict) -> float:
    code = ("import sys, time; from assistant.settings import load_settings; from assistant.ledger import load_corpus; "
            "from assistant.embeddings import make_embedder; from assistant.index import connect; "
            "s = load_settings(); lg = load_corpus(s.corpus_dir); st = connect(s, make_embedder(s.embedder)); "
            "st.verify(lg); t = time.perf_counter(); ok = st.verify(lg).ok; print(time.perf_counter() - t, ok)")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env={**os.environ, **env}, check=True)
    secs, ok = p.stdout.split()
    assert ok == "True"
    return float(secs)


def spread(xs: list[float]) -> str:
    return f"{statistics.median(xs):.2f} ({min(xs):.2f}–{max(xs):.2f})"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--scale", type=int, default=50)
    a = ap.parse_args()
    rows: dict[str, list[float]] = {}
    text = ledger_text(a.scale)
    tasks = 62 * a.scale
    for _ in range(a.repeat):
        with tempfile.TemporaryDirectory() as tmp:
            base = Path(tmp)
            (base / "corpus").mkdir()
            (base / "corpus" / "ledger-2.txt").write_text(text, "utf-8")
            env = {"LEDGER_CORPUS_DIR": str(base / "corpus"), "LEDGER_INDEX_DIR": str(base / "index"), "LEDGER_VERSIONS_DIR": str(base / "versions")}
            _, p = run(env, "index", "build")
            rows.setdefault("full build, every task embedded (s, from the build message)", []).append(
                float(re.search(r"in ([\d.]+) s", p.stderr).group(1)))
            rows.setdefault("cheap check on open: ids, hashes, 8 + 1 self-retrievals (s)", []).append(cheap_check(env))
            wall, _ = run(env, "index", "verify")
            rows.setdefault("index verify, whole process (s)", []).append(wall)
            db = base / "index" / "chroma.sqlite3"
            with open(db, "r+b") as fh:  # overwrite every 7th page after the first two
                for off in range(8192, db.stat().st_size, 4096 * 7):
                    fh.seek(off)
                    fh.write(os.urandom(4096))
            _, p = run(env, "ask", "便民接电点什么时候要建成？")
            rows.setdefault("repair after overwritten sqlite pages, vectors cached (s, from the message)", []).append(
                float(re.search(r"项，([\d.]+) s", p.stderr).group(1)))
            for cache in (base / "versions").glob(".vectors-*"):
                cache.unlink()
            _, p = run(env, "index", "rebuild")
            rows.setdefault("index rebuild without the vector cache (s, from the message)", []).append(
                float(re.search(r"项，([\d.]+) s", p.stderr).group(1)))
    print(f"### seed ledger ×{a.scale} ({tasks} tasks), n={a.repeat}")
    print("| measure | median (min–max) |\n|---|---|")
    for name, xs in rows.items():
        print(f"| {name} | {spread(xs)} |")


if __name__ == "__main__":
    main()
