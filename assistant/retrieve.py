"""Hybrid retrieval: BM25 over jieba tokens fused with dense Chroma results.

Fusion is relative score fusion (min-max scaled, weighted); each hit keeps its raw BM25 score
and cosine similarity so the caller can judge confidence. Filters (unit,
deadline, measure, status) are applied exactly on the parsed records before
either search runs.
"""

from __future__ import annotations

import datetime as dt
import importlib.abc
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import ModuleType

import numpy as np

from assistant.records import Ledger, Task
from assistant.store import VectorStore
from assistant.text import passage_tokens, tokenize


@dataclass(frozen=True)
class TaskFilter:
    """Exact restrictions on tasks; empty fields do not restrict."""

    units: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    ongoing: bool = False
    status: str | None = None
    measures: tuple[int, ...] = ()
    ledgers: tuple[str, ...] = ()
    all_units: bool = True

    def __bool__(self) -> bool:
        return bool(self.units or self.years or self.ongoing or self.status or self.measures or self.ledgers)

    def accepts(self, task: Task, today: dt.date) -> bool:
        """True when ``task`` passes every restriction."""
        if self.units:
            have = [u in task.units for u in self.units]
            if not (all(have) if self.all_units else any(have)):
                return False
        if self.measures and task.measure_no not in self.measures:
            return False
        if self.ledgers and task.ledger not in self.ledgers:
            return False
        if self.years and (task.deadline.date is None or task.deadline.date.year not in self.years):
            return False
        if self.ongoing and not task.deadline.ongoing:
            return False
        if self.status == "not_due":
            return task.deadline.status(today) in ("not_due", "due_this_year")
        return not (self.status and task.deadline.status(today) != self.status)

    def apply(self, ledger: Ledger, today: dt.date) -> list[Task]:
        """Every task of ``ledger`` that passes, in ledger order."""
        return [t for t in ledger.tasks if self.accepts(t, today)]


@dataclass(frozen=True)
class Hit:
    """A retrieved task with its fused score and the evidence behind it.

    ``settled``: BM25 alone decided the search (see :class:`Settle`) and the dense search was
    skipped; ``score`` is then the BM25 part only (a lower bound) and ``similarity`` is NaN.
    """

    task_id: str
    score: float
    bm25: float
    similarity: float
    settled: bool = False


@dataclass(frozen=True)
class Settle:
    """When a caller needs no dense scores: BM25 alone fixes the first hit so firmly that, whatever the dense search
    would add, every other task stays below ``keep`` × its fused score and more than ``margin`` behind it, and its
    own BM25 score is at least ``min_bm25``. The search then returns that one hit without embedding the question."""

    keep: float
    margin: float
    min_bm25: float


def _bm25s() -> ModuleType:
    """bm25s, imported without scipy when this process has not loaded scipy already.

    bm25s imports ``scipy.sparse`` whenever it can, for a matrix backend it uses only when asked (``csc_backend="scipy"``;
    its default, which we use, is its own numpy code). Importing scipy.sparse costs a warm start about 0.1 s (scipy's
    array-API layer touches every attribute of numpy, importing numpy.f2py and more). The import is refused to this
    thread only and for this import only: another thread importing scipy meanwhile (a sentence-transformers encoder
    loading in the background) is not affected, and a later ``import scipy`` works as usual.
    """
    if "bm25s" in sys.modules or "scipy.sparse" in sys.modules:
        import bm25s

        return bm25s
    me = threading.get_ident()

    class NoScipyHere(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, path: object = None, target: object = None) -> None:
            if (name == "scipy" or name.startswith("scipy.")) and threading.get_ident() == me:
                raise ModuleNotFoundError(f"No module named {name!r} (not needed by bm25s here)", name=name)

    finder = NoScipyHere()
    sys.meta_path.insert(0, finder)
    try:
        import bm25s
    finally:
        sys.meta_path.remove(finder)
    return bm25s


class BM25Index:
    """BM25 (bm25s) over the tokens of each task's measure title and text."""

    def __init__(self, ledger: Ledger, tokenizer: Callable[[str], list[str]] = tokenize) -> None:
        bm25s = _bm25s()
        self._tokenize = tokenizer
        self.ids = [t.id for t in ledger.tasks]
        corpus = [list(passage_tokens(t.passage())) if tokenizer is tokenize else tokenizer(t.passage()) for t in ledger.tasks]
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus, show_progress=False)
        self._vocab = set(self._bm25.vocab_dict)

    def scores(self, text: str) -> np.ndarray:
        """A BM25 score for every task, in ledger order (zeros when no token is known)."""
        toks = [t for t in self._tokenize(text) if t in self._vocab]
        if not toks:
            return np.zeros(len(self.ids), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(toks), dtype=np.float32)


class HybridRetriever:
    """BM25 + dense search over the ledger's tasks with exact filters."""

    def __init__(self, ledger: Ledger, store: VectorStore | None, bm25_weight: float = 0.65) -> None:
        self.ledger = ledger
        self.store = store
        self.bm25 = BM25Index(ledger)
        self.bm25_weight = bm25_weight if store is not None else 1.0
        self._pos = {t.id: i for i, t in enumerate(ledger.tasks)}

    def search(self, text: str, k: int = 5, allowed: Iterable[str] | None = None, dense_text: str | None = None,
               extra: str = "", extra_weight: float = 1.0, settle: Settle | None = None) -> list[Hit]:
        """The ``k`` best tasks for ``text`` (BM25) and ``dense_text`` (vectors; defaults to ``text``).

        ``extra`` (expansions of colloquial words) adds to the BM25 score with ``extra_weight``, so the
        words a person typed count more than the terms the lexicon suggests for them. With ``settle``,
        a search that BM25 alone decides returns its one certain hit (``settled``) without the dense search.
        """
        allow = list(allowed) if allowed is not None else None
        if allow is not None and not allow:
            return []
        bm = self.bm25.scores(text)
        if extra.strip():
            bm = bm + extra_weight * self.bm25.scores(extra)
        cand = [self._pos[i] for i in allow] if allow is not None else list(range(len(self.ledger.tasks)))
        bm_rank = sorted((i for i in cand if bm[i] > 0), key=lambda i: -bm[i])
        if settle is not None and self.store is not None and (sure := self._settled(bm, bm_rank, settle)) is not None:
            return [sure]
        dense: dict[str, float] = {}
        if self.store is not None and (dense_text or text).strip():
            depth = min(len(cand), max(k * 4, 20))
            ids = None if allow is None or len(allow) == len(self.ledger.tasks) else allow
            dense = {h.task_id: h.similarity for h in self.store.query(dense_text or text, depth, ids)}
        fused = self._fuse({self.ledger.tasks[i].id: float(bm[i]) for i in bm_rank}, dense)
        best = sorted(fused, key=lambda t: -fused[t])[:k]
        return [Hit(t, fused[t], float(bm[self._pos[t]]), dense.get(t, 0.0)) for t in best]

    def _settled(self, bm: np.ndarray, rank: list[int], settle: Settle) -> Hit | None:
        """The first hit when BM25 settles the search whatever the dense scores are (see :class:`Settle`), else None.

        After min-max scaling each list lies in [0, 1], so the first BM25 task (scaled 1) fuses to at least
        ``w`` and any other task to at most ``w * b2 + (1 - w)``, ``b2`` being the best scaled BM25 score among
        the others (0 when there are none; a task found by the dense search alone scores at most ``1 - w``).
        """
        if not rank or float(bm[rank[0]]) < settle.min_bm25:
            return None
        w = self.bm25_weight
        hi, lo = float(bm[rank[0]]), float(bm[rank[-1]])
        b2 = ((float(bm[rank[1]]) - lo) / (hi - lo) if hi > lo else 1.0) if len(rank) > 1 else 0.0
        top, other = w, w * b2 + (1.0 - w)
        eps = 1e-9  # float rounding of the fused sums
        if other < top * settle.keep - eps and top - other > settle.margin + eps:
            return Hit(self.ledger.tasks[rank[0]].id, top, hi, float("nan"), settled=True)
        return None

    def _fuse(self, bm: dict[str, float], dense: dict[str, float]) -> dict[str, float]:
        """Relative score fusion: each list min-max scaled to [0, 1], then weighted.

        Unlike reciprocal rank fusion this keeps magnitudes: a task that BM25
        scores five times higher than the next is not pulled level by a
        near-tie in cosine similarity.
        """
        out: dict[str, float] = {}
        for scores, weight in ((bm, self.bm25_weight), (dense, 1.0 - self.bm25_weight)):
            if not scores:
                continue
            hi, lo = max(scores.values()), min(scores.values())
            span = hi - lo
            for tid, v in scores.items():
                out[tid] = out.get(tid, 0.0) + weight * ((v - lo) / span if span > 0 else 1.0)
        return out
