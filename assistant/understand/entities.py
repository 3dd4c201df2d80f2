"""Stage 2: typed tokens — entity spans (units, measures, task ids, years, statuses, keywords) replaced by markers."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from assistant import rx
from assistant.query import (
    Cond,
    DeadlineIs,
    LedgerIn,
    MeasureIn,
    Or,
    StatusIs,
    TaskIn,
    TextHas,
    UnitCount,
    UnitIs,
)
from assistant.records import Task
from assistant.text import cn_number, normalize
from assistant.understand.nested import measure_clauses
from assistant.understand.patterns import (
    _M,
    _MEASURE_LIST,
    _NUM,
    _QUOTED,
    _SUB_TASK,
    _TASK_ID,
    _YEAR,
    _longest_common_substring,
)
from assistant.understand.screen import Screen

_BOUND = r"(?P<{n}>20\d{{2}})\s*(?:年度|年)?(?:年底|年末|底|末)?(?:前)?"
_RANGE_MARK = r"(?P<mark>[、，,]?\s*[（(]?\s*(?:含两端|含两头|两头都含|包括两头|含头尾|首尾都含|两头都算|两端都算|这两年都算|都算|含首尾|首尾都算|包括两端|包含两端|两头都不算|两头都不含|两头都不包含|都不算|不含两端|不包括两端|不含|不包括|含|包括)\s*[)）]?)?"  # inclusive or not, said after a range
_YEAR_RANGE = rx.lazy(r"(?:从|在|介于)?\s*" + _BOUND.format(n="a") + r"\s*(?:到|至|—|-|~|～)\s*" + _BOUND.format(n="b")
                      + r"\s*(?:之间|期间|间|内|这两年)?(?:的)?(?:任务)?\s*" + _RANGE_MARK)

# "从措施10开始往后（含措施10）" / "第12项及以后的措施": an open range of measures, the one named included
_MEASURES_ONWARD = rx.lazy(r"(?:从)?\s*(?:第\s*(?P<n1>\d{1,2})\s*(?:项|条|个)?\s*(?:工作)?措施|(?:工作)?措施\s*(?P<n2>\d{1,2}))"
                           r"\s*(?:(?:开始)\s*(?:往|向)?(?P<dir>后|以后|之后)?|(?:及|和)(?P<dir2>以后|之后|以前|之前))\s*(?:[（(]\s*(?:含|包含|包括)[^）)]{0,8}[)）])?"
                           r"(?:的)?(?:所有|全部)?(?:的)?(?:工作)?(?:措施)?")
_BARE_MEASURE = rx.lazy(r"第\s*(?P<n>[0-9一二三四五六七八九十]{1,3})\s*(?:项|条)(?!\s*(?:工作)?措施|\s*(?:具体)?任务|\s*[0-9])(?=\s*(?:下面|下边|底下|(?:里|中|当中|之中)(?:面|头)?|的(?:任务|具体任务|责任单位|牵头|完成时限|时限|期限|截止时间)|(?:到底|究竟)?(?:谁|由谁|是谁)|(?:有|是|由)?(?:哪些|哪几个|哪几家|几个|几家|什么)(?:责任)?(?:单位|部门)|是哪些|是什么措施|叫什么"
                        r"|(?:有|包括|包含|共有|一共有?|总共有?)\s*(?:几|多少|哪些|哪几)\s*[条项个]?\s*(?:具体)?任务|(?:的\s*)?tasks?\b))")
def _in_order(said: str, title: str) -> bool:
    """Every character of ``said`` occurs in ``title``, in the same order."""
    it = iter(title)
    return all(c in it for c in said.replace("“", "").replace("”", ""))


_TITLE_WORD = rx.lazy(r"(?:工作)?措施的?(?:名称|标题|名字|题目)(?:里|中|上)?(?:面)?(?:带|含|包含|有|提到|带有|出现)(?:了)?(?:个|一个)?\s*[“\"「]?(?P<kw>[^”\"」\s，,。？?的]{1,12}?)[”\"」]?"
                      r"(?:两个字|二字|这个字|字样|这个词|一词|字)?(?=的|那|这|\s|，|,|$)")
# "标题里带“绿”字的措施": the same, said before the noun
_TITLE_WORD_BEFORE = rx.lazy(r"(?:名称|标题|名字|题目)(?:里|中|上)?(?:面)?(?:带|含|包含|有|提到|带有|出现)(?:了)?(?:个|一个)?\s*(?:[“\"「](?P<kw>[^”\"」\s，,。？?的]{1,12}?)[”\"」]|(?!哪|什么|几|多少|啥)(?P<kw2>[\u4e00-\u9fff]{1,6}?))"
                             r"(?:两个字|二字|这个字|字样|这个词|一词|字)?(?=的?(?:那些|那几项|这些|那个|这个)?(?:工作)?措施)")
_MEASURE_SIDE = rx.lazy(r"(?:第|措施)\s*(?P<n>[0-9一二三四五六七八九十]{1,3})\s*(?:项|条)?(?:工作)?(?:措施)?\s*(?P<rel>及以后|及之后|以后|之后|往后|及以前|及之前|以前|之前)"
                        r"(?:的)?(?:工作)?(?:措施)?(?P<paren>\s*[（(]\s*(?:不)?(?:含|包括|包含)[^）)]{0,10}[)）])?")
# "（任务）内容以“探索”开头" / "“完善”打头的" / "starting with 'explore'": the task text begins with a word
_STARTS_WITH = rx.lazy(r"(?:(?:任务)?(?:内容|文字|原文|条文|表述|描述|正文)(?:是)?)?以\s*[“\"「‘']?(?P<kw>[\u4e00-\u9fff]{1,10}?)[”\"」’']?\s*(?:两个字|二字|这个词|一词|字样|这两个字)?\s*(?:开头|打头|起头|开始)"
                       r"|[“\"「‘'](?P<kw2>[\u4e00-\u9fff]{1,10})[”\"」’']\s*(?:两个字|二字)?\s*(?:开头|打头)"
                       r"|\b(?:starts?|starting|begins?|beginning|opens?|opening)\s+with\s+(?:the\s+word\s+)?[“\"「‘']?(?P<kw3>[\u4e00-\u9fff]{1,10})[”\"」’']?")
_MEASURE_RANGE = rx.lazy(r"(?:第|措施)\s*(?P<a>[0-9一二三四五六七八九十]{1,3})\s*(?:项|条)?(?:工作)?(?:措施)?\s*(?:到|至|-|~|～|\bto\b|\bthrough\b|\bthru\b|\buntil\b)\s*(?:第|(?:工作)?措施)?\s*(?P<b>[0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:项|条)?(?:工作)?(?:措施)?(?:\s*(?:之间|中间|范围内|之内|以内|这几项|这几条|这三项|这三条))?"
                         r"(?:\s*[，,（(]?\s*(?P<x>不含|不包括|不包含|不算|含|包括|包含)\s*(?:第|措施)?\s*(?P<xn>[0-9一二三四五六七八九十]{1,3})\s*(?:项|条)?(?:工作)?(?:措施)?(?:在内)?\s*[)）]?)?"
                         r"(?:\s*[（(]\s*(?:含首尾|含两端|含两头|两头都含|包括两头|含头尾|首尾都含|首尾都算|都算|两头都算|两端都算|包括两端|(?:含|包括|包含)\s*(?:措施|第)?\s*[0-9一二三四五六七八九十]{0,3}\s*(?:项|条)?(?:工作)?(?:措施)?\s*(?:在内)?)\s*[)）])?")
# "比2027年底前早的任务" / "比今年年底晚": a deadline earlier (later) than a year's — a bound, the year said before the comparison
_THAN_TAIL = (r"\s*(?:年底|年末|底|末)?\s*(?:前|之前|以前)?\s*(?:的)?\s*(?:完成时限|时限|期限|截止时间)?\s*(?:还要|还|更加|更|要|都)?\s*"
              r"(?P<cmp>早|晚|迟|靠前|靠后)(?!\s*(?:几|多少))")
_THAN_YEAR = rx.lazy(r"比\s*(?P<y>20\d\d)\s*年?" + _THAN_TAIL)
# "跟7.2完成时限一样的任务" / "和任务3.1同一个时限的": the deadline of a task named by its number
_SAME_AS_TASK = rx.lazy("(?:跟|和|与|同)\\s*(?:任务)?\\s*\ue000(?P<i>\\d+)\ue001\\s*(?:的)?\\s*(?:(?:完成)?(?:时限|期限|截止时间|到期时间)\\s*(?:是)?\\s*(?:相同|一样|一致)"
                        "|(?:是)?(?:同一个|同一|一样的?|相同的?)(?:完成)?(?:时限|期限|截止时间|到期时间))(?=\\s*的)")  # (not "它和5.5的时限一样吗")


# a quoted term said to be words of the texts: "“供电企业”这个词" / "原文里写了“供电企业”的" / "出现“X”字样"
_AS_WORD_AFTER = rx.lazy(r"\s*(?:这个词|这个字|这几个字|这[两三四五六七八九]个字|[两三四五六七八九]个字|字样|二字|一词|这个说法|这个表述|这种说法|这个字眼)")
_AS_WORD_BEFORE = rx.lazy(r"(?:(?:原文|正文|文字|文本|内容|表述|描述|条文)(?:里|中|上)?(?:面)?\s*(?:写了|写有|写着|写到|出现了?|出现过|提到了?|带有?|含有?|包含)"
                          r"|出现(?:了|过)?|字面上?(?:有|带|含))\s*$")


def _than(m: re.Match[str], year: int) -> str:
    return ("早于" if m.group("cmp") in ("早", "靠前") else "晚于") + f"{year}年底"


_BOUNDS_SAID = rx.lazy(r"(?:[（(]\s*20\d\d\s*年?底?(?:本身)?(?:的)?\s*(?:也|都)?|[，,]?\s*(?:两(?:个)?(?:头|端点?)|首尾)都|[（(]\s*(?:20\d\d)\s*年?\s*(?:和|、|与|及)\s*(?:20\d\d)\s*年?(?:的)?\s*(?:都|均|也)?)\s*(?P<w>不算|不含|不包含|不包括|算在内|算|含|包含|包括)\s*[)）]?")

# "（含2026年底）" / "(不含2025年)": the inclusion word before the year restated
_BOUNDS_SAID_BEFORE = rx.lazy(r"[（(]\s*(?P<w>含|包含|包括|不含|不包含|不包括)\s*(?:(?:20\d\d\s*年?|今年|明年|去年|当年|本年)(?:年底|底|末|年末)?"
                              r"|(?:这)?(?:两|二)(?:个)?(?:时间点|端点|时间|日期|年份|边界|头))(?:本身)?(?:在内)?\s*[)）]")
# "介于2025年底和2027年底之间（两头都不算）": a range said with 和 between its bounds; 严格 alone leaves both ends out
_YEAR_BETWEEN = rx.lazy(r"(?P<strict>严格)?\s*(?:介于|在|处于)\s*" + _BOUND.format(n="a") + r"\s*(?:和|与|跟|及)\s*" + _BOUND.format(n="b")
                        + r"\s*(?:之间|中间)(?:的)?(?:任务)?\s*" + _RANGE_MARK)



class _Renamed:
    """A match of "措施N…" read as "第N项…" (the measure number is in the group n2)."""

    def __init__(self, m: re.Match[str]) -> None:
        self.m = m

    def group(self, name: str | int = 0) -> str | None:
        return self.m.group("n2") if name == "n" else self.m.group(name)

class Entities(Screen):
    # -- step 2: entities → markers
    def _mark(self, s: str, today: dt.date) -> tuple[str, list[Cond], list[str]]:
        found: list[Cond] = []
        problems: list[str] = []

        def put(c: Cond) -> str:
            found.append(c)
            return f"\ue000{len(found) - 1}\ue001"

        # "措施名称里带“绿电”的那些措施": measures by a word of their title (never a keyword of the task texts)
        def titled(m: re.Match[str]) -> str:
            word = m.group("kw") or m.groupdict().get("kw2") or ""
            hits = [(no, title) for no, title, _ in self._measure_titles if word in title]
            if not hits:
                problems.append(f"没有哪项工作措施的名称含有“{word}”")
                return m.group(0)
            return put(MeasureIn(tuple(n for n, _ in hits), tuple(self.ledger.measure(n).title for n, _ in hits)))  # type: ignore[union-attr]

        s = _TITLE_WORD.sub(titled, s)
        s = _TITLE_WORD_BEFORE.sub(titled, s)

        # "“三省”服务包括哪些任务": the quoted end of a measure's title stands for the title
        for raw, title, short in self._quoted_titles:
            nested = raw.replace("“", "‘").replace("”", "’")  # "“精准深化‘三省’服务”": the quotation inside a quotation
            if nested != raw and f"“{nested}”" in s:
                s = s.replace(f"“{nested}”", title)
            if raw != title and raw in s:
                s = s.replace(raw, title)  # the whole title with its quotes: read as the title, not the quote inside it
            elif short and short in s and (
                    spot := rx.search(re.escape(short) + r"(?=\s*(?:这个|那个|这项|那项|这条|那条)?(?:工作)?(?:措施|(?:的)?(?:那|这)(?:几|些)(?:项|条|个)(?!字|词)|包括|包含|有哪些|有几|有多少|下面|下边|里面?|由|是谁|谁|[，,。？?]|$))", s)):
                pre = rx.sub(r"[\s，,。；;！!？?]", "", s[max(0, spot.start() - 4): spot.start()])
                phrase = rx.sub(r"[“”\"\s]", "", pre + short)
                if (len(pre) < 2 or not any(phrase in x for x in self.unquoted_texts.values())) \
                        and not rx.search(r"(?:算|属于|纳入|列入)\s*$", s[: spot.start()]):  # "…算不算“三零”服务？": the kind, not the measure
                    s = s[: spot.start()] + title + s[spot.end():]  # not inside a task's words (纳入“三零”服务，…)

        # quoted terms: a unit, a measure title, or a keyword
        def quoted(m: re.Match[str]) -> str:
            inner = m.group(1).strip()
            if (_AS_WORD_AFTER.match(s, m.end()) or _AS_WORD_BEFORE.search(s[: m.start()])) and self.in_ledger(inner):
                return put(TextHas(inner, (inner,)))  # "出现了“供电企业”这个词": the words in the texts, even a unit's name
            if any(a == inner for a, _ in self.aliases) or any(inner == title for _, title, _ in self._measure_titles):
                return inner
            if len(inner) >= 2 and any(inner in t for t in (self.ledger.title, *(t for _, t in self.ledger.parts))) \
                    and not any(inner in x for x in self.plain_texts.values()):
                return inner  # "这个“获得电力”台账": the document's own name, said as it is quoted in its title — no keyword
            plain = rx.sub(r"[\s，,。、“”\"]", "", inner)
            owners = [(no, lid) for no, title, lid in self._measure_titles if inner in title]
            said_no = rx.search(r"(?:第\s*(?P<a>[0-9一二三四五六七八九十]{1,3})\s*[项条](?:工作)?(?:措施)?|(?:工作)?措施\s*(?P<b>[0-9一二三四五六七八九十]{1,3}))\s*$", s[: m.start()])
            if len(owners) == 1 and said_no and str(owners[0][0]) == str(cn_number(said_no.group("a") or said_no.group("b"))):
                no, lid = owners[0]  # "措施15“非电网直供电小区用电问题治理”下面的": the title of the measure just named, whatever task also has the words
                return put(MeasureIn((no,), (self.ledger.measure(no, lid or None).title,), lid))  # type: ignore[union-attr]
            owners_t = [i for i, x in self.plain_texts.items() if plain in x] if len(plain) >= 8 else []
            if len(owners_t) == 1:
                return put(TaskIn((owners_t[0],)))  # “明确用电报装容量标准并向全社会公开”: the task it quotes
            if any(p.fullmatch(inner) for p in self.lexicon.status.values()) or rx.fullmatch(r"20\d\d年(?:年)?底前", inner):
                return inner  # "“持续推进”" is the status, not a keyword
            quoted_in_title = len(owners) == 1 and any(f"“{inner}”" in title for no, title, _ in self._measure_titles if (no, _) == owners[0])
            if len(owners) == 1 and (rx.match(r"\s*(?:那|这|该)?(?:个|项|条)?(?:工作)?措施", s[m.end():])
                                     or (quoted_in_title and rx.match(r"\s*(?:的)?(?:那|这)(?:几|些)(?:项|条|个)(?!字|词)", s[m.end():]))
                                     or rx.search(r"第\s*[0-9一二三四五六七八九十]{1,3}\s*项\s*$", s[: m.start()])):
                no, lid = owners[0]  # "“高效办成一件事”那项措施": the measure whose title quotes it
                return put(MeasureIn((no,), (self.ledger.measure(no, lid or None).title,), lid))  # type: ignore[union-attr]
            if inner.isascii() and not self.in_ledger(inner) and not any(k == rx.sub(r"[-_]+", " ", inner) for k, _ in self.lexicon.english) \
                    and (rx.search(r"[“\"][\u4e00-\u9fff]{2,}[”\"]", s)
                         or rx.search(r"(?:\ue001|\bmeasures?\s*(?:no\.?\s*)?\d{1,2}|措施\s*\d{1,2}|\btask\s*\d{1,2}\.\d{1,2})\s*[（(]\s*(?:the|its|i\.?e\.?,?)?\s*$",
                                      s[: m.start()], re.I)):
                return " "  # "the 'zero perception' … task (计划检修零感知)": the asker's own English for the ledger term it also gives;
                # "measure 2 (the "three savings" service)": the asker's English for what was just named
            kw = self._keyword(inner)
            return put(kw) if kw else m.group(0)

        def starts(m: re.Match[str]) -> str:
            word = normalize(m.group("kw") or m.group("kw2") or m.group("kw3")).strip(" “”\"'‘’「」")
            return put(TextHas(word, (word,), start=True)) if word and self.in_ledger(word) else m.group(0)

        s = _STARTS_WITH.sub(starts, s)  # "内容以“探索”开头的": the text begins with the word
        s = _QUOTED.sub(quoted, s)
        # keyword after a cue (提到/涉及/包含/关于 …), unless the phrase is an entity
        cue = self.g("keyword_cue").pattern

        def bare_said(phrase: str) -> bool:
            """"停电检修（检修停电）": another wording of the same words in brackets, both the ledger's — either is meant."""
            said = rx.search(r"^([^（(]{2,12})[（(]\s*([\u4e00-\u9fff]{2,10})\s*[)）]", phrase)
            return bool(said) and self.in_ledger(said.group(2)) and (self.in_ledger(said.group(1)) or any(  # type: ignore[union-attr]
                self.in_ledger(said.group(1)[:k]) for k in range(len(said.group(1)) - 1, 1, -1)))  # type: ignore[union-attr]

        def cued(m: re.Match[str]) -> str:
            phrase = m.group("kw")
            if rx.fullmatch(r"我们|我|咱们|咱|你们|他们|她们|它们|它|本单位|我单位|我司|我们单位", phrase):
                return m.group(0)  # "跟我们有关的": who is asking (named before, or not) is no keyword
            if rx.match(r"次数|得|的次数|过的", phrase):
                return m.group(0)  # "出现次数最少的单位": counting, not a keyword
            if _M.search(phrase) or any(a in phrase for a, _ in self.aliases) or rx.search(r"哪|什么|几|多少|20\d\d|措施|^任务|^工作|台账|文件|附件", phrase) \
                    or any(p.search(phrase) for p in self.lexicon.status.values()):
                return m.group(0)
            if phrase.isascii() and not self.in_ledger(phrase) and not any(k == rx.sub(r"[-_]+", " ", phrase) for k, _ in self.lexicon.english):
                return m.group(0)  # "about learning from…": an English word after the cue is no keyword unless the glossary reads it
            inner = rx.search(r"[（(]\s*(?:包括|含|包含|以及|或)\s*([^）)]+)[)）]", phrase) \
                or (rx.search(r"[（(]\s*([\u4e00-\u9fff]{2,10})\s*[)）]", phrase) if bare_said(phrase) else None)
            phrase = rx.sub(r"[（(][^）)]*[)）]", "", phrase)
            if inner and (kw1 := self._keyword(phrase)) and (kw2 := self._keyword(inner.group(1))):
                return m.group("cue") + put(Or((kw1, kw2)))  # "分布式新能源（包括分布式光伏）": either wording
            parts = [p for p in rx.split(r"或者|或是|或|还是|和|与|及|、", phrase) if p]
            kws = [k for p in parts if (k := self._keyword(p))]
            if not kws:
                return m.group(0)
            joined = "或" if rx.search(r"或|还是", phrase) else "和"
            return m.group("cue") + joined.join(put(k) for k in kws)

        s = rx.sub(rf"(?P<cue>{cue})\s*(?P<kw>[^\s，,。？?！!\ue000\ue001的了吗呢]{{2,16}}?)(?=的|了|吗|呢|字|这|那|内容|方面|相关|有关|的事|任务|工作|是怎么|是怎样|怎么|怎样|如何|是否|有没有|有哪些|有什么|是什么|有何|\?|？|，|,|。|\s|$|、\s*(?:并且|而且|且|同时|并|又|还|但是?|而|却|不过))", cued, s)
        # protected ledger terms that contain a unit alias
        shields: list[str] = []

        def shield(m: re.Match[str]) -> str:
            shields.append(m.group(0))
            return f"\ue002{len(shields) - 1}\ue003"

        for term in self._protected:
            # a ledger term that contains a unit's name is the term itself (网上国网, 华中监管局), else kept from the unit aliases
            named = term in s and self.in_ledger(term)
            s = s.replace(term, put(TextHas(term, (term,))) if named else shield(rx.match(".*", term, re.S)))  # type: ignore[arg-type]
        # task ids, and "8.2那项措施" (the measure of a task)
        def task(m: re.Match[str]) -> str:
            ids = self._task_ids(m.group(1), f"{int(m.group(2))}.{int(m.group(3))}")
            if not ids:
                return m.group(0)
            return put(TaskIn(tuple(ids)))

        s = _TASK_ID.sub(task, s)

        def one_task(i: int) -> Task | None:  # the one task a marker stands for, if it stands for one
            c = found[i]
            return self.ledger.task(c.ids[0]) if isinstance(c, TaskIn) and len(c.ids) == 1 else None

        def than_task(m: re.Match[str]) -> str:  # "比7.2的时限早的任务": a bound at that task's deadline (none for 持续推进)
            i = int(m.group("i"))
            t = one_task(i)
            if t is None or t.deadline.date is None:
                if t is not None:
                    problems.append(f"任务{t.id}的完成时限是“{t.deadline.text}”，没有可以比早晚的年份")
                return m.group(0)
            found[i] = DeadlineIs(t.deadline.date.year, "lt" if m.group("cmp") in ("早", "靠前") else "gt")
            return f"\ue000{i}\ue001"

        def as_task(m: re.Match[str]) -> str:  # "跟7.2完成时限一样的任务": that task's deadline, as the condition
            i = int(m.group("i"))
            if (t := one_task(i)) is None:
                return m.group(0)
            found[i] = DeadlineIs(t.deadline.date.year, "eq") if t.deadline.date is not None else StatusIs("ongoing", t.deadline.text)
            return f"\ue000{i}\ue001"

        s = _SAME_AS_TASK.sub(as_task, s)
        s = rx.sub("比\\s*(?:任务|第)?\\s*\ue000(?P<i>\\d+)\ue001\\s*(?:任务)?\\s*(?:的)?" + _THAN_TAIL, than_task, s)
        s = rx.sub("\ue000(\\d+)\ue001\\s*(?:那项|这项|那个|这个|所在|所属|的|属于|那条|这条|同一个?|同个|一样的?)*\\s*(?:工作)?措施(?!\\s*(?:的)?(?:名称?|名字|标题|题目))",
                   lambda m: self._measure_of_task(found, int(m.group(1)), put), s)
        # measures by number (lists too) and by title
        def measure(m: re.Match[str]) -> str:
            first = m.group("a") or m.group("b") or m.group("c") or m.group("d")
            more = m.group("more") or m.group("more2") or m.group("more3") or m.group("more4") or ""
            more = rx.sub(r"(?<=[\d一二三四五六七八九十])[两三四五六七八九十]\s*[项条个]\s*$", "", more)  # "第6、第7两项措施": how many, not a number
            nums = [cn_number(first)] + [cn_number(x) for x in rx.findall(_NUM, more)]
            if rx.search(r"到|至|-|~|\b(?:to|through|thru|until)\b", more) and len(nums) == 2 and all(nums):
                nums = list(range(nums[0], nums[1] + 1))  # type: ignore[arg-type]
            nos = [n for n in nums if n]
            missing = [n for n in nos if not self.ledger.measure(n)]
            if missing:
                problems.append(f"台账共有 {len(self.ledger.measures)} 项工作措施，没有第{missing[0]}项")
                return m.group(0)
            after = s[m.end():]
            sub = _SUB_TASK.match(after)
            if sub and len(nos) == 1:
                k = cn_number(sub.group("k")) or 0
                meas = self.ledger.measure(nos[0])
                assert meas is not None
                if k > len(meas.task_ids) or k < 1:
                    problems.append(f"第{nos[0]}项工作措施没有第{k}项任务，它共有 {len(meas.task_ids)} 项任务")
                    return m.group(0)
                return put(TaskIn((meas.task_ids[k - 1],)))
            return put(MeasureIn(tuple(nos), tuple(self.ledger.measure(n).title for n in nos)))  # type: ignore[union-attr]

        def measure_range(m: re.Match[str]) -> str:
            a, b = cn_number(m.group("a")) or 0, cn_number(m.group("b")) or 0
            nos = list(range(min(a, b), max(a, b) + 1))
            if m.group("x") and (x := cn_number(m.group("xn")) or 0) not in (a, b):
                return m.group(0)  # "第2到第4项，不含第7项": an end said that is none of the range's — not read
            if m.group("x") and m.group("x").startswith("不"):
                nos = [n for n in nos if n != x]  # "第2项到第4项措施，不含第4项": that end left out
            if not nos or any(not self.ledger.measure(n) for n in nos):
                return m.group(0)
            return put(MeasureIn(tuple(nos), tuple(self.ledger.measure(n).title for n in nos)))  # type: ignore[union-attr]

        last = max((m.no for m in self.ledger.measures), default=0)
        s = rx.sub(r"最后一(?:项|个|条)(?:工作)?措施", f"第{last}项措施", s)  # "最后一项措施": the last one in the ledger

        def first_or_last(m: re.Match[str]) -> str:
            # "前5条措施" / "最后三条措施（第14、15、16条）": the first or last N measures of the ledger
            k = cn_number(m.group("k")) or 0
            nos = list(range(1, k + 1)) if m.group("side") in ("前", "头") else list(range(last - k + 1, last + 1))
            if not 1 <= k <= last:
                return m.group(0)
            return put(MeasureIn(tuple(nos), tuple(self.ledger.measure(n).title for n in nos)))  # type: ignore[union-attr]

        s = rx.sub(rf"(?P<side>前|头|最后|后)\s*(?P<k>{_NUM})\s*(?:条|项|个|大)?\s*(?:工作)?措施(?:\s*[（(]\s*第?[0-9一二三四五六七八九十、，,和及至到\s-]+(?:条|项)?\s*[)）])?",
                   first_or_last, s)
        def measure_side(m: re.Match[str]) -> str:
            # "措施10以后的措施（不含措施10）" / "第12项及之前": the measures on one side of N, N itself only when said
            n = cn_number(m.group("n")) or 0
            said = m.group("rel") + (m.group("paren") or "")
            incl = bool(rx.search(r"及|(?<!不)[含包]", said))
            after = bool(rx.search(r"后", m.group("rel")))
            nos = [k for k in range(1, last + 1) if (k > n if after else k < n) or (incl and k == n)]
            if not self.ledger.measure(n) or not nos:
                return m.group(0)
            return put(MeasureIn(tuple(nos), tuple(self.ledger.measure(k).title for k in nos)))  # type: ignore[union-attr]

        s = _MEASURE_SIDE.sub(measure_side, s)
        s = _MEASURE_RANGE.sub(measure_range, s)
        s = _BARE_MEASURE.sub(lambda m: f"第{m.group('n')}项措施", s)
        # "…的措施是第13、14、15条？": numbers said right after the noun 措施 are measures
        s = rx.sub(r"(?<=措施)(?P<verb>(?:是|为|就是|只有|有|包括|分别是)?\s*)(?P<list>第\s*[0-9一二三四五六七八九十]{1,3}(?:\s*[、,，和及与]\s*(?:第)?\s*[0-9一二三四五六七八九十]{1,3})*)"
                   r"\s*(?:项|条|个)(?!\s*(?:工作)?措施|\s*(?:具体)?任务|\s*[0-9.])", lambda m: m.group("verb") + m.group("list") + "项措施", s)
        def measure_then_task(m: re.Match[str]) -> str:
            meas = self.ledger.measure(cn_number(m.group("n")) or 0)
            if meas is None or not meas.task_ids:
                return m.group(0)
            k = len(meas.task_ids) if m.group("last") else 1 if m.group("first") else (cn_number(m.group("k") or "") or 0)
            if not 1 <= k <= len(meas.task_ids):  # "措施3下面第6项任务": a task that does not exist is never the measure's list
                problems.append(f"第{meas.no}项工作措施没有第{k}项任务，它共有 {len(meas.task_ids)} 项任务")
                return m.group(0)
            return put(TaskIn((meas.task_ids[k - 1],)))

        # "第2项第1条" / "措施5的最后一项任务" / "第5项措施里的第一条": a task by its place in its measure
        s = rx.sub(rf"(?:第\s*(?P<n>{_NUM})\s*(?:项|条|个)(?:工作)?(?:措施)?|(?:工作)?措施\s*(?P<n2>{_NUM}))\s*(?:的|中|里|里面|下面的?|下的?|底下的?)?\s*(?:有|的)?\s*"
                   rf"(?:第\s*(?P<k>{_NUM})|(?P<last>最后(?:一)?)|(?P<first>第一|头一|首))\s*(?:个|项|条)(?:具体)?(?:任务)?",
                   lambda m: measure_then_task(m) if m.group("n") else measure_then_task(_Renamed(m)), s)
        if self.ledger.measures and not self.ledger.parts:
            last = max(x.no for x in self.ledger.measures)
            first = min(x.no for x in self.ledger.measures)
            def onward(m: re.Match[str]) -> str:
                n = int(m.group("n1") or m.group("n2"))
                before = (m.group("dir2") or "") in ("以前", "之前")
                return f"第{first}到{n}项措施" if before else f"第{n}到{last}项措施"

            s = _MEASURES_ONWARD.sub(onward, s)
        s = _MEASURE_LIST.sub(measure, s)
        s = rx.sub("(\ue000\\d+\ue001)" + _SUB_TASK.pattern.replace("^", ""), lambda m: m.group(1), s)
        grams = {s[i:i + 5] for i in range(len(s) - 4)}  # a title said with a run of 5+ of its characters shares a 5-gram
        for no, title, lid in self._measure_titles:
            hit = title if title in s else None
            if hit is None and len(title) >= 6 and not self.title_grams[title].isdisjoint(grams):
                common = _longest_common_substring(title, s)
                if len(common) >= max(5, int(len(title) * 0.7)):
                    hit = common
            if hit:
                at = s.find(hit)
                before = _M.search(s[max(0, at - 8):at] + "")
                prev = found[int(before.group(1))] if before and s[:at].rstrip("“\"的 ").endswith(before.group(0)) else None
                if isinstance(prev, MeasureIn) and no in prev.nos:
                    s = s[:at] + s[at + len(hit):]  # "措施9保障绿电接入": the title says the number again
                    continue
                s = s.replace(hit, put(MeasureIn((no,), (self.ledger.measure(no, lid or None).title,), lid)), 1)  # type: ignore[union-attr]
        # "非电网直供电小区治理那项措施": a title said with words left out (its characters in order, most of them)
        for tail in reversed(list(rx.finditer(r"(?:的)?(?:那|这|该)(?:个|项|条)(?:工作)?措施", s))):
            head = rx.search(r"[\u4e00-\u9fff“”]{4,16}$", s[: tail.start()])
            if head is None:
                continue
            for k in range(head.start(), tail.start() - 3):  # the longest stretch before the noun that fits one title
                said = s[k: tail.start()]
                hits = [(no, lid) for no, title, lid in self._measure_titles
                        if len(said) >= max(4, int(len(title.replace("“", "").replace("”", "")) * 0.6)) and _in_order(said, title)]
                if not hits and len(said) >= 3:  # "枫桥经验那个措施": the measure of the task(s) whose text has the words
                    owners = {(t.measure_no, t.ledger) for t in self.ledger.tasks if said in self.texts[t.id]}
                    hits = list(owners) if len(owners) == 1 else []
                if len(hits) == 1:
                    no, lid = hits[0]
                    s = s[:k] + put(MeasureIn((no,), (self.ledger.measure(no, lid or None).title,), lid)) + s[tail.start():]  # type: ignore[union-attr]
                    break
        # ledgers named by id or title (several loaded)
        for lid, names in self._ledger_names:
            for n in names:
                if n in s:
                    s = s.replace(n, put(LedgerIn((lid,), (self.ledger.ledger_title(lid),))))
        # "我们是省能源局的，帮我看下我们牵头的任务": 我们 after the speaker named their unit is that unit
        intro = self._self_intro.search(s)
        if intro:
            said_at, rest_of = s[: intro.end()], s[intro.end():]
            if rx.search(self.g("self_ref").pattern, rest_of):
                # (the rest of the clause that says who they are is where in that unit they sit: "省电力公司营业厅的，")
                rest_of = rx.sub(r"^[^，,。；;！!？?\ue000\ue001“\"「0-9]{1,10}?的?(?=\s*[，,。；;！!])", "", rest_of)
                s = said_at.replace(intro.group("a"), "") + rx.sub(self.g("self_ref").pattern, intro.group("a"), rest_of)  # named where 我们 stands
            elif rx.search(r"[“\"「『\ue000]|\d+\.\d+", rest_of):
                # "我们是设区市的电力主管部门，想确认一下“电网一张图”这项任务…": who asks is not what is asked about
                cut = rx.search(r"[，,。；;！!]", rest_of)  # the whole clause that says who they are
                s = s[: intro.start()] + " " + (rest_of[cut.end():] if cut else rest_of)
        elif (who := rx.match(r"\s*(?:您好|你好|领导好|hi|hello|hey)?[，,！!]?\s*(?:我们|咱们|我|本人)(?:这边)?是\s*(?P<who>[^，,。；;！!？?\ue000]{1,24}?)(?:的)?\s*[，,。；;！!]", s)) \
                and not any(rx.search(r"(?<![市县区镇乡])" + re.escape(a), who.group("who")) for a, _ in self.aliases) \
                and (any(rx.search(r"(?<![市县区镇乡])" + re.escape(a), s[who.end():]) for a, _ in self.aliases)
                     or any(isinstance(found[int(i)], (MeasureIn, TaskIn)) for i in rx.findall("\ue000(\\d+)\ue001", s[who.end():]))):
            # "我们是县供电公司的，想梳理一下省电力公司牵头的任务": who is asking (no unit of the ledger) is not what is asked
            # about when the question names a unit, a measure or a task of its own
            s = " " + s[who.end():]
        # units (aliases, longest first)
        # a name someone impersonates ("有人冒充省能源局发短信") names no unit of a task
        s = rx.sub(r"(冒充|假冒|自称是?|假扮|冒名|伪装成)\s*(?:省|国网|国家|江西)?\S{0,8}?(?:局|厅|委|办|公司|中心|部门|电网|供电所|营业厅)", r"\1 ", s)
        for alias, canonical in self.aliases:
            if alias in s:
                # "国家发改委" is a national body, not the province's 省发展改革委: a short alias after a national
                # prefix is left as words (and so not understood)
                # (nor is 市发改委 / 县住建局 a provincial body)
                s = rx.sub(("" if alias[0] in "省各" else r"(?<!国家)(?<!国务院)(?<!中央)(?<!全国)(?<![市县区镇乡])") + re.escape(alias),
                           lambda _m, c=canonical: put(UnitIs((c,))), s)
        for pat, canonical in self._fuzzy_aliases:
            s = pat.sub(lambda _m, c=canonical: put(UnitIs((c,))), s)
        years = self.lexicon.years
        # "今明两年" / "明后两年": two consecutive relative years said at once, each of them
        s = rx.sub(rf"(?P<a>[{''.join(w[0] for w in years)}])(?P<b>[{''.join(w[0] for w in years)}])(?:两)?年(?:度)?",
                   lambda m: f"{m.group('a')}年和{m.group('b')}年" if f"{m.group('a')}年" in years and f"{m.group('b')}年" in years
                   and years[f"{m.group('b')}年"] == years[f"{m.group('a')}年"] + 1 else m.group(0), s)
        s = rx.sub(rf"比\s*(?P<w>{'|'.join(years)})" + _THAN_TAIL, lambda m: _than(m, today.year + years[m.group("w")]), s)
        s = rx.sub(rf"(?P<pre>不晚于|不迟于|早于|晚于|不早于|截至|截止到?)\s*(?P<w>{'|'.join(years)})(?:年底|年末|底|末)?",
                   lambda m: f"{m.group('pre')}{today.year + years[m.group('w')]}年底", s)  # "不晚于今年年底" is a bound, not a status
        s = rx.sub(rf"(?<![截止])到\s*(?P<w>{'|'.join(years)})(?:年底|年末|底|末)(?=\s*(?:为止|止))",
                   lambda m: f"截至{today.year + years[m.group('w')]}年底", s)  # "到今年年底为止": the same bound
        s = rx.sub(rf"(?P<w>{'|'.join(years)})(?:年底|年末|底|末)\s*(?:之前|以前|前)\s*[（(]\s*(?P<inc>含|包含|包括)\s*(?P<w2>{'|'.join(years)})?(?P<rest>[^）)]{{0,6}})[)）]",
                   lambda m: f"{today.year + years[m.group('w')]}年底以前（{m.group('inc')}"
                   + (f"{today.year + years[m.group('w2')]}年" if m.group("w2") else "") + f"{m.group('rest')}）", s)  # "今年底之前（含今年底）": a bound, its end said in
        # statuses before years ("今年年底前" is a status)
        def status(m: re.Match[str], key: str) -> str:
            if key == "past" and self.in_ledger(m.group(0)) and (
                    (rx.search(r"对于?\s*$", s[max(0, m.start() - 3): m.start()]) and rx.match(r"\s*(?:有|是)?(?:什么|哪些|啥)(?:具体)?(?:要求|规定|安排|说法)", s[m.end():]))
                    or rx.match(r"\s*了?\s*(?:怎么办|咋办|怎么处理|如何处理|该怎么办)", s[m.end():])):  # "超期了怎么办"
                return m.group(0)  # "台账里对超期有什么要求": 超期 is what is asked about (a word of 3.4), not a time the tasks are past
            return put(StatusIs(key, m.group(0)))

        for key, pat in self.lexicon.status.items():
            s = pat.sub(lambda m, k=key: status(m, k), s)
        # how many units a task has: 责任单位恰好4家 / 多达9家 / 至少3个单位
        def unit_count(m: re.Match[str]) -> str:
            if (n := cn_number(m.group("n"))) is None:
                return m.group(0)  # "五六家单位一起负责": a guess, not a number (left as words, so not understood)
            rel = (m.group("rel") or "") + (m.group("post") or "")
            # the negated words first: 不超过 is at most (it contains 超过), 不少于 at least
            op = "ge" if rx.search(r"至少|不少于|以上|及以上|多达|达到", rel) else "le" if rx.search(r"最多|不超过|不多于|以下|及以下", rel) else \
                "gt" if rx.search(r"超过|多于|不止", rel) else "lt" if rx.search(r"少于|不到", rel) else "eq"
            if rx.search(r"多达|达到", rel) and not rx.search(r"以上", rel):
                op = "eq"
            return put(UnitCount(n, op))

        s = rx.sub(rf"(?:责任单位|单位|部门)(?:数量?|个数)?(?:有|是|为|共|在)?(?P<rel>(?:恰好|正好|刚好|就)(?:只有|仅有|只|仅)|恰好|正好|刚好|只有|仅有|多达|达到|超过|多于|少于|不少于|不超过|不多于|至少|最多|不到|不止)?(?:有|是)?\s*"
                   rf"(?P<n>{_NUM})\s*(?:家|个)(?:单位|部门)?(?P<post>以上|以下|及以上|及以下)?"
                   r"(?!(?:单位|部门)?(?:参与|负责)?(?:了)?(?:就|即|都)(?:算|行|可以))", unit_count, s)  # "两个单位有一个参与就算" is either of them
        s = rx.sub(rf"(?<![这那该])(?P<rel>至少|不少于|超过|多于|少于|不超过|最多|只有|仅有|恰好|正好)?\s*(?:有)?\s*(?:由)?\s*(?P<n>{_NUM})\s*(?:家|个)(?:单位|部门)(?P<post>以上|以下|及以上|及以下)?(?:共同|一起|联合)?(?:负责|参与|承担)",
                   unit_count, s)
        # "多家单位共同负责的": more than one unit
        s = rx.sub(r"(?<![这那该几好])多(?:家|个)(?:责任)?(?:单位|部门)?(?=\s*(?:共同|一起|联合|合作)\s*(?:负责|参与|承担))",
                   lambda m: m.group(0) if rx.search(r"(?:对于|关于|针对|对)[^，,。；;]{0,8}$", m.string[: m.start()]) else put(UnitCount(2, "ge")), s)
        # ("对于台账中多个单位共同负责的任务，按…认定": how such tasks are treated, no condition on which are asked about)
        # "有两家及以上责任单位共同负责的": the bound said between the number and the noun
        s = rx.sub(rf"(?<![这那该])(?P<rel>)(?:有)?\s*(?P<n>{_NUM})\s*(?:家|个)(?P<post>及以上|以上|及以下|以下)\s*(?:的)?(?:责任)?(?:单位|部门)", unit_count, s)
        s = rx.sub(rf"(?<![这那该])(?P<rel>至少有|最少有|起码有|不少于|超过|多于|至多有|最多有|只有|仅有|恰好|正好|刚好|有|只列了?|只写了?|仅列了?|只填了?)\s*(?P<n>{_NUM})\s*(?:家|个)?\s*(?:责任)?(?:单位|部门)(?=的|一起|共同)(?P<post>)", unit_count, s)
        # "哪些工作措施只有一个责任单位？": only N units, said last in a question
        s = rx.sub(rf"(?<![这那该])(?P<rel>只有|仅有)\s*(?P<n>{_NUM})\s*(?:家|个)\s*(?:责任)?(?:单位|部门)(?=\s*(?:[？?]|$))(?P<post>)", unit_count, s)
        # years, absolute and relative
        for word, offset in self.lexicon.years.items():  # "去年买了车" is a story, "去年底前" a deadline
            s = rx.sub(f"{word}(?=年底|年末|底|末|之前|以前|前|内|之内|以内|要|到期|完成|的|以后|之后|后|年度|必须|得|需|应|该|就|到|至|和|、|或|$|[？?，,])(?P<end>年底|年末|底|末)?",
                       lambda m, y=today.year + offset: f"{y}年底" if m.group("end") or not rx.match(r"之前|以前|以后|之后", m.string[m.end():]) else f"{y}年",
                       s)  # "今年之前" is before this year; "今年年底前" its end
        def year_range(m: re.Match[str]) -> str:
            a, b = int(m.group("a")), int(m.group("b"))
            between = "strict" in m.re.groupindex  # "介于A和B之间": inclusive or not must be said (or 严格: not)
            if between and not m.group("mark") and not m.group("strict"):
                return m.group(0)
            excl = bool(rx.search(r"不", m.group("mark"))) if m.group("mark") else between
            return put(DeadlineIs(min(a, b), "gt" if excl else "ge")) + " " + put(DeadlineIs(max(a, b), "lt" if excl else "le"))

        s = _YEAR_RANGE.sub(year_range, _YEAR_BETWEEN.sub(year_range, s))
        # "（2025和2027都不算）" restates the bounds: inclusive or not, never a condition of its own
        inclusive: list[bool] = []
        def bounds_said(m: re.Match[str]) -> str:
            inclusive.append("不" not in m.group("w"))
            return " "

        s = _BOUNDS_SAID_BEFORE.sub(bounds_said, _BOUNDS_SAID.sub(bounds_said, s))

        def year(m: re.Match[str]) -> str:
            if rx.match(r"\s*(?:元|块|万|千|百|多元|余元|瓦|千瓦|度|户|个|人|次|米|平|天|小时|%|％)", s[m.end():]) and not m.group("suf"):
                return m.group(0)  # "收费2000元" is an amount, not a year
            if rx.match(r"\s*\d{1,2}\s*月", s[m.end():]) and not m.group("suf"):
                return m.group(0)  # "2026年11月" is a date (today, a story), not a deadline
            if rx.match(r"\s*(?:起|开始|以来)", s[m.end():]) and not m.group("suf") and not m.group("pre"):
                return m.group(0)  # "2026年起…" says when something starts, not a deadline
            y, pre, suf = int(m.group("y")), m.group("pre") or "", m.group("suf") or ""
            y = y + 2000 if y < 100 else y
            op = "eq"
            if pre == "到" and rx.match(r"\s*(?:完成|到期)?\s*才", s[m.end():]):
                pre = ""  # "要到2027年底前才完成": not until that deadline — the deadline itself, not a bound
            if pre in ("不晚于", "不迟于", "最晚", "最迟", "截至", "截止到", "截止", "到") and pre:
                op = "le"
            elif pre == "早于":
                op = "lt"
            elif pre == "晚于":
                op = "gt"
            elif pre == "不早于":
                op = "ge"
            if rx.search(r"(?:及|或者?|和)(?:之前|以前|更早|更靠前)|含", suf):
                op = "le"
            elif rx.search(r"(?:及|或者?|和)(?:以后|之后|更晚|更迟|更后|更靠后)", suf):
                op = "ge"  # "2026年底或更晚", "2026年底及以后": the year itself and later
            elif rx.search(r"(?:以后|之后|后)", suf) and ("底" not in suf or rx.search(r"[底末](?:以后|之后)", suf)):
                op = "gt"
            elif rx.search(r"之前|以前", suf) and "底" not in suf and op == "eq":
                op = "lt"  # "2027年之前" is before 2027; "2027年底前" is the ledger's own deadline
            if op == "eq" and rx.search(r"前", suf):
                dated_before.add(len(found))  # "2026年底以前（含2026年底）": a range once its bound is restated
            return put(DeadlineIs(y, op))

        dated_before: set[int] = set()
        first_year = len(found)
        s = rx.sub(r"(?<=[早晚])过(?=\s*20\d\d)", "于", s)  # "期限早过2027年底": earlier than
        s = _THAN_YEAR.sub(lambda m: _than(m, int(m.group("y"))), s)
        s = _YEAR.sub(year, s)
        if inclusive:
            widen = {"gt": "ge", "lt": "le"} if inclusive[-1] else {"ge": "gt", "le": "lt"}
            bound = "le" if inclusive[-1] else "lt"
            found[first_year:] = [DeadlineIs(c.year, bound if c.op == "eq" and first_year + i in dated_before else widen.get(c.op, c.op))
                                  if isinstance(c, DeadlineIs) else c for i, c in enumerate(found[first_year:])]
        for i, term in enumerate(shields):
            s = s.replace(f"\ue002{i}\ue003", term)
        if not self.ledger.parts:  # "任务不超过3项的工作措施里…": a measure described by its own tasks (one ledger's numbers)
            s = measure_clauses(s, found, self.ledger.tasks, today, put)
        return s, found, problems

    def _measure_of_task(self, found: list[Cond], idx: int, put: Callable[[Cond], str]) -> str:
        c = found[idx]
        if isinstance(c, TaskIn) and len(c.ids) == 1 and (t := self.ledger.task(c.ids[0])):
            return put(MeasureIn((t.measure_no,), (t.measure_title,), t.ledger if self.ledger.parts else ""))
        return f"\ue000{idx}\ue001措施"

    def _keyword(self, phrase: str) -> TextHas | None:
        """A keyword condition for a phrase: the phrase and its listed synonyms, as found in the ledger."""
        p = rx.sub(r"(?:的|了|等|之类|方面|相关|内容|字样|这个词|这个字|一词)+$", "", phrase.strip())
        if not self.in_ledger(p):  # "提到过…" / "涉及到…": a particle before the word — not when the ledger has it whole (过户)
            p = rx.sub(r"^(?:了|到|的|一下|过)+", "", p)
        if len(p) < 1:
            return None
        if not self.in_ledger(p) and (bare := rx.sub(r"(?:的)?(?:安排|工作|事项|事情|问题|要求|规定)$", "", p)) != p and len(bare) >= 2 and self.in_ledger(bare):
            p = bare  # "讲停电检修安排的任务": what is said about 停电检修, named with a noun of the asker's own
        if p.isascii() and not self.in_ledger(p):
            # 'zero-investment' quoted in an English question: the ledger's own term for it (a literal English keyword
            # no Chinese record contains would select nothing)
            said = rx.sub(r"[-_]+", " ", p.lower()).strip()
            zh = next((v for k, v in self.lexicon.english if k == said), "")
            if zh:
                return self._keyword(zh)
        terms = [p]
        for k, v in self.lexicon.synonyms:
            if k == p and not self.in_ledger(p):  # a word the ledger has is matched as written (提到“大模型”: not 人工智能 too)
                terms += [w for w in v.split() if self.in_ledger(w)]
        if len(terms) == 1 and not self.in_ledger(p) and (near := self._near_term(p)):
            return TextHas(near, (near,), typed=p)  # one wrong character: 人工只能 → 人工智能
        return TextHas(p, tuple(dict.fromkeys(terms)))

    def _near_term(self, phrase: str) -> str:
        """The one ledger phrase that differs from ``phrase`` in exactly one character (a typo or homophone), else ''."""
        n = len(phrase)
        if n < 3 or not rx.fullmatch(r"[\u4e00-\u9fff]+", phrase):
            return ""
        text = self._ledger_text
        # a window one character off has its first half or its second half as typed: only those places are compared
        h = n // 2
        starts: set[int] = set()
        for part, shift in ((phrase[:h], 0), (phrase[h:], h)):
            at = text.find(part)
            while at >= 0:
                if at - shift >= 0:
                    starts.add(at - shift)
                at = text.find(part, at + 1)
        found = {w for i in starts if len(w := text[i:i + n]) == n
                 and sum(a != b for a, b in zip(w, phrase, strict=True)) == 1 and rx.fullmatch(r"[\u4e00-\u9fff]+", w)}
        return found.pop() if len(found) == 1 else ""

