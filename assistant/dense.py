"""Exact dense search from memory: the collection's vectors in one numpy matrix.

Chroma stays the store of record (built, checked and repaired by :mod:`assistant.store`); this
module only holds a copy of its vectors, read once when the index is opened and checked against
the ledger by count, ids and content hash, so a question costs one matrix-vector product instead
of a Chroma query with its fixed overhead (about 1 ms for a 62-vector collection, see
docs/benchmarks.md). The similarity is the inner product of unit vectors, i.e. the cosine similarity
that the Chroma collection (``hnsw:space = cosine``) reports as ``1 - distance``. The product runs on
one BLAS thread, as the encoder's queries do: on a machine answering several questions at once a
second thread only waits for a core (benchmarks/threads.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Nearest:
    """One nearest task of an exact search: its id and cosine similarity."""

    task_id: str
    similarity: float


@cache
def _controller() -> Any:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - installed with the encoder
        return None
    return ThreadpoolController()


def _one_thread() -> AbstractContextManager[Any]:
    ctl = _controller()
    return ctl.limit(limits=1, user_api="blas") if ctl is not None else nullcontext()


class DenseMatrix:
    """Unit-length vectors, one row per task (in the ledger's order), searched exactly."""

    def __init__(self, ids: Sequence[str], vectors: np.ndarray, own: bool = False) -> None:
        """``own``: ``vectors`` is a float32 array nobody else holds, scaled in place (no second copy)."""
        vectors = np.asarray(vectors)
        if vectors.ndim != 2 or vectors.shape[0] != len(ids):
            raise ValueError(f"{len(ids)} ids but a matrix of shape {vectors.shape}")
        inplace = own and vectors.dtype == np.float32 and vectors.flags.c_contiguous and vectors.flags.writeable
        self._mat = vectors if inplace else np.empty(vectors.shape, dtype=np.float32)
        for i in range(0, len(vectors), 256):  # rows scaled to unit length in float64, a block at a time (bounded memory)
            block = vectors[i : i + 256].astype(np.float64)
            self._mat[i : i + 256] = block / np.maximum(np.linalg.norm(block, axis=1, keepdims=True), 1e-12)
        self._mat.setflags(write=False)
        self.ids = tuple(ids)
        self._row = {t: i for i, t in enumerate(self.ids)}

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def nbytes(self) -> int:
        """Memory held by the vectors."""
        return int(self._mat.nbytes)

    def nearest(self, vector: np.ndarray, k: int, ids: Sequence[str] | None = None) -> list[Nearest]:
        """The ``k`` rows most similar to ``vector``, best first (equal scores in ledger order), optionally only among ``ids``."""
        q = np.asarray(vector, dtype=np.float64)
        q = (q / max(float(np.linalg.norm(q)), 1e-12)).astype(np.float32)
        rows = None if ids is None else np.fromiter((self._row[i] for i in ids if i in self._row), dtype=np.intp)
        with _one_thread():
            sims = self._mat @ q if rows is None else self._mat[rows] @ q
        k = min(k, len(sims))
        if k <= 0:
            return []
        top = np.argpartition(-sims, k - 1)[:k] if k < len(sims) else np.arange(len(sims))
        # best first; among equal scores the earlier row first, whatever argpartition left
        order = top[np.lexsort((rows[top] if rows is not None else top, -sims[top]))]
        return [Nearest(self.ids[int(rows[i]) if rows is not None else int(i)], float(sims[i])) for i in order]
