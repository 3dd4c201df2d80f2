"""Vectors kept outside the index: the collection's name for an embedder, and the vector cache by passage.

A rebuild, a lost index folder or a warm start (assistant/seal.py) takes its vectors from here
instead of embedding the passages again or opening Chroma.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

from assistant import rx


def collection_name(embedder_name: str, ledger_key: str = "ledger") -> str:
    """A valid Chroma collection name for this ledger and embedder."""
    slug = rx.sub(r"[^A-Za-z0-9._-]+", "-", f"{ledger_key}-{embedder_name}").strip("-._")
    if len(slug) > 60:
        import hashlib

        slug = slug[:44] + "-" + hashlib.sha1(slug.encode()).hexdigest()[:12]
    return slug


def _digest(keys: np.ndarray, vecs: np.ndarray) -> str:
    """sha256 of the keys' bytes followed by the vectors' bytes, read in place (no copy of the vectors)."""
    import hashlib

    h = hashlib.sha256(keys.tobytes())
    h.update(np.ascontiguousarray(vecs).data)
    return h.hexdigest()


class VectorCache:
    """Vectors by passage hash for one embedder, kept in the versions folder (outside the index folder).

    A rebuild after damage, or an index lost with its folder, then re-embeds only
    passages it has never seen. The file carries a digest of its contents; a file
    that fails it is ignored (and rewritten), never trusted.
    """

    def __init__(self, folder: Path, embedder_name: str) -> None:
        self.path = Path(folder) / f".vectors-{collection_name(embedder_name, 'x')[2:]}.npz"
        self._data: dict[str, Any] | None = None
        self._vecs: np.ndarray | None = None  # the file's array, its rows in the order of _data

    @staticmethod
    def key(passage: str) -> str:
        """The cache key of a passage."""
        import hashlib

        return hashlib.sha256(passage.encode("utf-8")).hexdigest()[:20]

    def _load(self) -> dict[str, Any]:
        if self._data is None:
            self._data = {}
            try:
                with np.load(self.path, allow_pickle=False) as z:
                    keys, vecs, digest = z["keys"], z["vecs"], str(z["digest"])
                if _digest(keys, vecs) == digest and len(keys) == len(vecs):
                    self._data = {str(k): v for k, v in zip(keys, vecs, strict=True)}
                    self._vecs = vecs
            except Exception:  # missing, truncated or foreign: start empty
                self._data = {}
        return self._data

    def release(self) -> None:
        """Drop the loaded vectors (they are read again when needed)."""
        self._data = self._vecs = None

    def take_matrix(self, passages: list[str]) -> np.ndarray | None:
        """One row per passage, in order, when every passage is cached (else None); the loaded vectors are released.

        When the file holds exactly these passages in this order (as a sync writes them) its own array is
        handed over, not copied: the caller may change it.
        """
        data = self._load()
        keys = [self.key(p) for p in passages]
        try:
            if self._vecs is not None and len(self._vecs) == len(keys) and list(data) == keys:
                return self._vecs
            return np.vstack([data[k] for k in keys]) if keys and all(k in data for k in keys) else None
        finally:
            self.release()

    def get(self, passages: list[str]) -> dict[str, Any]:
        """Cached vectors of ``passages`` by passage."""
        data = self._load()
        return {p: data[k] for p in passages if (k := self.key(p)) in data}

    def save(self, new: dict[str, Any], keep: list[str]) -> None:
        """Add ``new`` (passage → vector) and keep only the passages in ``keep``; written atomically, best effort."""

        import numpy as np

        data = self._load()
        self._vecs = None  # the file's array no longer matches what is kept
        data.update({self.key(p): np.asarray(v, dtype=np.float32) for p, v in new.items()})
        wanted = [k for k in dict.fromkeys(self.key(p) for p in keep) if k in data]
        if not new and len(wanted) == len(data):
            return
        self._data = {k: data[k] for k in wanted}
        keys = np.array(wanted, dtype="U20")
        vecs = np.vstack([self._data[k] for k in wanted]).astype(np.float32) if wanted else np.zeros((0, 0), np.float32)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as fh:
                np.savez(fh, keys=keys, vecs=vecs, digest=np.array(_digest(keys, vecs)))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except OSError:  # a cache: never fail a build for it
            tmp.unlink(missing_ok=True)
