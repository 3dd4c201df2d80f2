"""Stage 5, checks: a question read in the conversation, checked before it is answered — a number of tasks said of the list
shown ("那这10项里…" when it has 19) and measures named after 就 / 只有 are claims to check, never filters; conditions that can
never hold together (one deadline, one measure, one lead unit; a unit said to be alone beside another said to take part) are
asked about, never answered "0 项"; a claim about every task shown ("这几条都是省电力公司牵头的吗") is checked against each, and a
follow-up about the tasks just shown is bound to them ("没过期的那两条", "也算在里面吗", "还有哪条也是…")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from assistant import rx
from assistant.query import DeadlineIs, MeasureIn, Not, Or, Query, StatusIs, TaskIn, TextHas, UnitIs, all_of, atoms, find, kind_of, select
from assistant.text import cn_number, normalize
from assistant.understand.followup import Followups
from assistant.understand.patterns import clean_input
from assistant.understand.state import State

# "责任单位跟它完全一样": the units of what was shown, as a condition (not read)
_UNITS_LIKE_IT = rx.lazy(r"(?:责任单位|单位|部门)\S{0,4}?(?:跟|和|与|同)(?:它|它们|这条|这项|这个|该|上面)(?:措施|任务)?(?:的)?(?:完全|一模)?(?:一样|相同|一致)")

# "还有哪条也是…" / "还有哪些任务是同一个期限": others like the task just shown
_ALSO_ANOTHER = rx.lazy(r"(?:还有|另外还有|其他还有|除了它还有|除此之外还有)(?:哪|什么|几|没有|别的)\S{0,16}?(?:也|同一个|同样的?|一样的?|相同的?)")
# "没过期的那两条": items named by a condition said before a pointer with their number
_CHOSEN_BY = rx.lazy(r"的\s*(?:那|这)\s*(?:两|俩|几|三|四|五|\d)\s*(?:条|项|个)")
# "这几条都是省电力公司牵头的吗" / "它们都是2025年底前的吧": a claim about every task shown, asked to be checked
_ALL_SHOWN_CLAIM = rx.lazy(r"^\s*(?:那|那么)?\s*(?:(?:这|那|上面|刚才)(?:的)?(?:几|些|两|三|四|五)(?:项|条|个)?(?:任务)?|它们|这些|那些|上面的?)\s*(?:是不是)?\s*(?:全|全部|都|全都)"
                           r"(?:是|由|属于|归|在)[^？?。，,]{2,30}?(?:吗|么|嘛|吧|对吧|是吧|对不对|是不是)\s*[？?]*\s*$")
# "这些任务省能源局是不是也都参与了？": the same claim, the unit said before 都
_UNIT_ALL_SHOWN = rx.lazy(r"^\s*(?:那|那么)?\s*(?:这|那|上面)(?:些|几项|几条)(?:任务)?(?:里|中|当中)?\s*[，,]?\s*(?P<u>[^，,。？?\s]{2,14}?)\s*(?:是不是|是否)?\s*(?:也)?\s*"
                          r"(?:都|全|全部|全都)\s*(?:有)?\s*(?P<role>参与|牵头|负责)(?:了)?\s*(?:吗|么|嘛|吧|没有|没|对吧|是吧)?\s*[？?]*\s*$")
# "它在这些任务里都是牵头的吗" after one unit's list: the claim, with 它 for that unit
_IT_IN_SHOWN = rx.lazy(r"^\s*(?:那|那么)?\s*(?:它|该单位|这个单位|这家单位)\s*(?:在)?\s*(?:这些|这几项|这几条|上面这些|上述)(?:任务)?(?:里|中|当中|里面)?\s*"
                       r"(?:是不是)?\s*(?:都|全|全部|全都)\s*(?:是)?(?:由它)?\s*(?P<role>牵头|参与|负责)(?:单位)?的?\s*(?:吗|么|嘛|吧|对吧|是吧)\s*[？?]*\s*$")

class Checks(Followups):
    @staticmethod
    def _list_size_claim(question: str, q: Query, state: State) -> Query:
        """"那这10项里，…" after a list of 19 (an earlier turn said 10): the number said is checked against the list
        the follow-up narrows — never used — and the answer says it is not so."""
        m = rx.search(r"(?:这|那|上面|前面|刚才)(?:的)?\s*(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:项|个|条)(?:任务)?(?:里|中|当中|之中|里面|里头)"
                      r"|(?:除了|除去|除开)(?:这|那|上面|前面|刚才)(?:的)?\s*(?P<x>\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:项|个|条)", normalize(question))
        if m is None or q.refuse or state.query is None or not state.query.collection or not state.result or q.followup in ("", "compare_lists"):
            return q
        said = cn_number(m.group("n") or m.group("x"))
        sizes = {len(o.result) for o in state.earlier if o.query is not None and o.query.collection}
        if said is None or said == len(state.result) or said in sizes:
            return q
        if m.group("x") and q.followup == "complement" and said < len(state.result):
            # "除了这5项，…就没别的了吧？一共到底几项？" when the list has 12: the whole list, corrected — "the others" of a
            # list the person saw wrongly would be the tasks they never saw
            return replace(state.query, count=True, followup="repeat", list_claim=(said, len(state.result)), question=q.question)
        return replace(q, list_claim=(said, len(state.result)))

    def _measure_list_claim(self, q: Query) -> Query:
        """"责任单位只有省电力公司一家的措施，是不是就措施7和措施12这两个？": the measures named after 就/只有 are a claim about
        which measures the description fits — checked against the measures it selects, never used as a filter."""
        named = [a for a in atoms(q.where) if isinstance(a, MeasureIn)]
        if q.refuse or q.refs or q.target not in ("units", "measures", "tasks", "verify_measure") or len(named) != 1:
            return q
        said = normalize(q.question or "")
        m = rx.search(r"(?:是不是|是否|是)?(?:就|只有|仅有|就是|只是)\s*(?:这)?\s*(?:措施\s*[0-9一二三四五六七八九十]|第\s*[0-9一二三四五六七八九十]{1,3}\s*项)", said)
        rest = all_of([a for a in atoms(q.where) if a is not named[0]])
        if q.target == "verify_measure":
            rest = q.claim if rest is None and isinstance(q.claim, UnitIs) else None  # the description is the checked unit
        if m is None and (m := rx.search(r"(?<=措施)(?:是|为|分别是|就是)\s*第\s*[0-9一二三四五六七八九十]{1,3}", said)) and rx.search(r"[？?]\s*$", said) \
                and rest is not None:
            # "省住建厅牵头的措施是第13、14、15条？": the measures said are a claim about which ones the description fits
            return replace(q, target="measures", where=rest, claim=named[0], count=True, every=False, by="")
        if not m or rest is None or not rx.search(r"措施", said[: m.start()]) or not self.g("confirm").search(said):
            return q
        return replace(q, target="measures", where=rest, claim=named[0], count=True, every=False, by="")

    @staticmethod
    def _units_like_it(q: Query, question: str) -> Query:
        """"还有哪些任务的责任单位跟它完全一样": units compared with what was just shown — not read as a condition, so
        never answered as if it were not said."""
        said = normalize(question)
        m = _UNITS_LIKE_IT.search(said)
        if m is None or q.refuse or q.target not in ("tasks", "units", "measures") or q.same or q.groups:
            return q
        if any(isinstance(a, UnitIs) and a.mode == "exactly" for a in atoms(q.where)):
            return q  # the units of the task in focus, read as the condition (anaphora: 责任单位只有…)
        return replace(q, unparsed=(*q.unparsed, m.group(0)))

    def _consistent(self, q: Query, today: dt.date) -> Query:
        """Conditions that can never hold together — a task has one deadline, belongs to one measure, has one
        lead unit — mean the question was misread or asks for separate groups: ask, never answer "0 项"."""
        if q.refuse or q.where is None:
            return q
        sole = [a for a in atoms(q.where) if isinstance(a, UnitIs) and a.mode == "exactly"]
        beside = [a for a in atoms(q.where) if isinstance(a, UnitIs) and a.mode in ("has", "lead") and any(u not in s.units for s in sole for u in a.units)]
        if len(sole) == 1 and beside and not select(self.ledger.tasks, q.where, today) and not rx.search(r"还是|或者|是不是|吗", normalize(q.question or "")):
            # "…省电力公司 各设区市…只由省电力公司一家负责的" (a table pasted before the question): a unit said to take part beside
            # the one said to be alone — misread, never a task found by search instead
            return replace(q, refuse="contradiction", refuse_detail="”与“".join(a.words() for a in (*sole, *beside)))
        if q.target not in ("tasks", "measures", "units", "totals"):
            return q
        only = [a for a in atoms(q.where) if isinstance(a, UnitIs) and a.mode == "exactly"]
        denied = [u for a in atoms(q.where) if isinstance(a, Not) and isinstance(a.item, UnitIs) for u in a.item.units]
        said = normalize(q.question or "")
        parallel = len(only) == 1 and (any(rx.search(rf"只有{re.escape(a)}(?:参与|参加|负责)[^。？?]{{0,6}}?[、，,]\s*(?:而|但)?{re.escape(b)}(?:都|却)?(?:没有?|不|未)(?:参与|参加|负责)", said)
                                           for a in only[0].units for b in denied)
                                       or any(rx.search(rf"只有{re.escape(a)}(?:参与|参加|负责)?\s*[、，,]\s*(?:而|但)?(?:没有|不含|无)", said) for a in only[0].units))
        if len(only) == 1 and denied and (parallel or not select(self.ledger.tasks, q.where, today)):
            # "只有省政务服务办参与、省住建厅没参与的": "only" is said against the unit denied beside it (A without B),
            # not "A is the sole unit" — which no task meets here
            contrast = all_of([UnitIs(a.units, "has") if a is only[0] else a for a in atoms(q.where)])
            if select(self.ledger.tasks, contrast, today):
                q = replace(q, where=contrast)
        parts = [a for a in atoms(q.where) if not isinstance(a, (Not, Or))]
        # (two measures are not checked here: a measure number and a title that disagree are answered with both)
        # a deadline and a status are both about the one deadline (2027年底前 and 今年到期 cannot hold together)
        for same in ([a for a in parts if isinstance(a, (DeadlineIs, StatusIs))], [a for a in parts if isinstance(a, UnitIs) and a.mode == "lead"]):
            if len(same) >= 2 and all(select(self.ledger.tasks, a, today) for a in same) and not select(self.ledger.tasks, all_of(same), today):
                return replace(q, refuse="contradiction", refuse_detail="”与“".join(a.words() for a in same))
        words = [a for a in parts if isinstance(a, TextHas)]
        if len(words) >= 2 and all(select(self.ledger.tasks, a, today) for a in words) and not select(self.ledger.tasks, all_of(words), today):
            # "涉及电动汽车、电动自行车充电设施的任务": no task has both words; "both" and "either" are both plausible
            # readings, so the empty result is not given as the answer — the question is asked back
            return replace(q, refuse="no_joint", refuse_detail="”与“".join(a.words() for a in words))
        return q

    def _bound_to_shown(self, q: Query, said: str, state: State, today: dt.date) -> tuple[Query, bool]:
        """A follow-up about the tasks just shown, checked against them: items said by a condition they do not hold, a
        question about the task shown in words it lacks, "others" that would include it. Returns the query and whether it
        is decided (nothing more to check)."""
        if len(q.refs) >= 2 and q.where is not None and not q.collection and not q.refuse \
                and all(kind_of(a.item if isinstance(a, Not) else a) in ("status", "deadline") for a in atoms(q.where)) \
                and _CHOSEN_BY.search(said):
            pointed = [t for i in q.refs if (t := self.ledger.task(i))]
            if {t.id for t in select(pointed, q.where, today)} != set(q.refs):
                # "哪几条过期了" then "没过期的那两条各是什么期限": the items said by their time are not the ones just shown but
                # those of the list before that hold it (as many as said) — never the items shown, the condition dropped
                for o in reversed(state.earlier):
                    rows = [t for i in o.result if (t := self.ledger.task(i))] if o.query is not None and o.query.collection else []
                    if set(q.refs) <= {t.id for t in rows} and len(found := select(rows, q.where, today)) == len(q.refs):
                        ids_ = tuple(t.id for t in found)
                        return replace(q, refs=ids_, where=TaskIn(ids_), followup="chosen"), True
                return replace(q, refuse="mismatch", refuse_detail="、".join(q.refs)), True
        if q.target == "lookup" and not q.refs and q.where is None and not q.refuse and q.subject and len(state.mentioned) >= 1 \
                and state.query is not None and not state.query.collection and self.g("points_into").search(said):
            # "那这个标准是一年最多几次" (8.1) then "打雷下暴雨停的电，也算在里面吗": about the task shown, in words it does not
            # have — a search would answer with another task as if it were the one pointed at
            return replace(q, refuse="pointer", refuse_detail=state.mentioned[-1]), True
        if q.collection and q.target == "tasks" and not q.refuse and state.query is not None and not state.query.collection \
                and state.mentioned and _ALSO_ANOTHER.search(said) and not find(q.where, TaskIn) \
                and state.mentioned[-1] in {t.id for t in select(self.ledger.tasks, q.where, today)}:
            # "8.6讲的是什么" then "这个措施里还有哪条也是2027年底前的": the others — never the task just shown among them
            q = replace(q, where=all_of([*atoms(q.where), Not(TaskIn(state.mentioned[-1:]))]))
        return q, False

    def _claim_about_shown(self, question: str, state: State, today: dt.date) -> Query | None:
        """"这几条都是省电力公司牵头的吗？" after a list of tasks: a claim about every task shown, checked against each —
        never the list narrowed to the ones it holds for (which would not say that the others do not). None otherwise."""
        if state.query is None or not state.query.collection or not state.result or state.query.target != "tasks" or len(state.result) > 30:
            return None
        norm = normalize(clean_input(question))
        units = {u for a in atoms(state.query.where) if isinstance(a, UnitIs) for u in a.units}
        if len(units) == 1 and (it := _IT_IN_SHOWN.search(norm)) is not None:
            norm = f"这些都是{units.pop()}{it.group('role')}的吗"  # "它在这些任务里都是牵头的吗": 它 is the unit of the list
        if (said_of := _UNIT_ALL_SHOWN.search(norm)) is not None:
            norm = f"这些都是{said_of.group('u')}{said_of.group('role')}的吗"  # "这些任务省能源局是不是也都参与了"
        if not _ALL_SHOWN_CLAIM.search(norm):
            return None
        said = self.parse(norm, today)
        if said.refuse or said.unparsed or said.refs or said.where is None or find(said.where, TaskIn) \
                or not all(isinstance(a, (UnitIs, DeadlineIs, StatusIs)) for a in atoms(said.where)):
            return None
        shown = tuple(state.result)
        return Query(question=clean_input(question), target="verify", where=TaskIn(shown), refs=shown, claim=said.where, followup="reference")
