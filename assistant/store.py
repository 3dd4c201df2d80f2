"""The Chroma vector store: one document per task, rebuilt only where content changed.

The client comes from one factory: an embedded ``PersistentClient`` under the
index folder by default, an ``HttpClient`` when a server address is configured.
Every entry carries its task's content hash and the embedder's name is part of
the collection name, so an unchanged corpus is never re-embedded and a new
embedder gets its own collection.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.embeddings import Embedder
from assistant.errors import StoreError
from assistant.records import Ledger, Task


@dataclass(frozen=True)
class SyncReport:
    """What :meth:`VectorStore.sync` changed."""

    added: int
    updated: int
    removed: int
    unchanged: int
    seconds: float

    @property
    def changed(self) -> bool:
        """True when anything was embedded or removed."""
        return bool(self.added or self.updated or self.removed)


@dataclass(frozen=True)
class IndexStatus:
    """State of the index for one ledger and embedder."""

    location: str
    collection: str
    count: int
    corpus_hash: str
    indexed_hash: str

    @property
    def up_to_date(self) -> bool:
        """True when the stored hash matches the corpus."""
        return self.corpus_hash == self.indexed_hash


@dataclass(frozen=True)
class DenseHit:
    """One nearest neighbour: task id and cosine similarity."""

    task_id: str
    similarity: float


def make_client(index_dir: str | Path, host: str = "", port: int = 8000, ssl: bool = False, token: str = "") -> Any:
    """The Chroma client: embedded and persistent by default, HTTP when ``host`` is set.

    Telemetry is always off; Chroma's own embedding function is never used.
    """
    try:
        import chromadb
        from chromadb.config import Settings
    except ImportError as err:  # pragma: no cover - core dependency
        from assistant.errors import BackendUnavailable

        raise BackendUnavailable("the vector store needs chromadb: pip install chromadb") from err
    settings = Settings(anonymized_telemetry=False, allow_reset=False)
    try:
        if host:
            headers = {"Authorization": f"Bearer {token}"} if token else None
            return chromadb.HttpClient(host=host, port=port, ssl=ssl, headers=headers, settings=settings)
        Path(index_dir).mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(index_dir), settings=settings)
    except Exception as err:
        where = f"the Chroma server at {host}:{port}" if host else f"the index folder {index_dir}"
        raise StoreError(f"cannot open {where} ({type(err).__name__}: {str(err)[:120]}); check the address or delete a damaged index folder") from err


def collection_name(embedder_name: str, ledger_key: str = "ledger") -> str:
    """A valid Chroma collection name for this ledger and embedder."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{ledger_key}-{embedder_name}").strip("-._")
    if len(slug) > 60:
        import hashlib

        slug = slug[:44] + "-" + hashlib.sha1(slug.encode()).hexdigest()[:12]
    return slug


class VectorStore:
    """Task embeddings in one Chroma collection; converts Chroma results to :class:`DenseHit`."""

    def __init__(self, client: Any, embedder: Embedder, name: str, location: str = "") -> None:
        self.embedder = embedder
        self.location = location
        try:
            self._col = client.get_or_create_collection(
                name=name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
            )
        except Exception as err:
            raise StoreError(f"cannot open collection '{name}' ({type(err).__name__}: {str(err)[:120]})") from err
        self.name = name

    def _stored_hashes(self) -> dict[str, str]:
        got = self._col.get(include=["metadatas"])
        return {i: (m or {}).get("hash", "") for i, m in zip(got["ids"], got["metadatas"] or [], strict=False)}

    def sync(self, ledger: Ledger) -> SyncReport:
        """Embed new and changed tasks, delete removed ones; unchanged tasks are left alone."""
        t0 = time.perf_counter()
        if (self._col.metadata or {}).get("corpus_hash") == ledger.content_hash() and self._col.count() == len(ledger.tasks):
            return SyncReport(0, 0, 0, len(ledger.tasks), time.perf_counter() - t0)  # nothing changed: skip the per-entry check
        stored = self._stored_hashes()
        todo = [t for t in ledger.tasks if stored.get(t.id) != t.content_hash()]
        gone = [i for i in stored if ledger.task(i) is None]
        if todo:
            vectors = self._vectors_for(todo, stored)
            for i in range(0, len(todo), 1000):
                batch = todo[i : i + 1000]
                self._col.upsert(
                    ids=[t.id for t in batch],
                    embeddings=vectors[i : i + 1000],
                    documents=[t.document() for t in batch],
                    metadatas=[_metadata(t) for t in batch],
                )
        if gone:
            self._col.delete(ids=gone)
        if todo or gone or (self._col.metadata or {}).get("corpus_hash") != ledger.content_hash():
            self._col.modify(metadata={"corpus_hash": ledger.content_hash(), "embedder": self.embedder.name, "title": ledger.title})
        added = sum(1 for t in todo if t.id not in stored)
        return SyncReport(added, len(todo) - added, len(gone), len(ledger.tasks) - len(todo), time.perf_counter() - t0)

    def _vectors_for(self, todo: list[Task], stored: dict[str, str]) -> Any:
        """Vectors for new or changed entries, reusing stored ones whose content moved to another id."""
        import numpy as np

        wanted = {t.content_hash() for t in todo} & set(stored.values())
        reuse: dict[str, Any] = {}
        if wanted:
            got = self._col.get(where={"hash": {"$in": sorted(wanted)}}, include=["embeddings", "metadatas"])
            reuse = {m["hash"]: e for m, e in zip(got["metadatas"], got["embeddings"], strict=False)}
        fresh = [t for t in todo if t.content_hash() not in reuse]
        made = dict(zip((t.id for t in fresh), self.embedder.embed_documents([t.passage() for t in fresh]), strict=False)) if fresh else {}
        return np.vstack([reuse[t.content_hash()] if t.id not in made else made[t.id] for t in todo]).astype(np.float32)

    def status(self, ledger: Ledger) -> IndexStatus:
        """Count and hashes, without changing anything."""
        return IndexStatus(
            location=self.location,
            collection=self.name,
            count=self._col.count(),
            corpus_hash=ledger.content_hash(),
            indexed_hash=(self._col.metadata or {}).get("corpus_hash", ""),
        )

    def query(self, text: str, k: int, ids: list[str] | None = None) -> list[DenseHit]:
        """The ``k`` tasks nearest to ``text``, optionally only among ``ids``."""
        if ids is not None and not ids:
            return []
        vec = self.embedder.embed_query(text)
        where = {"task_id": {"$in": list(ids)}} if ids is not None else None
        try:
            res = self._col.query(query_embeddings=[vec.tolist()], n_results=k, where=where, include=["distances"])
        except Exception as err:
            raise StoreError(f"vector query failed ({type(err).__name__}: {str(err)[:120]}); run 'python -m assistant index build'") from err
        return [DenseHit(i, 1.0 - float(d)) for i, d in zip(res["ids"][0], res["distances"][0], strict=False)]


def _metadata(task: Task) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "task_id": task.id,
        "ledger": task.ledger,
        "measure_no": task.measure_no,
        "measure": task.measure_title,
        "units": "、".join(task.units),
        "deadline": task.deadline.text,
        "deadline_date": task.deadline.normalized(),
        "hash": task.content_hash(),
    }
    # One boolean per unit so Chroma itself can filter by unit ({"u:省能源局": True}).
    meta.update({f"u:{u}": True for u in task.units})
    return meta
