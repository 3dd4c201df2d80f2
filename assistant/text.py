"""Text normalisation and the Chinese tokenizer used by BM25 and entity matching.

``normalize`` folds full-width forms (NFKC), traditional characters (OpenCC
t2s) and case, so that 「無人機」, ``ＡＢＣ`` and ``abc`` meet their ledger forms.
``tokenize`` is jieba in search mode with a user dictionary made from the
ledger's own terms, minus stopwords and punctuation.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from assistant import rx

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_PUNCT = rx.lazy(r"^[\W_]+$", re.UNICODE)
_QUOTED = rx.lazy(r"[“\"「『]([^”\"」』]{2,12})[”\"」』]")
_lock = threading.Lock()

STOPWORDS = frozenset(
    ["的", "了", "是", "在", "和", "与", "及", "等", "对", "将", "为", "由", "把", "被", "让", "给", "从", "向", "以", "于", "其", "之", "并", "也", "都", "就", "还", "又", "或", "而", "且", "则", "吗", "呢", "吧", "啊", "呀", "嘛", "哦", "么", "啦", "哪", "哪些", "哪个", "哪项", "什么", "怎么", "怎样", "如何", "多少", "几", "几个", "几项", "谁", "是否", "有没有", "有", "没有", "能", "能否", "可以", "可", "要", "需要", "我", "我们", "你", "你们", "他", "她", "它", "他们", "这", "那", "这个", "那个", "这项", "那项", "该", "此", "一下", "请", "请问", "一", "个", "项", "条", "些", "个人", "咱", "咱们", "想", "问", "问问", "？", "?", "！", "!", "，", ",", "。", ".", "、", "；", ";", "：", ":", "“", "”", '"', "'", "（", "）", "(", ")", "《", "》", "［", "］", "[", "]", "【", "】", "…"]
)


@cache
def _t2s():  # OpenCC's converter takes ~10 ms to build; do it once.
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a core dependency
        return None
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1024)
def normalize(text: str) -> str:
    """NFKC, traditional → simplified, lower case, runs of whitespace collapsed (a bounded cache: the parser's stages
    normalise the same question and the same ledger texts many times)."""
    s = unicodedata.normalize("NFKC", text)
    conv = _t2s()
    if conv is not None:
        s = conv.convert(s)
    return rx.sub(r"\s+", " ", s).strip().lower()


def cn_number(s: str) -> int | None:
    """Convert ``14``, ``十四``, ``二十`` or ``十`` to an int (1–99); None otherwise."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    if not s or any(c not in _CN_DIGITS and c != "十" for c in s):
        return None
    if "十" not in s:
        return _CN_DIGITS[s] if len(s) == 1 else None
    tens, _, ones = s.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def quoted_terms(text: str) -> list[str]:
    """Terms the ledger puts in quotes (“三零”, “临代正” …): good dictionary words."""
    return _QUOTED.findall(text)


_user_words: set[str] = set()


def add_words(words: Iterable[str]) -> None:
    """Teach the tokenizer domain words (unit names, quoted ledger terms, aliases)."""
    jieba = _jieba()
    with _lock:
        added = False
        for w in words:
            w = normalize(w)
            if len(w) >= 2 and w not in _user_words:
                _user_words.add(w)
                jieba.add_word(w, freq=20000)
                added = True
        if added:  # cuts made with the smaller dictionary are stale
            _passages.clear()
            _tokens.cache_clear()


_cache_dir: list[str] = []


def set_cache_dir(path: str | Path) -> None:
    """Keep jieba's dictionary cache in ``path`` (the data folder) instead of the system temp folder.

    Takes effect when the tokenizer is first used; the folder is created then.
    """
    _cache_dir[:] = [str(path)]


def cache_dir() -> str:
    """The data folder's cache folder set by :func:`set_cache_dir` ('' when none is set)."""
    return _cache_dir[0] if _cache_dir else ""


@cache
def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    if _cache_dir:
        Path(_cache_dir[0]).mkdir(parents=True, exist_ok=True)
        jieba.dt.tmp_dir = _cache_dir[0]
    _load_cached_dictionary(jieba)
    jieba.initialize()  # builds (and caches) the prefix dictionary when it was not loaded above
    return jieba


def _load_cached_dictionary(jieba: Any) -> None:
    """Load jieba's default prefix dictionary from its own cache file, read whole.

    ``jieba.initialize`` reads the same file with ``marshal.load`` on the open file, which fetches every
    object with a separate read (about 0.5 s for its 500,000 entries); ``marshal.loads`` on the bytes
    takes about 0.15 s and yields the same dictionary. Anything unexpected leaves it to ``initialize``.
    """
    import marshal
    import os
    import tempfile

    tok = jieba.dt
    if tok.initialized or tok.dictionary is not None or tok.cache_file:  # a custom dictionary: jieba's own way
        return
    path = Path(tok.tmp_dir or tempfile.gettempdir()) / "jieba.cache"
    try:
        freq, total = marshal.loads(path.read_bytes()) if os.path.isfile(path) else (None, 0)
    except (OSError, ValueError, EOFError, TypeError):
        return
    if isinstance(freq, dict) and freq and total:
        with tok.lock:
            if not tok.initialized:
                tok.FREQ, tok.total, tok.initialized = freq, total, True


_passages: dict[str, tuple[str, ...]] = {}


def passage_tokens(text: str) -> tuple[str, ...]:
    """``tokenize`` for ledger passages, computed once per text (BM25 and the vocabulary share it).

    The cache is cleared whenever :func:`add_words` learns a new word.
    """
    got = _passages.get(text)
    if got is None:
        got = _passages[text] = _cut(text, False)
    return got


def cut_passages(passages: Sequence[str]) -> None:
    """Cut every passage now for :func:`passage_tokens`, reading the cuts from the data folder's cache when they are there.

    The cache file (``<cache>/passages-<key>.marshal``, see :func:`set_cache_dir`) is keyed by the
    passages, the words :func:`add_words` taught the tokenizer and the versions of jieba and Python,
    so a start with the same ledger and lexicon reads the cuts (a few ms for 6,200 tasks) instead of
    making them again (seconds); anything else makes a new file. A file that fails its digest is ignored.
    """
    todo = [p for p in dict.fromkeys(passages) if p not in _passages]
    if not todo:
        return
    path = _passages_file(todo)
    cuts = _read_cuts(path, len(todo)) if path is not None else None
    if cuts is None:
        cuts = tuple(_cut(p, False) for p in todo)
        if path is not None:
            _write_cuts(path, cuts)
    _passages.update(zip(todo, cuts, strict=True))


def _passages_file(passages: list[str]) -> Path | None:
    if not _cache_dir:
        return None
    import hashlib
    import sys

    jieba = _jieba()
    h = hashlib.sha256(f"{getattr(jieba, '__version__', '')}|{sys.version}|".encode())
    with _lock:
        h.update("\x00".join(sorted(_user_words)).encode())
    h.update(b"\x01" + "\x00".join(passages).encode())
    return Path(_cache_dir[0]) / f"passages-{h.hexdigest()[:24]}.marshal"


def _read_cuts(path: Path, n: int) -> tuple[tuple[str, ...], ...] | None:
    import hashlib
    import marshal

    try:
        raw = path.read_bytes()
        digest, body = raw[:64].decode("ascii"), raw[64:]
        if hashlib.sha256(body).hexdigest() != digest:
            return None
        cuts = marshal.loads(body)
    except (OSError, ValueError, EOFError, TypeError, UnicodeDecodeError):
        return None
    if not isinstance(cuts, tuple) or len(cuts) != n or not all(isinstance(c, tuple) for c in cuts):
        return None
    return cuts


def _write_cuts(path: Path, cuts: tuple[tuple[str, ...], ...], keep: int = 4) -> None:
    """Write atomically, best effort (a cache never fails a start); keep the ``keep`` newest such files."""
    import hashlib
    import marshal
    import os

    body = marshal.dumps(cuts)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(hashlib.sha256(body).hexdigest().encode("ascii") + body)
        os.replace(tmp, path)
        old = sorted(path.parent.glob("passages-*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)[keep:]
        for p in old:
            p.unlink(missing_ok=True)
    except OSError:
        tmp.unlink(missing_ok=True)


def tokenize(text: str, *, normalized: bool = False) -> list[str]:
    """Content tokens of ``text``: jieba search-mode words, no stopwords or punctuation.

    Search mode also emits the sub-words of long words (便民接电点 → 便民, 接电,
    便民接电点), which is what BM25 over short questions needs. A text is cut once: the
    parser and both searches of a question share the result (a bounded cache, cleared when
    :func:`add_words` learns a word).
    """
    return list(_tokens(text, normalized))


def _cut(text: str, normalized: bool) -> tuple[str, ...]:
    s = text if normalized else normalize(text)
    out = []
    for tok in _jieba().lcut_for_search(s):
        tok = tok.strip()
        if not tok or tok in STOPWORDS or _PUNCT.match(tok):
            continue
        out.append(tok)
    return tuple(out)


_tokens = lru_cache(maxsize=4096)(_cut)
