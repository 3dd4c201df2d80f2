"""Words the parser could not attribute, by frequency, over FAQ sets (issue: every word accounted for).

Each question (with its history) is understood as the assistant would; every word left in the typed
query's ``unparsed`` is counted, with the ids of a few questions it came from. The lexicon grows from
this list after review (discourse words, operator words, aliases), never from a single test item.

    python benchmarks/coverage.py SETS… [--today 2026-11-27] [--top 40]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.core import Assistant
from assistant.evaluate import read_jsonl
from assistant.settings import load_settings


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--today", default="2026-11-27")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    a = Assistant.from_settings(load_settings())
    today = dt.date.fromisoformat(args.today)
    words: Counter[str] = Counter()
    where: dict[str, list[str]] = defaultdict(list)
    asked = clean = 0
    for path in args.sets:
        for item in read_jsonl(path, lenient=True):
            q = a.understand(item.get("question", ""), item.get("history"), today)
            asked += 1
            if not q.unparsed:
                clean += 1
            for w in q.unparsed:
                words[w] += 1
                where[w].append(str(item.get("id")))
    print(f"{asked} questions, {clean} with every word attributed ({clean / max(asked, 1):.1%}); {len(words)} distinct words left over")
    for w, n in words.most_common(args.top):
        print(f"{n:4d}  {w}  ({', '.join(where[w][:4])})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
