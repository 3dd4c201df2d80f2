"""Measures described by their own tasks, inside a question about tasks: "任务不超过3项的工作措施里，2027年底前到期的任务有哪些",
"所有任务时限都是2027年底前的那条措施，它下面有哪些任务". The clause is one condition on a task's measure
(:class:`~assistant.filters.MeasureWith`), found over the ledger when the question is read; the question's other conditions
stay conditions on the tasks. Without it the clause's own condition ("2027年底前") would be read as a condition on the tasks
and the measure-level one (不超过3项, 所有…都) dropped."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from assistant import rx
from assistant.filters import Cond, MeasureWith, all_of, select
from assistant.records import Task
from assistant.text import cn_number
from assistant.understand.patterns import _NUM

# what follows the measure noun when the question goes on to ask about the tasks inside it
_INSIDE = (r"(?P<tail>\s*(?:里|中|下面?|当中|之中|里面|里头|下边|底下)(?:的)?|\s*的(?=\s*(?:具体)?任务)"
           r"|\s*[，,]\s*(?:它们?|其|这些措施|这几项措施|这条措施|该措施)(?:的)?\s*(?:下面|下边|底下|里面|里)?(?:的)?)")
_BEFORE = r"(?:(?:下面|下属|下辖|底下|下边|里面|下)(?:的)?)?(?:具体)?"
_MEASURE = r"的(?:那些|那几[项条个]|那[项条个]|这[项条个])?(?:工作)?措施"
_SIZE = rx.lazy(_BEFORE + r"任务(?:的)?(?:数量?|个数|条数|项数|总数)?(?:只有|仅有|在|为|是|有|共)?\s*"
                r"(?P<rel>不超过|不多于|不足|少于|多于|超过|至少|不少于|只有|仅有|仅|只)?\s*(?P<n>" + _NUM + r")\s*(?:项|个|条)"
                r"(?P<post>及以上|及以下|以上|以下|以内)?(?:任务)?" + _MEASURE + _INSIDE)
# "只有2项任务的措施里" / "有5项以上任务的措施中": the number before the noun
_SIZE_BEFORE = rx.lazy(r"(?:下面|下属|下辖|底下|下边|里面|下)?(?:只|仅|就)?(?:有|含|包含|包括)?\s*(?P<rel>不超过|不多于|不足|少于|多于|超过|至少|不少于|只有|仅有)?\s*"
                       r"(?P<n>" + _NUM + r")\s*(?:项|个|条)(?P<post>及以上|及以下|以上|以下|以内)?(?:具体)?任务" + _MEASURE + _INSIDE)
_EVERY = rx.lazy(_BEFORE + r"(?:(?:所有|全部)(?:的)?(?:具体)?任务(?P<a>[^，,。？?\ue000\ue001]{0,6}?(?:\ue000\d+\ue001[^，,。？?]{0,6}?)+?)"
                 r"|任务(?P<b>(?:全部|全都|都|均)[^，,。？?]{0,6}?(?:\ue000\d+\ue001[^，,。？?]{0,6}?)+?))" + _MEASURE + _INSIDE)
# what may stand beside the conditions inside an "every" clause: the quantifier, the field's name, a copula
_EVERY_FILLER = rx.lazy(r"全部|全都|都|均|全|一律|(?:的)?(?:完成时限|时限|期限|截止时间|截止日期)|是|为|在|定在|到期|截止|完成|的|\s")


def _op(rel: str) -> str:
    return "le" if rx.search("不超过|不多于|以下|以内", rel) else "gt" if rx.search("多于|超过", rel) else "lt" if rx.search("不足|(?<!不)少于", rel) \
        else "ge" if rx.search("至少|不少于|以上", rel) else "eq"


def measure_clauses(s: str, found: list[Cond], tasks: tuple[Task, ...], today: dt.date, put: Callable[[Cond], str]) -> str:
    """``s`` (entities already marked, their conditions in ``found``) with each measure-describing clause replaced by one
    marker for its :class:`MeasureWith`; the conditions inside an "every" clause are taken out of the question's own."""
    by_measure: dict[int, list[Task]] = {}
    for t in tasks:
        by_measure.setdefault(t.measure_no, []).append(t)

    def size(m: re.Match[str]) -> str:
        n = cn_number(m.group("n")) or 0
        op = _op((m.group("rel") or "") + (m.group("post") or ""))
        ok = {"eq": n.__eq__, "gt": n.__lt__, "lt": n.__gt__, "ge": n.__le__, "le": n.__ge__}[op]
        nos = tuple(no for no, mine in by_measure.items() if ok(len(mine)))
        return put(MeasureWith(nos, size=(op, n))) + " "

    def every(m: re.Match[str]) -> str:
        said = m.group("a") or m.group("b") or ""
        idx = [int(x) for x in rx.findall("\ue000(\\d+)\ue001", said)]
        if _EVERY_FILLER.sub("", rx.sub("\ue000\\d+\ue001", "", said)) or not idx:
            return m.group(0)  # a word inside the clause that is not a condition: not read as this
        inner = all_of([found[i] for i in idx])
        nos = tuple(no for no, mine in by_measure.items() if len(select(mine, inner, today)) == len(mine))
        return put(MeasureWith(nos, inner=inner, every=True)) + " "

    # (the conditions an "every" clause takes stay in ``found`` but no longer stand in the text)
    return _EVERY.sub(every, _SIZE_BEFORE.sub(size, _SIZE.sub(size, s)))
