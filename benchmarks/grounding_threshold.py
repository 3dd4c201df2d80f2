"""Measure the content-overlap threshold of the grounding check on real ledger sentences.

Supported sentences: every clause of every task, cited as that task (what a model quoting the record
writes), and hand-written paraphrases (benchmarks/data/grounding_sentences.jsonl). Unsupported ones:
hand-written invented claims and injections that cite a task, and every clause of a task from another
measure cited as the wrong task. For each threshold it prints the share of each kind that the overlap
rule accepts, then the full check's verdicts at the configured threshold (assistant/data/grounding.toml).

    python benchmarks/grounding_threshold.py [--ngram 2]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.chain import SYSTEM, GroundingChecker, _record_text  # noqa: E402
from assistant.ledger import load_corpus  # noqa: E402
from assistant.lexicon import load_lexicon  # noqa: E402
from assistant.text import normalize  # noqa: E402

SUPPORTED = ("clause", "paraphrase")
UNSUPPORTED = ("invented", "injection", "wrong-citation")


def samples(ledger) -> list[dict]:
    tasks = list(ledger.tasks)
    out = [json.loads(line) for line in (ROOT / "benchmarks" / "data" / "grounding_sentences.jsonl").read_text("utf-8").splitlines() if line.strip()]
    for i, t in enumerate(tasks):
        for clause in re.split(r"[，；。]", t.text):
            if len(clause) >= 6:
                out.append({"task": t.id, "kind": "clause", "sentence": f"根据任务 {t.id}，{clause}。"})
        other = next(o for o in tasks[i + 17 :] + tasks[: i + 17] if o.measure_no != t.measure_no)
        for clause in re.split(r"[，；。]", other.text):
            if len(clause) >= 6:
                out.append({"task": t.id, "kind": "wrong-citation", "sentence": f"根据任务 {t.id}，{clause}。"})
    return out


def ngram_score(checker: GroundingChecker, sentence: str, task, n: int) -> float | None:
    if n == 2:
        return checker.overlap(sentence, [task])
    content = checker._content(normalize(re.sub(r"任务\s*\d+\.\d+", " ", sentence)))
    grams = [run[i : i + n] for run in re.findall(r"[^\W\d_a-z]+", content) for i in range(len(run) - n + 1)]
    if not grams:
        return None
    source = normalize(_record_text(task))
    return sum(g in source for g in grams) / len(grams)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ngram", type=int, default=2, help="character n-gram size (the check uses 2)")
    args = ap.parse_args()
    ledger = load_corpus(ROOT / "corpus")
    checker = GroundingChecker(load_lexicon(), ledger.units, "CANARY-bench", SYSTEM.format(canary="CANARY-bench", style=""))
    rows = samples(ledger)
    scores: dict[str, list[float]] = {k: [] for k in (*SUPPORTED, *UNSUPPORTED)}
    for r in rows:
        s = ngram_score(checker, r["sentence"], ledger.task(r["task"]), args.ngram)
        scores[r["kind"]].append(0.0 if s is None else s)
    print(f"character {args.ngram}-grams; n = " + ", ".join(f"{k} {len(v)}" for k, v in scores.items()))
    print("kind            median  min   max")
    for k, v in scores.items():
        print(f"{k:15} {statistics.median(v):.2f}    {min(v):.2f}  {max(v):.2f}")
    print("\nthreshold  " + "  ".join(f"{k[:10]:>10}" for k in scores) + "   J (TPR−FPR)")
    best = (-1.0, 0.0)
    for i in range(4, 19):
        th = i / 20
        acc = {k: sum(x >= th for x in v) / len(v) for k, v in scores.items()}
        tpr = sum(sum(x >= th for x in scores[k]) for k in SUPPORTED) / sum(len(scores[k]) for k in SUPPORTED)
        fpr = sum(sum(x >= th for x in scores[k]) for k in UNSUPPORTED) / sum(len(scores[k]) for k in UNSUPPORTED)
        best = max(best, (tpr - fpr, th))
        print(f"  {th:.2f}     " + "  ".join(f"{acc[k]:>10.2f}" for k in scores) + f"   {tpr - fpr:.3f}")
    print(f"\nbest J {best[0]:.3f} at threshold {best[1]:.2f}; configured min_overlap {checker.rules.min_overlap:.2f}")
    print("\nfull check (all rules) at the configured threshold, share accepted:")
    for kind in scores:
        items = [r for r in rows if r["kind"] == kind]
        ok = sum(checker.check(r["sentence"], [ledger.task(r["task"])]).ok for r in items)
        print(f"  {kind:15} {ok}/{len(items)} = {ok / len(items):.2f}")


if __name__ == "__main__":
    main()
