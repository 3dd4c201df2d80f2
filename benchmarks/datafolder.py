"""Start-up cost of the per-user data folder: importing platformdirs and preparing the corpus, in fresh processes.

    python benchmarks/datafolder.py --repeat 15

Prints medians with min–max over the repeats (milliseconds). The data folder is a temporary one.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

IMPORT = ("import time; t = time.perf_counter(); import platformdirs; platformdirs.user_data_path('ledger-assistant'); "
          "print((time.perf_counter() - t) * 1000)")
PREPARE = ("import os, sys, time; os.environ['LEDGER_HOME'] = sys.argv[1]; from assistant.settings import load_settings; "
           "from assistant.home import prepare; s = load_settings(); t = time.perf_counter(); prepare(s); print((time.perf_counter() - t) * 1000)")


def runs(code: str, repeat: int, *args: str) -> list[float]:
    return [float(subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, cwd=ROOT).stdout)
            for _ in range(repeat)]


def line(name: str, xs: list[float]) -> str:
    return f"| {name} | {statistics.median(xs):.2f} ({min(xs):.2f}–{max(xs):.2f}) |"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=15)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as home:
        first = runs(PREPARE, 1, home)  # copies the seed ledger
        again = runs(PREPARE, a.repeat, home)
    print("| measure (ms, fresh process each) | median (min–max) |\n|---|---|")
    print(line("import platformdirs + user_data_path", runs(IMPORT, a.repeat)))
    print(line("prepare(): first use, seed ledger copied", first))
    print(line("prepare(): data folder already set up", again))


if __name__ == "__main__":
    main()
