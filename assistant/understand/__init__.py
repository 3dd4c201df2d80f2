"""Question understanding: text (+ conversation state) → a typed :class:`~assistant.query.Query`.

The parser is compositional and deterministic:

1. input is cleaned (invisible and control characters removed, a flood of one character read as three) and checked for
   refusals (a message over the length limit as sent, before any pattern reads it);
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

from assistant.understand.dialogue import State, Understander
from assistant.understand.patterns import clean_input, over_limit
from assistant.understand.state import StateCache

__all__ = ["State", "StateCache", "Understander", "clean_input", "over_limit"]
