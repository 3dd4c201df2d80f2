"""Stage 4a: aggregates over groups — totals, the unit with the most / fewest tasks, two or more groups compared."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from assistant import rx
from assistant.query import Cond, DeadlineIs, MeasureIn, Not, Or, Query, StatusIs, UnitIs, all_of, atoms, select
from assistant.text import cn_number, normalize
from assistant.understand.conditions import Conditions

# "2025年底前的几项，2026年底前的几项": one count asked per group
_HOW_MANY = rx.lazy(r"(?:几|多少)\s*[项个条件]")
# "哪个参与的更多" / "哪一类多" / "谁的任务少": which of the named groups has more (or fewer) tasks
_WHICH_MORE = rx.lazy(r"(?:哪(?:一)?(?:个|家|类|种|边|方|组)|谁)\S{0,12}?(?:更多|更少|较多|较少|多一些|少一些|多|少)(?!\S*[项个条]?(?:措施|单位))")

# "排前三的单位" / "最多的三个单位" / "倒数两家": the N units with the most (fewest) tasks, ties included
_TOP = rx.lazy(r"(?:排(?:名|在)?)?(?:前|后|倒数(?:第)?)\s*(?P<n>\d{1,2}|[二三四五六七八九十两]{1,2})\s*(?:名|位|个|家)?(?![项条]|(?:个|条|项)?(?:工作)?措施)"
               r"|(?:最多|最少)的\s*(?P<m>\d{1,2}|[二三四五六七八九十两]{1,2})\s*(?:个|家)")

# "2025年底前的多还是2027年底前的多" / "A的多还是B的多": which of two groups has more
_MORE_OR = rx.lazy(r"(?:多|少)\s*[，,]?\s*(?:还是|或是|或者)[^，,。？?]{0,24}?(?:多|少)")


# the words of "比…多出来的" / "…是…没有的", read by the comparison of two measures' units
_SAID_BY_DIFF = rx.lazy(r"出来|多出|少了|没有|没|不含|独有|特有")


class Groups(Conditions):
    def _aggregate(self, base: Query, rest: str, where: Cond | None, content: list[str], unparsed: tuple[str, ...]) -> Query | None:
        """Aggregates over groups: totals of measures and tasks, the unit with the most / fewest tasks,
        and two or more units' counts compared (分别 / 比…多几项 / 差几项)."""
        lead = bool(rx.search(r"牵头|排(?:在)?第一|打头", rest))
        left = [c for c in content if not rx.search(r"最多|最少|多几|少几|相差|差几|分别|各自|各是|各有|各为|一样|相同|完全|牵头|参与|承担|多出|少了|差距|多少|^对比$|^比较$|^前者$|^后者$|^哪|^数量|还是|次数|出现|^一[类种组批]$|^同一[批组些]$|^更[多少]$|^多?一些$|^少一些$|^(?:两者|二者|两家|两组|两个单位|两个部门|它俩|他俩|两边|双方|各自|各方)$", c)]
        # "共包含多少项工作措施、多少项具体任务"
        if rx.search(r"(?:多少|几)\s*[项个条]?\s*(?:工作)?措施", rest) and rx.search(r"(?:多少|几)\s*[项个条]?\s*(?:具体)?任务", rest):
            return replace(base, target="totals", where=where, count=True, unparsed=self._leftover(left, unparsed))
        # "哪家单位参与的任务最少" / "牵头任务最多的单位是哪个"
        unit_word = r"(?:责任)?(?:单位|部门|机构|家)"
        top = _TOP.search(rest)
        if top and rx.search(unit_word, rest):
            left = [c for c in left if c not in top.group(0) and not rx.fullmatch(r"数?排名?|名|位|前|后", c)]
        if rx.search(rf"(?:哪个|哪家|哪些|哪[几两三四五]个|哪[几两三四五]家|什么|哪一?个?)(?:牵头)?{unit_word}|{unit_word}(?:是|为)?(?:哪个|哪家|哪些|哪[几两三四五]个|哪[几两三四五]家|谁)|(?:最多|最少)的(?:是)?(?:{unit_word}|谁|哪(?!一?[项条]))|谁(?:牵头|参与)?的?任务|出现(?:次数|得)", rest) \
                and (ext := rx.search(r"最多|最少|最大|最小", rest) or (top and rx.search(r"最多|最少|最大|最小|前|后|倒数", top.group(0)))) \
                and len({u for a in atoms(where) if isinstance(a, UnitIs) for u in a.units}) < 2 and not rx.search(r"(?:单位|部门)(?:数量?|个数|数目|家数)(?:最多|最少)|(?:单位|部门)(?:最多|最少)的(?:是)?(?:哪(?:几)?(?:项|条|个任务)|哪些任务|任务)|(?:任务|哪项|哪条|哪个任务)\S{0,6}(?<!哪个)(?<!哪家)(?<!什么)(?:责任)?(?:单位|部门)最[多少]|措施", rest):
            word = top.group(0) if top else ext.group(0)
            n = cn_number(top.group("n") or top.group("m")) if top else 0
            return replace(base, target="units", extreme="min" if rx.search(r"最少|最小|后|倒数", word) else "max", by="lead" if lead else "",
                           count=True, where=where, top=n if n and n > 1 else 0, unparsed=self._leftover(left, unparsed))
        # "A和B参与的任务分别有多少，差几项" / "A参与的比B参与的多几项"
        if _MORE_OR.search(rest):
            unparsed = tuple(u for u in unparsed if u != "还是")
        times = [i for a in atoms(where) for i in (a.items if isinstance(a, Or) else (a,)) if isinstance(i, (DeadlineIs, StatusIs))]
        if len(times) >= 2 and ((rx.search(r"比|差几|差多少|相差|多几|少几|多出|少了?几|分别|各(?:有|是)|各\s*(?=几|多少)", rest) and rx.search(r"几|多少|数量|差", rest))
                                or _WHICH_MORE.search(rest) or _MORE_OR.search(rest) or len(_HOW_MANY.findall(rest)) >= len(times)) and not rx.search(r"按|每", rest):
            whole = [a for a in atoms(where) if a in times or (isinstance(a, Or) and all(i in times for i in a.items))]
            common = all_of([a for a in atoms(where) if a not in whole])
            groups = tuple(all_of([t, *atoms(common)]) for t in times)
            return replace(base, target="groups", groups=groups, where=common, count=True, unparsed=self._leftover(left, unparsed))
        nos = [n for a in atoms(where) if isinstance(a, MeasureIn) for n in a.nos]
        if len(nos) == 2 and rx.search(r"单位|部门", rest) and rx.search(r"哪|什么|谁", rest) \
                and rx.search(r"比[^，,。？?]{0,12}?(?:多|少)(?:出来|出|了)?(?!几|多少)|是[^，,。？?]{0,12}?(?:没有|不含|没)的|独有|特有", rest):
            # "措施5的责任单位比措施2多出来的是哪个单位": the two measures' units compared, each one's own said
            return replace(base, target="units", where=MeasureIn(tuple(nos), tuple(self.ledger.measure(n).title for n in nos)),  # type: ignore[union-attr]
                           same="responsible", count=False, unparsed=self._leftover([c for c in left if not _SAID_BY_DIFF.fullmatch(c)],
                                                                                    tuple(u for u in unparsed if not _SAID_BY_DIFF.fullmatch(u))))
        if len(nos) >= 2 and (rx.search(r"哪(?:条|个|项)[^，,。？?]{0,14}?(?:多|少)(?![项条个]?(?:措施|单位))|谁的?\S{0,6}(?:多|少)|比[^，,。？?]{0,8}?(?:多|少)|差几|相差|多几|少几", rest)
                              or (rx.search(r"分别|各(?:有|是|自|为)", rest) and rx.search(r"几|多少|数量", rest))):
            # "措施5和措施8，哪条措施下面的任务多？" / "措施5和措施8各有几项任务": the measures' task counts
            common = [a for a in atoms(where) if not isinstance(a, MeasureIn)]  # "措施2和措施5里，2025年底前的哪个多": within each
            groups = tuple(all_of([MeasureIn((n,), (self.ledger.measure(n).title,)), *common]) for n in nos)  # type: ignore[union-attr]
            return replace(base, target="groups", groups=groups, count=True, unparsed=())  # (where keeps the measures named)
        named = [a for a in atoms(where) if isinstance(a, UnitIs) and a.mode in ("has", "lead")]
        names = [u for a in named for u in a.units]
        if len(names) == 2 and rx.search(r"比.{0,12}多(?:出来|出)?的", rest) and rx.search(r"哪|列|是什么", rest):
            # "住建厅比自然资源厅多出来的那几项": tasks of the first unit without the second
            first, second = names
            mode = named[0].mode
            common = [a for a in atoms(where) if a not in named]
            return replace(base, target="tasks", where=all_of([UnitIs((first,), mode), Not(UnitIs((second,), mode)), *common]),
                           unparsed=self._leftover(left, unparsed))
        roles_said = max(len(rx.findall(r"(?:参与|负责|牵头|承担)(?:的)(?:任务)?", t)) for t in (rest, normalize(base.question or "")))
        if len(names) == 2 and len(named) == 2 and roles_said >= 2 \
                and rx.search(r"加起来|加在一起|合起来|合计|一共|总共|总计|之和|相加", rest):
            # "省水利厅参与的和省电力交易中心参与的，加起来一共多少项": each unit said with its own relation, then summed
            common = [a for a in atoms(where) if a not in named]
            parts = [all_of([a, *common]) for a in named]
            if not {t.id for t in select(self.ledger.tasks, parts[0], dt.date.min)} & {t.id for t in select(self.ledger.tasks, parts[1], dt.date.min)}:
                return replace(base, target="tasks", count=True, where=Or(tuple(p for p in parts if p is not None)), unparsed=self._leftover(left, unparsed))
            return replace(base, target="groups", groups=tuple(parts), where=all_of(common), count=True, followup="sum",
                           unparsed=self._leftover(left, unparsed))
        every = [a for a in atoms(where) if isinstance(a, UnitIs)]
        if len(every) == 2 and len({a.mode for a in every}) == 2 and rx.search(r"比|差几|差多少|相差|多几|少几|多出|少了?几", rest) \
                and rx.search(r"几|多少|差", rest):
            # "省电力公司单独负责的任务，比省住建厅参与的任务少几条": each unit with its own relation, the two counts compared
            common = [a for a in atoms(where) if a not in every]
            return replace(base, target="groups", groups=tuple(all_of([a, *common]) for a in every), where=all_of(common), count=True,
                           unparsed=self._leftover(left, unparsed))
        if len(names) >= 2 and ((rx.search(r"分别|各(?:有|是|自|为|参与|负责|承担|牵头)|比|差几|差多少|相差|多几|少几|多出|少了?几|一样|相同|对比|差距", rest)
                                and rx.search(r"几|多少|数量|一样|相同|差", rest)) or _WHICH_MORE.search(rest) or _MORE_OR.search(rest)
                                or len(rx.findall(r"的\S{0,3}(?:几|多少)\s*[项个条件]", rest)) >= len(set(names)) >= 2):  # "A参与的有几项？B参与的有几项？"
            common = all_of([a for a in atoms(where) if a not in named])
            mode = "lead" if lead or any(a.mode == "lead" for a in named) else "has"
            groups = tuple(all_of([UnitIs((u,), mode), *atoms(common)]) for u in dict.fromkeys(names))
            return replace(base, target="groups", groups=groups, where=common, count=True, unparsed=self._leftover(left, unparsed))
        if rx.search(r"各(?:有|是|为|自)?\s*(?:几|多少)|分别(?:有|是|为)?\s*(?:几|多少)", rest) and (pair := self._two_apart(where)) is not None:
            # "省电力公司单独负责的和多家单位共同负责的各有几项": two conditions no task meets together, each one counted
            common = [a for a in atoms(where) if a not in pair and not (isinstance(a, Or) and a.items == pair)]
            return replace(base, target="groups", groups=tuple(all_of([p, *common]) for p in pair), where=all_of(common), count=True,
                           unparsed=self._leftover(left, unparsed))
        return None

    def _two_apart(self, where: Cond | None) -> tuple[Cond, Cond] | None:
        """The two conditions of ``where`` that no task meets together though each holds alone ("A的和B的各有几项" said with
        conditions of different kinds); or the two sides of an either-or. None when there is no such single pair."""
        ors = [a for a in atoms(where) if isinstance(a, Or) and len(a.items) == 2]
        if len(ors) == 1:
            return ors[0].items[0], ors[0].items[1]
        plain = [a for a in atoms(where) if not isinstance(a, (Or, StatusIs))]
        day = dt.date.min
        pairs = [(a, b) for i, a in enumerate(plain) for b in plain[i + 1:]
                 if select(self.ledger.tasks, a, day) and select(self.ledger.tasks, b, day) and not select(self.ledger.tasks, all_of([a, b]), day)]
        return pairs[0] if len(pairs) == 1 else None

    def _leftover(self, content: list[str] | tuple[str, ...], unparsed: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*unparsed, *content]))
