"""The Chroma vector store: one document per task, rebuilt only where content changed.

The client comes from one factory: an embedded ``PersistentClient`` under the
index folder by default, an ``HttpClient`` when a server address is configured.
Every entry carries its task's content hash and the embedder's name is part of
the collection name, so an unchanged corpus is never re-embedded and a new
embedder gets its own collection.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.dense import DenseMatrix
from assistant.embeddings import Embedder
from assistant.errors import StoreError
from assistant.records import Ledger, Task
from assistant.vectors import VectorCache


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


def only_chroma(err: BaseException) -> None:
    """Let interrupts and exits through; anything else raised inside Chroma is a store fault."""
    if isinstance(err, (KeyboardInterrupt, SystemExit, GeneratorExit)):
        raise err


@contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Keep a Rust panic's multi-line report off the terminal; the caller turns the error into one line."""
    try:
        saved = os.dup(2)
    except OSError:  # no stderr
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def server_advice(host: str, port: int) -> str:
    """What to do when the Chroma server does not answer (never about local folders)."""
    return (f"check that the Chroma server at {host}:{port} is running (chroma run --host {host} --port {port} --path …) "
            "and that LEDGER_CHROMA_HOST / LEDGER_CHROMA_PORT point at it")


def make_client(index_dir: str | Path, host: str = "", port: int = 8000, ssl: bool = False, token: str = "") -> Any:
    """The Chroma client: embedded and persistent by default, HTTP when ``host`` is set.

    Telemetry is always off; Chroma's own embedding function is never used. An
    embedded client always starts a fresh Chroma system, so it sees what other
    processes wrote since this one last opened the folder (clients made earlier
    keep working on their own state).
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
        from chromadb.api.shared_system_client import SharedSystemClient

        Path(index_dir).mkdir(parents=True, exist_ok=True)
        SharedSystemClient.clear_system_cache()
        with _quiet_stderr():
            return chromadb.PersistentClient(path=str(index_dir), settings=settings)
    except BaseException as err:  # Chroma's Rust panics are BaseExceptions
        only_chroma(err)
        if host:
            raise StoreError(f"cannot reach the Chroma server at {host}:{port} ({type(err).__name__}: {str(err)[:120]}); "
                             f"{server_advice(host, port)}") from err
        raise StoreDamaged(f"cannot open the index folder {index_dir} ({type(err).__name__}: {str(err)[:120]})") from err


class StoreDamaged(StoreError):
    """The embedded store could not be read (malformed sqlite, corrupted vectors, Chroma internal errors)."""


@dataclass(frozen=True)
class Verification:
    """Result of :meth:`VectorStore.verify`: what does not match the ledger, if anything."""

    expected: int
    count: int
    problems: tuple[str, ...]
    sampled: int
    found_first: int

    @property
    def ok(self) -> bool:
        """True when ids, hashes and every sampled self-retrieval match."""
        return not self.problems

    def summary(self) -> str:
        """One line: what is wrong (or that all is well)."""
        if self.ok:
            return f"{self.count} entries match the ledger; self-retrieval {self.found_first}/{self.sampled}"
        return "; ".join(self.problems)


def sample_tasks(tasks: tuple[Task, ...] | list[Task], n: int | None) -> list[Task]:
    """``n`` tasks spread evenly over the ledger (deterministic); every task when ``n`` is None or large."""
    if n is None or n >= len(tasks):
        return list(tasks)
    return [tasks[(i * len(tasks)) // n + (len(tasks) // (2 * n))] for i in range(n)]


def _ledger_of(task_id: str) -> str:
    return task_id.split(":", 1)[0] if ":" in task_id else ""


def _ids(ids: list[str]) -> str:
    return ", ".join(ids[:5]) + (f" … ({len(ids)})" if len(ids) > 5 else "")


class VectorStore:
    """Task embeddings in one Chroma collection; converts Chroma results to :class:`DenseHit`.

    ``repair`` (set by :func:`assistant.core.open_store` for an embedded store) is
    called when a query fails inside Chroma: it rebuilds the store from the
    corpus and returns the new one, whose collection this object then uses.
    """

    def __init__(self, client: Any, embedder: Embedder, name: str, location: str = "", server: str = "",
                 opener: Callable[[], VectorStore] | None = None) -> None:
        self.embedder = embedder
        self.location = location
        self.server = server  # "host:port" in server mode
        self.repair: Any = None
        self.cache: VectorCache | None = None
        self.memory: DenseMatrix | None = None  # the collection's vectors in memory (load_memory); queries then skip Chroma
        self.name = name
        self._client = client
        self._collection: Any = None
        #: a sealed store (:mod:`assistant.seal`) opens Chroma on first use only: ``opener`` opens and checks it then
        self._opener = opener
        if opener is not None:
            return
        try:
            self._collection = client.get_or_create_collection(
                name=name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
            )
        except BaseException as err:  # Chroma's Rust panics are BaseExceptions
            only_chroma(err)
            if server:
                host, _, port = server.rpartition(":")
                raise StoreError(f"cannot open collection '{name}' on the Chroma server at {server} ({type(err).__name__}: {str(err)[:120]}); "
                                 f"{server_advice(host, int(port or 0))}") from err
            raise StoreDamaged(f"cannot open collection '{name}' in {location} ({type(err).__name__}: {str(err)[:120]})") from err

    @property
    def _col(self) -> Any:
        """The Chroma collection, opened (and checked, for a sealed store) the first time something needs it."""
        if self._collection is None and self._opener is not None:
            opened, self._opener = self._opener(), None
            self._collection, self._client, self.repair = opened._col, opened._client, opened.repair
        return self._collection

    @_col.setter
    def _col(self, collection: Any) -> None:
        self._collection = collection

    @property
    def deferred(self) -> bool:
        """True while a sealed store has not opened Chroma (nothing has needed it yet)."""
        return self._collection is None and self._opener is not None

    def drop_collection(self) -> None:
        """Delete this store's collection (a server-mode rebuild); a new empty one takes its place."""
        self._client.delete_collection(self.name)
        self._col = self._client.get_or_create_collection(name=self.name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}})

    def verify(self, ledger: Ledger, sample: int | None = 8, fresh_sample: int = 1) -> Verification:
        """Check the collection against ``ledger``: count, ids and content hashes per ledger, then self-retrieval.

        Self-retrieval: each of ``sample`` tasks (None = every task), searched with
        its stored vector, must come first; and ``fresh_sample`` of them, embedded
        again from their passage, must find themselves first too (the vectors
        belong to this embedder). Raises whatever Chroma raises on an unreadable store.

        The cheap check (a ``sample``) reads every id but the content hashes of
        the sampled entries only, next to the corpus hash the last complete sync
        stored on the collection; the full check (``sample=None``) reads every hash.
        """
        problems: list[str] = []
        want = {t.id: t.content_hash() for t in ledger.tasks}
        if sample is None:
            stored = self._stored_hashes()
        else:
            ids = self._col.get(include=[])["ids"]
            have = set(ids)
            picked = [t.id for t in sample_tasks(ledger.tasks, sample) if t.id in have]
            got = self._col.get(ids=picked, include=["metadatas"]) if picked else {"ids": [], "metadatas": []}
            sampled = {i: (m or {}).get("hash", "") for i, m in zip(got["ids"], got["metadatas"] or [], strict=False)}
            stored = {i: sampled.get(i, want.get(i, "")) for i in ids}
            if (self._col.metadata or {}).get("corpus_hash") != ledger.content_hash():
                problems.append("the index was last completed for another version of the corpus")
        count = self._col.count()
        if count != len(stored):
            problems.append(f"the collection counts {count} entries but lists {len(stored)}")
        for lid in sorted({_ledger_of(i) for i in (*want, *stored)}):
            name = f"{lid}: " if lid else ""
            missing = [i for i in want if _ledger_of(i) == lid and i not in stored]
            extra = [i for i in stored if _ledger_of(i) == lid and i not in want]
            stale = [i for i in want if _ledger_of(i) == lid and i in stored and stored[i] != want[i]]
            if missing:
                problems.append(f"{name}{len(missing)} task(s) missing from the index ({_ids(missing)})")
            if extra:
                problems.append(f"{name}{len(extra)} entr(ies) not in the ledger ({_ids(extra)})")
            if stale:
                problems.append(f"{name}{len(stale)} entr(ies) with old content ({_ids(stale)})")
        chosen = [t for t in sample_tasks(ledger.tasks, sample) if t.id in stored]
        if not chosen or not count:
            return Verification(len(want), count, tuple(problems), 0, 0)
        import numpy as np

        got = self._col.get(ids=[t.id for t in chosen], include=["embeddings"])
        vec = dict(zip(got["ids"], got["embeddings"], strict=False))
        few = sample_tasks(chosen, fresh_sample)
        asked = [(t, vec.get(t.id)) for t in chosen]
        asked += list(zip(few, self.embedder.embed_documents([t.passage() for t in few]), strict=True))
        lost = [t.id for t, v in asked if v is None]
        asked = [(t, v) for t, v in asked if v is not None]
        for i in range(0, len(asked), 500):
            part = asked[i : i + 500]
            res = self._col.query(query_embeddings=[np.asarray(v, dtype=np.float32).tolist() for _, v in part],
                                  n_results=min(2, count), include=["distances"])
            for (t, _), ids, ds in zip(part, res["ids"], res["distances"], strict=True):
                # a twin with the same passage may come first: the very same vector counts as found
                if not (ids and (ids[0] == t.id or 1.0 - float(ds[0]) >= 0.9999)):
                    lost.append(t.id)
        n = len(chosen) + len(few)
        if lost:
            problems.append(f"self-retrieval failed for {len(lost)} of {n} sampled tasks ({_ids(lost)}): the vector index is damaged")
        return Verification(len(want), count, tuple(problems), n, n - len(lost))

    def pending(self, ledger: Ledger) -> int:
        """How many tasks a :meth:`sync` would embed or remove."""
        stored = self._stored_hashes()
        return sum(stored.get(t.id) != t.content_hash() for t in ledger.tasks) + sum(ledger.task(i) is None for i in stored)

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
            vectors = self._vectors_for(todo, stored, ledger)
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

    def _vectors_for(self, todo: list[Task], stored: dict[str, str], ledger: Ledger) -> Any:
        """Vectors for new or changed entries, reusing stored ones whose content moved to another id."""
        import numpy as np

        wanted = {t.content_hash() for t in todo} & set(stored.values())
        reuse: dict[str, Any] = {}
        if wanted:
            got = self._col.get(where={"hash": {"$in": sorted(wanted)}}, include=["embeddings", "metadatas"])
            reuse = {m["hash"]: e for m, e in zip(got["metadatas"], got["embeddings"], strict=False)}
        fresh = [t for t in todo if t.content_hash() not in reuse]
        cached = self.cache.get([t.passage() for t in fresh]) if self.cache is not None else {}
        need = list(dict.fromkeys(t.passage() for t in fresh if t.passage() not in cached))
        embedded = dict(zip(need, self.embedder.embed_documents(need), strict=True)) if need else {}
        if self.cache is not None:
            self.cache.save(embedded, [t.passage() for t in ledger.tasks])
        made = {t.id: embedded[t.passage()] if t.passage() in embedded else cached[t.passage()] for t in fresh}
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

    def _nearest(self, vec: np.ndarray, k: int, where: dict | None) -> dict:
        """Chroma's HNSW search, or, among a given set of tasks, an exact search: HNSW with a selective filter can
        miss allowed rows after they were updated in place (seen as an empty answer about 1 run in 6)."""
        if where is None:
            return dict(self._col.query(query_embeddings=[vec.tolist()], n_results=k, include=["distances"]))
        got = self._col.get(where=where, include=["embeddings"])
        if not got["ids"]:
            return {"ids": [[]], "distances": [[]]}
        mat = np.asarray(got["embeddings"], dtype=np.float64)
        q = np.asarray(vec, dtype=np.float64)
        sims = mat @ q / np.maximum(np.linalg.norm(mat, axis=1) * np.linalg.norm(q), 1e-12)
        order = np.argsort(-sims, kind="stable")[:k]
        return {"ids": [[got["ids"][i] for i in order]], "distances": [[1.0 - float(sims[i]) for i in order]]}

    def load_memory(self, ledger: Ledger) -> str:
        """Hold the collection's vectors in memory for exact search; '' when done, else why not.

        The copy is used only when it is the ledger's: the content hash the last complete sync stored
        on the collection is the ledger's and the collection counts one entry per task (its entries'
        ids and hashes were checked by :meth:`verify` when the index was opened). The vectors come
        from the store's :class:`VectorCache` when it has every passage (the same vectors the sync
        wrote, by passage hash: a few ms for 6,200 tasks), else from the collection itself (about
        0.3 s for 6,200). Otherwise queries keep going to Chroma.
        """
        self.memory = None
        if (self._col.metadata or {}).get("corpus_hash") != ledger.content_hash():
            return "the index was last completed for another version of the corpus"
        if (count := self._col.count()) != len(ledger.tasks):
            return f"the collection has {count} entries for {len(ledger.tasks)} tasks"
        ids = [t.id for t in ledger.tasks]
        cached = self.cache.take_matrix([t.passage() for t in ledger.tasks]) if self.cache is not None else None
        if cached is not None:
            self.memory = DenseMatrix(ids, cached, own=True)
            return ""
        got = self._col.get(include=["embeddings"])
        row = {i: n for n, i in enumerate(got["ids"])}
        if any(i not in row for i in ids):
            return "the collection does not hold every task of the ledger"
        vectors = np.asarray(got["embeddings"], dtype=np.float32)
        self.memory = DenseMatrix(ids, vectors[[row[i] for i in ids]], own=True)
        return ""

    def query(self, text: str, k: int, ids: list[str] | None = None) -> list[DenseHit]:
        """The ``k`` tasks nearest to ``text``, optionally only among ``ids``: exact from memory when loaded, else Chroma."""
        if ids is not None and not ids:
            return []
        vec = self.embedder.embed_query(text)
        if self.memory is not None:
            return [DenseHit(n.task_id, n.similarity) for n in self.memory.nearest(vec, k, ids)]
        where = {"task_id": {"$in": list(ids)}} if ids is not None else None
        try:
            res = self._nearest(vec, k, where)
        except BaseException as err:  # Chroma's Rust panics are BaseExceptions
            only_chroma(err)
            if self.server:
                host, _, port = self.server.rpartition(":")
                raise StoreError(f"the Chroma server at {self.server} did not answer ({type(err).__name__}: {str(err)[:100]}); "
                                 f"{server_advice(host, int(port or 0))}") from err
            if self.repair is None:
                raise StoreDamaged(f"vector query failed ({type(err).__name__}: {str(err)[:120]}); run 'python -m assistant index rebuild'") from err
            fixed = self.repair(f"{type(err).__name__}: {str(err)[:120]}")
            self._col, self._client = fixed._col, fixed._client
            try:
                res = self._nearest(vec, k, where)
            except BaseException as again:  # Chroma's Rust panics are BaseExceptions
                only_chroma(again)
                raise StoreDamaged(f"vector query failed ({type(again).__name__}: {str(again)[:120]}); "
                                   "run 'python -m assistant index rebuild'") from again
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
