"""Question understanding: intent, entities and filters, refusals, follow-up context.

Everything here is deterministic and works on the normalised question against
the lexicon (data) and dictionaries built from the parsed ledger.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from assistant.lexicon import Lexicon
from assistant.records import Ledger
from assistant.text import add_words, cn_number, normalize, passage_tokens, quoted_terms, tokenize

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ONLY_PUNCT = re.compile(r"^[\W_\s]*$", re.UNICODE)
_YEAR = re.compile(r"(20\d{2})\s*年?(?:年底|底|末)?(?:之前|以前|前)?")
_TASK_ID = re.compile(r"(?:\b([a-z][\w-]{0,23})\s*[:：]\s*)?(?<![\d.])(\d{1,4})\s*[.．]\s*(\d{1,2})(?![\d.%])")
_MEASURE_NO = re.compile(
    r"第\s*([0-9一二三四五六七八九十两]{1,3})\s*(?:项|条|个|大)?\s*(?:工作)?措施|措施\s*([0-9一二三四五六七八九十两]{1,3})(?!\s*[.．]\d)"
    r"|measure\s*(?:no\.?\s*)?(\d{1,2})"
)
_FOLLOWUP = re.compile(r"^(?:那|那么|那个|这个|它|它们|这项|那项|该项|其中|这些|那些|上面|上述|刚才|and |what about|then )|它|这项|那项|该项|该任务|这个任务|其中|上述|上面这|刚才|\bit\b|\bthat\b|\bthose\b|呢[？?]?$")
_ASCII_WORDS = re.compile(r"[a-z][a-z\-']+")


@dataclass(frozen=True)
class Query:
    """What a question asks, as the rules need it.

    ``intent`` is one of ``responsible``, ``deadline``, ``measure_of``,
    ``which_task``, ``list``, ``count``, ``days_left``, ``figure``, ``changes``, ``lookup``;
    ``refuse`` names a refusal reason (``empty``, ``too_long``, ``control``,
    ``injection``, ``oos``, ``no_subject``) or is None.
    """

    question: str
    intent: str = "lookup"
    units: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    status: str | None = None
    measures: tuple[int, ...] = ()
    ledgers: tuple[str, ...] = ()
    task_ids: tuple[str, ...] = ()
    completion: bool = False
    followup: bool = False
    intent_explicit: bool = False
    wants_measures: bool = False
    wants_units: bool = False
    search_text: str = ""
    content: tuple[str, ...] = ()
    refuse: str | None = None
    refuse_detail: str = ""

    @property
    def has_filters(self) -> bool:
        """True when the question restricts the set of tasks by unit, deadline, status or measure."""
        return bool(self.units or self.years or self.status or self.measures or self.ledgers)


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
        add_words(a for a, _ in self.lexicon.unit_aliases if not a.isascii())
        add_words(k for k, _ in self.lexicon.synonyms)
        vocab: set[str] = set()
        for t in self.ledger.tasks:
            vocab.update(passage_tokens(t.passage()))
        for k, v in self.lexicon.synonyms:
            vocab.update(tokenize(k))
            vocab.update(tokenize(v))
        self._vocab = vocab

    @cached_property
    def _ledger_text(self) -> str:
        return normalize(" ".join(t.text + t.measure_title for t in self.ledger.tasks))

    @cached_property
    def _measure_titles(self) -> list[tuple[int, str]]:
        return [(m.no, re.sub(r"[“”\"]", "", normalize(m.title))) for m in self.ledger.measures]

    def covered(self, token: str) -> bool:
        """True when the token occurs in the ledger or in the lexicon's expansions."""
        return token in self._vocab

    # ---------------------------------------------------------------- parse
    def parse(self, question: str, today: dt.date) -> Query:
        """Understand one question on its own (follow-up merging is :meth:`merge`)."""
        lx = self.lexicon
        if question is None or not question.strip() or _ONLY_PUNCT.match(question):
            return Query(question or "", refuse="empty")
        if len(question) > self.max_chars:
            return Query(question[:80], refuse="too_long")
        if _CONTROL.search(question):
            return Query(question, refuse="control")
        norm = normalize(question)
        if lx.injection.search(norm):
            return Query(question, refuse="injection")
        if lx.chitchat.search(norm):
            return Query(question, refuse="oos", refuse_detail="闲聊不在台账范围内")
        for region in lx.other_regions:
            if region in norm and region not in self._ledger_text:
                return Query(question, refuse="oos", refuse_detail=f"台账只涉及江西省，不涉及“{region}”")
        for term in lx.oos_terms:
            if term in norm and term not in self._ledger_text:
                return Query(question, refuse="oos", refuse_detail=f"台账未载明“{term}”相关内容")

        rest = norm
        english = self._english(norm)
        if english:
            rest = english
        for phrase in lx.not_units:
            rest = rest.replace(phrase, " ")
        units: list[str] = []
        for alias, canonical in lx.unit_aliases:
            if alias in rest:
                if canonical not in units:
                    units.append(canonical)
                rest = rest.replace(alias, " ")

        ledgers: list[str] = []
        for lid, names in self._ledger_names:
            if any(n in rest for n in names):
                ledgers.append(lid)
                for n in names:
                    rest = rest.replace(n, " ")
        task_ids = []
        for m in _TASK_ID.finditer(rest):
            found = self._task_ids(m.group(1), f"{int(m.group(2))}.{int(m.group(3))}", ledgers)
            if found:
                task_ids.extend(found)
                rest = rest.replace(m.group(0), " ")

        measures: list[int] = []
        for m in _MEASURE_NO.finditer(rest):
            no = cn_number(next(g for g in m.groups() if g))
            if no and self.ledger.measure(no):
                measures.append(no)
        rest = _MEASURE_NO.sub(" ", rest)
        for no, title in self._measure_titles:
            if title in rest or (len(title) >= 6 and _longest_common(title, rest) >= max(5, int(len(title) * 0.7))):
                if no not in measures:
                    measures.append(no)
                rest = rest.replace(title, " ")

        status = None
        status_rest = rest
        for key, pat in lx.status.items():
            if pat.search(rest):
                status = key
                status_rest = pat.sub(" ", rest)
                break
        years: list[int] = []
        for m in _YEAR.finditer(status_rest):
            years.append(int(m.group(1)))
        for word, offset in lx.years.items():
            if word in status_rest:
                years.append(today.year + offset)
        rest, status_rest = (_strip_years(x, lx.years) for x in (rest, status_rest))
        if status:
            # A status word is a filter only for lists and counts or when nothing else is asked
            # ("超期预警" is a task's topic, "已经超期的任务" a filter).
            intent_with = _choose_intent(self._cues(status_rest), True, status_rest, bool(self._content(status_rest, bool(english))))
            if intent_with in ("list", "count") or not self._content(status_rest, bool(english)):
                rest = status_rest
            else:
                status = None
        found = self._cues(rest)
        has_filters = bool(units or years or status or measures or task_ids or ledgers)
        content = self._content(rest, bool(english))
        intent = _choose_intent(found, has_filters, rest, bool(content))
        completion = bool(found.get("completion"))
        expansions = [v for k, v in lx.synonyms if k in norm]
        extra = [t for t in tokenize(rest, normalized=True) if len(t) == 1 and not t.isascii() and t not in lx.generic]
        search_text = " ".join([*content, *extra, *expansions]) if content or expansions else ""
        wants_measures = bool(re.search(r"措施", norm)) and not re.search(r"任务", norm)
        wants_units = bool(re.search(r"单位|部门|units|agencies", norm)) and not re.search(r"任务", norm) and not units
        return Query(
            question=question,
            intent=intent,
            units=tuple(units),
            years=tuple(dict.fromkeys(years)),
            status=status,
            measures=tuple(measures),
            ledgers=tuple(ledgers),
            task_ids=tuple(task_ids),
            completion=completion,
            followup=bool(_FOLLOWUP.search(norm)),
            intent_explicit=intent != "lookup",
            wants_measures=wants_measures,
            wants_units=wants_units,
            search_text=search_text,
            content=content,
        )

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

    def _task_ids(self, prefix: str | None, local: str, ledgers: list[str]) -> list[str]:
        """Ids for a task reference: plain in a single ledger, qualified (L2:3.1) when several are loaded."""
        if not self.ledger.parts:
            return [local] if self.ledger.task(local) else []
        if prefix:
            lid = next((p for p, _ in self.ledger.parts if normalize(p) == prefix), None)
            return [f"{lid}:{local}"] if lid and self.ledger.task(f"{lid}:{local}") else []
        pool = ledgers or [p for p, _ in self.ledger.parts]
        return [f"{lid}:{local}" for lid in pool if self.ledger.task(f"{lid}:{local}")]

    def _cues(self, text: str) -> dict[str, re.Match[str] | None]:
        return {name: pat.search(text) for name, pat in self.lexicon.intents.items()}

    def _content(self, text: str, english: bool = False) -> tuple[str, ...]:
        """Topic tokens: what is left once entities, cues and generic words are removed.

        Single characters are too vague to name a topic; in an English question the
        words the glossary could not translate cannot match the Chinese ledger.
        """
        lx = self.lexicon
        for pat in lx.intents.values():
            text = pat.sub(" ", text)
        return tuple(
            t for t in tokenize(text, normalized=True)
            if len(t) >= 2 and t not in lx.generic and t not in lx.english_stopwords and not t.isdigit()
            and not (english and t.isascii() and t.isalpha())
        )

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

    # ---------------------------------------------------------------- merge
    def merge(self, query: Query, previous: Query | None) -> Query:
        """Fill what a follow-up question leaves out from the previous question.

        "什么时候完成？" after "便民接电点是哪项任务？" keeps the previous subject;
        "其中2025年底前的呢？" narrows the previous list; "那省能源局呢？" keeps the
        previous intent with a new unit.
        """
        if previous is None or query.refuse or previous.refuse:
            return query
        own_subject = bool(query.content or query.task_ids)
        if own_subject and not query.followup:
            return query
        changes: dict = {"followup": True}
        if not query.intent_explicit:
            changes["intent"] = previous.intent
            changes["completion"] = query.completion or previous.completion
        if not own_subject:
            changes["task_ids"] = previous.task_ids
            changes["content"] = previous.content
            changes["search_text"] = previous.search_text
        narrowing = "其中" in query.question or "这些" in query.question or query.intent in ("list", "count")
        if previous.intent in ("list", "count") and (narrowing or not query.intent_explicit):
            changes["units"] = tuple(dict.fromkeys(previous.units + query.units)) if "其中" in query.question else (query.units or previous.units)
            changes["years"] = query.years or previous.years
            changes["status"] = query.status or previous.status
            changes["measures"] = query.measures or previous.measures
            changes["ledgers"] = query.ledgers or previous.ledgers
            if not query.intent_explicit:
                changes["intent"] = previous.intent
        elif not own_subject:
            changes["units"] = query.units or previous.units
            changes["measures"] = query.measures or previous.measures
            changes["ledgers"] = query.ledgers or previous.ledgers
        return replace(query, **changes)


def _strip_years(text: str, relative: dict[str, int]) -> str:
    text = _YEAR.sub(" ", text)
    for word in relative:
        text = re.sub(f"{word}(?:年底|年末|底|末)?(?:之前|以前|前)?", " ", text)
    return text


def _longest_common(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _choose_intent(found: dict[str, re.Match | None], has_filters: bool, rest: str, has_content: bool = False) -> str:
    """The intent; lists and counts need a word for tasks, or filters and no topic of their own."""
    about_tasks = bool(re.search(r"任务|措施|项|task|measure", rest))
    if found.get("changes"):
        return "changes"
    if found.get("days_left"):
        return "days_left"
    if re.search(r"(?:几|多少)(?:个|家)?(?:责任)?(?:单位|部门)", rest):
        return "count"  # "有几个责任单位" counts units, it does not ask who is responsible
    if found.get("responsible"):
        return "responsible"
    if found.get("measure_of"):
        return "measure_of"
    if found.get("which_task"):
        return "which_task"
    if found.get("figure") and re.search(r"工作日|千瓦|working days|办电时", rest):
        return "figure"
    if found.get("count") and (about_tasks or re.search(r"单位|部门", rest)):
        return "count"
    if found.get("list") and (about_tasks or (has_filters and not has_content)):
        return "list"
    if found.get("deadline"):
        return "deadline"
    if found.get("figure"):
        return "figure"
    return "lookup"
