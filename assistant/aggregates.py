"""Lists, counts, measures, units, totals, groups and breakdowns: exact filters over every row of the ledger.

Part of composing answers (``Rules`` inherits these); list and count answers start with the condition in words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant import rx
from assistant.lexicon import Lexicon
from assistant.phrasing import _answer, _group_key, _negated, _negated_any, _short, _units_short
from assistant.query import And, Cond, DeadlineIs, MeasureIn, Not, Or, Query, StatusIs, TextHas, UnitIs, all_of, atoms, find, select, shown
from assistant.records import STATUS_LABELS, Answer, Ledger, Task
from assistant.text import normalize
from assistant.understand import Understander
from assistant.understand.patterns import _QUESTION

# "…一样吗" / "是否相同": two groups asked to be compared for sameness
_SAME = rx.lazy(r"(?:一样|相同|一致)(?:吗|么|嘛|不|没有|呢)?\s*[？?]?\s*$|是否(?:一样|相同|一致)|是不是(?:完全)?(?:一样|相同|一致)")


# "省能源局不参与的任务由哪些单位负责" / "没有省能源局参与的任务…": the unit's absence said of the tasks (not of the list of units)
_NOT_ITS_TASKS = rx.lazy(r"(?:不|没有?|未)(?:参与|负责|参加)的(?:那些|这些)?(?:任务|事项|工作)"
                         r"|没有?[^，,。？?除]{2,14}?(?:参与|负责|参加)的(?:那些|这些)?(?:任务|事项|工作)")
# "…是哪几项" / "分别是哪些任务": the tasks themselves asked, besides the group
_TASKS_ASKED = rx.lazy(r"哪几(?:项|条|个任务)|哪些任务|(?:是|有)哪些(?!单位|部门|措施)|具体(?:是)?哪|分别是哪")


def _measure_word(question: str) -> str:
    """The measure word the question counts measures with ("有多少条措施" → 条), so the count answers it in its own words."""
    m = rx.search(r"(?:几|多少|\d+)\s*(条|个|项)\s*(?:工作)?措施|措施\S{0,3}(?:有|是|共)?\s*(?:几|多少)\s*(条|个|项)", normalize(question or ""))
    return (m.group(1) or m.group(2)) if m else "项"


def _in_group(by: str, key: str, t: Task, today: dt.date) -> bool:
    """True when task ``t`` is counted in the breakdown group ``key`` (a task counts for each of its units)."""
    if by == "unit":
        return key in t.units
    if by == "lead":
        return key in t.leads
    return _group_key(by, t, today) == key


#: "…哪种最多？每种各有几项？": the count of every group is asked besides the most (in the message itself, not a follow-up)
_EACH_TOO = rx.lazy(r"每(?:种|个|类|档|一种|一类)\S{0,6}(?:各|分别)?(?:有)?(?:几|多少)|各(?:有|是|为)?(?:几|多少)|分别(?:有|是|为)?(?:几|多少)")

#: "16项措施，每一项都是…的，对吧？": every measure claimed to hold the condition
_ALL_MEASURES_CLAIMED = rx.lazy(r"(?:每一?(?:项|个|条)|全部|所有)(?:工作)?(?:措施)?\S{0,12}(?:对吧|是吧|对吗|是吗|没错吧|吧)\s*[？?]?\s*$")

class Aggregates:
    """Answers about many tasks at once; needs the ledger, the understander and the refusal/clarify answers."""

    ledger: Ledger
    understander: Understander
    lexicon: Lexicon
    if TYPE_CHECKING:
        def refusal(self, reason: str, detail: str) -> Answer: ...
        def clarify(self, q: Query, today: dt.date) -> Answer: ...

    # many tasks: exact filters over every row, never top-k
    def _condition(self, q: Query) -> str:
        where = shown(q.where, self.understander.in_ledger)
        return where.words() if where is not None else "全部任务"

    def _conflicting_measures(self, q: Query) -> Answer | None:
        """“第9项措施‘促进绿电消费’”: a number and a title naming different measures are a mistaken reference, not an
        empty filter (whatever else the question says of it); say which measure each one names instead of “no task”."""
        named = [c for c in q.where.items if isinstance(c, MeasureIn)] if isinstance(q.where, And) else []
        sets = [set(c.nos) for c in named]
        if len(sets) < 2 or set.intersection(*sets):
            return None
        nos = sorted(set.union(*sets))
        rows = [t for t in self.ledger.tasks if t.measure_no in nos]
        lines = ["您说的编号和名称指的不是同一项工作措施："]
        for n in nos:
            m = self.ledger.measure(n)
            ids = "、".join(t.id for t in rows if t.measure_no == n)
            leads = "、".join(dict.fromkeys(t.units[0] for t in rows if t.measure_no == n and t.units))
            lines.append(f"- 第{n}项工作措施是“{m.title if m else ''}”（牵头单位 {leads}；任务 {ids}）")
        return _answer("\n".join(lines), rows)

    def _all_claimed(self, q: Query, rows: list, today: dt.date) -> Answer | None:
        """"措施3下面的任务全都是持续推进的吧": a claim that every task of a measure has a deadline — checked, and each task
        of the measure shown with its own deadline (never only the ones that fit, which would look like agreement)."""
        said = normalize(q.question or "")
        times = [a for a in atoms(q.where) if isinstance(a, (DeadlineIs, StatusIs))] + [
            i for a in atoms(q.where) if hasattr(a, "items") for i in a.items if isinstance(i, (DeadlineIs, StatusIs))]
        rest = [a for a in atoms(q.where) if not isinstance(a, (DeadlineIs, StatusIs)) and not hasattr(a, "items")]
        asks = self.understander.g("confirm").search(said) or rx.search(r"(?:吗|么|嘛|吧)\s*[？?]?\s*$", said)
        if not (times and rest and not q.planted and q.followup in ("", "narrow", "reference", "repeat", "substitute")
                and ((len(rest) == 1 and isinstance(rest[0], MeasureIn)) or q.followup)
                and rx.search(r"(?:全都|全部都?|都|均|全)(?:是|为|在|要)", said) and asks and not rx.search(r"哪|几|多少|列出", said)):
            return None
        scope = all_of(list[Cond](rest))
        every = select(self.ledger.tasks, scope, today)
        if not every or len(every) > 20:
            return None
        lines = "；".join(f"{t.id} {t.deadline.text}" for t in every)
        title = f"第{every[0].measure_no}项工作措施“{every[0].measure_title}”" if len(rest) == 1 and isinstance(rest[0], MeasureIn) \
            else f"“{scope.words()}”"  # type: ignore[union-attr]
        if len(rows) == len(every):
            text = f"是的，{title}的 {len(every)} 项任务都符合：{lines}。"
        else:
            fit = "、".join(t.id for t in rows) or "没有"
            text = f"不是：{title}共 {len(every)} 项任务，完成时限分别是：{lines}。符合您说的只有 {len(rows)} 项（{fit}）。"
        return _answer(text, every)

    def _none_together(self, q: Query, cond: str, today: dt.date) -> Answer:
        """No task meets the conditions together: when a named unit and a measure each hold on their own
        ("省水利厅参与的任务都在第2项里吧？"), say where that unit's tasks are — a premise corrected, with the record."""
        text = f"条件：{cond} — 没有符合条件的任务（共 0 项）。"
        units = [a for a in atoms(q.where) if isinstance(a, UnitIs)]
        claims = any(self.understander.g("confirm").search(c.strip(" ，,")) for c in rx.split(r"(?<=[？?。！!，,])", normalize(q.question or "")) if c.strip())
        # "…里吧？都有哪些？" / "…都是2025年底前截止的吧，列一下": a premise stated
        # "省电力交易中心是“服务绿色出行”那条措施的责任单位，它具体负责哪些任务？": a unit named in a clause that asks nothing
        stated = any(u in c and not _QUESTION.search(c) for c in rx.split(r"[，,。；;！!？?]", normalize(q.question or ""))
                     for a in units for u in a.units)
        asks_within = bool(rx.search(r"(?:第\s*\S{1,3}\s*[项条]|措施)\S{0,3}(?:[“\"「][^”\"」]{1,30}[”\"」])?\s*(?:里|中|下面?|当中)"
                                     r"\S{0,8}(?:负责|参与|承担|牵头)", normalize(q.question or "")))
        # "省电力交易中心负责的那几条“保障绿电接入”任务有哪些": tasks presumed to exist by 那几条 (a definite description)
        presumed = bool(rx.search(r"的(?:那|这)(?:几|些|两|三|四|五)(?:条|项|个)?(?:[“\"「][^”\"」]{1,30}[”\"」])?(?:的)?(?:任务|工作)?", normalize(q.question or "")))
        if (claims or asks_within or presumed or (stated and not q.followup and units and units[0].mode == "has")) and len(units) == 1 \
                and find(q.where, MeasureIn) \
                and not _negated(q.where, units[0]):
            own = select(self.ledger.tasks, units[0], today)
            if own:
                nos = "、".join(f"第{n}项“{t.measure_title}”" for n, t in {t.measure_no: t for t in own}.items())
                named = [m for a in atoms(q.where) if isinstance(a, MeasureIn) for m in a.nos]
                cells = "；".join(f"第{n}项工作措施的责任单位是{'、'.join(dict.fromkeys(u for t in self.ledger.tasks if t.measure_no == n for u in t.units))}"
                                 for n in named)
                text += (cells + "。" if cells else "") + f"{units[0].words()}的任务共 {len(own)} 项，属于{nos}（{'、'.join(t.id for t in own)}）。"
                if asks_within and not claims:  # "省能源局在第10条里具体负责哪几项": the measure asked about, with its real units
                    inside = [t for t in self.ledger.tasks if t.measure_no in named]
                    # the tasks shown: none fit; in a conversation about that measure its tasks stay in view as the record
                    return _answer(text, inside if q.followup else [], units=tuple(dict.fromkeys(u for t in inside for u in t.units)))
                return _answer(text, own, units=units[0].units)
        times = [a for a in atoms(q.where) if isinstance(a, (DeadlineIs, StatusIs))]
        rest = [a for a in atoms(q.where) if a not in times]
        said = [a for a in rest if isinstance(a, TextHas) and not a.implicit]
        measures = [a for a in rest if isinstance(a, MeasureIn)]
        if not units and not times and len(said) == 1 and len(measures) == 1 and len(rest) == 2:
            # "第14条里还有哪些任务跟枫桥经验有关" (it is in measure 16): where the word is, with the record
            rows = select(self.ledger.tasks, said[0], today)
            if 0 < len(rows) <= 6:
                where = "；".join(f"{t.id}（第{t.measure_no}项工作措施“{t.measure_title}”）" for t in rows)
                nos_said = "、".join(f"第{n}项" for n in measures[0].nos)
                text += f"{said[0].words()}的任务是：{where}，不在{nos_said}工作措施里。"
                return _answer(text, rows)
        exists = rx.search(r"有\S{0,14}(?:吗|么|嘛)|有没有|是否有", normalize(q.question or ""))  # "有时限是今年的吗" asks, claims nothing
        if claims and not exists and not q.followup and not units and times and len(rest) == 1 and isinstance(rest[0], (MeasureIn, TextHas)):
            # "措施9那几条都是2025年底前截止的吧，列一下" / "“电网一张图”那条已经在2025年底到期了吧？": the tasks named, each with
            # its real deadline (the premise corrected)
            rows = select(self.ledger.tasks, rest[0], today)
            if rows:
                lines = "；".join(f"{t.id} {t.deadline.text}" for t in rows)
                what = f"第{rows[0].measure_no}项工作措施“{rows[0].measure_title}”的任务" if isinstance(rest[0], MeasureIn) else f"{rest[0].words()}的任务"
                text += f"{what}共 {len(rows)} 项，完成时限分别是：{lines}。"
                return _answer(text, rows)
        if times and len(rest) == 1 and (isinstance(rest[0], MeasureIn) or (
                isinstance(rest[0], UnitIs) and rest[0].mode == "has" and len(rest[0].units) == 1)):
            # "第9项的四个任务里，今年底前到期的有几个？" (none): what their deadlines are, so a wrong belief is not left standing
            rows = select(self.ledger.tasks, rest[0], today)
            if 0 < len(rows) <= 12:
                spread: dict[str, list[str]] = {}
                for t in rows:
                    spread.setdefault(t.deadline.text, []).append(t.id)
                told = "；".join(f"{d} {len(ids)} 项（{'、'.join(ids)}）" for d, ids in spread.items())
                text += f"{rest[0].words()}的任务共 {len(rows)} 项，完成时限：{told}。"
        if len(units) == 1 and units[0].mode == "lead" and not _negated(q.where, units[0]):
            # "措施10是省能源局牵头的": who does lead the tasks the other conditions select
            others = all_of([a for a in atoms(q.where) if a is not units[0]])
            rows = select(self.ledger.tasks, others, today) if others is not None else []
            asked = normalize(q.question or "")
            # "省电力交易中心牵头的“保障绿电接入”措施下面有几项任务": the unit describes the measure — a premise, and the
            # measure's tasks are what is counted (the premise corrected)
            describes = any(rx.search(re.escape(u) + r"(?:牵头|负责)的(?:第\s*\S{1,3}\s*项|“[^”]{2,30}”|[^，,。？?]{0,12})?(?:这项|这个|该)?(?:工作)?措施", asked)
                            for u in units[0].units) and find(q.where, MeasureIn)
            if rows and len(rows) <= 30:
                leads: dict[str, list[str]] = {}
                for t in rows:
                    for u in t.leads[:1]:
                        leads.setdefault(u, []).append(f"{t.id}，{t.deadline.text}")
                said_leads = "；".join(f"{u}（{'；'.join(ids)}）" for u, ids in leads.items())
                text += f"{others.words()}的任务共 {len(rows)} 项，牵头单位是：{said_leads}。"  # type: ignore[union-attr]
                # the tasks a stated premise was about (a count of none, or a list of none, stays none)
                return _answer(text, rows if describes or (not q.count and len(rows) <= 3) else [], units=tuple(leads))
        return _answer(text, [])

    def _words_apart(self, q: Query, today: dt.date) -> Answer | None:
        """"讲到数据共享的2026年底前任务" when no such task says 数据共享 as written but one says 数据归集共享: the tasks that
        say both words, given as that (never as the phrase itself), or None."""
        said = [t for t in find(q.where, TextHas) if len(t.terms) == 1]
        if len(said) != 1 or _negated_any(q.where) or len(said[0].terms[0]) < 4:
            return None
        term = said[0].terms[0]
        middle = len(term) // 2
        for k in sorted(range(2, len(term) - 1), key=lambda k: abs(k - middle)):
            parts = (term[:k], term[k:])
            if not all(self.understander.in_ledger(p) for p in parts):
                continue
            apart: list[Cond] = [TextHas(parts[0], (parts[0],)), TextHas(parts[1], (parts[1],))]
            where = all_of([x for a in atoms(q.where) for x in (apart if a is said[0] else [a])])
            if rows := select(self.ledger.tasks, where, today):
                break  # (the first cut, from the middle, that some task says both halves of)
        else:
            return None
        cond = self._condition(replace(q, where=where))
        few = len(rows) <= 3  # (a few tasks are shown whole: their text, every unit)
        lines = [f"- {t.id} {t.text if few else _short(t.text, 40)}（{'、'.join(t.units) if few else _units_short(t)}；{t.deadline.text}）" for t in rows]
        return _answer(f"台账原文没有符合条件、写作“{term}”的任务；两个词分开写到的有 —— 条件：{cond} — 共 {len(rows)} 项任务：\n"
                       + "\n".join(lines), rows)

    def tasks(self, q: Query, today: dt.date) -> Answer:
        """List or count every task that satisfies the condition."""
        rows = select(self.ledger.tasks, q.where, today)
        cond = self._condition(q)
        if q.extreme == "span" and rows:  # "最早的和最晚的分别是哪些": both ends, each with its tasks
            dated = [t for t in rows if t.deadline.date is not None]
            if not dated:
                return _answer(f"条件：{cond} — 这些任务都是持续推进，没有具体的完成年份。", rows)
            lines = []
            picked: list = []
            for word, pick in (("最早", min), ("最晚", max)):
                when = pick(t.deadline.date for t in dated)  # type: ignore[type-var]
                ends = [t for t in dated if t.deadline.date == when]
                picked += [t for t in ends if t not in picked]
                lines.append(f"完成时限{word}（{ends[0].deadline.text}）的 {len(ends)} 项：{'、'.join(t.id for t in ends)}")
            undated = len(rows) - len(dated)
            note = f"（另有 {undated} 项为持续推进，没有具体年份，不参与比较）" if undated else ""
            return _answer(f"条件：{cond} — 共 {len(rows)} 项任务{note}：\n" + "\n".join(f"- {x}" for x in lines), picked)
        if q.extreme in ("earliest", "latest") and rows:
            dated = [t for t in rows if t.deadline.date is not None]
            if not dated:
                return _answer(f"条件：{cond} — 这些任务都是持续推进，没有具体的完成年份。", rows)
            when = (max if q.extreme == "latest" else min)(t.deadline.date for t in dated)  # type: ignore[type-var]
            rows = [t for t in dated if t.deadline.date == when]
            cond += f"；其中完成时限{'最晚' if q.extreme == 'latest' else '最早'}（{rows[0].deadline.text}）"
        elif q.extreme and rows:
            best = (max if q.extreme == "max" else min)(len(t.units) for t in rows)
            rows = [t for t in rows if len(t.units) == best]
            cond = (cond + "；" if q.where is not None else "") + f"责任单位数{'最多' if q.extreme == 'max' else '最少'}（{best}家）"
        absent = [t.label for t in find(q.where, TextHas) if not t.implicit and not any(self.understander.in_ledger(x) for x in t.terms)]
        if not rows and absent and (apart := self._words_apart(q, today)) is not None:
            return apart  # "关于电动汽车充电设施报装": two ledger words run together that no task writes as one
        if not rows and absent and not _negated_any(q.where):
            return self.refusal("oos", "台账中没有任何任务提到您给出的词语")  # never repeated back (it may be planted)
        if absent and any(isinstance(a, Or) and any(t.label in absent for t in find(a, TextHas)) for a in atoms(q.where)):
            # "提到要向华中监管局报送或备案的": one alternative the ledger never says leaves only the other — which would
            # answer a different question as if it were this one
            return self.refusal("oos", "台账中没有任务提到您给出的其中一个说法，按“或”给出的结果会不完整，请换成台账里的说法再问")
        if not rows and (apart := self._words_apart(q, today)) is not None:
            return apart
        if not rows and any(t.implicit for t in find(q.where, TextHas)):
            return self.clarify(replace(q, unparsed=tuple(t.label for t in find(q.where, TextHas) if t.implicit)), today)
        if not rows and (named := self._conflicting_measures(q)):
            return named
        if (every := self._all_claimed(q, rows, today)) is not None:
            return every
        leads = [a for a in atoms(q.where) if isinstance(a, UnitIs) and a.mode == "lead" and len(a.units) == 1]
        if not rows and len(leads) == 1 and len(atoms(q.where)) == 1 and (own := select(self.ledger.tasks, UnitIs(leads[0].units), today)):
            # "省电力交易中心牵头的任务有哪些" (none): who leads the tasks it takes part in
            by: dict[str, list[str]] = {}
            for t in own:
                by.setdefault(t.units[0], []).append(t.id)
            # (counts, not ids: a transcript sent back must not read as a list of tasks shown)
            who = "、".join(f"{u} {len(ids)} 项" for u, ids in by.items())
            return _answer(f"条件：{cond} — 没有符合条件的任务（共 0 项）。{leads[0].units[0]}不牵头任何任务；它参与的 {len(own)} 项任务的牵头单位是：{who}。", [])
        if not rows:
            return self._none_together(q, cond, today)
        one = {t.measure_no for t in rows}
        head = f"条件：{cond} — 共 {len(rows)} 项任务" + (f"（均属于第{rows[0].measure_no}项工作措施“{rows[0].measure_title}”）"
                                                        if len(one) == 1 and len(rows) > 1 and not find(q.where, MeasureIn) else "")
        said = [a for a in atoms(q.where) if isinstance(a, TextHas)]
        if len(said) == 1 and len(atoms(q.where)) == 1 and rx.search(r"(?:局|厅|委|办|公司|中心|部门)$", said[0].label) \
                and rx.search(r"负责|参与|牵头|承担|责任单位", normalize(q.question or "")) and not any(said[0].label in u for t in rows for u in t.units):
            # "国家能源局华中监管局负责哪些任务？": a body the tasks' texts name, not a responsible unit — said, then where it appears
            head = f"{said[0].label}不是台账中任何任务的责任单位（不在责任单位栏里）；任务内容提到它的有 {len(rows)} 项"
        if q.claimed is not None:  # a number the question claimed, checked
            head = (f"是的，共 {len(rows)} 项。" if q.claimed == len(rows) else f"不是 {q.claimed} 项：") + head
        lines = [self._same_said(q.same, rows) + head + ("，分别是：" if q.count else "：")]
        width = 400 if len(rows) <= 3 else 40
        if q.order == "deadline":  # earliest first, 持续推进 (no date) last; the ledger's order within a deadline
            rows = sorted(rows, key=lambda t: (t.deadline.date is None, t.deadline.date or dt.date.max))
            lines[0] = lines[0].rstrip("：") + "（按完成时限先后排列）："
        # a short list shows each task whole: its text and every responsible unit
        lines += [f"- {t.id} {_short(t.text, width)}（{'、'.join(t.units) if len(rows) <= 3 else _units_short(t)}；{t.deadline.text}）" for t in rows]
        units = tuple(u for c in find(q.where, UnitIs) for u in c.units if not _negated(q.where, c))
        deadline = rows[0].deadline.text if len(rows) == 1 else None
        return _answer("\n".join(lines), rows, units=units, deadline=deadline)

    @staticmethod
    def _same_said(field: str, rows: list[Task]) -> str:
        """Whether the listed tasks share a field ("…的完成时限是不是都一样"), said before the list; "" when not asked."""
        if not field or not rows:
            return ""
        what = {"deadline": "完成时限", "lead": "牵头单位"}.get(field, "责任单位")
        by: dict[str, int] = {}
        for t in rows:
            value = t.deadline.text if field == "deadline" else t.units[0] if field == "lead" else "、".join(t.units)
            by[value] = by.get(value, 0) + 1
        if len(by) == 1:
            return f"{'只有 1 项，' if len(rows) == 1 else '是的，'}{what}都一样（相同），都是{next(iter(by))}。\n"
        return f"不一样：这 {len(rows)} 项任务的{what}不完全相同 —— " + "；".join(f"{v} {n} 项" for v, n in by.items()) + "。\n"

    def measures(self, q: Query, today: dt.date) -> Answer:
        """Work measures that have a matching task (or all of whose tasks match, for 全部/都)."""
        found = []
        by_measure: dict[tuple[str, int], list] = {}
        for t in self.ledger.tasks:
            by_measure.setdefault((t.ledger, t.measure_no), []).append(t)
        for m in self.ledger.measures:
            mine = by_measure.get((m.ledger, m.no), [])
            hits = select(mine, q.where, today)
            if q.size == ("eq", 0):  # "一项持续推进任务都没有的措施": none of its tasks matches
                if not hits:
                    found.append((m, mine))
            elif (q.every and hits and len(hits) == len(mine)) or (not q.every and hits):
                found.append((m, hits))
        if q.by == "same_deadline":  # measures all of whose tasks share one deadline
            found = [(m, h) for m, h in found if len({t.deadline.text for t in h}) == 1]
        cond = self._condition(q) + ("（措施下的全部任务都满足）" if q.every else "" if q.size == ("eq", 0) else "（至少有一项任务满足）" if q.where is not None else "")
        if q.by == "same_deadline":
            cond = (cond + "；" if q.where is not None else "") + "措施下全部任务的完成时限相同"
        if q.size == ("eq", 0):
            cond += "；措施下没有一项任务满足"
        elif q.size:
            op, n = q.size
            found = [(m, h) for m, h in found if {"eq": len(h) == n, "gt": len(h) > n, "lt": len(h) < n, "ge": len(h) >= n, "le": len(h) <= n}[op]]
            rel = {"eq": "", "gt": "多于", "lt": "少于", "ge": "至少", "le": "不超过"}[op]
            cond = (cond + "；" if q.where is not None else "") + f"措施下{'符合条件的' if q.where is not None else ''}任务{rel}{n}项"
        if q.extreme and found and q.by == "unit_count":
            best = (max if q.extreme == "max" else min)(len(m.units) for m, _ in found)
            found = [(m, h) for m, h in found if len(m.units) == best]
            cond = (cond + "；" if q.where is not None else "") + f"责任单位数{'最多' if q.extreme == 'max' else '最少'}（{best} 个）"
        elif q.extreme and found:
            best = (max if q.extreme == "max" else min)(len(h) for _, h in found)
            found = [(m, h) for m, h in found if len(h) == best]
            cond = (cond + "；" if q.where is not None else "") + f"任务数{'最多' if q.extreme == 'max' else '最少'}（{best} 项）"
        absent = [t.label for t in find(q.where, TextHas) if not t.implicit and not any(self.understander.in_ledger(x) for x in t.terms)]
        if not found and absent and not _negated_any(q.where):
            return self.refusal("oos", "台账中没有任何工作措施或任务提到您给出的词语")  # "“电力应急演练”那项措施": no such measure
        if not found:
            return _answer(f"条件：{cond} — 没有符合条件的工作措施（共 0 项）。", [])
        total = sum(len(h) for _, h in found)
        lines = [f"条件：{cond} — 共 {len(found)} {_measure_word(q.question)}工作措施（合计 {total} 项任务）" + ("，分别是：" if q.count else "：")]
        if isinstance(q.claim, MeasureIn):  # "是不是就措施7和措施12这两个？": the measures claimed, checked
            got, said = [m.no for m, _ in found], list(q.claim.nos)
            lines[0] = ("是的，" if set(got) == set(said) else
                        f"不是：您说的是第{'、'.join(map(str, said))}项，符合条件的是第{'、'.join(map(str, got))}项。") + lines[0]
        if q.claimed is not None:  # "一共20项工作措施吧？"
            lines[0] = (f"是的，共 {len(found)} 项。" if q.claimed == len(found) else f"不是 {q.claimed} 项：") + lines[0]
        elif q.every and q.claim is None and _ALL_MEASURES_CLAIMED.search(normalize(q.question or "")):
            # "台账里16项措施，每一项都是省电力公司牵头的，对吧？": a claim about every measure, checked
            every = len({(m.ledger, m.no) for m in self.ledger.measures})
            lines[0] = ("是的，" if len(found) == every else f"不是：{every} 项工作措施中只有 {len(found)} 项符合。") + lines[0]
        lines += [f"- 第{m.no}项措施 {m.title}（牵头单位 {m.units[0] if m.units else '—'}；任务 {'、'.join(t.id for t in hits)}；共 {len(hits)} 项任务"
                  + (f"；完成时限均为{hits[0].deadline.text}" if q.by == "same_deadline" and hits else "")
                  + (f"；责任单位 {len(m.units)} 个：{'、'.join(m.units)}" if q.by == "unit_count" else "") + "）" for m, hits in found]
        tasks = [t for _, hits in found for t in hits]
        return _answer("\n".join(lines), tasks, units=tuple(dict.fromkeys(u for m, _ in found for u in m.units)) if len(found) == 1 else ())

    def totals(self, q: Query, today: dt.date) -> Answer:
        """How many work measures and tasks (under the condition, if any)."""
        rows = select(self.ledger.tasks, q.where, today)
        measures = list(dict.fromkeys((t.ledger, t.measure_no) for t in rows))
        cond = f"条件：{self._condition(q)} — " if q.where is not None else ""
        claim = "" if q.claimed is None else "不是：" if q.claimed not in (len(measures), len(rows)) else ""
        text = f"{claim}{cond}共 {len(measures)} {_measure_word(q.question)}工作措施、{len(rows)} 项具体任务。"
        if q.where is not None and rows:  # which measures, and which of their tasks ("…几项任务？分别在哪几条措施里？")
            by = {m: [t for t in rows if (t.ledger, t.measure_no) == m] for m in measures}
            text += "".join(f"\n- 第{no}项工作措施“{ts[0].measure_title}”：任务 {'、'.join(t.id for t in ts)}（{len(ts)} 项）"
                            for (_, no), ts in by.items())
        return _answer(text, rows)

    def groups(self, q: Query, today: dt.date) -> Answer:
        """Each group's task count, and the difference between two groups."""
        counted = [(g, select(self.ledger.tasks, g, today)) for g in q.groups]
        # the whole ledger as a group ("台账一共多少项，其中…") is counted, its ids are not listed
        lines = [f"- {g.words()}：{len(rows)} 项（{'、'.join(t.id for t in rows) or '无'}）" if g is not None else f"- 全部任务：{len(rows)} 项"
                 for g, rows in counted]
        nested = len(counted) == 2 and q.followup != "sum" and counted[1][0] is not None \
            and (counted[0][0] is None or all(x in atoms(counted[1][0]) for x in atoms(counted[0][0])))
        head = "各组任务数："
        if len(counted) == 2 and q.followup == "sum":  # "A参与的和B参与的加起来": the sum, and without the tasks counted twice
            (_, a), (_, b) = counted
            both = len({t.id for t in a} & {t.id for t in b})
            lines.append(f"加起来 {len(a)} + {len(b)} = {len(a) + len(b)} 项次；其中 {both} 项两组都有，去掉重复后共 {len(a) + len(b) - both} 项任务。")
        elif len(counted) == 2:
            (_, a), (_, b) = counted
            same = {t.id for t in a} == {t.id for t in b}
            diff = abs(len(a) - len(b))
            (ga, _), (gb, _) = counted
            more = (ga if len(a) > len(b) else gb)
            def said(g: Cond | None) -> str:
                mine = [x for x in atoms(g) if x not in atoms(q.where)] if g is not None else []
                return f"“{'；'.join(x.words() for x in mine) if mine else g.words() if g is not None else '全部任务'}”"
            more_words = said(more)
            # (the first group said as the subject too: "A比B多还是少" is answered "A的比B的少 1 项")
            tail = "两组任务完全相同。" if same else "两组任务不一样（不相同），数量相同（并列）。" if diff == 0 else \
                (f"两组任务不一样（不相同），{more_words}的更多，多 {diff} 项"
                 f"（{said(ga)}的比{said(gb)}的{'多' if len(a) > len(b) else '少'} {diff} 项，两者相差 {diff} 项）。")
            if not same and nested and gb is not None:
                inner = [x for x in atoms(gb) if x not in atoms(ga)]  # "一共多少项？其中…几项？": the second within the first
                # "…占全部任务的比例" / "占比多少": the share of the whole ledger, or of the first group when asked
                share = f"，占 {len(b) / len(a):.1%}" if a and (ga is None or rx.search(r"占比|比例|比重|百分之|百分比|几成|占多少", normalize(q.question or ""))) else ""
                lines.append(f"即 {len(a)} 项中有 {len(b)} 项{'；'.join(x.words() for x in inner)}{share}。")
            else:
                lines.append(f"{len(a)} 项与 {len(b)} 项，{tail}")
        rows = list(dict.fromkeys(t for g, r in counted if g is not None or len(counted) == 1 for t in r))
        if nested and q.followup == "narrow" and counted[0][0] is not None \
                and not rx.search(r"合计|一共|总共|总计|共有|加起来|加在一起", normalize(q.question or "")):  # (both counts asked: both)
            rows = list(counted[1][1])  # "其中…的有几项，占比多少": the tasks asked about are the ones within (the list is the base)
        if q.followup != "sum" and not nested and rx.search(r"加起来|加在一起|合起来|合计|一共|总共|总计|之和", normalize(q.question or "")):
            # "措施7和措施8各有几条任务？加起来一共多少？": the total, each task counted once
            total = sum(len(r) for _, r in counted)
            lines.append(f"加起来共 {len(rows)} 项" + (f"（各组相加 {total} 项，其中有重复）" if total != len(rows) else "") + "。")
        if len(counted) >= 3 and (ext := rx.search(r"最多|最少", normalize(q.question or ""))):
            # "A、B、C、D这四家，谁参与的任务最多？": the group(s) with the most (or fewest), ties stated
            best = (max if ext.group(0) == "最多" else min)(len(r) for _, r in counted)
            top = [(g, r) for g, r in counted if len(r) == best]
            lines.append(f"{'最多' if ext.group(0) == '最多' else '最少'}的是：{'、'.join(g.words() if g is not None else '全部任务' for g, _ in top)}"
                         f"（{best} 项{'，' + str(len(top)) + ' 组并列' if len(top) > 1 else ''}）。")
            rows = list(dict.fromkeys(t for _, r in top for t in r))
        if q.followup == "same_as":  # "X参与的也一样吗": the list asked about, compared with the one shown before
            rows = counted[-1][1]
        rows.sort(key=lambda t: self.ledger.tasks.index(t))
        return _answer("\n".join([head, *lines]), rows)

    @staticmethod
    def _left_out(q: Query) -> list[str]:
        """Units a list of units (or of groups) leaves out ("除了省电力公司，还有哪些单位…"); a unit said not to take part
        in the tasks ("省能源局不参与的任务由哪些单位负责") is a condition on the tasks instead."""
        if _NOT_ITS_TASKS.search(normalize(q.question or "")):
            return []
        return [u for a in atoms(q.where) if isinstance(a, Not) and isinstance(a.item, UnitIs) and a.item.mode == "has" for u in a.item.units]

    def units(self, q: Query, today: dt.date) -> Answer:
        """Responsible units of the matching tasks ("除了X，还有哪些单位…" leaves X out of the list, not out of the tasks)."""
        from assistant.query import Not, all_of

        left_out = self._left_out(q)
        if left_out:
            q = replace(q, where=all_of([a for a in atoms(q.where) if not (isinstance(a, Not) and isinstance(a.item, UnitIs))]))
        rows = select(self.ledger.tasks, q.where, today)
        units = tuple(u for u in dict.fromkeys(u for t in rows for u in t.units) if u not in left_out)
        cond = self._condition(q) + (f"；除{'、'.join(left_out)}以外" if left_out else "")
        two = [n for m in find(q.where, MeasureIn) for n in m.nos]
        if len(two) == 2 and not q.extreme and not left_out and (q.same or _SAME.search(normalize(q.question or ""))):
            # "第13项措施和第15项措施的责任单位一样吗": the two measures' units compared, not their union
            each = [tuple(dict.fromkeys(u for t in rows if t.measure_no == n for u in t.units)) for n in two]
            if set(each[0]) == set(each[1]):
                text = f"一样：第{two[0]}项和第{two[1]}项工作措施的责任单位相同，都是 {len(each[0])} 个：{'、'.join(each[0])}。"
            else:
                pairs = ((two[0], each[0], each[1]), (two[1], each[1], each[0]))
                only = [f"只在第{n}项的：{'、'.join(u for u in mine if u not in other) or '无'}" for n, mine, other in pairs]
                text = (f"不一样：第{two[0]}项措施的责任单位是 {'、'.join(each[0])}；第{two[1]}项措施的是 {'、'.join(each[1])}。"
                        + "；".join(only) + "。")
            return _answer(text, rows, units=units)
        if q.extreme == "none":
            # "哪些单位一项任务都没有牵头": every unit of the ledger that leads (takes part in) none of the matching tasks
            lead = q.by == "lead"
            role = "牵头" if lead else "参与"
            none = [u for u in self.ledger.units if u not in left_out and not any(u in (t.leads if lead else t.units) for t in rows)]
            if not none:
                return _answer(f"条件：{cond} — 每个责任单位都至少{role}其中 1 项任务，没有一项也不{role}的单位。", rows, units=())
            text = f"条件：{cond} — 没有{role}其中任何一项任务的责任单位共 {len(none)} 家：{'、'.join(none)}。"
            return _answer(text, [], units=tuple(none))
        if q.extreme and units:
            lead = q.by == "lead"
            tally = {u: [t for t in rows if (u in t.leads if lead else u in t.units)] for u in units}
            tally = {u: ts for u, ts in tally.items() if ts or not lead}
            best = (max if q.extreme == "max" else min)(len(ts) for ts in tally.values())
            winners = [u for u, ts in tally.items() if len(ts) == best]
            role = "牵头" if lead else "参与"
            word = "最多" if q.extreme == "max" else "最少"
            if q.top > 1:  # the N units with the most (fewest) tasks; a tie at the N-th place is listed whole
                ranked = sorted(tally, key=lambda u: len(tally[u]), reverse=q.extreme == "max")
                cut = len(tally[ranked[min(q.top, len(ranked)) - 1]])
                chosen = [u for u in ranked if (len(tally[u]) >= cut if q.extreme == "max" else len(tally[u]) <= cut)]
                extra = f"（第 {q.top} 位有并列，共列出 {len(chosen)} 家）" if len(chosen) > q.top else ""
                lines = [f"{i}. {u}：{len(tally[u])} 项" for i, u in enumerate(chosen, 1)]
                text = f"条件：{cond} — {role}任务{word}的前 {q.top} 个单位{extra}：\n" + "\n".join(lines)
                picked = [t for t in rows if any((u in t.leads if lead else u in t.units) for u in chosen)]
                return _answer(text, picked, units=tuple(chosen))
            tie = f"（{len(winners)} 家并列）" if len(winners) > 1 else ""
            picked = [t for t in rows if any((u in t.leads if lead else u in t.units) for u in winners)]
            text = f"条件：{cond} — {role}任务{word}的单位是：{'、'.join(winners)}{tie}，各 {best} 项。"
            return _answer(text, picked, units=tuple(winners))
        absent = [t.label for t in find(q.where, TextHas) if not t.implicit and not any(self.understander.in_ledger(x) for x in t.terms)]
        if not rows and absent and not _negated_any(q.where):
            # "Which unit leads measure 2 (the "three savings" service)?": words the ledger never uses are no condition to answer by
            return self.refusal("oos", "台账中没有任何任务提到您给出的词语")
        if not rows:
            premise = self._none_together(q, cond, today)  # a unit's premise about a measure is corrected with the record
            if premise.tasks:
                return premise
            return _answer(f"条件：{cond} — 没有符合条件的任务，也就没有责任单位。", [])
        if not units:
            return _answer(f"条件：{cond} — 没有其他责任单位（这 {len(rows)} 项任务只由{'、'.join(left_out)}负责）。", rows, units=())
        if q.by == "lead":  # "第13项措施是谁牵头": the first-listed unit of each task, then the whole cell
            leads = tuple(dict.fromkeys(t.units[0] for t in rows if t.units))
            text = (f"条件：{cond} — 牵头单位（责任单位中排第一）是：{'、'.join(leads)}{f'（共 {len(leads)} 个）' if len(leads) > 1 else ''}；"
                    f"责任单位共 {len(units)} 个：{'、'.join(units)}（依据 {len(rows)} 项任务）。")
            return _answer(text, rows, units=leads + tuple(u for u in units if u not in leads))
        text = f"条件：{cond} — 涉及的责任单位共 {len(units)} 个：{'、'.join(units)}（依据 {len(rows)} 项任务）。"
        if rows and len(rows) <= 6 and self.lexicon.intents["deadline"].search(normalize(q.question or "")):
            # "…由哪些单位负责？完成时限为何时？": the deadline asked in the same message, task by task
            text += "\n完成时限：" + "；".join(f"任务 {t.id} {t.deadline.text}" for t in rows) + "。"
        return _answer(text, rows, units=units)

    def breakdown(self, q: Query, today: dt.date) -> Answer:
        """Task counts grouped by deadline, unit, measure or status."""
        from assistant.query import Not, all_of

        left_out = self._left_out(q)
        if left_out and q.by in ("unit", "lead"):  # "除了省电力公司以外，各单位…": those units are left out of the groups, not the tasks
            q = replace(q, where=all_of([a for a in atoms(q.where) if not (isinstance(a, Not) and isinstance(a.item, UnitIs))]))
        rows = select(self.ledger.tasks, q.where, today)
        groups: dict[str, int] = {}
        if q.by == "lead":
            for t in rows:
                for lead in t.leads:
                    if lead not in left_out:
                        groups[lead] = groups.get(lead, 0) + 1
            groups = dict(sorted(groups.items(), key=lambda kv: -kv[1]))
            rows = [t for t in rows if any(lead not in left_out for lead in t.leads)]
            note = "（牵头单位 = 台账“牵头单位”栏）" if any(t.lead for t in rows) else "（牵头单位 = 责任单位中排第一的单位）"
        elif q.by == "unit":
            for t in rows:
                for u in t.units:
                    groups[u] = groups.get(u, 0) + 1
            note = "（一项任务常有多个责任单位，各单位的数目相加会多于任务总数）"
        elif q.by == "unit_count":
            for n in sorted({len(t.units) for t in rows}):
                groups[f"{n}家责任单位"] = sum(len(t.units) == n for t in rows)
            note = ""
        elif q.by == "measure":
            for t in rows:
                k = f"第{t.measure_no}项措施 {t.measure_title}"
                groups[k] = groups.get(k, 0) + 1
            note = ""
        elif q.by == "status":
            for t in rows:
                k = STATUS_LABELS[t.deadline.status(today)]
                groups[k] = groups.get(k, 0) + 1
            note = f"（按今天 {today.isoformat()} 计；台账只记录完成时限，没有记录进展，也不记录完成情况）"
        else:
            for text in self.ledger.deadline_texts:
                n = sum(t.deadline.text == text for t in rows)
                if n:
                    groups[text] = n
            note = ""
        name = {"lead": "牵头单位", "unit": "责任单位", "measure": "工作措施",
 "status": "状态", "unit_count": "责任单位数量"}.get(q.by, "完成时限")
        cond = f"条件：{self._condition(q)}；" if q.where is not None else ""
        head = f"{cond}按{name}统计，共 {len(rows)} 项任务{note}："
        if q.extreme in ("max", "min") and groups and not q.followup and _EACH_TOO.search(normalize(q.question or "")):
            # "哪种完成时限的最多？每种各有几项？": every group counted, the most (fewest) said first
            best = (max if q.extreme == "max" else min)(groups.values())
            top = [k for k, v in groups.items() if v == best]
            head = (f"{cond}任务{'最多' if q.extreme == 'max' else '最少'}的{name}是{'、'.join(top)}"
                    f"{f'（{len(top)} 个并列）' if len(top) > 1 else ''}，{'各' if len(top) > 1 else '共'} {best} 项。\n"
                    f"按{name}统计，共 {len(rows)} 项任务{note}：")
        elif q.extreme in ("max", "min") and groups:
            best = (max if q.extreme == "max" else min)(groups.values())
            groups = {k: v for k, v in groups.items() if v == best}
            rows = [t for t in rows if any(_in_group(q.by, k, t, today) for k in groups)]
            tie = f"（{len(groups)} 个并列）" if len(groups) > 1 else ""
            head = f"{cond}任务{'最多' if q.extreme == 'max' else '最少'}的{name}{tie}，{'各' if tie else '共'} {best} 项{note}："
            if _TASKS_ASKED.search(normalize(q.question or "")) and best <= 20:
                # "参与最少的是哪个单位，是哪几项": the tasks of the group named, by their ids
                lines = [head, *(f"- {k}：{v} 项（任务 {'、'.join(t.id for t in rows if _in_group(q.by, k, t, today))}）" for k, v in groups.items())]
                return _answer("\n".join(lines), rows)
        lines = [head]
        lines += [f"- {k}：{v} 项" for k, v in groups.items()]
        return _answer("\n".join(lines), rows)
