"""Stage 0: the ledger's own vocabulary (units and their aliases, measure titles, ledger terms) and the lexicon's word lists."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from assistant import rx
from assistant.lexicon import Alternatives, Lexicon
from assistant.records import Ledger
from assistant.text import add_words, cut_passages, normalize, passage_tokens, quoted_terms, tokenize

# characters of grammar, never part of a mistyped term ("接不了电" is not "不停电")
_FUNCTION_CHARS = frozenset("了的是不要在有我你他她它们这那就都也还和与及或吗呢吧啊么把被给让向从对")


@lru_cache(maxsize=4096)
def _readings(ch: str) -> frozenset[str]:
    from pypinyin import Style, pinyin  # (loaded on the first word that needs it: most questions never do)

    return frozenset(r for rs in pinyin(ch, style=Style.NORMAL, heteronym=True) for r in rs)


def sounds_alike(typed: str, term: str) -> bool:
    """True when ``typed`` differs from ``term`` only in characters that share a reading (扫吗用电 / 扫码用电: ma): a word typed
    by its sound, even where the wrong character is a particle that on its own would end a question."""
    return len(typed) == len(term) and all(a == b or bool(_readings(a) & _readings(b)) for a, b in zip(typed, term, strict=True))


# "…the 'temporary-for-permanent' (临代正) compounds": an English phrase, in quotes, glossed by the Chinese term after it
# English words before a unit's name in brackets, up to the sentence: "which tasks is the state grid branch (省电力公司) leading"
_UNIT_GLOSS = rx.lazy(r"(?P<en>(?:[a-z][a-z'&.-]*\s+){1,12})[（(]\s*(?P<zh>[\u4e00-\u9fff]{2,16})\s*[)）]")
# the words of an English question (besides the lexicon's stopwords) that are not part of a unit's name
_ASKING_WORDS = frozenset({"whose", "many", "much", "tasks", "task", "led", "lead", "leads", "leading", "responsible", "involve", "involves",
                           "involved", "involving", "participate", "participates", "participating", "from", "than", "these", "those",
                           "only", "also", "both", "either", "no"})
_OWN_GLOSS = rx.lazy(r"(?P<en>[\"“'‘][^\"”'’（(]{1,60}[\"”'’]\s*)?[（(]\s*(?P<zh>[“\"]?[\u4e00-\u9fff]{2,16}[”\"]?)\s*[)）]")


# an English grouping word before a field the glossary translated (\x01…\x02 marks a glossary term): "by deadline",
# "per unit", "for each measure", "each measure" — not a deadline said by a value ("by the deadline of 2026")
_ENGLISH_GROUPING_WORDS = (r"(?<![a-z])(?:(?:grouped|broken\s+down|split(?:\s+up)?|sorted|organi[sz]ed|break(?:ing)?\s+(?:them\s+|it\s+)?down)\s+)?"
                           r"(?:by|per|for\s+each|for\s+every|in\s+each|each|every)\s+(?:the\s+)?")
_ENGLISH_GROUPING = rx.lazy(_ENGLISH_GROUPING_WORDS + r"\x01(?P<f>完成时限|工作措施|措施|责任单位|牵头单位|单位|部门)\x02(?!\s*(?:of\s+)?\x01?\s*20\d\d)")


@dataclass
class Vocabulary:
    """The ledger vocabulary and the lexicon the parser stages share."""

    ledger: Ledger
    lexicon: Lexicon
    max_chars: int = 500
    _vocab: set[str] = field(default_factory=set, init=False)
    _terms: frozenset[str] = field(default_factory=frozenset, init=False)

    def __post_init__(self) -> None:
        words = set(self.ledger.units)
        for t in self.ledger.tasks:
            words.update(quoted_terms(t.text))
        for m in self.ledger.measures:
            words.update(quoted_terms(m.title))
        self._terms = frozenset(w for w in words if w not in self.ledger.units) | frozenset(self.lexicon.dictionary) | frozenset(k for k, _ in self.lexicon.synonyms)
        add_words(words)
        add_words(a for a, _ in self.aliases if not a.isascii())
        add_words(k for k, _ in self.lexicon.synonyms)
        add_words(self.lexicon.dictionary)
        add_words(w for _, v in self.lexicon.synonyms for w in v.split() if w in self._ledger_text)
        vocab: set[str] = set()
        cut_passages([t.passage() for t in self.ledger.tasks])
        for t in self.ledger.tasks:
            vocab.update(passage_tokens(t.passage()))
        for k, v in self.lexicon.synonyms:
            vocab.update(tokenize(k))
            vocab.update(tokenize(v))
        self._vocab = vocab

    # ---------------------------------------------------------------- vocabulary
    @cached_property
    def texts(self) -> dict[str, str]:
        """Each task's text, normalised once (task id → text): what the per-question checks search."""
        return {t.id: normalize(t.text) for t in self.ledger.tasks}

    @cached_property
    def passages(self) -> dict[str, str]:
        """Each task's passage (measure title, text, units, deadline), normalised once."""
        return {t.id: normalize(t.passage()) for t in self.ledger.tasks}

    def tasks_with(self, word: str) -> int:
        """How many tasks' texts contain ``word``."""
        return sum(word in x for x in self.texts.values())

    @cached_property
    def _ledger_text(self) -> str:
        return normalize(" ".join(t.text + t.measure_title for t in self.ledger.tasks)).replace("“", "").replace("”", "")

    @cached_property
    def _quoted_titles(self) -> list[tuple[str, str, str]]:
        """Each measure title as written (normalised), without its quotes, and its quoted end ("“三省”服务") when that
        end belongs to this title alone — computed once, not per question (1,600 titles at ×100)."""
        rows = [(normalize(me.title), rx.sub(r"[“”\"]", "", normalize(me.title))) for me in self.ledger.measures]
        ends = [raw[raw.find("“"):] if raw.find("“") > 0 else "" for raw, _ in rows]
        alone = {end: sum(end in r for r, _ in rows) == 1 for end in set(ends) if end and len(end) >= 5}
        return [(raw, title, end if alone.get(end) else "") for (raw, title), end in zip(rows, ends, strict=True)]

    @cached_property
    def plain_texts(self) -> dict[str, str]:
        """Each task's text without spaces, commas, stops and quotes (task id → text): what a quotation is matched in."""
        return {i: rx.sub(r"[\s，,。、“”\"]", "", x) for i, x in self.texts.items()}

    @cached_property
    def unquoted_texts(self) -> dict[str, str]:
        """Each task's text without spaces and quotes (task id → text): where a title's quoted end is looked for."""
        return {i: rx.sub(r"[“”\"\s]", "", x) for i, x in self.texts.items()}

    @cached_property
    def title_grams(self) -> dict[str, frozenset[str]]:
        """Each measure title's 5-character runs (title → runs): a title said in part shares one with the question."""
        return {title: frozenset(title[i:i + 5] for i in range(len(title) - 4)) for _, title, _ in self._measure_titles}

    @cached_property
    def _measure_titles(self) -> list[tuple[int, str, str]]:
        return [(m.no, rx.sub(r"[“”\"]", "", normalize(m.title)), m.ledger) for m in self.ledger.measures]

    @cached_property
    def aliases(self) -> tuple[tuple[str, str], ...]:
        """(alias, canonical unit), longest first: the lexicon's aliases plus partial names.

        A partial name drops 省 and the office suffix (自然资源厅 → 自然资源) and is used only
        when the ledger's own text never contains it, so it cannot swallow a topic word.
        """
        out = dict(self.lexicon.unit_aliases)
        for unit in self.ledger.units:
            base = rx.sub(r"^(?:江西)?省", "", normalize(unit))
            for cut in (rx.sub(r"(?:厅|局|委|办|公司|中心|部门)$", "", base), base):
                if len(cut) >= 2 and cut not in self._ledger_text and cut not in out:
                    out[cut] = unit
        return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))

    @cached_property
    def unit_names(self) -> re.Pattern[str]:
        """Any unit's name or alias (longest first): "设区市电力主管部门" is a unit, not the noun 部门."""
        return rx.compile("|".join(re.escape(a) for a, _ in self.aliases))

    @cached_property
    def _self_intro(self) -> re.Pattern[str]:
        """"我们是省能源局的": the speaker's own unit after a self-introduction (group ``a``: the alias)."""
        return rx.compile(rf"(?:{self.g('self_intro').pattern})\s*(?P<a>{'|'.join(re.escape(a) for a, _ in self.aliases)})")

    @cached_property
    def _fuzzy_aliases(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        """One-character typos of office names (能原局 → 省能源局): a wrong character inside a 3–5 character alias ending in 局/厅/委/办."""
        out = []
        for alias, canonical in self.aliases:
            if not 3 <= len(alias) <= 5 or alias.isascii() or alias[-1] not in "局厅委办":
                continue
            # the level prefix is not a typo (市发改委 is a city's body, not 省发改委)
            variants = [re.escape(alias[:i]) + f"[^{re.escape(alias[i])}\ue000\ue001\\s，,。？?]" + re.escape(alias[i + 1:])
                        for i in range(len(alias) - 1) if not (i == 0 and alias[0] in "省各")]
            # never a national body's name read as a typo of the province's (国家发改委 is not 省发改委)
            out.append((rx.compile("(?<!国)(?<!国务)(?<!中)(?:" + "|".join(variants) + ")"), canonical))
        return tuple(out)

    @cached_property
    def _protected(self) -> tuple[str, ...]:
        """Ledger terms that contain a unit alias but are not units (网上国网, 国家能源局华中监管局 …)."""
        terms = set(self.lexicon.not_units)
        quoted = {normalize(q) for t in self.ledger.tasks for q in quoted_terms(t.text)}
        terms.update(nq for nq in quoted if any(a in nq and a != nq for a, _ in self.aliases))
        return tuple(sorted(terms, key=len, reverse=True))

    def covered(self, token: str) -> bool:
        """True when the token occurs in the ledger or in the lexicon's expansions."""
        return token in self._vocab or (token[:1].isdigit() and token in self._ledger_text)  # a figure the ledger states: 160千瓦

    @cached_property
    def _typo_index(self) -> dict[str, str]:
        """Each named ledger term (3–7 characters) under every one-character wildcard: 零?资 → 零投资. Ambiguous keys are dropped."""
        index: dict[str, str] = {}
        clash: set[str] = set()
        terms = {n for t in [*self._terms, *self._protected_terms()]
                 if 3 <= len(n := normalize(t)) <= 7 and rx.fullmatch(r"[\u4e00-\u9fff]+", n) and self.in_ledger(n)}
        for t in terms:
            for i in range(len(t)) if len(t) > 3 else (1, 2):  # a three-character term with its middle or last wrong (零头资, 临代证)
                key = t[:i] + "?" + t[i + 1:]
                if key in index and index[key] != t:
                    clash.add(key)
                index[key] = t
        # a long unit name with one character wrong after its first three ("设区市电力主管部分"): the unit — never its first
        # characters (市能源局 is a city's bureau, not 省能源局; "一下住建厅" is not a name)
        for u in self.ledger.units:
            if 6 <= len(n := normalize(u).lstrip("各")) <= 10 and rx.fullmatch(r"[\u4e00-\u9fff]+", n):
                for i in range(3, len(n)):
                    key = n[:i] + "?" + n[i + 1:]
                    if key in index and index[key] != n:
                        clash.add(key)
                    index[key] = n
        return {k: v for k, v in index.items() if k not in clash}

    @cached_property
    def _typo_heads(self) -> list[tuple[int, frozenset[str], frozenset[str]]]:
        """Per term length, longest first: the first characters of keys whose wildcard is not first, and the second
        characters of keys whose wildcard is — a window that starts with neither cannot be a term with one wrong character."""
        out = []
        for n in sorted({len(k) for k in self._typo_index}, reverse=True):
            keys = [k for k in self._typo_index if len(k) == n]
            out.append((n, frozenset(k[0] for k in keys if k[0] != "?"), frozenset(k[1] for k in keys if k[0] == "?")))
        return out

    def _protected_terms(self) -> list[str]:
        return [t for t in self.lexicon.not_units if self.in_ledger(normalize(t))]

    def fix_typos(self, text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """One wrong character in a named ledger term (零头资 → 零投资, 临带正 / 临代证 → 临代正), when only one term fits and the
        typed form is nowhere in the ledger. Returns the text and the (typed, term) pairs."""
        fixes: list[tuple[str, str]] = []
        for typed, meant in self.lexicon.homophones:  # "省住建厅牵投的任务": an operator word misheard or mistyped
            if typed in text and typed not in self._ledger_text:
                text = text.replace(typed, meant)
                fixes.append((typed, meant))
        index = self._typo_index
        if not index:
            return text, tuple(fixes)
        for n, heads, seconds in self._typo_heads:
            i = 0
            while i + n <= len(text):
                if text[i] not in heads and text[i + 1] not in seconds:
                    i += 1
                    continue
                w = text[i:i + n]
                hits = {index[k] for j in range(n) if (k := w[:j] + "?" + w[j + 1:]) in index}  # cheap lookups first
                last_wrong = n == 3 and len(hits) == 1 and w[:2] + "?" in index
                if len(hits) == 1 and w not in hits and rx.fullmatch(r"[\u4e00-\u9fff]+", w) \
                        and (not _FUNCTION_CHARS.intersection(w) or sounds_alike(w, next(iter(hits))))  \
                        and w not in self._ledger_text and not (last_wrong and not self._goes_on_as(next(iter(hits)), text[i + n:])):
                    term = hits.pop()
                    fixes.append((w, term))
                    text = text[:i] + term + text[i + n:]
                    i += n
                    continue
                i += 1
        return text, tuple(fixes)

    def _goes_on_as(self, term: str, after: str) -> bool:
        """True when the character after a typed word follows ``term`` somewhere in the ledger (quotes aside): "临代证小区"
        goes on as "临代正”小区" does; "项目年底" does not go on as "项目长”负责制" — it is another word, not a typo."""
        nxt = after.lstrip("“”\"' ")[:1]
        plain = self._ledger_text.replace("“", "").replace("”", "")
        return bool(nxt) and any(plain.startswith(nxt, k + len(term)) for k in (m.start() for m in rx.finditer(re.escape(term), plain)))

    def is_term(self, token: str) -> bool:
        """True for the ledger's own named terms (quoted phrases), the lexicon's domain words and colloquial keys."""
        return token in self._terms

    def in_ledger(self, phrase: str) -> bool:
        """True when the phrase occurs literally in some task text or measure title."""
        return bool(phrase) and phrase in self._ledger_text

    def g(self, name: str) -> Alternatives:
        return self.lexicon.grammar[name]


    def _english(self, norm: str) -> str:
        """Translate glossary words of a mostly-English question; '' when it is Chinese."""
        letters = sum(c.isascii() and c.isalpha() for c in norm)
        if letters < max(4, len(norm) // 2):
            return ""
        return self._glossed(self._own_gloss(norm))

    def _own_gloss(self, norm: str) -> str:
        """An English question that gives the ledger's own term in brackets ("the 'temporary-for-permanent' (临代正)
        compounds"): the term it typed is what it asks about; the English it glossed (quoted just before) is dropped."""
        def term(m: re.Match[str]) -> str:
            zh = rx.sub(r"[“”\"]", "", m.group("zh"))
            if not self.in_ledger(zh) and not self.is_term(zh):
                return m.group(0)
            return f" “{zh}” "
        out = _OWN_GLOSS.sub(term, norm)
        def unit(m: re.Match[str]) -> str:
            # "the State Grid branch (省电力公司)": the English before a unit's name in brackets is its gloss — dropped, so
            # that its words (grid, energy…) are never read as a topic; the words that ask stay
            if not any(a == m.group("zh") for a, _ in self.aliases):
                return m.group(0)
            words = m.group("en").split()
            while words and words[-1] not in _ASKING_WORDS and words[-1] not in self.lexicon.english_stopwords:
                words.pop()
            return " ".join(words) + f" {m.group('zh')} "
        return _UNIT_GLOSS.sub(unit, out)

    def _mixed(self, norm: str) -> str:
        """A Chinese question with English glossary words in it ("deadline是2025年底前、lead unit是省能源局的tasks"):
        the words read as their glossary terms; '' when there is none (other English words stay as they are)."""
        if not rx.search(r"[a-z]{3,}", norm) or not rx.search(r"[\u4e00-\u9fff]", norm):
            return ""
        out = self._glossed(norm)
        return out if rx.sub(r"\s+", "", out) != rx.sub(r"\s+", "", norm) else ""

    def _glossed(self, norm: str) -> str:
        out = rx.sub(r"(?<![a-z])(?:the )?end of (20\d\d)(?!\d)", r"\1年底前", f" {norm} ")  # "end of 2026" is the deadline 2026年底前
        for en, zh in self.lexicon.english:
            for said in dict.fromkeys((en, en.replace(" ", "-"))):  # "zero-investment" is the glossary's "zero investment"
                if said in out:  # whole words only: "handled by" is not "led by"
                    out = rx.sub(rf"(?<![a-z]){re.escape(said)}(?:e?s)?(?![a-z])", f"\x01{zh}\x02", out)
        # "count the tasks by deadline category" / "how many tasks does each measure have": a grouping said before a field is
        # a breakdown by it (按…), never dropped; a word that only names the field's values as a kind (category, type) goes
        out = _ENGLISH_GROUPING.sub(" \x01按\\g<f>统计\x02", out)
        out = rx.sub(_ENGLISH_GROUPING_WORDS + r"(?:responsible\s+)?(?:units?|departments?|agenc(?:y|ies)|bod(?:y|ies))(?![a-z])", " \x01按单位统计\x02", out)
        out = rx.sub(r"(?<=\x02)\s*(?:categor(?:y|ies)|types?|kinds?|classes|groups?)(?![a-z])", " ", out)
        # a glossary term next to Chinese the question typed joins it ("牵头单位是省能源局"); two terms stay apart
        out = rx.sub(r"\x02\s*(?=[\u4e00-\u9fff])", "", out)
        out = rx.sub(r"(?<=[\u4e00-\u9fff])\s*\x01", "", out)
        return rx.sub(r"[\x01\x02]", " ", out)

    @cached_property
    def _ledger_names(self) -> list[tuple[str, tuple[str, ...]]]:
        """How a question can name each of several loaded ledgers (id, 附件N, title)."""
        out = []
        for lid, title in self.ledger.parts:
            names = {normalize(lid)}
            if m := rx.fullmatch(r"l(\d+)", normalize(lid)):
                names.add(f"附件{m.group(1)}")
            if title:
                names.add(rx.sub(r"[“”\"]", "", normalize(title)))
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
