"""A task that reports on some work is not the task that does it.

"频繁停电整治那项任务什么时候完成" names the work of 8.1 (治理…频繁停电问题动态清零) in the asker's words, while the phrase as
typed stands in 8.2 only as what that task makes public ("主动公开…频繁停电整治情况"). When the question's longest phrase
stands in the first hit only before 情况 / 进展 / 结果 (the status of the work) after a reporting verb (公开, 报送, 通报 …),
and the question says neither that status word after it nor any reporting verb, the task the search found is about the
report; another close hit that names the work itself is meant.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant import rx
from assistant.text import normalize
from assistant.understand.patterns import _longest_common_substring

_PUNCT = rx.lazy(r"[\s、，,。；;：:“”\"'‘’（）()《》]")
_STATUS_OF = rx.lazy(r"[\u4e00-\u9fff]{0,4}?的?(?:情况|进展|进度|成效|结果)")  # "频繁停电[整治]情况"
_CLAUSE_END = rx.lazy(r"[，,。；;]")


def report_of(question: str, texts: Sequence[str], verbs: str, shortest: int = 4) -> int | None:
    """The index in ``texts`` (the hits' task texts, best first) of the task meant instead of the first, or None.

    ``verbs`` is the alternation of reporting verbs (the lexicon's ``report_verbs``)."""
    if len(texts) < 2:
        return None
    asked = _PUNCT.sub("", normalize(question))
    first = normalize(texts[0])
    run = _longest_common_substring(asked, _PUNCT.sub("", first))
    if len(run) < shortest or rx.search(verbs, asked):
        return None
    at = first.find(run)
    if at < 0 or not _STATUS_OF.match(first, at + len(run)) or _STATUS_OF.match(asked, asked.find(run) + len(run)):
        return None
    clause = _CLAUSE_END.split(first[:at])[-1]  # the clause that says what is done with it
    if not rx.search(verbs, clause):
        return None
    head = run[:shortest]  # the work named by its first words ("频繁停电")
    for i, text in enumerate(texts[1:3], 1):
        if head in normalize(text) and not _STATUS_OF.match(normalize(text), normalize(text).find(head) + len(run)):
            return i
    return None

