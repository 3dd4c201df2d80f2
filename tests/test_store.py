"""The Chroma store: incremental sync by content hash, embedded and real server mode."""

from __future__ import annotations

import dataclasses
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from assistant.embeddings import USEEmbedder
from assistant.records import Ledger
from assistant.store import VectorStore, make_client
from assistant.vectors import collection_name
from tests.conftest import free_port


class CountingEmbedder:
    """The real USE embedder, counting how many documents it embeds."""

    def __init__(self, inner):
        self.inner, self.name, self.embedded = inner, inner.name, 0

    def embed_documents(self, texts):
        self.embedded += len(texts)
        return self.inner.embed_documents(texts)

    def embed_query(self, text):
        return self.inner.embed_query(text)


@pytest.fixture(scope="module")
def use():
    return USEEmbedder()


def _edited(ledger: Ledger, task_id: str, text: str) -> Ledger:
    tasks = tuple(dataclasses.replace(t, text=text) if t.id == task_id else t for t in ledger.tasks)
    return Ledger(ledger.title, ledger.source, ledger.measures, tasks)


def test_unchanged_corpus_is_never_reembedded(tmp_path, ledger, use):
    emb = CountingEmbedder(use)
    store = VectorStore(make_client(tmp_path), emb, collection_name(emb.name))
    first = store.sync(ledger)
    assert (first.added, emb.embedded) == (62, 62)
    # A new client on the same folder: persistence, and nothing to embed.
    again = VectorStore(make_client(tmp_path), emb, collection_name(emb.name))
    assert again.status(ledger).up_to_date
    assert not again.sync(ledger).changed and emb.embedded == 62
    edited = _edited(ledger, "7.3", ledger.task("7.3").text + "（修订）")
    rep = again.sync(edited)
    assert (rep.added, rep.updated, rep.removed, emb.embedded) == (0, 1, 0, 63)
    smaller = Ledger(ledger.title, ledger.source, ledger.measures, ledger.tasks[:-1])
    assert again.sync(smaller).removed == 1 and again.status(smaller).count == 61


def test_dense_query_and_id_filter(tmp_path, ledger, use):
    store = VectorStore(make_client(tmp_path), use, collection_name(use.name))
    store.sync(ledger)
    hits = store.query("推广无人机巡检模式，提升隐患排查治理能力", 3)
    assert hits[0].task_id == "7.3" and hits[0].similarity > hits[-1].similarity
    only = store.query("无人机巡检", 5, ids=["1.1", "1.2"])
    assert {h.task_id for h in only} <= {"1.1", "1.2"}


def test_collection_names_are_valid():
    assert collection_name("use-m3") == "ledger-use-m3"
    long = collection_name("st-/very/long/local/path/to/a/model/folder/with/many/parts")
    assert len(long) <= 60 and long[0].isalnum() and long[-1].isalnum()


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    exe = Path(sys.executable).with_name("chroma")
    if not exe.exists():
        exe = Path(shutil.which("chroma") or "chroma")
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    proc = subprocess.Popen([str(exe), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(data)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None:
                pytest.fail("chroma run exited early")
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("chroma server did not start")
    yield port
    proc.terminate()
    proc.wait(timeout=20)


@pytest.mark.slow
def test_server_mode_end_to_end(chroma_server, ledger, tmp_path, use):
    from assistant.core import Assistant
    from assistant.settings import load_settings
    from tests.conftest import ROOT

    client = make_client(tmp_path, host="127.0.0.1", port=chroma_server)
    store = VectorStore(client, use, collection_name(use.name), f"127.0.0.1:{chroma_server}")
    assert store.sync(ledger).added == 62
    assert not store.sync(ledger).changed
    settings = load_settings(corpus_dir=ROOT / "corpus", index_dir=tmp_path / "unused", chroma_host="127.0.0.1", chroma_port=chroma_server)
    a = Assistant.from_settings(settings)
    ans = a.ask("Which unit is responsible for drone inspections?")
    assert ans.tasks[0] == "7.3" and "省电力公司" in ans.answer
    assert not (tmp_path / "unused").exists()  # nothing written locally in server mode


def test_unreachable_server_is_a_clear_error(ledger, use, tmp_path):
    from assistant.errors import StoreError

    port = free_port()
    with pytest.raises(StoreError, match="Chroma server"):
        client = make_client(tmp_path, host="127.0.0.1", port=port)
        VectorStore(client, use, "x-test")


def test_vectors_are_unit_length(use):
    v = use.embed_documents(["便民接电点", "drone inspection"])
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)


def test_rows_that_only_moved_reuse_their_vectors(tmp_path, ledger, use):
    emb = CountingEmbedder(use)
    store = VectorStore(make_client(tmp_path), emb, collection_name(emb.name))
    store.sync(ledger)
    tasks = list(ledger.tasks)
    i = next(n for n, t in enumerate(tasks) if t.id == "5.2")
    inserted = dataclasses.replace(tasks[i], text="新增：推进用电报装与不动产登记信息实时共享。")
    shifted = [*tasks[:i], inserted,
               *[dataclasses.replace(t, id=f"5.{t.position + 1}", position=t.position + 1) if t.measure_no == 5 else t for t in tasks[i:]]]
    moved = Ledger(ledger.title, ledger.source, ledger.measures, tuple(shifted))
    rep = store.sync(moved)
    # 5.2 now holds new text and 5.3–5.7 hold what 5.2–5.6 held: one new embedding, the rest copied.
    assert (rep.added, rep.updated) == (1, 5) and emb.embedded == 62 + 1
    hit = store.query(ledger.task("5.6").passage(), 1, ids=["5.7"])[0]
    assert hit.similarity > 0.999
