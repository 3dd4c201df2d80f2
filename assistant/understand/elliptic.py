"""Stage 5a: ellipsis — whether a question continues the previous one (:meth:`Elliptic.is_elliptical`), the words
that point back (its, both, the same as shown, the two counts), and the lists known by the tasks they hold; the
follow-up itself is resolved in :mod:`assistant.understand.followup`."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cached_property

from assistant import rx
from assistant.query import (
    Cond,
    DeadlineIs,
    MeasureIn,
    Not,
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
from assistant.understand.patterns import _MEASURE_LIST
from assistant.understand.references import References
from assistant.understand.state import State

# "Which of its tasks…": a possessive that points back at what was shown before
_POSSESSIVE = rx.lazy(r"\b(?:of its|of their|its tasks|its measures|its units)\b")
# "两个都参与的呢" after "A或B参与的": both of the named ones, not either
_BOTH = rx.lazy(r"(?:两个|两家|俩|二者|两者|它们|这两个?|这俩|两个单位|两家单位|两个部门)?\s*(?:都|同时|一起|共同)(?:参与|负责|参加|在内|有份)")
_SAME_AS_SHOWN = rx.lazy(r"(?:跟|和|与|同)(?:这份|这个|上面|刚才|前面|上一个|它们|这些|那份|那个|它(?!们))(?:的)?(?:清单|列表|名单|结果|任务)?(?:完全|是不是|是否|都){0,3}(?:一样|相同|一致)"
                         r"|也(?:完全)?(?:一样|相同|一致)(?:吗|么|嘛|不|呢)"
                         # "跟省自然资源厅参与的是不是完全一样": the list shown compared with another one named after 跟
                         r"|(?:跟|和|与|同)[^，,。？?跟和与同]{2,24}?(?:参与|牵头|负责|承担)的(?:任务)?\s*(?:完全|是不是|是否|都){0,3}(?:一样|相同|一致)")


def _same_grouping(asked: str, shown: str) -> bool:
    """"哪个单位最多" groups as the breakdown shown did (by unit, or by the lead unit)."""
    return asked == shown or (asked == "unit" and shown == "lead")


def _keep_unit_mode(prev: Cond | None, new: Cond | None, text: str) -> Cond | None:
    """"省发改委牵头的有几项" → "不对，我说的是省能源局": the new unit takes the old one's relation (leads / only it)
    unless the question names a relation of its own (参与 / 牵头 / 只)."""
    modes = {a.mode for a in atoms(prev) if isinstance(a, UnitIs)}
    if len(modes) != 1 or modes == {"has"} or rx.search(r"参与|负责|牵头|只|仅|单独|都", text):
        return new
    mode = modes.pop()
    return all_of([UnitIs(a.units, mode) if isinstance(a, UnitIs) and a.mode == "has" else a for a in atoms(new)])


_SUPERLATIVE_WORD = rx.lazy(r"最[多少早晚迟大小长短高低]")  # "一年内最多几次": asks for the task's figure, not a topic word




def _last_named(state: State) -> tuple[str, ...]:
    """The task(s) the last answer was about: all of them when it answered a field of several ("这些都是谁负责的"),
    else the last one named."""
    prev = state.query
    if prev is not None and not prev.collection and len(prev.refs) > 1 and set(prev.refs) <= set(state.mentioned):
        return prev.refs
    return state.mentioned[-1:]


def _names_old(c: Cond, old: list[Cond]) -> bool:
    """True when a negated condition names a value of the previous query (the value a correction replaces)."""
    if isinstance(c, UnitIs):
        return any(isinstance(o, UnitIs) and set(c.units) & set(o.units) for o in old)
    return any(c == o or (kind_of(c) == kind_of(o) and c.words() == o.words()) for o in old)


# "数量最多的那一类里" / "任务最少的那组": the extreme group of a breakdown just shown
_EXTREME_GROUP = rx.lazy(r"(?:数量|任务|项数|条数)?最(多|少)的(?:那|这)?(?:一)?(?:类|组|种|批|档|个时限|个措施|个单位|家)(?:里|中|当中|里面|之中)?")

# "这三个时限加起来" / "那两个期限的一共几项": the deadlines asked about in the last turns
_THESE_TIMES = rx.lazy(r"(?:这|那|上面|前面|刚才)(?:的)?(两|俩|三|四|几)(?:个(?:时限|期限|年份|完成时限|截止时间)|年(?!底))")

# "两家的数量一样吗" / "哪个多" / "差几项": the two lists just shown, compared by their counts
_TWO_COUNTS = rx.lazy(r"(?:一样|相同|相等|持平|一致)(?:多)?(?:吗|么|嘛|不|没有|\s*[？?]|$)|哪(?:个|家|边|一个|一家|组|一组)(?:的)?(?:更|比较)?(?:多|少)"
                      r"|谁(?:的)?(?:更|比较)?(?:多|少)|差(?:几|多少)|相差|多(?:几|多少)|少(?:几|多少)|(?:比一比|比较一下|对比一下)")


# "那加上它一共几项" / "把它也算上呢": the task in focus, left out of the list shown, counted again
_WITH_IT = rx.lazy(r"^\s*(?:那|那么|好的?)?\s*[，,]?\s*(?:再)?(?:(?:加上|算上|连上|连同|包括|包含)\s*(?:它|这条|这项|该任务|这个任务)|(?:把)?(?:它|这条|这项)(?:也)?(?:算上|算进去|算进来|加上|加进去|包括进去))"
                   r"(?:的话)?\s*(?:呢)?\s*[，,]?\s*(?:一共|总共|共|合计)?\s*(?:是|有)?\s*(?:几|多少)?\s*(?:项|条|个)?\s*(?:呢|吧)?\s*[？?。]*\s*$")
# "反过来呢": the two units of the list just shown, one taking part and the other not, the other way round
_TURNED = rx.lazy(r"^\s*(?:那|那么|好的?|再)?\s*[，,]?\s*(?:反过来|倒过来|反之|调过来|颠倒过来|反一下)(?:说|看|问)?(?:呢|的呢|的话呢?|呢？)?\s*[？?。]?\s*$")


class Elliptic(References):
    def _tasks_of_measure_in_focus(self, text: str, q: Query, state: State) -> Query | None:
        """"第12条措施是什么，哪家负责" then "下面具体有几项任务" / "一共有哪些任务": the tasks of the one measure just answered
        about (its units, or the measure itself) — not every task of the ledger. None otherwise."""
        prev = state.query
        if prev is None or prev.target not in ("units", "measures", "measure_of", "verify_measure") or q.target != "tasks" \
                or q.where is not None or q.subject or q.refs or q.refuse or q.unparsed or len(state.measures) < 1 \
                or rx.search(r"全部|所有|整个|整份|整本|全台账|台账|全表|总共有多少|一共多少项任务|措施|第\s*\S{1,3}\s*[项条]|它们|这些|那些|这两|这几", text) \
                or rx.search(r"单位|部门|[这那][两三四几]?家|[这那][两三四]个|谁|它(?!们)", text):  # (a unit asked about, not the measure)
            return None
        nos = tuple(n for a in find(prev.where, MeasureIn) for n in a.nos)
        if len(nos) != 1 or nos[0] != state.measures[-1] or (m := self.ledger.measure(nos[0])) is None:
            return None
        return replace(q, where=MeasureIn(nos, (m.title,)), followup="reference")

    def _with_it_again(self, text: str, state: State) -> Query | None:
        """"…和它同一个时限的还有哪些" then "那加上它一共几项": the task left out is counted again — the list with it."""
        prev = state.query
        if prev is None or not prev.collection or not _WITH_IT.match(text):
            return None
        left_out = [a for a in atoms(prev.where) if isinstance(a, Not) and isinstance(a.item, TaskIn)]
        if len(left_out) != 1:
            return None
        kept = [a for a in atoms(prev.where) if a is not left_out[0]]
        return replace(prev, where=all_of(kept), count=bool(rx.search(r"几|多少", text)) or prev.count, question=text, followup="relax", unparsed=())

    def _turned_around(self, text: str, state: State) -> Query | None:
        """"A参与、B不参与的任务" then "反过来呢": B takes part and A does not; None when the message is not that or the
        list shown has no such pair."""
        prev = state.query
        if prev is None or not prev.collection or not _TURNED.match(text):
            return None
        said = atoms(prev.where)
        yes = [a for a in said if isinstance(a, UnitIs)]
        no = [a.item for a in said if isinstance(a, Not) and isinstance(a.item, UnitIs)]
        if len(yes) != 1 or len(no) != 1:
            return Query(question=text, refuse="lost_context")  # nothing two-sided to turn round: never the same list again
        rest = [a for a in said if a is not yes[0] and not (isinstance(a, Not) and a.item is no[0])]
        return replace(prev, where=all_of([*rest, UnitIs(no[0].units, yes[0].mode), Not(UnitIs(yes[0].units, no[0].mode))]),
                       question=text, followup="substitute", unparsed=())

    def _named_list(self, ids: tuple[str, ...]) -> Cond | None:
        """The one measure, or the one unit in one relation (参与 / 牵头 / 只有它), whose tasks are exactly ``ids``; else None."""
        found = self._named_lists.get(frozenset(ids), []) if len(set(ids)) >= 2 else []
        return found[0] if len(found) == 1 else None

    @cached_property
    def _named_lists(self) -> dict[frozenset[str], list[Cond]]:
        """Each measure's and each unit-relation's task set (a unit counted once, in its first relation with that set)."""
        out: dict[frozenset[str], list[Cond]] = {}
        for m in self.ledger.measures:
            out.setdefault(frozenset(m.task_ids), []).append(MeasureIn((m.no,), (m.title,)))
        for unit in dict.fromkeys(u for t in self.ledger.tasks for u in t.units):
            seen: set[frozenset[str]] = set()
            for mode in ("has", "lead", "exactly"):
                key = frozenset(t.id for t in self.ledger.tasks if UnitIs((unit,), mode).test(t, dt.date.min))
                if key not in seen:
                    seen.add(key)
                    out.setdefault(key, []).append(UnitIs((unit,), mode))
        for text in dict.fromkeys(t.deadline.text for t in self.ledger.tasks):  # "时限定在2027年底前的…" shown by ids: that deadline's list
            key = frozenset(t.id for t in self.ledger.tasks if t.deadline.text == text)
            year = next((t.deadline.date.year for t in self.ledger.tasks if t.deadline.text == text and t.deadline.date), None)
            out.setdefault(key, []).append(DeadlineIs(year, "eq") if year else StatusIs("ongoing", text))
        return out

    def is_elliptical(self, text: str, q: Query, state: State) -> bool:
        """True when the question continues the previous one instead of standing alone."""
        if q.refuse and q.refuse not in ("no_subject",):
            return False
        if q.target == "groups" and len(q.groups) >= 2 and q.where is None and not self.g("units_ref").search(text) \
                and not rx.search(r"其中|这些|那些|里面|当中|这里", text) and state.query is not None \
                and {kind_of(a) for a in atoms(state.query.where)} <= {kind_of(a) for gr in q.groups for a in atoms(gr)}:
            return False  # "那2027年底前的比2026年底前的多几项" after the 2026 list: both groups named, of the kind it was — compared as they are
        if q.target in ("verify", "verify_measure") and q.claim is not None and find(q.where, (MeasureIn, TaskIn)) and not q.unparsed:
            return False  # "确定吗？“高效办成一件事”那几项里没有水利厅？": a claim about what it names, checked as it stands
        if rx.search(r"(?:它|他们|它们|该单位|这个单位|这家)(?:参与|负责|承担|牵头)", text) and state.units and not q.refs and not find(q.where, UnitIs):
            return True  # "那它参与的全部任务给我列一下": 全部 is all of its tasks — the unit named before
        if self.g("fresh").search(text) and not self.g("narrow").search(self.g("fresh").sub(" ", text)):
            return False
        prev = state.query
        if prev is not None and prev.collection and q.collection and self.g("correction")._any.search(text) and atoms(q.where) and all(
                isinstance(x := (a.item if isinstance(a, Not) else a), UnitIs) and any(
                    isinstance(b, UnitIs) and set(b.units) & set(x.units) for b in atoms(prev.where)) for a in atoms(q.where)):
            return True  # "更正：应为牵头单位不是省电力公司的任务": the unit of the list corrected, the rest of the list kept
        if q.target == "units" and find(q.where, MeasureIn) and not find(q.where, UnitIs) and not q.count \
                and rx.search(r"谁|哪(?:个|家|些|几个|几家)(?:单位|部门)", text) and not rx.search(r"其中|这些|那些|里面|当中|\b(?:those|these)\b", text):
            return False  # "那第5条措施是谁牵头的" after a unit's list: who it is, asked of the measure named — no unit carried over
        if q.target == "breakdown" and q.where is None and state.query is not None and state.query.collection:
            return True  # "按措施分一下": the list just shown, grouped
        if q.target == "units" and q.where is None and not q.content and state.query is not None:
            return True  # "由哪些单位负责？": of what was just shown
        if q.target == "measures" and q.where is None and not q.content and state.query is not None and state.result \
                and rx.search(r"它们|这些|这几|那些|分别|各自|\b(?:they|them|those|these)\b", text):
            return True  # "Which measures do they belong to?": the measures of what was just shown
        if rx.search(r"[”\"」』](?:那|这)(?:个|项|条)", text) and not self.g("narrow").search(text):
            return False  # "“电网一张图”那个任务是谁负责的": a description of its own task, not a pointer into the last answer
        if self.g("ellipsis").search(text) or self.g("units_ref").search(text):
            return True
        prev = state.query
        if prev is not None and prev.collection and rx.search(r"这里面|这里头|这些里|这当中|这其中|这中间|上面这些|上述|其中|^\s*(?:那|那么)?\s*(?:里面|里头|当中)", text):
            return True  # "这里面省能源局是牵头单位的有几项": within the list just shown, however complete
        if prev is not None and (prev.collection or len(state.result) >= 2) and rx.search(r"\bwhich (?:one|ones)\b(?! of (?:the )?(?:measures?|units?|departments?))", text):
            return True  # "which one has the deadline 2026年底前?": one of the list just shown
        if prev is not None and prev.collection and rx.search(r"的(?:里面|里头|当中|之中)", text) and q.where is not None \
                and not find(q.where, (UnitIs, MeasureIn, TextHas, TaskIn)):
            return True  # "还没到期、有具体年份的里面，最早的是哪些": a time said of the list just shown, not of the whole ledger
        if prev is not None and prev.collection and prev.where is not None and q.target == "measures" and q.extreme and q.where is None \
                and not q.content and not rx.search(r"全部|所有|整个|全台账|台账里", text):
            return True  # "持续推进的任务一共多少项" then "哪条措施里最多": among the tasks just counted
        bare = _MEASURE_LIST.sub(" ", text)
        listing = prev is not None and (prev.collection or (bool(prev.refs) and len(state.result) >= 2))  # tasks shown with a field each
        if listing and q.collection and not rx.search(self.g("task_nouns").pattern, bare) \
                and not self.g("target_measures").search(bare) and not rx.search(r"单位|部门", self.unit_names.sub(" ", bare)) \
                and not (q.groups and not self.g("narrow").search(text)) and not (find(q.where, UnitIs) and q.subject == ""
                                                                                and not q.refs and self._unit_said_whole(text, q)):
            return True  # "哪几个已经逾期了" after a list: no noun of its own ("省电力交易中心负责哪些" has one: a unit and its role)
        # nothing of its own: "什么时候完成？", "由谁负责？"
        return q.where is None and not q.subject and not q.refs and q.target not in ("changes", "figure", "status_summary", "breakdown") \
            and not (q.collection and not q.content)

    @staticmethod
    def _unit_said_whole(text: str, q: Query) -> bool:
        """A unit named with its role verb and a question word of its own ("省电力交易中心负责哪些"): a question that stands alone."""
        return bool(rx.search(r"(?:负责|参与|参加|承担|牵头)(?:了)?(?:的)?(?:任务|工作|事)?(?:有)?(?:哪些|哪几|什么|几项|几条|多少)", text))

    def _extreme_group(self, prev: Query, most: bool, today: dt.date) -> Cond | None:
        """The group with the most (fewest) tasks of a breakdown just shown, as a condition; None on a tie."""
        rows = select(self.ledger.tasks, prev.where, today)
        keys: dict[object, int] = {}
        for t in rows:
            for k in {"deadline": (t.deadline.text,), "measure": (t.measure_no,), "unit": t.units, "lead": t.units[:1]}.get(prev.by, ()):
                keys[k] = keys.get(k, 0) + 1
        if not keys:
            return None
        best = (max if most else min)(keys.values())
        winners = [k for k, n in keys.items() if n == best]
        if len(winners) != 1:
            return None
        k = winners[0]
        if prev.by == "deadline":
            t0 = next(t for t in rows if t.deadline.text == k)
            return DeadlineIs(t0.deadline.date.year) if t0.deadline.date is not None else StatusIs("ongoing")
        if prev.by == "measure":
            m = self.ledger.measure(k)  # type: ignore[arg-type]
            return MeasureIn((k,), (m.title,) if m is not None else ())  # type: ignore[arg-type]
        return UnitIs((str(k),), "lead" if prev.by == "lead" else "has")
