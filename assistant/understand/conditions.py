"""Stage 3: operator words around the markers (only / not / and / or) with their scope → the condition tree."""

from __future__ import annotations

import itertools
import re

from assistant import rx
from assistant.query import (
    And,
    Cond,
    DeadlineIs,
    MeasureIn,
    Not,
    Or,
    StatusIs,
    TaskIn,
    UnitIs,
    all_of,
)
from assistant.text import cn_number, normalize
from assistant.understand.entities import Entities
from assistant.understand.patterns import (
    _HARMLESS_NEG,
    _M,
)

# after a unit (or its lead): "…、同时还有别的单位一起负责" / "和其他部门共同参与" — some unit other than it takes part too
_OTHERS_TOO = rx.lazy(r"\s*[，,、]?\s*(?:同时|并且|而且|且|但)?\s*(?:还|也|另外还?)?\s*(?:有|和|跟|与|同|带着?)\s*(?:别的|其他|其它|另外的?|其余的?)(?:的)?\s*(?:责任)?(?:单位|部门|单位或部门)"
                      r"(?:也|一起|一道|共同|联合)?\s*(?:参与|负责|参加|在内|有份|承担)?(?:了)?(?!\s*(?:吗|么|嘛|没有|不))")

# after a group of units: "（这三家）里，至少有两家同时参与" — any K of them
_AT_LEAST_K = rx.lazy(r"\s*(?:这|这些|上述|以上)?(?:[两二三四五六七八九几]|\d)?\s*(?:家|个单位|个部门|个)?(?:单位|部门)?\s*(?:里|中|当中|之中|里面|里头)?\s*[，,]?\s*(?:其中)?\s*"
                      r"(?:至少|最少|起码|不少于)\s*(?:有|要有)?\s*(?P<k>[一二两三四五六七八九]|\d)\s*(?:家|个)(?:单位|部门)?\s*(?:或以上|及以上|以上)?\s*"
                      r"(?:同时|一起|共同|都|均)?\s*(?:参与|负责|参加|在内|承担)(?:了)?")


class Conditions(Entities):
    # -- step 3: operators → condition tree
    def _combine(self, s: str, found: list[Cond]) -> tuple[Cond | None, str, tuple[str, ...]]:
        g = self.g
        # "除了任务15.2以外": the noun said before a task's number is part of naming it (the operator before it then reaches it)
        s = rx.sub("(?:具体)?任务\\s*(\ue000(\\d+)\ue001)", lambda m: m.group(1) if isinstance(found[int(m.group(2))], TaskIn) else m.group(0), s)
        # "the housing department (省住建厅)": a parenthesis that names the same entity again is one mention
        s = rx.sub("\ue000(\\d+)\ue001\\s*[（(]\\s*\ue000(\\d+)\ue001\\s*[)）]",
                   lambda m: m.group(0) if found[int(m.group(1))] != found[int(m.group(2))] else f"\ue000{m.group(1)}\ue001", s)
        # "已经过期（2025年底前）的任务": a time said again in brackets as the deadline it means — one condition, the deadline
        s = rx.sub("\ue000(\\d+)\ue001\\s*[（(]\\s*\ue000(\\d+)\ue001\\s*[)）]",
                   lambda m: f"\ue000{m.group(2)}\ue001" if isinstance(st := found[int(m.group(1))], StatusIs) and st.status == "past"
                   and isinstance(d := found[int(m.group(2))], DeadlineIs) and d.op == "eq" else m.group(0), s)
        # "时限还没到的任务（2026年底前、2027年底前或持续推进）": the deadlines listed in brackets after a status say what the
        # asker counts as that status (here 持续推进 too) — the list is the condition
        def status_glossed(m: re.Match[str]) -> str:
            inner = [found[int(x)] for x in _M.findall(m.group("inner"))]
            if isinstance(found[int(m.group(1))], StatusIs) and len(inner) >= 2 and all(isinstance(c, (DeadlineIs, StatusIs)) for c in inner):
                return m.group("inner") + m.group("between")
            return m.group(0)
        s = rx.sub("\ue000(\\d+)\ue001(?P<between>\\s*(?:的)?\\s*(?:任务|工作|事项)?)\\s*[（(]\\s*(?P<inner>\ue000\\d+\ue001(?:\\s*(?:、|，|,|或者?|或是|还是|和|以及|及)\\s*\ue000\\d+\ue001)+)\\s*[)）]",
                   status_glossed, s)
        # "不是持续推进、有具体时限的": a status said again as its complement (not ongoing = dated) is one condition
        s = rx.sub("\ue000(\\d+)\ue001\\s*[、，,]?\\s*\ue000(\\d+)\ue001",
                   lambda m: f"\ue000{m.group(1)}\ue001" if {getattr(found[int(m.group(1))], "status", ""), getattr(found[int(m.group(2))], "status", "")}
                   == {"ongoing", "dated"} and rx.search("(?:不是|并非|非|不属于|不算)\\s*$", s[: m.start()]) else m.group(0), s)
        # "截至今年年底…应当完成的任务一共有几项？（包括已经过期的）": a time said in brackets to be included is no condition of its own
        s = rx.sub("[（(]\\s*(?:包括|包含|含|也包括|连同)\\s*(?:那些)?\\s*\ue000(\\d+)\ue001\\s*(?:的)?(?:任务)?(?:在内)?(?:也算)?\\s*[)）]",
                   lambda m: "" if isinstance(found[int(m.group(1))], (StatusIs, DeadlineIs)) and any(
                       isinstance(c, (StatusIs, DeadlineIs)) for i, c in enumerate(found) if i != int(m.group(1)) and f"\ue000{i}\ue001" in s)
                   else m.group(0), s)
        # "measure 10 (green electricity consumption)" / "第10项（促进绿电消费）": its title said again in brackets
        def restated_title(m: re.Match[str]) -> str:
            c = found[int(m.group(1))]
            words = [w for w in rx.split(r"[\s、，,]+", rx.sub(r"(?:的)?(?:那|这)(?:两|俩|三|几)?(?:条|项|个)(?:措施)?$", "", m.group(2))) if w]
            if isinstance(c, MeasureIn) and words and all(any(w in normalize(t) for t in c.titles) for w in words):
                return f"\ue000{m.group(1)}\ue001"
            return m.group(0)
        s = rx.sub("\ue000(\\d+)\ue001\\s*[（(]\\s*([^（()）]{1,40}?)\\s*[)）]", restated_title, s)
        # "牵头单位既不是A也不是B": the role said once holds for both units
        s = rx.sub("(牵头单位|牵头的|牵头)\\s*(?:既|又)?\\s*(不是|并非|不为)\\s*(\ue000\\d+\ue001)\\s*[，,、]?\\s*(?:也|又|亦)\\s*(?:不是|并非|不为)\\s*(\ue000\\d+\ue001)",
                   lambda m: f"{m.group(1)}{m.group(2)}{m.group(3)}，{m.group(1)}{m.group(2)}{m.group(4)}", s)
        # "2027年底前那一类里": the group just named, said again as "that group" (a pointer only when nothing is named before it)
        s = rx.sub("(\ue000(\\d+)\ue001)\\s*(?:的)?(?:那|这)?一?(?:类|档|组)(?=\\s*(?:里|中|当中|里面|之中))",
                   lambda m: m.group(1) if isinstance(found[int(m.group(2))], (DeadlineIs, StatusIs)) else m.group(0), s)
        # "省住建厅牵头或者省政务服务办牵头的": the role said after each unit of an alternative is said once for both
        s = rx.sub("\ue000(\\d+)\ue001\\s*(?:来)?牵头(?:的)?\\s*(或者|或是|或|还是)\\s*\ue000(\\d+)\ue001\\s*(?:来)?(?=牵头)",
                   lambda m: f"\ue000{m.group(1)}\ue001{m.group(2)}\ue000{m.group(3)}\ue001" if isinstance(found[int(m.group(1))], UnitIs)
                   and isinstance(found[int(m.group(3))], UnitIs) else m.group(0), s)
        conj = f"(?:\\s*(?:{g('conj_and').pattern}|{g('conj_or').pattern})\\s*)"
        # groups of adjacent markers joined by connectors
        group_re = re.compile(f"\ue000\\d+\ue001(?:{conj}+\ue000\\d+\ue001)*")
        groups: list[tuple[int, int, list[int], bool]] = []
        for m in group_re.finditer(s):
            idx = [int(x) for x in _M.findall(m.group(0))]
            seps = _M.sub("|", m.group(0))
            is_or = bool(rx.search(g("conj_or").pattern, seps))
            groups.append((m.start(), m.end(), idx, is_or))
        conds: list[Cond] = []
        consumed: list[tuple[int, int]] = []
        for start, end, idx, is_or in groups:
            members = [found[i] for i in idx]
            before, after = s[:start], s[end:]
            lo, hi = start, end
            only = False
            neg = False
            if m := rx.search(f"(?:{g('only_before').pattern})\\s*(?:由|是|有|归)?\\s*$", before):
                only, lo = True, m.start()
            m = rx.match(f"\\s*(?:都|均|也)?\\s*(?:(?:{g('only_after').pattern})\\s*)+", after)
            only_after = bool(m) and all(isinstance(c, UnitIs) for c in members)
            others_denied = only_after and m is not None and bool(rx.search(r"其他|其它|别的|其余|另外", m.group(0)))  # "…，其他单位都没参与"
            if m and only_after:
                only, hi = True, end + m.end()
            if len(members) >= 2 and (m := rx.match(f"\\s*[，,]?\\s*(?:都|均)?\\s*(?:{g('any_one').pattern})", s[hi:])):
                is_or, hi = True, hi + m.end()  # "A和B任意一个参与就算": either of them
            if len(members) >= 2 and all(isinstance(c, UnitIs) for c in members) and (m := _AT_LEAST_K.match(s, end)):
                # "A、B、C这三家里，至少有两家同时参与的": any K of the units named (never all of them, never only them)
                names = tuple(dict.fromkeys(u for c in members for u in c.units))  # type: ignore[attr-defined]
                k = cn_number(m.group("k")) or 0
                if 1 <= k <= len(names):
                    conds.append(Or(tuple(UnitIs(combo) for combo in itertools.combinations(names, k))) if k < len(names) else UnitIs(names))
                    consumed.append((lo, m.end()))
                    continue
            m = rx.search(f"(?:{g('not_before').pattern})\\s*(?:{g('neg_gap').pattern})?\\s*(?:由|是|有|让|在|属于)?\\s*$", s[:lo])
            if m and not _HARMLESS_NEG.search(s[max(0, m.start() - 2): m.end() + 1]):
                # "除了省电力公司，其他单位都没有参与": 除了 belongs to the "only" said after — it alone, never "not only it"
                neg, lo = not (others_denied and m.group(0).lstrip().startswith("除")), m.start()
            lead = False
            each = False
            if m := rx.match(f"\\s*(?:{g('contrast_gap').pattern})?\\s*(?:{g('not_after').pattern})", s[hi:]):
                # "省住建厅、省水利厅都不参与": the negation said after the group holds for each one (neither), unless
                # it says "not all" (不都 / 并非都)
                each = len(members) >= 2 and not rx.search(r"不都|不全|并非都|不是都|没都", m.group(0))
                # "剔除省能源局不是牵头单位的": two negations cancel; "除了X以外" is one negation said around X
                circumfix = rx.fullmatch(r"\s*的?(?:以外|之外)", m.group(0)) is not None
                if circumfix and all(isinstance(c, UnitIs) for c in members) \
                        and rx.match(r"\s*[，,]?\s*(?:还|也|另外还?|另)(?:有)?\s*\ue000", s[hi + m.end():]):
                    # "省电力公司以外还有省政务服务办参与的": besides it, another named unit too — both take part
                    conds.append(self._group(members, False, False))
                    consumed.append((lo, hi + m.end()))
                    continue
                if circumfix and all(isinstance(c, UnitIs) for c in members) and (none := rx.match(
                        r"\s*[，,]?\s*(?:就|再|都)?(?:没有|无|没|不再有)(?:任何)?(?:其他|别的|其它|另外的?)(?:的)?(?:责任)?(?:单位|部门)(?:参与|负责|参加|配合)?", s[hi + m.end():])):
                    # "除省电力公司以外没有其他责任单位的": it alone
                    conds.append(UnitIs(tuple(dict.fromkeys(u for c in members for u in c.units)), "exactly"))  # type: ignore[attr-defined]
                    consumed.append((lo, hi + m.end() + none.end()))
                    continue
                units_only = [c for c in members if isinstance(c, UnitIs)]
                if not circumfix and not neg and units_only and len(units_only) < len(members) \
                        and rx.search(r"参与|参加|负责|牵头|在内|承担|涉及|管", m.group(0)):
                    # "持续推进的、设区市没参与的": a unit's role denied beside a condition of another kind — only the unit is
                    # denied, the other condition stands (never "not both")
                    others = [c for c in members if not isinstance(c, UnitIs)]
                    names = tuple(dict.fromkeys(u for c in units_only for u in c.units))
                    denied: Cond = UnitIs(names, "lead") if "牵头" in m.group(0) and len(names) == 1 else UnitIs(names)
                    conds += [self._group(others, is_or, False), Not(denied)]
                    consumed.append((lo, hi + m.end()))
                    continue
                neg, hi = (True if circumfix else not neg), hi + m.end()
                # "省住建厅不牵头的": it does not lead (it may still take part)
                lead = "牵头" in m.group(0) and all(isinstance(c, UnitIs) for c in members)
            if neg and all(isinstance(c, UnitIs) for c in members) and (m := rx.match(
                    r"\s*[，,]?\s*(?:别的|其他|其它|另外的|其余)(?:的)?(?:责任)?(?:单位|部门)(?:都|均|一律|全|也)?(?:不|没有?|未)(?:参与|负责|参加|在内)(?:过)?", s[hi:])):
                # "除了省电力公司，其他单位都没有参与的任务": no unit but these takes part (never "not only these")
                conds.append(Not(UnitIs(tuple(dict.fromkeys(u for c in members for u in c.units)), "others")))  # type: ignore[attr-defined]
                consumed.append((lo, hi + m.end()))
                continue
            if neg and all(isinstance(c, UnitIs) for c in members) and (m := rx.match(
                    r"\s*[，,]?\s*(?:还|也|另外)?(?:有|存在)(?:别的|其他|其它|另外的|其余)(?:的)?(?:责任)?(?:单位|部门)(?:也|一起)?"
                    r"(?:参与|负责|参加|在内|共同负责)?(?!\s*(?:吗|么|嘛|没有|不|呢))", s[hi:])):
                # "除了省电力公司和各设区市电力主管部门以外，还有别的单位参与的": some unit other than these takes part
                conds.append(UnitIs(tuple(dict.fromkeys(u for c in members for u in c.units)), "others"))  # type: ignore[attr-defined]
                consumed.append((lo, hi + m.end()))
                continue
            if all(isinstance(c, UnitIs) for c in members) and not only and not neg and (
                    m := rx.match(f"\\s*(?:{g('lead_not_after').pattern})", s[hi:])):
                # "省能源局参与了但不是牵头单位": takes part, does not lead
                names = tuple(dict.fromkeys(u for c in members for u in c.units))  # type: ignore[attr-defined]
                conds += [UnitIs(names), Not(UnitIs(names, "lead"))]
                consumed.append((lo, hi + m.end()))
                continue
            if any(isinstance(c, UnitIs) for c in members) and not only and not lead:
                if m := rx.search(f"(?:{g('lead_not_before').pattern})\\s*$", s[:lo]):
                    lead, neg, lo = True, True, m.start()
                elif m := rx.search(f"(?:{g('lead_before').pattern})\\s*$", s[:lo]):
                    lead, lo = True, m.start()
                if m := rx.match(f"\\s*(?:{g('lead_after').pattern})", s[hi:]):
                    lead, hi = True, hi + m.end()
            if lead:
                names = tuple(dict.fromkeys(u for c in members if isinstance(c, UnitIs) for u in c.units))
                cond: Cond = UnitIs(names, "lead") if len(names) == 1 else Or(tuple(UnitIs((n,), "lead") for n in names))
                conds.append(Not(cond) if neg else cond)
                if not neg and (m := _OTHERS_TOO.match(s[hi:])):
                    conds.append(UnitIs(names, "others"))  # "省电力公司牵头、同时还有别的单位一起负责的": it leads, and others take part
                    hi += m.end()
                if neg and (m := rx.match(r"\s*[，,、]?\s*(?:但|却|可|而|不过)(?:是)?\s*(?:它|其)?(?:也|还|又)?(?:有)?(?:参与|参加|在内|有份|负责)(?:了)?", s[hi:])):
                    conds.append(UnitIs(names))  # "省能源局不是牵头单位但参与了的": it takes part, it does not lead
                    hi += m.end()
                if neg and (m := rx.match(r"\s*(?:的)?(?:以外|之外)", s[hi:])) and rx.search(r"除", s[lo:lo + 3]):
                    hi += m.end()  # "除了省电力公司牵头的以外": 除了…以外 said around the unit and its role
                others = [c for c in members if not isinstance(c, UnitIs)]  # "2027年底前、省电力公司牵头": the rest of the group stands
                if others:
                    conds.append(self._group(others, is_or, False))
                consumed.append((lo, hi))
                continue
            if not neg and not only and not is_or and all(isinstance(c, UnitIs) for c in members) and (m := _OTHERS_TOO.match(s[hi:])):
                # "省能源局和别的单位一起负责的": it takes part, and some unit other than it too
                names = tuple(dict.fromkeys(u for c in members for u in c.units))  # type: ignore[attr-defined]
                conds += [UnitIs(names), UnitIs(names, "others")]
                consumed.append((lo, hi + m.end()))
                continue
            cond = self._group(members, is_or, only)
            k = next((i for i, c in enumerate(members) if not isinstance(c, UnitIs)), len(members)) if neg else 0
            if neg and not only and not is_or and 0 < k < len(members) and "的" in rx.split("\ue000\\d+\ue001", s[start:end])[k]:
                # "没有省能源局、也没有省住建厅的、2026年底前到期的": the units are denied, the condition said after 的 stands
                conds += [Not(self._group(members[:k], False, False)), self._group(members[k:], False, False)]
            elif neg and each and not is_or and not only and all(isinstance(c, UnitIs) for c in members):
                conds += [Not(c) for c in members]  # neither of them
            else:
                conds.append(Not(cond) if neg else cond)
            consumed.append((lo, hi))
        out = []
        last = 0
        for lo, hi in sorted(consumed):
            out.append(s[last:lo])
            out.append(" ")
            last = max(last, hi)
        out.append(s[last:])
        rest = "".join(out)
        return all_of(conds), rest, ()

    @staticmethod
    def _group(members: list[Cond], is_or: bool, only: bool) -> Cond:
        """One group of adjacent entities: units join with And (both take part) unless 或; exclusive kinds join with Or."""
        units = [c for c in members if isinstance(c, UnitIs)]
        others = [c for c in members if not isinstance(c, UnitIs)]
        parts: list[Cond] = []
        if units:
            names = tuple(dict.fromkeys(u for c in units for u in c.units))
            if only:
                parts.append(UnitIs(names, "exactly"))
            elif is_or and len(names) > 1:
                parts.append(Or(tuple(UnitIs((n,)) for n in names)))
            else:
                parts.append(UnitIs(names))
        by_kind: dict[str, list[Cond]] = {}
        for c in others:
            by_kind.setdefault("time" if c.kind in ("deadline", "status") else c.kind, []).append(c)
        for kind, cs in by_kind.items():
            if kind == "measure":
                parts.append(MeasureIn(tuple(n for c in cs for n in c.nos), tuple(x for c in cs for x in c.titles), cs[0].ledger))  # type: ignore[attr-defined]
            elif kind == "task":
                parts.append(TaskIn(tuple(i for c in cs for i in c.ids)))  # type: ignore[attr-defined]
            elif len(cs) == 1:
                parts.append(cs[0])
            elif kind == "time" and _is_range(cs):
                parts.extend(cs)  # "2025年之后、2027年之前": a lower and an upper bound both hold
            elif kind == "time" and not is_or and any(isinstance(c, StatusIs) and c.status == "dated" for c in cs):
                # "还没到期、有明确日期的": "has a dated deadline" narrows the other time condition, it is no alternative
                other = [c for c in cs if not (isinstance(c, StatusIs) and c.status == "dated")]
                parts.extend([StatusIs("dated"), *(other if len(other) <= 1 else [Or(tuple(other))])])
            elif kind == "text" and not is_or:
                parts.extend(cs)
            else:
                same = tuple(dict.fromkeys(cs))  # "“持续推进”、没写具体年份的": one value said twice
                parts.append(same[0] if len(same) == 1 else Or(same))
        if len(parts) == 1:
            return parts[0]
        return And(tuple(parts))


def _is_range(cs: list[Cond]) -> bool:
    """True for one lower and one upper year bound (and nothing else): they hold together, not as alternatives."""
    if len(cs) != 2 or not all(isinstance(c, DeadlineIs) for c in cs):
        return False
    ops = sorted(c.op for c in cs)  # type: ignore[attr-defined]
    return ops[0] in ("ge", "gt") and ops[1] in ("le", "lt")
