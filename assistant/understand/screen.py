"""Stage 1: screening — refusals decided before parsing, planted notices set aside, keyword frames."""

from __future__ import annotations

import re

from assistant import rx
from assistant.query import (
    Query,
)
from assistant.text import normalize
from assistant.understand.patterns import (
    _ONLY_PUNCT,
    _QUESTION,
    _asking_clause,
    _clauses,
)
from assistant.understand.vocabulary import Vocabulary

_TASK_ID_SAID = rx.lazy(r"(?<![\d.])\d{1,2}\s*[.．]\s*\d(?![\d.])|措施\s*\d|第\s*\S{1,3}\s*项")


# the words around a word repeated in brackets: "（正文出现10kV）", "（任务里写了“可靠性”三个字的）"
_RESTATED_CUES = rx.lazy(r"就算|就行|即可|也算|都算|都行|正文|原文|文中|文字|内容|任务|台账|里面?|中|出现(?:了|过)?|带(?:有|了)?|含有?|包含|写(?:了|有|着)?|提到(?:了)?|字样|这个词|二字|三个字|几个字|的")

class Screen(Vocabulary):
    # ---------------------------------------------------------------- refusals
    def _content(self, text: str, english: bool = False) -> list[str]:
        """The topic words of ``text`` (the targets stage, :meth:`assistant.understand.targets.Targets._content`)."""
        raise NotImplementedError

    def _without_ledger_phrases(self, text: str, shortest: int = 6) -> str:
        """``text`` with every stretch of ``shortest`` or more characters that the ledger has verbatim blanked out."""
        out, i = [], 0
        while i < len(text):
            j = i + shortest
            if j <= len(text) and text[i:j] in self._ledger_text:
                while j < len(text) and text[i:j + 1] in self._ledger_text:
                    j += 1
                out.append("某")  # one character, not a space: a decline pattern's \S-spans around it still match
                i = j
            else:
                out.append(text[i])
                i += 1
        return "".join(out)

    def _refusal(self, question: str, clean: str, norm: str, whole: str = "") -> Query | None:
        """A refusal decided before parsing, or None. ``whole`` is the message before a planted notice was set
        aside: what a class requires the message to carry (a link, an address) is looked for there too."""
        lx = self.lexicon
        if not clean.strip() or _ONLY_PUNCT.match(clean):
            return Query(question, refuse="empty")
        if len(rx.sub(r"\s+", " ", clean).strip()) > self.max_chars:
            return Query(question[:80], refuse="too_long")
        if self.g("markup").search(norm) and not rx.sub(r"<[^>]*>", "", norm).strip(" ;:'\"()alert0123456789"):
            return Query(question, refuse="empty")
        if not rx.search(r"[\w]", rx.sub(r"<[^>]*>|alert\(\S*\)|javascript:", "", norm)):
            return Query(question, refuse="empty")
        if lx.injection.search(norm):
            return Query(question, refuse="injection")
        if self.g("modify").search(norm):
            return Query(question, refuse="modify")
        ask = _asking_clause(norm)
        said = " ".join(self._said(norm))  # decided by what is asked
        ask_raw = _asking_clause(normalize(clean))
        said_raw = " ".join(self._said(normalize(clean)))
        # every question in a message is screened ("减收多少？免收的条件是什么？"): one declined part declines the message
        asks = " ".join(dict.fromkeys([*(c for c in _clauses(norm) if rx.search(r"[？?]\s*$", c)), ask]))
        asks_raw = " ".join(dict.fromkeys([*(c for c in _clauses(normalize(clean)) if rx.search(r"[？?]\s*$", c)), ask_raw]))
        parts = _clauses(norm)
        if len(parts) >= 2 and parts[-1] == ask and not any(len(c) >= 2 and self.covered(c) for c in self._content(ask)) \
                and not any(rx.fullmatch(r"[\u4e00-\u9fff]{4}", w) and w in self._ledger_text for w in (parts[-2][i:i + 4] for i in range(len(parts[-2]) - 3))):
            # "…停电到现在还没来电，到底什么时候能来？": a question with no topic of its own asks about the clause before it
            # (unless that clause quotes the ledger: "推广不停电抢修模式，什么时候完成？" names a task)
            asks, asks_raw = f"{asks} {parts[-2]}{ask}", f"{asks_raw} {parts[-2]}{ask_raw}"
        for name, pat, _ in lx.declines:
            text = (asks, asks_raw) if name in lx.asked_declines else (said, said_raw)
            hit = pat.search(text[0])  # (searched once; the raw text only when it differs)
            if name in lx.topic_declines and hit and not pat.search(self._without_ledger_phrases(text[0])) and not (
                    name in lx.raw_declines and pat.search(self._without_ledger_phrases(text[1]))):
                continue  # "推广不停电抢修模式那项什么时候完成": the words that looked declined are a task's own words
            if (hit or (name in lx.raw_declines and text[1] != text[0] and pat.search(text[1]))) and (
                    name not in lx.decline_requires or lx.decline_requires[name].search(normalize(clean))
                    or lx.decline_requires[name].search(whole)):
                return Query(question, refuse=f"decline:{name}")
        whole_said = " ".join(c for c in _clauses(norm) if not self.g("hearsay").search(c))
        if self.g("meta").search(_asking_clause(norm)):
            return Query(question, target="meta")
        if lx.chitchat.search(norm):
            return Query(question, refuse="oos", refuse_detail="闲聊不在台账范围内")
        for region in lx.other_regions:
            if region not in asks and region not in whole_said:
                continue
            owns = rx.search(re.escape(region) + r"\S{0,4}的?\S{0,10}(?:台账|文件|政策|规定|标准|方案|办法)", whole_said)
            if (region in asks or owns) and region not in self._ledger_text:  # any question of the message ("广东…是多少？跟江西比哪个高")
                return Query(question, refuse="oos", refuse_detail=f"台账只涉及江西省，不涉及“{region}”")
        asked = " ".join(c for c in _clauses(norm) if _QUESTION.search(c)) or norm
        unquoted = rx.sub(r"[“\"「『][^”\"」』]{0,80}[”\"」』]", " ", asked)  # what others wrote (quoted) is not asked
        for term in lx.oos_terms:
            if term in unquoted and term not in self._ledger_text:
                return Query(question, refuse="oos", refuse_detail=f"台账未载明“{term}”相关内容")
        requested = " ".join(c for c in _clauses(norm) if not _QUESTION.search(c) and self.g("request").search(c))
        for pat, detail in lx.absent:
            # decided by what is asked: the asking clause, or any clause that asks ("明天天气怎么样，适合去营业厅吗") or
            # requests ("…哪里能扫码用电？给我个具体地址")
            hit = pat.search(ask) or pat.search(asked) or pat.search(requested)
            if hit and not self.in_ledger(hit.group(0)):
                return Query(question, refuse="absent", refuse_detail=detail)
        return None

    def _said(self, norm: str) -> list[str]:
        """The clauses a decline is decided by: every clause but hearsay ("听说…", "我不会…"). In a story — several
        sentences before the question — only the sentences that ask something or say what the asker wants
        (``request``): what others did or what happened to the asker ("有的从路灯那里偷偷接…我可不敢") is context."""
        sentences = [s for s in rx.split(r"(?<=[。！!？?\n])", norm) if s.strip(" ，,。；;！!？?…:：\n")]
        if len(sentences) >= 3 and len(norm) >= 100:
            sentences = [s for s in sentences if _QUESTION.search(s) or self.g("request").search(s)]
        return [c for s in sentences for c in _clauses(s) if not self.g("hearsay").search(c)]

    def _restated_aside(self, text: str) -> str:
        """A word said twice: in brackets after it ("跟10kV有关的任务（正文出现10kV）") or as a heading before the
        question ("三零相关：正文带“三零”的任务"). The repeat only says how the word is meant; it is set aside — and when
        it names a shorter word than the one said ("跟供电可靠性有关的（正文提到可靠性）"), that word is the one meant."""
        for m in list(rx.finditer(r"[（(]([^（）()]{1,30})[)）]", text))[::-1]:
            inner = m.group(1)
            if rx.search(r"[“”\"「」]", inner) or not rx.search(r"正文|原文|文中|字样|出现|写|提到|带", inner) \
                    or rx.search(r"20\d\d|年底|时限|期限", inner):
                # "（任务里写了“可靠性”三个字的）": a quoted word in brackets says which word is meant; "（含2026年底）" bounds a time
                continue
            word = _RESTATED_CUES.sub("", inner).strip(" '")
            outside = text[: m.start()] + " " + text[m.end():]
            if len(word) < 2 or word not in outside:
                continue
            said = [k.group("kw") for pat in self.g("keyword_around").patterns for k in pat.finditer(outside)]
            longer = [k for k in said if word in k and word != k]
            text = outside.replace(longer[0], word, 1) if longer and word not in said else outside
        head = rx.match(r"\s*([^：:，,。？?！!\s]{2,14})[：:]", text)
        if head and (word := rx.sub(r"(?:相关|有关|方面|问题|类|的)+$", "", head.group(1)).strip("“”\"")) and len(word) >= 2 \
                and word in text[head.end():]:
            text = text[head.end():]
        return text

    def _keyword_around(self, text: str) -> str:
        """"与X有关/跟X相关" becomes a keyword, unless X names a unit or carries a negation (跟能源局不沾边)."""
        def repl(m: re.Match[str]) -> str:
            kw, asking = m.group("kw"), ""
            if m.start("kw") == m.start() and (lead := self.g("ask_prefix").search(kw)) and lead.end():
                asking, kw = kw[:lead.end()], kw[lead.end():]  # "帮我看看小区供电相关的任务": the words that ask stay outside
            parts = [p for p in rx.split(r"、|或者|或是|或", kw) if p]
            if len(kw) < 2 or (rx.search(r"[不没无非]", kw) and not self.in_ledger(kw)) or any(a in p and not self.in_ledger(p) for p in parts for a, _ in self.aliases) \
                    or rx.fullmatch(r"(?:台账(?:里|中)?)?(?:跟|和|与|同)?(?:我们|咱们|你们|他们|她们|它们|本单位|我单位|我司|我们单位|我们这边)", kw):
                return m.group(0)  # a unit named ("跟省能源局有关的"), or who asks ("跟我们有关的"), is no keyword
            if len(parts) >= 2 and all(len(p) >= 2 for p in parts):  # "跟充电桩、充电设施有关的": any of the topics listed
                return f"{asking} 提到" + "或".join(f"“{p}”" for p in parts)
            return f"{asking} 提到“{kw}”"

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
        clauses = rx.split(r"(?<=[。；;！!？?\n])|(?<=[.!?;]\s)", norm)
        own = [c for c in clauses if not marker.search(c) and not change.search(c) and _QUESTION.search(c)
               and (len(rx.findall(r"[\u4e00-\u9fff]", c)) >= 8 or len(rx.findall(r"[a-z]+", c)) >= 5)]  # a question of its own
        if any(rx.search(r"(?<![”\"」』])(?:这项|这个|该项|此项|这件|上述|这条)|它|\b(?:it|this|that|they|them)\b", c) for c in own) \
                or not any(any(len(w) >= 2 and self.covered(w) for w in self._content(c)) or _TASK_ID_SAID.search(c) for c in own):
            own = []  # "台账里这项工作…" / "台账上写的到底是多少千瓦？": the question points back at the notice's subject
        for clause in clauses:
            if own and (marker.search(clause) or change.search(clause)):
                continue  # the question stands on its own: the planted clause is dropped whole
            if marker.search(clause) or change.search(clause):
                clause = marker.sub(" ", clause)
                if m := change.search(clause):
                    rest = clause[m.end():]
                    tail = rx.search(r"[，,]\s*(?=[^，,]*(?:请|问|什么|哪|谁|几|多少|吗|呢|when|what|who|which|how|[？?]))", rest)
                    clause = clause[: m.start()] + (rest[tail.end():] if tail else "")
            out.append(clause)
        return rx.sub(r"\s+", " ", "".join(out)).strip(" ，,。:：；;"), True

