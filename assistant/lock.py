"""One writer at a time for the corpus, its kept versions and the index; a generation number for readers.

Writers (``ingest``, ``index build``/``rebuild``, the first-use build and an automatic
repair) take one inter-process lock (:mod:`filelock`) kept in the versions folder,
which no rebuild replaces. The wait is bounded and says who holds the lock.
Readers never take it: they compare :func:`generation` (bumped by every writer
that changed something) to notice a new corpus or index.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.errors import StoreError, WriterBusy

LOCK_NAME = ".writer.lock"
HOLDER_NAME = ".writer.holder"
GENERATION_NAME = ".generation"


def _describe(holder: dict) -> str:
    since = time.time() - float(holder.get("since", time.time()))
    return f"'{holder.get('command', '?')}' (pid {holder.get('pid', '?')}, for {since:.0f} s)"


def holder(state_dir: Path) -> dict | None:
    """Who holds (or last held) the lock, as written by the holder: command, pid, since."""
    try:
        return json.loads((Path(state_dir) / HOLDER_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return None


def command_line() -> str:
    """This process's command line, shortened, for the holder note."""
    argv = [Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python", *sys.argv[1:]]
    if argv[0] in ("__main__.py", "-m"):
        argv[0] = "python -m assistant"
    return " ".join(argv)[:160]


@contextmanager
def writer_lock(state_dir: Path, timeout: float = 300.0, command: str = "", progress: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the one writer lock; wait at most ``timeout`` seconds, then raise :class:`WriterBusy`.

    Re-entrant within a thread (the same lock object is shared per path), so a
    writer may call another writer's code.
    """
    from filelock import FileLock, Timeout

    d = Path(state_dir)
    try:
        d.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(d / LOCK_NAME), is_singleton=True)
    except OSError as err:
        raise StoreError(f"cannot create the writer lock in {d} ({err.strerror}); check LEDGER_VERSIONS_DIR") from err
    t0 = time.monotonic()
    outer = not lock.is_locked
    try:
        lock.acquire(timeout=0)
    except Timeout:
        other = holder(d)
        if progress:
            progress(f"waiting for another writer {_describe(other) if other else ''} to finish (at most {timeout:.0f} s)…")
        try:
            lock.acquire(timeout=timeout)
        except Timeout as err:
            other = holder(d)
            who = _describe(other) if other else "another process"
            raise WriterBusy(f"another writer {who} holds the corpus/index lock {d / LOCK_NAME}; waited {time.monotonic() - t0:.0f} s — "
                             "try again when it has finished (LEDGER_LOCK_TIMEOUT sets the wait)") from err
    try:
        if outer:
            note = {"command": command or command_line(), "pid": os.getpid(), "since": time.time()}
            _write_atomic(d / HOLDER_NAME, json.dumps(note).encode())
        yield
    finally:
        lock.release()


def generation(state_dir: Path) -> int:
    """The writers' generation counter (0 before the first write)."""
    try:
        return int((Path(state_dir) / GENERATION_NAME).read_text("ascii").strip() or 0)
    except (OSError, ValueError):
        return 0


def bump_generation(state_dir: Path) -> int:
    """Increment the generation (call under :func:`writer_lock` after changing the corpus or index)."""
    n = generation(state_dir) + 1
    _write_atomic(Path(state_dir) / GENERATION_NAME, str(n).encode())
    return n


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
