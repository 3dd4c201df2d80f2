"""The :class:`Assistant`: understand → rules → extractive fallback → refusal."""

from __future__ import annotations

import datetime as dt
import functools
import json
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from assistant import rx
from assistant.corpus import changes_since_previous, previous_ledgers, removed_tasks
from assistant.dense import DenseMatrix
from assistant.figures import extract
from assistant.index import open_index
from assistant.ledger import load_corpus
from assistant.lexicon import load_lexicon
from assistant.query import Query
from assistant.records import STATUS_LABELS, Answer, Ledger, Source
from assistant.retrieve import HybridRetriever
from assistant.rules import Rules
from assistant.settings import Settings
from assistant.store import StoreDamaged, SyncReport, VectorStore, make_client
from assistant.text import normalize
from assistant.understand import State, StateCache, Understander, clean_input, over_limit

Turn = dict[str, Any]


def open_store(settings: Settings, ledger: Ledger, progress: Callable[[str], None] | None = None,
               sealed_ok: bool = False) -> tuple[VectorStore, SyncReport]:
    """Open the configured vector store, check it and bring it up to date with ``ledger`` (see :func:`assistant.index.open_index`).

    With ``sealed_ok`` (an assistant starting, not an index command) a store sealed by an earlier checked
    open that nothing has touched since is not opened at all: its vectors come from the cache, Chroma and
    the full check wait until something needs them, and the encoder loads in the background (assistant/seal.py).
    """
    from concurrent.futures import ThreadPoolExecutor

    from assistant.embeddings import make_embedder

    def loaded() -> Any:
        emb = make_embedder(settings.embedder, settings.embed_model, settings.embed_threads, settings.index_threads)
        emb.embed_query(ledger.tasks[0].measure_title)  # loads the weights: zlib and numpy, mostly off the GIL
        return emb

    memory = settings.dense_search == "memory" and not settings.chroma_host and len(ledger.tasks) <= settings.dense_memory_max
    if sealed_ok and memory and (store := _sealed_store(settings, ledger, loaded, progress)) is not None:
        return store, SyncReport(0, 0, 0, len(ledger.tasks), 0.0)
    with ThreadPoolExecutor(max_workers=1) as pool:
        pending = pool.submit(loaded)  # overlaps the Chroma start-up below
        try:
            client = make_client(settings.index_dir, settings.chroma_host, settings.chroma_port, settings.chroma_ssl,
                                 settings.chroma_token.get_secret_value())
        except StoreDamaged:
            client = None  # unreadable embedded store: open_index moves it aside and rebuilds
        embedder = pending.result()
    store, report = open_index(settings, ledger, embedder, progress, client)
    if memory and not store.load_memory(ledger):  # checked against the ledger; when it does not match, queries stay with Chroma
        from assistant.seal import write_seal

        write_seal(settings.kept_dir, settings.index_dir, ledger.content_hash(), store.name)
    return store, report


def _sealed_store(settings: Settings, ledger: Ledger, load: Callable[[], Any], progress: Callable[[str], None] | None) -> VectorStore | None:
    """The sealed store with its vectors in memory, Chroma unopened; None when the seal does not hold or the cache lacks a vector."""
    from assistant.embeddings import Loading, embedder_name
    from assistant.seal import is_sealed
    from assistant.vectors import VectorCache, collection_name

    name = embedder_name(settings.embedder, settings.embed_model)
    collection = collection_name(name)
    if not is_sealed(settings.kept_dir, settings.index_dir, ledger.content_hash(), collection):
        return None
    cache = VectorCache(settings.kept_dir, name)
    vectors = cache.take_matrix([t.passage() for t in ledger.tasks])
    if vectors is None:
        return None
    embedder = Loading(name, load)

    def opener() -> VectorStore:
        return open_index(settings, ledger, embedder, progress)[0]

    store = VectorStore(None, embedder, collection, str(settings.index_dir), opener=opener)
    store.cache = cache
    store.memory = DenseMatrix([t.id for t in ledger.tasks], vectors, own=True)
    return store


def make_generator(settings: Settings, ledger: Ledger) -> Any:
    """The grounded LLM generator when ``LEDGER_LLM_PROVIDER`` is set, else None."""
    if not settings.llm_provider:
        return None
    from assistant.chain import CircuitBreaker, GroundedGenerator, make_chat_model

    model = make_chat_model(settings.llm_provider, settings.llm_model, settings.llm_base_url,
                            settings.llm_api_key.get_secret_value(), settings.llm_timeout)
    lexicon = load_lexicon(str(settings.lexicon) if settings.lexicon else None)
    breaker = CircuitBreaker(settings.llm_breaker_failures, settings.llm_breaker_cooldown)
    return GroundedGenerator(model, lexicon, ledger.units, retries=settings.llm_retries, breaker=breaker, timeout=settings.llm_timeout,
                             budget=settings.llm_budget, timeout_per_call=settings.llm_provider != "ollama")


# "…已全部完成，完成率100%" in an assistant turn a client sent
_DONE_CLAIM = rx.lazy(r"(?<!无法说明哪些任务)已(?:经)?(?:全部|基本)?(?:完成|办结|落实到位|建成|清零|实现)(?!情况|[”\u0022」])"
                      r"|已(?:于|在)\S{0,12}(?:完成|办结|建成|清零|实现)|完成率\s*(?:已)?(?:达到?|为|是)?\s*\d")

class Assistant:
    """Answers questions about the loaded ledger(s). ``ask`` never raises for bad input."""

    def __init__(self, settings: Settings, ledger: Ledger, store: VectorStore | None, generator: Any = None) -> None:
        self.settings = settings
        #: seconds per start-up stage when built by :meth:`from_settings` (benchmarks/bench.py prints them)
        self.startup: dict[str, float] = {}
        self.generator = generator  # assistant.chain.GroundedGenerator, when a model is configured
        self.ledger = ledger
        self.lexicon = load_lexicon(str(settings.lexicon) if settings.lexicon else None)
        self.understander = Understander(ledger, self.lexicon, settings.max_question_chars)
        self.states = StateCache()  # the state each replayed history left, so a session replays only its newest turn
        self.retriever = HybridRetriever(ledger, store)
        #: reads questions; progress questions as such when a ledger has a progress column (assistant/understand/progress.py)
        self.reader: Any = self.understander
        rules: type[Rules] = Rules
        kept: dict[str, Any] = {}
        if ledger.has_progress or ledger.has_lead:  # a ledger as it is kept: progress column, 牵头单位 / 配合单位 (assistant/progress.py)
            from assistant.progress import ProgressRules
            from assistant.understand.progress import ProgressReader

            self.reader = ProgressReader(self.understander, ledger)
            rules = ProgressRules
            kept = {"previous": functools.cache(lambda: previous_ledgers(settings.kept_dir, ledger)), "stale_days": settings.progress_stale_days}
        self.rules = rules(ledger, self.lexicon, self.understander, self.retriever, functools.cache(lambda: extract(ledger)), settings.top_k,
                           versions=lambda: changes_since_previous(settings.kept_dir, ledger),
                           removed=functools.cache(lambda: removed_tasks(settings.kept_dir, ledger)), **kept)

    @classmethod
    def from_settings(cls, settings: Settings, progress: Callable[[str], None] | None = None) -> Assistant:
        """Load the corpus and open (building if needed) the index named by ``settings``."""
        from assistant.home import prepare

        t0 = time.perf_counter()
        ledger = load_corpus(prepare(settings))
        rx.keep_in(settings.home / "cache", ledger.content_hash())  # the patterns compiled for this ledger, kept (assistant/rx.py)
        t1 = time.perf_counter()
        store = open_store(settings, ledger, progress, sealed_ok=True)[0] if settings.dense else None
        t2 = time.perf_counter()
        assistant = cls(settings, ledger, store, make_generator(settings, ledger))
        t3 = time.perf_counter()
        assistant.warm_up()
        assistant.startup = {"corpus": t1 - t0, "index": t2 - t1, "parser and BM25": t3 - t2, "warm-up": time.perf_counter() - t3}
        return assistant

    @property
    def answers_locally(self) -> bool:
        """Every answer comes from memory, with no I/O: no model to call, and dense search from the vectors in memory (not
        a Chroma query, which may go to a server). Such an answer takes milliseconds of CPU and may be computed on an
        event loop."""
        store = self.retriever.store
        return self.generator is None and (store is None or store.memory is not None)

    def warm_up(self) -> None:
        """Load the lazy parts (tokenizer dictionary, Chroma's vector index) before the first real question.

        A sealed store's encoder is still loading in the background: only BM25 is run then."""
        store = self.retriever.store
        if store is None or store.deferred:
            self.retriever.bm25.scores(self.ledger.tasks[0].measure_title)
        else:
            self.retriever.search(self.ledger.tasks[0].measure_title, 1)

    def understand(self, question: str, history: Sequence[Turn] | None = None, today: dt.date | None = None) -> Query:
        """The :class:`Query` for ``question`` in the context of ``history``."""
        return self._context(question, history, today or self.settings.today_date())[0]

    def _context(self, question: str, history: Sequence[Turn] | None, today: dt.date) -> tuple[Query, State]:
        """Replay the earlier user turns (deterministically) to rebuild the conversation state, then parse.

        The task ids of each visible assistant turn (ids and order only, never facts) bind the
        follow-ups when the replay of its question fails or shows other tasks (:meth:`State.advance`).
        The state after the longest start of these turns replayed before (by any earlier question of
        the session) comes from :attr:`states`; only the turns after it are replayed.
        """
        u = self.reader
        turns = [(t, ids) for t, ids in self._turns(history) if ids or not self.lexicon.chitchat.search(normalize(t))][-6:]
        state, done = State(), 0
        for k in range(len(turns), 0, -1):
            if (known := self.states.get((today, tuple(turns[:k])))) is not None:
                state, done = known, k
                break
        for k in range(done, len(turns)):
            text, shown = turns[k]
            q = u.read(text, state, today)
            ans = None if q.refuse else self.rules.answer(q, text, today)
            if ans is None or ans.refused:
                # a turn declined by class leaves the list before it standing; one not understood points at nothing
                declined = bool(q.refuse) and q.refuse not in ("no_subject", "lost_context")
                state = state.shown_only(shown, q.followup, lost=not declined)
            else:
                state = state.advance(q, ans.tasks, ans.units, shown)
            self.states.put((today, tuple(turns[: k + 1])), state)
        return u.read(question, state, today), state

    @staticmethod
    def _done_claimed(history: Sequence[Turn] | None) -> bool:
        """True when an assistant turn of the history says a task is done or gives a completion rate — never something this
        assistant says (facts are not taken from assistant turns; the claim only earns the plain note)."""
        return any(isinstance(t, dict) and t.get("role") == "assistant" and _DONE_CLAIM.search(clean_input(t.get("content")))
                   for t in history or [])

    def _turns(self, history: Sequence[Turn] | None) -> list[tuple[str, tuple[str, ...]]]:
        """(user text, task ids shown in the assistant turn that answered it) for each user turn."""
        out: list[tuple[str, tuple[str, ...]]] = []
        for t in history or []:
            if not isinstance(t, dict):
                continue
            if t.get("role") == "user":
                out.append((clean_input(t.get("content")), ()))
            elif t.get("role") == "assistant" and out and not out[-1][1]:
                said = clean_input(t.get("content"))
                said = rx.sub(r"^条件：[^\n]*? — ", "", said)  # the condition said back names ids it filtered by, not ids shown
                out[-1] = (out[-1][0], self.ledger.ids_in(said) or self.ledger.quoted_in(said))
        return out

    def _rules_answer(self, question: str, history: Sequence[Turn] | None, day: dt.date, style: str | None = None) -> Answer:
        q, _ = self._context(question, history, day)
        ans = self._abstain(self.rules.answer(q, clean_input(question), day), style or self.settings.answer_style)
        if not ans.refused and ans.tasks and self._done_claimed(history) and "不记录实际完成情况" not in ans.answer:
            # an earlier assistant turn (as the client sent it) said tasks were done: the ledger does not record that
            ans = replace(ans, answer=self.lexicon.messages["completion"] + "\n" + ans.answer)
        if self.reader is not self.understander and (style or self.settings.answer_style) == "public":
            from assistant.privacy import mask  # a progress cell or 备注 quoted to the public: phone and ID numbers masked

            ans = replace(ans, answer=mask(ans.answer))
        return ans

    def updated_ids(self) -> tuple[str, ...]:
        """Tasks whose progress cell changed since the previous kept version (the browser's “进展有更新”)."""
        return self.rules.updated_ids() if hasattr(self.rules, "updated_ids") else ()

    def _abstain(self, ans: Answer, style: str) -> Answer:
        """An answer found by search is given only when its task covers enough of what was asked
        (``min_support``, stricter for the public style); otherwise a refusal with pointers."""
        need = self.settings.min_support_public if style == "public" else self.settings.min_support
        if (ans.query or {}).get("target") == "verify":
            need = max(need, self.settings.min_support_verify)  # "是的/不是" confirms a whole claim: every part must be the task's
        if ans.refused or ans.support is None or ans.support >= need:
            return ans
        tasks = [t for i in ans.tasks if (t := self.ledger.task(i))]
        return replace(self.rules.unsupported(tasks), query=ans.query, support=ans.support)

    def ask(self, question: str, history: Sequence[Turn] | None = None, today: dt.date | None = None, qid: str | None = None,
            style: str | None = None) -> Answer:
        """Answer ``question``; ``history`` is earlier turns, oldest first (FORMAT.md).

        Rules answer what they answer exactly; only an open question (see :meth:`_for_model`) goes
        to the model when one is configured, and its answer is used only if every sentence passes
        the grounding check, with the primary task's units and deadline kept exact (:meth:`_merge`).
        """
        t0 = time.perf_counter()
        text = self._as_read(question)
        day = today or self.settings.today_date()
        ans = self._rules_answer(text, history, day, style)
        ans = self._model_parsed(ans, text, day)
        if self._for_model(ans, text, history, day):
            tasks = [t for i in ans.tasks if (t := self.ledger.task(i))]
            ans = self._merge(ans, self.generator.generate(text, tasks, style or self.settings.answer_style), day)
        return replace(ans, latency_ms=(time.perf_counter() - t0) * 1000, id=qid)

    def _as_read(self, question: str) -> str:
        """The question cleaned for reading; one over the length limit as sent stays over it (a flood of one character would
        read as three), so it is refused as too long before any pattern reads it."""
        if over_limit(question, self.understander.max_chars):
            return str(question)[: self.understander.max_chars + 1]
        return clean_input(question)

    def _model_parsed(self, ans: Answer, question: str, day: dt.date) -> Answer:
        """When the parser left part of a list/count question unconsumed and a model is configured, let the model
        propose the typed query; it is validated against the ledger and executed exactly. Otherwise ``ans`` as it was."""
        q = ans.query or {}
        if self.generator is None or not ans.refused or not q.get("unparsed"):
            return ans
        from assistant.query import query_from_json

        proposal = self.generator.parse_query(question, json.dumps({k: v for k, v in q.items() if k != "unparsed"}, ensure_ascii=False),
                                              self.ledger.units, len(self.ledger.measures), day.isoformat())
        try:
            parsed = query_from_json(proposal, self.ledger, question)
        except (ValueError, TypeError, KeyError):
            return ans  # an invalid proposal is never used: the clarification stands
        exact = self.rules.answer(parsed, question, day)
        if exact.refused:
            return ans
        return replace(exact, answer="（问题中有部分条件由模型识别，条件已按台账逐项核对并精确筛选。）\n" + exact.answer,
                       route="rules (query parsed by the model)")

    def ask_stream(self, question: str, history: Sequence[Turn] | None = None, today: dt.date | None = None,
                   style: str | None = None) -> Iterator[Answer]:
        """Like :meth:`ask`, but yields growing answers while a model streams; the last one is final.

        A sentence is shown only after it passed the same check as the final answer, so every
        partial answer is a prefix of the final one unless the final one falls back to the
        extractive answer (a later sentence failed, or the time budget ran out).
        """
        t0 = time.perf_counter()
        text = self._as_read(question)
        day = today or self.settings.today_date()
        ans = self._model_parsed(self._rules_answer(text, history, day, style), text, day)
        if not self._for_model(ans, text, history, day):
            yield replace(ans, latency_ms=(time.perf_counter() - t0) * 1000)
            return
        tasks = [t for i in ans.tasks if (t := self.ledger.task(i))]
        shown = ""
        for piece in self.generator.stream(text, tasks, style or self.settings.answer_style):
            if isinstance(piece, str):
                shown += piece
                yield replace(ans, answer=shown.strip(), route="llm-streaming", latency_ms=(time.perf_counter() - t0) * 1000)
            else:
                yield replace(self._merge(ans, piece, day), latency_ms=(time.perf_counter() - t0) * 1000)

    def _for_model(self, ans: Answer, question: str, history: Sequence[Turn] | None, day: dt.date) -> bool:
        """True for an open question only: the extractive (``retrieval``) route of a lookup that asks for no single field.

        Responsibility, deadline, status, list, count and figure questions stay with the rules even
        when the rules fall back to the extractive answer.
        """
        if self.generator is None or ans.route != "retrieval" or ans.refused or not ans.tasks:
            return False
        q = ans.query if ans.query is not None else self.understand(question, history, day).to_json()
        if q.get("target", "lookup") != "lookup" or q.get("count") or q.get("claim") or q.get("refuse"):
            return False
        return not self.generator.checker.rules.asks_for(question)

    def _merge(self, extractive: Answer, gen: Any, today: dt.date | None = None) -> Answer:
        """The model's answer, with the primary task's facts kept exact; or the extractive one with the reason in the route.

        The primary task is the extractive answer's first. Its responsible units and deadline must
        appear in the model's text exactly as in the record; if any is missing, the line
        ``任务 X.Y 责任单位：…；完成时限：…（status）。`` from the record is appended.
        """
        if gen.text is None:
            notice = "（智能回答暂不可用，以下为台账原文摘录。）\n" if gen.reason.startswith(("model", "模型")) else ""
            return replace(extractive, answer=notice + extractive.answer, route=f"retrieval (llm {gen.reason})")
        primary = self.ledger.task(extractive.tasks[0])
        assert primary is not None
        text = gen.text
        if not (all(u in text for u in primary.units) and primary.deadline.text in text):
            status = STATUS_LABELS[primary.deadline.status(today or self.settings.today_date())]
            text += f"\n任务 {primary.id} 责任单位：{'、'.join(primary.units)}；完成时限：{primary.deadline.text}（{status}）。"
        ids = list(dict.fromkeys([primary.id, *gen.cited, *extractive.tasks]))
        shown = [t for i in dict.fromkeys([primary.id, *gen.cited]) if (t := self.ledger.task(i))]
        return replace(extractive, answer=text, tasks=tuple(ids), units=primary.units, deadline=primary.deadline.text,
                       sources=tuple(Source.of(t) for t in shown), route="llm")


