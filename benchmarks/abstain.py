"""Risk–coverage curve for answers found by search (issue: calibrated abstention).

Runs FAQ sets through the assistant with abstention off, keeps every answer whose task was found by
search (it carries ``support``: the share of the question's content words the chosen task covers),
judges each with the FAQ rules, and prints, for each threshold, the share of those answers still
given (coverage) and the precision of the answers given. The operating point is the lowest
threshold whose precision reaches the target; it becomes ``LEDGER_MIN_SUPPORT`` (and the stricter
public one).

    python benchmarks/abstain.py SETS… [--today 2026-11-27] [--target 0.99]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.core import Assistant
from assistant.evaluate import judge, read_jsonl, risk_coverage
from assistant.settings import load_settings


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--today", default="2026-11-27")
    ap.add_argument("--target", type=float, default=0.99)
    ap.add_argument("--json", help="write the curve as JSON here")
    args = ap.parse_args()
    settings = load_settings().model_copy(update={"min_support": 0.0})
    a = Assistant.from_settings(settings)
    today = dt.date.fromisoformat(args.today)
    points: list[tuple[float, bool]] = []
    for path in args.sets:
        for item in read_jsonl(path):
            ans = a.ask(item["question"], item.get("history"), today=today).to_json()
            if ans.get("support") is None or ans.get("refused"):
                continue
            ok = not judge(item, ans)
            points.append((float(ans["support"]), ok))
    total = len(points)
    print(f"answers found by search: {total} (correct {sum(ok for _, ok in points)})")
    print("threshold  coverage  precision  answered  wrong")
    curve = []
    chosen = None
    for pt in risk_coverage(points):
        curve.append({"threshold": pt.threshold, "coverage": round(pt.coverage, 3), "precision": round(pt.precision, 3),
                      "answered": pt.answered, "wrong": pt.wrong})
        print(f"{pt.threshold:9.2f}  {pt.coverage:8.3f}  {pt.precision:9.3f}  {pt.answered:8d}  {pt.wrong:5d}")
        if chosen is None and pt.precision >= args.target:
            chosen = pt.threshold
    print(f"operating point for precision ≥ {args.target}: threshold {chosen}")
    if args.json:
        Path(args.json).write_text(json.dumps({"points": total, "curve": curve, "chosen": chosen}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
