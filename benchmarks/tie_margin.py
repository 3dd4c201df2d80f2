"""How close may the two best tasks be before a single-task answer becomes a guess?

For every single-task question (match "top1", not refused) of the given FAQ sets, this prints the margin
between the fused scores of the two best retrieved tasks, and whether the best one is the gold task.
The rules ask "which one do you mean?" below ``Rules.tie_margin``; the output shows what a threshold
keeps and what it turns into a question back to the person.

    python benchmarks/tie_margin.py tests/faq/*.jsonl tests/faq/blind/*.jsonl --today 2026-11-27
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
from pathlib import Path

from assistant.core import Assistant
from assistant.settings import load_settings
from assistant.understand import clean_input

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("faq", nargs="+", type=Path)
    ap.add_argument("--today", type=dt.date.fromisoformat, default=dt.date(2026, 11, 27))
    ap.add_argument("--thresholds", default="0.01,0.02,0.025,0.03,0.05,0.1")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as home:
        a = Assistant.from_settings(load_settings(home=Path(home), corpus_dir=ROOT / "corpus", today=args.today))
        rows = []
        for path in args.faq:
            for line in path.read_text("utf-8").splitlines():
                it = json.loads(line)
                if it.get("refuse") or it.get("match") != "top1":
                    continue
                q, _ = a._context(it["question"], it.get("history"), args.today)
                if q.refs or q.refuse or q.collection or not (q.search_text or q.subject):
                    continue
                hits = a.retriever.search(q.search_text or q.subject, 5, None, dense_text=clean_input(it["question"]), extra=q.expansion)
                if len(hits) > 1:
                    rows.append((hits[0].score - hits[1].score, hits[0].task_id in it["gold_tasks"], it["id"]))
    rows.sort()
    print(f"{len(rows)} single-task questions; top-1 wrong: {sum(not ok for _, ok, _ in rows)}")
    print("closest margins:", ", ".join(f"{m:.3f}{'' if ok else ' WRONG'} ({i})" for m, ok, i in rows[:12]))
    for t in map(float, args.thresholds.split(",")):
        asked = [(ok, i) for m, ok, i in rows if m < t]
        print(f"margin < {t}: asks back on {len(asked)} (of them wrong {sum(not ok for ok, _ in asked)}, right {sum(ok for ok, _ in asked)})")


if __name__ == "__main__":
    main()
