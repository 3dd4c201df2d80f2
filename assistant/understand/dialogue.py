"""Stage 5: dialogue — a question read in the conversation: references into earlier answers (它 / 这两项 / 第三个),
the task in focus checked or shown again, lists named again; elliptical questions go on to :mod:`assistant.understand.followup`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from assistant import rx
from assistant.query import (
    DeadlineIs,
    MeasureIn,
    MeasureWith,
    Not,
    Query,
    StatusIs,
    TaskIn,
    TextHas,
    UnitCount,
    UnitIs,
    all_of,
    atoms,
    find,
    kind_of,
    select,
)
from assistant.text import normalize
from assistant.understand.checks import Checks
from assistant.understand.elliptic import _POSSESSIVE, _TWO_COUNTS, _last_named
from assistant.understand.patterns import (
    _AMONG_MEASURES,
    _FIELDS,
    _NUM,
    _SINGULAR,
    clean_input,
    over_limit,
)
from assistant.understand.pronouns import _BARE_ROLE, _IT_UNIT, _IT_UNIT_EN, _LEAD_OFF, _ROLE_FIRST, _WE_UNIT
from assistant.understand.state import State

#: "跟这份清单完全一样吗" / "也一样吗": whether a list is the same as the one shown
# "改成至少9家呢" / "那5家以上的呢": a number of units said alone, after a list chosen by its number of units
_BARE_UNIT_COUNT = rx.lazy(rf"(?:那|那么)?\s*(?:改成|换成|改为|要是|如果是?)?\s*(?P<c>(?:恰好|正好|只有|多达|超过|多于|少于|不少于|不超过|不多于|至少|最多|不到)?\s*"
                           rf"{_NUM}\s*(?:家|个)(?:单位|部门)?(?:以上|以下|及以上|及以下)?)\s*(?:的)?(?:任务)?(?:呢|吧|的呢)?")

# "分别什么时候到期？" / "各自谁牵头": a field asked of each task of the list just shown, without a pronoun
_EACH = rx.lazy(r"分别|各自|各项|每一?项|每一?条|每一?个|\beach\b")
_EACH_AT_MOST = 20  # beyond this many tasks, "each" is not answered field by field

# "没过期的那一条": one task of a list shown, named by its own condition
_DESCRIBED_ONE = rx.lazy(r"(?P<pre>[^，,。；;？?！!]{2,16}?)的\s*(?:那|这)(?:一)?(?:项|条|个)(?!\s*(?:工作)?措施)(?:任务)?")
# "省电力交易中心参与的那几项": a list named by its own condition, then a determiner
_DESCRIBED = rx.lazy(r"(?P<pre>[^，,。；;？?！!]{2,24}?)的\s*(?:那|这)(?:几|些)(?:项|条|个)?(?:任务)?")


# "在这个基础上…" / "在此基础上…": said of the list just shown — never a pointer to one task ("这个")
# words that point back at something shown before (a list, a measure, a task)
_POINTS_BACK = rx.lazy(r"它|其中|这些|那些|这几|那几|这两|那两|这俩|两个措施|两项措施|两条措施|两部分|上述|上面的|\b(?:it|its|they|them|those|these)\b")
# a question that starts by pointing into the list just shown
_INSIDE_THAT = rx.lazy(r"\s*(?:那|那么|好的?|嗯)?\s*[，,]?\s*(?:其中|这其中|这里面|那里面|里面|里头|这些里面?|这些(?:任务)?(?:中|当中)|当中|上面(?:这些)?(?:里|中))")
# a unit by its place in a list of units shown ("第5个单位")
_NTH_UNIT = rx.lazy(r"第\s*[0-9一二三四五六七八九十两]{1,2}\s*(?:个|家)\s*(?:责任)?(?:单位|部门)")
# a question that names what it asks for (tasks, measures, units): complete on its own, even after a correction
_NAMES_TARGET = rx.lazy(r"任务|措施|单位|部门|事项|\b(?:tasks?|measures?|units?)\b")
# "第2条呢": an ordinal and nothing else
# "…是哪一条措施？列出它的任务。": a request to show what the answer about a measure shows anyway
_LIST_ITS = rx.lazy(r"[，,。？?；;]\s*(?:并|并且|再|顺便|同时|然后)?\s*(?:请)?\s*(?:(?:列出|列一下|列举|说一下|说说|给出|写出|展示|显示|附上)(?:一下)?(?:来)?\s*"
                    r"(?:它|其|该措施|这个措施|这条措施|那条措施)(?:的|下面的?|下属的?|包含的?)?\s*(?:所有|全部)?(?:的)?(?:具体)?任务(?:来|出来)?"
                    r"|把\s*(?:它|其|该措施|这个措施|这条措施|那条措施)(?:的|下面的?|下属的?|包含的?)?\s*(?:所有|全部)?(?:的)?(?:具体)?任务\s*(?:都|也)?"
                    r"(?:列出来|列一下|列举出来|说一下|写出来|发给我|给我))\s*[。.！!？?]*\s*$")
_BARE_WORD = rx.lazy(r"\s*(?:那|那么)?\s*(?:换成|改成)?\s*(?P<w>[\u4e00-\u9fff]{2,8}?)\s*(?:呢|的呢)\s*[？?。]*\s*")  # "无人机呢"
_BARE_ORDINAL = rx.lazy(r"\s*(?:(?:不对|错了|说错了|搞错了)\s*[，,。！!]?\s*)?(?:我(?:说|问|要|指|想问)的是|我是说|应该是)?\s*(?:那|那么|那就)?\s*第\s*(?P<n>[0-9一二三四五六七八九十]{1,3})\s*(?P<cl>条|项|个)\s*(?:呢|咧|嘞|嘛)?\s*[？?。]*\s*")
_SWAP_NAMED = rx.lazy(r"^\s*(?:那|那么)?\s*(?:就|再)?\s*(?:把|将)(?P<a>[^，,。？?把将]{2,20}?)(?:换成|改成|换为|改为)(?P<b>[^，,。？?]{2,30}?)"
                      r"(?:[，,]\s*(?:那|那么)?(?:结果|这样|这时)?(?:是|会是|就是)?(?:哪些|有哪些|有几项|几项|多少项)(?:任务)?)?[？?。]*\s*$")
_WIDEN_TO = rx.lazy(r"^\s*(?:那|那么|好的?)?\s*[，,]?\s*(?:再)?(?:把|将)?(?:范围|条件|时限|期限|时间范围|时间)?\s*(?:放宽|放大|扩大|扩展|延长|延到|放)(?:一点|一些)?(?:到|至)(?=\s*(?:20\d\d|今年|明年|后年|去年))"
                    r"(?!\s*20\d\d[^，,。？?]{0,8}?(?:或者?|或是|和|、|及|与)\s*20\d\d)")  # (two deadlines after it are the values)


# "那它的任务里…" / "它下面有几项": 它 for a measure, where its tasks are said after it
_IT_MEASURE = rx.lazy(r"它(?=\s*(?:的|下面|下边|底下|里面|里头|里)?\s*(?:的)?\s*(?:任务|具体任务|几项|有几|有哪些|哪些|都有|一共))")
# "措施16第三项" / "第16项措施的第3条": a place in the measure just named
_POSITION_IN_MEASURE = rx.lazy(r"(?:措施\s*[0-9一二三四五六七八九十]{1,3}|第\s*[0-9一二三四五六七八九十]{1,3}\s*[项条](?:工作)?措施)\s*(?:里|中|下面?)?(?:的)?\s*第\s*[0-9一二三四五六七八九十]{1,3}\s*[项条个]")
# "把它牵头的任务列出来" after the one unit a ranking named: 它 before the unit's role
_IT_RANKED = rx.lazy(r"(?P<it>它|该单位|这个单位|这家单位|这家|这个部门|该部门)(?=\s*(?:自己)?(?:还|都|又)?(?:一共|总共|具体)?(?:牵头|参与|负责))")
# "也是这个时限": the deadline of the task in focus
_SAME_DEADLINE_AS_IT = rx.lazy(r"(?P<v>也是|同样是|一样是|都是|是)(?:这个|这一|同一个|同样的|一样的|相同的)(?:完成)?(?:时限|期限|截止时间)")
# "刚才去掉的那几条" / "被排除的那两项": the tasks the last change took out
_REMOVED = rx.lazy(r"(?:刚才|刚刚|之前|上一步)?(?:被)?(?:去掉|删掉|删除|排除|剔除|拿掉|除掉|减掉|筛掉)(?:了)?的(?:那|这)?(?:几|些|两|三|四|五)?(?:条|项|个)(?:任务)?")
_ON_THAT_BASIS = rx.lazy(r"(?:在|就)?(?:这个|此|这|上面这个|刚才这个|(?:前|上)一(?:个)?(?:问|问题|题)的?|刚才(?:那个)?(?:问题)?的|前面(?:那个)?(?:问题)?的)基础上[，,]?")
_DROP_THEN_SWAP = rx.lazy(r"^\s*(?:那)?(?:把)?(?:去掉|拿掉|取消|不要|删掉)[^，,。？?]{1,14}?(?:这个|那个)?(?:条件|限制)?\s*[，,]\s*(?=(?:换成|改成|换为|改为))")
# "不对，我是想问省电力公司牵头的，不是单独负责的": after a correction, the role said as not meant is the one replaced
_NOT_THE_OLD_ROLE = rx.lazy(r"[，,]\s*(?:而)?(?:不是|并非|不是说)\s*(?:只由\S{0,10}?|它|其)?(?:单独|独自|独立|自己)?\s*(?:负责|牵头|参与|承担|配合)的?"
                            r"(?:那些|那几项|那几条|任务)?(?:呢|啊|哈)?\s*[。！!？?]*\s*$")
_KIND_SWAPPED = r"(?:工作)?(?:(?:措施|责任单位|单位|部门|完成时限|时限|期限|时间|年份|截止时间)(?:的?条件)?|条件)(?:换成|改成|换为|改为|换到|改到)(?=\s*(?:措施|第|省|各|20\d\d|持续|今年|明年|去年))"
_SWAP_KIND = rx.lazy(r"(?:那)?(?:就)?(?:把|将)" + _KIND_SWAPPED)
# "时限改成2027年底前" after a list: the list's condition of that kind swapped (after one task it would ask to edit the ledger)
_SWAP_BARE = rx.lazy(r"(?:^|(?<=[，,]))\s*(?:那|那么)?\s*(?:就)?" + _KIND_SWAPPED)
# "那个措施里…" / "这两个措施…": a pointer to measures shown before
_MEASURE_POINTER = rx.lazy(r"(?:这|那|该)(?:个|项|条)?(?:工作)?措施(?!\s*(?:[0-9]|[一二三四五六七八九十](?![共起下样致同直般些定])))")
# "下一个措施呢" / "上一项措施是什么": the measure after (before) the one in focus
_NEXT_MEASURE = rx.lazy(r"(?P<d>下|上)一(?:个|项|条)(?:工作)?措施")
# "还是省电力公司牵头，时限换成持续推进的": what stays as it was, said before the change
_STILL = rx.lazy(r"^\s*(?:那)?\s*还是(?=[^，,。？?]{2,16}[，,]\s*\S)")


#: "除该项外，其余…" / "除了这条以外，剩下的…": the item in focus set aside before the rest of its list is asked about
_BESIDES_IT = rx.lazy(r"^\s*(?:那)?\s*除(?:了)?\s*(?:该项|这项|这一项|这条|那条|此项|它|这个|该任务|这个任务)\s*(?:之外|以外|外)?\s*[，,]?\s*"
                      r"(?=(?:的)?(?:其余|其他|其它|剩下|剩余|另外))")


@dataclass

class Understander(Checks):
    """Turns a question into a :class:`Query` using the lexicon and the ledger's own vocabulary."""

    # ---------------------------------------------------------------- follow-ups
    def read(self, question: str, state: State, today: dt.date) -> Query:
        """Parse a question in the context of the conversation state (:meth:`_read`), then check that its
        conditions can hold together."""
        if over_limit(question, self.max_chars):  # before any pattern reads it
            return Query(clean_input(question)[:80], refuse="too_long")
        if (its := _LIST_ITS.search(normalize(clean_input(question)))) is not None and its.start() > 0:
            # "其中任务最多的是哪一条措施？列出它的任务。": the answer about a measure lists its tasks anyway
            asked = self.read(normalize(clean_input(question))[: its.start()], state, today)
            if asked.target == "measures" and not asked.refuse:
                return replace(asked, question=clean_input(question))
        said_in = question
        if state.query is not None and (besides := _BESIDES_IT.search(normalize(clean_input(question)))) is not None:
            # "除该项外，其余各项…": the rest of the list the item was picked from — "besides it" only says which rest
            said_in = normalize(clean_input(question))[besides.end():]
        if state.query is not None and (chinese := self._english(normalize(clean_input(question)))) and not rx.search(r"[a-z]{2,}", chinese):
            # "How many is that?" after a list: an English follow-up the glossary reads whole is read as its Chinese words
            said_in = rx.sub(r"\s*([？?，,。！!])", r"\1", rx.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", rx.sub(r"\s+", " ", chinese))).strip()
        q = self._units_like_it(self._consistent(self._measure_list_claim(self._read(said_in, state, today)), today), question)
        if said_in is not question:
            q = replace(q, question=clean_input(question))
        q = self._list_size_claim(question, q, state)
        held = {repr(a) for a in atoms(q.where) if not isinstance(a, Not)}
        if not q.refuse and q.target in ("tasks", "measures", "units", "totals") \
                and (both := next((a for a in atoms(q.where) if isinstance(a, Not) and repr(a.item) in held), None)) is not None:
            # a condition and its denial together ("其中省电力公司牵头的" then "这些里面它不牵头的呢"): the question was misread — ask,
            # never answer "0 项"
            return replace(q, refuse="contradiction", refuse_detail=f"{both.item.words()}”与“{both.words()}")
        unbound = q.where is None or all(isinstance(a, Not) and isinstance(a.item, TaskIn) for a in atoms(q.where))
        if (state.query is not None or state.lost) and q.collection and unbound and not q.refs and not q.groups and not q.refuse \
                and _POINTS_BACK.search(normalize(clean_input(question))) and q.target not in ("totals", "changes"):
            # "how many tasks does it have" / "两个措施加起来一共几项" / "其中数量最多的是哪一类" that bound to nothing: the whole ledger
            # would be answered as if it were what was pointed at — ask instead
            return replace(q, refuse="lost_context")
        said = normalize(clean_input(question))
        if q.collection and not q.refuse and not q.followup and not q.refs and _INSIDE_THAT.match(said):
            # "里面过期的" that did not narrow a list shown (a single task was shown, nothing could be bound, or no list came
            # before): never the whole ledger as if it were the list pointed into
            picked_from = state.last_list if state.mentioned and state.mentioned[-1] in state.last_list and len(state.last_list) >= 2 \
                and state.query is not None and not state.query.collection else ()
            if picked_from and q.where is not None and not q.unparsed:
                # "第7项措施下有哪些任务" → "倒数第二条的完成时限是？" → "这里面有没有持续推进的": the list the task was picked from
                return replace(q, where=all_of([TaskIn(picked_from), *atoms(q.where)]), followup="narrow")
            return replace(q, refuse="lost_context")
        q, decided = self._bound_to_shown(q, said, state, today)
        if decided:
            return q
        if (state.lost or state.unread) and _MEASURE_POINTER.search(said) and not q.refuse and not q.refs \
                and not find(q.where, (MeasureIn, MeasureWith, TaskIn)) and q.target not in ("measure_of", "verify_measure") \
                and not rx.search(r"哪(?:个|条|项|一)(?:工作)?措施", said):
            # "那个措施里哪项不是2027年底前的" after a turn not read: the pointer found nothing — never the whole ledger instead
            return replace(q, refuse="lost_context")
        shown = find(q.where, TaskIn)
        if (state.lost or state.unread) and q.followup == "narrow" and len(shown) == 1 and q.collection and not select(self.ledger.tasks, q.where, today) \
                and all(isinstance(a, TaskIn) or kind_of(a) in ("status", "deadline") for a in atoms(q.where)):
            # "时限是2027年底前的呢" after a list known only by the tasks shown, none of them with that time: a time swapped in a
            # list whose other conditions are not known — never "0 项" as if the list had been narrowed
            return replace(q, refuse="lost_context")
        if state.query is not None and not q.refuse and _NTH_UNIT.search(said):
            # "这里面第5个单位还参与了哪些措施": a unit picked by its place in a list of units is not read — never a task searched for
            return replace(q, refuse="lost_context")
        if (state.lost or state.unread) and not q.refuse and self.g("correction")._any.search(said) and not _NAMES_TARGET.search(said):
            # "不对，我说的是2027年底前的" after a turn that was not understood: what it corrects is unknown — ask
            return replace(q, refuse="lost_context")
        return q

    def _own_units(self, state: State) -> set[str]:
        """The units the asker said were their own in an earlier question ("我们属于设区市电力主管部门，…")."""
        canonical = dict(self.aliases)
        return {canonical[m.group("a")] for o in (*state.earlier, state) if o.query is not None
                for m in self._self_intro.finditer(normalize(o.query.question or "")) if m.group("a") in canonical}

    def _keyword_swapped(self, question: str, state: State, today: dt.date) -> str:
        """"提到人工智能的任务有哪些" then "无人机呢": after a list by a word the tasks say, a bare other ledger word is the word
        swapped (a list of its own, as the one before was), not a search for one task."""
        if state.query is None or not state.query.collection or len(find(state.query.where, TextHas)) != 1:
            return question
        m = _BARE_WORD.fullmatch(normalize(clean_input(question)))
        if m is None or not self.in_ledger(m.group("w")) or self._mark(m.group("w"), today)[1] or m.group("w") in self.lexicon.generic \
                or self.g("complement").search(m.group(0)) or self.g("point_back").search(m.group("w")):
            return question  # (a unit, a measure or a time said bare has its own reading)
        return f"提到“{m.group('w')}”的呢"

    def _measures_counted_from(self, state: State) -> State | None:
        """The list of measures the last question went into one of ("哪个措施的任务最多" → "第二个措施里…"): the next
        ordinal measure counts from it too ("第一个措施里呢"). None unless the turn before the last one showed measures
        and the last one narrowed to one of them."""
        before = state.earlier[-1] if state.earlier else None
        if state.query is None or before is None or before.query is None or before.query.target != "measures" or not before.result:
            return None
        shown = {t.measure_no for i in before.result if (t := self.ledger.task(i))}
        nos = [n for a in atoms(state.query.where) if isinstance(a, MeasureIn) for n in a.nos]
        return before if len(nos) == 1 and nos[0] in shown else None

    def _same_form_measure(self, question: str, state: State) -> str | None:
        """"第1条措施有哪些任务" then "第2条呢" (or "不对，我说的是第6条"): said in the same form, the next measure — not the second
        task of the list; after a list of measures ("…的措施有哪几条", "第二条措施下…"), the one of that list. None otherwise."""
        said = normalize(clean_input(question))
        bare = _BARE_ORDINAL.fullmatch(said) if state.query is not None else None
        if bare is None or state.query is None or not rx.search(
                rf"第\s*[0-9一二三四五六七八九十]{{1,3}}\s*{bare.group('cl')}\s*(?:工作)?措施", normalize(state.query.question)):
            return None
        prefix = "不对，我说的是" if self.g("correction")._any.search(said) else ""
        shown = state.earlier[-1] if state.earlier else None
        if shown is not None and shown.query is not None and shown.query.target == "measures" and shown.result:
            return prefix + self._measure_ordinal(f"第{bare.group('n')}个措施", shown) + "呢"
        return prefix + f"第{bare.group('n')}项措施呢"

    def _described_one(self, text: str, state: State, today: dt.date) -> Query | None:
        """"哪些已经过期了" (two of three) then "没过期的那一条是谁牵头？": the one task of a list shown that its own condition
        picks — the latest list first, then the lists before it; None unless exactly one task of such a list fits."""
        m = _DESCRIBED_ONE.search(text)
        if m is None or state.query is None:
            return None
        own = self.parse(m.group("pre") + "的任务有哪些", today)  # the condition read as a list of its own
        said = atoms(own.where)
        kinds = (StatusIs, DeadlineIs, UnitIs, TextHas, MeasureIn)
        if not said or own.refuse or own.unparsed or own.refs or not all(isinstance(c.item if isinstance(c, Not) else c, kinds) for c in said):
            return None
        lists = [state.result, *(o.result for o in reversed(state.earlier) if o.query is not None and o.query.collection)]
        for ids in lists:
            rows = [t for i in ids if (t := self.ledger.task(i)) is not None]
            if len(rows) < 2:
                continue
            fit = select(rows, all_of(said), today)
            if len(fit) == 1:
                again = self.parse(text[: m.start()] + f" 任务{fit[0].id} " + text[m.end():], today)
                return None if again.refuse or again.unparsed else replace(again, followup="reference")
            if fit:
                return None  # several fit: "那一条" is not one of them
        return None

    def _about_focus(self, q: Query, state: State) -> bool:
        """A lookup whose searched words all occur in the one task in focus ("临代正小区…" then "是不是已经清零了？")."""
        named = _last_named(state)
        words = [c for c in q.content if len(c) >= 2 and self.covered(c)]
        return q.target == "lookup" and len(named) == 1 and bool(words) and all(w in self.texts.get(named[0], "") for w in words)

    def _read(self, question: str, state: State, today: dt.date) -> Query:
        """Parse a question in the context of the conversation state.

        References into earlier answers (它 / 这两项 / 第三个 / 最后一个 / 刚才说的两个) are replaced by
        the task ids they point at and the question is parsed again; elliptical questions then
        narrow, substitute, complement or ask a field of the previous query (:meth:`follow`).
        """
        # "省住建厅呢，同样的条件（牵头、2027年底前）？": the bracket restates the conditions kept; the swap is what is asked
        question = rx.sub(r"((?:同样|一样|相同)的?条件)\s*[（(][^）)]{1,30}[)）]", r"\1", question)
        if (own := self._pronoun_for_unit(normalize(clean_input(question)), today)) is not None:
            question = own  # "不对，我说的是省水利厅，它参与几项？": 它 is the unit named before it in the same message
        if state.mentioned and (same := _SAME_DEADLINE_AS_IT.search(norm_q := normalize(clean_input(question)))) is not None \
                and (focus := self.ledger.task(state.mentioned[-1])) is not None:
            # "5.3的时限是？" then "除了它，同一个措施里还有哪几条也是这个时限": the deadline of the task in focus, said
            question = norm_q[: same.start()] + same.group("v") + focus.deadline.text + norm_q[same.end():]
        question = self._keyword_swapped(question, state, today)
        if (state.query is not None and (state.query.target == "measures" or state.lost or state.unread) and state.result) \
                or _AMONG_MEASURES.search(normalize(clean_input(question))):
            # after a list of measures — or a turn not read whose answer showed tasks: "第二个措施" is the second one shown
            question = self._measure_ordinal(question, state)
        elif (listed := self._measures_counted_from(state)) is not None:
            # "哪个措施的任务最多" → "第二个措施里…" → "第一个措施里呢": counted from the same list of measures
            question = self._measure_ordinal(question, listed)
        if (claimed := self._claim_about_shown(question, state, today)) is not None:
            return claimed
        if state.query is not None and _REMOVED.search(normalize(clean_input(question))):
            # "刚才去掉的那几条是什么": the tasks the last change took out of the list before it — never the ones it kept
            before = next((o for o in reversed(state.earlier) if o.query is not None and o.query.collection
                           and set(state.result) < set(o.result)), None) if state.query.collection else None
            if before is None:
                return Query(question=clean_input(question), refuse="lost_context")
            removed = tuple(i for i in before.result if i not in state.result)
            rest = _REMOVED.sub(f"任务{'、'.join(removed)}", normalize(clean_input(question)), count=1)
            return replace(self.parse(rest, today), question=clean_input(question), followup="reference")
        if (same_form := self._same_form_measure(question, state)) is not None:
            question = same_form
        if state.query is not None and state.query.collection and (swap := _SWAP_NAMED.match(normalize(clean_input(question)))):
            # "把省电力交易中心换成省水利厅呢": the condition named is the one swapped — said as "换成省水利厅呢" when it is the
            # only condition of its kind in the list shown
            named = atoms(self.parse(swap.group("a") + "的任务", today).where)
            kinds = [kind_of(a) for a in atoms(state.query.where)]
            same = [a for a in atoms(state.query.where) if a == (n := named[0] if len(named) == 1 else None)
                    or (isinstance(a, UnitIs) and isinstance(n, UnitIs) and a.units == n.units)]
            if len(named) == 1 and same and kinds.count(kind_of(named[0])) == 1:
                question = "换成" + swap.group("b")
        in_list = {u for a in atoms(state.query.where) for x in ((a.item if isinstance(a, Not) else a),) if isinstance(x, UnitIs)
                   for u in x.units} if state.query is not None and state.query.collection else set()
        typed = normalize(clean_input(question))
        if len(in_list) == 1 and ((it := _IT_UNIT.match(typed)) or (it := _LEAD_OFF.match(typed)) or (it := _IT_UNIT_EN.search(typed))
                                  or (it := _BARE_ROLE.search(typed)) or (it := _ROLE_FIRST.match(typed))
                                  or (in_list == self._own_units(state) and (it := _WE_UNIT.match(typed)))):
            # "省政务服务办参与的任务…" then "它只是配合、不牵头的呢" / "那它们参与的任务里，…": 它 is the unit named before,
            # where a unit's role is said; 我们 too, when the asker said earlier that this unit is theirs
            question = typed[: it.start("it")] + in_list.pop() + typed[it.end("it"):]
        elif state.query is not None and state.query.target == "verify_measure" and (it := _IT_MEASURE.search(typed)) \
                and len(nos := {n for a in find(state.query.where, MeasureIn) for n in a.nos}) == 1:
            # "措施7是省能源局牵头的吧？" then "那它的任务里有没有持续推进的": 它 is the measure the claim was about, not a unit
            # the answer named
            question = typed[: it.start()] + f"第{nos.pop()}项措施" + typed[it.end():]
        elif state.query is not None and state.query.target == "breakdown" and state.query.extreme in ("max", "min") \
                and state.query.by in ("unit", "lead") and (it := _IT_RANKED.search(typed)) \
                and isinstance(top := self._extreme_group(state.query, state.query.extreme == "max", today), UnitIs):
            # "牵头任务最少的是哪家？" then "把它牵头的任务列出来": 它 is the one unit the ranking named
            question = typed[: it.start("it")] + top.units[0] + typed[it.end("it"):]
        elif state.query is not None and not state.query.collection and state.query.target == "responsible" and state.units \
                and rx.search(r"牵头", state.query.question or "") and (it := _IT_UNIT.match(typed)) and "牵头了" in typed[it.end("it"):]:
            # "这条的牵头单位是谁？" then "它还牵头了哪些任务": 它 is the lead just named — a task leads nothing
            question = typed[: it.start("it")] + state.units[-1] + typed[it.end("it"):]
        if state.measures and (step := _NEXT_MEASURE.search(question)) is not None \
                and self.ledger.measure(n := state.measures[-1] + (1 if step.group("d") == "下" else -1)) is not None:
            question = question[: step.start()] + f"第{n}项措施" + question[step.end():]  # "措施11是什么？" then "下一个措施呢？"
        if state.query is not None:
            question = _ON_THAT_BASIS.sub("", question)  # "在这个基础上再加一个条件": the list shown is what follows builds on
            question = _SWAP_KIND.sub("换成", question)  # "把措施换成措施16": the condition of that kind swapped, as "换成措施16"
            if state.query.collection:
                question = _SWAP_BARE.sub("换成", _STILL.sub("", question))
            question = _WIDEN_TO.sub("换成到", question)  # "把范围放宽到2026年底前及以前呢": the bound said replaces the one before
            question = _DROP_THEN_SWAP.sub("", question)  # "去掉住建厅这个条件，换成省政务服务办": a swap, said in two steps
            if self.g("correction")._any.search(normalize(question)):
                question = _NOT_THE_OLD_ROLE.sub("", question)
        typed_now = normalize(clean_input(question))
        if (turned := self._turned_around(typed_now, state) or self._with_it_again(typed_now, state)) is not None:
            return turned  # "反过来呢" / "那加上它一共几项"
        if (summed := self._sum_of_lists(question, state, today)) is not None:
            return summed
        went_back = False
        if state.query is not None and (back := self._go_back(question, state, today)) is not None:
            question, state = back
            went_back = True  # what follows is about the list gone back to
        elif state.query is not None and (m := self.g("go_back").search(normalize(clean_input(question)))) is not None \
                and not self._mark(normalize(m.group("what") or ""), today)[1] \
                and [w for w in self._content(m.group("what") or "") if len(w) >= 2 and not rx.search(r"列表|清单|名单|那个|那些", w)]:
            # "回到刚才那个讲咕噜咕噜的列表，第三个…": a list named by words no earlier list fits — never the latest one instead
            return Query(question=question, refuse="lost_context")
        if state.query is not None and not state.query.collection and state.result and rx.search(r"不限|放宽|只看|也算上|都算", question):
            # "第一个具体要干什么？" then "不限期限了，只看它牵头的那些呢？": the list the item was taken from is relaxed
            for i in range(len(state.earlier) - 1, -1, -1):
                o = state.earlier[i]
                if o.query is not None and o.query.collection and set(state.result) <= set(o.result):
                    if (relaxed := self._relax(question, replace(o, earlier=state.earlier[:i]), today)) is not None:
                        return relaxed
                    break
        several = (ref := self.g("units_ref").search(normalize(question))) is not None and bool(rx.search("[俩两二三]", ref.group(0))) \
            and len(state.units) >= 2  # "这三家里谁牵头的最少": the units named before, compared — no change of the last list
        several = several or (bool(_TWO_COUNTS.search(normalize(question))) and bool(state.earlier) and state.earlier[-1].query is not None
                              and state.query is not None and state.query.target == state.earlier[-1].query.target == "tasks")
        known = state
        if state.query is not None and state.query.collection and isinstance(state.query.where, TaskIn) and rx.search(r"措施", question) \
                and isinstance(named := self._named_list(state.query.where.ids), MeasureIn):
            # a list known by the tasks shown is a measure's: "不限措施了" takes that away
            known = replace(state, query=replace(state.query, where=named))
        if state.query is not None and state.query.collection and not several and (relaxed := self._relax(question, known, today)) is not None:
            return relaxed
        if state.query is not None and find(state.query.where, UnitCount) \
                and (bare := _BARE_UNIT_COUNT.fullmatch(normalize(clean_input(question)).strip(" ？?。！!"))):
            # "责任单位8家及以上的任务" then "改成至少9家呢": the count of units is what is changed
            question = f"改成责任单位{bare.group('c')}的呢"
        q = self.parse(question, today)
        norm = normalize(clean_input(question))
        if _POSSESSIVE.search(norm) and not q.refs and (state.query is None or state.lost) and not q.refuse \
                and not find(q.where, (MeasureIn, UnitIs)):  # (“Measure 6 — all its tasks…”: its is the measure just named)
            return replace(q, refuse="lost_context")  # "Which of its tasks…" with nothing understood before for "its" to point at
        if state.query is None or (q.refuse and q.refuse != "no_subject"):
            return q
        if (inside := self._tasks_of_measure_in_focus(norm, q, state)) is not None:
            return inside
        besides = q.where if isinstance(q.where, Not) and isinstance(q.where.item, UnitIs) and q.where.item.mode == "has" else None
        if besides is not None and q.target in ("units", "responsible") and not q.content and not q.refs and state.query.collection \
                and state.query.where is not None and rx.search(r"除了|除去|除|之外|以外", norm) and rx.search(r"还有|另外|其他|其它|别的", norm):
            # "第10项措施是什么" then "除了省电力公司还有哪个单位负责": the other units of the tasks shown (it left out of the list)
            return replace(q, target="units", where=all_of([*atoms(state.query.where), besides]), count=False, followup="units")
        if q.completion and (q.target in ("status_summary", "tasks") or self._about_focus(q, state)
                             or (q.target == "lookup" and not [w for w in q.content if len(w) >= 3 and self.covered(w)
                                                               and not rx.search(rf"(?:我们|咱们|我|咱|俺们?)(?:这边|这里|那边|当地|本地)?的?{re.escape(w)}", norm)])) \
                and not q.refs and state.mentioned \
                and not state.query.collection \
                and (q.target == "status_summary" or rx.search(r"这个|那个|它|这项|那项|这条|那条|该项", norm)
                     or not rx.search(r"哪(?!\s*(?:一步|步|儿|里|个阶段|种程度|个程度))|几|多少|任务|措施|全部|所有|台账|清单|列表|单位|部门|的(?:都|也|是不是|有没有)?(?:已经)?(?:完成|做完|办完|落实|搞定|建成)", norm)):
            # "这个做完了吗？" after one task: that task's deadline, with the note that completion is not recorded
            return replace(q, target="deadline", refs=_last_named(state), where=None, count=False, followup="subject")
        if (not state.query.collection or len(state.result) == 1) and state.mentioned and q.target == "tasks" and not q.count and not q.subject \
                and not q.refs and q.where is not None and all(isinstance(a.item if isinstance(a, Not) else a, UnitIs) for a in atoms(q.where)) \
                and rx.search(r"(?:(?:有份|有没有份|参与|参加|负责|牵头|在内|在里面|管)(?:了)?(?:吗|么|嘛|没有?)"
                              r"|有没有份|参(?:与)?不参与|参(?:加)?不参加|管不管|负不负责|负责不负责|牵不牵头|在不在(?:内|里面)?)\s*[？?]?\s*$", norm) \
                and not rx.search(r"哪|几|多少|任务|清单|列表|全部|所有|台账|措施", question) and len(focus := _last_named(state)) == 1:
            # "“临代正”是哪条任务" then "住建厅有份吗": the units of the task in focus, checked — not every task the unit has
            return replace(q, target="verify", where=all_of([TaskIn(focus)]), refs=focus, claim=q.where, followup="subject")
        if not state.query.collection and state.mentioned and q.target == "tasks" and not q.count and not q.subject and not q.refs \
                and q.where is not None and all(isinstance(a, (StatusIs, DeadlineIs)) for a in atoms(q.where)) \
                and (rx.search(r"(?:吗|么|嘛|没有?|吧|是吧|对吧|是不是|了\s*[？?])\s*[？?]?\s*$", norm)
                     or rx.search(r"^\s*(?:那|那么)?\s*(?:它|这条|这项|该任务)?\s*(?:是否|是不是|有没有)|(?![是有])([\u4e00-\u9fff])[没不]\1", norm)) \
                and not rx.search(r"哪|几|多少|任务|清单|列表|全部|所有|台账", question) and len(focus := _last_named(state)) == 1:
            # "任务2.1什么时候完成？" then "已经过期了吗？": the status of the task in focus, checked — not every past task
            return replace(q, target="verify", where=all_of([TaskIn(focus)]), refs=focus, claim=q.where, followup="subject")
        text = self._english(norm) or self._mixed(norm) or norm
        if not state.query.collection and len(focus := _last_named(state)) == 1 and q.target == "lookup" and not q.refs and q.where is None \
                and rx.search(r"(?:这样|这么|如此|照此|照这样|同样)(?:的)?(?:要求|规定|做|办|处理|执行|操作|算|收|管)", norm):
            # "预付电费有什么规定？" then "那物业也能这样要求吗？": "this way" is the rule of the task in focus — shown again with
            # its words, never another task found by the new word
            return replace(q, refs=focus, where=all_of([TaskIn(focus)]), followup="subject")
        words = [c for c in q.content if len(c) >= 2]
        if not state.query.collection and len(focus := _last_named(state)) == 1 and q.target == "lookup" and not q.refs and q.where is None \
                and len(norm) <= 10 and words and all(self.tasks_with(w) >= 2 for w in words) and not rx.search(r"那条|那项|另一|别的|其他|其它", norm):
            # "配电网投资计划要报给谁" then "多久报一次": a short question with no word of its own that names a task is about the task
            # in focus — never the first task a common word ("一次") finds
            return replace(q, refs=focus, where=all_of([TaskIn(focus)]), followup="subject")
        if not state.query.collection and len(focus := _last_named(state)) == 1 and not q.refs and q.where is None and not q.collection \
                and rx.search(r"(?:再|重新)(?:说|讲|念|发|报|给)(?:我)?(?:一)?(?:次|遍|下)|(?:按|照|用)(?:台账)?原文|原文(?:是什么|是啥|怎么写|怎么说)", norm):
            # "停电标准？" then "你上面说的对吗？按台账原文再说一次": the task in focus, in the ledger's own words
            return replace(q, target="lookup", refs=focus, where=all_of([TaskIn(focus)]), subject="", content=(), unparsed=(), followup="subject")
        if (q.collection or (q.target in _FIELDS and q.where is not None)) and not q.refuse and not q.unparsed and not q.refs \
                and (desc := _DESCRIBED.search(text)) \
                and not self.g("narrow").search(text[: desc.start()]) and not rx.search(r"其中|里面|里头|当中|这些|那些|刚才|上面|剩下|其余|其他|别的|也", text):
            _, said, problems = self._mark(desc.group("pre"), today) if not rx.search(r"它|他们|其|该|这个单位|这家|那家|这个部门", desc.group("pre")) \
                else ("", [], [])
            if said and not problems and not any(isinstance(c, TaskIn) for c in said) and any(isinstance(c, (UnitIs, MeasureIn, TextHas)) for c in said) \
                    and not rx.search(r"呢\s*[？?]?\s*$", text) \
                    and {repr(c) for c in said} <= {repr(a) for a in atoms(q.where)}:
                # "那省电力交易中心参与的那几项，完成时限分别是什么？": the list is the one its own condition describes (a
                # determiner, not a pointer into a list shown before — which a client's transcript may have shown wrongly)
                if not q.collection:  # a field of each of them: the tasks the condition selects, in the ledger's order
                    rows = tuple(t.id for t in select(self.ledger.tasks, q.where, today))
                    if not 1 <= len(rows) <= _EACH_AT_MOST:
                        return replace(q, refuse="lost_context")
                    return replace(q, refs=rows, where=all_of([TaskIn(rows)]), followup="")
                return replace(q, followup="")
        if (one := self._described_one(text, state, today)) is not None:
            return replace(one, question=q.question)
        one_shown = state.result[0] if state.query is not None and state.query.collection and len(state.result) == 1 else \
            state.mentioned[-1] if state.mentioned and (state.query is None or not state.query.collection) else None
        if one_shown and (step := rx.match(r"^\s*(?:那|那么|好的?|再看)?[，,]?\s*(?:再往|再|往)?\s*(?:它|这条|这项|这个|该条)?(?:任务)?(?:的)?"
                                           r"(?P<d>前面|后面|前边|后边|接下来|紧接着|下|上|前|后)(?:紧接着|紧跟着|紧挨着|挨着|接着)?(?:的)?"
                                           r"(?:一|那|那一)(?:条|项|个)(?:任务)?", text)):
            # "下一条呢？" / "它前面那条任务呢" / "这条后面紧接着的一条" after one task: its neighbour in the ledger's order
            # (one picked from a list shown: the next of that list, which the asker is reading, not of the ledger)
            order = list(state.last_list) if one_shown in state.last_list and len(state.last_list) >= 2 else [t.id for t in self.ledger.tasks]
            at = order.index(one_shown) if one_shown in order else -1
            k = at + (1 if step.group("d") in ("下", "后面", "后边", "后", "接下来", "紧接着") else -1)
            if at >= 0 and 0 <= k < len(order):
                text = f"任务{order[k]} " + (text[step.end():].strip(" ，,？?呢") or "是什么")
                q = replace(self.parse(text, today), question=q.question)
        if state.query is not None and state.query.collection and 2 <= len(state.result) <= _EACH_AT_MOST and q.target in _FIELDS \
                and not q.refs and q.where is None and not [c for c in q.content if not _EACH.search(c) and c != "牵头"] and _EACH.search(text) \
                and not rx.search(r"它们|这些|那些|这几|那几|they|them", text) and not self.g("complement").search(text):
            text = "它们" + text  # "分别什么时候到期？" after a list: each of the tasks just shown
            q = replace(self.parse(text, today), question=q.question)
        rewritten = self._measure_anaphor(self._units_anaphor(self._time_anaphor(text, state), state), state)
        excluded = "除了" in rewritten and "除了" not in text  # "同一个措施下另外那条": the other one, not the one in focus
        # the measure of the task in focus, asked for its tasks ("这两条是不是同一个措施下的" asks a question of its own)
        same_measure = bool(rx.search(r"同一|所在|所属|同个", text)) and not rx.search(r"两|俩|它们|他们|吗|么|是不是|是否|有没有", text)
        if rewritten != text:
            text = rewritten
            q = replace(self.parse(text, today), question=q.question)
            if excluded and not q.refuse and not q.unparsed and find(q.where, MeasureIn):
                rows = tuple(t.id for t in select(self.ledger.tasks, q.where, today)) if q.target in _FIELDS and not q.collection and not q.subject \
                    and rx.search(r"另(?:外)?一(?:条|项|个)", norm) and not rx.search(r"一样|相同|一致|哪些|哪几", norm) else ()
                if 1 <= len(rows) <= _EACH_AT_MOST:  # "同一个措施下面的另一条呢，时限是？": that task's field
                    return replace(q, refs=rows, where=all_of([TaskIn(rows)]), followup="reference")
                return replace(q, followup="reference")  # "同一个措施下面的另一项": that measure without the task in focus, nothing else
            if state.result and same_measure and q.collection and not q.refuse and not q.unparsed and find(q.where, MeasureIn) \
                    and len({t.measure_no for i in state.result if (t := self.ledger.task(i)) is not None}) == 1:
                # one task shown (or several of one measure), then "同一条措施下已经到期的" / "同一个措施里最早到期的是哪些":
                # that measure, not the list narrowed
                return replace(q, followup="reference")
            if q.target == "groups" and q.groups and all(isinstance(gr, MeasureIn) for gr in q.groups) and not q.unparsed:
                return replace(q, followup="reference")  # "这两条措施各有几项任务": each measure pointed at, counted whole
            one = state.mentioned[-1] if state.mentioned and state.query is not None and not state.query.collection else ""
            if one and q.collection and (t := self.ledger.task(one)) is not None and any(t.measure_no in m.nos for m in find(q.where, MeasureIn)):
                q = replace(q, focus=one)  # "这个措施牵头的是哪个厅" after 15.2: the measure's answer, the task in focus first
        described = rx.search(r"[”\"」』](?:的)?(?:那|这)(?:几|些)?(?:个|项|条)", text)
        if described and state.mentioned and not excluded and rx.search(r"(?<!其)它(?!们)", text):
            # "它跟“明确用电报装容量标准…”那条比，哪个先到期": 它 is the task in focus, the quotation names the other one
            again = self.parse(rx.sub(r"(?<!其)它(?!们)", f" {state.mentioned[-1]} ", text, count=1), today)
            if not again.refuse and again.target == "compare":
                return replace(again, question=q.question, followup="reference")
        found = None if excluded or described else self._referent(text, state, q, today)
        if found and self.g("complement").search(text[: found[1][1]]) and state.parent is not None:
            found = None  # "剩下的那几项": the rest of the list the last one was taken from, not the last one itself
        if found and (q.refs or find(q.where, TaskIn)) and _POSITION_IN_MEASURE.search(text):
            found = None  # "换个问题：措施16第三项任务的时限": the place is in the measure named, not in the list shown
        if found and self._about_other(q, found[0]):
            found = None  # "我们这个是省级重大项目，办电有没有绿色通道？": its words are another task's, not the one shown
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
                own = [a for a in atoms(again.where) if not isinstance(a, TaskIn)]
                if picked is None and len(again.refs) >= 2 and own:
                    # "措施14那几条的完成时限分别是什么" after a list: the ones of the list the condition said picks
                    kept = tuple(i for i in again.refs if (t := self.ledger.task(i)) is not None and select([t], all_of(own), today))
                    if kept:
                        again = replace(again, refs=kept, where=TaskIn(kept))
                return replace(picked or again, question=q.question, followup="reference")
        return self.follow(text, q, state, today, went_back)

    def _about_other(self, q: Query, ids: tuple[str, ...]) -> bool:
        """True when the question's own ledger words (three characters or more) occur in none of the tasks pointed at
        but some are in another task: a pronoun in it (这个, 我们这个) is then not a pointer into the last answer."""
        words = [w for w in q.content if len(w) >= 3 and self.covered(w)]
        if not words or q.refs or q.where is not None:
            return False
        pointed = " ".join(self.texts[i] for i in ids if i in self.texts)
        others = " ".join(x for i, x in self.texts.items() if i not in ids)
        return not any(w in pointed for w in words) and any(w in others for w in words)

    def _within(self, q: Query, ids: tuple[str, ...], text: str) -> Query | None:
        """"这几项里哪项是持续推进的" / "这几项里哪个是试点性质的": a choice among the tasks pointed at — by the question's
        conditions (exactly), or by its subject (searched among them only). None when the question is not such a choice."""
        own = [a for a in atoms(q.where) if not isinstance(a, TaskIn)]
        inside = rx.search(r"(?:这|那)(?:几|两|俩|三|四|五|些)\S{0,3}(?:里|中|当中|里面|之中|里头)", text)  # "这几条里明年底前到期的"
        if len(ids) < 2 or q.target in ("compare", "verify") or not (rx.search(r"哪(?:个|项|一项|一个|条|些|几)|which", text) or (inside and own)):
            return None
        if own:
            return replace(q, target="tasks", where=all_of([TaskIn(ids), *own]), refs=(), subject="", content=())
        if q.subject or q.content:
            return replace(q, target="lookup" if q.target in ("lookup", "which_task") else q.target, where=TaskIn(ids), refs=())
        return None
