"""Stage 5: dialogue — the conversation state and follow-ups resolved against it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from assistant.query import (
    Cond,
    DeadlineIs,
    MeasureIn,
    Not,
    Or,
    Query,
    TaskIn,
    UnitIs,
    all_of,
    atoms,
    find,
    kind_of,
    select,
)
from assistant.text import cn_number, normalize
from assistant.understand.patterns import (
    _FIELDS,
    _M,
    _MEASURE_LIST,
    _NUM,
    _SINGULAR,
    _difference,
    _latest,
    _substitute,
    clean_input,
    negate,
)
from assistant.understand.targets import Targets


@dataclass(frozen=True)
class State:
    """What the conversation has established: the last query, its ordered result, and context.

    ``parent`` is the query the last one narrowed (for 剩下的 / 其余的); ``mentioned`` the tasks
    single-task answers named, newest last; ``units`` the units named in recent turns.
    """

    query: Query | None = None
    result: tuple[str, ...] = ()
    parent: Query | None = None
    mentioned: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    last_list: tuple[str, ...] = ()
    measures: tuple[int, ...] = ()
    #: the states of earlier turns, oldest first (for "回到刚才…那个列表")
    earlier: tuple[State, ...] = ()

    def advance(self, q: Query, tasks: tuple[str, ...], units: tuple[str, ...] = (), shown: tuple[str, ...] = ()) -> State:
        """The state after ``q`` was answered with ``tasks`` (in the order shown) naming ``units``.

        ``shown`` are the task ids the person actually saw in the assistant's turn (a client's own
        transcript): ids and their order only, never facts. When they name tasks the replayed answer
        did not, the person saw something else, and the follow-ups bind to what was shown.
        """
        if shown and (not set(shown) <= set(tasks) or (not q.collection and shown[0] != tasks[0])):
            if q.collection:
                q = replace(q, where=TaskIn(shown), followup="", unparsed=())
            tasks = shown
        earlier = (*self.earlier, self)[-6:] if self.query is not None else self.earlier
        nos = tuple(n for a in atoms(q.where) if isinstance(a, MeasureIn) for n in a.nos)
        if q.target == "measures" and tasks:  # "把那个措施下面的任务都列一下" after a list of measures
            nos = tuple(dict.fromkeys(int(i.split(":")[-1].split(".")[0]) for i in tasks if "." in i))
        measures = (tuple(n for n in self.measures if n not in nos) + nos if nos else self.measures)[-6:]
        if q.collection:
            parent = {"narrow": self.query, "substitute": self.parent, "complement": self.parent, "repeat": self.parent}.get(q.followup)
            named = tuple(u for a in atoms(q.where) if isinstance(a, UnitIs) for u in a.units)
            if q.target == "units" and len(units) <= 4:
                named += units
            return State(q, tasks, parent, self.mentioned, _recent(self.units, named), tasks, measures, earlier)
        named_now = tasks[: max(1, len(q.refs))] if q.target != "compare" else ()
        mentioned = tuple(i for i in self.mentioned if i not in named_now) + tuple(named_now)
        return State(q, tasks, None, mentioned[-6:], _recent(self.units, units if len(units) <= 4 else ()), self.last_list, measures, earlier)

    def shown_only(self, shown: tuple[str, ...]) -> State:
        """The state after a turn that could not be replayed: what the person saw binds the follow-ups."""
        if not shown:
            return self
        if len(shown) == 1:
            return self.advance(Query(target="lookup", refs=shown), shown)
        return self.advance(Query(target="tasks", where=TaskIn(shown)), shown)


def _keep_unit_mode(prev: Cond | None, new: Cond | None, text: str) -> Cond | None:
    """"省发改委牵头的有几项" → "不对，我说的是省能源局": the new unit takes the old one's relation (leads / only it)
    unless the question names a relation of its own (参与 / 牵头 / 只)."""
    modes = {a.mode for a in atoms(prev) if isinstance(a, UnitIs)}
    if len(modes) != 1 or modes == {"has"} or re.search(r"参与|负责|牵头|只|仅|单独|都", text):
        return new
    mode = modes.pop()
    return all_of([UnitIs(a.units, mode) if isinstance(a, UnitIs) and a.mode == "has" else a for a in atoms(new)])


def _names_old(c: Cond, old: list[Cond]) -> bool:
    """True when a negated condition names a value of the previous query (the value a correction replaces)."""
    if isinstance(c, UnitIs):
        return any(isinstance(o, UnitIs) and set(c.units) & set(o.units) for o in old)
    return any(c == o or (kind_of(c) == kind_of(o) and c.words() == o.words()) for o in old)


def _recent(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
    """Units named so far, most recent last (a unit named again moves to the end)."""
    out = [u for u in old if u not in new] + list(dict.fromkeys(new))
    return tuple(out[-6:])



_RELAX_KINDS = {"deadline": r"时限|期限|时间|年份|年度|日期|截止|到期|deadline", "unit": r"单位|部门|谁|unit", "measure": r"措施|measure",
                "text": r"关键词|内容|字眼|提到|keyword"}


@dataclass
class Understander(Targets):
    """Turns a question into a :class:`Query` using the lexicon and the ledger's own vocabulary."""

    # ---------------------------------------------------------------- follow-ups
    def read(self, question: str, state: State, today: dt.date) -> Query:
        """Parse a question in the context of the conversation state (:meth:`_read`), then check that its
        conditions can hold together."""
        return self._consistent(self._read(question, state, today), today)

    def _consistent(self, q: Query, today: dt.date) -> Query:
        """Conditions that can never hold together — a task has one deadline, belongs to one measure, has one
        lead unit — mean the question was misread or asks for separate groups: ask, never answer "0 项"."""
        if q.refuse or q.where is None or q.target not in ("tasks", "measures", "units", "totals"):
            return q
        parts = [a for a in atoms(q.where) if not isinstance(a, (Not, Or))]
        # (two measures are not checked here: a measure number and a title that disagree are answered with both)
        for same in ([a for a in parts if isinstance(a, DeadlineIs)], [a for a in parts if isinstance(a, UnitIs) and a.mode == "lead"]):
            if len(same) >= 2 and all(select(self.ledger.tasks, a, today) for a in same) and not select(self.ledger.tasks, all_of(same), today):
                return replace(q, refuse="contradiction", refuse_detail="”与“".join(a.words() for a in same))
        return q

    def _read(self, question: str, state: State, today: dt.date) -> Query:
        """Parse a question in the context of the conversation state.

        References into earlier answers (它 / 这两项 / 第三个 / 最后一个 / 刚才说的两个) are replaced by
        the task ids they point at and the question is parsed again; elliptical questions then
        narrow, substitute, complement or ask a field of the previous query (:meth:`follow`).
        """
        if state.query is not None and state.query.target == "measures" and state.result:
            question = self._measure_ordinal(question, state)
        if (summed := self._sum_of_lists(question, state)) is not None:
            return summed
        if state.earlier and (back := self._go_back(question, state, today)) is not None:
            question, state = back
        if state.query is not None and state.query.collection and (relaxed := self._relax(question, state, today)) is not None:
            return relaxed
        q = self.parse(question, today)
        if state.query is None or (q.refuse and q.refuse != "no_subject"):
            return q
        if q.completion and q.target in ("status_summary", "tasks") and not q.refs and state.mentioned and not state.query.collection \
                and (q.target == "status_summary" or re.search(r"这个|那个|它|这项|那项|这条|那条|该项", normalize(clean_input(question)))):
            # "这个做完了吗？" after one task: that task's deadline, with the note that completion is not recorded
            return replace(q, target="deadline", refs=state.mentioned[-1:], where=None, count=False, followup="subject")
        norm = normalize(clean_input(question))
        text = self._english(norm) or norm
        rewritten = self._measure_anaphor(text, state)
        if rewritten != text:
            text = rewritten
            q = replace(self.parse(text, today), question=q.question)
        found = self._referent(text, state, q)
        if found:
            ids, (a, b) = found
            rewritten = text[:a] + " " + "、".join(ids) + " " + text[b:]
            positioned = bool(self.g("position").search(text[a:b]))
            if len(ids) == 1 and positioned and state.mentioned and state.mentioned[-1] != ids[0] and _SINGULAR.search(rewritten):
                rewritten = _SINGULAR.sub(f" {state.mentioned[-1]} ", rewritten)  # "它和第1条哪个先到期": 它 is the task in focus
            elif len(ids) == 1:  # "这条所在的措施里，除了它…": every singular pronoun is the same task
                rewritten = _SINGULAR.sub(f" {ids[0]} ", rewritten)
            again = self.parse(rewritten, today)
            if not again.refuse:
                picked = self._within(again, ids, text)
                return replace(picked or again, question=q.question, followup="reference")
        return self.follow(text, q, state, today)

    def _within(self, q: Query, ids: tuple[str, ...], text: str) -> Query | None:
        """"这几项里哪项是持续推进的" / "这几项里哪个是试点性质的": a choice among the tasks pointed at — by the question's
        conditions (exactly), or by its subject (searched among them only). None when the question is not such a choice."""
        if len(ids) < 2 or q.target in ("compare", "verify") or not re.search(r"哪(?:个|项|一项|一个|条|些|几)|which", text):
            return None
        own = [a for a in atoms(q.where) if not isinstance(a, TaskIn)]
        if own:
            return replace(q, target="tasks", where=all_of([TaskIn(ids), *own]), refs=(), subject="", content=())
        if q.subject or q.content:
            return replace(q, target="lookup" if q.target in ("lookup", "which_task") else q.target, where=TaskIn(ids), refs=())
        return None

    def _measure_ordinal(self, question: str, state: State) -> str:
        """"第三个措施" after a list of measures is the third one shown, not measure 3 ("第3项措施")."""
        shown = list(dict.fromkeys(t.measure_no for i in state.result if (t := self.ledger.task(i))))

        def pick(m: re.Match[str]) -> str:
            k = cn_number(m.group("k")) or 0
            return f"第{shown[k - 1]}项措施" if 1 <= k <= len(shown) else m.group(0)

        return re.sub(r"第(?P<k>[0-9一二三四五六七八九十两]{1,2})个(?:工作)?措施", pick, normalize(clean_input(question)))

    def _sum_of_lists(self, question: str, state: State) -> Query | None:
        """"这两个加起来一共多少": the last lists shown, together (their conditions joined with or)."""
        norm = normalize(clean_input(question))
        m = re.search(r"(?:这|那|上面)?(?P<k>两|俩|二|三)(?:个|类|组|项|批|家)?(?:数|结果)?(?:的)?(?:加起来|加在一起|合起来|合计|相加|一共|总共|之和)", norm)
        if not m or state.query is None or not state.query.collection:
            return None
        k = 3 if m.group("k") == "三" else 2
        lists = [o for o in (*state.earlier, state) if o.query is not None and o.query.collection][-k:]
        if len(lists) < k:
            return None
        where = Or(tuple(o.query.where for o in lists if o.query is not None and o.query.where is not None))
        return Query(question=question, target="tasks", count=True, where=where, followup="sum")

    def _go_back(self, question: str, state: State, today: dt.date) -> tuple[str, State] | None:
        """"回到刚才省市场监管局那个列表，…": the earlier list named by its conditions becomes the one the rest of
        the message refers to. None when the message does not go back or names no earlier list."""
        norm = normalize(clean_input(question))
        counted = re.search(r"(?:这|那|刚才那?|回到(?:刚才)?那?)\s*(?P<n>[0-9一二三四五六七八九十两]{1,3})\s*(?:项|个|条)(?:任务)?", norm)
        n = cn_number(counted.group("n")) if counted else None
        if n and n > 1 and len(state.result) != n:
            # "这四项里…" / "回到刚才那12项": the list of that many tasks shown earlier
            for old in reversed(state.earlier):
                if old.query is not None and old.query.collection and len(old.result) == n:
                    return norm, replace(old, earlier=state.earlier)
        m = self.g("go_back").search(norm)
        if not m:
            return None
        if re.search(r"完整|全部|最开始|一开始|原来|最早|第一个", m.group(0)) and state.earlier:
            first = next((o for o in state.earlier if o.query is not None and o.query.collection), None)
            if first is not None:
                rest = (norm[: m.start()] + " " + norm[m.end():]).strip(" ，,。")
                return rest or "列出来", replace(first, earlier=state.earlier)
        _, named, _ = self._mark(m.group("what") or "", today)
        want = {repr(a) for a in named}
        for old in reversed((*state.earlier, state)):
            if old.query is None or not old.query.collection:
                continue
            have = {repr(a) for a in atoms(old.query.where)}
            if want and want <= have:
                rest = (norm[: m.start()] + " " + norm[m.end():]).strip(" ，,。")
                return rest or "列出来", replace(old, earlier=state.earlier)
        return None

    def _relax(self, question: str, state: State, today: dt.date) -> Query | None:
        """"不限时限呢" / "单位不限，只看2026年底前的" / "把“只有”去掉" / "不对，我是想问它牵头的": the previous
        list's conditions of the named kind are dropped or switched, and what the rest of the message adds replaces
        conditions of its own kind. None when the message is not such a change."""
        prev = state.query
        assert prev is not None
        norm = normalize(clean_input(question))
        kinds: set[str] = set()
        for m in self.g("relax").finditer(norm):
            word = m.group("what")
            kinds |= {k for k, pat in _RELAX_KINDS.items() if re.search(pat, word)}
        any_one = bool(re.search(r"(?:有)?(?:其中)?(?:任意|任何)?(?:一个|一家|任一)(?:参与|负责)?(?:就行|就算|即可|就可以)|(?:或者|或)(?:都行|都可以|就行)", norm))
        widen = re.search(r"(?:把)?(?P<x>.{2,20}?)(?:的)?(?:也|都)(?:算上|算进去|算进来|加上|加进来|包括进来|算在内|要)", norm) \
            or re.search(r"(?:再|也)(?:加上|算上|包括|加)(?!个条件|一个条件|条件|个限制)(?P<x>.{2,20}?)(?:的)?(?:呢|吧|吗)?[？?]?$", norm)
        added = self.parse(widen.group("x"), today).where if widen else None
        new_atoms = atoms(added)
        if widen and not re.search(r"只有|只|仅", widen.group("x")) and new_atoms and len({kind_of(a) for a in new_atoms}) == 1 \
                and not any(a in atoms(prev.where) for a in new_atoms):
            # "把2026年底前的也算上": the new condition joins the old ones of its kind as an alternative
            kinds_new = {kind_of(a) for a in atoms(added)}
            time_kinds = {"deadline", "status"}
            same = [a for a in atoms(prev.where) if kind_of(a) in kinds_new or (kind_of(a) in time_kinds and kinds_new & time_kinds)
                    or (isinstance(a, Or) and all(kind_of(i) in kinds_new | {"status"} for i in a.items))]
            if same:
                others = [a for a in atoms(prev.where) if a not in same]
                flat = [i for a in same for i in (a.items if isinstance(a, Or) else (a,))]
                where = all_of([*others, Or((*flat, *atoms(added)))])
                return replace(prev, where=where, question=question, followup="widen", unparsed=())
        if re.search(r"放宽|只要\S{0,12}(?:参与|负责)(?:就算|就行|即可)", norm) and (loose := self.parse(norm, today).where) is not None:
            # "放宽一点，只要省电力公司参与就算": the same unit's stricter relation gives way
            named = {u: a for a in atoms(loose) if isinstance(a, UnitIs) for u in a.units}
            swapped = [UnitIs(a.units, named[a.units[0]].mode) if isinstance(a, UnitIs) and a.units[0] in named and a.mode != named[a.units[0]].mode
                       else a for a in atoms(prev.where)]
            if swapped != atoms(prev.where):
                return replace(prev, where=all_of(swapped), question=question, followup="relax", unparsed=())
        only_off = bool(re.search(r"(?:把|将)?[“\"]?(?:只有|只|仅)[”\"]?(?:这个条件|两个字|的条件)?(?:去掉|删掉|拿掉|不要了)", norm))
        to_has = bool(re.search(r"参与的?.{0,3}(?:不一定|不用|不必|不限|不管是不是|不要求)牵头|不一定(?:是)?牵头|不限(?:于)?牵头|(?:问|说|要|指)的不是牵头|只要参与了?就(?:算|行|可以)", norm))
        to_lead = not to_has and bool(re.search(r"牵头", norm)) and not find(self.parse(norm, today).where, UnitIs) and any(
            isinstance(a, UnitIs) for a in atoms(prev.where))
        if not kinds and not only_off and not to_lead and not any_one and not to_has:
            return None
        if self.g("position").search(norm) or (_SINGULAR.search(norm) and not re.search(r"它(?:牵头|负责|参与)", norm)):
            return None  # "第三个是谁牵头？" points into the list; it does not change it
        kept = []
        for a in atoms(prev.where):
            kind = kind_of(a)
            if kind in kinds or (kind == "status" and "deadline" in kinds):
                continue
            if isinstance(a, UnitIs) and to_has and a.mode == "lead":
                a = UnitIs(a.units, "has")
            if isinstance(a, UnitIs) and only_off and a.mode == "exactly":
                a = UnitIs(a.units, "has")
            if isinstance(a, UnitIs) and to_lead and a.mode == "has" and len(a.units) == 1:
                a = UnitIs(a.units, "lead")
            if isinstance(a, UnitIs) and any_one and len(a.units) >= 2:
                kept.append(Or(tuple(UnitIs((u,), a.mode) for u in a.units)))
                continue
            kept.append(a)
        rest = self.g("relax").sub(" ", norm)
        rest = re.sub(r"(?:把|将)?[“\"]?(?:只有|只|仅)[”\"]?(?:这个条件|两个字|的条件)?(?:去掉|删掉|拿掉|不要了)|不对|说错了|我是想问|想问的是|不一定(?:是)?牵头|牵头的?|不是参与的?|参与的?", " ", rest)
        extra = self.parse(rest, today)
        where = _substitute(all_of(kept), extra.where if not extra.refuse else None)
        if to_lead and re.search(r"任务|几项|多少项|哪些", norm) and prev.target != "tasks":
            prev = replace(prev, target="tasks", count=bool(re.search(r"几|多少", norm)), every=False, size=None, extreme="")
        if extra.unparsed and not extra.refuse:
            return replace(prev, where=where, unparsed=extra.unparsed, question=question, followup="relax")
        return replace(prev, where=where, question=question, followup="relax", unparsed=())

    def _measure_anaphor(self, text: str, state: State) -> str:
        """"这个措施" / "这两项措施" → the measures just named; "其它任务" after one task → that task excluded."""
        m = re.search(r"(?:(?:这|那|该)(?:条|项|个)(?:任务)?|它)(?:所在|所属)?的?(?:那项|那个)?(?:工作)?措施|(?:它|所)在的?(?:工作)?措施|(?:跟|和|与|同)?(?:它|这(?:条|项|个))?(?:是)?同一(?:个|项|条)?(?:工作)?措施"
                      r"|(?:这|那|该)(?:两|俩|二|三)?(?:个|项|一)?(?:工作)?措施(?!\s*[0-9一二三四五六七八九十])", text)
        if not m:
            return text
        k = 2 if re.search("[两俩二]", m.group(0)) else 3 if "三" in m.group(0) else 1
        nos: tuple[int, ...] = state.measures[-k:] if len(state.measures) >= k else ()
        if not nos and state.mentioned and (t := self.ledger.task(state.mentioned[-1])):
            nos = (t.measure_no,)
        if not nos and len(state.result) == 1 and (t := self.ledger.task(state.result[0])):
            nos = (t.measure_no,)
        if not nos:
            return text
        named = "和".join(f"第{n}项" for n in nos) + "措施"
        out = text[: m.start()] + named + text[m.end():]
        if k == 1 and state.mentioned and state.query is not None and not state.query.collection \
                and re.search(r"其它|其他|其余|别的|另外|除了它|除它|还有", out):
            out = re.sub(r"除了它|除它|其他|其它|其余|别的|另外的|另外", " ", out) + f" 除了 {state.mentioned[-1]} "
        return out

    def _referent(self, text: str, state: State, q: Query) -> tuple[tuple[str, ...], tuple[int, int]] | None:
        """The tasks a reference in ``text`` points at, and where the reference is."""
        g = self.g
        listed = state.last_list or state.result
        if g("units_ref").search(text):
            return None
        m = g("position").search(text)
        named = {cn_number(x) for x in re.findall(rf"第\s*({_NUM})\s*(?:项|条|个)?\s*(?:工作)?措施|措施\s*({_NUM})", text) for x in x if x}
        if state.query is not None and state.query.target in ("units", "measures", "verify_measure"):
            named |= {n for a in atoms(state.query.where) if isinstance(a, MeasureIn) for n in a.nos}  # "第4项下面…" after measure 4's units
        if m and m.groupdict().get("n") and cn_number(m.group("n")) in named:
            m = None  # "第2项措施和第5项措施相比，第5项…": the measure the question named, not a position in a list
        if m and len(listed) <= 1 and state.mentioned and m.groupdict().get("n") and (t := self.ledger.task(state.mentioned[-1])):
            # "措施16的第三项任务是什么？" → "第四项呢？": a position among the tasks of the measure in focus
            listed = tuple(x.id for x in self.ledger.tasks if x.measure_no == t.measure_no and x.ledger == t.ledger)
        if m and listed:
            d = m.groupdict()
            k = cn_number(d.get("n") or d.get("first") or d.get("last") or d.get("back") or "1") or 0
            if d.get("back"):
                picked = (listed[-k],) if 1 <= k <= len(listed) else ()
            elif d.get("n"):
                beyond = len(listed) < k <= len(listed) + 3 and re.search(r"[条个]", m.group(0)) is not None  # "第5条" of a 4-item list
                picked = (listed[k - 1],) if 1 <= k <= len(listed) else tuple(listed) if beyond else ()
            elif d.get("first"):
                picked = listed[:k]
            elif d.get("last"):
                picked = listed[-k:]
            else:
                picked = listed[-1:]
            if picked and len(picked) == 1 and (more := re.match(r"\s*(?:和|与|跟|、|及)\s*第(?P<n2>[一二三四五六七八九十两\d]{1,3})(?:个|条|项)", text[m.end():])):
                k2 = cn_number(more.group("n2")) or 0  # "第二个和第四个"
                if 1 <= k2 <= len(listed):
                    return (*picked, listed[k2 - 1]), (m.start(), m.end() + more.end())
            return (picked, m.span()) if picked else None
        if (m := re.search(r"(?:刚才|刚刚|前面|上面)(?:说|问|提)?的?(?:这|那)?(?:两|俩|二)个?(?:任务|项)?", text)) and len(state.mentioned) >= 2:
            return state.mentioned[-2:], m.span()
        plural = re.search(r"它们|(?:这|那)(?:两|俩|二|几|三)(?:个|项|条)?(?:任务)?|这些任务|那些任务|(?:两|俩)(?:条|项|个)(?:任务)?(?=里|中|当中|之中|哪|谁)", text)
        if plural and not (q.collection and state.query is not None and state.query.collection):
            word = plural.group(0)
            k = 2 if re.search("[两俩二]", word) else 3 if "三" in word else 0
            pool = state.last_list if len(state.result) <= 1 and state.last_list else state.result
            if k and len(state.mentioned) >= k and (state.query is None or not state.query.collection):
                return state.mentioned[-k:], plural.span()
            if pool and (not k or len(pool) >= k):
                return (pool[:k] if k else pool[:20]), plural.span()
        single = _SINGULAR.search(text)
        pre = re.split(r"[，,。；;！!？?]", text[: single.start()])[-1] if single else ""
        if single and re.match(r"[这那]", single.group(0)) and any(
                len(c) >= 2 and self.covered(c) for c in self._content(_M.sub(" ", self._mark(pre, dt.date.today())[0]))):
            return None  # "电动汽车充电设施那条呢": a description picks the task; the demonstrative points at no earlier one
        if single:
            if state.query is not None and not state.query.collection and state.mentioned:
                return state.mentioned[-1:], single.span()
            if state.result and len(state.result) == 1:
                return state.result, single.span()
        return None

    def is_elliptical(self, text: str, q: Query, state: State) -> bool:
        """True when the question continues the previous one instead of standing alone."""
        if q.refuse and q.refuse not in ("no_subject",):
            return False
        if self.g("fresh").search(text) and not self.g("narrow").search(self.g("fresh").sub(" ", text)):
            return False
        if q.target == "breakdown" and q.where is None and state.query is not None and state.query.collection:
            return True  # "按措施分一下": the list just shown, grouped
        if q.target == "units" and q.where is None and not q.content and state.query is not None:
            return True  # "由哪些单位负责？": of what was just shown
        if re.search(r"[”\"」』](?:那|这)(?:个|项|条)", text) and not self.g("narrow").search(text):
            return False  # "“电网一张图”那个任务是谁负责的": a description of its own task, not a pointer into the last answer
        if self.g("ellipsis").search(text) or self.g("units_ref").search(text):
            return True
        prev = state.query
        bare = _MEASURE_LIST.sub(" ", text)
        if prev is not None and prev.collection and q.collection and not re.search(self.g("task_nouns").pattern, bare) \
                and not self.g("target_measures").search(bare) and not re.search(r"单位|部门", bare):
            return True  # "哪几个已经逾期了" after a list: no noun of its own
        # nothing of its own: "什么时候完成？", "由谁负责？"
        return q.where is None and not q.subject and not q.refs and q.target not in ("changes", "figure", "status_summary", "breakdown") \
            and not (q.collection and not q.content)

    def follow(self, text: str, q: Query, state: State, today: dt.date) -> Query:
        """The query an elliptical question means, given the previous one (narrow, substitute, complement, same field)."""
        prev = state.query
        if prev is None or not self.is_elliptical(text, q, state):
            return q
        g = self.g
        narrowing = bool(g("narrow").search(text))
        if (ref := g("units_ref").search(text)) and state.units and not q.refs:
            # "这两个部门共同负责的" / "两个都参与的呢": a question about the units named before, complete otherwise
            word = ref.group(0)
            k = 3 if "三" in word else 2 if re.search("[俩两二]", word) else 1 if re.search("个|该", word) else len(state.units)
            if k >= 2 and re.search(r"一样|相同|一致|重合|区别|差别|分别|各(?:有|是|自)|差几|相差", text):
                groups = tuple(all_of([UnitIs((u,)), *atoms(q.where)]) for u in state.units[-k:])
                return replace(q, target="groups", groups=groups, count=True, where=q.where, subject="", content=(), refs=(),
                               followup="units", unparsed=())
            where = all_of([*atoms(q.where), UnitIs(state.units[-k:])])
            base = q if q.collection else replace(prev if prev.collection else q, target="tasks")
            return replace(base, target=base.target if base.collection else "tasks", where=where, subject="", content=(),
                           followup="units", unparsed=tuple(u for u in q.unparsed if not re.search("两|俩|三|家", u)))
        if q.target == "units" and q.where is None and not q.content and not q.refs:
            if not prev.collection and state.mentioned:
                return replace(q, target="responsible", refs=state.mentioned[-1:], count=False, followup="subject")
            if prev.collection:
                return replace(q, where=prev.where if prev.target != "units" or prev.where is not None else TaskIn(state.result),
                               followup="units")
        new_units = [a for a in atoms(q.where) if isinstance(a, UnitIs)]
        old_units = [a for a in atoms(prev.where) if isinstance(a, UnitIs)]
        if len(new_units) == 1 and len(old_units) == 1 and prev.collection and re.search(r"比", text) and re.search(r"差|多|少", text):
            common = [a for a in atoms(prev.where) if a not in old_units]
            groups = tuple(all_of([u, *common]) for u in (old_units[0], new_units[0]))
            return replace(q, target="groups", groups=groups, where=all_of(common), count=True, followup="compare", unparsed=())
        edge = q.extreme if q.extreme in ("latest", "earliest") else {"最早": "earliest", "最先": "earliest", "最晚": "latest", "最迟": "latest"}.get(
            m.group(1), "") if (m := re.search(r"(?:时限|期限|到期|截止|完成)\S{0,3}?(最早|最晚|最先|最迟)|(最早|最晚|最先|最迟)\S{0,3}(?:到期|截止|完成)", text)) and (m := re.search(r"(最早|最晚|最先|最迟)", m.group(0))) else ""
        if prev.collection and q.where is None and not q.subject and not q.refs and edge and q.target not in ("units", "breakdown", "groups"):
            # "它们里面最晚的是哪几条" / "其中完成时限最早的是哪一项": the earliest / latest within the list shown
            return replace(prev, target="tasks", count=False, extreme=edge, by="", every=False, size=None, followup="narrow")
        own_subject = bool(q.subject or q.refs) and not q.collection
        if own_subject and narrowing and prev.collection and q.subject and not q.refs and q.target in ("responsible", "deadline", "days_left") \
                and any(len(c) >= 2 and self.covered(c) and not re.search(r"一项|一条|条件|限定|缩小|哪", c) for c in q.content):
            # "里面讲预付电费的那条时限是？": the task described, searched among those shown
            return replace(q, where=all_of([*atoms(prev.where), *atoms(q.where)]), followup="within")
        if own_subject and not narrowing:
            if not prev.collection and q.target == "lookup":
                # "那智能客服呢？" after a single-field question: same field, new subject
                return replace(q, target=prev.target if prev.target in _FIELDS else q.target, followup="substitute")
            return q
        if find(prev.where, MeasureIn) and not find(q.where, MeasureIn) and (
                bare := re.search(rf"第\s*{_NUM}\s*(?:项|条)(?!\s*(?:具体)?任务)", text)):
            again = self.parse(text[: bare.end()] + "措施" + text[bare.end():], today)
            if find(again.where, MeasureIn):
                q = replace(again, question=q.question)
        where_new = q.where
        if own_subject and narrowing and prev.collection:
            implicit, _ = self._implicit_keywords(list(q.content), text)
            where_new = all_of([*atoms(where_new), *implicit])
        # units named in earlier turns: 这俩部门共同负责的 / 这个部门
        ref = g("units_ref").search(text)
        lead = "牵头" in q.unparsed or bool(ref and re.match(r"\s*(?:来|作为)?(?:牵头|leads?\b)", text[ref.end():]))  # 它牵头的 / the ones it leads
        if ref and state.units:
            word = ref.group(0)
            k = 3 if "三" in word else 2 if re.search("[俩两二]", word) else 1 if re.search("个|该", word) else len(state.units)
            where_new = all_of([*atoms(where_new), UnitIs(state.units[-k:], "lead" if lead and k == 1 else "has")])
        elif lead and len(named := {u for a in atoms(prev.where) if isinstance(a, UnitIs) for u in a.units}) == 1:
            where_new = all_of([*atoms(where_new), UnitIs(tuple(named), "lead")])  # “其中它牵头的”: the unit in play, as lead
        if lead and ((ref and state.units) or find(where_new, UnitIs)):
            q = replace(q, unparsed=tuple(u for u in q.unparsed if u != "牵头"))
        if g("compare").search(text) and len(state.mentioned) >= 2 and not prev.collection:
            return replace(q, target="compare", refs=state.mentioned[-2:], where=None, followup="compare", unparsed=(), extreme=_latest(text))
        if g("compare").search(text) and prev.collection and 2 <= len(state.result) <= 30:
            return replace(q, target="compare", refs=state.result, where=None, followup="compare", unparsed=(), extreme=_latest(text))
        if re.search(r"(?:这些|上面|刚才|前面|以上)(?:的)?(?:任务)?(?:之外|以外)", text) and prev.collection:
            return replace(q, target="tasks", where=all_of([*atoms(where_new), Not(TaskIn(state.result))]), followup="exclude",
                           unparsed=tuple(u for u in q.unparsed if u not in ("之外", "以外")))
        if g("complement").search(text) and prev.collection and not narrowing and not any(isinstance(a, Not) for a in atoms(where_new)):
            parent = state.parent
            if parent is not None:
                base_where = parent.where
            else:  # no earlier list: the scope (units, measures) stays, the qualifiers (time, status, keywords) flip
                scope = [a for a in atoms(prev.where) if kind_of(a) in ("unit", "measure", "ledger")]
                base_where = all_of(scope) if scope and len(scope) < len(atoms(prev.where)) else None
            delta = _difference(prev.where, base_where)
            new_where = all_of([*atoms(base_where), negate(delta)] if delta is not None else [Not(TaskIn(state.result))])
            return replace(prev, where=all_of([*atoms(new_where), *atoms(where_new)]), count=q.count or prev.count, followup="complement",
                           unparsed=(), target="tasks" if prev.target in ("breakdown",) else prev.target)
        if q.target == "groups" and prev.collection and prev.where is not None:
            # "这里面2025年底前的几项，2026年底前的几项": each group within the list shown
            groups = tuple(all_of([*atoms(prev.where), *atoms(g_)]) for g_ in q.groups)
            return replace(q, groups=groups, where=all_of([*atoms(prev.where), *atoms(q.where)]), followup="narrow")
        if prev.collection and where_new is None and not q.subject and re.search(r"哪些|哪几|列出|列一下|分别是|都是什么|是什么|which|list", text):
            return replace(prev, count=False, followup="repeat")
        # a field of the previous answer: "什么时候完成？" "那由谁负责？"
        if not q.collection and q.target != "breakdown" and not q.subject and not q.refs and where_new is None:
            if prev.collection and 1 <= len(state.result) <= 3:
                return replace(q, refs=state.result, followup="subject")
            if state.mentioned and not prev.collection:
                target = q.target if q.target != "lookup" else prev.target
                return replace(q, target=target, refs=state.mentioned[-1:], followup="subject")
            return q  # ambiguous: no single task to point at
        if prev.collection or (q.collection and prev.where is not None):
            target = q.target if q.collection and q.target != "tasks" else prev.target if not q.collection else "tasks"
            if target in ("totals", "groups") or (target == "units" and re.search(r"哪(?:几|些)?(?:项|条|个任务)|几项|多少项", text)):
                target = "tasks"  # "其中持续推进的是哪一项" after a total or a list of units: the tasks
            inside = re.search(r"(?:措施|这[两俩几三]?[条个项]|这些|它们)\S{0,2}(?:里|中|当中|里面|之中|下面?)", text)  # "这两条措施里…几项"
            if q.collection and q.target == "tasks" and prev.target in ("measures", "units") and not re.search(g("task_nouns").pattern, text) \
                    and not (prev.target == "measures" and inside):
                target = prev.target
            if prev.target == "measures" and inside and target == "measures" and not re.search(r"(?:几|多少|哪些|哪几|哪)\s*[个项条]?\s*(?:工作)?措施", text):
                target = "tasks"  # "这些措施里面持续推进的一共几项": the tasks inside them
            count = q.count if q.collection else prev.count
            if narrowing and re.search(r"(?:去掉|除掉|排除掉?|剔除|刨掉|不要了?|拿掉)", text) and where_new is not None:
                where = all_of([*atoms(prev.where), *(a if isinstance(a, Not) else negate(a) for a in atoms(where_new))])  # "再把已经过期的去掉"
                mode = "exclude"
            elif narrowing:
                where = all_of([*atoms(prev.where), *atoms(where_new)])
                mode = "narrow"
            else:
                if g("correction").search(text):  # "不对，是省能源局，不是住建厅": the old value named as wrong is not an exclusion
                    old = atoms(prev.where)
                    where_new = all_of([a for a in atoms(where_new) if not (isinstance(a, Not) and _names_old(a.item, old))])
                where = _substitute(prev.where, _keep_unit_mode(prev.where, where_new, text))
                mode = "substitute"
            keep_shape = target == prev.target  # a list of tasks inside the measures shown keeps none of their ranking
            if not keep_shape and (prev.extreme or prev.size or prev.every) and state.result:
                # the measures shown were picked by a ranking the condition does not hold: their tasks, by id
                where = all_of([TaskIn(state.result), *[a for a in atoms(where) if a not in atoms(prev.where)]])
            return replace(prev, target=target, count=count, where=where, by=q.by or (prev.by if keep_shape else ""),
                           every=q.every or (prev.every and keep_shape), size=q.size or (prev.size if keep_shape else None),
                           extreme=q.extreme or (prev.extreme if keep_shape else ""),
                           followup=mode, unparsed=q.unparsed, completion=q.completion)
        return q


