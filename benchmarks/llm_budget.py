"""What a stalled model costs per question: wall time of ``Assistant.ask`` against a scripted
OpenAI-compatible server on loopback that never answers (tests/fake_openai.py, mode ``stall``).

Uses the settings' defaults (LEDGER_LLM_TIMEOUT, LEDGER_LLM_RETRIES, LEDGER_LLM_BUDGET) unless
overridden; prints the median with the spread over ``--repeat`` questions, for ``ask`` and ``ask_stream``.

    python benchmarks/llm_budget.py [--repeat 5] [--budget 8] [--timeout 20] [--retries 2]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.core import Assistant, make_generator  # noqa: E402
from assistant.settings import load_settings  # noqa: E402
from tests.fake_openai import FakeOpenAI  # noqa: E402

QUESTION = "我想开个夜市摊，用电怎么办？"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--budget", type=float, default=None)
    ap.add_argument("--timeout", type=float, default=None)
    ap.add_argument("--retries", type=int, default=None)
    args = ap.parse_args()
    server = FakeOpenAI()
    server.mode, server.stall_seconds = "stall", 600.0
    try:
        with tempfile.TemporaryDirectory() as tmp:
            plain = Assistant.from_settings(load_settings(corpus_dir=ROOT / "corpus", index_dir=Path(tmp)))
            settings = load_settings(corpus_dir=ROOT / "corpus", index_dir=Path(tmp), llm_provider="openai", llm_base_url=server.base_url,
                                     llm_model="scripted", llm_budget=args.budget, llm_timeout=args.timeout, llm_retries=args.retries)
            print(f"llm_timeout {settings.llm_timeout:g} s, llm_retries {settings.llm_retries}, llm_budget {settings.llm_budget:g} s; "
                  f"{args.repeat} questions each")
            for how in ("ask", "ask_stream"):
                times, routes = [], set()
                for _ in range(args.repeat):
                    a = Assistant(settings, plain.ledger, plain.retriever.store, make_generator(settings, plain.ledger))  # fresh breaker
                    t0 = time.monotonic()
                    ans = a.ask(QUESTION) if how == "ask" else list(a.ask_stream(QUESTION))[-1]
                    times.append(time.monotonic() - t0)
                    routes.add(ans.route)
                print(f"{how:10} median {statistics.median(times):.2f} s (min {min(times):.2f} – max {max(times):.2f}); route {sorted(routes)}")
    finally:
        server.close()


if __name__ == "__main__":
    main()
