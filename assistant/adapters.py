"""LangChain adapters: the embedder, the hybrid retriever and the index as LangChain objects.

Imported only by code that asks for LangChain objects (:func:`as_langchain`,
:func:`langchain_retriever`, :func:`vectorstore`), so the CLI and the UI do not
pay for LangChain at start-up. Data flows one way: this module imports the stack
(embeddings, retrieve, store) and no module of the stack imports it
(tests/test_imports.py checks that ``assistant/`` has no import cycle). LangChain types stay behind these functions; the
pipeline itself passes the project's own records. LangChain's standard test suites
(``langchain-tests``) run against these classes in tests/test_langchain.py.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from langchain_core.callbacks import AsyncCallbackManagerForRetrieverRun, CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables.config import run_in_executor
from pydantic import ConfigDict

if TYPE_CHECKING:
    from assistant.embeddings import Embedder
    from assistant.retrieve import HybridRetriever
    from assistant.settings import Settings


class LedgerEmbeddings(Embeddings):
    """An :class:`assistant.embeddings.Embedder` as LangChain ``Embeddings``.

    ``LedgerEmbeddings(embedder)`` wraps an existing backend; ``LedgerEmbeddings(backend="use")``
    (or ``backend="st", model=PATH``) builds one.
    """

    def __init__(self, embedder: Embedder | None = None, *, backend: str = "use", model: str = "", threads: int = 2) -> None:
        if embedder is None:
            from assistant.embeddings import make_embedder

            embedder = make_embedder(backend, model, threads)
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """One unit-length vector per text."""
        return [[float(x) for x in row] for row in self.embedder.embed_documents(list(texts))]

    def embed_query(self, text: str) -> list[float]:
        """One unit-length vector."""
        return [float(x) for x in self.embedder.embed_query(text)]


class LedgerRetriever(BaseRetriever):
    """The hybrid BM25 + dense retriever as a LangChain retriever: one Document per task.

    ``k`` and ``filter`` (keyword arguments of :class:`assistant.retrieve.TaskFilter`, e.g.
    ``{"measures": [10]}``) are set on the object and may be overridden per call:
    ``retriever.invoke("绿电", k=1)``.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    hybrid: Any  # assistant.retrieve.HybridRetriever
    k: int = 4
    filter: dict[str, Any] | None = None
    today: dt.date | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun, k: int | None = None,
                                filter: dict[str, Any] | None = None) -> list[Document]:
        from assistant.retrieve import TaskFilter

        want = self.filter if filter is None else filter
        allowed = None
        if want:
            args: dict[str, Any] = {key: tuple(v) if isinstance(v, list) else v for key, v in want.items()}
            f = TaskFilter(**args)
            allowed = [t.id for t in f.apply(self.hybrid.ledger, self.today or dt.date.today())]
        docs = []
        for h in self.hybrid.search(query, self.k if k is None else k, allowed):
            t = self.hybrid.ledger.task(h.task_id)
            docs.append(Document(page_content=t.document(), id=t.id, metadata={
                "task_id": t.id, "measure": t.measure_title, "units": list(t.units), "deadline": t.deadline.text,
                "score": h.score}))
        return docs

    async def _aget_relevant_documents(self, query: str, *, run_manager: AsyncCallbackManagerForRetrieverRun, k: int | None = None,
                                       filter: dict[str, Any] | None = None) -> list[Document]:
        return await run_in_executor(None, self._get_relevant_documents, query, run_manager=run_manager.get_sync(), k=k, filter=filter)


def as_langchain(embedder: Embedder) -> LedgerEmbeddings:
    """Wrap an :class:`assistant.embeddings.Embedder` as a LangChain ``Embeddings`` object."""
    return LedgerEmbeddings(embedder)


def langchain_retriever(hybrid: HybridRetriever, k: int = 4, filter: dict[str, Any] | None = None,
                        today: dt.date | None = None) -> LedgerRetriever:
    """A :class:`assistant.retrieve.HybridRetriever` as a LangChain ``BaseRetriever``, one Document per task.

    ``k`` and ``filter`` are defaults; ``invoke(question, k=1, filter={...})`` overrides them per call.
    """
    return LedgerRetriever(hybrid=hybrid, k=k, filter=filter, today=today)


def vectorstore(settings: Settings, embedder: Embedder | None = None) -> Any:
    """The index named by ``settings`` as a ``langchain_chroma.Chroma`` vector store, over the existing collection.

    Reuses the stored vectors (nothing is embedded again) and queries with the same embedder, so
    ``similarity_search``, ``max_marginal_relevance_search`` and ``as_retriever()`` work on the
    index that ``index build`` made. Meant for reading: the index is kept in step with the corpus
    by ``index build`` / ``ingest``, which remove entries that are not ledger tasks.
    """
    from langchain_chroma import Chroma

    from assistant.embeddings import make_embedder
    from assistant.store import make_client
    from assistant.vectors import collection_name

    emb = embedder or make_embedder(settings.embedder, settings.embed_model, settings.embed_threads)
    client = make_client(settings.index_dir, settings.chroma_host, settings.chroma_port, settings.chroma_ssl,
                         settings.chroma_token.get_secret_value())
    return Chroma(client=client, collection_name=collection_name(emb.name), embedding_function=LedgerEmbeddings(emb))
