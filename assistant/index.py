"""Opening the index: connect, check cheaply, update or rebuild under the writer lock, repair after damage.

One writer at a time (:mod:`assistant.lock`); readers never wait when the index is sound. The
store itself (the Chroma collection, sync, verify) is :mod:`assistant.store`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.embeddings import Embedder
from assistant.errors import StoreError
from assistant.records import Ledger
from assistant.store import StoreDamaged, SyncReport, VectorStore, make_client, only_chroma, server_advice
from assistant.vectors import VectorCache, collection_name


def _where(settings: Any) -> str:
    return f"{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else str(settings.index_dir)


def connect(settings: Any, embedder: Embedder, client: Any = None) -> VectorStore:
    """The configured store as it is: no check, no build (``index status``/``verify``)."""
    if client is None:
        token = settings.chroma_token.get_secret_value()
        client = make_client(settings.index_dir, settings.chroma_host, settings.chroma_port, settings.chroma_ssl, token)
    server = _where(settings) if settings.chroma_host else ""
    store = VectorStore(client, embedder, collection_name(embedder.name), _where(settings), server)
    store.cache = VectorCache(settings.kept_dir, embedder.name)
    return store


def _say(progress: Callable[[str], None] | None, message: str) -> None:
    if progress:
        progress(message)


def open_index(settings: Any, ledger: Ledger, embedder: Embedder, progress: Callable[[str], None] | None = None,
               client: Any = None) -> tuple[VectorStore, SyncReport]:
    """Open the configured store, check it cheaply against ``ledger``, and bring it up to date.

    Readers never wait: when the index is up to date and passes the cheap check
    (count, ids and hashes per ledger, self-retrieval of 8 sampled tasks) nothing
    is locked. Otherwise the writer lock is taken, the state read again (another
    writer may have fixed it meanwhile), then the index is built or updated; an
    embedded store that cannot be read or fails the check is moved aside and
    rebuilt from the corpus, which is said once. In server mode an unreachable
    server is a :class:`StoreError` about the server address.
    """
    from assistant.corpus import migrate_versions
    from assistant.lock import writer_lock

    state = settings.kept_dir
    if not settings.chroma_host and (Path(settings.index_dir) / "versions").is_dir():
        with writer_lock(state, settings.lock_timeout, progress=progress):
            migrate_versions(settings.index_dir, state)
    problem = ""
    try:
        store = connect(settings, embedder, client)
        st = store.status(ledger)
        if st.up_to_date and st.count == len(ledger.tasks):
            check = store.verify(ledger)
            if check.ok:
                store.repair = _repairer(settings, ledger, embedder, progress)
                return store, SyncReport(0, 0, 0, len(ledger.tasks), 0.0)
            problem = check.summary()
    except BaseException as err:  # Chroma's Rust panics are BaseExceptions
        problem = _failure(err, settings)
    with writer_lock(state, settings.lock_timeout, progress=progress):
        return _update_locked(settings, ledger, embedder, progress, problem)


def _failure(err: BaseException, settings: Any) -> str:
    """What a failed open or update means: damage to repair (returned as the problem), or an error to raise."""
    if isinstance(err, StoreDamaged):
        return str(err)
    if isinstance(err, StoreError):
        raise err
    only_chroma(err)
    if settings.chroma_host:
        raise StoreError(f"the Chroma server at {_where(settings)} failed ({type(err).__name__}: {str(err)[:100]}); "
                         f"{server_advice(settings.chroma_host, settings.chroma_port)}") from err
    return f"{type(err).__name__}: {str(err)[:120]}"


def _update_locked(settings: Any, ledger: Ledger, embedder: Embedder, progress: Callable[[str], None] | None, problem: str) -> tuple[VectorStore, SyncReport]:
    from assistant.lock import bump_generation

    try:
        store = connect(settings, embedder)
        st = store.status(ledger)
        if not problem or not (st.up_to_date and st.count == len(ledger.tasks)):
            if st.count == 0:
                _say(progress, f"building the index for {len(ledger.tasks)} tasks in {store.location} (first use only)…")
            elif not (st.up_to_date and st.count == len(ledger.tasks)):
                _say(progress, f"updating the index: {store.pending(ledger)} changed tasks…")
            report = store.sync(ledger)
        else:
            report = SyncReport(0, 0, 0, len(ledger.tasks), 0.0)
        check = store.verify(ledger)
        if check.ok:
            if report.changed:
                _say(progress, f"index ready: {report.added} added, {report.updated} updated, {report.removed} removed in {report.seconds:.1f} s")
                bump_generation(settings.kept_dir)
            store.repair = _repairer(settings, ledger, embedder, progress)
            return store, report
        problem = check.summary()
    except BaseException as err:  # Chroma's Rust panics are BaseExceptions
        problem = _failure(err, settings)
    return rebuild_locked(settings, ledger, embedder, progress, problem)


def rebuild_locked(settings: Any, ledger: Ledger, embedder: Embedder, progress: Callable[[str], None] | None, reason: str = "") -> tuple[VectorStore, SyncReport]:
    """Rebuild the index from the corpus (call under the writer lock).

    Embedded: the old folder is moved aside to ``<index>.damaged-<time>`` (never
    deleted: nothing stored is lost) and a new one built. Server: the collection is
    dropped and rebuilt. Says so once: ``索引损坏，已从台账重建：62 项，1.2 s`` when
    ``reason`` names damage, ``索引已重建…`` for a forced rebuild.
    """
    import datetime as dt

    from assistant.lock import bump_generation

    t0 = time.perf_counter()
    aside = ""
    if settings.chroma_host:
        store = connect(settings, embedder)
        store.drop_collection()
    else:
        index = Path(settings.index_dir)
        if index.exists():
            from chromadb.api.shared_system_client import SharedSystemClient

            SharedSystemClient.clear_system_cache()
            target = index.with_name(f"{index.name}.damaged-{dt.datetime.now().strftime('%Y%m%d-%H%M%S-%f')}" if reason else
                                     f"{index.name}.old-{dt.datetime.now().strftime('%Y%m%d-%H%M%S-%f')}")
            try:
                os.replace(index, target)
            except OSError as err:
                raise StoreError(f"cannot move the index folder {index} aside ({err.strerror}); check its permissions") from err
            aside = str(target)
        store = connect(settings, embedder)
    try:
        report = store.sync(ledger)
        check = store.verify(ledger)
    except StoreError:
        raise
    except BaseException as err:  # Chroma's Rust panics are BaseExceptions
        only_chroma(err)
        raise StoreError(f"rebuilding the index in {store.location} failed ({type(err).__name__}: {str(err)[:120]})") from err
    if not check.ok:
        raise StoreError(f"the rebuilt index in {store.location} still fails its check ({check.summary()})")
    bump_generation(settings.kept_dir)
    took = time.perf_counter() - t0
    if aside and not reason:  # a forced rebuild of a sound index: the old copy is derived data, not kept
        import shutil

        shutil.rmtree(aside, ignore_errors=True)
        aside = ""
    moved = f"（原索引已移至 {aside}）" if aside else ""
    if reason:
        _say(progress, f"索引损坏，已从台账重建：{len(ledger.tasks)} 项，{took:.1f} s{moved} — {reason[:160]}")
    else:
        _say(progress, f"索引已重建：{len(ledger.tasks)} 项，{took:.1f} s{moved}")
    store.repair = _repairer(settings, ledger, embedder, progress)
    return store, SyncReport(report.added, report.updated, report.removed, report.unchanged, took)


def _repairer(settings: Any, ledger: Ledger, embedder: Embedder, progress: Callable[[str], None] | None) -> Callable[[str], VectorStore] | None:
    """For an embedded store: rebuild under the lock after a failed query (unless another writer already has)."""
    if settings.chroma_host:
        return None

    def repair(reason: str) -> VectorStore:
        from assistant.lock import writer_lock

        with writer_lock(settings.kept_dir, settings.lock_timeout, progress=progress):
            return _update_locked(settings, ledger, embedder, progress, reason)[0]

    return repair
