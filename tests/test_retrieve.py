"""Hybrid retrieval, exact filters and the LangChain retriever adapter."""

from __future__ import annotations

from assistant.retrieve import BM25Index, HybridRetriever, TaskFilter
from tests.conftest import TODAY


def test_bm25_ranks_distinctive_words(ledger):
    bm = BM25Index(ledger)
    scores = bm.scores("全程网办")
    assert ledger.tasks[int(scores.argmax())].id == "4.2"
    assert bm.scores("完全无关的词语xyz").max() == 0


def test_hybrid_fusion_keeps_magnitudes(assistant):
    hits = assistant.retriever.search("接地故障综合研判", 3)
    assert hits[0].task_id == "7.3" and hits[0].score >= hits[1].score


def test_filters_restrict_both_searches(assistant):
    allowed = [t.id for t in TaskFilter(units=("省电力交易中心",)).apply(assistant.ledger, TODAY)]
    hits = assistant.retriever.search("绿电", 5, allowed)
    assert hits and {h.task_id for h in hits} <= {"10.1", "10.2", "10.3"}


def test_task_filter_combinations(ledger):
    f = TaskFilter(units=("省住建厅", "省能源局"), years=(2026,))
    assert [t.id for t in f.apply(ledger, TODAY)] == ["2.3", "5.1", "5.3", "5.4", "13.1", "13.2", "13.4"]
    assert len(TaskFilter(status="not_due").apply(ledger, TODAY)) == 31
    assert len(TaskFilter(status="past").apply(ledger, TODAY)) == 20
    assert not TaskFilter()


def test_bm25_only_mode(ledger):
    r = HybridRetriever(ledger, None)
    assert r.search("枫桥经验", 1)[0].task_id == "16.1"


def test_langchain_retriever(assistant):
    from langchain_core.retrievers import BaseRetriever

    from assistant.adapters import langchain_retriever

    lc = langchain_retriever(assistant.retriever, k=3)
    assert isinstance(lc, BaseRetriever)
    docs = lc.invoke("无人机巡检")
    assert docs[0].metadata["task_id"] == "7.3" and "省电力公司" in docs[0].metadata["units"]
    lc.filter = {"measures": [10]}
    assert all(d.metadata["task_id"].startswith("10.") for d in lc.invoke("绿电"))
