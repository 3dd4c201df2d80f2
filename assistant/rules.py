"""Resolve a typed query against the ledger and compose the answer; one small function per target
(the fields of one task in ``fields.py``, lists and aggregates in ``aggregates.py``, shared phrasing in ``phrasing.py``).

Lists, counts, measures, units and breakdowns are exact filters over every row; a single-task
question finds its task by hybrid retrieval inside the query's filters. Units, deadlines and
figures always come from the records; list and count answers start with the condition in words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from assistant import rx
from assistant.fields import Fields
from assistant.figures import Figure, match
from assistant.lexicon import Lexicon
from assistant.phrasing import _answer, _describe, _mostly_ascii, _short
from assistant.query import Cond, DeadlineIs, LedgerIn, MeasureIn, Not, Or, Query, StatusIs, TaskIn, TextHas, UnitIs, all_of, atoms, find, select
from assistant.records import STATUS_LABELS, Answer, Ledger, Task
from assistant.reported import report_of
from assistant.retrieve import Hit, HybridRetriever, Settle
from assistant.text import normalize, passage_tokens
from assistant.understand import Understander
from assistant.understand.patterns import _FIELDS, _QUESTION, _TIME_SAID, _asking_clause, _clauses, _longest_common_substring
from assistant.understand.words import _COMPARATIVE

# a count of tasks asked ("…的任务一共多少项"): what one task found by a search can never answer
_TASKS_COUNTED = rx.lazy(r"(?:一共|总共|共计|合计|总计)\s*(?:有)?\s*(?:多少|几)\s*(?:项|条|件)|(?:多少|几)\s*(?:项|条|件)\s*任务|\bhow many tasks\b"
                        r"|(?:实际|到底|究竟|其实|实际上)(?:是|有|上)?\s*(?:多少|几)\s*(?:项|条|件)")  # "…都参与了吧？实际是几项？"
_QUALIFIER_WORDS = frozenset(["不", "没有", "没", "未", "非", "除了", "只有", "只", "仅", "单独", "不是", "并非", "不要", "不含", "不算", "除外", "不属于", "不涉及"])
# "有没有人帮忙核算用了多少绿电" / "能不能少停几次": a yes/no question with an amount inside asks no amount
#: "X是这项任务的责任单位吗" / "X是不是牵头单位": whether a body is the task's unit, asked yes or no
_IS_ITS_UNIT = rx.lazy(r"(?:是|算)(?:不是)?[^，,。？?]{0,10}(?:责任单位|负责单位|牵头单位|承办单位|参与单位)(?:之一)?(?:吗|么|嘛|呢)?\s*[？?]?\s*$"
                       r"|(?:是不是|是否|算不算)[^，,。？?]{0,10}(?:责任单位|负责单位|牵头单位|承办单位|参与单位)")
_YES_NO = rx.lazy(r"有没有|能不能|能否|可不可以|是否|会不会|吗\s*[?？]?\s*$")
# a figure with its unit, as the ledger writes them, and a yes/no asked about it
_FIGURE_UNIT = rx.lazy(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(千瓦时|千瓦|千伏安|千伏|兆瓦|个工作日|工作日|个月|小时|天|次|户)")
_CONFIRM_TAIL = rx.lazy(r"(?:吧|吗|么|对吗|对吧|是吧|是不是|对不对|没错吧|没错吗)\s*[？?]?\s*$")
# a case supposed, not a claim about the record ("要是以后扩到200千瓦呢")
_HYPOTHETICAL = rx.lazy(r"要是|如果|假如|假设|万一|倘若|以后|将来|今后")


def _figure_claimed(question: str, text: str) -> str:
    """The record's figures of a unit when a yes/no question claims another figure of that unit ("扩大到100千瓦吧？" with
    160千瓦 in the record), else ""."""
    q, rec = normalize(question), normalize(text)
    if not _CONFIRM_TAIL.search(q) or _HYPOTHETICAL.search(q):
        return ""  # a hypothetical ("要是以后扩到200千瓦呢") claims nothing about the record
    unit = lambda u: u.removeprefix("个")  # noqa: E731 - 5个工作日 and 5工作日 are one figure
    have = {(n, unit(u)) for n, u in _FIGURE_UNIT.findall(rec)}
    for n, u in _FIGURE_UNIT.findall(q):
        if (n, unit(u)) not in have and (same := [f"{m}{u}" for m, v in _FIGURE_UNIT.findall(rec) if unit(v) == unit(u)]):
            return "、".join(dict.fromkeys(same))
    return ""


def _days_claimed(question: str) -> int | None:
    """The working days a yes/no question says ("…不超过16个工作日，对吧？"), else None (a hypothetical claims nothing)."""
    q = normalize(question)
    said = {int(n) for n, u in _FIGURE_UNIT.findall(q) if u.endswith("工作日")}
    if len(said) != 1 or not _CONFIRM_TAIL.search(q) or _HYPOTHETICAL.search(q) or rx.search(r"超过了|超了|超出", q) \
            or _TIME_SAID.search(q):  # a time claimed, the figure a premise
        return None
    return said.pop()


_FIELD_OF_FEW = 6  # a field asked of the tasks a condition picks (措施14的完成时限) is answered for at most this many
_KEEP = 0.85  # other hits kept beside the first when they score at least this share of it
_PUNCT = rx.lazy(r"[\s、，,。；;：:“”\"'‘’（）()《》]")
_TYPED = 6  # a run this long, typed as one task has it and longer by _QUOTED_MARGIN than any other's, names that task
_QUOTED, _QUOTED_MARGIN = 8, 4  # a run of the question found word for word in one task's text, and by how much it beats the others
_FULLER = 0.8  # a hit whose task covers more of the words typed is put first when it scores at least this share of the first


# "完成了几项" / "办完的有多少": a count of the tasks done (not recorded), not of the tasks due
_DONE_COUNT = rx.lazy(r"(?:完成|办完|做完|干完|落实|实现|建成|办结|搞定)(?:了)?(?:的)?(?:任务)?(?:有|共|一共|总共)?(?:几|多少)")


@dataclass
class Rules(Fields):
    """Answers a :class:`Query` from the ledger, exactly, or refuses."""

    ledger: Ledger
    lexicon: Lexicon
    understander: Understander
    retriever: HybridRetriever
    #: returns the ledger's 办电时限 figures (worked out when a question first asks for a time limit)
    figures: Callable[[], list[Figure]]
    top_k: int = 5
    #: a BM25 score this high means the question shares distinctive ledger words with a task
    confident_bm25: float = 4.0
    #: fused scores of the two best tasks closer than this are a tie (measured: benchmarks/tie_margin.py)
    tie_margin: float = 0.025
    #: returns, per loaded ledger, (id, title, changes since its previous version or None)
    versions: Callable[[], list[tuple[str, str, Any]]] | None = None
    #: returns the tasks the previous kept version had and the current one removed
    removed: Callable[[], list[Task]] | None = None

    # ------------------------------------------------------------ entry
    def answer(self, q: Query, question: str, today: dt.date) -> Answer:
        """The answer to ``q`` (``question`` is the text used for dense search), with the query attached."""
        if q.unparsed and q.target == "tasks" and not q.refuse and not q.completion:
            q = self._words_that_hold(q, normalize(question), today)
        ans = self._answer(q, q.asked or question, today)  # a story set aside is not searched
        if q.focus and q.target == "units" and q.focus in ans.tasks:
            # "这个措施牵头的是哪个厅" after 15.2: the task the question came from first (a list of tasks keeps the order it shows)
            ans = replace(ans, tasks=(q.focus, *[i for i in ans.tasks if i != q.focus]))
        if q.corrected and not ans.refused:
            said = "，".join(f"“{typed}”按“{term}”理解" for typed, term in q.corrected)
            ans = replace(ans, answer=f"（{said}。）\n" + ans.answer)
        if q.instruction_ignored and not ans.refused:
            ans = replace(ans, answer=self.lexicon.messages["instruction_ignored"] + "\n" + ans.answer)
        if q.declined and not ans.refused:
            said = next(m for n, _, m in self.lexicon.declines if n == q.declined)
            ans = replace(ans, answer=f"{said}\n另外，按台账回答您的另一个问题：\n" + ans.answer)
        if not ans.refused and not q.collection and q.target in ("figure", "lookup", "deadline", "responsible", "days_left", "measure_of", "which_task") and ans.tasks \
                and (t := self.ledger.task(ans.tasks[0])) is not None \
                and (wrong := [a for a in atoms(q.where) if isinstance(a, UnitIs) and not select([t], a, today)]):
            # "为啥低压办电5个工作日那条是省水利厅牵头？": a unit said of the task found that the task does not have — corrected
            said = "；".join(a.words() for a in wrong)
            absent = [u for a in wrong for u in a.units if u not in t.units]  # "这条的责任单位里有省住建厅吗": not in the cell at all
            none = f"（责任单位中没有{'、'.join(dict.fromkeys(absent))}）" if absent else ""
            ans = replace(ans, answer=f"更正：任务 {t.id} 不符合“{said}”{none}，它的责任单位是{'、'.join(t.units)}（牵头单位为{t.units[0]}）。\n" + ans.answer)
        if not ans.refused and not q.collection and q.target == "responsible" and ans.tasks and q.subject \
                and _IS_ITS_UNIT.search(normalize(question)) and (t := self.ledger.task(ans.tasks[0])) is not None \
                and (named := [w for w in q.subject.split() if len(w) >= 2 and not w.isascii()]) \
                and not any(w in u for w in named for u in t.units):
            # "那华中监管局是这项任务的责任单位吗？": a body the task only mentions, asked as its unit — no, said first
            ans = replace(ans, answer=f"不是：“{'、'.join(named)}”不是任务 {t.id} 的责任单位。\n" + ans.answer)
        if not ans.refused and q.collection and q.target == "tasks" and _IS_ITS_UNIT.search(normalize(question)) \
                and (named := [a.label for a in find(q.where, TextHas) if not any(a.label in u for u in self.ledger.units)]):
            # "华中监管局本身是这些任务的责任单位吗" after a list: a body the tasks only mention, asked as their unit — no, said first
            ans = replace(ans, answer=f"不是：“{'、'.join(named)}”不是这些任务的责任单位（只在任务原文中提到）。\n" + ans.answer)
        if q.list_claim is not None and not ans.refused:  # "这10项里…" when the list has 19: said, then answered
            shown_n = q.list_claim[1]
            ans = replace(ans, answer=f"更正：前面那份列表按台账共 {shown_n} 项（与您说的项数不符）；以下按这 {shown_n} 项回答。\n" + ans.answer)
        if not ans.refused and self.understander.g("guarantee").search(normalize(question)) and "无法保证" not in ans.answer:
            ans = replace(ans, answer=self.lexicon.messages["no_guarantee"] + "\n" + ans.answer)  # "…能全部消除吗？你给个保证"
        if not ans.refused and ans.tasks and self.understander.g("contents_asked").search(normalize(question)):
            # "特色事项清单具体包括哪些事项": the task that names the list is shown, with what the ledger does not record said first
            ans = replace(ans, answer=self.lexicon.messages["contents_not_listed"] + "\n" + ans.answer)
        if q.planted and not ans.refused:
            ans = replace(ans, answer="说明：问题中引用的通知或说法不是台账内容，以下按台账回答。\n" + ans.answer)
        if q.completion and q.target == "tasks" and q.count and not q.refs and not ans.refused and _DONE_COUNT.search(normalize(question)):
            # "2025年完成了几项任务？": a count of what was done is not recorded — never answered with a number; the tasks by
            # their deadline are pointers, clearly not the answer
            ans = replace(ans, refused=True, route="refusal", answer=self.lexicon.messages["completion"]
                          + "\n台账中与此相关的内容（按完成时限，仅供参考，并非已完成的任务）：\n" + ans.answer)
        if q.completion and not ans.refused and "不记录实际完成情况" not in ans.answer:
            ans = replace(ans, answer=self.lexicon.messages["completion"] + "\n" + ans.answer)
        return replace(ans, query=q.to_json())

    def _answer(self, q: Query, question: str, today: dt.date) -> Answer:
        if q.refuse:
            return self.refusal(q.refuse, q.refuse_detail)
        said = normalize(question)
        if q.target == "tasks" and q.where is None and not (q.count or q.followup or q.groups or q.extreme or q.refs) \
                and (any(self.lexicon.intents[k].search(said) for k in ("deadline", "responsible") if k in self.lexicon.intents)
                     or rx.search(r"\b(?:deadline|due|when|responsible|who)\b", said)) \
                and not rx.search(r"哪些|哪几|列出|列一下|所有|全部|全台账|一共|总共|\b(?:all|every|which tasks|what tasks|list (?:all|every|the tasks|tasks))\b", said):
            # "What is the deadline for the special list of … items?": a field of a task the question could not name —
            # never every task of the ledger as if that answered it
            return self.refusal("no_subject", "")
        if q.target == "tasks" and q.where is None and not (q.followup or q.groups or q.refs) \
                and rx.search(r"它们|他们|这些|那些|\b(?:their|those|these|them)\b", said):
            # "List all their tasks." when what "their" points at was not understood: never the whole ledger
            return self.refusal("lost_context", "")
        if q.target == "tasks" and q.where is None and not (q.count or q.followup or q.groups or q.extreme or q.refs or q.order) \
                and not rx.search(r"所有|全部|全台账|整个台账|整本|每一?[项条个]|都有哪些|有哪些任务|哪些任务|任务(?:都)?有哪些|列出|列一下|清单|一览|目录"
                                  r"|\b(?:all|every|list (?:all|every|the tasks|tasks)|what tasks|which tasks)\b", said):
            # "…raise their green power share? which task" / "same measure 还有哪些 tasks" with nothing read as its condition: a
            # question about a task the words did not name — never the whole ledger listed as if that answered it
            return self.clarify(replace(q, unparsed=q.unparsed or ("（问题中描述任务的部分）",)), today)
        if q.target == "changes":
            return self.changes(q)
        if q.target == "status_summary" and q.refs and q.completion:
            # "上述任务是否已办结？" after a list: those tasks by their deadlines, with the note — not the whole ledger summed up
            return self._answer(replace(q, target="tasks", where=all_of([TaskIn(q.refs)]), refs=()), question, today)
        if q.target == "status_summary":
            return self.status_summary(today)
        if q.target == "meta":
            return Answer(answer=self.lexicon.messages["meta"] + "\n" + self.lexicon.messages["scope"], route="rules")
        if (absent := self._absent_year(q)) is not None:
            return absent
        if q.collection or q.target in ("tasks",):
            if q.unparsed:
                return self.clarify(q, today)
            return {"tasks": self.tasks, "measures": self.measures, "units": self.units, "breakdown": self.breakdown,
                    "groups": self.groups, "totals": self.totals}[q.target](q, today)
        if q.target == "compare":
            return self.compare(q, today)
        if q.target == "verify_measure":
            return self.verify_measure(q, today)
        if q.target == "verify" and q.unparsed:
            return self.clarify(q, today)  # a claim with words the check does not look at: never "是的"
        if q.target == "figure":
            figs = match(self.figures(), question) if self.lexicon.intents["time_limits"].search(normalize(question)) else []
            owner = self.ledger.task(figs[0].task_id) if figs else None
            named = [i for a in find(q.where, TaskIn) for i in a.ids] + list(q.refs)
            about = replace(q, content=q.content or tuple(q.subject.split()))
            if figs and owner is not None and self.support(about, owner) >= 0.5 and (not named or owner.id in named):  # "停电次数…多少天" is not about 办电时限
                return self.figure(figs, _days_claimed(question))
        if q.subject and not q.refs and (ex := rx.search(r"(?:除了|除去|除开|排除|去掉|刨去)(?P<x>[^，,。？?的]{1,12})的", said)) \
                and any(w in ex.group("x") for w in q.subject.split() if len(w) >= 2):
            # "除了新能源的，第9项措施还有别的任务吗": the words a search would use are the ones taken out — never searched for
            return self.clarify(replace(q, unparsed=(*q.unparsed, ex.group(0))), today)
        if any(w in _QUALIFIER_WORDS or _COMPARATIVE.fullmatch(w) for w in q.unparsed) and not q.refs:
            # a single-task question with an operator the parser could not attach ("不涉及小区…"): searching its
            # other words would answer a different question
            return self.clarify(q, today)
        if not q.refs and q.target in ("lookup", "deadline", "responsible", "days_left", "measure_of") \
                and (counted := _TASKS_COUNTED.search(said)) is not None:
            # "有明确到年份的完成时限的任务一共多少项": a count of tasks asked — never one task a search found, its count dropped
            return self.clarify(replace(q, unparsed=(*q.unparsed, counted.group(0))), today)
        if q.target == "lookup" and not q.refs and self.understander.g("act_request").search(_asking_clause(normalize(question))):
            return self.refusal("act", "")  # "你帮我把那条改成已完成" / "教我…": asks for an act, not for what the ledger says
        if (gone := self._removed(q, question)) is not None:
            return self.refusal("removed", f"任务 {gone.id}（{_short(gone.text, 30)}）已在新版台账中删除，当前版本没有这项任务")
        tasks, why = self.resolve(q, question, today)
        if why.startswith("tie:"):
            return self.ask_which(why[4:].split(","))
        if not tasks:
            return self.refusal(why or "no_subject", "")
        support = self.support(q, tasks[0]) if not q.refs and not q.subjects else None
        if q.target == "verify" and q.completion:
            # "…都到2026年底了，完成了吧？": whether it is done is not recorded — never a 是的; its deadline, with the note
            return replace(self.deadline(tasks[0], tasks, today), support=support)
        if q.target == "verify" and len(q.refs) > 1 and len(tasks) > 1:
            return replace(self.verify_many(q, tasks, today), support=support)
        if q.target == "verify":
            return replace(self.verify(q, tasks[0], today), support=support)
        t = tasks[0]
        handler = {
            "responsible": self.responsible,
            "deadline": self.deadline,
            "days_left": self.days_left,
            "measure_of": self.measure_of,
            "which_task": self.which_task,
        }.get(q.target)
        quantity, past = self.understander.g("quantity"), self.understander.g("period_past")
        if handler is None and len(q.refs) <= 1 and self.understander.g("absent_asks").search(normalize(question)):
            return self.unsupported(tasks)  # "在哪几个地市试成功了" / "把名字和电话给我": asks what no record states
        for asked in [c for c in _clauses(normalize(question)) if _QUESTION.search(c)] or [normalize(question)]:
            if handler is None and not q.refs and quantity.search(asked) and not _YES_NO.search(asked) and (
                    not rx.search(r"\d(?![\d]*年)", t.text) or past.search(asked)):  # (a year is not an amount)
                return self.unsupported(tasks)  # an amount the found task does not state, or a statistic of a past period
        several = len(q.refs) > 1 or (len(q.subjects) > 1 and len(tasks) > 1) \
            or (len(tasks) > 1 and not q.content and not q.subject)  # "一年内和连续60天内…" may both be one task; 措施14的时限
        if handler is None:
            ans = self._several(tasks, today, question=question) if several else \
                self.content(t, today) if len(q.refs) == 1 and t.id == q.refs[0] else self.lookup(t, tasks, today)
            if not several and (said := _figure_claimed(question, t.text)):
                # "零投资是扩大到100千瓦吧？": the figure claimed is not the record's — said so before the record
                ans = replace(ans, answer=f"不是：台账写的是{said}。\n" + ans.answer)
        elif several:
            ans = self._several(tasks, today, field=q.target, question=question)
        elif q.target == "responsible" and rx.search(r"牵头|排(?:在)?第一|打头|带头|\blead", normalize(question)) and len(t.units) > 1:
            # "…是谁牵头的？": the lead first, and the unit the conversation then holds is the lead ("这个单位一共牵头多少项")
            text = (f"任务 {t.id} 的牵头单位是：{t.units[0]}（责任单位中排第一；责任单位共 {len(t.units)} 家：{'、'.join(t.units)}）。\n"
                    f"{_describe(t, self._title(t))}")
            ans = _answer(text, [t], units=(t.units[0],), deadline=t.deadline.text)
        elif q.target == "measure_of" and q.count:
            # "这条属于哪个措施？那个措施下面一共有几条任务？": the measure, then its tasks listed (the one asked about first)
            ans = self.measure_of(t, tasks, today)
            rows = [o for o in self.ledger.tasks if o.measure_no == t.measure_no and o.ledger == t.ledger]
            lines = "\n".join(f"- {o.id} {_short(o.text, 40)}（{o.deadline.text}）" for o in rows)
            ans = replace(ans, answer=ans.answer.split("\n", 1)[0] + f"\n该措施的 {len(rows)} 项任务：\n{lines}",
                          tasks=(t.id, *[o.id for o in rows if o.id != t.id]))
        else:
            ans = handler(t, tasks, today)
        return replace(ans, support=support)

    @cached_property
    def _synonyms(self) -> dict[str, list[str]]:
        """The lexicon's expansions of each colloquial word (a word may have several entries)."""
        out: dict[str, list[str]] = {}
        for k, v in self.lexicon.synonyms:
            out.setdefault(k, []).append(v)
        return out

    def support(self, q: Query, t: Task) -> float:
        """Share of the question's content words that the task's record covers (its text, measure title,
        or a colloquial word the lexicon maps to a term the record has). 1.0 when nothing is left to cover."""
        words = [c for c in dict.fromkeys(q.content) if len(c) >= 2 and not c.isascii()]
        if not words:
            return 1.0
        have = set(passage_tokens(t.passage()))
        text = self.understander.passages.get(t.id) or normalize(t.passage())
        def covered(w: str) -> bool:
            if w in have or w in text:
                return True
            return any(x in text for v in self._synonyms.get(w, ()) for x in v.split())
        return sum(covered(w) for w in words) / len(words)

    def unsupported(self, tasks: list[Task]) -> Answer:
        """A refusal for a question the nearest task does not answer, with pointers that are clearly not the answer."""
        pointers = "；".join(f"任务 {t.id}（{_short(t.text, 24)}）" for t in tasks[:2])
        text = self.lexicon.messages["unsupported"] + (f"\n台账中与此相关的内容有：{pointers}（仅供参考，并非对您问题的回答）。" if pointers else "")
        return Answer(answer=text, refused=True, route="refusal")

    def _absent_year(self, q: Query) -> Answer | None:
        """A year outside the ledger's deadlines is named as absent, not answered with an empty list or a near task."""
        years = sorted({t.deadline.date.year for t in self.ledger.tasks if t.deadline.date})
        for d in [*find(q.where, DeadlineIs), *find(q.claim, DeadlineIs)]:
            premise = bool(q.refs) and rx.search(r"不是|难道|吗|么|[？?]", q.question or "") is not None  # "2.1不是2024年底前就该完成了吗"
            if d.op == "eq" and years and d.year not in years and q.target != "verify" and not premise:  # (a named task: shown with its own)
                span = f"{years[0]}年底前到{years[-1]}年底前" if len(years) > 1 else f"{years[0]}年底前"
                return self.refusal("absent", f"台账中任务的完成时限从{span}，另有持续推进的任务，没有{d.year}年到期的任务")
        return None

    # ------------------------------------------------------------ resolution
    def resolve(self, q: Query, question: str, today: dt.date) -> tuple[list[Task], str]:
        """The task(s) a single-task question is about, best first; or ([], refusal reason)."""
        if q.refs:
            return [t for i in q.refs if (t := self.ledger.task(i))], ""
        if q.subjects:
            found: list[Task] = []
            for sub in q.subjects:
                tasks, why = self.resolve(replace(q, subjects=(), subject=sub, search_text=sub, content=tuple(sub.split())), sub, today)
                if not tasks:
                    return [], why
                found.append(tasks[0])
            return list(dict.fromkeys(found)), ""
        if not q.content and not q.subject:
            by_measure = q.where is not None and all(isinstance(a, MeasureIn) for a in atoms(q.where))
            chosen = select(self.ledger.tasks, q.where, today) if by_measure and not q.unparsed else []
            if 1 <= len(chosen) <= _FIELD_OF_FEW:
                # "措施14的完成时限是什么？": a field of the few tasks the conditions pick, each with its own value
                return chosen, ""
            return [], "no_subject"
        allowed = [t.id for t in select(self.ledger.tasks, q.where, today)] if q.where is not None else None
        if allowed is not None and not allowed:
            allowed = None
        search = q.search_text or q.subject
        dense_text = search if _mostly_ascii(question) else question
        named_units = [u for a in find(q.where, UnitIs) for u in a.units]
        # the dense search only when BM25 alone does not settle what is used below: the first hit, which hits are
        # kept (within _KEEP of it), a tie (tie_margin) and, under confident_bm25, its similarity; not when the
        # search is compared with an unfiltered one (named units), which needs exact scores
        settle = None if allowed is not None and named_units else Settle(_KEEP, self.tie_margin, self.confident_bm25)
        hits = self.retriever.search(search, self.top_k, allowed, dense_text=dense_text, extra=q.expansion, settle=settle)
        if settle is not None and len(hits) == 1 and q.content and (t1 := self.ledger.task(hits[0].task_id)) and self.support(q, t1) < 1.0:
            # settled by BM25, but its task lacks a word of the question: the others are looked at (a task with every word wins)
            hits = self.retriever.search(search, self.top_k, allowed, dense_text=dense_text, extra=q.expansion)
        if allowed is not None and named_units and hits:
            # "向省能源局报送…由谁负责": a unit the task's own text names is its object, not a filter on who is responsible
            free = self.retriever.search(search, self.top_k, None, dense_text=dense_text, extra=q.expansion)
            if free and free[0].task_id not in allowed and free[0].score > hits[0].score \
                    and (t0 := self.ledger.task(free[0].task_id)) and any(u in t0.text or u.removeprefix("省") in t0.text for u in named_units):
                hits = free
        denied = [w for a in atoms(q.where) if isinstance(a, Not) and isinstance(a.item, TextHas) for w in a.item.terms]
        if allowed is not None and denied and hits:
            # "充电设施报装不在“三零”服务范围里吧？": a task whose record has every word and the denied one is what is asked
            # about — the claim is corrected by showing it, never answered from the nearest task that lacks the word
            free = self.retriever.search(search, self.top_k, None, dense_text=dense_text, extra=q.expansion)
            if free and free[0].task_id not in allowed and (t0 := self.ledger.task(free[0].task_id)) \
                    and self.support(q, t0) == 1.0 and any(normalize(w) in normalize(t0.text) for w in denied):
                hits = free
        texts = self.understander.texts
        rare = [w for w in q.content if len(w) >= 3 and self.understander.tasks_with(w) in (1, 2, 3)]
        claimed_time = allowed is not None and q.target in (*_FIELDS, "lookup") and bool(hits) \
            and q.where is not None and all(isinstance(a, (DeadlineIs, StatusIs)) for a in atoms(q.where)) \
            and (t_first := self.ledger.task(hits[0].task_id)) is not None and self.support(q, t_first) < 1.0
        if allowed is not None and hits and ((rare and not any(w in texts[i] for w in rare for i in allowed if i in texts)) or claimed_time):
            # "“三省”服务里的零投资任务": no task the condition allows has the words; the one that has them all answers
            # (its record says where it really is — a wrong premise is corrected, not followed); so too when a time said of
            # one task ("隐患排查要到2027年底才做完？") leaves only tasks that lack some of its words
            free = self.retriever.search(search, self.top_k, None, dense_text=dense_text, extra=q.expansion)
            whole = [h for h in free if h.task_id not in allowed and (t := self.ledger.task(h.task_id)) and self.support(q, t) == 1.0]
            if whole and not any((t := self.ledger.task(h.task_id)) and self.support(q, t) == 1.0 for h in hits):
                hits = [whole[0], *[h for h in free if h is not whole[0]]]
        if (not hits or hits[0].bm25 == 0) and q.wider:
            return self.resolve(replace(q, search_text=q.wider, subject=q.wider, content=tuple(q.wider.split()), wider=""), question, today)
        if not hits:
            return [], "oos"
        strong = [c for c in q.content if len(c) >= 2]
        covered = [c for c in strong if self.understander.covered(c)]
        top, fuller_first = hits[0], False
        if len(set(strong)) == 1 and not q.where:
            # one word the question searches by, and many tasks have it ("…的那个服务"): no task is singled out
            df = sum(strong[0] in x for x in self.understander.passages.values())
            if df > max(4, len(self.ledger.tasks) // 8):
                return [], "oos"
        if not covered and top.bm25 == 0:
            return [], "oos"
        many = len(covered) >= 3 and top.bm25 >= self.confident_bm25 / 2  # a long colloquial question with several ledger words
        if top.bm25 < self.confident_bm25 and len(covered) / max(len(strong), 1) < 0.34 and top.similarity < 0.4 and not many:
            return [], "oos"
        if q.content and self.support(q, t0 := self.ledger.task(top.task_id)) < 1.0:  # type: ignore[arg-type]
            # "green power 直連": a task whose record has every content word of the question before one that lacks some
            whole = [h for h in hits[1:] if (t := self.ledger.task(h.task_id)) and t is not t0 and self.support(q, t) == 1.0]
            if whole:
                hits = [whole[0], *[h for h in hits if h is not whole[0]]]
                top = hits[0]
            elif (fuller := max(((self.support(q, t), -k, h) for k, h in enumerate(hits[1:]) if h.score >= top.score * _FULLER
                                 and (t := self.ledger.task(h.task_id)) is not None), default=None, key=lambda x: x[:2])) is not None \
                    and fuller[0] > self.support(q, t0):  # type: ignore[arg-type]
                # "小区车位上装充电桩": the words typed (小区, 车位) count for more than a synonym the lexicon added (充电基础设施)
                hits = [fuller[2], *[h for h in hits if h is not fuller[2]]]
                top, fuller_first = hits[0], True
        if (quoted := self._quoted(q, question, hits)) is not None and quoted is not top:
            # "小区受电工程竣工检验是哪项任务": a phrase of one record typed word for word outweighs words spread over another
            hits = [quoted, *[h for h in hits if h is not quoted]]
            top, fuller_first = quoted, True
        if not q.refs and (i := report_of(question, [t.text for h in hits if (t := self.ledger.task(h.task_id))],
                                          self.understander.g("report_verbs").pattern)) is not None:
            hits = [hits[i], *[h for h in hits if h is not hits[i]]]  # "频繁停电整治那项": the work (8.1), not its report (8.2)
            top, fuller_first = hits[0], True
        if q.focus and q.focus != top.task_id and (f := self.ledger.task(q.focus)) is not None \
                and (t_top := self.ledger.task(top.task_id)) is not None and self.support(q, f) >= self.support(q, t_top) \
                and (any(h.task_id == q.focus and h.score >= top.score * _KEEP for h in hits) or (self.support(q, f) > 0 and not fuller_first)):
            # a follow-up whose words fit the task just discussed about as well as another: the conversation decides —
            # also when the search ranks it low ("备案要写明什么" after 3.4, whose "…部门备案" the tokenizer does not split)
            hits = [h for h in hits if h.task_id == q.focus] + [h for h in hits if h.task_id != q.focus]
            if not hits or hits[0].task_id != q.focus:
                hits = [Hit(q.focus, top.score, top.bm25, top.similarity), *hits]
            top = hits[0]
        elif len(hits) > 1 and top.score - hits[1].score < self.tie_margin and not q.subjects and not self._covers_more(q, top, hits[1]) \
                and not fuller_first:
            pick = self._phrase_tie_break(q, question, hits[0].task_id, hits[1].task_id)
            if pick is None:
                return [], "tie:" + ",".join(h.task_id for h in hits[:2])  # two tasks fit equally well: ask, do not guess
            hits = [h for h in hits if h.task_id == pick] + [h for h in hits if h.task_id != pick]
            top = hits[0]
        keep = [h for h in hits if h.score >= top.score * _KEEP][:3]
        return [t for h in keep if (t := self.ledger.task(h.task_id))], ""

    def _quoted(self, q: Query, question: str, hits: list[Hit]) -> Hit | None:
        """The one hit whose task text has a run of the question, as typed (punctuation aside), longer by
        :data:`_QUOTED_MARGIN` than the run any other hit has: of at least :data:`_QUOTED` characters when the first hit's
        text lacks a word of that run ("受电工程竣工检验" in 4.2 as "受电工程提供竣工检验" keeps 4.2), or of at least
        :data:`_TYPED` holding two of the question's words; None when no hit stands out so."""
        asked = _PUNCT.sub("", normalize(question))  # "先复电后抢修" is the record's "先复电、后抢修" typed without its comma
        runs = []
        for h in hits[: self.top_k]:
            t = self.ledger.task(h.task_id)
            runs.append((_longest_common_substring(asked, _PUNCT.sub("", normalize(t.text))) if t else "", h))
        runs.sort(key=lambda x: -len(x[0]))
        if not runs or len(runs[0][0]) < _TYPED or (len(runs) > 1 and len(runs[0][0]) - len(runs[1][0]) < _QUOTED_MARGIN):
            return None
        run, best = runs[0]
        first = self.ledger.task(hits[0].task_id)
        words = [w for w in q.content if len(w) >= 2 and w in run]
        if first is None or not words:
            return None
        if len(run) < _QUOTED:
            # a shorter run counts when it holds two of the question's words side by side as one record has them:
            # "先复电后抢修" is 7.5's "先复电、后抢修", not 14.2's "抢修队伍…快速复电"
            return best if len(words) >= 2 else None
        return None if all(w in normalize(first.text) for w in words) else best

    def _covers_more(self, q: Query, a: Hit, b: Hit) -> bool:
        """Task a's record has every content word of the question and task b's does not."""
        ta, tb = self.ledger.task(a.task_id), self.ledger.task(b.task_id)
        return bool(q.content and ta and tb and self.support(q, ta) == 1.0 > self.support(q, tb))

    def _phrase_tie_break(self, q: Query, question: str, a: str, b: str) -> str | None:
        """Two tasks scored alike: the one whose text has a phrase of the question (its words as typed, side by side)
        longer than any phrase both texts share — "电动汽车充电设施那条" is 11.2, not 11.1 (充电设施 only). None if none."""
        ta, tb = self.ledger.task(a), self.ledger.task(b)
        if ta is None or tb is None:
            return None
        norm = normalize(question)
        words = [c for c in dict.fromkeys(q.content) if len(c) >= 2]
        phrases = set(words) | {x + y for x in words for y in words if x != y and x + y in norm}
        na, nb = normalize(ta.text), normalize(tb.text)
        shared = max((len(p) for p in phrases if p in na and p in nb), default=0)
        own = {a if p in na else b for p in phrases if len(p) > shared and len(p) >= 4 and (p in na) != (p in nb)}
        return own.pop() if len(own) == 1 else None

    def _words_that_hold(self, q: Query, said_text: str, today: dt.date) -> Query:
        """Ledger words left over that every task the understood conditions select says (one of them each, when they are
        joined by 或): read as keyword conditions they change nothing, so the answer does not depend on how they are meant
        — they join the conditions, said in the answer ("要求向华中监管局报送或者备案的": 3.4 says 备案, 7.1 报送). Else ``q``."""
        either = {"或者", "或", "或是", "还是"}
        words = [w for w in q.unparsed if w not in either | {"和", "及", "以及", "与", "并", "并且"}]
        asks_tasks = rx.search(rf"哪(?:些|几)|(?:{self.understander.g('task_nouns').pattern})", said_text) is not None  # (not "清零了多少")
        rows = select(self.ledger.tasks, q.where, today) if q.where is not None and asks_tasks and words else []
        if not rows or any(len(w) < 2 or w in _QUALIFIER_WORDS or not self.understander.in_ledger(w) for w in words):
            return q
        said = [{w for w in words if w in normalize(t.text)} for t in rows]
        one_each = bool(either & set(q.unparsed)) or (len(words) == 2 and any(
            rx.search(re.escape(a) + r"\s*(?:或者|或是|或|还是)\s*" + re.escape(b), said_text) for a, b in (words, words[::-1])))
        if not one_each and rx.search(r"或|还是|\bor\b|either", said_text) is not None:
            return q  # an "or" the parser read elsewhere: whether these words are its alternatives is not known
        if not all(said) or (not one_each and any(len(x) < len(words) for x in said)) or set().union(*said) != set(words):
            return q
        kws: list[Cond] = [TextHas(w, (w,)) for w in words]
        held = Or(tuple(kws)) if one_each and len(kws) > 1 else all_of(kws)
        return replace(q, where=all_of([c for c in (q.where, held) if c is not None]), unparsed=())

    def clarify(self, q: Query, today: dt.date) -> Answer:
        """A refusal that says what was understood and that part of the question was not."""
        known = [w for w in q.unparsed if self.understander.covered(w) or w in ("不", "没有", "没", "未", "非", "除了", "只有", "只", "仅", "单独")]
        part = f"其中“{'、'.join(known[:3])}”" if known and len(known) == len(q.unparsed) else "其中有一部分"
        understood = f"我理解的条件是“{self._condition(q)}”" if q.where is not None else "我没能识别出筛选条件"
        text = self.lexicon.messages["clarify"].format(what=f"{understood}，{part}不知道该如何理解")
        return Answer(answer=text, refused=True, route="refusal")

    def changes(self, q: Query) -> Answer:
        """What changed since the previous version of each (or the named) ledger."""
        from assistant.diff import describe

        ledgers = tuple(i for c in find(q.where, LedgerIn) for i in c.ids)
        found = [v for v in (self.versions() if self.versions else []) if not ledgers or v[0] in ledgers]
        known = [(lid, title, ch) for lid, title, ch in found if ch is not None]
        if not known:
            return Answer(answer=self.lexicon.messages["no_changes"], route="rules")
        lines, tasks = [], []
        for lid, title, ch in known:
            prefix = f"{lid}:" if self.ledger.parts else ""
            lines.append(f"《{title}》与上一版相比共有 {len(ch)} 处变化：" if ch else f"《{title}》与上一版相比没有变化。")
            lines += describe(ch)
            for c in ch:
                if c.new is not None and (t := self.ledger.task(prefix + c.new.id)):
                    tasks.append(t)
        return _answer("\n".join(lines), tasks)

    def status_summary(self, today: dt.date) -> Answer:
        """How the tasks stand against their deadlines today (the ledger has no completion data)."""
        counts = {k: 0 for k in STATUS_LABELS}
        for t in self.ledger.tasks:
            counts[t.deadline.status(today)] += 1
        text = (self.lexicon.messages["completion"] + f"按今天（{today.isoformat()}）计："
                + "，".join(f"{STATUS_LABELS[k]} {v} 项" for k, v in counts.items()) + "。")
        return Answer(answer=text, refused=True, route="refusal")  # which tasks are done is not answered: the deadlines are pointers

    def _removed(self, q: Query, question: str) -> Task | None:
        """A task of the previous version that the question names (by id, or by its words better than any current task)."""
        gone = self.removed() if self.removed else []
        if not gone or q.refs:
            return None
        for t in gone:
            local = t.id.split(":")[-1]
            if rx.search(rf"(?<![\d.]){re.escape(local)}(?![\d])", question) and self.ledger.task(t.id) is None:
                return t
        words = [c for c in q.content if len(c) >= 2 and self.understander.covered(c)]
        if len(words) < 2:
            return None
        def hits(t: Task) -> int:
            toks = set(passage_tokens(t.passage()))
            return sum(w in toks for w in words)
        best = max(gone, key=hits)
        current = max(hits(t) for t in self.ledger.tasks)
        return best if hits(best) >= max(2, 0.6 * len(words)) and hits(best) > current else None

    def ask_which(self, ids: list[str]) -> Answer:
        """Two tasks fit a description equally well: name both and ask which one is meant (a refusal, not a guess)."""
        tasks = [t for i in ids if (t := self.ledger.task(i))]
        options = "；".join(f"任务 {t.id}（{_short(t.text, 24)}）" for t in tasks)
        return Answer(answer=f"您的问题和台账中两项任务都很接近：{options}。请说明是哪一项（例如写出任务编号），我再给出准确答案。",
                      refused=True, route="refusal")

    # ------------------------------------------------------------ refusal
    def refusal(self, reason: str, detail: str) -> Answer:
        """A short polite refusal that says what the ledger does cover; no sources."""
        msgs = self.lexicon.messages
        if reason == "too_long":
            text = msgs["too_long"].format(limit=self.understander.max_chars)
        elif reason.startswith("decline:"):
            name = reason.split(":", 1)[1]
            text = next(m for n, _, m in self.lexicon.declines if n == name)
            return Answer(answer=text, refused=True, route="refusal")
        elif reason in ("empty", "control", "injection", "no_subject", "modify", "lost_context", "act"):
            text = msgs[reason]
        elif reason in ("contradiction", "no_joint"):
            text = msgs[reason].format(what=detail)
        elif reason == "absent":
            text = msgs["absent"].format(why=detail)
        elif reason == "mismatch":
            text = msgs["mismatch"].format(what=detail)
        elif reason == "pointer":
            text = msgs["pointer"].format(what=detail)
        elif reason == "removed":
            return Answer(answer=detail + "。", refused=True, route="refusal")
        else:
            text = msgs["oos"].format(why=detail or "台账中没有相关内容")
        if reason not in ("empty", "too_long", "control"):
            text += "\n" + msgs["scope"]
        return Answer(answer=text, refused=True, route="refusal")
