"""Shared patterns of the parser: input cleaning, entity shapes, clause splitting and small condition helpers."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import rx
from assistant.query import (
    Cond,
    DeadlineIs,
    Not,
    Or,
    UnitCount,
    UnitIs,
    all_of,
    atoms,
    kind_of,
)

# Invisible format characters (zero-width, BOM, direction marks and overrides) and controls.
_INVISIBLE = rx.lazy(r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ue000-\uf8ff]")
_CONTROL = rx.lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = rx.lazy(r"[\ud800-\udfff]")
_ONLY_PUNCT = rx.lazy(r"^[\W_\s]*$", re.UNICODE)
_M = rx.lazy("\ue000(\\d+)\ue001")
_NUM = r"[0-9一二三四五六七八九十两俩]{1,3}"
_YEAR = rx.lazy(
    r"(?P<pre>不晚于|不迟于|最晚|最迟|截至|截止到|截止|早于|晚于|不早于|(?<![回得达])到)?\s*(?P<y>(?<!\d)20\d{2}(?!\d)|(?<![\d.])2\d(?=\s*年))\s*(?:年|年度)?(?P<suf>(?:年底|底|末|年末)?\s*"
    r"(?:(?:以及|或者|及|或|和)(?:之前|以前|以后|之后|更早|更晚|更迟|更后|更靠后|更靠前)|(?:之前|以前|前|以后|之后|后)(?:\s*[（(]含[）)])?"
    r"(?:\s*(?:以及|或者|及|或|和)\s*(?:之前|以前|更早|更靠前|以后|之后|更晚|更迟|更靠后))?(?:\s*[（(]?含[）)]?)?)?)"
)
_TASK_ID = rx.lazy(r"(?:\b([a-z][\w-]{0,23})\s*[:：]\s*)?(?<![\d.])(\d{1,4})\s*[.．]\s*(\d{1,2})(?![\d.%])")
_MEASURE_LIST = rx.lazy(
    rf"(?:第\s*(?P<a>{_NUM})\s*(?:项|条|个|大)?\s*(?P<more>(?:(?:和|与|及|、|,|，|或|以及|跟|到|至|-|~)\s*第?\s*{_NUM}\s*(?:项|条|个)?\s*)*)(?:(?:这|那)?[两三四五六七八九十]\s*[项个条]\s*)?(?:工作)?措施)"
    rf"|(?:(?:工作)?措施\s*(?P<b>{_NUM})(?P<more2>(?:\s*(?:和|与|及|、|,|，|或|,?\s*\band\b|,?\s*\bor\b)\s*{_NUM})*)(?![\d]|[.．]\d|(?<=一)(?:[共起些般样定致同直]|下(?![面边属头]))|\s*[项条个](?!\s*(?:下|里|中|内|之下))|\s*[种类样档]))"
    r"|(?:measures?\s*(?:no\.?\s*)?(?P<c>\d{1,2})(?P<more3>(?:\s*(?:,\s*and|,\s*or|and|or|,|to|through|thru|until|-|~)\s*(?:measures?\s*)?\d{1,2})*)(?:\s*[（(]\s*inclusive\s*[)）]|\s*inclusive\b)?)"
    rf"|(?:(?<![\d.])(?P<d>\d{{1,2}})(?P<more4>(?:\s*[、,，和与及]\s*\d{{1,2}})+)\s*(?:(?:这|那)?[两三四五六七八九十]\s*[项个条])?\s*(?:工作)?措施)"
)
_SUB_TASK = rx.lazy(rf"^\s*(?:的|中|里|里面)?\s*第\s*(?P<k>{_NUM})\s*(?:个|项|条)(?:具体)?(?:任务)?")
_SINGULAR = rx.lazy(r"(?:这|那)个(?=是|什么|啥|谁|哪|由|要|归|属于|呢|时限|期限|的(?:完成时限|责任单位|时限)|怎么)|(?<!的)(?:这|那)个(?=已|还(?!有)|超|过期|逾期|到期|完成|算|应该|该|现在|目前|到底|能不能|有没有|是否)|(?<!其)它(?!们)|(?:这|那|该)(?:一)?(?:项|条)(?!\s*(?:工作)?措施)(?:任务)?|(?:这|那)个任务|该任务|(?:这|那)(?:件|个)?事(?:情|儿)?(?=是|由|归|哪|谁|什么|啥|要|的|呢|到底|该)")
# Contacts, handles, links and codes a person types: never ledger content, never echoed.
_PLANTED = rx.lazy(
    r"(?:https?://|www\.)[!-~]+|[a-z0-9.+_-]+@[a-z0-9-]+\.[a-z0-9.]+|(?:qq|微信|wechat|vx|wx|v信|电话|手机|身份证|证件|户号|工号|卡号|账号|银行卡|工单|邮箱)[号码:：\s是为]*[a-z0-9_-]{5,}"
    r"|(?:tel|phone)[号码:：\s是为]*(?=[a-z_-]*\d)[a-z0-9_-]{5,}"
    r"|\bwx_[a-z0-9_]+|(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)|(?<![\d.])\d{6,}(?![\d.])|@[a-z0-9_]{3,}", re.I)
_HARMLESS_NEG = rx.lazy(r"有没有|是不是|能不能|会不会|要不要|对不对|可不可以|是否|不超过|不少于|不得|不用|不清楚|不知道|不明白|不懂|不了|不好意思|没事|没错|不对|行不行|好不好|不行")
_ASCII_WORD = rx.lazy(r"[a-z][a-z'\-]+")
_QUOTED = rx.lazy(r"[“\"「『‘']([^“”\"「」『』‘’']{1,24})[”\"」』’']")

# "（刚才）那几项措施里的第二项" / "这些措施中第三个": a position in a list of measures, said with the list named
_AMONG_MEASURES = rx.lazy(r"(?:刚才|前面|上面|之前)?\s*(?:的)?\s*(?:这|那)(?:几|些)(?:项|个|条)?\s*(?:工作)?措施\s*(?:里|中|当中|之中|里面|里头)\s*(?:的)?\s*"
                          r"第\s*(?P<k>[0-9一二三四五六七八九十两]{1,2})\s*(?:项|个|条)(?!\s*(?:具体)?任务)(?:\s*(?:工作)?措施)?")

#: a time said in a claim (a deadline, a year, a status)
_TIME_SAID = rx.lazy(r"20\d\d|年底|年末|今年|明年|去年|后年|持续推进|完成时限|截止|到期|期限")


def clean_input(text: object) -> str:
    """The question as text: undecodable pieces, invisible format characters and controls removed."""
    return _clean(text) if isinstance(text, str) else ""


@lru_cache(maxsize=2048)
def _clean(text: str) -> str:  # (the parser's stages clean the same message a dozen times)
    s = _SURROGATE.sub("", text)
    s = _INVISIBLE.sub("", s)
    s = _CONTROL.sub(" ", s)
    s = _FLOOD.sub(r"\1\1\1", s)  # "啊啊啊…" three thousand times: a flood says no more than three (and costs no parse of 3,000)
    # "第 ８ 项 工 作 措 施 下 面…": a message typed with a space after every character is read as written together
    gaps = len(_SPACED.findall(s))
    if gaps >= 4 and gaps >= 0.6 * len(_HAN.findall(s)):
        s = _SPACED.sub(lambda m: m.group(1), s)
    # "省电力公司 lead（牵头）的": an English word inside Chinese, glossed in brackets, is read as its gloss
    s = _GLOSS_EN.sub(r"\1", s)
    # "the '临代正' compounds": Chinese words between straight single quotes are a quotation, as between “”
    return rx.sub(r"(?<![A-Za-z])'([\u4e00-\u9fff][\u4e00-\u9fff0-9+＋“”]{0,23})'(?![A-Za-z])", r"“\1”", s)


def over_limit(text: object, limit: int) -> bool:
    """The message as sent (a flood counted whole, invisible characters not) is longer than ``limit`` characters."""
    if not isinstance(text, str):
        return False
    return len(rx.sub(r"\s+", " ", _INVISIBLE.sub("", _SURROGATE.sub("", text))).strip()) > limit


_GLOSS_EN = rx.lazy(r"(?:(?<=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff] )|^)[A-Za-z][A-Za-z\-]*(?: [A-Za-z][A-Za-z\-]*)?\s*[（(]\s*([\u4e00-\u9fff]{1,12})\s*[)）]")


_HAN = rx.lazy(r"[\u4e00-\u9fff]")
_FLOOD = rx.lazy(r"(\D)\1{3,}")  # one character (never a digit: 10000) repeated four times or more
_SPACED = rx.lazy(r"([\u4e00-\u9fff\d０-９])[ \u3000]+(?=[\u4e00-\u9fff\d０-９])")


_FIELDS = ("responsible", "deadline", "days_left", "measure_of", "which_task")
_BY = {"牵头单位": "lead", "牵头部门": "lead", "牵头": "lead", "单位数量": "unit_count", "完成时限": "deadline", "时限": "deadline", "期限": "deadline", "年份": "deadline", "年度": "deadline", "截止时间": "deadline",
       "完成时间": "deadline", "截止年份": "deadline", "年": "deadline", "责任单位": "unit", "单位": "unit", "部门": "unit",
       "工作措施": "measure", "措施": "measure", "状态": "status", "deadline": "deadline", "year": "deadline", "unit": "unit",
       "measure": "measure", "status": "status"}


def _latest(text: str) -> str:
    """"max" when a comparison asks for the latest deadline (最晚 / 更靠后), else "" (the earliest)."""
    return "max" if rx.search(r"晚|靠后|最后到期|后到期|latest|later", text) else ""


def _single_intent(cues: dict, default: str = "lookup") -> str:
    for name in ("days_left", "responsible", "measure_of", "which_task", "deadline"):
        if cues.get(name):
            return name
    return default


def _clauses(norm: str) -> list[str]:
    return [c for c in rx.split(r"(?<=[？?])|[，,。；;！!…:：]", norm) if c.strip(" ？?")]


_QUALIFIERS = frozenset(["不", "没有", "没", "未", "非", "除了", "只有", "只", "仅", "单独"])
_QUESTION = rx.lazy(r"[？?]|吗|呢|什么|啥|哪|谁|(?<!好)几(?!乎)|多少|怎么|怎样|咋|如何|是否|有没有|能不能|when|what|who|which|how")


def _asking_clause(norm: str) -> str:
    """The clause that carries the question (the last one with a question cue, else the whole text)."""
    clauses = _clauses(norm)
    if len(clauses) <= 1:
        return norm
    asking = [c for c in clauses if _QUESTION.search(c)]
    return asking[-1] if asking else norm


def _by_year(c: Cond | None, op: str) -> Cond | None:
    """The condition with each top-level "YYYY年底前" read as ``op`` (a bound, not a label)."""
    return all_of([DeadlineIs(a.year, op) if isinstance(a, DeadlineIs) and a.op == "eq" else a for a in atoms(c)])


def negate(c: Cond) -> Cond:
    """``Not(c)``, without double negation."""
    return c.item if isinstance(c, Not) else Not(c)


def _without(c: Cond | None, cls: type) -> Cond | None:
    return all_of([a for a in atoms(c) if not isinstance(a, cls)])


#: kinds that fill one slot: a deadline replaces a status, a measure replaces a list of task numbers (那措施2呢)
_SLOTS = ({"deadline", "status"}, {"task", "measure"})


def _inside_bounds(conds: list[Cond] | tuple[Cond, ...]) -> list[Cond]:
    """The exact deadlines that lie inside the year bounds said beside them ("到2026年底为止（含2026年底到期的）"):
    they only say the bound includes them, they are no condition of their own."""
    bounds = [a for a in conds if isinstance(a, DeadlineIs) and a.op != "eq"]
    return [a for a in conds if isinstance(a, DeadlineIs) and a.op == "eq" and bounds and all(
        {"le": a.year <= b.year, "lt": a.year < b.year, "ge": a.year >= b.year, "gt": a.year > b.year}[b.op] for b in bounds)]


def _substitute(prev: Cond | None, new: Cond | None) -> Cond | None:
    """The previous condition with each kind the new one names replaced (a follow-up changes, not stacks)."""
    new_atoms = atoms(new)
    old_atoms = atoms(prev)
    flipped = [(a.item if isinstance(a, Not) else Not(a)) for a in new_atoms]
    if new_atoms and all(f in old_atoms for f in flipped):
        # "其中同时也有省水利厅的" → "不带省水利厅的呢？": that one condition turned round, the others kept
        return all_of([*[a for a in old_atoms if a not in flipped], *new_atoms])
    def kinds_of(a: Cond) -> set[str]:  # an alternative of two times ("今年到期或明年") is of the time kind
        inner = a.item if isinstance(a, Not) else a
        return {kind_of(i) for i in inner.items} if isinstance(inner, Or) else {kind_of(a)}

    kinds = set().union(*(kinds_of(a) for a in new_atoms)) if new_atoms else set()
    # an exclusion takes out part of the list, it does not replace what the list is of: "省住建厅参与的" then
    # "省水利厅参与的不算" / "它牵头的除外" keeps 省住建厅 (only an earlier exclusion of its kind is replaced)
    shown = set().union(*(kinds_of(a) for a in new_atoms if not isinstance(a, Not))) if new_atoms else set()
    counted = any(isinstance(n, UnitCount) for n in new_atoms)
    def replaced(a: Cond) -> bool:
        if counted and isinstance(a, UnitIs) and a.mode == "exactly":
            return True  # "…省电力公司单独负责的" then "那由多家单位一起负责的呢": how many units take part, said anew
        k = kinds if isinstance(a, Not) else shown
        return bool(kinds_of(a) & k) or any(kinds_of(a) & slot and k & slot for slot in _SLOTS)
    kept = [a for a in atoms(prev) if not replaced(a)]
    return all_of([*kept, *new_atoms])


def _difference(child: Cond | None, parent: Cond | None) -> Cond | None:
    """The conjuncts ``child`` adds to ``parent``."""
    have = atoms(parent)
    return all_of([a for a in atoms(child) if a not in have])


def _longest_common_substring(a: str, b: str) -> str:
    best = ""
    for i in range(len(a)):
        for j in range(i + len(best) + 1, len(a) + 1):
            if a[i:j] in b:
                best = a[i:j]
            else:
                break
    return best


_EDGE = rx.lazy(r"(?:时限|期限|到期|截止|完成)\S{0,3}?(?P<a>最早|最晚|最先|最迟)|(?P<b>最早|最晚|最先|最迟)\S{0,3}(?:到期|截止|完成)")


def _edge(text: str) -> str:
    """"完成时限最早的" / "最晚到期的": earliest or latest by deadline, else ""."""
    m = _EDGE.search(text)
    word = (m.group("a") or m.group("b")) if m else ""
    return {"最早": "earliest", "最先": "earliest", "最晚": "latest", "最迟": "latest"}.get(word, "")

# "2026年12月31日" is the end of that year (the ledger's deadlines are year-ends); "2026年1月1日" its start
_YEAR_END_DATE = rx.lazy(r"(20\d\d)\s*年\s*(?:12|十二)\s*月\s*(?:31|三十一)\s*(?:日|号)(?:当天|那天)?")
_YEAR_START_DATE = rx.lazy(r"(20\d\d)\s*年\s*(?:0?1|一)\s*月\s*(?:0?1|一)\s*(?:日|号)(?:当天|那天)?")


def plain_bounds(text: str) -> str:
    """Bounds said in other words, said as the parser reads them: whole-year dates said as days (the year-end or the
    year-start they are), "5个或以上" as "5个及以上"."""
    text = rx.sub(r"(?:或者?|或是)(?=以上|以下)", "及", text)
    # "改成“或者”呢": an operator word in quotes is the operator, never a word a task should say
    text = rx.sub(r"[“\"「『]\s*(或者|或是|或|和|与|并且|而且|以及|且|都|不是|只有)\s*[”\"」』]", r"\1", text)
    # "2027年底前那一档" / "哪一档完成时限" / "各类期限": a tier of deadlines is the deadline, counted like any other
    text = rx.sub(r"(年底前|年前|持续推进)\s*(?:的)?\s*(?:那|这)\s*一?\s*档(?!\s*(?:里|中|当中|里面|之中))", r"\1", text)
    text = rx.sub(r"(?<=[哪每])\s*一?\s*档", "个", text)
    text = rx.sub(r"各\s*(?:类|种|档)(?=\s*(?:的)?(?:完成)?(?:时限|期限|截止时间))", "各个", text)
    # "纳不纳入" / "收不收": a question said as A-not-A is 是否 A (是不是/有没有/能不能… are read as they are)
    text = rx.sub(r"(?![是有能会要可对行好动管参负牵在算来去])([\u4e00-\u9fff])不\1", r"是否\1", text)
    text = rx.sub(r"(?![是有能会要可对行好])([\u4e00-\u9fff])没\1", r"是否\1", text)  # "过没过期" / "做没做完"
    text = rx.sub(r"算不算(?=\s*(?:是|作|为|在)?\s*[“\"「]?[\u4e00-\u9fff])", "是否算", text)  # "算不算“三零”服务范围": no exclusion
    # "4个或4个以上": the number said twice around 或
    text = rx.sub(r"(\d+|[一二三四五六七八九十两]+)\s*([个家项条])\s*(?:或者?|或是)\s*\1\s*\2?\s*(以上|以下)", r"\1\2及\3", text)
    # "负责或者参与的": one relation said two ways (a unit that leads also takes part)
    text = rx.sub(r"(?:负责|牵头|参与|参加)\s*(?:或者?|或是|/)\s*(?:负责|牵头|参与|参加)", "参与", text)
    # "这里牵头指责任单位排第一个的": the definition the ledger's reading already uses, said again
    text = rx.sub(r"[，,。；;]?\s*(?:这里|此处|这儿|注意)?(?:的|说的)?[“\"]?牵头[”\"]?(?:单位)?(?:是)?(?:指|就是|即|意思是|(?:就|都)?(?:按|按照|以))[^，,。；;？?]{0,24}?"
                  r"(?:排(?:在)?第一(?:个|位)?|第一个|首位|排首位|最前面?)(?:的)?(?:那个|那家)?(?:单位)?(?:的)?(?:为准|来算|算)?", " ", text)
    # "…哪些任务？帮我列一下，带上完成时限": the fields a list shows anyway, asked to be shown
    text = rx.sub(r"[，,]?\s*(?:请)?(?:并|再)?(?:带上|附上|加上|标上|注上|连同|附带|顺带|顺便带上)(?:各自的?|它们的?|其|每项的?|每条的?)?"
                  r"(?:完成时限|时限|期限|截止时间|牵头单位|责任单位)(?=\s*[。.！!？?]?\s*$)", "", text)
    # "省能源局是责任单位之一但不是牵头单位的": takes part, does not lead
    text = rx.sub(r"(?<=[\u4e00-\u9fff\ue001])(?:是|为|作为|属于)(?:其)?(?:责任单位|参与单位|负责单位)(?:之一|中的一个|中的一家)(?=\s*(?:但|而|却|、|，|,)?\s*(?:不是|并非|不为)(?:其)?牵头单位)",
                  "参与", text)
    text = rx.sub(r"(?<=参与)\s*(?:但|而|却|、|，|,)?\s*(?:不是|并非|不为)(?:其)?牵头单位", "但不牵头", text)
    text = rx.sub(r"(?<=[局厅委办司心门])\s*(?:但|而|却)\s*(?:不是|并非|不为)(?:其)?牵头单位", "参与但不牵头", text)  # (之一 said, set aside)
    # "措施2下面有几项任务？各自什么时候完成？": each task's deadline asked after a list or a count — the list shows it anyway
    text = rx.sub(r"[，,。；;？?]\s*(?:它们|这些任务|这几项|每项|每条|每一项)?(?:的)?(?:各自|分别|各)(?:是|都是)?(?:什么时候|何时|哪年|几时)(?:完成|到期|截止|要完成)(?:的)?(?:呢)?"
                  r"(?=\s*[？?。]?\s*$)", "", text)
    # "时限就是今年年底前的那些任务": 就是 between the column and its value says only 是
    text = rx.sub(r"((?:完成)?(?:时限|期限|截止时间|截止日期))\s*(?:就|正好|刚好|恰好)是(?=\s*(?:今年|明年|去年|后年|20\d\d|持续))", r"\1是", text)
    # "晚于“2025年底前”且早于“2027年底前”（两端均不含）": the ends of a range said with 晚于 / 早于 are left out already
    if rx.search(r"晚于|早于|迟于", text):
        text = rx.sub(r"[（(]\s*(?:两端|两头|首尾|端点|边界)(?:的)?(?:均|都|皆)?(?:不(?:含|包含|包括|算|计)(?:在内)?)\s*[)）]", " ", text)
    # "2026年和2027年两年到期的": the number of years listed, said again after them
    text = rx.sub(r"((?:20\d\d年?(?:底前?)?\s*(?:和|与|、|及|以及|或|跟)\s*)+20\d\d年?(?:底前?)?)\s*(?:这|那)?(?:两|二|俩|三|四)(?:个)?(?:年份?|年度)"
                  r"(?=\s*(?:到期|完成|截止|的|都|里|中|内|加起来|合计|一共|共|分别|各))", r"\1", text)
    # "责任单位中排在首位者为省政务服务办的": the lead, said by the position in the cell
    text = rx.sub(r"(?:责任单位(?:一栏|栏)?(?:中|里|当中)?)?\s*排(?:在)?(?:首位|第一(?:位|个)?|最前(?:面)?)(?:的)?(?:者|单位|的单位|那家)?(?:为|是)(?=\s*(?:省|各))",
                  "牵头单位为", text)
    if rx.search(r"或", text):  # "A或者B参与的（两家有其一就算）": "either" said again in brackets
        text = rx.sub(r"[（(]\s*(?:两家|两个单位|两个部门|二者|两者|几家)?(?:中|之中|里|当中)?\s*(?:只要)?(?:有)?(?:至少|起码)?(?:有)?(?:其中)?(?:其一|其中之一|任何一家|任意一家|任一家|任一个|一家|一个|任一)"
                      r"(?:参与|负责)?(?:就算|即可|就行|都算|也算)?\s*[)）]", " ", text)  # ("（至少其一）")
    # "期限放宽到2026年底前或2027年底前都算": the deadlines listed after 放宽到 are the values, not "by the first of them"
    text = rx.sub(r"((?:放宽|扩大|放大|扩展|改|换)(?:一点|一些)?)(?:到|至)(?=\s*20\d\d[^，,。？?]{0,8}?(?:或者?|或是|和|、|及)\s*20\d\d)", r"\1成", text)
    # "超过3家（不含3家）": the exclusive bound said again in brackets
    text = rx.sub(r"(超过|多于|大于|高于|少于|不到|低于)\s*(\d+|[一二三四五六七八九十两]+)\s*([个家项条])\s*[（(]\s*(?:不含|不包括|不包含|不算)\s*\2\s*\3?\s*(?:本身)?\s*[)）]",
                  r"\1\2\3", text)
    text = rx.sub(r"(?<=[0-9一二三四五六七八九十两][个家项条])(?:或者?)?更多", "及以上", text)
    text = rx.sub(r"(?<=[0-9一二三四五六七八九十两][个家项条])(?:或者?)?更少", "及以下", text)
    text = rx.sub(_YEAR_START_DATE.pattern + r"\s*(?:以后|之后|后|起)", r"\1年及以后", text)  # from the first day: that year counts
    return _YEAR_START_DATE.sub(r"\1年", _YEAR_END_DATE.sub(r"\1年底", text))

