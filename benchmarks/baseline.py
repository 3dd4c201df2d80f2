"""A plain row-per-chunk hybrid retriever: the yardstick bench.py measures the assistant against.

One chunk per ledger row (the whole row: measure, task, units, deadline), BM25 (bm25s)
over jieba's search-mode words, the assistant's encoder (multilingual USE, one thread) for dense
vectors held in a numpy matrix, relative score fusion as the assistant's, the best 5 rows returned.
No dictionary of ledger terms, no rules, no dialogue: it answers nothing exactly, it only ranks rows.

usage (bench.py runs it): python benchmarks/baseline.py CORPUS_DIR QUESTIONS.jsonl… → JSON on stdout
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

import numpy as np

_WORD = re.compile(r"\w", re.UNICODE)


class PlainRetriever:
    """BM25 + dense over one chunk per row, fused min-max (weights 0.65 / 0.35), top ``k``."""

    def __init__(self, chunks: list[str], embedder, k: int = 5) -> None:
        import bm25s

        self.k = k
        self.embedder = embedder
        self.bm25 = bm25s.BM25()
        self.bm25.index([self._words(c) for c in chunks], show_progress=False)
        self.vocab = set(self.bm25.vocab_dict)
        self.matrix = np.asarray(embedder.embed_documents(chunks), dtype=np.float32)

    @staticmethod
    def _words(text: str) -> list[str]:
        import jieba

        return [w for w in jieba.lcut_for_search(text.lower()) if _WORD.search(w)]

    def search(self, question: str) -> list[int]:
        words = [w for w in self._words(question) if w in self.vocab]
        bm = np.asarray(self.bm25.get_scores(words), dtype=np.float32) if words else np.zeros(len(self.matrix), np.float32)
        dense = self.matrix @ self.embedder.embed_query(question)
        fused = 0.65 * _scaled(bm) + 0.35 * _scaled(dense)
        return [int(i) for i in np.argsort(-fused, kind="stable")[: self.k]]


def _scaled(x: np.ndarray) -> np.ndarray:
    lo, hi = float(x.min()), float(x.max())
    return (x - lo) / (hi - lo) if hi > lo else np.ones_like(x)


def main() -> None:
    t0 = time.perf_counter()
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, "blas")  # one thread for everything, the encoder included
    from assistant.embeddings import USEEmbedder
    from assistant.ledger import load_corpus

    ledger = load_corpus(Path(sys.argv[1]))
    retriever = PlainRetriever([t.document() for t in ledger.tasks], USEEmbedder(threads=1))
    questions = [str(json.loads(line).get("question") or "") for path in sys.argv[2:]
                 for line in Path(path).read_text("utf-8").splitlines() if line.strip()]
    retriever.search("便民接电点什么时候要建成？")
    ready = time.perf_counter() - t0
    latency = []
    for q in questions:
        t = time.perf_counter()
        retriever.search(q)
        latency.append((time.perf_counter() - t) * 1000)
    print(json.dumps({"ready_s": ready, "latency_ms": latency}))


if __name__ == "__main__":
    main()
