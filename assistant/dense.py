"""Exact dense search from memory: the collection's vectors in one numpy matrix.

Chroma stays the store of record (built, checked and repaired by :mod:`assistant.store`); this
module only holds a copy of its vectors, read once when the index is opened and checked against
the ledger by count, ids and content hash, so a question costs one matrix-vector product instead
of a Chroma query with its fixed overhead (about 1 ms for a 62-vector collection, see
docs/benchmarks.md). The similarity is the inner product of unit vectors, i.e. the cosine similarity
that the Chroma collection (``hnsw:space = cosine``) reports as ``1 - distance``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Nearest:
    """One nearest task of an exact search: its id and cosine similarity."""

    task_id: str
    similarity: float


class DenseMatrix:
    """Unit-length vectors, one row per task (in the ledger's order), searched exactly."""

    def __init__(self, ids: Sequence[str], vectors: np.ndarray) -> None:
        mat = np.asarray(vectors, dtype=np.float64)
        if mat.ndim != 2 or mat.shape[0] != len(ids):
            raise ValueError(f"{len(ids)} ids but a matrix of shape {mat.shape}")
        norms = np.linalg.norm(mat, axis=1, keepdims=True)
        self._mat = (mat / np.maximum(norms, 1e-12)).astype(np.float32)
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
        if ids is None:
            rows = None
            sims = self._mat @ q
        else:
            rows = np.fromiter((self._row[i] for i in ids if i in self._row), dtype=np.intp)
            sims = self._mat[rows] @ q
        k = min(k, len(sims))
        if k <= 0:
            return []
        top = np.argpartition(-sims, k - 1)[:k] if k < len(sims) else np.arange(len(sims))
        # best first; among equal scores the earlier row first, whatever argpartition left
        order = top[np.lexsort((rows[top] if rows is not None else top, -sims[top]))]
        return [Nearest(self.ids[int(rows[i]) if rows is not None else int(i)], float(sims[i])) for i in order]
