"""Stage 5b: follow-ups — an elliptical question resolved against the previous query (narrow, substitute,
complement, relax, a field of the last answer); :mod:`assistant.understand.dialogue` decides when a question is one."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace

from assistant import rx
from assistant.query import (
    And,
    Cond,
    DeadlineIs,
    MeasureIn,
    Not,
    Or,
    Query,
    StatusIs,
    TaskIn,
    TextHas,
    UnitIs,
    all_of,
    atoms,
    find,
    kind_of,
    select,
)
from assistant.understand.elliptic import (
    _BOTH,
    _EXTREME_GROUP,
    _POSSESSIVE,
    _SAME_AS_SHOWN,
    _SUPERLATIVE_WORD,
    _THESE_TIMES,
    _TWO_COUNTS,
    Elliptic,
    _keep_unit_mode,
    _last_named,
    _names_old,
    _same_grouping,
)
from assistant.understand.patterns import (
    _FIELDS,
    _NUM,
    _difference,
    _edge,
    _latest,
    _substitute,
    negate,
)
from assistant.understand.state import State

# "只有一家参与、另一家不参与" / "恰好其中一家参与": one of two units and not the other
_ONE_OF_TWO = rx.lazy(r"(?:只有|仅有|恰好|正好|刚好)(?:其中)?(?:一家|一个)(?:参与|负责|在内)?[、，,]?\s*(?:另一(?:家|个)|另外一(?:家|个))(?:不|没有?)(?:参与|负责|在内)|(?:只有|仅有|恰好|正好|刚好)(?:其中)?(?:一家|一个)(?:参与|负责)(?!.*(?:都|同时))")


# "要是涉及居民小区呢，还要做什么": a case put to the task just discussed
_HYPOTHETICAL = rx.lazy(r"^\s*(?:那|那么)?\s*(?:要是|如果|假如|假设|万一|若是?|碰到|遇到)\S{1,20}?(?:呢|的话|怎么办)")


def _loosely_in(term: str, text: str) -> bool:
    """True when ``term``'s characters occur in ``text`` in order, a few apart at most (居民小区 in 居民住宅小区)."""
    return bool(rx.search("(?:.{0,3})".join(re.escape(c) for c in term), text)) if len(term) >= 3 else term in text


# "把持续推进的也算上": what a list left out counted again
_ALSO_COUNTED = rx.lazy(r"也(?:都)?(?:算上|算进去|算进来|算在内|计入|计算在内|包括进来|包括在内|包含进来|加上|加进来|加进去|一起算|一并算|放进来)")
# a field of the tasks named in a question that compares two lists ("这两条期限一样吗"): not their counts
_FIELD_ASKED = rx.lazy(r"(?P<lead>牵头单位|牵头部门)|(?P<unit>责任单位|负责单位|单位|部门)|完成时限|时限|期限|截止时间|截止日期|到期时间|年份|deadlines?|due dates?")


def _field_name(field: re.Match[str]) -> str:
    return "lead" if field.group("lead") else "responsible" if field.group("unit") else "deadline"


def _same_asked(text: str) -> str:
    """The field whose sameness the message asks about ("另外两条，期限一样吗"), or ''."""
    field = _FIELD_ASKED.search(text)
    return _field_name(field) if field and rx.search(r"一样|相同|一致", text[field.end():]) else ""


def _roles_not_said_again(old: list[Cond], new: list[Cond]) -> list[Cond]:
    """``old`` without a unit's relation that ``new`` says again with another role, denied or not: "其中由它牵头的" then "那它们参与的"
    (牵头 → 参与), "去掉省电力公司参与的" then "那去掉省电力公司牵头的呢" (not 参与 → not 牵头) — never both."""
    def roles(atoms_: list[Cond], denied: bool) -> dict[str, str]:
        return {u: x.mode for a in atoms_ if isinstance(a, Not) == denied for x in ((a.item if isinstance(a, Not) else a),)
                if isinstance(x, UnitIs) for u in x.units}
    said = {False: roles(new, False), True: roles(new, True)}

    def replaced(a: Cond) -> bool:
        x = a.item if isinstance(a, Not) else a
        now = said[isinstance(a, Not)]
        return isinstance(x, UnitIs) and set(x.units) <= set(now) and any(now[u] != x.mode for u in x.units)
    return [a for a in old if not replaced(a)]

class Followups(Elliptic):
    def follow(self, text: str, q: Query, state: State, today: dt.date, went_back: bool = False) -> Query:
        """The query an elliptical question means, given the previous one (narrow, substitute, complement, same field)."""
        prev = state.query
        if prev is not None and prev.target == "lookup" and not prev.refs and prev.where is not None:
            # "物业说我们是转供电，电力公司不管，台账里有没有说这个事": words of a story a search answered — no condition of a
            # list that a follow-up ("那第15项措施都有啥任务") could narrow
            prev = replace(prev, where=None)
        either = [a for a in atoms(prev.where) if isinstance(a, Or) and all(isinstance(i, UnitIs) for i in a.items)] if prev is not None else []
        if prev is not None and prev.collection and not state.lost and len(either) == 1 and q.where is None and not q.refs \
                and _BOTH.search(text) and not q.subject:
            # "A或者B参与的任务一共有多少" then "两个都参与的呢": both, not either
            both = [a for a in atoms(prev.where) if a is not either[0]] + list(either[0].items)
            return replace(prev, where=all_of(both), followup="narrow", question=q.question, unparsed=())
        if prev is not None and prev.collection and prev.extreme in ("earliest", "latest") and not state.lost and (m := rx.fullmatch(
                r"\s*(?:那|那么|再看)?\s*最(早|晚|迟)(?:的|完成的|到期的|截止的)?(?:呢|是哪些|是哪个|是哪几项|有哪些)?\s*[？?]?\s*", text)):
            # "措施8里最晚完成的是哪些" then "最早的呢": the other end of the same list
            return replace(prev, extreme="earliest" if m.group(1) == "早" else "latest", question=q.question, followup="substitute", unparsed=())
        if prev is not None and prev.extreme in ("max", "min") and not state.lost and (m := rx.fullmatch(
                r"\s*(?:那|那么|再看)?\s*(?:任务)?最(多|少)(?:的|的那?(?:个|项|条|家))?(?:呢|是哪些|是哪个|是哪几[项个家]|有哪些|是谁)?\s*[？?]?\s*", text)):
            # "哪个措施下面的任务最多？" then "那最少的呢": the other end of the same ranking
            return replace(prev, extreme="max" if m.group(1) == "多" else "min", question=q.question, followup="substitute", unparsed=())
        if prev is not None and prev.target == "verify" and prev.claim is not None and not state.lost and q.where is not None and not q.refs \
                and not q.subject and all(isinstance(a, UnitIs) for a in (*atoms(q.where), *atoms(prev.claim))) \
                and rx.search(r"呢\s*[？?]?\s*$|^(?:那|那么|换成|改成)", text.strip()):
            # "这条有省住建厅参与吗？" then "那省水利厅呢": the same check, with the new value
            return replace(prev, claim=q.where, question=q.question, followup="substitute", unparsed=())
        grouped = [g_ for g_ in prev.groups if g_ is not None] if prev is not None and prev.target == "groups" and not state.lost else []
        units_of = [a.units[0] for g_ in grouped for a in [g_] if isinstance(a, UnitIs) and len(a.units) == 1]
        if len(grouped) >= 2 and len(units_of) == len(grouped) and not q.refs and not find(q.where, UnitIs) \
                and (_BOTH.search(text) or self.g("any_one").search(text)):
            # "A和B谁参与的多" then "两家都参与的是哪些" / "两家里任意一家参与的都算": the units compared, together or either
            mode = grouped[0].mode  # type: ignore[union-attr]
            together: Cond = UnitIs(tuple(units_of), mode) if _BOTH.search(text) else Or(tuple(UnitIs((u,), mode) for u in units_of))
            return replace(q, target="tasks", where=all_of([together, *atoms(q.where)]), count=q.count, groups=(), followup="narrow",
                           subject="", content=(), unparsed=())
        if prev is not None and prev.target == "breakdown" and not state.lost and (pick := _EXTREME_GROUP.search(text)) \
                and (group := self._extreme_group(prev, pick.group(1) == "多", today)) is not None:
            # "各个完成时限分别有多少项" then "数量最多的那一类里，省电力公司牵头的是哪些": inside the largest group
            return replace(q, target="tasks", where=all_of([*atoms(prev.where), group, *atoms(q.where)]), count=q.count, by="",
                           extreme="", followup="narrow", subject="", content=(),
                           unparsed=tuple(u for u in q.unparsed if not rx.search(r"最多|最少|一类|一组|数量", u)))
        if prev is not None and (said_times := _THESE_TIMES.search(text)) and not q.refs and not find(q.where, (DeadlineIs, StatusIs)):
            # "2025年底前的有几项" → "2026年呢" → "2027年" → "这三个时限加起来一共几项": the deadlines just asked, together
            k = {"两": 2, "俩": 2, "三": 3, "四": 4}.get(said_times.group(1), 0)
            times: list[Cond] = []
            for o in (state, *reversed(state.earlier)):
                for a in atoms(o.query.where) if o.query is not None else ():
                    if isinstance(a, (DeadlineIs, StatusIs)) and a not in times:
                        times.append(a)
            if len(times) >= 2 and (not k or len(times) >= k):
                chosen = times[:k] if k else times
                others = [a for a in atoms(prev.where) if not isinstance(a, (DeadlineIs, StatusIs))]
                if rx.search(r"最多|最少|哪个|哪一个|分别|各|差|比", text) and not rx.search(r"加起来|合计|一共|总共|合起来", text):
                    # "所以这三个时限里哪个的任务最多": each deadline counted, then compared
                    return replace(q, target="groups", groups=tuple(all_of([t, *others]) for t in reversed(chosen)), where=all_of(others),
                                   count=True, followup="times", subject="", content=(), unparsed=())
                return replace(q, target="tasks", where=all_of([Or(tuple(reversed(chosen))), *others, *atoms(q.where)]),
                               count=q.count or bool(rx.search(r"几|多少|加起来|合计|一共|总共", text)), followup="times", subject="", content=(),
                               unparsed=tuple(u for u in q.unparsed if not rx.search(r"时限|期限|年份|加起来|一共|三个|两个", u)))
        if prev is not None and q.collection and find(q.where, UnitIs) and not q.refs and rx.search(r"一共|总共|总计|全部|整个台账|全台账", text) \
                and not rx.search(r"其中|这里面|这些|那些|里面|当中|这\S{0,2}(?:项|条|个)|措施|第", text) \
                and not set(map(repr, atoms(q.where))) & set(map(repr, atoms(prev.where))):
            # "第9条谁负责？" then "那省电力交易中心一共参与了几项任务？": a whole-ledger question about a unit of its own
            return replace(q, followup="")
        if prev is not None and q.collection and q.count and isinstance(q.where, MeasureIn) and not q.refs \
                and rx.search(r"措施\s*(?:[0-9一二三四五六七八九十]{1,3}\s*)?(?:下面|下|里|里面)?(?:一共|总共|总计|共计|共有)", text) \
                and not rx.search(r"其中|这里面|这些|那些|当中|剩下|还有|这\S{0,2}(?:项|条|个)", text):
            # "…哪些是持续推进的" then "那第10项措施一共几个任务？": the size of the measure, not the list's conditions inside it
            return replace(q, followup="")
        focus_one = (state.mentioned[-1] if state.mentioned and prev is not None and not prev.collection else
                     state.result[0] if prev is not None and prev.collection and len(state.result) == 1 else "")
        if focus_one and q.collection and find(q.where, UnitIs) and not q.refs and rx.search(r"还\S{0,8}(?:别的|其他|其它|其余|另外的)", text) \
                and (t_focus := self.ledger.task(focus_one)) is not None and select([t_focus], q.where, today):
            # "这项是哪些单位负责？" then "电力交易中心还负责别的任务吗？": the others, not the one just discussed
            return replace(q, where=all_of([*atoms(q.where), Not(TaskIn((focus_one,)))]), followup="exclude",
                           unparsed=tuple(u for u in q.unparsed if not rx.search(r"别的|其他|其它|其余|另外", u)))
        multi = [a for a in atoms(prev.where) if isinstance(a, UnitIs) and len(a.units) >= 2 and a.mode == "has"] \
            if prev is not None and prev.collection and not state.lost else []
        if prev is not None and len(multi) == 1 and not q.refs and not find(q.where, UnitIs) and self.g("any_one").search(text):
            # "A和B都参与的任务" then "改一下，两家里任意一家参与的都算": either of them
            either_of = Or(tuple(UnitIs((u,)) for u in multi[0].units))
            kept = [either_of if a is multi[0] else a for a in atoms(prev.where)]
            return replace(prev, where=all_of([*kept, *atoms(q.where)]), question=q.question, followup="relax", unparsed=())
        named_nos = {n for a in find(q.where, MeasureIn) for n in a.nos}
        if prev is not None and prev.target == "measures" and named_nos and state.result and not self.g("units_ref").search(text) \
                and not rx.search(r"它|其(?!中|他|它|余)|这些|那些|上述|刚才", text) \
                and not named_nos & {t.measure_no for i in state.result if (t := self.ledger.task(i))}:
            return q  # "第3项里…" after measures 5 and 8 were shown: another measure, asked on its own
        if prev is not None and prev.target == "breakdown" and not state.lost and q.extreme in ("max", "min") and q.where is None \
                and not rx.search(r"(?:其|它的?|该措施的?|这个措施的?)(?:牵头)?(?:单位|部门)|(?:牵头|责任)单位是|由谁|谁(?:牵头|负责)|时限|期限|哪年", text) \
                and not q.refs and _same_grouping({"measures": "measure", "units": "unit"}.get(q.target, q.by or prev.by), prev.by):
            # "按措施分一下" then "哪个措施最多": the group with the most among those just counted
            return replace(prev, extreme=q.extreme, followup="narrow", unparsed=(), question=q.question)
        if prev is not None and prev.target == "breakdown" and not state.lost and not q.refs and q.where is None \
                and (bare := rx.fullmatch(r"\s*(?:那|那么)?\s*(?:是)?(?:哪(?:个|一个|种|一种|类|一类|档|一档|组|一组)?|谁)(?:的)?(?:最多|最少)(?:呢|啊)?\s*[？?。]?\s*", text)):
            # "各个完成时限分别有多少项" then "哪个最多？": the group with the most among those just counted
            return replace(prev, extreme="max" if "最多" in bare.group(0) else "min", followup="narrow", unparsed=(), question=q.question)
        if prev is not None and prev.collection and not state.lost and q.where is not None and not q.refs \
                and _SAME_AS_SHOWN.search(text) and prev.where != q.where:
            # "省市场监管局参与的跟这份清单一样吗" / "那省水利厅参与的也一样吗": the new list compared with the one shown
            shown = prev.where if prev.where is not None else TaskIn(state.result)
            other = _substitute(prev.where, _keep_unit_mode(prev.where, q.where, text)) if prev.where is not None else q.where
            return replace(q, target="groups", groups=(shown, other), count=True, where=None, subject="", content=(), followup="same_as",
                           unparsed=tuple(u for u in q.unparsed if not rx.search(r"完全|一样|相同|一致", u)))
        earlier_q = state.earlier[-1].query if state.earlier else None
        if prev is not None and earlier_q is not None and prev.target == earlier_q.target == "tasks" and not state.lost and not q.refs \
                and q.where is None and not q.groups and prev.where != earlier_q.where and _TWO_COUNTS.search(text) \
                and not rx.search(r"(?:另外|其余|其他|其它|剩下|剩余)(?:的)?(?:那)?(?:两|俩|二|三|四|五|几)(?:个|项|条)", text) \
                and not [c for c in q.content if not _TWO_COUNTS.search(c) and not rx.fullmatch(r"[两俩二]家|[两俩二]个|[两俩二]者|[两俩二]组|数量|个数|项数|牵头|参与", c)]:
            # "A牵头的几项" → "B的呢" → "两家的数量一样吗": the last two lists, counted and compared
            if (field := _FIELD_ASKED.search(text)) is not None and not rx.search(r"数量|数目|个数|项数|几项|几条|多少", text):
                # "提到无人机巡检的" → "不停电作业的呢" → "这两条期限一样吗": the field of their tasks compared, not their counts
                return replace(prev, where=Or((earlier_q.where, prev.where)), count=False, extreme="", top=0, followup="compare_lists",
                               same=_field_name(field), question=q.question, unparsed=())
            return replace(q, target="groups", groups=(earlier_q.where, prev.where), count=True, where=None, subject="", content=(),
                           followup="compare_lists", unparsed=())
        if prev is not None and prev.collection and prev.target == "tasks" and len(state.result) >= 2 and not state.lost and not q.refs \
                and q.where is None and (field := _FIELD_ASKED.search(text)) is not None and rx.search(r"一样|相同|一致", text[field.end():]) \
                and not rx.search(r"数量|数目|个数|项数|几项|几条|多少|跟|和|与|比", text):
            # "…有哪些" then "这两条的牵头单位一样吗": whether the tasks shown share that field — never one task's field
            return replace(prev, same=_field_name(field), count=False, extreme="", top=0, followup="same", question=q.question, unparsed=())
        if prev is not None and prev.collection and prev.target == "tasks" and not state.lost and not q.refs and q.where is None and not q.subject \
                and rx.fullmatch(r"(?:那|那么)?(?:它们的|这些的?|总)?(?:数量|数目|个数|总数|条数|项数)(?:是多少|有多少|多少|是几)?(?:呢|啊)?[？?。]?|(?:那|那么|这个|那这个|这些|那这些|那它|它|那它们|它们|(?:剩下|剩余|余下)的?(?:这|那)些(?:任务)?)?(?:现在|目前|这样|这下)?(?:列表|清单)?(?:里|中)?(?:一共|总共|共|合计|总计|(?:还|只|就|总共|一共)?剩下?|剩余)?(?:是|有)?(?:几|多少)\s*(?:项|条|个)(?:任务)?(?:了)?(?:呢|啊|来着|了)?[？?。]?", text.strip()):
            # "一共几条？" after a list: the count of that list
            return replace(prev, count=True, followup="repeat")
        focus = self.ledger.task(state.mentioned[-1]) if prev is not None and not prev.collection and state.mentioned else \
            self.ledger.task(state.result[0]) if prev is not None and prev.collection and len(state.result) == 1 and not prev.count else None
        said = [c for c in (q.content or tuple(q.subject.split())) if len(c) >= 2]
        if focus is not None and not q.refs and (q.where is not None or said) and _HYPOTHETICAL.match(text) \
                and all(isinstance(a, TextHas) and any(_loosely_in(t, self.texts.get(focus.id, "")) for t in a.terms) for a in atoms(q.where)) \
                and all(_loosely_in(c, self.texts.get(focus.id, "")) for c in said):
            # "…停电前要提前告知吗" (16.4) then "要是涉及居民小区呢，还要做什么": a case the task in focus itself provides for
            # ("涉及居民住宅小区的，还需…"), not a new list of the tasks that name it
            return replace(q, refs=(focus.id,), where=None, target="lookup", subject="", content=(), search_text="", followup="subject")
        words = [c for c in q.content or q.subject.split() if len(c) >= 2 and self.covered(c) and not _SUPERLATIVE_WORD.fullmatch(c)]
        if focus is not None and q.subject and not q.refs and q.where is None and (action := self.g("pointer_action").search(text)) \
                and all(w in self.texts.get(focus.id, "") or w in action.group(0) for w in words):
            # "这个整治要求什么时候之前完成" after 8.1 (which says 治理): the work the task in focus asks, called by its kind
            if not [c for c in (q.content or q.subject.split()) if len(c) >= 2 and c not in action.group(0)]:
                return replace(q, refs=(focus.id,), subject="", content=(), search_text="", followup="subject")
            words = [w for w in words if w not in action.group(0)]
        if focus is not None and words and q.subject and not q.refs and q.where is None and q.target in (*_FIELDS, "lookup", "figure") \
                and not rx.search(r"不限|只看|那些|哪些|哪几|放宽|其中|这些|它们", text) and not self.g("position").search(text) \
                and (all(w in self.texts.get(focus.id, "") for w in words)
                     or (rx.search(r"这个|这条|这项|该项|此项", text) and any(w in self.texts.get(focus.id, "") and self.tasks_with(w) <= 3 for w in words))):
            # "频繁停电那条…" then "清零的完成时限到底是哪年？": words of the task in focus are about it, not a new search
            return replace(q, refs=(focus.id,), subject="", content=(), search_text="", followup="subject")
        if focus is not None and words and q.subject and not q.refs and q.target in (*_FIELDS, "lookup", "figure") \
                and any(w in self.texts.get(focus.id, "") for w in words) and not self.g("fresh").search(text) \
                and not rx.search(r"呢[？?。!！]*$|^(?:那|那么|换成|改成)", text.strip()):  # "那电动汽车充电设施那条呢？" is another one
            q = replace(q, focus=focus.id)  # "涉及居民小区的，要提前向谁报告？": if the search finds it among the best, it is meant
        if prev is None and state.lost and not went_back and not q.refs and self.g("narrow").search(text):
            return replace(q, refuse="lost_context")  # "其中已逾期的有几项" after a turn not understood: among what is not known
        if prev is None or (not (went_back and prev.collection) and not self.is_elliptical(text, q, state)):
            return q
        if _POSSESSIVE.search(text) and not q.refs and (prev is None or state.lost or not prev.collection) and not find(q.where, (MeasureIn, UnitIs)):
            return replace(q, refuse="lost_context")  # "Which of its tasks…" with nothing shown for "its" to point at
        if state.lost and not went_back:
            # "其中…呢" after a question that was not understood points at nothing; a question with words of its own stands alone
            pointing = any(g.search(text) for g in (self.g("narrow"), self.g("position"), self.g("units_ref"))) or any(
                not rx.match(r"(?!任务|项|条|个|呢|的|几|哪|是|有|都)[\u4e00-\u9fff]{2}", text[m.end():]) for m in self.g("complement").finditer(text))
            # ("下次办别的业务还要再交吗": 别的 before a noun of its own is no pointer into a list)
            own = bool(q.subject or q.refs or q.content or q.where is not None)
            return q if own and not pointing else replace(q, refuse="lost_context")
        g = self.g
        narrowing = bool(g("narrow").search(text)) and not g("correction").search(text) \
            and not rx.match(r"\s*(?:那|那么|好的?|再)?\s*[，,]?\s*(?:换成|改成|换为|改为|换回|改回|切换成|切回|再换回|再换成)", text)
        # "不对，我是说只要…": a correction replaces; "换成省能源局呢，也只看…" / "再换回发改委" swap a condition, never narrow
        def key(a: object) -> str:  # a status by its value, not by the words that said it (过期 / 已经过了)
            return repr(replace(a, said="")) if isinstance(a, StatusIs) else repr(a)
        named = [i for i, o in enumerate(state.earlier) if o.query is not None and o.query.collection and atoms(o.query.where)
                 and {key(a) for a in atoms(o.query.where)} <= {key(a) for a in atoms(q.where)}]
        if (narrowing or rx.search(r"这些|那些|上面|刚才|前面", text)) and not prev.collection and named:
            # "第一条和最后一条分别是谁牵头" then "这些2026年底前的任务里，涉及小区的有哪些": the list named again by its condition
            before = state.earlier[named[-1]]
            assert before.query is not None
            prev, state = before.query, replace(before, earlier=state.earlier[: named[-1]])
        if not prev.collection and prev.refs and len(state.result) >= 2 and (narrowing or q.collection):
            # "它们各自的完成时限呢" then "其中已经过期的是哪几项": the tasks that answer showed are the list in play
            prev = replace(prev, target="tasks", where=TaskIn(state.result), refs=(), subject="", content=(), count=False)
        if not prev.collection and q.collection and q.where is not None and not q.refs and not narrowing \
                and rx.search(self.g("task_nouns").pattern, text) and find(q.where, UnitIs):
            return q  # "那住建厅参与的任务里有没有2027年底前的？" after one item: a list of its own, not within that item
        lists = [i for i, o in enumerate(state.earlier) if o.query is not None and o.query.collection and state.result
                 and set(state.result) <= set(o.result)]
        elsewhere = any(n not in {t.measure_no for i in state.result if (t := self.ledger.task(i))}
                        for a in find(q.where, MeasureIn) for n in a.nos)  # "那措施7里面…呢" after one task of measure 6: not within it
        if not prev.collection and q.collection and q.where is not None and not q.refs and (not narrowing or elsewhere) and lists:
            # "第一条说的是啥" (then "不对，是第四条") then "那2027年底前的呢": a condition after questions about items of a
            # list continues that list
            before = state.earlier[lists[-1]]
            assert before.query is not None
            prev, state = before.query, replace(before, earlier=state.earlier[: lists[-1]])
        if not prev.collection and len(state.result) <= 1 and narrowing and lists and rx.search(
                r"哪些|哪几(?![个项条]?措施)|\bwhich (?:ones|of)\b|(?:这|那)些(?!\s*(?:单位|部门|责任单位))|它们|\b(?:these|those|them)\b", text):
            # "第二个是谁牵头" then "其中哪些已经过期了" / "这些里面最早到期的是哪个": one task has no "which ones", and "these" are
            # more than one — the list it was picked from
            before = state.earlier[lists[-1]]
            assert before.query is not None
            prev, state = before.query, replace(before, earlier=state.earlier[: lists[-1]])
        if not prev.collection and len(state.result) == 1 and lists and q.where is None and not q.subject \
                and (rest := g("complement").search(text)) is not None \
                and not rx.match(r"\s*(?:的)?(?:工作)?(?:单位|部门|措施|问题|事|地方|时候)", text[rest.end():]):
            # "第三条什么时候到期" then "其他几条呢" / "另外两条呢，期限一样吗": the rest of the list the item was picked from
            # (a narrowing that left only that item has no rest: the list it was narrowed from)
            before = state.earlier[next((i for i in reversed(lists) if len(state.earlier[i].result) > len(state.result)), lists[-1])]
            assert before.query is not None
            field = _FIELD_ASKED.search(text)
            return replace(before.query, target="tasks", where=all_of([*atoms(before.query.where), Not(TaskIn(state.result))]),
                           count=False, extreme="", top=0, by="", size=None, every=False, followup="complement", question=q.question,
                           same=_field_name(field) if field and rx.search(r"一样|相同|一致", text[field.end():]) else "", unparsed=())
        if isinstance(prev.where, TaskIn) and (named := self._named_list(prev.where.ids)) is not None:
            prev = replace(prev, where=named)  # a list known by the tasks shown is a measure's or a unit's: "那措施2呢" replaces it
        if (ref := g("units_ref").search(text)) and not prev.collection and state.mentioned and not q.refs and q.where is None \
                and rx.search(r"谁(?:来)?牵头|哪(?:个|家)(?:单位|部门)?(?:来)?牵头|谁(?:排|是)第一|牵头的?是(?:谁|哪)", text):
            # "谁负责" (one task) then "这几个单位里谁牵头": the lead of that task
            return replace(q, target="responsible", refs=state.mentioned[-1:], where=None, subject="", content=(), unparsed=(),
                           followup="subject")
        if (ref := g("units_ref").search(text)) and state.units and not q.refs:
            # "这两个部门共同负责的" / "两个都参与的呢": a question about the units named before, complete otherwise
            word = ref.group(0)
            k = 3 if "三" in word else 2 if rx.search("[俩两二]", word) else 1 if rx.search("个|该|它(?!们)", word) else len(state.units)
            among = [a for a in atoms(q.where) if isinstance(a, UnitIs) and len(a.units) == 1 and a.units[0] in state.units[-k:]]
            if k >= 2 and len(among) == 1 and q.collection and rx.search(r"(?:里面?|中|当中|之中|里头)\s*[，,]?", text[ref.end():ref.end() + 4]):
                # "这两家里面，省能源局牵头的2025年底前到期的有几项": one of them, named — its own list, not theirs together
                return replace(q, followup="units", subject="", content=(), refs=(), unparsed=q.unparsed)
            if k == 2 and len(state.units) >= 2 and _ONE_OF_TWO.search(text):
                # "这两家中只有一家参与、另一家不参与的": either one without the other
                a, b = state.units[-2:]
                others = [x for x in atoms(q.where) if not isinstance(x, UnitIs)]
                one = Or((And((UnitIs((a,)), Not(UnitIs((b,))))), And((UnitIs((b,)), Not(UnitIs((a,)))))))
                base = prev if prev.collection else q
                return replace(base, target="tasks", where=all_of([one, *others]), count=base.count or bool(rx.search(r"几|多少", text)),
                               subject="", content=(), refs=(), followup="units", unparsed=())
            if k >= 2 and rx.search(r"一样|相同|一致|重合|同一批|同一些|同一组|同样的任务|区别|差别|分别|各(?:有|是|自)|差几|相差|最多|最少|谁\S{0,6}(?:多|少)|哪(?:家|个)\S{0,6}(?:多|少)", text):
                mode = "lead" if "牵头" in text else "has"  # "这三家里谁牵头的最少": each one's own count, then the extreme
                groups = tuple(all_of([UnitIs((u,), mode), *[a for a in atoms(q.where) if not isinstance(a, UnitIs)]]) for u in state.units[-k:])
                return replace(q, target="groups", groups=groups, count=True, where=q.where, subject="", content=(), refs=(),
                               followup="units", unparsed=())
            if k >= 2 and ("牵头" in text or rx.search(r"加起来|加在一起|合起来|合计|之和|相加", text)):
                # "这两个单位牵头的加起来一共几项": a task has one lead, so the tasks either leads (their sum); "参与的加起来":
                # each one's count, summed, and the tasks counted once
                mode = "lead" if "牵头" in text else "has"
                others = [a for a in atoms(q.where) if not isinstance(a, UnitIs)]
                if not others and prev.collection and rx.search(r"呢\s*[？?]?\s*$", text):
                    # "…2027年底前的" then "这两家牵头的加起来呢": said elliptically, the list's other conditions still hold
                    others = [a for a in atoms(prev.where) if not isinstance(a, UnitIs)]
                if mode == "lead":
                    where = all_of([Or(tuple(UnitIs((u,), "lead") for u in state.units[-k:])), *others])
                    base = q if q.collection else replace(prev if prev.collection else q, target="tasks")
                    return replace(base, target="tasks", where=where, count=bool(rx.search(r"几|多少", text)) or base.count, subject="", content=(),
                                   followup="units", unparsed=())
                groups = tuple(all_of([UnitIs((u,)), *others]) for u in state.units[-k:])
                return replace(q, target="groups", groups=groups, count=True, where=all_of(others), subject="", content=(), refs=(),
                               followup="sum", unparsed=())
            if k == 1 and prev.collection and rx.search(r"放宽|放松|宽松|只要", text) and not q.where:
                # "放宽一点，…牵头就行" then "再放宽，只要有它参与": its relation loosens, the other conditions stay
                unit = state.units[-1]
                kept = [a for a in atoms(prev.where) if not (isinstance(a, UnitIs) and unit in a.units)]
                return replace(prev, where=all_of([*kept, UnitIs((unit,))]), question=q.question, followup="relax", unparsed=())
            leads = k == 1 and bool(rx.match(r"\s*(?:一共|总共|共|都|还|自己|亲自)?\s*(?:来|作为|是|为|当|担任)?\s*(?:牵头|排(?:在)?第一)(?:单位|部门)?(?:了)?(?:的)?\s*(?:是|都是|一共|共)?\s*(?:别的|其他|其它|其余|另外)?(?:的)?\s*(?:任务|几|多少|哪|有|那|这|里|中)", text[ref.end():])) \
                and not rx.search(r"(?:不|不一定|不用|不必|无需|没)\S{0,3}$", text[: ref.start()])
            where = all_of([*atoms(q.where), UnitIs(state.units[-k:], "lead" if leads else "has")])  # "这个单位一共牵头多少项"
            if not prev.collection and len(state.result) == 1 and rx.search(r"别的|其他|其它|其余|另外", text[ref.end():]):
                where = all_of([*atoms(where), Not(TaskIn(state.result))])  # "这条的牵头单位是谁" then "这个单位还牵头了别的哪些任务"
            base = q if q.collection else replace(prev if prev.collection else q, target="tasks")
            return replace(base, target=base.target if base.collection else "tasks", where=where, subject="", content=(),
                           followup="units", unparsed=tuple(u for u in q.unparsed if not rx.search("两|俩|三|家", u)))
        if q.target == "measures" and q.where is None and not q.content and not q.refs and state.result and (prev.collection or len(state.result) >= 2):
            return replace(q, where=prev.where if prev.collection and prev.where is not None else TaskIn(state.result), followup="measures")
        if q.target == "units" and q.where is None and not q.content and not q.refs:
            if not prev.collection and state.mentioned:
                return replace(q, target="responsible", refs=state.mentioned[-1:], count=False, followup="subject")
            if prev.collection:
                return replace(q, where=prev.where if prev.target != "units" or prev.where is not None else TaskIn(state.result),
                               followup="units")
        for kind in (UnitIs, MeasureIn):
            # "省能源局参与几项" then "跟省住建厅比，差几项" / "措施13有几项任务" then "跟措施15比，哪个多，各几项": the two, each counted,
            # within what else was said
            new_one = [a for a in atoms(q.where) if isinstance(a, kind) and not (isinstance(a, MeasureIn) and len(a.nos) != 1)]
            old_one = [a for a in atoms(prev.where) if isinstance(a, kind) and not (isinstance(a, MeasureIn) and len(a.nos) != 1)]
            if len(new_one) == 1 and len(old_one) == 1 and new_one[0] != old_one[0] and prev.collection and rx.search(r"比", text) \
                    and rx.search(r"差|多|少|各", text):
                common = [a for a in atoms(prev.where) if a not in old_one]
                groups = tuple(all_of([c, *common]) for c in (old_one[0], new_one[0]))
                return replace(q, target="groups", groups=groups, where=all_of(common), count=True, followup="compare", unparsed=())
        edge = q.extreme if q.extreme in ("latest", "earliest") else _edge(text)
        if prev.collection and q.where is None and not q.subject and not q.refs and edge and q.target not in ("units", "breakdown", "groups"):
            # "它们里面最晚的是哪几条" / "其中完成时限最早的是哪一项": the earliest / latest within the list shown
            return replace(prev, target="tasks", count=False, extreme=edge, by="", every=False, size=None, followup="narrow")
        own_subject = bool(q.subject or q.refs) and not q.collection
        if own_subject and narrowing and prev.collection and q.subject and not q.refs and q.target in ("responsible", "deadline", "days_left") \
                and any(len(c) >= 2 and self.covered(c) and not rx.search(r"一项|一条|条件|限定|缩小|哪", c) for c in q.content):
            # "里面讲预付电费的那条时限是？": the task described, searched among those shown
            return replace(q, where=all_of([*atoms(prev.where), *atoms(q.where)]), followup="within")
        if own_subject and not narrowing:
            if not prev.collection and q.target == "lookup":
                # "那智能客服呢？" after a single-field question: same field, new subject
                return replace(q, target=prev.target if prev.target in _FIELDS else q.target, followup="substitute")
            return q
        if find(prev.where, MeasureIn) and not find(q.where, MeasureIn) and (
                bare := rx.search(rf"第\s*{_NUM}\s*(?:项|条)(?!\s*(?:具体)?任务)", text)):
            again = self.parse(text[: bare.end()] + "措施" + text[bare.end():], today)
            if find(again.where, MeasureIn):
                q = replace(again, question=q.question)
        where_new = q.where
        if own_subject and narrowing and prev.collection:
            implicit, _ = self._implicit_keywords(list(q.content), text)
            where_new = all_of([*atoms(where_new), *implicit])
        # units named in earlier turns: 这俩部门共同负责的 / 这个部门
        ref = g("units_ref").search(text)
        lead = "牵头" in q.unparsed or bool(ref and rx.match(r"\s*(?:来|作为|是|为|当|担任)?\s*(?:牵头|leads?\b)", text[ref.end():]))  # 它牵头的 / the ones it leads
        if ref and state.units:
            word = ref.group(0)
            k = 3 if "三" in word else 2 if rx.search("[俩两二]", word) else 1 if rx.search("个|该", word) else len(state.units)
            where_new = all_of([*atoms(where_new), UnitIs(state.units[-k:], "lead" if lead and k == 1 else "has")])
        elif lead and len(named := {u for a in atoms(prev.where) if isinstance(a, UnitIs) for u in a.units}) == 1:
            where_new = all_of([*atoms(where_new), UnitIs(tuple(named), "lead")])  # “其中它牵头的”: the unit in play, as lead
        if lead and ((ref and state.units) or find(where_new, UnitIs)):
            q = replace(q, unparsed=tuple(u for u in q.unparsed if u != "牵头"))
        if g("compare").search(text) and len(state.mentioned) >= 2 and not prev.collection:
            return replace(q, target="compare", refs=state.mentioned[-2:], where=None, followup="compare", unparsed=(), extreme=_latest(text))
        if g("compare").search(text) and prev.collection and 2 <= len(state.result) <= 30 and not find(q.where, MeasureIn):
            return replace(q, target="compare", refs=state.result, where=None, followup="compare_list", unparsed=(), extreme=_latest(text))
        if prev.collection and where_new is not None and _ALSO_COUNTED.search(text) \
                and (back := [a for a in atoms(where_new) if not isinstance(a, Not) and Not(a) in atoms(prev.where)]):
            # "不算持续推进的，…有多少项" then "如果把持续推进的也算上呢": what was taken out is counted again — never only it
            kept = [a for a in atoms(prev.where) if not (isinstance(a, Not) and a.item in back)]
            return replace(prev, where=all_of([*kept, *(a for a in atoms(where_new) if a not in back)]), followup="relax",
                           question=q.question, unparsed=q.unparsed)
        if rx.search(r"(?:这些|上面|刚才|前面|以上|(?:这|那)\s*[0-9一二三四五六七八九十两]{1,3}\s*[项条个])(?:的)?(?:任务)?(?:之外|以外)", text) and prev.collection:
            return replace(q, target="tasks", where=all_of([*atoms(where_new), Not(TaskIn(state.result))]), followup="exclude",
                           unparsed=tuple(u for u in q.unparsed if u not in ("之外", "以外")))
        if q.target == "groups" and q.groups and prev.collection and prev.where is not None and prev.followup != "narrow" \
                and rx.search(r"(?:剩下|剩余|余下)(?:的)?(?:这|那)(?:些|几)", text):
            # "去掉…" then "剩下这些，2026年底前和2027年底前各几条": each group within the list just shown (what was left)
            return replace(q, groups=tuple(all_of([*atoms(prev.where), *atoms(g_)]) for g_ in q.groups),
                           where=all_of([*atoms(prev.where), *atoms(q.where)]), followup="narrow")
        rest_first = (c := g("complement").search(text)) is not None and (not narrowing or c.start() <= g("narrow").search(text).start()) \
            and (prev.followup == "narrow" or not rx.match(r"\s*(?:的)?(?:这|那)(?:些|几)(?:[项条个])?\s*(?:里|中|当中)", text[c.end():]))  # type: ignore[union-attr]
        # ("剩下这些里": the list just shown — unless it was just narrowed: "其中…占几项" then "剩下的那些里面": the rest of the list before)
        if rest_first and prev.collection and not any(isinstance(a, Not) for a in atoms(where_new)) \
                and prev.followup != "exclude":  # "剩下有年份的里面…": the rest first; after "剔除…", "剩余任务" is what the list kept
            if (prev.extreme or prev.top) and prev.where is not None and state.result:
                # "哪条最早到期" then "另外两条呢": the rest of the list the pick was made from — never its conditions flipped
                pool: Cond | None = prev.where
                if not select(self.ledger.tasks, all_of([*atoms(pool), Not(TaskIn(state.result))]), today):
                    # "这项措施下，有明确年份的…里最早的" then "剩下那条呢": nothing is left of the set the pick was made from, so
                    # the rest meant is of the list shown before it — or, with none, not known
                    wider = next((o for o in reversed(state.earlier) if o.query is not None and o.query.where is not None
                                  and set(o.result) > set(state.result)), None)
                    if wider is None or wider.query is None:
                        return replace(q, refuse="lost_context")
                    pool = wider.query.where
                return replace(prev, where=all_of([*atoms(pool), Not(TaskIn(state.result)), *atoms(where_new)]), extreme="", top=0,
                               count=q.count or prev.count, followup="complement", same=_same_asked(text), unparsed=(), target="tasks" if prev.target in ("breakdown",) else prev.target)
            parent = state.parent
            if parent is not None and isinstance(prev.where, TaskIn) and parent.where is not None \
                    and set(prev.where.ids) < {t.id for t in select(self.ledger.tasks, parent.where, today)}:
                # the narrowed list known only by the ids the client showed: the rest of the list it was narrowed from
                return replace(parent, where=all_of([*atoms(parent.where), Not(prev.where), *atoms(where_new)]), count=q.count or parent.count,
                               followup="complement", same=_same_asked(text), unparsed=(), question=q.question)
            if parent is not None and not set(map(repr, atoms(parent.where))) < set(map(repr, atoms(prev.where))):
                # "第二个…" then "这四项里今年到期的…" then "另外那一项": the list narrowed was an earlier one, not the item asked
                # about in between — the latest earlier list whose conditions the narrowed list keeps
                parent = next((o.query for o in reversed(state.earlier) if o.query is not None and o.query.collection
                               and set(map(repr, atoms(o.query.where))) < set(map(repr, atoms(prev.where)))), None)
            if parent is not None:
                base_where = parent.where
            else:  # no earlier list: the scope (units, measures) stays, the qualifiers (time, status, keywords) flip
                scope = [a for a in atoms(prev.where) if kind_of(a) in ("unit", "measure", "ledger")]
                base_where = all_of(scope) if scope and len(scope) < len(atoms(prev.where)) else None
            delta = _difference(prev.where, base_where)
            if delta is not None and atoms(delta) and all(isinstance(a, Not) for a in atoms(delta)) and parent is not None \
                    and rx.search(r"排除|去掉|剔除|除掉|刨去|刨除|拿掉|不算|不要|删掉", prev.question) and where_new is not None:
                # "排除持续推进的" then "剩下的里面今年到期的": what was left after taking some out is the list just shown
                return replace(prev, where=all_of([*atoms(prev.where), *atoms(where_new)]), count=q.count or prev.count, followup="narrow",
                               unparsed=(), target="tasks" if prev.target in ("breakdown",) else prev.target)
            new_where = all_of([*atoms(base_where), negate(delta)] if delta is not None else [Not(TaskIn(state.result))])
            return replace(prev, where=all_of([*atoms(new_where), *atoms(where_new)]), count=q.count or prev.count, followup="complement", same=_same_asked(text),
                           unparsed=(), target="tasks" if prev.target in ("breakdown",) else prev.target)
        if q.target == "groups" and prev.collection and prev.where is not None and (narrowing or not q.groups):
            # "这里面2025年底前的几项，2026年底前的几项": each group within the list shown
            groups = tuple(all_of([*atoms(prev.where), *atoms(g_)]) for g_ in q.groups)
            return replace(q, groups=groups, where=all_of([*atoms(prev.where), *atoms(q.where)]), followup="narrow")
        if prev.collection and where_new is None and not q.subject and not (q.target == "breakdown" and rx.search(r"多少|几", text)) \
                and rx.search(r"哪些|哪几|列出|列一下|分别是|都是什么|是什么|which|list", text):
            if prev.target in ("units", "measures") and (self.lexicon.intents["deadline"].search(text) or rx.search(r"任务", text)):
                # "它下面的任务时限分别是什么？" after the units of a measure: its tasks, each with its deadline
                # (measures picked by a ranking or a size: their tasks by id, the ranking is not a condition on tasks)
                where = TaskIn(state.result) if (prev.extreme or prev.size or prev.every) and state.result else prev.where
                return replace(prev, target="tasks", where=where, count=False, by="", extreme="", size=None, every=False, followup="repeat")
            # an English word not understood ("which one is due earliest") is never dropped, nor a role or a denial said
            # with nothing read from it ("其中它作为牵头单位的…" with no unit in play): the list is never shown again as if it answered
            said = tuple(dict.fromkeys(rx.findall(r"牵头|不是|并非|除了|之外|以外|没有", text)))
            return replace(prev, count=False, followup="repeat", unparsed=(*(u for u in q.unparsed if u.isascii()), *said))
        # a field of the previous answer: "什么时候完成？" "那由谁负责？"
        if not q.collection and q.target != "breakdown" and not q.subject and not q.refs and where_new is None:
            if prev.collection and 1 <= len(state.result) <= 3:
                return replace(q, refs=state.result, followup="subject")
            if state.mentioned and not prev.collection:
                target = q.target if q.target != "lookup" else prev.target
                return replace(q, target=target, refs=_last_named(state), followup="subject")
            return q  # ambiguous: no single task to point at
        if not prev.collection and len(state.result) >= 2 and where_new is not None and not q.refs and not find(where_new, TaskIn) \
                and narrowing:
            # several tasks shown for one question ("…充电设施相关的 tasks" found three), then "which one has the deadline 2026年底前?":
            # among the tasks shown
            return replace(q, target="tasks", where=all_of([TaskIn(state.result), *atoms(where_new)]), refs=(), followup="narrow")
        if prev.collection or (q.collection and prev.where is not None):
            target = q.target if q.collection and q.target != "tasks" else prev.target if not q.collection else "tasks"
            if target in ("totals", "groups") or (target == "units" and rx.search(r"哪(?:几|些)?(?:项|条|个任务)|几项|多少项", text)):
                target = "tasks"  # "其中持续推进的是哪一项" after a total or a list of units: the tasks
            inside = rx.search(r"(?:措施|这[两俩几三]?[条个项]|这些|它们)\S{0,2}(?:里|中|当中|里面|之中|下面?|加起来|合起来|加在一起|合在一起|合计|一共|总共)", text)  # "这两条措施里…几项"
            if q.collection and q.target == "tasks" and prev.target in ("measures", "units") and not rx.search(g("task_nouns").pattern, text) \
                    and not (prev.target == "measures" and inside) and not (q.extreme and rx.search(r"哪(?:一)?(?:项|条)", text)):
                # ("第15项里面最早到期的是哪条" after the units of two measures: a task asked for, not the units again)
                target = prev.target
            if inside and target == "measures" and not rx.search(r"(?<![这那])(?:几|多少|哪些|哪几|哪)\s*[个项条]?\s*(?:工作)?措施", text):
                target = "tasks"  # "这些措施里面持续推进的一共几项": the tasks inside them
            count = q.count if q.collection else prev.count
            if narrowing and not q.collection and (q.subject or q.content) and not q.refs:
                # "其中讲竣工检验的是哪条": a word placed as a topic (after 提到, before 的任务, a ledger phrase) narrows
                # the list as a keyword — never dropped, which would repeat the list as if it answered
                words = [w for w in dict.fromkeys(q.content or tuple(q.subject.split())) if len(w) >= 2]
                joined = [a + b for a, b in itertools.pairwise(words) if a + b in text and self.in_ledger(a + b)]
                # 竣工 + 检验, typed side by side: the ledger's own phrase 竣工检验 is a keyword as it stands
                placed = [k for k in [self._keyword(joined[0])] if k is not None] if joined else self._implicit_keywords(words, text)[0]
                if where_new is None and not placed and words and not q.extreme:
                    # "其中跟那个什么…沾点边的": nothing the follow-up says was understood; the list shown again would look like an answer
                    return replace(prev, target=target, followup="narrow", unparsed=tuple(words))
                where_new = all_of([*atoms(where_new), *placed])
            if narrowing and rx.search(r"(?:去掉|除掉|排除掉?|剔除|刨掉|不要了?|拿掉)", text) and where_new is not None:
                verb = rx.search(r"(?:去掉|除掉|排除掉?|剔除|刨掉|不要了?|拿掉)", text)
                after = rx.split(r"[，,。；;！!？?]", text[verb.end():])[0] if verb else ""
                if not any(isinstance(a, Not) for a in atoms(where_new)) and (
                        len(rx.sub(r"吧|呢|了|\s", "", after)) < 2 or rx.match(r"\s*(?:所有|全部|那些|这些)?(?:提到|提及|涉及|包含|含有|写到|写了|带有?|含)", after)):
                    # "再把已经过期的去掉": the verb after the condition, which the parser read as it stands; "再排除提到占掘路的": a
                    # verb before a keyword cue, which the parser did not read as a negation either
                    where = all_of([*atoms(prev.where), *(a if isinstance(a, Not) else negate(a) for a in atoms(where_new))])
                else:  # "剔除省能源局不是牵头单位的任务": the verb before it, already read as a negation by the parser
                    where = all_of([*atoms(prev.where), *atoms(where_new)])
                # "去掉省电力公司参与的" then "那去掉省电力公司牵头的呢": the unit's role taken out said again replaces the one before
                kept = _roles_not_said_again(atoms(prev.where), [a for a in atoms(where) if a not in atoms(prev.where)])
                where = all_of([a for a in atoms(where) if a in kept or a not in atoms(prev.where)])
                cut = {repr(a.item) for a in atoms(where) if isinstance(a, Not)}
                if any(repr(a) in cut for a in atoms(prev.where)):
                    # "其中持续推进的是哪些" then "去掉持续推进的，还剩多少项": the condition that narrowed the list is taken away again
                    where = all_of([a for a in atoms(where) if repr(a) not in cut])
                mode = "exclude"
            elif narrowing:
                new_nos = {n for a in atoms(where_new) if isinstance(a, MeasureIn) for n in a.nos}
                old_atoms = atoms(prev.where)
                if new_nos and any(isinstance(a, MeasureIn) and not set(a.nos) & new_nos for a in old_atoms):
                    # "措施4呢" then "措施5呢？其中2026年底前的有几项": a task is in one measure — the new one replaces the old
                    old_atoms = [a for a in old_atoms if not isinstance(a, MeasureIn)]
                # "其中由它牵头的有几项" then "那它们参与的任务里，…": a unit's role said again replaces the role before, never both
                old_atoms = _roles_not_said_again(old_atoms, atoms(where_new))
                # "其中设区市也参与的" then "剩下那几个…设区市没参与的呢": a condition denied now is the one before turned round
                denied = {repr(a.item) for a in atoms(where_new) if isinstance(a, Not)} if g("complement").search(text) else set()
                old_atoms = [a for a in old_atoms if repr(a) not in denied]  # (said "within these", both stand: asked about)
                where = all_of([*old_atoms, *atoms(where_new)])
                mode = "narrow"
                if not select(self.ledger.tasks, where, today) and select(self.ledger.tasks, prev.where, today) \
                        and all(kind_of(a) in ("status", "deadline") for a in atoms(where_new)) \
                        and select(self.ledger.tasks, swapped := _substitute(prev.where, where_new), today):
                    # "已经到期的有几项" then "还没到期的里面…": a time that cannot hold with the one before replaces it
                    where, mode = swapped, "substitute"
                elif isinstance(prev.where, TaskIn) and not select(self.ledger.tasks, where, today) \
                        and all(kind_of(a) in ("status", "deadline") for a in atoms(where_new)):
                    # "时限是去年年底的呢" after a list known only by its tasks, none of them with that time: a time swapped in a
                    # list whose other conditions are not known — never "0 项" as if the list had been narrowed
                    return replace(q, refuse="lost_context")
            else:
                if g("correction").search(text):  # "不对，是省能源局，不是住建厅": the old value named as wrong is not an exclusion
                    old = atoms(prev.where)
                    # (said alone, the denial is the correction itself: "更正：应为牵头单位不是省电力公司的任务")
                    # ("它参与了、但不是牵头的": the same unit's role refined — the denial stands)
                    # ("不对，我是说还没过期、而且有具体年份的": a denial said with 还没 / 未 is a condition of its own, not the old value named)
                    named_wrong = bool(rx.search(r"不是|并非|而非|不要|而不|\bnot\b|\brather than\b|\binstead of\b", text, re.I))
                    where_new = all_of([a for a in atoms(where_new) if not (named_wrong and isinstance(a, Not) and _names_old(a.item, old) and any(
                        not isinstance(b, Not) and kind_of(b) == kind_of(a.item) and b != a.item
                        and not (isinstance(b, UnitIs) and isinstance(a.item, UnitIs) and set(b.units) & set(a.item.units)) for b in atoms(where_new)))])
                    topic = (TextHas, MeasureIn)
                    said_kinds = {type(a) for a in atoms(where_new) if isinstance(a, topic)}
                    if said_kinds and any(isinstance(a, topic) and type(a) not in said_kinds for a in old):
                        # "小区供电相关的任务" then "我刚才说的不准确，我要的是措施15下面的": the topic named as wrong gives way
                        # to the one said now (a keyword to a measure, or back); units and times are kept as they were
                        prev = replace(prev, where=all_of([a for a in old if not isinstance(a, topic)]))
                if isinstance(prev.where, TaskIn) and len(prev.where.ids) >= 2 and not q.refs:
                    # "这几项的完成时限分别是什么" then "不对，我要问的是省水利厅": the list those items were shown in, by its conditions
                    named = next((o.query for o in reversed(state.earlier) if o.query is not None and o.query.collection
                                  and o.query.where is not None and not isinstance(o.query.where, TaskIn)
                                  and set(o.result) == set(prev.where.ids)), None)
                    if named is not None:
                        prev = named
                        target = target if target != prev.target and q.collection else prev.target
                if isinstance(prev.where, TaskIn) and len(prev.where.ids) >= 2 and find(where_new, UnitIs) and not find(where_new, TaskIn) \
                        and not q.refs:
                    # "那省能源局呢" after a list known only by the tasks shown: whose list it was is not known, so neither
                    # replacing that unit nor narrowing the list to the new one is what was asked (a time narrows it: 那明年的呢)
                    return replace(q, refuse="lost_context")
                if prev.collection and not state.result and q.collection and where_new is not None \
                        and set(map(repr, atoms(where_new))) & set(map(repr, atoms(prev.where))):
                    # "省住建厅在这项里负责什么" (none) then "好吧，那第16项里2025年底前的有哪些": the measure said again starts over
                    # from it — the condition that found nothing is not carried into the new question
                    return replace(q, followup="")
                where = _substitute(prev.where, _keep_unit_mode(prev.where, where_new, text))
                kept = set(map(repr, atoms(prev.where)))
                # "哪几个是持续推进的" after a list with no time condition: nothing replaced, the list narrowed (剩下的 is its rest)
                mode = "narrow" if prev.where is not None and kept < set(map(repr, atoms(where))) else "substitute"
            common = set.intersection(*({repr(a) for a in atoms(grp)} for grp in prev.groups)) if prev.groups else set()
            differ = {kind_of(a.item if isinstance(a, Not) else a) for grp in prev.groups for a in atoms(grp) if repr(a) not in common}
            if prev.target == "groups" and prev.groups and where_new is not None and not q.refs \
                    and not {kind_of(a.item if isinstance(a, Not) else a) for a in atoms(where_new)} & differ:
                # "A牵头的和B牵头的各有多少项" then "只算2027年底前的呢": the condition holds for each group, never for one list
                # instead of them (one of the groups named again — "把A牵头的列出来" — is a list of its own)
                return replace(prev, groups=tuple(_substitute(grp, where_new) for grp in prev.groups), followup=mode, unparsed=q.unparsed,
                               question=q.question)
            keep_shape = target == prev.target  # a list of tasks inside the measures shown keeps none of their ranking
            replaced = bool(set(map(repr, atoms(prev.where))) - set(map(repr, atoms(where))))  # "不对，我要的是今年的": a time swapped
            if not keep_shape and (prev.extreme or prev.size or prev.every) and state.result and not replaced:
                # the measures shown were picked by a ranking the condition does not hold: their tasks, by id
                where = all_of([TaskIn(state.result), *[a for a in atoms(where) if a not in atoms(prev.where)]])
            return replace(prev, target=target, count=count, where=where, by=q.by or (prev.by if keep_shape else ""),
                           every=q.every or (prev.every and keep_shape), size=q.size or (prev.size if keep_shape else None),
                           extreme=q.extreme or (prev.extreme if keep_shape else ""),
                           followup=mode, unparsed=q.unparsed, completion=q.completion, question=q.question)
        return q


