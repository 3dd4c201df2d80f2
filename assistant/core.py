"""The :class:`Assistant`: understand → rules → extractive fallback → refusal."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from assistant.corpus import changes_since_previous
from assistant.figures import extract
from assistant.ledger import load_corpus
from assistant.lexicon import load_lexicon
from assistant.query import MeasureIn, Query, UnitIs, atoms
from assistant.records import Answer, Ledger, Source
from assistant.retrieve import HybridRetriever
from assistant.rules import Rules
from assistant.settings import Settings
from assistant.store import SyncReport, VectorStore, collection_name, make_client
from assistant.understand import State, Understander, clean_input

Turn = dict[str, Any]


def open_store(settings: Settings, ledger: Ledger, progress: Callable[[str], None] | None = None) -> tuple[VectorStore, SyncReport]:
    """Open the configured vector store and bring it up to date with ``ledger``."""
    from concurrent.futures import ThreadPoolExecutor

    from assistant.embeddings import make_embedder

    def loaded() -> Any:
        emb = make_embedder(settings.embedder, settings.embed_model, settings.embed_threads)
        emb.embed_query(ledger.tasks[0].measure_title)  # loads the weights: zlib and numpy, mostly off the GIL
        return emb

    with ThreadPoolExecutor(max_workers=1) as pool:
        pending = pool.submit(loaded)  # overlaps the Chroma start-up below
        token = settings.chroma_token.get_secret_value()
        client = make_client(settings.index_dir, settings.chroma_host, settings.chroma_port, settings.chroma_ssl, token)
        embedder = pending.result()
    where = f"{settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else str(settings.index_dir)
    store = VectorStore(client, embedder, collection_name(embedder.name), where)
    status = store.status(ledger)
    if progress and not (status.up_to_date and status.count == len(ledger.tasks)):
        progress(f"building the index for {len(ledger.tasks)} tasks in {where} (first use only)…")
    report = store.sync(ledger)
    if progress and report.changed:
        progress(f"index ready: {report.added} added, {report.updated} updated, {report.removed} removed in {report.seconds:.1f} s")
    return store, report


def make_generator(settings: Settings, ledger: Ledger) -> Any:
    """The grounded LLM generator when ``LEDGER_LLM_PROVIDER`` is set, else None."""
    if not settings.llm_provider:
        return None
    from assistant.chain import CircuitBreaker, GroundedGenerator, make_chat_model

    model = make_chat_model(settings.llm_provider, settings.llm_model, settings.llm_base_url,
                            settings.llm_api_key.get_secret_value(), settings.llm_timeout)
    lexicon = load_lexicon(str(settings.lexicon) if settings.lexicon else None)
    breaker = CircuitBreaker(settings.llm_breaker_failures, settings.llm_breaker_cooldown)
    return GroundedGenerator(model, lexicon, ledger.units, retries=settings.llm_retries, breaker=breaker)


class Assistant:
    """Answers questions about the loaded ledger(s). ``ask`` never raises for bad input."""

    def __init__(self, settings: Settings, ledger: Ledger, store: VectorStore | None, generator: Any = None) -> None:
        self.settings = settings
        self.generator = generator  # assistant.chain.GroundedGenerator, when a model is configured
        self.ledger = ledger
        self.lexicon = load_lexicon(str(settings.lexicon) if settings.lexicon else None)
        self.understander = Understander(ledger, self.lexicon, settings.max_question_chars)
        self.retriever = HybridRetriever(ledger, store)
        self.rules = Rules(ledger, self.lexicon, self.understander, self.retriever, extract(ledger), settings.top_k,
                           versions=lambda: changes_since_previous(settings.index_dir, ledger))

    @classmethod
    def from_settings(cls, settings: Settings, progress: Callable[[str], None] | None = None) -> Assistant:
        """Load the corpus and open (building if needed) the index named by ``settings``."""
        from assistant.home import prepare

        ledger = load_corpus(prepare(settings))
        store = open_store(settings, ledger, progress)[0] if settings.dense else None
        assistant = cls(settings, ledger, store, make_generator(settings, ledger))
        assistant.warm_up()
        return assistant

    def warm_up(self) -> None:
        """Load the lazy parts (tokenizer dictionary, encoder weights) before the first real question."""
        self.retriever.search(self.ledger.tasks[0].measure_title, 1)

    def understand(self, question: str, history: Sequence[Turn] | None = None, today: dt.date | None = None) -> Query:
        """The :class:`Query` for ``question`` in the context of ``history``."""
        return self._context(question, history, today or self.settings.today_date())[0]

    def _context(self, question: str, history: Sequence[Turn] | None, today: dt.date) -> tuple[Query, State]:
        """Replay the earlier user turns (deterministically) to rebuild the conversation state, then parse."""
        u = self.understander
        state = State()
        users = [clean_input(t.get("content")) for t in (history or []) if isinstance(t, dict) and t.get("role") == "user"]
        for text in users[-6:]:
            q = u.read(text, state, today)
            if q.refuse:
                continue
            ans = self.rules.answer(q, text, today)
            if ans.refused:
                continue
            state = _next_state(state, q, ans)
        return u.read(question, state, today), state

    def _rules_answer(self, question: str, history: Sequence[Turn] | None, day: dt.date) -> Answer:
        q, _ = self._context(question, history, day)
        return self.rules.answer(q, clean_input(question), day)

    def ask(self, question: str, history: Sequence[Turn] | None = None, today: dt.date | None = None, qid: str | None = None,
            style: str | None = None) -> Answer:
        """Answer ``question``; ``history`` is earlier turns, oldest first (FORMAT.md).

        Rules answer what they answer exactly; an open question that would get an
        extractive answer goes to the model when one is configured, and comes back
        only if it passes the grounding check.
        """
        t0 = time.perf_counter()
        text = clean_input(question)
        ans = self._rules_answer(text, history, today or self.settings.today_date())
        if self.generator is not None and ans.route == "retrieval" and not ans.refused:
            tasks = [t for i in ans.tasks if (t := self.ledger.task(i))]
            ans = self._merge(ans, self.generator.generate(text, tasks, style or self.settings.answer_style))
        return replace(ans, latency_ms=(time.perf_counter() - t0) * 1000, id=qid)

    def ask_stream(self, question: str, history: Sequence[Turn] | None = None, today: dt.date | None = None,
                   style: str | None = None) -> Iterator[Answer]:
        """Like :meth:`ask`, but yields growing answers while a model streams; the last one is final.

        Every streamed sentence has passed the grounding check before it is yielded.
        """
        t0 = time.perf_counter()
        text = clean_input(question)
        ans = self._rules_answer(text, history, today or self.settings.today_date())
        if self.generator is None or ans.route != "retrieval" or ans.refused:
            yield replace(ans, latency_ms=(time.perf_counter() - t0) * 1000)
            return
        tasks = [t for i in ans.tasks if (t := self.ledger.task(i))]
        shown = ""
        for piece in self.generator.stream(text, tasks, style or self.settings.answer_style):
            if isinstance(piece, str):
                shown += piece
                yield replace(ans, answer=shown, route="llm-streaming", latency_ms=(time.perf_counter() - t0) * 1000)
            else:
                yield replace(self._merge(ans, piece), latency_ms=(time.perf_counter() - t0) * 1000)

    def _merge(self, extractive: Answer, gen: Any) -> Answer:
        """The model's answer with its citations, or the extractive one with the reason in the route."""
        if gen.text is None:
            notice = "（智能回答暂不可用，以下为台账原文摘录。）\n" if gen.reason.startswith(("model", "模型")) else ""
            return replace(extractive, answer=notice + extractive.answer, route=f"retrieval (llm {gen.reason})")
        cited = [t for i in gen.cited if (t := self.ledger.task(i))]
        rest = [i for i in extractive.tasks if i not in gen.cited]
        first = cited[0]
        return replace(extractive, answer=gen.text, tasks=tuple([*gen.cited, *rest]), units=first.units,
                       deadline=first.deadline.text, sources=tuple(Source.of(t) for t in cited), route="llm")


def _next_state(state: State, q: Query, ans: Answer) -> State:
    """The conversation state after answering ``q`` with ``ans``."""
    nos = tuple(n for a in atoms(q.where) if isinstance(a, MeasureIn) for n in a.nos)
    measures = tuple(n for n in state.measures if n not in nos) + nos if nos else state.measures
    if q.collection:
        parent = {"narrow": state.query, "substitute": state.parent, "complement": state.parent, "repeat": state.parent}.get(q.followup)
        named = tuple(u for a in atoms(q.where) if isinstance(a, UnitIs) for u in a.units)
        if q.target == "units" and len(ans.units) <= 4:
            named += ans.units
        return State(q, ans.tasks, parent, state.mentioned, _recent(state.units, named), ans.tasks, measures[-6:])
    named_now = ans.tasks[: max(1, len(q.refs))] if q.target != "compare" else ()
    mentioned = tuple(i for i in state.mentioned if i not in named_now) + tuple(named_now)
    return State(q, ans.tasks, None, mentioned[-6:], _recent(state.units, ans.units if len(ans.units) <= 4 else ()), state.last_list, measures[-6:])


def _recent(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
    """Units named so far, most recent last (a unit named again moves to the end)."""
    out = [u for u in old if u not in new] + list(dict.fromkeys(new))
    return tuple(out[-6:])
