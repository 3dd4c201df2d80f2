"""The :class:`Assistant`: understand → rules → extractive fallback → refusal."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from assistant.figures import extract
from assistant.ledger import load_corpus
from assistant.lexicon import load_lexicon
from assistant.records import Answer, Ledger
from assistant.retrieve import HybridRetriever
from assistant.rules import SINGLE_TASK_INTENTS, Rules
from assistant.settings import Settings
from assistant.store import SyncReport, VectorStore, collection_name, make_client
from assistant.understand import Query, Understander

Turn = dict[str, Any]


def open_store(settings: Settings, ledger: Ledger, progress: Callable[[str], None] | None = None) -> tuple[VectorStore, SyncReport]:
    """Open the configured vector store and bring it up to date with ``ledger``."""
    from assistant.embeddings import make_embedder

    embedder = make_embedder(settings.embedder, settings.embed_model, settings.embed_threads)
    token = settings.chroma_token.get_secret_value()
    client = make_client(settings.index_dir, settings.chroma_host, settings.chroma_port, settings.chroma_ssl, token)
    where = f"{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else str(settings.index_dir)
    store = VectorStore(client, embedder, collection_name(embedder.name), where)
    status = store.status(ledger)
    if progress and not (status.up_to_date and status.count == len(ledger.tasks)):
        progress(f"building the index for {len(ledger.tasks)} tasks in {where} (first use only)…")
    report = store.sync(ledger)
    if progress and report.changed:
        progress(f"index ready: {report.added} added, {report.updated} updated, {report.removed} removed in {report.seconds:.1f} s")
    return store, report


class Assistant:
    """Answers questions about one ledger. ``ask`` never raises for bad input."""

    def __init__(self, settings: Settings, ledger: Ledger, store: VectorStore | None) -> None:
        self.settings = settings
        self.ledger = ledger
        self.lexicon = load_lexicon(str(settings.lexicon) if settings.lexicon else None)
        self.understander = Understander(ledger, self.lexicon, settings.max_question_chars)
        self.retriever = HybridRetriever(ledger, store)
        self.rules = Rules(ledger, self.lexicon, self.understander, self.retriever, extract(ledger), settings.top_k)

    @classmethod
    def from_settings(cls, settings: Settings, progress: Callable[[str], None] | None = None) -> Assistant:
        """Load the corpus and open (building if needed) the index named by ``settings``."""
        ledger = load_corpus(settings.corpus_dir)
        store = open_store(settings, ledger, progress)[0] if settings.dense else None
        assistant = cls(settings, ledger, store)
        assistant.warm_up()
        return assistant

    def warm_up(self) -> None:
        """Load the lazy parts (tokenizer dictionary, encoder weights) before the first real question."""
        self.retriever.search("便民接电点", 1)

    def understand(self, question: str, history: Sequence[Turn] | None = None, today: dt.date | None = None) -> Query:
        """The merged :class:`Query` for ``question`` in the context of ``history``."""
        return self._context(question, history, today or self.settings.today_date())[0]

    def _context(self, question: str, history: Sequence[Turn] | None, today: dt.date) -> tuple[Query, Query | None]:
        previous: Query | None = None
        users = [str(t.get("content") or "") for t in (history or []) if isinstance(t, dict) and t.get("role") == "user"]
        for text in users[-3:]:
            q = self.understander.merge(self.understander.parse(text, today), previous)
            if q.refuse:
                continue
            if q.intent in SINGLE_TASK_INTENTS and not q.task_ids:
                ans = self.rules.answer(q, text, today)
                if ans.refused:
                    continue
                q = replace(q, task_ids=ans.tasks[:1], content=q.content or ("_",))
            previous = q
        current = self.understander.merge(self.understander.parse(question, today), previous)
        return current, previous

    def ask(self, question: str, history: Sequence[Turn] | None = None, today: dt.date | None = None, qid: str | None = None) -> Answer:
        """Answer ``question``; ``history`` is earlier turns, oldest first (FORMAT.md)."""
        t0 = time.perf_counter()
        day = today or self.settings.today_date()
        q, _ = self._context(question if isinstance(question, str) else "", history, day)
        ans = self.rules.answer(q, question if isinstance(question, str) else "", day)
        return replace(ans, latency_ms=(time.perf_counter() - t0) * 1000, id=qid)
