"""LangChain's own standard suites (the langchain-tests package) against the project's adapters.

The embeddings suites run on the bundled USE encoder; the retriever suite on the
hybrid retriever over the real embedded Chroma index of the session fixture. The
index is also opened as a langchain-chroma VectorStore over the same collection.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from langchain_tests.integration_tests import EmbeddingsIntegrationTests, RetrieversIntegrationTests
from langchain_tests.unit_tests import EmbeddingsUnitTests

from assistant.adapters import LedgerEmbeddings, LedgerRetriever, as_langchain, langchain_retriever, vectorstore
from assistant.embeddings import USEEmbedder

_USE: list[USEEmbedder] = []


def _use() -> USEEmbedder:
    """One encoder for every test here (loading it takes about a second)."""
    if not _USE:
        _USE.append(USEEmbedder())
    return _USE[0]


class TestLedgerEmbeddingsUnit(EmbeddingsUnitTests):
    @property
    def embeddings_class(self) -> type[LedgerEmbeddings]:
        return LedgerEmbeddings

    @property
    def embedding_model_params(self) -> dict[str, Any]:
        return {"embedder": _use()}


class TestLedgerEmbeddingsIntegration(EmbeddingsIntegrationTests):
    @property
    def embeddings_class(self) -> type[LedgerEmbeddings]:
        return LedgerEmbeddings

    @property
    def embedding_model_params(self) -> dict[str, Any]:
        return {"embedder": _use()}


class TestLedgerRetriever(RetrieversIntegrationTests):
    _params: ClassVar[dict[str, Any]] = {}

    @pytest.fixture(autouse=True)
    def _hybrid(self, assistant):
        type(self)._params = {"hybrid": assistant.retriever}

    @property
    def retriever_constructor(self) -> type[LedgerRetriever]:
        return LedgerRetriever

    @property
    def retriever_constructor_params(self) -> dict[str, Any]:
        return self._params

    @property
    def retriever_query_example(self) -> str:
        return "无人机巡检"


def test_as_langchain_returns_the_standard_classes(assistant):
    assert isinstance(as_langchain(_use()), LedgerEmbeddings)
    lc = langchain_retriever(assistant.retriever, k=2)
    assert isinstance(lc, LedgerRetriever)
    docs = lc.invoke("无人机巡检")
    assert len(docs) == 2 and docs[0].metadata["task_id"] == "7.3"
    # k and filter given at invoke time win over the object's own
    assert [d.metadata["task_id"] for d in lc.invoke("无人机巡检", k=1)] == ["7.3"]
    green = lc.invoke("绿电", k=5, filter={"measures": [10]})
    assert green and all(d.metadata["task_id"].startswith("10.") for d in green)
    assert len(lc.invoke("无人机巡检", k=6)) == 6


async def test_ainvoke_honours_k(assistant):
    lc = langchain_retriever(assistant.retriever, k=4)
    assert len(await lc.ainvoke("无人机巡检", k=1)) == 1


def test_index_as_a_langchain_vectorstore(assistant):
    """langchain-chroma over the collection the assistant built: stored vectors reused, queried with our embedder."""
    from langchain_core.vectorstores import VectorStore

    vs = vectorstore(assistant.settings, _use())
    assert isinstance(vs, VectorStore)
    assert vs._collection.count() == 62  # the same collection, nothing re-embedded or added
    top = vs.similarity_search_with_relevance_scores("配电网无人机巡检和接地故障研判", k=3)
    assert top[0][0].metadata["task_id"] == "7.3" and 0 < top[0][1] <= 1
    assert "省电力公司" in top[0][0].metadata["units"]
    hits = vs.as_retriever(search_kwargs={"k": 2, "filter": {"measure_no": 10}}).invoke("绿电交易")
    assert len(hits) == 2 and all(d.metadata["task_id"].startswith("10.") for d in hits)
