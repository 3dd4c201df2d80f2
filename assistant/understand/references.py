"""Stage 5a: references into what the conversation showed — positions and pronouns, going back to an earlier list,
relaxing a condition, a measure named by its place in a list — rewritten before a follow-up is read (:mod:`dialogue`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant import rx
from assistant.query import Cond, MeasureIn, Not, Or, Query, StatusIs, TaskIn, TextHas, UnitIs, all_of, atoms, find, kind_of, select
from assistant.text import cn_number, normalize
from assistant.understand.anaphora import Anaphora
from assistant.understand.patterns import _AMONG_MEASURES, _M, _NUM, _SINGULAR, _edge, _inside_bounds, _substitute, clean_input

if TYPE_CHECKING:
    from assistant.understand.state import State

_RELAX_KINDS = {"deadline": r"时限|期限|时间|年份|年度|日期|截止|到期|deadline", "unit": r"单位|部门|谁|unit", "measure": r"措施|measure",
                "text": r"关键词|内容|字眼|提到|keyword"}






# what a condition is relaxed to, when it lists values ("…放宽为2026年底前或2027年底前"): the preposition before the list
_VALUES_AFTER = rx.lazy(r"^\s*(?:请)?\s*(?:把|将)?\s*(?:为|成|到|至)(?=\s*20\d\d[^，,。？?]{0,8}?(?:或者?|或是|和|、|及|与)\s*20\d\d)")
# "这三组里哪组最少": the last lists shown, compared by their counts
_MOST_OF_LISTS = rx.lazy(r"(?:这|那|上面|前面)?(?P<k>[两俩二三四五])\s*(?:组|份|批|个列表|个清单|个结果)(?:里|中|当中|之中|里面)?\s*[，,]?\s*(?:哪(?:组|份|批|个))?(?:的)?(?:任务)?(?:最多|最少)")
# "前一个列表中有、后一个列表中没有的": one of the last two lists without the other (a = the earlier one kept)
_IN_ONE_NOT_OTHER = rx.lazy(
    r"(?:(?P<a>前一个|前面(?:那|一)个|第一个|上上个|先前(?:那|一)个)|(?P<b>后一个|后面(?:那|一)个|第二个|刚才(?:那|一)个|上一个))(?:列表|清单|名单|结果)?(?:中|里|里面)?(?:有|出现)"
    r"(?:的)?\s*[、，,]?\s*(?:但|而|但是)?\s*(?:(?:前一个|前面(?:那|一)个|第一个|后一个|后面(?:那|一)个|第二个|刚才(?:那|一)个|上一个|上上个)(?:列表|清单|名单|结果)?(?:中|里|里面)?)"
    r"(?:没有|没出现|不在|没)")



class References(Anaphora):
    def _measures_shown(self, result: tuple[str, ...]) -> list[int]:
        """The measures of the tasks shown, in the order shown."""
        return list(dict.fromkeys(t.measure_no for i in result if (t := self.ledger.task(i))))

    def _measure_ordinal(self, question: str, state: State) -> str:
        """"第三个措施" after a list of measures is the third one shown, not measure 3 ("第3项措施")."""
        shown = self._measures_shown(state.result)

        def pick(m: re.Match[str]) -> str:
            k = cn_number(m.group("k")) or 0
            cl = "条" if "条" in m.group(0) else "项"  # the classifier said is kept ("第二条…" then "第三条呢")
            if 1 <= k <= len(shown):
                return f"第{shown[k - 1]}{cl}措施"
            # "第8项里…" after two measures shown: beyond the list, the ledger's own measure 8
            return f"第{k}项措施" if any(x.no == k for x in self.ledger.measures) else m.group(0)

        said = normalize(clean_input(question))
        if (among := _AMONG_MEASURES.search(said)) is not None:
            # "刚才那几项措施里的第二项，…": the second of the measures listed, the latest such list (a count shown since is not it)
            lists = [o for o in (state, *reversed(state.earlier)) if o.query is not None and o.query.target == "measures" and o.result]
            nos = self._measures_shown(lists[0].result) if lists else []
            k = cn_number(among.group("k")) or 0
            if 1 <= k <= len(nos):
                return said[: among.start()] + f"第{nos[k - 1]}项措施" + said[among.end():]
        numbered = state.query is not None and state.query.target == "measures"  # "第2条…" picks too only after a list of measures
        if shown:  # "最后一个措施下面的任务": the last one shown, not the ledger's last measure
            said = rx.sub(r"(?:最后|最末|末尾)(?:一|那)?(?:个|项|条)(?:工作)?措施", f"第{shown[-1]}项措施", said)
        text = rx.sub(r"第(?P<k>[0-9一二三四五六七八九十两]{1,2})个(?:工作)?措施", pick, said)
        if text != said or not numbered:
            return text  # (the measure it names is never picked again as an ordinal)
        if text.isascii():  # "List the tasks of the second one.": the items of a list of measures are measures
            for en, zh in self.lexicon.english:
                if (k := rx.fullmatch(r"第([一二三四五六七八九十两])个", zh)) and (w := rx.search(rf"\b{re.escape(en)}\b", text, re.I)) \
                        and 1 <= (n := cn_number(k.group(1)) or 0) <= len(shown) and not rx.match(r"\s*(?:task|item)", text[w.end():], re.I):
                    return text[: w.start()] + f"measure {shown[n - 1]}" + text[w.end():]
        # "第二条下面有几项任务？": the second measure shown, when what follows asks about its tasks
        return rx.sub(r"第(?P<k>[0-9一二三四五六七八九十两]{1,2})(?:条|项|个)(?:工作)?(?:措施)?(?=\s*(?:到底|究竟|一共|总共)?\s*(?:下面|下边|底下|下(?=\s*(?:有|的|都|共|一共|总共|包括))|里面?|中|之下|的(?:具体)?任务|有几|有多少|几条|几项|多少条|多少项|包括|包含|有哪些|都有))",
                      pick, text)

    def _sum_of_lists(self, question: str, state: State, today: dt.date) -> Query | None:
        """"这两个加起来一共多少": the last lists shown, together (their conditions joined with or)."""
        norm = normalize(clean_input(question))
        m = rx.search(r"(?:这|那|上面)?(?P<k>两|俩|二|三)(?:个|类|组|项|批|家|次|者|部分|份|块|边|方|头)?(?P<noun>单位|部门|措施|列表|清单)?(?:问到|问的|查的|查到|说的|列的)?(?:的)?(?:数|结果)?(?:的)?(?:加起来|加在一起|合起来|合在一起|并在一起|放在一起|合计|相加|一共|总共|之和)", norm)
        diff = rx.search(r"(?:这|那|上面)?(?:两|俩|二)(?:者|个|类|组|批|家|边)?(?:的)?(?:时限|期限|年份|单位|部门|措施|列表|清单|结果|条件)?(?:之间)?(?:的)?(?:任务)?(?:数量?)?"
                         r"(?:相差|差了?|差距|差别)(?:是)?(?:几|多少)(?![年天月个工])"
                         r"|比(?:刚才|刚刚|之前|前面|上一个|上一次|上次|原来)(?:的|那个|那次)?(?:多|少)(?:了|出)?(?:几|多少)(?![年天月个工])", norm)
        if (one_not := _IN_ONE_NOT_OTHER.search(norm)) is not None and state.query is not None and state.query.collection:
            # "前一个列表中有、后一个列表中没有的任务是哪些": the tasks of one of the last two lists that the other lacks
            pair = [o for o in (*state.earlier, state) if o.query is not None and o.query.collection and o.query.where is not None][-2:]
            if len(pair) == 2 and pair[0].query.where != pair[1].query.where:  # type: ignore[union-attr]
                first, second = (o.query.where for o in pair if o.query is not None and o.query.where is not None)
                keep, drop = (first, second) if one_not.group("a") else (second, first)
                assert keep is not None and drop is not None
                return Query(question=question, target="tasks", where=all_of([keep, Not(drop)]), followup="difference",
                             count=bool(rx.search(r"几|多少", norm)))
        if (most := _MOST_OF_LISTS.search(norm)) is not None and state.query is not None and state.query.collection and not m:
            # "去年的…" → "今年的呢" → "明年的呢" → "这三组里哪组最少？": the last lists shown, each counted, the fewest (most) said
            k = "两俩二三四五".index(most.group("k")) // 3 + 2 if most.group("k") in "两俩二" else "三四五".index(most.group("k")) + 3
            lists = [o for o in (*state.earlier, state) if o.query is not None and o.query.collection and o.query.where is not None][-k:]
            if len(lists) == k and len({repr(o.query.where) for o in lists if o.query is not None}) == k:
                return Query(question=question, target="groups", count=True, followup="compare",
                             groups=tuple(o.query.where for o in lists if o.query is not None and o.query.where is not None))
        if diff and state.query is not None and state.query.target == "groups" and len(state.query.groups) == 2 and not m:
            # "A牵头的和B牵头的各几项" (then "只算2027年底前的呢") then "那两者相差几项": the two groups just counted
            return replace(state.query, question=question, count=True, followup="compare", unparsed=())
        if diff and state.query is not None and state.query.collection and not m:
            # "两者相差几项？" after two counts: the two lists' counts compared
            pair = [o for o in (*state.earlier, state) if o.query is not None and o.query.collection and o.query.where is not None][-2:]
            if len(pair) == 2 and pair[0].query.where != pair[1].query.where:  # type: ignore[union-attr]
                return Query(question=question, target="groups", count=True, followup="compare",
                             groups=tuple(o.query.where for o in pair if o.query is not None and o.query.where is not None))
        if not m or state.query is None or not state.query.collection:
            return None
        k = 3 if m.group("k") == "三" else 2
        lists = [o for o in (*state.earlier, state) if o.query is not None and o.query.collection][-k:]
        if len(lists) < k:
            return None
        if m.group("noun") == "措施" and not all(find(o.query.where, MeasureIn) for o in lists if o.query is not None):
            return None  # "这两个措施加起来…" after measures shown in one answer: those measures, not the last two lists
        where = Or(tuple(o.query.where for o in lists if o.query is not None and o.query.where is not None))
        # "两家合起来去掉重复的，一共多少": the union counts each task once anyway
        tail = rx.sub(r"[、，,]?\s*(?:去掉|去除|扣除|扣掉|剔除|除去)?重复(?:的)?(?:部分|项|任务)?(?:不算|只算一次|算一次)?|去重|不重复(?:的)?", " ",
                      rx.sub(r"^\s*(?:的)?(?:里面|里头|里|中|当中|之中)?(?:的)?", "", norm[m.end():]))
        within = self.parse(tail, today) if rx.search(r"[\u4e00-\u9fff]", tail) else None
        if within is not None and (within.where is not None or within.refs or within.unparsed or [c for c in within.content if len(c) >= 2]):
            # "两边加起来里面已经逾期的列一下": the lists together, then what is said after them narrows that union
            if within.where is None or within.target != "tasks" or within.refs:
                return Query(question=question, target="tasks", where=where, unparsed=(tail.strip(),), followup="sum")
            if within.count and rx.search(r"(?:几|多少)[^其]*[？?，,。；;]\s*其中", tail):
                # "两项措施合计多少项任务？其中持续推进的有几项？": the total and the part, each counted
                return Query(question=question, target="groups", count=True, where=where, groups=(where, all_of([where, within.where])),
                             unparsed=within.unparsed, followup="narrow")
            return Query(question=question, target="tasks", count=within.count, where=all_of([where, within.where]),
                         unparsed=within.unparsed, followup="sum")
        return Query(question=question, target="tasks", count=True, where=where, followup="sum")

    def _go_back(self, question: str, state: State, today: dt.date) -> tuple[str, State] | None:
        """"回到刚才省市场监管局那个列表，…": the earlier list named by its conditions becomes the one the rest of
        the message refers to. None when the message does not go back or names no earlier list."""
        norm = normalize(clean_input(question))
        counted = rx.search(r"(?:这|那|刚才那?|回到(?:刚才)?那?)\s*(?P<n>[0-9一二三四五六七八九十两]{1,3})\s*(?:项|个|条|件)(?!\s*(?:工作)?措施|\s*(?:责任)?(?:单位|部门))(?:任务|事)?", norm)
        n = cn_number(counted.group("n")) if counted else None
        if n and n > 1 and len(state.result) != n:
            # "这四项里…" / "回到刚才那12项": the list of that many tasks shown earlier
            for old in reversed(state.earlier):
                if old.query is not None and old.query.collection and len(old.result) == n:
                    return norm, replace(old, earlier=state.earlier)
        if state.query is not None and state.query.collection and not state.result and rx.search(r"这些|那些|它们|这几|那几", norm):
            # "…有哪些" then "它牵头的有几个？" (none) then "那这些任务分别是谁牵头的？": the last list that showed tasks
            for old in reversed(state.earlier):
                if old.query is not None and old.query.collection and old.result:
                    return norm, replace(old, earlier=state.earlier)
        back_to = rx.search(rf"(?:回到|返回|再看|还是看)\s*第\s*(?P<n>{_NUM})\s*(?:项|条)(?:工作)?(?:措施)?(?:那个|的)?(?:列表|清单)?", norm)
        if back_to and (no := cn_number(back_to.group("n"))):
            # "第3项措施有哪些任务" … "第4项呢？" … "回到第3项，里面2025年底前的是哪个？": the list of that measure
            for old_state in reversed(state.earlier):
                if old_state.query is not None and old_state.query.collection and any(
                        isinstance(a, MeasureIn) and a.nos == (no,) for a in atoms(old_state.query.where)):
                    return (norm[: back_to.start()] + " " + norm[back_to.end():]).strip(" ，,。") or "列出来", replace(old_state, earlier=state.earlier)
        opening = rx.search(r"(?:回到|返回|退回|再回到|再看|还是看)?\s*(?:我的?)?(?:第一个|最开始的?|一开始的?|最早的?|头一个)(?:问题)?(?:的)?(?:那个|那份|那张)?(?:列表|清单|名单|结果|查询|问题)(?:里面?|中|当中|里头)?(?:的)?", norm)
        if opening:
            # "第一个列表里的第二条是什么内容？": the first list of the conversation
            head = next((o for o in (*state.earlier, state) if o.query is not None and o.query.collection), None)
            if head is not None:
                return (norm[: opening.start()] + " " + norm[opening.end():]).strip(" ，,。") or "列出来", replace(head, earlier=state.earlier)
        plain = rx.search(r"(?:刚才|刚刚|之前|前面|上面|再看回|看回|回看|再回到)(?:的|那个|那份|那张)?(?:清单|列表|名单)(?:里面?|中|当中|里头)?", norm)
        if plain and not (state.query is not None and state.query.collection and len(state.result) >= 2):
            # "第三项…" "最后一项呢" then "刚才那个清单里，…": the last list shown, not the item asked about since (nor a
            # narrowing to one of it: "最早到期的那条…" then "刚才列表里最后一条")
            last = next((o for o in reversed(state.earlier) if o.query is not None and o.query.collection and len(o.result) >= 2), None)
            if last is not None:
                return (norm[: plain.start()] + " " + norm[plain.end():]).strip(" ，,。") or "列出来", replace(last, earlier=state.earlier)
        m = self.g("go_back").search(norm)
        if not m:
            return None
        if rx.search(r"完整|全部|最开始|一开始|原来|最早|第一个", m.group(0)) and state.earlier:
            first = next((o for o in state.earlier if o.query is not None and o.query.collection), None)
            if first is not None:
                rest = (norm[: m.start()] + " " + norm[m.end():]).strip(" ，,。")
                return rest or "列出来", replace(first, earlier=state.earlier)
        marked, named, _ = self._mark(m.group("what") or "", today)
        if not named:  # "回到第7项措施，": the noun after the name is part of it
            marked, named, _ = self._mark(m.group(0), today)
        combined = self._combine(marked, named)[0] if named else None  # "省电力公司牵头的那两项": the lead, not any part
        def key(a: object) -> str:  # a status by its value, not by the words that said it (过期 / 已经过了完成时限)
            return repr(replace(a, said="")) if isinstance(a, StatusIs) else repr(a)

        want = {key(a) for a in atoms(combined)}
        what = m.group("what") or ""
        fits = []
        for old in reversed((*state.earlier, state)):
            if old.query is None or not old.query.collection:
                continue
            have = {key(a) for a in atoms(old.query.where)}
            said_kw = [a for a in atoms(old.query.where) if isinstance(a, TextHas) and a.label and a.label in what]
            if (want and want <= have) or (not want and said_kw):  # "回到刚才营业厅那几个": the list of the word it searched
                fits.append((len(have - want), bool(old.query.extreme or old.query.top or old.query.by), old))
        role = "exactly" if rx.search(r"单独|独自|独家|只由|仅由|一家", what) else "lead" if rx.search(r"(?<![不非])牵头", what) else ""
        if not fits and not want and role:
            # "回到刚才单独负责的那个列表": the list named by a unit's role alone — the latest list with a unit in that role
            fits = [(0, False, old) for old in reversed((*state.earlier, state)) if old.query is not None and old.query.collection
                    and any(isinstance(a, UnitIs) and a.mode == role for a in atoms(old.query.where))][:1]
        if fits:  # "回到措施8那个列表": the list named by exactly that, before one narrowed from it (or ranked within it)
            old = min(fits, key=lambda f: (f[0], f[1]))[2]
            rest = (norm[: m.start()] + " " + norm[m.end():]).strip(" ，,。")
            return rest or "列出来", replace(old, earlier=state.earlier)
        # "回到刚才绿证那个，它什么时候要完成？": one task named earlier, found by a word of its text
        said = [w for w in self._content(m.group("what") or "") if len(w) >= 2]
        named_before = dict.fromkeys(i for o in (*state.earlier, state) for i in o.mentioned)
        hits = [i for i in named_before if i in self.texts and said and all(w in self.texts[i] for w in said)]
        if len(hits) == 1:
            rest = rx.sub(r"^[，,\s]*(?:它|这个|这项|那项|该项)?", "", norm[m.end():])
            return f"任务{hits[0]} {rest}".strip(), state
        return None

    def _relax(self, question: str, state: State, today: dt.date) -> Query | None:
        """"不限时限呢" / "单位不限，只看2026年底前的" / "把“只有”去掉" / "不对，我是想问它牵头的": the previous
        list's conditions of the named kind are dropped or switched, and what the rest of the message adds replaces
        conditions of its own kind. None when the message is not such a change."""
        prev = state.query
        assert prev is not None
        norm = normalize(clean_input(question))
        dropped = rx.search(r"(?:把)?(?:去掉|删掉|拿掉|取消|不要|不管)(?:了)?\s*(?P<x>[^，,。？?]{1,20}?)\s*(?:这个|这一|那个|的)(?:条件|限制|要求)", norm) \
            or rx.search(r"(?:把|将)\s*(?P<x>[^，,。？?]{1,20}?)\s*(?:这个|这一|那个|的)(?:条件|限制|要求)(?:也|都)?(?:去掉|删掉|拿掉|取消|不要了?|去除)", norm) \
            or rx.search(r"^\s*(?:那)?\s*(?P<x>[“\"][^”\"]{1,16}[”\"])\s*(?:这个|这一|那个|的)(?:条件|限制|要求)(?:也|都)?(?:去掉|删掉|拿掉|取消|不要了?|去除)", norm) \
            or rx.search(r"^\s*(?:那|好的?|行)?[，,]?\s*(?:不看|不管|不限|去掉|拿掉|删掉)(?:了)?\s*(?P<x>[“\"]?[\u4e00-\u9fff\w]{1,12}?[”\"]?)\s*(?<!的)(?:了)?\s*(?=[，,]|(?:呢|吧)?[？?。！!]*$)", norm) \
            or rx.search(r"^\s*(?:那|好的?|行)?[，,]?\s*(?P<x>[“\"]?[\u4e00-\u9fff\w]{1,12}?[”\"]?)(?<!的)\s*(?:不看了|不要了|不管了|不限了|去掉|拿掉|删掉)\s*(?=[，,]|(?:呢|吧)?[？?。！!]*$)", norm)
        if dropped and prev.where is not None and rx.search(r"只有|仅有|只由|仅由|单独|独家|独自|一家", dropped.group("x")) \
                and any(isinstance(a, UnitIs) and a.mode == "exactly" for a in atoms(prev.where)):
            # "把“只有一家”这个条件去掉呢": the unit stays, alone or with others
            loose = [UnitIs(a.units, "has") if isinstance(a, UnitIs) and a.mode == "exactly" else a for a in atoms(prev.where)]
            after = norm[dropped.end():].strip(" ，,。；;？?！!")
            if not rx.sub(r"呢|吧|的|了", "", after):
                return replace(prev, where=all_of(loose), question=question, followup="relax", unparsed=())
            # "…去掉，只要省电力公司牵头的": the unit said again with its role replaces it; anything else is asked about
            said = [a for a in atoms(self.parse(rx.sub(r"^(?:只要|只看|换成|改成|改为)", "", after), today).where) if isinstance(a, UnitIs)]
            names = {u for a in loose if isinstance(a, UnitIs) for u in a.units}
            if len(said) == 1 and set(said[0].units) <= names:
                loose = [said[0] if isinstance(a, UnitIs) and set(said[0].units) <= set(a.units) else a for a in loose]
                return replace(prev, where=all_of(loose), question=question, followup="relax", unparsed=())
            return replace(prev, where=all_of(loose), question=question, followup="relax", unparsed=(after,))
        if dropped and prev.where is not None:
            # "去掉省水利厅这个条件呢": that condition dropped from the list, the others kept (not the tasks excluded)
            said = atoms(self.parse(dropped.group("x"), today).where)
            word = dropped.group("x").strip("“”\" ")
            said = said or [a for a in atoms(prev.where) if isinstance(a, TextHas) and word in (a.label, *a.terms)]  # "不看探索了，…": the keyword by its word
            names = {u for a in said if isinstance(a, UnitIs) for u in a.units}
            kept_atoms: list[Cond] = []
            for a in atoms(prev.where):
                if isinstance(a, UnitIs) and names & set(a.units):
                    rest_units = tuple(u for u in a.units if u not in names)
                    if rest_units:
                        kept_atoms.append(UnitIs(rest_units, a.mode))
                elif a not in said:
                    kept_atoms.append(a)
            if said and kept_atoms != atoms(prev.where):
                after = norm[dropped.end():].strip(" ，,。；;？?！!")
                if after and self.g("fresh").search(after):
                    return None  # "不限持续推进了，省能源局牵头的全部任务一共几项？": a question of its own after the change
                extra = self.parse(after, today) if rx.sub(r"呢|吧|的|了|吗", "", after) else None
                # "不看探索了，措施5里2026年底前的有哪些": what the rest says replaces conditions of its kind
                where = _substitute(all_of(kept_atoms), extra.where) if extra is not None and extra.where is not None \
                    and not extra.refuse and not extra.unparsed else all_of(kept_atoms)
                return replace(prev, where=where, question=question, followup="relax", unparsed=())
        kinds: set[str] = set()
        kind_dropped = ""
        if dropped and prev.where is not None and not atoms(self.parse(dropped.group("x"), today).where):
            # "把期限这个条件去掉，其他不变": a kind of condition named, not a value — every condition of that kind goes
            named_kinds = {k for k, pat in _RELAX_KINDS.items() if rx.fullmatch(rf"\s*(?:完成|责任|工作)?(?:{pat})\s*", dropped.group("x"))}
            kinds |= named_kinds
            kind_dropped = dropped.group(0) if named_kinds else ""
        for m in self.g("relax").finditer(norm):
            word = m.group("what")
            kinds |= {k for k, pat in _RELAX_KINDS.items() if rx.search(pat, word)}
            if rx.fullmatch(r"条件|范围|限制|", word):
                # "请将条件放宽为2026年底前或2027年底前": the condition relaxed is of the kind of the values it is relaxed to
                kinds |= {kind_of(a) for a in atoms(self.parse(_VALUES_AFTER.sub("", norm[m.end():]), today).where)}
        any_one = bool(rx.search(r"(?:有)?(?:其中)?(?:任意|任何)?(?:一个|一家|任一)(?:参与|负责)?(?:就行|就算|即可|就可以)|(?:或者|或)(?:都行|都可以|就行)", norm))
        widen = None if rx.search(r"(?:再|又)?加(?:一)?个?条件|(?:也|都)(?:要|得|必须)(?:参与|负责|牵头|在内|是)", norm) else \
            rx.search(r"(?:把)?(?P<x>.{2,20}?)(?:的)?(?:也|都)(?:算上|算进去|算进来|加上|加进来|包括进来|算在内|要|算)", norm) \
            or rx.search(r"(?:再|也)(?:加上|算上|包括|加)(?!个条件|一个条件|条件|个限制)(?P<x>.{2,20}?)(?:的)?(?:呢|吧|吗)?[？?]?$", norm) \
            or rx.search(r"^\s*(?:那|那么|要是|如果)?(?:再)?(?:包含|包括|含上?|算上|加上)(?!个条件|一个条件|条件|个限制)(?P<x>.{2,20}?)(?:的)?(?:在内)?(?:呢|吧|吗)?[？?]?$", norm)  # "包含2026年底前的呢？"
        # "放宽点，写到“智能”的都算" / "在这个基础上再把持续推进的也加进来": what is added is after the last comma or 把
        added = self.parse(rx.split(r"[，,]|把", widen.group("x"))[-1], today).where if widen else None
        new_atoms = atoms(added)
        if widen and not rx.search(r"只有|只|仅", widen.group("x")) and new_atoms and len({kind_of(a) for a in new_atoms}) == 1 \
                and not any(a in atoms(prev.where) for a in new_atoms):
            # "把2026年底前的也算上": the new condition joins the old ones of its kind as an alternative
            kinds_new = {kind_of(i) for a in atoms(added) for i in (a.items if isinstance(a, Or) else (a,))}  # "今年底和明年底到期的都算"
            time_kinds = {"deadline", "status"}
            same = [a for a in atoms(prev.where) if not isinstance(a, Not) and (kind_of(a) in kinds_new or (kind_of(a) in time_kinds and kinds_new & time_kinds)
                    or (isinstance(a, Or) and all(kind_of(i) in kinds_new | {"status"} for i in a.items)))]  # an exclusion stays as it is
            if same:
                # ("去掉措施的限制，时限放宽为…都算": a kind the same message takes off goes too)
                others = [a for a in atoms(prev.where) if a not in same and kind_of(a) not in kinds - kinds_new]
                flat = [i for a in (*same, *atoms(added)) for i in (a.items if isinstance(a, Or) else (a,))]
                where = all_of([*others, Or(tuple(dict.fromkeys(flat)))])
                return replace(prev, where=where, question=question, followup="widen", unparsed=())
            if find(prev.where, TaskIn):
                # "再把2026年底前的也加进来" after a list known only by the tasks shown (and what was taken out of them): what it
                # widens is not known — never the shown tasks narrowed by the new condition
                return replace(prev, question=question, followup="widen", unparsed=(widen.group(0),))
        own = self.parse(norm, today)  # the message read on its own (parsed once, used below)
        if rx.search(r"放宽|只要\S{0,12}(?:参与|负责)(?:就算|就行|即可)", norm) and (loose := own.where) is not None:
            # "放宽一点，只要省电力公司参与就算": the same unit's stricter relation gives way
            named = {u: a for a in atoms(loose) if isinstance(a, UnitIs) for u in a.units}
            swapped = [UnitIs(a.units, named[a.units[0]].mode) if isinstance(a, UnitIs) and a.units[0] in named and a.mode != named[a.units[0]].mode
                       else a for a in atoms(prev.where)]
            if swapped != atoms(prev.where):
                return replace(prev, where=all_of(swapped), question=question, followup="relax", unparsed=())
        if rx.search(r"放宽|放大|扩大|放开|宽一点|大一点", norm) and own.where is not None and not own.refuse and state.result and not widen \
                and not {kind_of(a) for a in atoms(own.where)} & {kind_of(a) for a in atoms(prev.where)} \
                and not [w for w in own.unparsed if not (self.g("relax_words").search(w) or rx.fullmatch(r"放大|放大点|整个|整体|全部|一点|点", w))]:
            wider = [t.id for t in select(self.ledger.tasks, own.where, today)]
            if set(state.result) < set(wider):
                # "范围放大点，第11项措施整个的都列出来" after its tasks that say 电动汽车: the wider list said, in their place
                return replace(prev, where=own.where, question=question, followup="widen", unparsed=())
        if own.target in ("verify", "verify_measure") and own.claim is not None and not own.refuse and not own.unparsed \
                and find(own.where, (MeasureIn, TaskIn)):
            return None  # "那措施4的事我就找省能源局牵头对吧？": a claim about a measure named, checked on its own — no change of the list
        only_off = bool(rx.search(r"(?:把|将)?[“\"]?(?:只有|只|仅)[”\"]?(?:这个条件|两个字|的条件)?(?:去掉|删掉|拿掉|不要了)"
                                  r"|不(?:一定|必|用|要求)(?:是)?(?:单独|唯一|独自|只由它|只有它)(?:一家)?(?:负责|承担)?", norm))
        to_has = bool(rx.search(r"参与的?.{0,3}(?:不一定|不用|不必|不限|不管是不是|不要求)牵头|不一定(?:是)?牵头|不限(?:于)?牵头|不(?:光|只|仅|单)(?:是|限于)?牵头|(?:问|说|要|指)的不是牵头|只要参与了?就(?:算|行|可以)"
                                r"|参与(?:而|但|、|，|,)?(?:不|没有?)牵头的?(?:也|都)(?:算上|算进去|算进来|加上|要|算|包括)|^\s*(?:那|那么)?(?:只要)?参与的(?:呢|也算)"
                                r"|^\s*(?:那|那么)?(?:回到)?参与的(?:那些|那批|任务)?(?:里面?|中|当中|里头)"
                                r"|牵头[”\"]?\S{0,4}(?:放宽|改|换|变|扩大|扩)(?:成|为|到)\S{0,2}[“\"]?(?:参与|负责)", norm))  # "把“牵头”放宽成“参与”"
        # "其牵头单位是？" asks who leads; "我是想问它牵头的" switches the list to the ones it leads
        to_lead = not to_has and bool(rx.search(r"牵头(?!\s*(?:单位|部门|的是|是谁|是哪|的单位))", norm)) and not find(own.where, UnitIs) \
            and not rx.search(r"(?:谁|哪(?:个|家|些|几家)?(?:单位|部门)?)\s*(?:来|负责|是)?\s*牵头", norm) and any(
            isinstance(a.item if isinstance(a, Not) else a, UnitIs) for a in atoms(prev.where)) and not (find(own.where, TextHas) or rx.search(r"[“\"「『]", norm))  # "“临代正”那条谁牵头" asks
        if not kinds and not only_off and not to_lead and not any_one and not to_has:
            return None
        if self.g("position").search(norm) or (_SINGULAR.search(norm) and not rx.search(r"它(?:只是|仅仅?|单纯)?(?:牵头|负责|参与)", norm)):
            return None  # "第三个是谁牵头？" points into the list; it does not change it
        kept = []
        lead_named = {u for a in atoms(own.where) if isinstance(a, UnitIs) and a.mode == "lead" for u in a.units}  # "我想问的是X牵头的"
        for a in atoms(prev.where):
            kind = kind_of(a)
            if isinstance(a, UnitIs) and lead_named and set(a.units) <= lead_named:
                kept.append(UnitIs(a.units, "lead"))
                continue
            if kind in kinds or (kind == "status" and "deadline" in kinds):
                continue
            if isinstance(a, UnitIs) and to_has and a.mode == "lead":
                a = UnitIs(a.units, "has")
            if isinstance(a, UnitIs) and only_off and a.mode == "exactly":
                a = UnitIs(a.units, "has")
            if to_lead and isinstance(a, Not) and isinstance(a.item, UnitIs) and a.item.mode == "lead":
                continue  # "它牵头的除外" then "它牵头的呢": the ones it leads, no longer taken out
            if isinstance(a, UnitIs) and to_lead and a.mode == "has" and len(a.units) == 1:
                a = UnitIs(a.units, "lead")
            if to_lead and isinstance(a, Not) and isinstance(a.item, UnitIs) and a.item.mode == "has" and len(a.item.units) == 1:
                a = UnitIs(a.item.units, "lead")  # "它没参与的呢" then "它牵头的呢": the ones it leads
            if isinstance(a, UnitIs) and any_one and len(a.units) >= 2:
                kept.append(Or(tuple(UnitIs((u,), a.mode) for u in a.units)))
                continue
            kept.append(a)
        rest = self.g("relax").sub(" ", norm.replace(kind_dropped, " ") if kind_dropped else norm)
        rest = _VALUES_AFTER.sub(" ", rest)  # "时限放宽到2026年底前或2027年底前": the deadlines listed are the values, not "by the first"
        rest = rx.sub(r"(?:把|将)?[“\"]?(?:只有|只|仅)(?:一家|一个单位|一家单位|它一家)?[”\"]?(?:这个条件|两个字|的条件)?(?:去掉|删掉|拿掉|不要了)|不(?:一定|必|用|要求)(?:是)?(?:单独|唯一|独自|只由它|只有它)(?:一家)?(?:负责|承担)?"
                      r"|不对|说错了|我是想问|想问的是|我想问的是|不一定(?:是)?牵头|不限(?:于)?牵头(?:了)?|不(?:光|只|仅|单)(?:是|限于)?牵头(?:的)?"
                      r"|(?:再)?(?:把)?(?:它)?(?:只是|仅仅?|单纯)?参与(?:而|但|、|，|,)?(?:不|没有?)牵头的?(?:也|都)(?:算上|算进去|算进来|加上|要|算|包括)"
                      r"|牵头的?|不是参与的?|参与的?", " ", rest)
        extra = self.parse(self.g("relax_words").sub(" ", rest), today)  # (the words that only say it relaxes, once the rest is read)
        if lead_named and extra.where is not None:  # the unit named with 牵头 keeps it (the word was cut from rest)
            extra = replace(extra, where=all_of([UnitIs(a.units, "lead") if isinstance(a, UnitIs) and set(a.units) <= lead_named else a
                                                 for a in atoms(extra.where)]))
        said = atoms(extra.where)
        if not extra.refuse and (inside := _inside_bounds(said)):
            # "时间放宽到2026年底前（含2025年底前的）": a deadline inside the new bound only says the bound includes it
            extra = replace(extra, where=all_of([a for a in said if a not in inside]))
        where = _substitute(all_of(kept), extra.where if not extra.refuse else None)
        if to_lead and rx.search(r"任务|几项|多少项|哪些", norm) and prev.target != "tasks":
            prev = replace(prev, target="tasks", count=bool(rx.search(r"几|多少", norm)), every=False, size=None, extreme="")
        either = any(isinstance(a, Or) for a in atoms(where))  # "改成或者呢，两个里面有一个参与就算": 或者 is read
        if (left := tuple(u for u in extra.unparsed if not (either and u in ("或者", "或", "或是")))) and not extra.refuse:
            return replace(prev, where=where, unparsed=left, question=question, followup="relax")
        if not extra.refuse and extra.target == "lookup" and (left := tuple(w for w in extra.content if len(w) >= 2
                                                                            and not (either and w in ("或者", "或是")))):
            # "再把省水利厅参与的任务也并进来，水利厅那部分不限时限": words the change says and no construct read (并进来) are
            # never dropped — the list changed by the rest alone would answer another question
            return replace(prev, where=where, unparsed=left, question=question, followup="relax")
        if (edge := _edge(norm)) and prev.collection:  # "回到它牵头的那几条，哪条最晚到期？": the latest among them
            return replace(prev, where=where, question=question, followup="relax", unparsed=(), target="tasks", count=False, extreme=edge,
                           by="", every=False, size=None)
        if where == prev.where:  # a change asked for that changes nothing was not understood: never the same list again as if changed
            return replace(prev, where=where, unparsed=tuple(w for w in self._content(rest) if len(w) >= 2) or (norm,), question=question, followup="relax")
        return replace(prev, where=where, question=question, followup="relax", unparsed=())

    def _referent(self, text: str, state: State, q: Query, today: dt.date | None = None) -> tuple[tuple[str, ...], tuple[int, int]] | None:
        """The tasks a reference in ``text`` points at, and where the reference is."""
        g = self.g
        listed = state.last_list or state.result
        if g("units_ref").search(text):
            return None
        group = rx.search(rf"第\s*({_NUM})\s*(?:条|项|个)(?:工作)?(?:措施)?\s*(?:的|里的?|中的?|下面?的?|当中的?)\s*(?:这|那)(?:几|些)(?:项|条|个)?(?:任务)?", text)
        if group and listed and (no := cn_number(group.group(1))):
            # "只看第7条的这几项": the ones of measure 7 among those shown (a group, never the seventh one)
            mine = tuple(i for i in listed if (t := self.ledger.task(i)) is not None and t.measure_no == no)
            if mine and len(mine) < len(listed):
                return mine, group.span()
        pair = rx.search(r"(?P<d>前面|前边|后面|后边)(?:的)?(?:那|这)(?:个|条|项)(?:任务)?(?!\s*(?:工作)?措施|\s*(?:列表|清单|名单|结果|问题))", text)
        if pair and len(listed) == 2 and state.query is not None and state.query.collection:
            return (listed[0 if pair.group("d").startswith("前") else 1],), pair.span()  # "后面那条具体说的啥" after two tasks listed
        m = g("position").search(text)
        named = {cn_number(x) for x in rx.findall(rf"第\s*({_NUM})\s*(?:项|条|个)?\s*(?:工作)?措施|措施\s*({_NUM})", text) for x in x if x}
        if state.query is not None and (state.query.target in ("units", "measures", "verify_measure")
                                        or rx.search(r"几\s*[条项个]|多少\s*[条项个]", text)):
            # "第4项下面…" after measure 4's units; "第5项到底几条任务？" after measure 5's list: that measure, counted again
            named |= {n for a in atoms(state.query.where) if isinstance(a, MeasureIn) for n in a.nos}
        if m and m.groupdict().get("n") and cn_number(m.group("n")) in named:
            m = None  # "第2项措施和第5项措施相比，第5项…": the measure the question named, not a position in a list
        measure_lists = [o for o in (state,) if o.query is not None and o.query.collection  # the list just shown is a measure's
                         and len({n for a in atoms(o.query.where) if isinstance(a, MeasureIn) for n in a.nos}) == 1]
        if m and m.groupdict().get("n") and measure_lists and rx.fullmatch(
                rf"\s*(?:那|那么|再看)?\s*第\s*{_NUM}\s*(?:项\s*(?:措施)?|条\s*措施)\s*(?:呢|吧|的呢)?\s*[？?]?\s*", text):
            m = None  # "第3项措施有哪些任务" then "第4项呢？" / "回到第3项，…": another measure, not a position in the list
        anchor = state.mentioned[-1] if state.mentioned else listed[0] if listed else ""
        if m and len(listed) <= 1 and anchor and m.groupdict().get("n") and (t := self.ledger.task(anchor)):
            # "措施16的第三项任务是什么？" → "第四项呢？": a position among the tasks of the measure in focus
            listed = tuple(x.id for x in self.ledger.tasks if x.measure_no == t.measure_no and x.ledger == t.ledger)
        inside = rx.search(rf"(?:措施\s*({_NUM})|第\s*({_NUM})\s*[项条]\s*(?:工作)?措施)\s*(?:里|中|下面?|当中|之中|里面|的)(?:的)?", text)
        if m and inside and m.start() >= inside.end() and (no := cn_number(inside.group(1) or inside.group(2) or "")) and self.ledger.measure(no):
            # "刚才措施4里最后一项是谁牵头": a position among the tasks of the measure it names, not the list shown last
            listed = tuple(x.id for x in self.ledger.tasks if x.measure_no == no)
        start = inside.start() if m and inside and listed and m.start() >= inside.end() else m.start() if m else 0  # the measure said goes too
        if m and listed:
            d = m.groupdict()
            k = cn_number(d.get("n") or d.get("first") or d.get("last") or d.get("back") or "1") or 0
            if d.get("back"):
                picked = (listed[-k],) if 1 <= k <= len(listed) else ()
            elif d.get("n"):
                beyond = len(listed) < k <= len(listed) + 3 and rx.search(r"[条个]", m.group(0)) is not None  # "第5条" of a 4-item list
                picked = (listed[k - 1],) if 1 <= k <= len(listed) else tuple(listed) if beyond else ()
            elif d.get("first"):
                picked = listed[:k]
            elif d.get("last"):
                picked = listed[-k:]
            else:
                picked = listed[-1:]
            if picked and len(picked) == 1 and (more := rx.match(r"\s*(?:和|与|跟|、|及)\s*(?:第(?P<n2>[一二三四五六七八九十两\d]{1,3})|(?P<last2>最后(?:一)?|末))(?:个|条|项)", text[m.end():])):
                k2 = len(listed) if more.group("last2") else cn_number(more.group("n2") or "") or 0  # "第二个和第四个" / "第一条和最后一条"
                if 1 <= k2 <= len(listed) and listed[k2 - 1] not in picked:
                    return (*picked, listed[k2 - 1]), (start, m.end() + more.end())
            return (picked, (start, m.end())) if picked else None
        if (m := rx.search(r"(?:刚才|刚刚|前面|上面)(?:说|问|提)?的?(?:这|那)?(?:两|俩|二)个?(?:任务|项)?", text)) and len(state.mentioned) >= 2:
            return state.mentioned[-2:], m.span()
        plural = rx.search(r"它们|(?:这|那)(?:两|俩|二|几|三)(?:个|项|条)?(?:任务)?(?!\s*(?:个)?(?:时限|期限|年份|年|时间|单位|部门|措施|家))|这些任务|那些任务|(?:两|俩)(?:条|项|个)(?:任务)?(?=里|中|当中|之中|哪|谁)", text)
        seen = tuple(i for i in dict.fromkeys((*[i for i in state.mentioned if i not in state.result], *state.result)))
        if plural and rx.search("[两俩二]", plural.group(0)) and len(state.result) < 2 and len(seen) >= 2:
            return seen[-2:], plural.span()  # one task shown last, then "这两项分别…": the two named last
        if plural and not (q.collection and state.query is not None and state.query.collection):
            word = plural.group(0)
            k = 2 if rx.search("[两俩二]", word) else 3 if "三" in word else 0
            pool = state.last_list if len(state.result) <= 1 and state.last_list else state.result
            if k and len(state.mentioned) >= k and (state.query is None or not state.query.collection or len(state.result) < k):
                # ("同一条措施下的另一项" answered one task, then "这两项分别…": the two named last)
                return state.mentioned[-k:], plural.span()
            before = rx.split(r"[，,。；;！!？?]", text[: plural.start()])[-1]
            _, said, _ = self._mark(before, today or dt.date.today())
            said = [c for c in said if not isinstance(c, (TaskIn, MeasureIn))]
            if said and not k and pool:
                # "其中2025年底前的那几项谁牵头": those of the list that the words before the pointer describe
                kept = tuple(t.id for t in self.ledger.tasks if t.id in pool and select([t], all_of(said), today or dt.date.today()))
                return (tuple(i for i in pool if i in kept) or pool), plural.span()
            if pool and (not k or len(pool) >= k):
                return (pool[:k] if k else pool), plural.span()
        single = _SINGULAR.search(text)
        pre = rx.split(r"[，,。；;！!？?]", text[: single.start()])[-1] if single else ""
        marked_pre, found_pre, _ = self._mark(pre, dt.date.today()) if single else ("", [], [])
        if single and rx.match(r"[这那]", single.group(0)) and _edge(pre) and rx.search(r"的\s*$", pre) and len(listed) >= 2:
            return None  # "最早到期的那条由哪些单位负责": the superlative picks among those shown; the pointer names no earlier one
        if single and rx.match(r"[这那]", single.group(0)) and (any(
                len(c) >= 2 and self.covered(c) for c in self._content(_M.sub(" ", marked_pre)))
                or (rx.search(r"的\s*$", pre) and any(not isinstance(c, (MeasureIn, TaskIn)) for c in found_pre))):
            # "电动汽车充电设施那条呢" / "同一措施下有具体截止年份的那条": a description (words or a condition before 的) picks
            # the task; the demonstrative points at no earlier one
            return None
        if single:
            if state.query is not None and not state.query.collection and state.mentioned:
                return state.mentioned[-1:], single.span()
            if state.result and len(state.result) == 1:
                return state.result, single.span()
        return None
