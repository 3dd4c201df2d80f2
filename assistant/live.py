"""Live reload: a long-running UI or API notices a new corpus and swaps in a new :class:`Assistant` between questions.

Each request calls :meth:`LiveAssistant.current` and answers with the object it
got, so a question in flight finishes on the ledger and index it started with.
At most once per ``interval`` seconds ``current`` compares a cheap fingerprint:
the writers' generation number (bumped under the writer lock by ``ingest``,
``index build``/``rebuild`` and an automatic repair) plus name, size and
modification time of every corpus document (a file copied in by hand counts
too). When it changed, one caller builds the new assistant, under the writer
lock so it never reads a half-written corpus, and swaps the reference; other
callers keep getting the old one meanwhile. When another writer holds the lock
the old assistant keeps answering and the reload is tried again later.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from typing import Any

from assistant.core import Assistant
from assistant.errors import AssistantError, WriterBusy
from assistant.ledger import corpus_files
from assistant.lock import generation, writer_lock
from assistant.settings import Settings

Fingerprint = tuple[Any, ...]


def fingerprint(settings: Settings) -> Fingerprint:
    """What changes when the corpus or index changes: generation, and (name, size, mtime_ns) of each document."""
    files = []
    for p in corpus_files(settings.corpus_dir):
        try:
            st = p.stat()
        except OSError:  # replaced between listing and stat: the next check sees the new file
            continue
        files.append((p.name, st.st_size, st.st_mtime_ns))
    return (generation(settings.kept_dir), tuple(files))


class LiveAssistant:
    """Hands out the current :class:`Assistant`; rebuilds it when the corpus changed (see module docs).

    ``progress`` receives one line per reload ("台账已更新：… 项（第 N 版）") and any
    message of the build itself (an index update or repair).
    """

    def __init__(self, settings: Settings, progress: Callable[[str], None] | None = None, interval: float = 1.0,
                 factory: Callable[..., Assistant] | None = None) -> None:
        self.settings = settings
        self.progress = progress
        self.interval = interval
        self._factory = factory or Assistant.from_settings
        self._swap = threading.Lock()  # one reload at a time; never held while answering
        with writer_lock(settings.kept_dir, settings.lock_timeout, progress=progress):
            self._assistant = self._factory(settings, progress=progress)
            self._print = fingerprint(settings)  # after the build, which may itself have bumped the generation
        self._checked = time.monotonic()
        self.reloads = 0
        self.last_error = ""

    @property
    def generation(self) -> str:
        """A short hash of the fingerprint the current assistant was built from (changes with every reload)."""
        return hashlib.sha256(repr(self._print).encode()).hexdigest()[:12]

    def current(self) -> Assistant:
        """The assistant to answer one question with (the newest one, once it is built)."""
        now = time.monotonic()
        if now - self._checked < self.interval:
            return self._assistant
        if not self._swap.acquire(blocking=False):  # another request is reloading: answer with the current one
            return self._assistant
        try:
            self._checked = now
            seen = fingerprint(self.settings)
            if seen != self._print:
                self._reload()
        finally:
            self._swap.release()
        return self._assistant

    def ready(self) -> Assistant | None:
        """The current assistant when no corpus check is due (so answering with it can never start a rebuild), else None
        (then :meth:`current`, which may rebuild, is the one to call — in a worker thread)."""
        return self._assistant if time.monotonic() - self._checked < self.interval else None

    def reload(self) -> Assistant:
        """Rebuild now (the API's admin reload), waiting for another writer at most ``lock_timeout``; raises on failure."""
        with self._swap, writer_lock(self.settings.kept_dir, self.settings.lock_timeout, progress=self.progress):
            fresh = self._factory(self.settings, progress=self.progress)
            self._assistant, self._print = fresh, fingerprint(self.settings)
            self.reloads += 1
            self._checked = time.monotonic()
        return self._assistant

    def _reload(self) -> None:
        try:
            with writer_lock(self.settings.kept_dir, 0.0):
                fresh = self._factory(self.settings, progress=self.progress)
                seen = fingerprint(self.settings)  # stable: no other writer can change it while we hold the lock
        except WriterBusy:  # a writer is at work: keep answering with the old one, try again after the interval
            return
        except Exception as err:  # e.g. a malformed file copied in by hand: keep the old one, say so once per fault
            msg = str(err) if isinstance(err, AssistantError) else f"{type(err).__name__}: {str(err)[:160]}"
            if msg != self.last_error and self.progress:
                self.progress(f"reload failed, still answering from the previous ledger: {msg}")
            self.last_error = msg
            return
        self._assistant, self._print = fresh, seen  # one reference assignment: atomic for readers
        self.reloads += 1
        self.last_error = ""
        if self.progress:
            self.progress(f"台账已更新：{len(fresh.ledger.tasks)} 项（版本 {self.generation}），新问题按新版台账回答")
