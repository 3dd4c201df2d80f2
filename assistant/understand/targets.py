"""Stage 4: targets and aggregates read from what is left; content words; what was not understood."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from assistant import rx
from assistant.figures import dims_of
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
from assistant.text import cn_number, normalize
from assistant.understand.patterns import (
    _BY,
    _FIELDS,
    _M,
    _NUM,
    _PLANTED,
    _QUALIFIERS,
    _TIME_SAID,
    _asking_clause,
    _by_year,
    _clauses,
    _inside_bounds,
    _latest,
    _single_intent,
    _without,
    clean_input,
    plain_bounds,
)
from assistant.understand.words import _COMPARATIVE, _QUAL_IN, Words

# the two-character negations that tokenise as one word
_NEG_WORD = rx.lazy(r"不是|并非|不要|不含|不算|除外|不属于|不涉及")
# English words that carry an operator; left in the text after the glossary, they were not understood
_ENGLISH_OPERATOR = rx.lazy(r"\b(?:largest|most|fewest|least|smallest|highest|lowest|biggest|only|except|excluding|without|"
                            r"before|after|earliest|latest|neither|nor|unless|besides|apart from|other than|lead|leads|leading|led|heads|heading|in charge|"
                            r"not|never|isn't|aren't|doesn't|don't|didn't|hasn't|haven't|without|earlier|later|sooner|than|prior|until|more|less|fewer)\b")
# "好像有十几个" / "大概二十来项": a rough number of tasks, said to be checked
_VAGUE_COUNT = rx.lazy(r"(?:好像|似乎|大概|大约|估计|差不多|应该|可能)?\s*(?:有|是)?\s*(?:十几|二十几|三十几|四十几|几十|好几|一两|两三|三四|四五|五六|[一二三四五六七八九十\d]+来)\s*(?:项|条|个)(?:任务)?(?:左右)?"
                       r"|(?:好像|似乎|大概|大约|估计|差不多|约)?\s*(?:有|是)?\s*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:项|条|个)(?:任务)?\s*(?:左右|上下)")
_CLAIMED = rx.lazy(r"(?:只有|就|就是|共|一共|总共|有|是|才)\s*(?P<n>\d{1,3}|[一二三四五六七八九十两]{1,3})\s*多?\s*(?:项|条|个)(?:具体)?(?:任务|(?:工作)?措施)?"
                   r"(?!\s*(?:讲|说|写|提|是关于|关于|涉及|专门|是讲))")


# words that make a claim about a task stronger than its units can show: all of them, must, only
_BINDING = rx.lazy(r"必须|务必|一律|强制|所有|全部|每个|每一个|只能|一定要|都要|(?<!有)没(?:什么|有)?(?:责任|关系|事)|不用管|无关")

# "20项工作措施、80项具体任务": a number of measures and a number of tasks, each said with its noun
_COUNTED = rx.lazy(r"(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*多?\s*(?:项|条|个)\s*(?:具体|工作)?(?:任务|措施)")


# "持续推进的单独算" / "X另外算": X counted as a group of its own
_ON_ITS_OWN = rx.lazy(r"(?P<x>[^，,。？?；;]{2,16}?)(?:的)?(?:也)?(?:单独|另外|分开|单列)(?:算|列|统计|计|数|列出来)")
# the words that deny a role, as a parse leaves them unread
_NEGATION_WORD = r"没有?|不|未|从没有?|从来没有?|从未|不曾"
# "一项任务都没有牵头" / "没有参与过": a unit's role denied (never right after a unit named: "X不参与的" is a condition on tasks)
_NO_ROLE = rx.lazy(r"(?<!\ue001)(?:一(?:项|个|条)(?:任务)?\S{0,4}?(?:都|也)|从来|从|都|也|均)?(?:没有?|不|未|不曾)(?:有)?(?:当过|担任过|做过|作为|当|担任|做)?(?:牵头|参与|负责|参加)(?:过)?")
# "我们参与的" / "本单位牵头的": the asker's own unit as the one taking part
_WE_ROLE = rx.lazy(r"(?:我们|咱们|我单位|本单位|我们单位|我们部门|我局|我厅|我委|我办|我司|本局|本厅|我们局|我们厅|我们公司|我们中心)(?:自己)?(?:这边)?"
                   r"(?:都|也|还|一共|总共|具体|所|单独)?(?:参与|牵头|负责|承担|参加)")
# "各责任单位…" / "每个措施…": a field's values taken one by one (a unit's name is a marker by now: 各设区市… is not read here)
_DISTRIBUTIVE = rx.lazy(r"(?:各|每)(?:个|家|项|一个|一家|一项|类|种)?(?:责任|牵头|工作|完成)?(?:单位|部门|措施|时限|期限|年份|年度)(?!\s*(?:的)?(?:责任|牵头)?(?:单位|部门)?\s*(?:都|均|一律|全部|全都))")
# a time relation left over after the status cues: said, but not read ("已经到了期限的", "快到期限的")
_TIME_LEFT = rx.lazy(r"(?:已经|已|快要?|就要|马上|刚刚?|才|还没有?|没有?|尚未)\s*(?:到了?|过了?|超了?|超过了?)\s*(?:完成)?(?:期限|时限|截止)")

# "…的任务占台账全部任务的比例是多少": a share of the whole ledger's tasks
_SHARE = rx.lazy(r"(?:的)?(?:任务)?(?:数量?|数目)?\s*(?:占|占到|占了)\s*(?:整个|整本|全部|所有|全|总)?\s*(?:台账|全表|表)?(?:里|中)?(?:的)?\s*(?:全部|所有|总)?(?:的)?(?:具体)?(?:任务)?(?:总数|总量|数量|数)?"
                 r"\s*(?:的)?\s*(?:比例|比重|百分比|占比|几成|百分之几|多少比例|多大比例|多少)(?:是|为|有)?\s*(?:多少|几)?"
                 r"|(?:的)?(?:任务)?\s*(?:所占(?:的)?比例|所占比重|占比)(?:是|为|有)?\s*(?:多少|几|多大)")
# "有具体年份的完成时限里最晚的那一档": the latest (earliest) deadline the ledger has, as a tier
_TIER_EDGE = rx.lazy(r"(?:有|带)?(?:具体|明确|固定)(?:的)?(?:年份|年度|日期)(?:的)?\s*(?:完成时限|时限|期限|截止时间)(?:里|中|当中|之中|里面)?\s*"
                     r"最(?P<e>早|晚|迟)的?\s*(?:那|这)?\s*一?\s*(?:档|类|批|个)(?:完成时限|时限|期限)?(?:里|中|里面|当中)?(?:的)?")
# "A和B（中）至少有一家参与": at least one of the units joined before it
_AT_LEAST_ONE_OF = rx.lazy(r"(?P<pre>(?:和|(?<!参)与|跟|(?<!以)及|以及|、|或者?|或是)[^，,。？?（()）]{2,14}?(?:厅|局|委|办|公司|中心|部门|单位))"
                           r"\s*(?:这?(?:两|俩|三|几)(?:家|个单位|个部门))?\s*(?:中|里|之中|当中|里面|里头|两家|二者|两者|两个)?\s*[，,]?\s*[（(]?(?:至少|起码|最少)(?:要)?有?(?:其中)?(?:一家|一个|其一|之一|1家|1个)(?:单位)?"
                           r"(?:[)）])?(?=\s*(?:参与|负责|在内|参加))")


#: "…那个措施下面一共有几条任务": the tasks of the measure just named are asked for, besides which measure it is
_MEASURE_TASKS_ASKED = rx.lazy(r"措施[^，,。；;]{0,10}(?:几|多少|哪些|哪几)\s*(?:项|条|个)?(?:具体)?任务")

#: "是要求2025年底前就清零吗" / "要在明年底前建成吗": the time a result is required by, claimed — not whether it is done
_REQUIRED_BY = rx.lazy(r"(?:是|要|要求|需要|须|需|得|必须|应该|应当|计划|规定|是不是)\s*(?:在)?\s*(?:20\d\d\s*年|今年|明年|去年|后年)\s*(?:年底|年末|底|末)?\s*(?:前|之前|以前)?"
                       r"\s*(?:就|要|得|必须|能|会){0,2}\s*(?:清零|建成|建好|建完|完成|落实|实现|达到|开通|上线|推广|覆盖)(?!了)(?:吗|么|吧|嘛)")

#: "A和B算一家": two units counted as one
_UNITS_MERGED = rx.lazy(r"[\u4e00-\u9fff]{2,14}(?:和|与|及|、|跟)[\u4e00-\u9fff]{2,14}(?:算|按|当|记|计|合)(?:作|为|成|并)?(?:同)?一(?:家|个)")
#: "同样提到…" / "也同样写了…": 同样 before a keyword cue
_ALSO_MENTIONS = rx.lazy(r"(?:也同样|同样也|同样)(?=\s*(?:提到|提及|写到|写了|写有|涉及|包含|含有|讲到|说到|出现))")
#: "不止省电力公司一家": a unit said not to be alone
_NOT_ONLY_ONE = rx.lazy(r"(?:责任单位|负责单位)?(?:不止|不只|不仅|不单)(?:是|有)?\s*(?P<u>[\u4e00-\u9fff]{2,14}?)\s*(?:这)?(?:一家|一个单位|一个部门|一个)")
#: "今天（2026年12月6日）": today with its date in brackets
_TODAY_DATED = rx.lazy(r"(?P<w>今天|今日|现在|目前|当前|此刻)\s*[（(]\s*(?:即|也就是|就是)?\s*(?P<y>20\d\d)\s*(?:年|[-/.])\s*(?P<m>\d{1,2})\s*(?:月|[-/.])\s*(?P<d>\d{1,2})\s*[日号]?\s*[)）]")


def _said_date(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


#: "有没有…的任务": whether tasks of a description exist — a list asked (none is an answer), not a claim about every task
_EXISTS = rx.lazy(r"有没有[^，,。？?]{1,30}的(?:任务|事项|工作|事)(?:\s*(?:呢|啊|吗))?\s*[？?。]?\s*$")

class Targets(Words):
    def _parse_whole(self, question: str, today: dt.date) -> Query:
        clean = clean_input(question)
        question = clean
        raw = _PLANTED.sub(" ", normalize(clean))
        if self.g("modify").search(raw) and not self.g("notice").search(raw):
            return Query(question, refuse="modify")
        norm, planted = self._set_aside(raw)
        # "按今天（2026年12月6日）算": today's date said again in brackets — the day already used (another day stays unread)
        norm = _TODAY_DATED.sub(lambda m: m.group("w") if _said_date(m) == today else m.group(0), norm)
        if (merged := _UNITS_MERGED.search(norm)) is not None and sum(a in merged.group(0) for a, _ in self.aliases) >= 2:
            # "（省电力公司和省电力交易中心算一家）": the ledger lists each unit on its own — a count it does not make
            return Query(question, refuse="absent", refuse_detail="台账把每个责任单位分别列出，不能把两个单位合并为一家来统计")
        if (other := _TODAY_DATED.search(norm)) is not None:
            return Query(question, refuse="absent", refuse_detail=f"“{other.group(0)}”与系统日期（{today.isoformat()}）不一致，到期情况只按系统日期计算")
        if (share := _SHARE.search(norm)) is not None:
            # "省电力公司牵头的任务占台账全部任务的比例是多少": counted against the whole ledger, both counts and the share said
            part = self._parse_whole(norm[: share.start()] + "有几项" + norm[share.end():], today)
            if part.target == "tasks" and part.count and part.where is not None and not part.refuse and not part.refs:
                return replace(part, question=question, target="groups", groups=(None, part.where))
        if (r := self._refusal(question, clean if not planted else norm or " ", norm, normalize(clean))) is not None:
            return r
        norm, fixes = self.fix_typos(norm)
        english = self._english(norm)
        text = english or self._mixed(norm) or norm
        # "A和B至少有一家参与": of several named, any one — not the default reading said again (as it is after one unit)
        text = _AT_LEAST_ONE_OF.sub(lambda m: m.group("pre") + "任一", text)
        text = plain_bounds(self.g("restated").sub(" ", text))  # "作为责任单位之一参与": the default reading said again
        text = _ALSO_MENTIONS.sub("", text)  # "同样提到10kV的另一项": the keyword said again of another task — 同样 adds nothing
        # "责任单位不止省电力公司一家的": it takes part, and it is not alone
        text = _NOT_ONLY_ONE.sub(lambda m: f"{m.group('u')}参与、责任单位至少2家" if any(a == m.group("u") for a, _ in self.aliases) else m.group(0), text)
        if (tier := _TIER_EDGE.search(text)) is not None and (years := sorted({t.deadline.date.year for t in self.ledger.tasks if t.deadline.date})):
            # "有具体年份的完成时限里最晚的那一档": the ledger's latest (earliest) dated deadline, said as that deadline
            year = years[-1] if tier.group("e") in ("晚", "迟") else years[0]
            text = text[: tier.start()] + f"完成时限为{year}年底前的" + text[tier.end():]
        text = self.g("most_words").sub("最多", text)  # "最集中在哪项措施": the most
        # "省住建厅是哪些措施的牵头单位": the measures it leads (the unit's role said after the noun asked for)
        text = rx.sub(r"是(哪些|哪几个|哪几项|哪几条|哪个|哪项|哪一项|哪条)((?:工作)?措施|任务)的(牵头|责任)单位",
                      lambda m: f"{'牵头' if m.group(3) == '牵头' else '参与'}的{m.group(2)}是{m.group(1)}", text)
        text = self._keyword_around(self._restated_aside(text))
        marked, found, problems = self._mark(text, today)
        if problems:
            return Query(question, refuse="absent", refuse_detail=problems[0])
        # "时限定在⟨2027年底前⟩": the column named before its value (said before the entities are combined and consumed)
        marked = rx.sub(r"(?:完成时限|时限|期限|截止时间|截止日期|到期时间)\s*(?:是|为|在|定在|定为|设在|设为|定的是|都是|写的是|写着|\bis\b|\bare\b|\bbeing\b)\s*(?=\ue000)", " ", marked)
        where, marked, unparsed = self._combine(marked, found)
        if (inside := _inside_bounds(atoms(where))) and rx.search(r"含|包括|包含|算上|也算", norm):
            # "到2026年底为止（含2026年底到期的）": a deadline inside the bound only says the bound includes it
            where = all_of([a for a in atoms(where) if a not in inside])
        if (either := self.g("any_one").search(_M.sub(" ", marked))) and not any(isinstance(a, Or) for a in atoms(where)):
            unparsed = (*unparsed, either.group(0).strip("（()） "))  # "任意一个" that joins no group: never read as "both"
        marked = self.g("any_one").sub(" ", marked)
        titled = [t for t in atoms(where) if isinstance(t, TextHas) and not t.implicit and any(
            rx.sub(r"[“”\"]", "", normalize(t.label)) in rx.sub(r"[“”\"]", "", normalize(title))
            and rx.search(rf"(?:措施|第)\s*{n}\s*(?:项)?(?:工作)?(?:措施)?\s*[“\"「]?{re.escape(t.label)}", norm)
            for m in find(where, MeasureIn) for n, title in zip(m.nos, m.titles, strict=False))]
        if titled:  # "措施5“高效办成一件事”…": the measure's title said after its number names it, it is no keyword
            where = all_of([a for a in atoms(where) if a not in titled])
        said = [a for a in atoms(where) if isinstance(a, TextHas) and len(a.terms) == 1]
        restated: list[Cond] = [a for a in said for b in said if a is not b and b.terms[0] in a.terms[0] and rx.search(
            r"[（(][^）)]{0,20}[“\"]" + re.escape(b.terms[0]) + r"[”\"][^）)]{0,20}[)）]", norm)]
        restated += [o for o in atoms(where) if isinstance(o, Or) and all(isinstance(i, TextHas) for i in o.items) and any(
            b.terms[0] in t for b in said for i in o.items for t in i.terms  # type: ignore[attr-defined]
            if rx.search(r"[（(][^）)]{0,20}[“\"]" + re.escape(b.terms[0]) + r"[”\"][^）)]{0,20}[)）]", norm))]
        if restated:  # "提到供电可靠性的任务（任务里写了“可靠性”三个字的）": the words in brackets say what is meant
            where = all_of([a for a in atoms(where) if a not in restated])
        if find(where, MeasureIn):
            marked = rx.sub(r"(?:这个|这项|该|此|那个|那项|这一|的)(?:工作)?措施(?:里|中|下|内|之中)?", " ", marked)
        marked = rx.sub(r"(?:完成时限|时限|期限|截止时间|截止日期|到期时间)(?:是|为|在|定在|都是|写的是|写着)?\s*(?=\ue000)", " ", marked)
        rest = _M.sub(" ", marked)
        if english or text != norm:
            # an English operator word the glossary did not turn into its Chinese reading (largest, only, except, before…)
            # was not understood: never silently dropped, which would answer a wider question
            ops = rx.sub(r"\b(?:after that|after this|and then|afterwards)\b", " ", rest)  # sequencing words of the message, no operator
            if rx.search(r"\bexact(?:ly)?\b", norm):  # "(exactly end of 2026, not earlier)": the exact value said again, no operator
                ops = rx.sub(r"\bnot (?:any )?(?:earlier|later|before|after)\b(?: ones?| deadlines?)?", " ", ops)
            unparsed = (*unparsed, *dict.fromkeys(_ENGLISH_OPERATOR.findall(ops)))
        q = self._target(question, norm, rest, where, found, unparsed, bool(english), today)
        if not q.refuse and not find(q.where, UnitIs) and not find(q.claim, UnitIs) and (we := _WE_ROLE.search(norm)):
            # "我们参与的，今年年底前到期的有哪些" with no unit said for 我们: a condition on who takes part, never dropped (the
            # dialogue puts the asker's unit in its place when they said which it is)
            q = replace(q, unparsed=(*q.unparsed, we.group(0)))
        if q.target == "tasks" and not q.by and not q.groups and not q.refuse and not q.refs and (each := _DISTRIBUTIVE.search(rest)):
            # "请统计各责任单位作为牵头单位的任务数量": a count or list asked for each group, with the grouping not read — never
            # the one list of the whole ledger (or of its conditions) as if no group had been asked for
            q = replace(q, unparsed=(*q.unparsed, each.group(0)))
        if q.target == "groups" and q.groups and q.where is not None and (alone := _ON_ITS_OWN.search(norm)) is not None:
            # "2025、2026、2027年底前各有多少项任务？持续推进的单独算。": what is counted on its own is one more group, never a
            # condition on every group
            own = [a for a in self._mark(normalize(alone.group("x")), today)[1] if a in atoms(q.where)]
            if own:
                shared = [a for a in atoms(q.where) if a not in own]
                q = replace(q, where=all_of(shared), groups=(*(all_of([a for a in atoms(g_) if a not in own]) for g_ in q.groups), all_of([*shared, *own])))
        if q.collection and not q.refuse and (left := _TIME_LEFT.search(rest)) and not find(q.where, (DeadlineIs, StatusIs)):
            # "已经到了期限的任务" in words the status cues do not know: a time condition was said and not read — never dropped
            q = replace(q, unparsed=(*q.unparsed, left.group(0).strip()))
        asked_noun = re.compile(r"\b(?:which|what)\s+(?:government\s+)?(departments?|bureaus?|offices?|agenc(?:y|ies)|authorit(?:y|ies)|bodies)\b")
        if english and q.collection and not q.by and not q.groups and not q.refuse and (unknown := self._unknown_english(rest)) and (
                (q.where is None and any(w not in asked_noun.findall(rest) and rx.fullmatch(r"departments?|bureaus?|offices?|commissions?|administrations?|compan(?:y|ies)|cent(?:er|re)s?|"
                                                      r"agenc(?:y|ies)|authorit(?:y|ies)|ministr(?:y|ies)|provincial|municipal|government", w)
                                         for w in unknown))
                or (q.where is not None and self.g("confirm").search(norm) and len(select(self.ledger.tasks, q.where, today)) == len(self.ledger.tasks))):
            # "Which tasks involve the Provincial Department of Water Resources?" with the unit not read, or "the power company
            # must always charge users…, right?" read as only a unit every task has: never every task as the answer
            q = replace(q, unparsed=(*q.unparsed, *unknown))
        if english and q.target in ("tasks", "measures") and q.where is None and not q.by and not q.groups and not q.refuse and not q.extreme \
                and not rx.search(r"\b(?:it|its|they|them|their|these|those|this|that)\b", norm) \
                and (unknown := tuple(w for w in self._unknown_english(rest, at_least=1) if w not in self.lexicon.english_asking)):
            # "Count the tasks by deadline category" with its grouping not read: a word that could narrow or group the whole
            # ledger is never dropped — every task is not the answer to a question with a word we cannot read
            q = replace(q, unparsed=(*q.unparsed, *unknown))
        if english and not q.refuse and not q.refs and q.where is None and rx.search(r"\bwhich (?:ones?|of (?:them|those|these|the \w+))\b", norm) \
                and (unknown := self._unknown_english(rest)):
            # "which of them has a fixed year deadline?" with no condition read: the words that pick among a list are its
            # condition — never dropped
            q = replace(q, unparsed=(*q.unparsed, *(w for w in unknown if w not in q.unparsed)))
        q = replace(q, corrected=fixes) if fixes else q
        return replace(q, planted=planted) if planted else q

    # -- step 4: targets, content and what was not understood
    def _target(self, question: str, norm: str, rest: str, where: Cond | None, found: list[Cond], unparsed: tuple[str, ...],
                english: bool, today: dt.date) -> Query:
        lx, g = self.lexicon, self.g
        cues = {name: pat.search(rest) for name, pat in lx.intents.items()}
        completion = bool(lx.intents["completion"].search(norm)) and not _REQUIRED_BY.search(norm)
        base = Query(question=question, where=where, completion=completion)
        if cues.get("changes"):
            return replace(base, target="changes")
        by = g("breakdown").search(rest)
        if not by and rx.search(r"哪(?:种|类|一种|一类)(?:完成)?(?:时限|期限|年份)\S{0,8}(?:最多|最少)", rest):
            by = rx.search(r"(?P<by>时限)", "时限")  # "哪种时限的任务最多": the largest group by deadline
        if by and rx.search(r"哪(?:个|项|一项|些)(?:工作)?措施.{0,12}(?:最多|最少)", rest):
            by = None  # "按措施看，哪个措施逾期的最多": the measure with the most, not a table
        named_times = [i for a in atoms(where) for i in (a.items if isinstance(a, Or) else (a,)) if isinstance(i, (DeadlineIs, StatusIs))]
        if by and _BY.get(by.group("by") or "", "") == "deadline" and len(named_times) >= 2:
            by = None  # "2025年底前、2026年底前、2027年底前的各有几项": those deadlines, each counted (not every one)
        refs = tuple(i for c in atoms(where) if isinstance(c, TaskIn) for i in c.ids)  # named tasks (not negated ones)
        where_wo_tasks = _without(where, TaskIn)
        # a claim about a named task: "扫码用电那项是明年底完成对吧？"
        confirm = g("confirm").search(norm) or _REQUIRED_BY.search(norm)  # (the time a result is required by, claimed)
        if confirm and rx.search(r"哪|几|多少|什么|谁|啥", confirm.group(0)):
            confirm = None  # "完成时限是2026年底前的是哪几项？" asks which, it claims nothing
        if confirm and rx.fullmatch(r"\s*(?:吧|吗|么|嘛)\s*[？?。!！]*\s*", confirm.group(0)) and rx.search(r"谁|哪(?:里|儿|个单位|个部门|家|位)|多少", _asking_clause(norm)):
            confirm = None  # "超期了得向谁备案吧？": a question word asks; the particle at the end claims nothing
        if confirm and rx.search(r"哪(?:个|些|几|项|条|一)|(?<![这那])几\s*(?:项|条|个|件)|多少", rx.split(r"[。！!？?；;]", norm[: confirm.start()])[-1]):
            # "这两个里面哪个已经过了完成时限？" / "第12项措施有几项任务已经过了完成时限？": which of them or how many, asked —
            # not a claim about them all
            confirm = None
        content = self._content(rest, english)
        unparsed = (*unparsed, *(c for c in content if _COMPARATIVE.fullmatch(c) and c not in unparsed))  # "比扫码用电那条还早": with what, not read
        by_lead = by is not None and _BY.get(by.group("by") or "", "") == "lead"
        leads = [u for a in atoms(where) for x in (a.item if isinstance(a, Not) else a,) for u in (x.items if isinstance(x, Or) else (x,))
                 if isinstance(u, UnitIs) and u.mode == "lead"]
        if not leads and not by_lead and not g("units_ref").search(norm) and self._orphan_lead(rest) and "牵头" not in content:
            content.append("牵头")  # “牵头的任务有几项”: a lead mark with no unit to attach to is not understood
        texts = find(where, TextHas)
        # "小区用电方面的任务…就是原文带“小区”俩字的": the word said again as the keyword condition is that condition
        framed = {w for t in texts if not t.implicit for w in (t.label, *t.terms)}
        content = [c for c in content if c not in framed] if framed else content
        # a quoted phrase the ledger does not have as written ("强化应急力量配置、提前部署抢修队伍" for "…配置，完善…，提前部署…")
        # describes a task in its words: searched by its words, not as one string
        keyword_text = " ".join(" ".join(self._content(t.label)) if self._names_a_task(t, norm) else t.label for t in texts)
        has_subject = bool(content or refs)
        measures_named = find(where, MeasureIn)
        unit_claims: list[Cond] = [a for a in atoms(where) if isinstance(a, UnitIs)]
        denied = atoms(where)[0] if len(atoms(where)) == 1 and isinstance(atoms(where)[0], Not) else None
        if denied is not None and confirm and isinstance(denied.item, And) and [kind_of(i) for i in denied.item.items] in (["unit", "measure"], ["measure", "unit"]):  # type: ignore[attr-defined]
            # "非电网直供电小区用电问题治理跟住建厅没关系吧？": a denied unit of a measure — the claim is the denial, checked
            unit_claims = [Not(i) for i in denied.item.items if isinstance(i, UnitIs)]  # type: ignore[attr-defined]
            measures_named = [i for i in denied.item.items if isinstance(i, MeasureIn)]  # type: ignore[attr-defined]
        if confirm and measures_named and not unit_claims:
            # "“高效办成一件事”那几项里没有水利厅吧？": a unit denied inside a measure named — the denial is the claim
            unit_claims = [a for a in atoms(where) if isinstance(a, Not) and isinstance(a.item, UnitIs)]
        time_claims = [a for a in atoms(where) if isinstance(a, (DeadlineIs, StatusIs))]
        one_described = rx.search(r"[”\"」』](?:的)?\s*(?:那|这)(?:一)?(?:条|项|个)(?!\s*(?:工作)?措施)", norm)  # "措施2里“…”那条": one task, not the measure
        if confirm and measures_named and _EXISTS.search(norm):
            confirm = None  # "措施10有没有完成时限是2026年底前的任务？": whether such tasks exist — the list asked, not a claim about all
        if confirm and measures_named and time_claims and not unit_claims and not refs and len({n for m in measures_named for n in m.nos}) == 1 \
                and not one_described:
            # "保障绿电接入那条措施下面的任务都是2025年底前的吧": every task of the measure checked
            return replace(base, target="verify_measure", where=all_of(measures_named), claim=all_of(time_claims))
        if confirm and measures_named and unit_claims and not refs and len({n for m in measures_named for n in m.nos}) == 1 \
                and not self.lexicon.intents["deadline"].search(_asking_clause(norm)):  # "…通知吧？台账里这项任务的完成时限是？" asks the deadline
            # "第7项措施是省能源局牵头的吧": a claim about a whole measure's units, checked against its unit cell
            unit_at = min((i for a, _ in self.aliases if (i := norm.find(a)) >= 0), default=len(norm))
            measure_at = min((m.start() for m in rx.finditer(r"第\s*[0-9一二三四五六七八九十]{1,3}\s*项|措施|[“\"]|\bmeasures?\b", norm)), default=len(norm))
            return replace(base, target="verify_measure", where=all_of(measures_named), claim=all_of(unit_claims),
                           by="unit" if unit_at < measure_at else "")  # "省水利厅负责的是第二项吧": about the unit
        if completion and english and not refs and (unknown := self._unknown_english(rest)):
            return replace(base, unparsed=unknown)  # "has the 'one-thing' list been completed?": a task we cannot name, not all of them
        if completion and not refs and not [c for c in content if self.covered(c)] and not find(where, (UnitIs, MeasureIn, TextHas, TaskIn)):
            if where is None or rx.search(r"(?:所有|全部|全体|每一?项|每条)(?:的)?(?:工作)?(?:任务|措施)?(?:都|全|均)", norm):
                # "既然所有任务都在2025年底前到期，那现在应该全部完成了吧？": a premise about every task — how they all stand
                return replace(base, target="status_summary")
            return replace(base, target="tasks", count=True, where=where)  # answered from deadlines, with the completion note
        # "…不超过10个工作日是吧": the figure is the claim (not when a time is claimed: "16个工作日办结，是2027年底前才要求的吧")
        figure_claimed = bool(cues.get("figure")) and rx.search(r"\d+\s*个?工作日", norm) is not None and not _TIME_SAID.search(norm)
        if confirm and not completion and (content or refs) and where_wo_tasks is not None and not cues.get("list") and not cues.get("count") \
                and (refs or not _CLAIMED.search(rest)) and not figure_claimed:  # "省住建厅负责的具体任务只有2项，对吧？" is a count claim
            claim = _without(where_wo_tasks, TextHas)
            if claim is not None and all(isinstance(a.item if isinstance(a, Not) else a, (UnitIs, DeadlineIs, StatusIs)) for a in atoms(claim)):
                subject = " ".join([*content, keyword_text]).strip()
                # "“临代正”小区是要求2025年底前清零吗": a quoted word only one task has names that task — the claim is about it
                named_one = [t.label for t in texts if find(claim, (DeadlineIs, StatusIs)) and not t.implicit
                             and sum(any(w in x for w in t.terms) for x in self.texts.values()) == 1]
                # "…要求所有设区市都必须建立，对吧？": a quantifier or an obligation in the claim is not checked by its units — a
                # "是的" would confirm what was never looked at
                binding = () if g("hearsay").search(norm) else tuple(dict.fromkeys(_BINDING.findall(rest)))  # (a rumour's words are not the claim)
                return replace(base, target="verify", where=all_of([*([TaskIn(refs)] if refs else [])]), claim=claim, refs=refs,
                               subject=subject, search_text=self._search_text(subject, norm), expansion=self._expansion(norm),
                               content=tuple(dict.fromkeys([*content, *named_one])), unparsed=(*base.unparsed, *binding))
        if len(refs) >= 2 and g("compare").search(rest):
            return replace(base, target="compare", refs=refs, where=None, extreme=_latest(rest))
        if len(refs) >= 2 and texts:
            return replace(base, target="tasks", where=where)
        if len(refs) >= 2 and rx.search(r"哪(?:个|些|几|项|条|一)", rest) and find(where, (StatusIs, DeadlineIs, UnitIs)) and not content:
            # "任务7.1和14.1里哪个已经过了完成时限": which of the two, by the condition
            return replace(base, target="tasks", where=all_of([TaskIn(refs), *atoms(where_wo_tasks)]))
        enum = [a for a in atoms(where) if isinstance(a, Or) and all(isinstance(i, (DeadlineIs, StatusIs)) for i in a.items)]
        if not by and enum and rx.search(r"分别|各(?:有|是)?|各自", rest) and rx.search(r"几|多少|数量", rest):
            # "2025年底前、2026年底前、2027年底前的各有几项": each value named, counted (not every deadline of a table)
            kept = all_of([a for a in atoms(where) if a not in enum])
            groups = tuple(all_of([i, *atoms(kept)]) for i in enum[0].items)
            return replace(base, target="groups", groups=groups, where=kept, count=True)
        if by and rx.search(r"(?:单位|部门)(?:的)?(?:数量|个数|数目|家数)", by.group(0) + rest[by.end():by.end() + 6]):
            return replace(base, target="breakdown", by="unit_count", where=where, count=True, unparsed=self._leftover(
                [c for c in content if not rx.search(r"数量|个数|家", c)], unparsed))
        which_time = rx.search(r"哪(?:个|种|一个|一种|类|一类)(?:完成时限|时限|期限|截止时间|截止年份|年份|完成时间)", rest)
        if not by and which_time and (ext := rx.search(r"最多|最少", rest)):
            # "哪个完成时限下的任务最多": the deadline group with the most (fewest) tasks
            kept = all_of([a for a in atoms(where) if kind_of(a) not in ("deadline", "status") or isinstance(a, Not)])
            return replace(base, target="breakdown", by="deadline", where=kept, count=True, extreme="max" if ext.group(0) == "最多" else "min",
                           unparsed=self._leftover([c for c in content if not rx.search(r"最多|最少|数量|完成时限|时限|期限|对应|之下|下面", c)], unparsed))
        if by and not rx.search(r"各|分别|每|统计|分布|多少|(?<!哪)几(?:项|个|条)", rest) and rx.search(r"哪(?:几|些)|列出|是哪", rest):
            key = _BY.get(by.group("by") or "", "deadline")
            fam = {"deadline": ("deadline", "status"), "status": ("deadline", "status")}.get(key, (key,))
            if len([a for a in atoms(where) if kind_of(a) in fam and not isinstance(a, Not)]) == 1:
                by = None  # "按时限看，哪几项明年年底前要完成？": one deadline named is a filter; "按时限看" only says how to look
        if by and rx.search(r"最晚|最早|最迟", rest) and not rx.search(r"各|分别|每|哪(?:个|种|类|一种|一类|组)", rest):
            by = None  # "按年份看期限最晚的是哪几项": the latest tasks, looked at by year — not a table
        if by and rx.search(r"其中|里面|当中", rest) and not rx.search(r"各|分别|每", rest):
            key = _BY.get(by.group("by") or "", "deadline")
            fam = {"deadline": ("deadline", "status"), "status": ("deadline", "status")}.get(key, (key,))
            if len([a for a in atoms(where) if kind_of(a) in fam and not isinstance(a, Not)]) == 1:
                by = None  # "按完成时限拆分，其中2027年底前的有多少": one group asked, the others are not
        if by:
            key = _BY.get(by.group("by") or "", "deadline")
            if key == "unit" and rx.search(r"牵头", rest):
                key = "lead"  # "各单位分别牵头几项": grouped by the lead unit
            family = {"deadline": ("deadline", "status"), "status": ("deadline", "status"), "unit": ("unit",), "lead": ("unit",), "measure": ("measure",)}[key]
            # atoms of the grouping's own kind name the groups ("已超期的、今年到期的…各有多少"), they do not filter — except
            # measures or units named by themselves: "第2项和第3项措施里…分别几条" counts within those two
            kept = all_of([a for a in atoms(where) if kind_of(a) not in family or isinstance(a, Not) or (isinstance(a, UnitIs) and a.mode == "exactly")
                           or (isinstance(a, MeasureIn) and key == "measure") or (isinstance(a, UnitIs) and key in ("unit", "lead") and len(a.units) >= 2)])
            named = [a for a in atoms(where) if kind_of(a) in family and not isinstance(a, Not) and a not in atoms(kept)]
            if len(named) == 1 and key in ("deadline", "status") and rx.search(r"[，,]\s*\S{0,12}的\s*(?:有|是|共)?\s*(?:几|多少)", norm[by.end():]):
                # "按期限分一下，持续推进的有几条": one group of the grouping asked after it — that group, counted
                return replace(base, target="tasks", where=all_of([*atoms(kept), named[0]]), count=True)
            ext = rx.search(r"最多|最少", rest) if rx.search(r"哪(?:种|个|类|组|一种|一类|一组|家|项|条|一条|一项|一个)", rest) else None
            return replace(base, target="breakdown", by=key, where=kept, count=True, extreme=("max" if ext.group(0) == "最多" else "min") if ext else "",
                           unparsed=self._leftover([c for c in content if not rx.search(r"最多|最少|哪种|四种|几种|^一?[组栏类种]$", c)] if ext else content, unparsed))
        if cues.get("days_left"):
            return self._single(base, "days_left", content, refs, where_wo_tasks, keyword_text, norm)
        asked_clause = _asking_clause(norm)
        if cues.get("figure") and self.lexicon.intents["deadline"].search(asked_clause) and (
                not self.lexicon.intents["figure"].search(asked_clause)
                or rx.search(r"(?:时长|时限|工作日)(?:的)?(?:那|这)(?:项|条|个)\S{0,8}(?:持续推进|截止|到期|完成时限|期限|什么时候|哪年)", asked_clause)):
            cues = {**cues, "figure": None}  # "不超过20个工作日…，这条什么时候要落实？": the figure is the premise, the deadline is asked
        if cues.get("figure") and rx.search(r"(?:多少|几|多久|多长)\S{0,4}(?:工作日|千瓦|天)|工作日|办电时长|办电时限|(?:办电|接电|装电|通电|送电|报装)(?:要|得|需要)?多|时长|how long|working days", rest) \
                and (not rx.search(r"时限(?:是|为)?(?:什么|啥|多少)?$|什么时限|啥时限", rest.strip(" ？?"))
                     or (rx.search(r"办电(?:时限|时长)", rest) and len(dims_of(norm)) >= 1 and "用户" in norm)):  # "高压双电源用户办电时限是多少"
            return replace(base, target="figure", subject=" ".join(content), where=where)
        count_cue = bool(cues.get("count")) or bool(rx.search(r"(?<![那这])几(?:项|个|条)|多少", rest))
        claim = _CLAIMED.search(rest)
        if claim and (confirm or rx.search(r"吗|对吧|对不对|是不是|是否|不是", norm)) and not refs:
            # "第5项下面就4条任务吧？" / "是不是只有5项？": the number is a claim to check, the rest is the list it counts
            n = cn_number(claim.group("n")) or 0
            if len(_COUNTED.findall(rest)) >= 2 and rx.search(r"措施", rest) and rx.search(r"任务", rest) and where is None:
                return replace(base, target="totals", count=True, claimed=n, unparsed=())  # "总共18项措施、70个具体任务，没错吧？"
            if rx.match(r"\s*多?\s*(?:项|条|个)\s*(?:工作)?措施", rest[claim.end("n"):]):
                return replace(base, target="measures", count=True, where=where, claimed=n, unparsed=())  # "一共20项工作措施吧？"
            left = [c for c in content if not rx.search(r"只有|一共|总共|是不是|对不对|不是|对吧", c)]
            left = [c for c in left if c not in ("不", "没有", "没")]  # "不是有5条吗" is the claim's own wording
            return replace(base, target="tasks", count=True, where=where, claimed=n, unparsed=self._leftover(left, unparsed))
        vague = _VAGUE_COUNT.search(rest)
        if vague and not refs and (where is not None or rx.search(r"一共|总共|台账|全部|所有", rest)) and rx.search(r"[吗？?]|对吧|是吧|没错", norm) and not rx.search(r"措施|单位|部门", vague.group(0)):
            # "省水利厅参与的任务好像有十几个？": a rough number said to be checked — the exact count answers it
            said = vague.group(0)
            left = [c for c in content if c not in said and not rx.search(r"好像|似乎|大概|大约|估计|差不多|左右", c)]
            return replace(base, target="tasks", count=True, where=where,
                           unparsed=self._leftover(left, tuple(u for u in unparsed if u not in said and not rx.search(r"好像|似乎|大概|大约|估计|差不多|左右", u))))
        if (agg := self._aggregate(base, rest, where, content, unparsed)) is not None:
            return agg
        if (due := rx.search(r"(?:到期|截止|完成)得?(?:最早|最晚|最迟)|(?:最早|最晚|最先|最后|最迟)(?:的)?(?:一批|那批|这批)?(?:到期|截止|完成|要完成)|(?:完成时限|时限|期限|截止时间|到期时间|截止日期)(?:是)?(?:最早|最晚|最迟|最靠前|最靠后)"
                             r"|最(?:早|晚|迟)的?(?:完成时限|时限|期限|截止时间)|最(?:早|晚|迟)的(?:那|这)?(?:一档|一批|一组)?(?=(?:任务)?(?:是|有|为)?(?:哪|几|什么))", rest)
                    or (where is not None and not refs and rx.search(r"最(?:早|晚|迟)(?=\s*(?:要|得|能|会)?\s*(?:什么时候|啥时候|何时|几时|哪年|哪一年))", rest))) and len(refs) < 2:
            # ("省住建厅参与的任务最晚什么时候到期": the latest deadline among them; of one task it is just its deadline)
            latest = bool(rx.search(r"晚|后|迟|靠后", due.group(0)))  # type: ignore[union-attr]
            both = rx.search(r"最早\S{0,6}(?:和|与|及|跟|、|还有|以及)\S{0,4}最(?:晚|迟)|最(?:晚|迟)\S{0,6}(?:和|与|及|跟|、|还有|以及)\S{0,4}最早", rest)
            left = [c for c in content if not rx.search(r"最早|最晚|最先|最迟|到期|截止|一年|年份|哪年", c)]
            return replace(base, target="tasks", where=where, extreme="span" if both else "latest" if latest else "earliest", count=count_cue,
                           unparsed=self._leftover(left, unparsed))
        no_measure_word = rx.sub(g("target_measures").pattern, " ", rest)
        wants_measures = bool(g("target_measures").search(rest)) and (
            not rx.search(g("task_nouns").pattern, no_measure_word) or bool(g("measures_every").search(rest))) and not cues.get("measure_of")
        if rx.search(r"措施\s*(?:下|下面|下边|底下|里|里面|中|之下|内)\s*(?:有|共有|一共有?|总共有?|包括|包含)?\s*(?:几|多少)", rest):
            wants_measures = False  # "…措施下有几项": the tasks inside it
        wants_units = bool(g("target_units").search(rest)) and not content and (not refs or bool(rx.search(r"除了|还有|其他|其余|另外", rest)))
        # "哪些责任单位一项任务都没有牵头？": the units with no such task — its words are the role denied
        none = _NO_ROLE.search(rest) if g("target_units").search(rest) and not refs and not find(where, Not) else None
        if none is not None and not [c for c in content if not rx.search(r"没有?|一项|一个|任何|从来|从未|牵头|参与|负责|参加|任务|单位|部门", c)]:
            wants_units = True
        else:
            none = None
        count = bool(cues.get("count")) or bool(rx.search(r"(?<![那这])几(?:项|个|条|家)|多少", rest))  # "那几条任务" points, it does not count
        listing = bool(cues.get("list")) or bool(rx.search(r"哪(?:些|几)|list|which", rest)) \
            or (where is not None and not content and not refs and rx.search(r"的\s*(?:是)?哪(?:一)?(?:条|项|个)(?:任务)?\s*[？?。]?\s*$", rest) is not None)
        # ("措施7里面完成时限不是2027年底前的是哪条？": the tasks that meet the conditions, one or more)
        nouns = f"{g('task_nouns').pattern}|{g('target_measures').pattern}|单位|部门|机构|家"
        for m in rx.finditer(r"(?:哪些|哪几[个项条家]?|多少[个项条]?|几[个项条])\s*(?:具体|工作|责任)?(?P<noun>[\u4e00-\u9fff]{1,2})", rest):
            noun = m.group("noun")
            if not rx.match(nouns, noun) and noun[0] not in "是有要呢吗了在由还已需都项个条件家些种类":
                listing = count = False  # "哪些投资" asks about a topic, not for a list of tasks
        single_cue = _single_intent(cues, default="")
        if single_cue and content and not rx.search(rf"(?:哪些|哪几|几|多少|所有|全部)\S{{0,3}}(?:{g('task_nouns').pattern})", rest):
            listing = count = False  # "…由哪些单位负责？" asks one field of one task
        head = self._head_noun(rest)
        size = rx.search(rf"(?P<rel>只有|仅有|至少有?|不少于|多于|超过|少于|共有?|有|包含|包括)?\s*(?P<n>{_NUM})\s*(?:项|个|条)(?:具体)?任务(?P<post>以上|以下)?", rest) \
            or rx.search(rf"(?:具体)?任务(?:数量?|数目|个数|条数|项数)(?:在|为|是)?\s*(?P<rel>只有|仅有|至少有?|不少于|不超过|不多于|多于|超过|少于|达到|有|(?:正好|恰好|刚好)(?:是|为|有)?)?\s*(?P<n>{_NUM})\s*(?:项|个|条)?(?P<post>及以上|及以下|以上|以下)?", rest) \
            or rx.search(rf"(?:具体)?任务(?P<rel>不超过|不多于|多于|超过|少于|至少|不少于|只有|仅有)\s*(?P<n>{_NUM})\s*(?:项|个|条)(?P<post>及以上|及以下|以上|以下)?", rest) \
            or rx.search(rf"措施\S{{0,6}}?(?:占了?|占到)\s*(?P<rel>至少|不少于|不超过|超过|多于|少于)?\s*(?P<n>{_NUM})\s*(?:项|个|条)(?!\s*(?:责任)?单位)(?P<post>及以上|及以下|以上|以下)?", rest)
        extreme = rx.search(r"(?:任务|责任单位|单位)(?:数量?|数目|个数|条数|项数)?(?:并列|同样|一样)?(?:最多|最少)|(?:最多|最少)(?:的)?任务|哪(?:个|项|一项|条|一条)(?:工作)?措施.{0,12}(?:最多|最少)", rest)
        if (size or extreme) and not refs and (g("target_measures").search(rest)
                                               or rx.search(r"(?:下面|底下|下边|下头|之下)(?:的)?(?:具体)?任务\S{0,4}(?:最多|最少)", rest)):
            # "下面任务最多的是哪一项": tasks are under a measure
            wants_measures = True
        elif cues.get("measure_of") and (content or refs):
            wants_measures = False  # "临代正小区治理属于哪个措施" asks the measure of one task
        elif head == "measures" or (head is None and wants_measures):
            wants_measures = True
        elif head in ("tasks", "units"):
            wants_measures = False
        if wants_measures and cues.get("responsible") and not (count or listing or size or extreme) and find(where, MeasureIn):
            wants_measures = False  # "“维护和谐供用电关系”这条措施是谁负责的": its units, not the measure again
        if wants_measures and not refs and (count or listing or where is not None or size or extreme):
            every_said = g("measures_every").search(rest)
            every = bool(every_said) and not (every_said.start() <= 1 and rx.search(r"的(?:具体)?任务", rx.split(r"[？?。；;]", rest[every_said.end():])[0]) is not None) \
                if every_said else False  # "全部持续推进的任务…在哪些措施下面": 全部 is "all those tasks", not "all of a measure's tasks"
            every = every or bool(g("measures_every_said").search(norm))
            if rx.search(r"一(?:项|个|条).{0,16}(?:都|也)(?:没有|没)|没有(?:任何|一项|一个)", rest) and where is not None:
                # "哪些措施里一项2025年底前的任务都没有": measures none of whose tasks match
                left = [c for c in content if not rx.search(r"没有|一项|一个|任何", c)]
                return replace(base, target="measures", where=where, size=("eq", 0), unparsed=self._leftover(left, tuple(u for u in unparsed if u != "没有")))
            if every and rx.search(r"就(?:能|会|可以|已经|都|全)|(?:能|可以|能够)(?:全部|全都|都)?(?:到期|完成|办完|结束)", norm) and not rx.search(
                    r"(?:(?:时限|期限|截止时间)(?:都|全|均|全部|全都)?|(?:都|均|全都|全部都|全部))(?:是|为)|(?:定|设|排|安排|卡)(?:在|为|于)", norm):
                # "在2026年底前就能全部到期" is a time by which all are due, earlier deadlines too; "所有任务都要在2027年底前完成",
                # "时限都是2027年底前", "都定在…" name the deadline every task has
                where = _by_year(where, "le")
            left = [c for c in content if not rx.search(r"最多|最少|数量|数目|只有|项|至少|条数|个数|项数|一样|相同|一致|一模|正好|恰好|刚好|正是|^下有$|^下面有?$|^里有$|^下设$|^数在$|以上|以下|不少于|不超过", c)
                    or (not size and not extreme and rx.search(r"最多|最少|至少|以上|以下|不少于|不超过|多于|少于|超过|正好|恰好|刚好|^\d+项$", c))]
            # (a bound on how many tasks no size was read from is never dropped: "任务不超过3项" unread is asked about)
            op_n = None
            if size:
                rel = (size.group("rel") or "") + (size.group("post") or "")
                op = "le" if rx.search("不超过|不多于|以下|最多", rel) else "gt" if rx.search("多于|超过", rel) else "lt" if rx.search("(?<!不)少于", rel) \
                    else "ge" if rx.search("至少|不少于|以上", rel) else "eq"  # the negated words first
                op_n = (op, cn_number(size.group("n")) or 0)
            if rx.search(r"(?:完成时限|时限|期限|截止时间)\S{0,6}(?:都|全都|全部|均)?(?:一样|相同|一模一样|一致)", rest) and not size and not extreme:
                return replace(base, target="measures", by="same_deadline", where=where, count=count, unparsed=self._leftover(left, unparsed))
            by_units = bool(extreme) and bool(rx.search(r"(?:责任)?(?:单位|部门)(?:数量?|个数|数目)?(?:最多|最少)", rest))
            return replace(base, target="measures", count=count and not size and not extreme, every=every, where=where, size=op_n,
                           by="unit_count" if by_units else "",
                           extreme=("max" if "最多" in extreme.group(0) else "min") if extreme else "",
                           unparsed=self._leftover(left, unparsed))
        if none is not None:
            # "哪些单位没有参与措施5的任务": the units with none of the matching tasks, out of every unit
            return replace(base, target="units", count=count, where=where, by="lead" if "牵头" in none.group(0) else "", extreme="none",
                           unparsed=tuple(u for u in unparsed if not rx.fullmatch(_NEGATION_WORD + r"|一项|一个|任何", u)))
        if wants_units and (count or listing or cues.get("responsible")):
            # "台账里一共有几个单位当过牵头单位？": the units that lead, not every unit
            leads_asked = rx.search(r"(?:当过|做过|担任过|作为|是)牵头(?:单位)?|单位(?:来)?牵头|牵头(?:的)?单位(?:有|是|共|一共)", rest) is not None \
                and not any(isinstance(a, UnitIs) and a.mode == "lead" for a in atoms(where))
            return replace(base, target="units", count=count, where=where, by="lead" if leads_asked else base.by,
                           unparsed=self._leftover(content, unparsed))
        if len(refs) == 1 and cues.get("measure_of") and not texts:
            return replace(base, target="measure_of", refs=refs, where=None,
                           count=count and bool(_MEASURE_TASKS_ASKED.search(norm)))  # "它属于哪个措施？那个措施一共几项任务"
        if refs and not content and where_wo_tasks is None and (cues.get("responsible") or cues.get("deadline") or cues.get("measure_of")
                                                               or cues.get("which_task") or not (count or listing)):
            intent = _single_intent(cues)
            return replace(base, target=intent, refs=refs, where=where)
        # "第3项措施由哪些单位负责" — a whole measure: its units (exact filter, never top-k)
        leads = bool(rx.search(r"谁(?:来)?牵头|(?:哪个|哪家|哪一个|哪一家|什么)(?:单位|部门|机构)?(?:来)?牵头|\b(?:which|what)\s+(?:department|unit|agency|body|office)s?\s*牵头|牵头(?:单位|部门)|牵头的(?:是|单位|部门)|排(?:在)?第一", rest))
        if cues.get("responsible") and not [c for c in content if not (leads and c == "牵头")] and where is not None and find(where, MeasureIn) and not refs:
            # "第2项和第5项措施的责任单位相比，多了哪个": a comparison of unit cells is not a list of them
            compared = tuple(rx.findall(r"相比|比较|对比|多了|少了|多出|区别|差别|不同", rest))
            # "第13项到底是谁牵头" / "由哪个部门牵头": the lead unit
            return replace(base, target="units", where=where, unparsed=compared, by="lead" if leads else "")
        task_words = bool(rx.search(g("task_nouns").pattern, rest))
        if count and not task_words and where is None and not refs and not [c for c in content if c not in ("台账", "这份", "份台账")] \
                and rx.search(r"台账", rest) and rx.search(r"(?:一共|总共|共|合计|总计)\S{0,3}(?:多少|几)\s*[项条个]", rest) \
                and not g("target_measures").search(rest):
            return replace(base, target="totals", count=True)  # "这份台账一共多少项？": its measures and tasks, both said
        collection = (count and (task_words or where is not None)) or (listing and (task_words or where is not None or texts))
        if not collection and where is not None and not content and not refs and (not single_cue or count or listing or task_words) \
                and not (rx.search(r"怎么办|咋办|如何处理|怎么处理|如何应对|怎么解决|怎么弄", rest) and not (count or listing)):
            collection = True  # bare filters: "省能源局2027年底前的" (not "超期了怎么办", which asks what is done)
        if not collection and cues.get("measure_of") and where is not None and not content and not refs:
            return replace(base, target="measures", where=where, every=bool(g("measures_every").search(rest)))
        if texts and task_words and not single_cue and not refs and (len(texts) >= 2 or not content):
            collection = True  # "既有“小区”又有“电动”的任务"
        most = rx.search(r"(?:责任)?(?:单位|部门)(?:数量?|个数|数目)?(?:最多|最少)", rest)
        if most and not wants_measures:
            collection = True
            content = [c for c in content if not rx.search(r"最多|最少", c)]
        if collection and (not refs or ((listing or count) and where_wo_tasks is not None)):
            implicit, left = self._implicit_keywords(content, rest)
            cond = all_of([*atoms(where), *implicit])
            return replace(base, target="tasks", count=count, where=cond, unparsed=self._leftover(left, unparsed),
                           content=tuple(content), extreme=("max" if "最多" in most.group(0) else "min") if most else "")
        intent = _single_intent(cues)
        subjects = self._subjects(rest, english) if not refs else ()
        if len(subjects) >= 2:
            return replace(self._single(base, intent, content, refs, where_wo_tasks, keyword_text, norm), subjects=subjects)
        if not has_subject and not texts:
            if completion and where is None:
                return replace(base, target="status_summary")
            return replace(base, target=intent, where=where, content=())
        return self._single(base, intent, content, refs, where_wo_tasks, keyword_text, norm)

    def _unknown_english(self, rest: str, at_least: int = 2) -> tuple[str, ...]:
        """English words of a mostly-English question left after the glossary: words of a subject we cannot read."""
        rest = self.lexicon.intents["completion"].sub(" ", rest)
        words = [w for w in rx.findall(r"[a-z]{3,}", rest) if w not in self.lexicon.english_stopwords]
        return tuple(dict.fromkeys(words)) if len(words) >= at_least else ()

    def _subjects(self, rest: str, english: bool) -> tuple[str, ...]:
        """Several task descriptions in one question: "A和B分别是哪两项任务" / "A、B各由谁负责"."""
        if not rx.search(r"分别|各自|各由|哪两|哪几|两项|两个|两者|这俩", rest):
            return ()
        head = rx.split(r"分别|各自|各由|是哪|由谁|谁负责|什么时候|哪些|属于|的完成时限|的责任单位|的时限|都是|是什么", rest)[0]
        parts = [p for p in rx.split(r"和|与|跟|以及|、|及|还有", head) if p.strip()]
        found = tuple(" ".join(c) for p in parts if (c := self._content(p, english)))
        return found if len(found) >= 2 else ()

    def _head_noun(self, rest: str) -> str | None:
        """The noun a list/count question is about, read next to its question word (…的措施有哪些 → measures)."""
        q = r"(?:有哪些|是哪些|有哪几[个项条]?|是哪个|是哪一[个项]|有几[个项条家]?|有多少[个项条家]?|有什么|是什么|分别是|一共|共|总共|都有|是|有)"
        hits = list(rx.finditer(rf"(?P<noun>措施|任务|活儿?|事儿?|单位|部门)\s*(?:都|一共|总共|共)?\s*{q}", rest))
        n = hits[-1].group("noun") if hits else None
        m2 = rx.search(r"(?:哪些|哪几[个项条家]?|哪个|哪项|哪条|哪一[个项条]|几[个项条家]|多少[个项条家]?)\s*(?:工作|具体|责任)?(?P<noun>措施|任务|单位|部门)", rest)
        if m2:
            n = m2.group("noun")
        first = rx.split(r"[？?。；;]", rest)[0]
        if n == "任务" and first != rest and not (m2 and m2.end() <= len(first)) and ((hits and hits[0].group("noun") == "措施" and hits[0].end() <= len(first))
                                             or rx.search(r"哪(?:些|几个|个|项|条|一项)(?:工作)?措施", first)):
            n = "措施"  # "…的措施是哪个？它的任务有哪些？": the measure asked first, shown with its tasks
        return {"措施": "measures", "单位": "units", "部门": "units"}.get(n, "tasks") if n else None

    def _premise_on_named(self, intent: str, content: list[str], refs: tuple[str, ...], where: Cond | None, norm: str) -> dict | None:
        """"便民接电点不是要求2025年底前完成吗": a task named by a term only it has, with a time it does not have — the time is a
        claim about that task (checked and corrected), never a filter that finds another task. The fields of the query, or None."""
        times = atoms(where)
        if refs or intent not in ("lookup", "deadline") or not times or not all(isinstance(a, (DeadlineIs, StatusIs)) for a in times):
            return None
        terms = [w for w in content if len(w) >= 3 and self.is_term(w) and self.tasks_with(w) == 1]
        # the term and the time said in one clause ("便民接电点不是要求2025年底前完成吗"), not a year from elsewhere in the message
        terms = [w for w in terms if any(w in c and rx.search(r"20\d\d|今年|明年|去年|后年|持续推进", c) for c in rx.split(r"[，,。；;？?！!]", norm))]
        named = {i for w in terms for i, x in self.texts.items() if w in x}
        if not named:  # "明确用电报装容量标准那项2025年底就该完成了吧": six characters or more of one task's own words name it
            clauses = [c for c in rx.split(r"[，,。；;？?！!]", norm) if rx.search(r"20\d\d|今年|明年|去年|后年|持续推进", c)
                       and rx.search(r"(?:那|这)(?:一)?(?:项|条|个)(?:任务)?|的任务", c)]  # (the words point at a task: "…那项")
            runs = [r for c in clauses for r in rx.findall(r"[\u4e00-\u9fff]{6,}", c)]
            run = {i: max((n for r in runs for k in range(len(r) - 5) for n in range(6, len(r) - k + 1) if r[k:k + n] in x), default=0)
                   for i, x in self.texts.items()}
            longest = max(run.values(), default=0)
            named = {i for i, n in run.items() if n == longest} if longest >= 6 else set()  # the task with the longest run of them
        if len(named) != 1:
            return None
        tid = named.pop()
        if select([t for t in self.ledger.tasks if t.id == tid], where, dt.date.today()):
            return None  # the time holds for it: a filter that keeps it
        return {"target": "verify", "refs": (tid,), "where": TaskIn((tid,)), "claim": where}

    def _single(self, base: Query, intent: str, content: list[str], refs: tuple[str, ...], where: Cond | None, keyword_text: str, norm: str) -> Query:
        said_words = [t for t in atoms(where) if isinstance(t, TextHas) and not t.implicit]
        if intent in _FIELDS and where is not None and not said_words and not refs and rx.search(r"分别|各自|各是|各为|各由|每项|每一项|每条", norm) \
                and 2 <= len(select(self.ledger.tasks, where, dt.date.today())) <= 30:
            # "省政务服务办牵头的任务有哪些？各自什么时候完成？": every task of the list, each with its field
            return replace(base, target="tasks", where=where, count=False)
        if intent in _FIELDS and said_words and not refs and (rx.search(r"分别|各自|各由|各是|各归|都由谁|都是谁|一共\S{0,3}几项|一共\S{0,3}多少项", norm)
                                                           or (rx.search(rf"(?:{self.g('keyword_cue').pattern})\s*[“\"「『]", norm)
                                                               and not [c for c in content if len(c) >= 2 and not (c == "牵头" and intent == "responsible")])) \
                and len(select(self.ledger.tasks, all_of(said_words), dt.date.today())) >= 2:
            # "提到“老旧小区”的任务分别由谁牵头？" / "提到“占掘路”的任务是哪个单位牵头的？" (two tasks say it): every task with
            # the word, each with its units and deadline — never the first one found
            return replace(base, target="tasks", where=where, count=False)
        wider = ""
        ask = _asking_clause(norm)
        if len(_clauses(norm)) >= 3 and not refs and not rx.search(r"这方面|这个|这件|这种|这事|这些|此事", ask):
            # a story before the question: the asking clause names the subject
            marked, found_here, _ = self._mark(self._english(ask) or self._mixed(ask) or ask, dt.date.today())
            own = self._content(_M.sub(" ", marked), False) + [a.said for a in found_here if isinstance(a, StatusIs) and a.said]
            if any(self.covered(c) and len(c) >= 2 for c in own):
                wider = " ".join([keyword_text, *content, self._expansion(norm)]).strip()
                content = [*own, *own, *[c for c in content if c not in own]]  # the asking clause counts double
        said = [a.said for a in atoms(where) if isinstance(a, StatusIs) and a.said]
        if self.g("narrow").search(norm):
            said = []  # "其中持续推进的是哪一项": within a list the status is a filter, not the words of a description
        # "不"/"只" left over from a story are no topic; left over in the asking clause they are an operator
        # the parser could not attach (不涉及小区 → searching 小区 would answer the opposite): not understood
        quals = [c for c in content if c in _QUALIFIERS or _NEG_WORD.fullmatch(c)]
        selects = rx.search(r"哪(?:一)?(?:项|个|条|些)|什么任务|which (?:task|one)", ask) or rx.search(
            _QUAL_IN.pattern + r"\S{0,12}的(?:任务|那项|那条|那个|事项|工作)", ask)
        unparsed = base.unparsed + tuple(quals) if quals and selects and self._live_qualifiers(ask) else base.unparsed
        compared = [c for c in content if _COMPARATIVE.fullmatch(c)]  # "比扫码用电那条还早的任务": with what, not read
        unparsed += tuple(compared)
        content = [c for c in content if c not in quals and c not in compared]
        subject = " ".join([keyword_text, *content, *said]).strip()
        filt = _without(_without(where, TextHas), StatusIs) if said else _without(where, TextHas)
        if (claim := self._premise_on_named(intent, content, refs, where, norm)) is not None:
            return replace(base, **claim)
        quoted = [t for t in said_words if rx.search(rf"[“\"「『（(]\s*{re.escape(t.label)}\s*[”\"」』)）]", norm)  # or in brackets: "(临代正)"
                  and select(self.ledger.tasks, t, dt.date.today())]
        if quoted and not refs:  # a term quoted as the ledger has it (“四可”) narrows the search to the tasks that say it
            filt = all_of([*atoms(filt), *quoted])
        return replace(base, target=intent, refs=refs, subject=subject, where=filt, unparsed=unparsed,
                       content=tuple(content) + tuple(keyword_text.split()) + tuple(said),
                       search_text=self._search_text(subject, norm), expansion=self._expansion(norm), wider=wider)
