"""Load the domain lexicon (``assistant/data/lexicon.toml``) once, compiled for matching."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from assistant import rx
from assistant.text import normalize


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return rx.compile("|".join(f"(?:{p})" for p in patterns))


_UNNAMED = rx.lazy(r"[(][?]P<[a-z_]+>")


class Alternatives:
    """Several patterns tried as one: ``search`` gives the leftmost match of any, ``sub`` applies each.

    Unlike one big alternation, each pattern may use the same group names (``(?P<by>…)``);
    ``pattern`` is the alternation without group names, for embedding in larger expressions.

    Each is compiled when first used, so start-up does not compile a thousand expressions the first answer never
    tries; and when no pattern has a group of its own (most groups), the alternation alone answers ``search`` — the
    single patterns are compiled only for ``sub`` and ``finditer``.
    """

    def __init__(self, patterns: list[str]) -> None:
        self.sources = tuple(patterns)
        self.pattern = "|".join(f"(?:{_UNNAMED.sub('(?:', p)})" for p in patterns)

    @cached_property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(rx.compile(p) for p in self.sources)

    @cached_property
    def _any(self) -> re.Pattern[str]:
        return rx.compile(self.pattern)

    @cached_property
    def _plain(self) -> bool:
        """No pattern has a group of its own: the alternation's match is the match of the pattern that wins."""
        return self._any.groups == 0 and not any("(?P<" in p for p in self.sources)

    def search(self, text: str) -> re.Match[str] | None:
        """The leftmost match of any pattern (the first pattern wins a tie)."""
        if not (m := self._any.search(text)) or self._plain:
            return m  # at the leftmost place the alternation tries the patterns in order, as the tie rule does
        hits = [m for p in self.patterns if (m := p.search(text))]
        return min(hits, key=lambda m: m.start()) if hits else None

    def finditer(self, text: str) -> list[re.Match[str]]:
        """Every match of every pattern (each pattern's own groups kept)."""
        return [m for p in self.patterns for m in p.finditer(text)]

    def sub(self, repl: str, text: str) -> str:
        """Replace every match of every pattern, one pattern after the other."""
        if not self._any.search(text):  # nothing matches (a replacement can only follow a match)
            return text
        for p in self.patterns:
            text = p.sub(repl, text)
        return text


@dataclass(frozen=True)
class Lexicon:
    """Compiled domain knowledge: aliases, intent and status cues, refusal triggers, expansions."""

    unit_aliases: tuple[tuple[str, str], ...]  # (normalised alias, canonical unit), longest first
    not_units: tuple[str, ...]
    intents: dict[str, re.Pattern[str]]
    status: dict[str, re.Pattern[str]]
    years: dict[str, int]
    injection: re.Pattern[str]
    oos_terms: tuple[str, ...]
    other_regions: tuple[str, ...]
    chitchat: re.Pattern[str]
    synonyms: tuple[tuple[str, str], ...]
    english: tuple[tuple[str, str], ...]
    english_stopwords: frozenset[str]
    english_asking: frozenset[str]
    generic: frozenset[str]
    #: words of talk about the question (instructions, politeness, scene-setting): never a topic, never a condition
    discourse: frozenset[str]
    #: words the tokenizer must keep whole
    dictionary: tuple[str, ...]
    #: operator words typed with a wrong character of the same sound (牵投 → 牵头): read as meant, and said so in the answer
    homophones: tuple[tuple[str, str], ...]
    messages: dict[str, str]
    #: question grammar: operator words, targets, follow-up markers, filler (compiled alternations)
    grammar: dict[str, Alternatives]
    #: declined request classes: (name, pattern, message)
    declines: tuple[tuple[str, re.Pattern[str], str], ...]
    #: decline classes matched on the question before contact numbers and codes are removed (户号…)
    raw_declines: frozenset[str]
    #: decline classes decided by the asking clause only (a story before the question may mention an outage or a price)
    asked_declines: frozenset[str]
    #: classes declined for their own part only: a ledger question after a topic switch is still answered
    partial_declines: frozenset[str]
    #: topic classes (outages…) whose words may be a task's own: a match made only of words the ledger has verbatim
    #: ("推广不停电抢修模式那项什么时候完成") does not decline
    topic_declines: frozenset[str]
    #: decline classes that apply only when the message (as typed) also matches their ``requires`` pattern
    decline_requires: dict[str, re.Pattern[str]]
    #: facts the ledger does not give: (pattern, what the ledger says instead)
    absent: tuple[tuple[re.Pattern[str], str], ...]


def parse_lexicon(raw: dict) -> Lexicon:
    """Build a :class:`Lexicon` from the TOML structure."""
    aliases: dict[str, str] = {}
    for canonical, names in raw["units"].items():
        if canonical == "not_units":
            continue
        for name in [canonical, *names]:
            aliases[normalize(name)] = canonical
    ref = raw["refuse"]
    return Lexicon(
        unit_aliases=tuple(sorted(aliases.items(), key=lambda kv: -len(kv[0]))),
        not_units=tuple(normalize(n) for n in raw["units"].get("not_units", [])),
        intents={k: _alternation(v) for k, v in raw["intents"].items()},
        status={k: _alternation(sorted(v, key=len, reverse=True)) for k, v in raw["status"].items()},  # 还没到期 before 还没到
        years=dict(raw["years"]),
        injection=_alternation(ref["injection"]),
        oos_terms=tuple(normalize(t) for t in ref["oos_terms"]),
        other_regions=tuple(normalize(t) for t in ref["other_regions"]),
        chitchat=_alternation(ref["chitchat"]),
        synonyms=tuple(sorted(((normalize(k), v) for k, v in raw["synonyms"].items()), key=lambda kv: -len(kv[0]))),
        english=tuple(sorted(((k.lower(), v) for k, v in raw["english"].items()), key=lambda kv: -len(kv[0]))),
        english_stopwords=frozenset(raw["english_stopwords"]["words"]),
        english_asking=frozenset(raw["english_asking"]["words"]),
        generic=frozenset(normalize(w) for w in raw.get("generic", {}).get("words", [])),
        discourse=frozenset(normalize(w) for w in raw.get("discourse", {}).get("words", [])),
        dictionary=tuple(raw.get("dictionary", {}).get("words", [])),
        homophones=tuple((normalize(k), v) for k, v in raw.get("homophones", {}).items()),
        messages=dict(raw["messages"]),
        grammar={k: Alternatives(v) for k, v in raw["grammar"].items()},
        declines=tuple((k, _alternation([*v.get("patterns", []), *_acts(v.get("acts", []))]), v["message"])
                       for k, v in raw["declines"].items()),
        raw_declines=frozenset(k for k, v in raw["declines"].items() if v.get("raw")),
        asked_declines=frozenset(k for k, v in raw["declines"].items() if v.get("asked")),
        partial_declines=frozenset(k for k, v in raw["declines"].items() if v.get("partial")),
        topic_declines=frozenset(k for k, v in raw["declines"].items() if v.get("topic")),
        decline_requires={k: _alternation(v["requires"]) for k, v in raw["declines"].items() if v.get("requires")},
        absent=tuple((rx.compile(a["pattern"]), a["detail"]) for a in raw.get("absent", [])),
    )


def _acts(acts: list[dict]) -> list[str]:
    """An act is any of its verbs followed, within ``gap`` characters, by any of its objects: 弄坏…采集终端,
    bypass … meter. Composed here so that a new verb covers every object (and the reverse) without a new phrasing."""
    return [f"(?:{'|'.join(a['verbs'])}).{{0,{int(a.get('gap', 10))}}}(?:{'|'.join(a['objects'])})" for a in acts]


@cache
def load_lexicon(path: str | None = None) -> Lexicon:
    """The packaged lexicon, or one at ``path``; parsed once per path."""
    text = Path(path).read_text("utf-8") if path else resources.files("assistant.data").joinpath("lexicon.toml").read_text("utf-8")
    if path:
        rx.trust(text)  # its patterns may be kept compiled (the packaged lexicon is trusted as the package's own data)
    return parse_lexicon(tomllib.loads(text))
