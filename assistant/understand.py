"""Question understanding: text (+ conversation state) → a typed :class:`~assistant.query.Query`.

The parser is compositional and deterministic:

1. input is cleaned (invisible and control characters removed) and checked for refusals;
2. entity spans (units with aliases and partial names, measures by number or title, task ids,
   years and relative dates with before/after, statuses, keywords after a cue or in quotes)
   are replaced by markers;
3. operator words around the markers (只/仅/单独 → only; 不/没有/除了/非 → Not; 和/与/都 →
   And; 或 → Or) are consumed with their scope, building the condition tree;
4. targets (任务 / 工作措施 / 单位, 几项 → count, 按…统计 → breakdown, a single field) are read
   from what is left; every content word left over must be consumed, filler, or the subject
   of a single-task question — otherwise it is reported in ``Query.unparsed`` and the answer
   says what was understood instead of answering a broader question.

Follow-ups are resolved against a :class:`State` (the previous query and its ordered result):
complete questions replace it; elliptical ones narrow it, substitute a condition of the same
kind, take the complement, point into the previous result, or ask a field of it.
All word lists live in ``assistant/data/lexicon.toml``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property

from assistant.lexicon import Alternatives, Lexicon
from assistant.query import (
    And,
    Cond,
    DeadlineIs,
    LedgerIn,
    MeasureIn,
    Not,
    Or,
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
)
from assistant.records import Ledger
from assistant.text import add_words, cn_number, normalize, passage_tokens, quoted_terms, tokenize

# Invisible format characters (zero-width, BOM, direction marks and overrides) and controls.
_INVISIBLE = re.compile(r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ue000-\uf8ff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_ONLY_PUNCT = re.compile(r"^[\W_\s]*$", re.UNICODE)
_M = re.compile("\ue000(\\d+)\ue001")
_NUM = r"[0-9一二三四五六七八九十两俩]{1,3}"
_YEAR = re.compile(
    r"(?P<pre>不晚于|不迟于|最晚|最迟|截至|截止到|截止|早于|晚于|不早于|到)?\s*(?P<y>20\d{2}|(?<![\d.])2\d(?=\s*年))\s*(?:年|年度)?(?P<suf>(?:年底|底|末|年末)?\s*"
    r"(?:(?:及|或|和)(?:之前|以前|以后|之后)|(?:之前|以前|前|以后|之后|后)(?:\s*[（(]?含[）)]?)?)?)"
)
_TASK_ID = re.compile(r"(?:\b([a-z][\w-]{0,23})\s*[:：]\s*)?(?<![\d.])(\d{1,4})\s*[.．]\s*(\d{1,2})(?![\d.%])")
_MEASURE_LIST = re.compile(
    rf"(?:第\s*(?P<a>{_NUM})\s*(?:项|条|个|大)?\s*(?P<more>(?:(?:和|与|及|、|,|，|或|以及|跟|到|至|-|~)\s*第?\s*{_NUM}\s*(?:项|条|个)?\s*)*)(?:工作)?措施)"
    rf"|(?:(?:工作)?措施\s*(?P<b>{_NUM})(?P<more2>(?:\s*(?:和|与|及|、|,|，|或)\s*{_NUM})*)(?![\d]|[.．]\d|[共起下些般样定致同直]))"
    r"|(?:measures?\s*(?:no\.?\s*)?(?P<c>\d{1,2})(?P<more3>(?:\s*(?:and|or|,)\s*\d{1,2})*))"
    rf"|(?:(?<![\d.])(?P<d>\d{{1,2}})(?P<more4>(?:\s*[、,，和与及]\s*\d{{1,2}})+)\s*(?:[两三四五六七八九十]\s*[项个条])?\s*(?:工作)?措施)"
)
_SUB_TASK = re.compile(rf"^\s*(?:的|中|里|里面)?\s*第\s*(?P<k>{_NUM})\s*(?:个|项|条)(?:具体)?(?:任务)?")
_SINGULAR = re.compile(r"(?:这|那)个(?=是|什么|啥|谁|哪|由|要|归|属于|呢|的(?:完成时限|责任单位|时限)|怎么)|(?<!其)它(?!们)|(?:这|那|该)(?:一)?(?:项|条)(?!\s*(?:工作)?措施)(?:任务)?|(?:这|那)个任务|该任务")
# Contacts, handles, links and codes a person types: never ledger content, never echoed.
_PLANTED = re.compile(
    r"(?:https?://|www\.)[!-~]+|[a-z0-9.+_-]+@[a-z0-9-]+\.[a-z0-9.]+|(?:qq|微信|wechat|vx|wx|v信|电话|手机|tel|phone)[号:：\s]*[a-z0-9_-]{5,}"
    r"|\bwx_[a-z0-9_]+|(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)|(?<![\d.])\d{6,}(?![\d.])|@[a-z0-9_]{3,}", re.I)
_HARMLESS_NEG = re.compile(r"有没有|是不是|能不能|会不会|要不要|对不对|可不可以|是否|不超过|不少于|不得|不用|不清楚|不知道|不明白|不懂|不了|不好意思|没事|没错|不对|行不行|好不好|不行")
_ASCII_WORD = re.compile(r"[a-z][a-z'\-]+")
_QUOTED = re.compile(r"[“\"「『‘']([^“”\"「」『』‘’']{1,24})[”\"」』’']")


def clean_input(text: object) -> str:
    """The question as text: undecodable pieces, invisible format characters and controls removed."""
    if not isinstance(text, str):
        return ""
    s = _SURROGATE.sub("", text)
    s = _INVISIBLE.sub("", s)
    return _CONTROL.sub(" ", s)


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


@dataclass
class Understander:
    """Turns a question into a :class:`Query` using the lexicon and the ledger's own vocabulary."""

    ledger: Ledger
    lexicon: Lexicon
    max_chars: int = 500
    _vocab: set[str] = field(default_factory=set, init=False)

    def __post_init__(self) -> None:
        words = set(self.ledger.units)
        for t in self.ledger.tasks:
            words.update(quoted_terms(t.text))
        for m in self.ledger.measures:
            words.update(quoted_terms(m.title))
        add_words(words)
        add_words(a for a, _ in self.aliases if not a.isascii())
        add_words(k for k, _ in self.lexicon.synonyms)
        add_words(self.lexicon.dictionary)
        add_words(w for _, v in self.lexicon.synonyms for w in v.split() if w in self._ledger_text)
        vocab: set[str] = set()
        for t in self.ledger.tasks:
            vocab.update(passage_tokens(t.passage()))
        for k, v in self.lexicon.synonyms:
            vocab.update(tokenize(k))
            vocab.update(tokenize(v))
        self._vocab = vocab

    # ---------------------------------------------------------------- vocabulary
    @cached_property
    def _ledger_text(self) -> str:
        return normalize(" ".join(t.text + t.measure_title for t in self.ledger.tasks)).replace("“", "").replace("”", "")

    @cached_property
    def _measure_titles(self) -> list[tuple[int, str, str]]:
        return [(m.no, re.sub(r"[“”\"]", "", normalize(m.title)), m.ledger) for m in self.ledger.measures]

    @cached_property
    def aliases(self) -> tuple[tuple[str, str], ...]:
        """(alias, canonical unit), longest first: the lexicon's aliases plus partial names.

        A partial name drops 省 and the office suffix (自然资源厅 → 自然资源) and is used only
        when the ledger's own text never contains it, so it cannot swallow a topic word.
        """
        out = dict(self.lexicon.unit_aliases)
        for unit in self.ledger.units:
            base = re.sub(r"^(?:江西)?省", "", normalize(unit))
            for cut in (re.sub(r"(?:厅|局|委|办|公司|中心|部门)$", "", base), base):
                if len(cut) >= 2 and cut not in self._ledger_text and cut not in out:
                    out[cut] = unit
        return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))

    @cached_property
    def _fuzzy_aliases(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        """One-character typos of office names (能原局 → 省能源局): a wrong character inside a 3–5 character alias ending in 局/厅/委/办."""
        out = []
        for alias, canonical in self.aliases:
            if not 3 <= len(alias) <= 5 or alias.isascii() or alias[-1] not in "局厅委办":
                continue
            variants = [re.escape(alias[:i]) + f"[^{re.escape(alias[i])}\ue000\ue001\\s，,。？?]" + re.escape(alias[i + 1:]) for i in range(len(alias) - 1)]
            out.append((re.compile("|".join(variants)), canonical))
        return tuple(out)

    @cached_property
    def _protected(self) -> tuple[str, ...]:
        """Ledger terms that contain a unit alias but are not units (网上国网, 国家能源局华中监管局 …)."""
        terms = set(self.lexicon.not_units)
        for t in self.ledger.tasks:
            for q in quoted_terms(t.text):
                nq = normalize(q)
                if any(a in nq and a != nq for a, _ in self.aliases):
                    terms.add(nq)
        return tuple(sorted(terms, key=len, reverse=True))

    def covered(self, token: str) -> bool:
        """True when the token occurs in the ledger or in the lexicon's expansions."""
        return token in self._vocab

    def in_ledger(self, phrase: str) -> bool:
        """True when the phrase occurs literally in some task text or measure title."""
        return bool(phrase) and phrase in self._ledger_text

    def g(self, name: str) -> Alternatives:
        return self.lexicon.grammar[name]

    # ---------------------------------------------------------------- refusals
    def _refusal(self, question: str, clean: str, norm: str) -> Query | None:
        lx = self.lexicon
        if not clean.strip() or _ONLY_PUNCT.match(clean):
            return Query(question, refuse="empty")
        if len(re.sub(r"\s+", " ", clean).strip()) > self.max_chars:
            return Query(question[:80], refuse="too_long")
        if self.g("markup").search(norm) and not re.sub(r"<[^>]*>", "", norm).strip(" ;:'\"()alert0123456789"):
            return Query(question, refuse="empty")
        if not re.search(r"[\w]", re.sub(r"<[^>]*>|alert\(\S*\)|javascript:", "", norm)):
            return Query(question, refuse="empty")
        if lx.injection.search(norm):
            return Query(question, refuse="injection")
        if self.g("modify").search(norm):
            return Query(question, refuse="modify")
        ask = _asking_clause(norm)
        said = " ".join(c for c in _clauses(norm) if not self.g("hearsay").search(c))  # decided by what is asked
        for name, pat, _ in lx.declines:
            if pat.search(said):
                return Query(question, refuse=f"decline:{name}")
        if self.g("meta").search(_asking_clause(norm)):
            return Query(question, target="meta")
        if lx.chitchat.search(norm):
            return Query(question, refuse="oos", refuse_detail="闲聊不在台账范围内")
        for region in lx.other_regions:
            if region in ask and region not in self._ledger_text:
                return Query(question, refuse="oos", refuse_detail=f"台账只涉及江西省，不涉及“{region}”")
        asked = " ".join(c for c in _clauses(norm) if _QUESTION.search(c)) or norm
        for term in lx.oos_terms:
            if term in asked and term not in self._ledger_text:
                return Query(question, refuse="oos", refuse_detail=f"台账未载明“{term}”相关内容")
        for pat, detail in lx.absent:
            if pat.search(ask) and not self.in_ledger(pat.search(ask).group(0)):  # type: ignore[union-attr]
                return Query(question, refuse="absent", refuse_detail=detail)
        return None

    # ---------------------------------------------------------------- parse
    def parse(self, question: str, today: dt.date) -> Query:
        """Understand one question on its own (follow-ups are :meth:`follow`)."""
        clean = clean_input(question)
        question = clean
        raw = _PLANTED.sub(" ", normalize(clean))
        if self.g("modify").search(raw) and not self.g("notice").search(raw):
            return Query(question, refuse="modify")
        norm, planted = self._set_aside(raw)
        if (r := self._refusal(question, clean if not planted else norm or " ", norm)) is not None:
            return r
        english = self._english(norm)
        text = english or norm
        text = self._keyword_around(text)
        marked, found, problems = self._mark(text, today)
        if problems:
            return Query(question, refuse="absent", refuse_detail=problems[0])
        where, marked, unparsed = self._combine(marked, found)
        if find(where, MeasureIn):
            marked = re.sub(r"(?:这个|这项|该|此|那个|那项|这一|的)(?:工作)?措施(?:里|中|下|内|之中)?", " ", marked)
        rest = _M.sub(" ", marked)
        q = self._target(question, norm, rest, where, found, unparsed, bool(english), today)
        return replace(q, planted=planted) if planted else q

    def _keyword_around(self, text: str) -> str:
        """"与X有关/跟X相关" becomes a keyword, unless X names a unit or carries a negation (跟能源局不沾边)."""
        def repl(m: re.Match[str]) -> str:
            kw = m.group("kw")
            if re.search(r"[不没无非]", kw) or any(a in kw for a, _ in self.aliases):
                return m.group(0)
            return f"提到“{kw}”"

        for pat in self.g("keyword_around").patterns:
            text = pat.sub(repl, text)
        return text

    def _set_aside(self, norm: str) -> tuple[str, bool]:
        """Set aside what a planted notice or "new rule" claims (never ledger content).

        The notice's markers are dropped and each of its clauses is cut at the claimed change
        ("…时限提前至2026年6月" keeps "…时限"), so the subject survives and the new value is never used.
        """
        marker, change = self.g("notice"), self.g("notice_change")
        if not marker.search(norm):
            return norm, False
        out = []
        clauses = re.split(r"(?<=[。；;！!？?\n])|(?<=[.!?;]\s)", norm)
        own = [c for c in clauses if not marker.search(c) and not change.search(c) and _QUESTION.search(c)
               and len(re.findall(r"[\u4e00-\u9fff]", c)) >= 8]
        for clause in clauses:
            if own and (marker.search(clause) or change.search(clause)):
                continue  # the question stands on its own: the planted clause is dropped whole
            if marker.search(clause) or change.search(clause):
                clause = marker.sub(" ", clause)
                if m := change.search(clause):
                    rest = clause[m.end():]
                    tail = re.search(r"[，,]\s*(?=[^，,]*(?:请|问|什么|哪|谁|几|多少|吗|呢|when|what|who|which|how|[？?]))", rest)
                    clause = clause[: m.start()] + (rest[tail.end():] if tail else "")
            out.append(clause)
        return re.sub(r"\s+", " ", "".join(out)).strip(" ，,。:：；;"), True

    # -- step 2: entities → markers
    def _mark(self, s: str, today: dt.date) -> tuple[str, list[Cond], list[str]]:
        found: list[Cond] = []
        problems: list[str] = []

        def put(c: Cond) -> str:
            found.append(c)
            return f"\ue000{len(found) - 1}\ue001"

        # quoted terms: a unit, a measure title, or a keyword
        def quoted(m: re.Match[str]) -> str:
            inner = m.group(1).strip()
            if any(a == inner for a, _ in self.aliases) or any(inner == title for _, title, _ in self._measure_titles):
                return inner
            kw = self._keyword(inner)
            return put(kw) if kw else m.group(0)

        s = _QUOTED.sub(quoted, s)
        # keyword after a cue (提到/涉及/包含/关于 …), unless the phrase is an entity
        cue = self.g("keyword_cue").pattern

        def cued(m: re.Match[str]) -> str:
            phrase = m.group("kw")
            if _M.search(phrase) or any(a in phrase for a, _ in self.aliases) or re.search(r"哪|什么|几|多少|20\d\d|措施|^任务|^工作", phrase) \
                    or any(p.search(phrase) for p in self.lexicon.status.values()):
                return m.group(0)
            parts = [p for p in re.split(r"或者|或是|或|还是|和|与|及|、", phrase) if p]
            kws = [k for p in parts if (k := self._keyword(p))]
            if not kws:
                return m.group(0)
            joined = "或" if re.search(r"或|还是", phrase) else "和"
            return m.group("cue") + joined.join(put(k) for k in kws)

        s = re.sub(rf"(?P<cue>{cue})\s*(?P<kw>[^\s，,。？?！!\ue000\ue001的了吗呢]{{2,16}}?)(?=的|了|吗|呢|字|这|那|内容|方面|相关|有关|的事|任务|工作|\?|？|，|,|。|\s|$)", cued, s)
        # protected ledger terms that contain a unit alias
        shields: list[str] = []

        def shield(m: re.Match[str]) -> str:
            shields.append(m.group(0))
            return f"\ue002{len(shields) - 1}\ue003"

        for term in self._protected:
            s = s.replace(term, shield(re.match(".*", term, re.S)))  # type: ignore[arg-type]
        # task ids, and "8.2那项措施" (the measure of a task)
        def task(m: re.Match[str]) -> str:
            ids = self._task_ids(m.group(1), f"{int(m.group(2))}.{int(m.group(3))}")
            if not ids:
                return m.group(0)
            return put(TaskIn(tuple(ids)))

        s = _TASK_ID.sub(task, s)
        s = re.sub("\ue000(\\d+)\ue001\\s*(?:那项|这项|那个|这个|所在|所属|的|属于|那条|这条|同一个?|同个|一样的?)*\\s*(?:工作)?措施",
                   lambda m: self._measure_of_task(found, int(m.group(1)), put), s)
        # measures by number (lists too) and by title
        def measure(m: re.Match[str]) -> str:
            first = m.group("a") or m.group("b") or m.group("c") or m.group("d")
            more = m.group("more") or m.group("more2") or m.group("more3") or m.group("more4") or ""
            nums = [cn_number(first)] + [cn_number(x) for x in re.findall(_NUM, more)]
            if re.search(r"到|至|-|~", more) and len(nums) == 2 and all(nums):
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

        s = _MEASURE_LIST.sub(measure, s)
        s = re.sub("(\ue000\\d+\ue001)" + _SUB_TASK.pattern.replace("^", ""), lambda m: m.group(1), s)
        for no, title, lid in self._measure_titles:
            hit = title if title in s else None
            if hit is None and len(title) >= 6:
                common = _longest_common_substring(title, s)
                if len(common) >= max(5, int(len(title) * 0.7)):
                    hit = common
            if hit:
                s = s.replace(hit, put(MeasureIn((no,), (self.ledger.measure(no, lid or None).title,), lid)), 1)  # type: ignore[union-attr]
        # ledgers named by id or title (several loaded)
        for lid, names in self._ledger_names:
            for n in names:
                if n in s:
                    s = s.replace(n, put(LedgerIn((lid,), (self.ledger.ledger_title(lid),))))
        # units (aliases, longest first)
        for alias, canonical in self.aliases:
            if alias in s:
                s = s.replace(alias, put(UnitIs((canonical,))))
        for pat, canonical in self._fuzzy_aliases:
            s = pat.sub(lambda _m, c=canonical: put(UnitIs((c,))), s)
        # statuses before years ("今年年底前" is a status)
        for key, pat in self.lexicon.status.items():
            s = pat.sub(lambda m, k=key: put(StatusIs(k, m.group(0))), s)
        # how many units a task has: 责任单位恰好4家 / 多达9家 / 至少3个单位
        def unit_count(m: re.Match[str]) -> str:
            n = cn_number(m.group("n")) or 0
            rel = (m.group("rel") or "") + (m.group("post") or "")
            op = "ge" if re.search(r"至少|不少于|以上|及以上|多达|达到", rel) else "gt" if re.search(r"超过|多于", rel) else \
                "le" if re.search(r"最多|不超过|不多于|以下|及以下", rel) else "lt" if re.search(r"少于|不到", rel) else "eq"
            if re.search(r"多达|达到", rel) and not re.search(r"以上", rel):
                op = "eq"
            return put(UnitCount(n, op))

        s = re.sub(rf"(?:责任单位|单位|部门)(?:数量?|个数)?(?:有|是|为|共)?(?P<rel>恰好|正好|刚好|只有|仅有|多达|达到|超过|多于|少于|不少于|不超过|不多于|至少|最多|不到)?(?:有|是)?\s*"
                   rf"(?P<n>{_NUM})\s*(?:家|个)(?:单位|部门)?(?P<post>以上|以下|及以上|及以下)?", unit_count, s)
        s = re.sub(rf"(?<![这那该])(?P<rel>至少|不少于|超过|多于|少于|不超过|最多|只有|仅有|恰好|正好)?\s*(?P<n>{_NUM})\s*(?:家|个)(?:单位|部门)(?P<post>以上|以下|及以上|及以下)?(?:共同|一起|联合)?(?:负责|参与|承担)",
                   unit_count, s)
        s = re.sub(rf"(?<![这那该])(?P<rel>只有|仅有|恰好|正好|刚好|有)\s*(?P<n>{_NUM})\s*(?:家|个)?\s*(?:责任)?(?:单位|部门)(?=的|一起|共同)(?P<post>)", unit_count, s)
        # years, absolute and relative
        for word, offset in self.lexicon.years.items():  # "去年买了车" is a story, "去年底前" a deadline
            s = re.sub(f"{word}(?=年底|年末|底|末|之前|以前|前|内|要|到期|完成|的|以后|之后|后|年度|必须|得|需|应|该|就|$|[？?，,])(?:年底|年末|底|末)?",
                       f"{today.year + offset}年底", s)
        def year(m: re.Match[str]) -> str:
            if re.match(r"\s*\d{1,2}\s*月", s[m.end():]) and not m.group("suf"):
                return m.group(0)  # "2026年11月" is a date (today, a story), not a deadline
            y, pre, suf = int(m.group("y")), m.group("pre") or "", m.group("suf") or ""
            y = y + 2000 if y < 100 else y
            op = "eq"
            if pre in ("不晚于", "不迟于", "最晚", "最迟", "截至", "截止到", "截止", "到") and pre:
                op = "le"
            elif pre == "早于":
                op = "lt"
            elif pre == "晚于":
                op = "gt"
            elif pre == "不早于":
                op = "ge"
            if re.search(r"(?:及|或|和)(?:之前|以前)|含", suf):
                op = "le"
            elif re.search(r"(?:以后|之后|后)", suf) and "底" not in suf:
                op = "ge" if re.search(r"及|含", suf) else "gt"
            return put(DeadlineIs(y, op))

        s = _YEAR.sub(year, s)
        for i, term in enumerate(shields):
            s = s.replace(f"\ue002{i}\ue003", term)
        return s, found, problems

    def _measure_of_task(self, found: list[Cond], idx: int, put: Callable[[Cond], str]) -> str:
        c = found[idx]
        if isinstance(c, TaskIn) and len(c.ids) == 1 and (t := self.ledger.task(c.ids[0])):
            return put(MeasureIn((t.measure_no,), (t.measure_title,), t.ledger if self.ledger.parts else ""))
        return f"\ue000{idx}\ue001措施"

    def _keyword(self, phrase: str) -> TextHas | None:
        """A keyword condition for a phrase: the phrase and its listed synonyms, as found in the ledger."""
        p = re.sub(r"^(?:了|到|的|一下|过)+|(?:的|了|等|之类|方面|相关|内容|字样|这个词|这个字|一词)+$", "", phrase.strip())
        if len(p) < 1:
            return None
        terms = [p]
        for k, v in self.lexicon.synonyms:
            if k == p:
                terms += [w for w in v.split() if self.in_ledger(w)]
        return TextHas(p, tuple(dict.fromkeys(terms)))

    # -- step 3: operators → condition tree
    def _combine(self, s: str, found: list[Cond]) -> tuple[Cond | None, str, tuple[str, ...]]:
        g = self.g
        conj = f"(?:\\s*(?:{g('conj_and').pattern}|{g('conj_or').pattern})\\s*)"
        # groups of adjacent markers joined by connectors
        group_re = re.compile(f"\ue000\\d+\ue001(?:{conj}+\ue000\\d+\ue001)*")
        groups: list[tuple[int, int, list[int], bool]] = []
        for m in group_re.finditer(s):
            idx = [int(x) for x in _M.findall(m.group(0))]
            seps = _M.sub("|", m.group(0))
            is_or = bool(re.search(g("conj_or").pattern, seps))
            groups.append((m.start(), m.end(), idx, is_or))
        conds: list[Cond] = []
        consumed: list[tuple[int, int]] = []
        for start, end, idx, is_or in groups:
            members = [found[i] for i in idx]
            before, after = s[:start], s[end:]
            lo, hi = start, end
            only = False
            neg = False
            if m := re.search(f"(?:{g('only_before').pattern})\\s*(?:由|是|有|归)?\\s*$", before):
                only, lo = True, m.start()
            m = re.match(f"\\s*(?:都|均|也)?\\s*(?:(?:{g('only_after').pattern})\\s*)+", after)
            if m and all(isinstance(c, UnitIs) for c in members):
                only, hi = True, end + m.end()
            m = re.search(f"(?:{g('not_before').pattern})\\s*(?:由|是|有|让|在|属于)?\\s*$", s[:lo])
            if m and not _HARMLESS_NEG.search(s[max(0, m.start() - 2): m.end() + 1]):
                neg, lo = True, m.start()
            if m := re.match(f"\\s*(?:{g('not_after').pattern})", s[hi:]):
                neg, hi = True, hi + m.end()
            cond = self._group(members, is_or, only)
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
            elif kind == "text" and not is_or:
                parts.extend(cs)
            else:
                parts.append(Or(tuple(cs)))
        if len(parts) == 1:
            return parts[0]
        return And(tuple(parts))

    # -- step 4: targets, content and what was not understood
    def _target(self, question: str, norm: str, rest: str, where: Cond | None, found: list[Cond], unparsed: tuple[str, ...],
                english: bool, today: dt.date) -> Query:
        lx, g = self.lexicon, self.g
        cues = {name: pat.search(rest) for name, pat in lx.intents.items()}
        completion = bool(lx.intents["completion"].search(norm))
        base = Query(question=question, where=where, completion=completion)
        if cues.get("changes"):
            return replace(base, target="changes")
        by = g("breakdown").search(rest)
        refs = tuple(i for c in atoms(where) if isinstance(c, TaskIn) for i in c.ids)  # named tasks (not negated ones)
        where_wo_tasks = _without(where, TaskIn)
        # a claim about a named task: "扫码用电那项是明年底完成对吧？"
        confirm = g("confirm").search(norm)
        content = self._content(rest, english)
        texts = find(where, TextHas)
        keyword_text = " ".join(t.label for t in texts)
        has_subject = bool(content or refs)
        if completion and not refs and not [c for c in content if self.covered(c)] and not find(where, (UnitIs, MeasureIn, TextHas, TaskIn)):
            if where is None:
                return replace(base, target="status_summary")
            return replace(base, target="tasks", count=True, where=where)  # answered from deadlines, with the completion note
        if confirm and not completion and (content or refs) and where_wo_tasks is not None and not cues.get("list") and not cues.get("count"):
            claim = _without(where_wo_tasks, TextHas)
            if claim is not None and all(isinstance(a, (UnitIs, DeadlineIs, StatusIs)) for a in atoms(claim)):
                subject = " ".join([*content, keyword_text]).strip()
                return replace(base, target="verify", where=all_of([*([TaskIn(refs)] if refs else [])]), claim=claim, refs=refs,
                               subject=subject, search_text=self._search_text(subject, norm), expansion=self._expansion(norm),
                               content=tuple(content))
        if len(refs) >= 2 and g("compare").search(rest):
            return replace(base, target="compare", refs=refs, where=None, extreme=_latest(rest))
        if len(refs) >= 2 and texts:
            return replace(base, target="tasks", where=where)
        enum = [a for a in atoms(where) if isinstance(a, Or) and all(isinstance(i, (DeadlineIs, StatusIs)) for i in a.items)]
        if not by and enum and re.search(r"分别|各(?:有|是)?|各自", rest) and re.search(r"几|多少|数量", rest):
            key = "deadline" if all(isinstance(i, DeadlineIs) for i in enum[0].items) else "status"
            kept = all_of([a for a in atoms(where) if a not in enum])
            return replace(base, target="breakdown", by=key, where=kept, count=True)
        if by and re.search(r"(?:单位|部门)(?:的)?(?:数量|个数|数目|家数)", by.group(0) + rest[by.end():by.end() + 6]):
            return replace(base, target="breakdown", by="unit_count", where=where, count=True, unparsed=self._leftover(
                [c for c in content if not re.search(r"数量|个数|家", c)], unparsed))
        if by:
            key = _BY.get(by.group("by") or "", "deadline")
            family = {"deadline": ("deadline", "status"), "status": ("deadline", "status"), "unit": ("unit",), "measure": ("measure",)}[key]
            # atoms of the grouping's own kind name the groups ("已超期的、今年到期的…各有多少"), they do not filter
            kept = all_of([a for a in atoms(where) if kind_of(a) not in family or isinstance(a, Not) or (isinstance(a, UnitIs) and a.mode == "exactly")])
            return replace(base, target="breakdown", by=key, where=kept, count=True, unparsed=self._leftover(content, unparsed))
        if cues.get("days_left"):
            return self._single(base, "days_left", content, refs, where_wo_tasks, keyword_text, norm)
        if cues.get("figure") and re.search(r"(?:多少|几|多久|多长)\S{0,4}(?:工作日|千瓦|天)|工作日|办电时长|办电时限|办电要多|接电要多|时长|how long|working days", rest) \
                and not re.search(r"时限(?:是|为)?(?:什么|啥|多少)?$|什么时限|啥时限", rest.strip(" ？?")):
            return replace(base, target="figure", subject=" ".join(content), where=where)
        no_measure_word = re.sub(g("target_measures").pattern, " ", rest)
        wants_measures = bool(g("target_measures").search(rest)) and (
            not re.search(g("task_nouns").pattern, no_measure_word) or bool(g("measures_every").search(rest))) and not cues.get("measure_of")
        wants_units = bool(g("target_units").search(rest)) and not content and not refs
        count = bool(cues.get("count")) or bool(re.search(r"几(?:项|个|条|家)|多少", rest))
        listing = bool(cues.get("list")) or bool(re.search(r"哪(?:些|几)|list|which", rest))
        nouns = f"{g('task_nouns').pattern}|{g('target_measures').pattern}|单位|部门|机构|家"
        for m in re.finditer(r"(?:哪些|哪几[个项条家]?|多少[个项条]?|几[个项条])\s*(?P<noun>[\u4e00-\u9fff]{1,2})", rest):
            noun = m.group("noun")
            if not re.match(nouns, noun) and noun[0] not in "是有要呢吗了在由还已需都项个条件家些种类":
                listing = count = False  # "哪些投资" asks about a topic, not for a list of tasks
        single_cue = _single_intent(cues, default="")
        if single_cue and content and not re.search(rf"(?:哪些|哪几|几|多少|所有|全部)\S{{0,3}}(?:{g('task_nouns').pattern})", rest):
            listing = count = False  # "…由哪些单位负责？" asks one field of one task
        head = self._head_noun(rest)
        size = re.search(rf"(?P<rel>只有|仅有|至少有?|不少于|多于|超过|少于|共有?|有|包含|包括)?\s*(?P<n>{_NUM})\s*(?:项|个|条)(?:具体)?任务(?P<post>以上|以下)?", rest)
        extreme = re.search(r"任务(?:数量?|数目|个数)?(?:最多|最少)|(?:最多|最少)(?:的)?任务", rest)
        if (size or extreme) and g("target_measures").search(rest) and not refs:
            wants_measures = True
        elif cues.get("measure_of") and (content or refs):
            wants_measures = False  # "临代正小区治理属于哪个措施" asks the measure of one task
        elif head == "measures" or (head is None and wants_measures):
            wants_measures = True
        elif head in ("tasks", "units"):
            wants_measures = False
        if wants_measures and not refs and (count or listing or where is not None or size or extreme):
            every = bool(g("measures_every").search(rest))
            if every:  # "全部在2026年底前到期" also counts earlier deadlines: none is later
                where = _by_year(where, "le")
            left = [c for c in content if not re.search(r"最多|最少|数量|数目|只有|项|至少", c)]
            op_n = None
            if size:
                rel = (size.group("rel") or "") + (size.group("post") or "")
                op = "gt" if re.search("多于|超过", rel) else "lt" if "少于" in rel else "ge" if re.search("至少|不少于|以上", rel) else "le" if "以下" in rel else "eq"
                op_n = (op, cn_number(size.group("n")) or 0)
            return replace(base, target="measures", count=count and not size and not extreme, every=every, where=where, size=op_n,
                           extreme=("max" if "最多" in extreme.group(0) else "min") if extreme else "",
                           unparsed=self._leftover(left, unparsed))
        if wants_units and (count or listing or cues.get("responsible")):
            return replace(base, target="units", count=count, where=where, unparsed=self._leftover(content, unparsed))
        if len(refs) == 1 and cues.get("measure_of") and not texts:
            return replace(base, target="measure_of", refs=refs, where=None)  # "它属于哪个措施？那个措施一共几项任务"
        if refs and not content and where_wo_tasks is None and (cues.get("responsible") or cues.get("deadline") or cues.get("measure_of")
                                                               or cues.get("which_task") or not (count or listing)):
            intent = _single_intent(cues)
            return replace(base, target=intent, refs=refs, where=where)
        # "第3项措施由哪些单位负责" — a whole measure: its units (exact filter, never top-k)
        if cues.get("responsible") and not content and where is not None and find(where, MeasureIn) and not refs:
            return replace(base, target="units", where=where)
        task_words = bool(re.search(g("task_nouns").pattern, rest))
        collection = (count and (task_words or where is not None)) or (listing and (task_words or where is not None or texts))
        if not collection and where is not None and not content and not refs and (not single_cue or count or listing or task_words):
            collection = True  # bare filters: "省能源局2027年底前的"
        if not collection and cues.get("measure_of") and where is not None and not content and not refs:
            return replace(base, target="measures", where=where, every=bool(g("measures_every").search(rest)))
        if texts and task_words and not single_cue and not refs and (len(texts) >= 2 or not content):
            collection = True  # "既有“小区”又有“电动”的任务"
        most = re.search(r"(?:责任)?(?:单位|部门)(?:数量?|个数|数目)?(?:最多|最少)", rest)
        if most and not wants_measures:
            collection = True
            content = [c for c in content if not re.search(r"最多|最少", c)]
        if collection and (not refs or ((listing or count) and where_wo_tasks is not None)):
            implicit, left = self._implicit_keywords(content)
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

    def _subjects(self, rest: str, english: bool) -> tuple[str, ...]:
        """Several task descriptions in one question: "A和B分别是哪两项任务" / "A、B各由谁负责"."""
        if not re.search(r"分别|各自|各由|哪两|哪几|两项|两个|两者|这俩", rest):
            return ()
        head = re.split(r"分别|各自|各由|是哪|由谁|谁负责|什么时候|哪些|属于|的完成时限|的责任单位|的时限|都是|是什么", rest)[0]
        parts = [p for p in re.split(r"和|与|跟|以及|、|及|还有", head) if p.strip()]
        found = tuple(" ".join(c) for p in parts if (c := self._content(p, english)))
        return found if len(found) >= 2 else ()

    def _head_noun(self, rest: str) -> str | None:
        """The noun a list/count question is about, read next to its question word (…的措施有哪些 → measures)."""
        q = r"(?:有哪些|是哪些|有哪几[个项条]?|是哪个|是哪一[个项]|有几[个项条家]?|有多少[个项条家]?|有什么|是什么|分别是|一共|共|总共|都有|是|有)"
        hits = list(re.finditer(rf"(?P<noun>措施|任务|活儿?|事儿?|单位|部门)\s*(?:都|一共|总共|共)?\s*{q}", rest))
        n = hits[-1].group("noun") if hits else None
        m2 = re.search(r"(?:哪些|哪几[个项条家]?|哪个|哪项|哪条|哪一[个项条]|几[个项条家]|多少[个项条家]?)\s*(?:工作|具体|责任)?(?P<noun>措施|任务|单位|部门)", rest)
        if m2:
            n = m2.group("noun")
        return {"措施": "measures", "单位": "units", "部门": "units"}.get(n, "tasks") if n else None

    def _single(self, base: Query, intent: str, content: list[str], refs: tuple[str, ...], where: Cond | None, keyword_text: str, norm: str) -> Query:
        wider = ""
        ask = _asking_clause(norm)
        if len(_clauses(norm)) >= 3 and not refs and not re.search(r"这方面|这个|这件|这种|这事|这些|此事", ask):
            # a story before the question: the asking clause names the subject
            marked, found_here, _ = self._mark(self._english(ask) or ask, dt.date.today())
            own = self._content(_M.sub(" ", marked), False) + [a.said for a in found_here if isinstance(a, StatusIs) and a.said]
            if any(self.covered(c) and len(c) >= 2 for c in own):
                wider = " ".join([keyword_text, *content, self._expansion(norm)]).strip()
                content = [*own, *own, *[c for c in content if c not in own]]  # the asking clause counts double
        said = [a.said for a in atoms(where) if isinstance(a, StatusIs) and a.said]
        content = [c for c in content if c not in _QUALIFIERS]  # "不"/"只" left over from a story are no topic
        subject = " ".join([keyword_text, *content, *said]).strip()
        filt = _without(_without(where, TextHas), StatusIs) if said else _without(where, TextHas)
        return replace(base, target=intent, refs=refs, subject=subject, where=filt,
                       content=tuple(content) + ((keyword_text,) if keyword_text else ()) + tuple(said),
                       search_text=self._search_text(subject, norm), expansion=self._expansion(norm), wider=wider)

    def _search_text(self, subject: str, norm: str) -> str:
        return subject.strip()

    def _expansion(self, norm: str) -> str:
        """The lexicon's ledger terms for colloquial words in the question (searched with less weight than the words typed)."""
        return " ".join(v for k, v in self.lexicon.synonyms if k in norm)

    def _implicit_keywords(self, content: list[str]) -> tuple[list[Cond], list[str]]:
        """Topic words in a list question become exact keyword conditions when the ledger has them."""
        conds: list[Cond] = []
        left: list[str] = []
        for tok in content:
            kw = self._keyword(tok)
            if kw and any(self.in_ledger(t) for t in kw.terms):
                conds.append(replace(kw, terms=tuple(t for t in kw.terms if self.in_ledger(t))))
            else:
                left.append(tok)
        # sub-words of a matched word are not separate conditions (便民接电点 → 便民, 接电)
        labels = [c.label for c in conds if isinstance(c, TextHas)]
        conds = [c for c in conds if not (isinstance(c, TextHas) and any(c.label != o and c.label in o for o in labels))]
        return conds, left

    def _leftover(self, content: list[str] | tuple[str, ...], unparsed: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys([*unparsed, *content]))

    def _content(self, text: str, english: bool = False) -> list[str]:
        """Topic tokens: what is left once entities, cues, operators, filler and generic words are removed."""
        lx, g = self.lexicon, self.g
        for name in ("units_ref", "breakdown", "target_units", "measures_every", "confirm", "compare", "ellipsis", "complement", "narrow",
                     "position", "keyword_cue"):
            text = g(name).sub(" ", text)
        for pat in lx.intents.values():
            text = pat.sub(" ", text)
        for name in ("filler", "target_measures", "task_nouns"):
            text = g(name).sub(" ", text)
        text = _HARMLESS_NEG.sub(" ", text)
        glue = g("glue")
        toks = [
            t for t in tokenize(text, normalized=True)
            if len(t) >= 2 and t not in lx.generic and not glue._any.fullmatch(t) and t not in lx.english_stopwords and not t.isdigit()
            and not (english and t.isascii() and t.isalpha())
        ]
        # a qualifier word with no entity to attach to is content that was not understood
        quals = re.findall(r"(?<![有是能会要对可])(?:不|没有|没|未|非|除了|只有|只|仅|单独)(?![超少得要用清知明懂了错对行])", text)
        return toks + [q for q in quals if q not in toks]

    def _english(self, norm: str) -> str:
        """Translate glossary words of a mostly-English question; '' when it is Chinese."""
        letters = sum(c.isascii() and c.isalpha() for c in norm)
        if letters < max(4, len(norm) // 2):
            return ""
        out = f" {norm} "
        for en, zh in self.lexicon.english:
            if en in out:
                out = out.replace(en, f" {zh} ")
        return out

    @cached_property
    def _ledger_names(self) -> list[tuple[str, tuple[str, ...]]]:
        """How a question can name each of several loaded ledgers (id, 附件N, title)."""
        out = []
        for lid, title in self.ledger.parts:
            names = {normalize(lid)}
            if m := re.fullmatch(r"l(\d+)", normalize(lid)):
                names.add(f"附件{m.group(1)}")
            if title:
                names.add(re.sub(r"[“”\"]", "", normalize(title)))
                names.add(normalize(title))
            out.append((lid, tuple(sorted(names, key=len, reverse=True))))
        return out

    def _task_ids(self, prefix: str | None, local: str) -> list[str]:
        """Ids for a task reference: plain in a single ledger, qualified (L2:3.1) when several are loaded."""
        if not self.ledger.parts:
            return [local] if self.ledger.task(local) else []
        if prefix:
            lid = next((p for p, _ in self.ledger.parts if normalize(p) == prefix), None)
            return [f"{lid}:{local}"] if lid and self.ledger.task(f"{lid}:{local}") else []
        return [f"{lid}:{local}" for lid, _ in self.ledger.parts if self.ledger.task(f"{lid}:{local}")]

    # ---------------------------------------------------------------- follow-ups
    def read(self, question: str, state: State, today: dt.date) -> Query:
        """Parse a question in the context of the conversation state.

        References into earlier answers (它 / 这两项 / 第三个 / 最后一个 / 刚才说的两个) are replaced by
        the task ids they point at and the question is parsed again; elliptical questions then
        narrow, substitute, complement or ask a field of the previous query (:meth:`follow`).
        """
        q = self.parse(question, today)
        if state.query is None or (q.refuse and q.refuse != "no_subject"):
            return q
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
            if len(ids) == 1:  # "这条所在的措施里，除了它…": every singular pronoun is the same task
                rewritten = _SINGULAR.sub(f" {ids[0]} ", rewritten)
            again = self.parse(rewritten, today)
            if not again.refuse:
                return replace(again, question=q.question, followup="reference")
        return self.follow(text, q, state, today)

    def _measure_anaphor(self, text: str, state: State) -> str:
        """"这个措施" / "这两项措施" → the measures just named; "其它任务" after one task → that task excluded."""
        m = re.search(r"(?:(?:这|那|该)(?:条|项|个任务)|它)(?:所在|所属)?的?(?:工作)?措施|(?:它|所)在的?(?:工作)?措施"
                      r"|(?:这|那|该)(?:两|俩|二|三)?(?:个|项|一)?(?:工作)?措施", text)
        if not m:
            return text
        k = 2 if re.search("[两俩二]", m.group(0)) else 3 if "三" in m.group(0) else 1
        nos: tuple[int, ...] = state.measures[-k:] if len(state.measures) >= k else ()
        if not nos and state.mentioned and (t := self.ledger.task(state.mentioned[-1])):
            nos = (t.measure_no,)
        if not nos:
            return text
        named = "和".join(f"第{n}项" for n in nos) + "措施"
        out = text[: m.start()] + named + text[m.end():]
        if k == 1 and state.mentioned and state.query is not None and not state.query.collection \
                and re.search(r"其它|其他|其余|别的|另外的|除了它|除它", out):
            out = re.sub(r"除了它|除它", " ", out) + f" 除了 {state.mentioned[-1]} "
        return out

    def _referent(self, text: str, state: State, q: Query) -> tuple[tuple[str, ...], tuple[int, int]] | None:
        """The tasks a reference in ``text`` points at, and where the reference is."""
        g = self.g
        listed = state.last_list or state.result
        if g("units_ref").search(text):
            return None
        m = g("position").search(text)
        if m and listed:
            d = m.groupdict()
            k = cn_number(d.get("n") or d.get("first") or d.get("last") or "1") or 0
            if d.get("n"):
                picked = (listed[k - 1],) if 1 <= k <= len(listed) else ()
            elif d.get("first"):
                picked = listed[:k]
            elif d.get("last"):
                picked = listed[-k:]
            else:
                picked = listed[-1:]
            return (picked, m.span()) if picked else None
        if (m := re.search(r"(?:刚才|刚刚|前面|上面)(?:说|问|提)?的?(?:这|那)?(?:两|俩|二)个?(?:任务|项)?", text)) and len(state.mentioned) >= 2:
            return state.mentioned[-2:], m.span()
        plural = re.search(r"它们|(?:这|那)(?:两|俩|二|几|三)(?:个|项|条)?(?:任务)?|这些任务|那些任务|(?:两|俩)(?:条|项|个)(?:任务)?(?=里|中|当中|之中|哪|谁)", text)
        if plural and not (q.collection and state.query is not None and state.query.collection):
            word = plural.group(0)
            k = 2 if re.search("[两俩二]", word) else 3 if "三" in word else 0
            pool = state.result if state.result else ()
            if k and len(state.mentioned) >= k and (state.query is None or not state.query.collection):
                return state.mentioned[-k:], plural.span()
            if pool and (not k or len(pool) >= k):
                return (pool[:k] if k else pool[:20]), plural.span()
        single = _SINGULAR.search(text)
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
        if self.g("fresh").search(text) and not self.g("narrow").search(text):
            return False
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
            where = all_of([*atoms(q.where), UnitIs(state.units[-k:])])
            base = q if q.collection else replace(prev if prev.collection else q, target="tasks")
            return replace(base, target=base.target if base.collection else "tasks", where=where, subject="", content=(),
                           followup="units", unparsed=tuple(u for u in q.unparsed if not re.search("两|俩|三|家", u)))
        own_subject = bool(q.subject or q.refs) and not q.collection
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
            implicit, _ = self._implicit_keywords(list(q.content))
            where_new = all_of([*atoms(where_new), *implicit])
        # units named in earlier turns: 这俩部门共同负责的 / 这个部门
        if (ref := g("units_ref").search(text)) and state.units:
            word = ref.group(0)
            k = 3 if "三" in word else 2 if re.search("[俩两二]", word) else 1 if re.search("个|该", word) else len(state.units)
            where_new = all_of([*atoms(where_new), UnitIs(state.units[-k:])])
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
            if q.collection and q.target == "tasks" and prev.target in ("measures", "units") and not re.search(g("task_nouns").pattern, text):
                target = prev.target
            count = q.count if q.collection else prev.count
            if narrowing:
                where = all_of([*atoms(prev.where), *atoms(where_new)])
                mode = "narrow"
            else:
                where = _substitute(prev.where, where_new)
                mode = "substitute"
            return replace(prev, target=target, count=count, where=where, by=q.by or prev.by, every=q.every or prev.every,
                           size=q.size or prev.size, extreme=q.extreme or prev.extreme,
                           followup=mode, unparsed=q.unparsed, completion=q.completion)
        return q


_FIELDS = ("responsible", "deadline", "days_left", "measure_of", "which_task")
_BY = {"单位数量": "unit_count", "完成时限": "deadline", "时限": "deadline", "期限": "deadline", "年份": "deadline", "年度": "deadline", "截止时间": "deadline",
       "完成时间": "deadline", "截止年份": "deadline", "年": "deadline", "责任单位": "unit", "单位": "unit", "部门": "unit",
       "工作措施": "measure", "措施": "measure", "状态": "status", "deadline": "deadline", "year": "deadline", "unit": "unit",
       "measure": "measure", "status": "status"}


def _latest(text: str) -> str:
    """"max" when a comparison asks for the latest deadline (最晚 / 更靠后), else "" (the earliest)."""
    return "max" if re.search(r"晚|靠后|最后到期|后到期|latest|later", text) else ""


def _single_intent(cues: dict, default: str = "lookup") -> str:
    for name in ("days_left", "responsible", "measure_of", "which_task", "deadline"):
        if cues.get(name):
            return name
    return default


def _clauses(norm: str) -> list[str]:
    return [c for c in re.split(r"(?<=[？?])|[，,。；;！!…:：]", norm) if c.strip(" ？?")]


_QUALIFIERS = frozenset(["不", "没有", "没", "未", "非", "除了", "只有", "只", "仅", "单独"])
_QUESTION = re.compile(r"[？?]|吗|呢|什么|啥|哪|谁|(?<!好)几(?!乎)|多少|怎么|怎样|咋|如何|是否|有没有|能不能|when|what|who|which|how")


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


def _substitute(prev: Cond | None, new: Cond | None) -> Cond | None:
    """The previous condition with each kind the new one names replaced (a follow-up changes, not stacks)."""
    new_atoms = atoms(new)
    kinds = {kind_of(a) for a in new_atoms}
    kept = [a for a in atoms(prev) if kind_of(a) not in kinds and not (kind_of(a) in ("deadline", "status") and kinds & {"deadline", "status"})]
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


__all__ = ["State", "Understander", "clean_input"]
