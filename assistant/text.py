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
from collections.abc import Iterable
from functools import cache
from pathlib import Path

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_PUNCT = re.compile(r"^[\W_]+$", re.UNICODE)
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,12})[”\"」』]")
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


def normalize(text: str) -> str:
    """NFKC, traditional → simplified, lower case, runs of whitespace collapsed."""
    s = unicodedata.normalize("NFKC", text)
    conv = _t2s()
    if conv is not None:
        s = conv.convert(s)
    return re.sub(r"\s+", " ", s).strip().lower()


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
        if added:
            passage_tokens.cache_clear()  # cuts made with the smaller dictionary are stale


_cache_dir: list[str] = []


def set_cache_dir(path: str | Path) -> None:
    """Keep jieba's dictionary cache in ``path`` (the data folder) instead of the system temp folder.

    Takes effect when the tokenizer is first used; the folder is created then.
    """
    _cache_dir[:] = [str(path)]


@cache
def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    if _cache_dir:
        Path(_cache_dir[0]).mkdir(parents=True, exist_ok=True)
        jieba.dt.tmp_dir = _cache_dir[0]
    jieba.initialize()
    return jieba


@cache
def passage_tokens(text: str) -> tuple[str, ...]:
    """``tokenize`` for ledger passages, computed once per text (BM25 and the vocabulary share it).

    The cache is cleared whenever :func:`add_words` learns a new word.
    """
    return tuple(tokenize(text))


def tokenize(text: str, *, normalized: bool = False) -> list[str]:
    """Content tokens of ``text``: jieba search-mode words, no stopwords or punctuation.

    Search mode also emits the sub-words of long words (便民接电点 → 便民, 接电,
    便民接电点), which is what BM25 over short questions needs.
    """
    s = text if normalized else normalize(text)
    out = []
    for tok in _jieba().lcut_for_search(s):
        tok = tok.strip()
        if not tok or tok in STOPWORDS or _PUNCT.match(tok):
            continue
        out.append(tok)
    return out
