"""Stage 4a: words — the content words of a question (what is left once entities, cues, operators and filler are
removed), the words a search adds, quoted phrases that describe a task, and the qualifiers still standing."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant import rx
from assistant.query import Cond, TextHas
from assistant.text import tokenize
from assistant.understand.groups import Groups
from assistant.understand.patterns import _HARMLESS_NEG, _M

# a qualifier (not / only) standing on its own
_QUAL_IN = rx.lazy(r"(?<![有能会要对可])(?:不|没有|没|未|非|除了|只有|只|仅|单独)(?![超少得要用清知明懂了错对行管论])(?!能(?:超|多|高|少|低|大|小))")
# "the first/last N measures": a range no stage took is never dropped silently
# and a measure said by number that no stage took ("措施5" left over): never answered as if it were not said
_RESIDUE = rx.lazy(r"(?:前|后|最后)\s*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*(?:条|项|个|大)(?=\s*(?:工作)?措施)"
                   r"|第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:条|项|个)?\s*(?=[、,，和与及]\s*第?\s*(?:\d|[一二三四五六七八九十]))"
                   r"|(?:工作)?措施\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?![\d.．]|\s*[项条个]|(?<=一)[共起些般样定致同直下])")
# a figure with its unit (the units the ledger writes numbers with)
# what follows a quoted phrase that names a task: more words, then 这条 / 那项 (the words in ``more``) …
_QUOTE_THEN_MORE = rx.lazy(r"(?P<more>[\u4e00-\u9fff]{2,12}?)\s*(?:这|那|该)(?:一)?(?:条|项|个)(?!\s*(?:工作)?措施)")
# … or 这条 / 一项 / 的任务 at once
_QUOTE_THEN_TASK = rx.lazy(r"\s*(?:(?:这|那|该)(?:一)?|一)(?:条|项|个)(?!\s*(?:工作)?措施)|\s*的?(?:那|这)?(?:条|项)?任务")
_OPEN, _CLOSE = "“\"「『", "”\"」』"


def _after_quoted(label: str, text: str, after: re.Pattern[str]) -> re.Match[str] | None:
    """``after`` matched right after the first place where ``label`` stands in quotes (“…”, "…", 「…」, 『…』): what a
    pattern with the label inside would find, without compiling one per label (its CJK range alone costs ~1 ms to compile)."""
    at = text.find(label, 1)
    while at > 0:
        end = at + len(label)
        if text[at - 1] in _OPEN and end < len(text) and text[end] in _CLOSE and (m := after.match(text, end + 1)):
            return m
        at = text.find(label, at + 1)
    return None


_FIGURE = rx.lazy(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:千瓦时|千瓦|千伏安|千伏|兆瓦|个工作日|工作日|个月|小时|天|次|户|%)")
# "别的单位" / "其他部门" that no construct took: other units than which? — never dropped silently
_OTHER_UNITS = rx.lazy(r"(?<!哪些)(?<!哪几个)(?<!哪几家)(?:别的|其他|其它|另外的?|其余的?)(?:的)?\s*(?:责任)?(?:单位|部门)"
                       r"(?!\s*(?:吗|么|嘛|没有|没|呢|有哪|有谁|是哪|是谁|有几|是什么|分别))|\bother (?:units?|departments?|agencies|bodies)\b")
# the asker's own unit used as a condition (跟我们有关 / 我们单位负责的): left when no unit was said for it
_OWN_UNIT = rx.lazy(r"(?:跟|和|与|同)(?:我们|咱们|我单位|本单位|我们单位|我司)(?:有关|相关|有关系)|(?:我们|咱们|我单位|本单位|我们单位|我司)(?:单位|部门)?(?:参与|负责|牵头|承担|要干|要做|要办)(?:了)?的")
# "比7.2的时限早": a comparison no stage read (a year's is a bound by now) — what it is compared with is not known
_COMPARATIVE = rx.lazy(r"比[^，,。；;？?！!]{1,16}?(?:还|更|要)?(?:早|晚|迟|靠前|靠后)(?!\s*(?:几|多少))")
# "最晚啥时候能弄完": at the latest by when — the deadline asked, not a superlative
_AT_THE_LATEST = rx.lazy(r"最(?:晚|迟)(?=\s*(?:要|得|能|会|必须|需要)?\s*(?:啥时候|什么时候|何时|几时|哪年|哪一年)(?!\S{0,8}(?:哪|最)))")
_EARLIER_LATER = rx.lazy(r"(?<!含)(?<!包括)(?<!包含)更(?:早|晚|迟)")  # "2026年底前或更晚" that no stage read: a bound, never dropped
_SUPERLATIVE = rx.lazy(r"最(?:多|少|早|晚|迟|大|小|长|短|高|低)")


class Words(Groups):
    """The words of a question that no stage took: content words, search words, qualifiers still live."""

    def _live_qualifiers(self, ask: str) -> list[str]:
        """Qualifiers (不 / 没有 / 只 …) in the asking clause that act as operators: not part of a ledger phrase
        (非电网直供电, 不停电作业, 不超过), not an A-not-A question (收不收, 算不算)."""
        text = _HARMLESS_NEG.sub(" ", ask)
        live = []
        for m in _QUAL_IN.finditer(text):
            before, after = text[max(0, m.start() - 1): m.start()], text[m.end(): m.end() + 1]
            if before and before == after:
                continue  # 收不收 / 接不接
            if self.in_ledger(text[m.start(): m.end() + 3]) or self.in_ledger(text[m.start(): m.end() + 2]):
                continue
            live.append(m.group(0))
        return live

    def _search_text(self, subject: str, norm: str) -> str:
        return subject.strip()

    def _expansion(self, norm: str) -> str:
        """The lexicon's ledger terms for colloquial words in the question (searched with less weight than the words typed)."""
        return " ".join(v for k, v in self.lexicon.synonyms if k in norm)

    def _implicit_keywords(self, content: list[str], rest: str = "") -> tuple[list[Cond], list[str]]:
        """Topic words in a list question become exact keyword conditions when the ledger has them and the
        question places them as a topic: a ledger term, or a word right before the task noun ("充电设施的任务").
        Any other word is left over (never silently turned into a condition)."""
        conds: list[Cond] = []
        left: list[str] = []
        for tok in content:
            kw = self._keyword(tok)
            placed = self.is_term(tok) or (len(tok) >= 2 and bool(rx.search(  # (one character before 任务 is no topic: "除了任务15.2")
                re.escape(tok) + r"\s*(?:的|类的?|方面的?|领域的?)?\s*(?:具体)?(?:任务|工作(?!日)|事项|事情|条目|内容)", rest))) or bool(
                rx.search(rf"(?:{self.g('keyword_cue').pattern})\s*[“\"]?{re.escape(tok)}", rest))  # "提到了预付电费"
            if kw and placed and any(self.in_ledger(t) for t in kw.terms):
                conds.append(replace(kw, terms=tuple(t for t in kw.terms if self.in_ledger(t)), implicit=True))
            else:
                left.append(tok)
        # sub-words of a matched word are not separate conditions (便民接电点 → 便民, 接电)
        labels = [c.label for c in conds if isinstance(c, TextHas)]
        conds = [c for c in conds if not (isinstance(c, TextHas) and any(c.label != o and c.label in o for o in labels))]
        # (nor is a word left over that was only ever said inside one of them: 人工 of 人工智能)
        outside = rest
        for label in sorted(labels, key=len, reverse=True):
            outside = outside.replace(label, " ")
        left = [t for t in left if not (any(t in x for x in labels) and t not in outside)]
        return conds, left

    def _names_a_task(self, t: TextHas, norm: str) -> bool:
        """A quoted phrase the ledger does not have as written, followed by 这条 / 那项 / 的任务: it names a task in the
        asker's words (searched by its words). A quotation anywhere else (what someone wants said) is not a description."""
        words = self._content(t.label)
        more = _after_quoted(t.label, norm, _QUOTE_THEN_MORE)
        if more and not t.implicit and (extra := self._content(more.group("more"))) and all(self.covered(w) for w in extra):
            return True  # "“高效办成一件事”特色事项清单那条": the quotation and the words after it describe one task together
        if t.implicit or any(self.in_ledger(x) for x in t.terms) or not words or not all(self.covered(w) for w in words):
            return False  # (a word the ledger never uses — “电力现货市场建设” — names no task of it)
        return _after_quoted(t.label, norm, _QUOTE_THEN_TASK) is not None

    def _orphan_lead(self, text: str) -> bool:
        """牵头 left once the questions that ask for a lead unit (谁牵头, 牵头单位是谁, 按牵头单位统计) are removed."""
        for name in ("breakdown", "target_units", "units_ref"):
            text = self.g(name).sub(" ", text)
        for pat in self.lexicon.intents.values():
            text = pat.sub(" ", text)
        return bool(rx.search(r"牵头(?!单位(?:是|为)?(?:谁|哪|什么))", text))

    def _content(self, text: str, english: bool = False) -> list[str]:
        """Topic tokens: what is left once entities, cues, operators, filler and generic words are removed."""
        lx, g = self.lexicon, self.g
        said = text
        text = _AT_THE_LATEST.sub(" ", text)
        # a figure with its unit that the ledger states (160千瓦, 26个工作日) names what carries it, like any topic word
        figures = [f for f in dict.fromkeys(m.group(0) for m in _FIGURE.finditer(_M.sub(" ", text))) if self.tasks_with(f)]
        for name in ("units_ref", "breakdown", "target_units", "measures_every", "confirm", "compare", "ellipsis", "complement", "narrow",
                     "position", "keyword_cue", "correction"):
            text = g(name).sub(" ", text)
        for pat in lx.intents.values():
            text = pat.sub(" ", text)
        for name in ("filler", "target_measures", "task_nouns"):
            text = g(name).sub(" ", text)
        text = _HARMLESS_NEG.sub(" ", text)
        # "只写了“持续推进”": each task has one deadline, so "only" before a deadline said adds nothing
        text = rx.sub(r"只(?:写了?|标了?|填了?|标注了?|注明了?)?(?=\s*(?:[“\"「]\s*[”\"」]|[“\"「]?\s*(?:持续推进|20\d\d|今年|明年|去年|后年)))", " ", text)
        text = rx.sub(r"(?<=[、，,\s])只(?:写了?|标了?|填了?|标注了?|注明了?)?(?=\s*(?:[？?。，,、；;]|的|$))", " ", text)  # (its value, read, is gone)
        glue = g("glue")
        toks = [
            t for t in tokenize(text, normalized=True)
            if len(t) >= 2 and t not in lx.generic and t not in lx.discourse and not glue._any.fullmatch(t) and t not in lx.english_stopwords and not t.isdigit()
            and not (english and t.isascii() and t.isalpha()) and not rx.fullmatch(r"[\u4e00-\u9fff][个下]", t)  # 开个 / 看下: a verb and a classifier
        ]
        # a qualifier word with no entity to attach to is content that was not understood
        quals = _QUAL_IN.findall(text) + _RESIDUE.findall(_M.sub(" ", said))  # operators no stage took: never dropped silently
        quals += _OTHER_UNITS.findall(_M.sub(" ", said))
        quals += _OWN_UNIT.findall(said)  # "跟我们有关的" with no unit said for 我们: whose tasks is not known
        quals += _COMPARATIVE.findall(_M.sub(" ", said))
        quals += _EARLIER_LATER.findall(rx.sub(r"[（(][^）)]*[)）]", " ", text))  # (not in brackets that restate a bound)
        quals += _SUPERLATIVE.findall(text)  # 最多 / 最早 (cut into single characters by the tokenizer): a stage that ranks takes them
        return figures + [t for t in toks if t not in figures] + [q for q in quals if q not in toks]

