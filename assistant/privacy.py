"""Personal data masked before it is stored or logged: phone numbers, ID numbers, 户号 and account numbers,
bank cards, e-mail addresses (the patterns are data: ``assistant/data/privacy.toml``).

:func:`mask` is the one function; the feedback store masks every question, comment, answer and history
with it before writing (and again when exporting, for rows written before masking existed), and the
project's loggers carry :class:`MaskFilter` (get them through :func:`logger`).
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

#: keys of structured data that hold this program's signed answer ids (hex that masking could break)
KEEP_KEYS = frozenset({"answer_id"})
#: full-width ASCII (１３９…, ＠) read as ASCII while matching; one character for one, so positions agree
_HALF = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


@dataclass(frozen=True)
class Pattern:
    """One kind of personal data and how much of it stays readable."""

    name: str
    regex: re.Pattern[str]
    style: str  # "digits" or "email"
    head: int = 0
    tail: int = 0

    def hide(self, text: str) -> str:
        """``text`` (one match) masked."""
        if self.style == "email":
            name, _, domain = text.partition("@")
            return f"{name[:1]}***@{domain}"
        where = [i for i, c in enumerate(text) if c.isdigit() or c in "Xx"]
        n = len(where)
        starred = max(min(4, n), -(-n // 3))  # at least 4 digits (or all of fewer) and a third
        head, tail = self.head, self.tail
        while n - head - tail < starred and (head or tail):
            head, tail = (head - 1, tail) if head else (head, tail - 1)
        hidden = set(where[head:n - tail])
        return "".join("*" if i in hidden else c for i, c in enumerate(text))


@cache
def patterns() -> tuple[Pattern, ...]:
    """The patterns of ``assistant/data/privacy.toml``, in order."""
    data = tomllib.loads(resources.files("assistant.data").joinpath("privacy.toml").read_text("utf-8"))
    return tuple(Pattern(p["name"], re.compile(p["regex"]), p["style"], p.get("head", 0), p.get("tail", 0)) for p in data["pattern"])


def mask(text: str) -> str:
    """``text`` with every phone number, ID number, 户号/account number, bank card and e-mail address masked:
    ``13912345678`` → ``139****5678``, ``360102199001011234`` → ``3601**********1234``, ``alice@example.com`` → ``a***@example.com``."""
    if not text or not any(c.isdigit() or c in "@＠" for c in text):
        return text
    for p in patterns():
        probe = text.translate(_HALF)
        parts, last = [], 0
        for m in p.regex.finditer(probe):
            start, end = m.span("v") if "v" in p.regex.groupindex and m.group("v") is not None else m.span()
            if _beside_mask(probe, start, end):  # the rest of a number an earlier pattern masked: leave it so
                continue
            parts += [text[last:start], p.hide(text[start:end])]
            last = end
        if parts:
            text = "".join([*parts, text[last:]])
    return text


def _beside_mask(text: str, start: int, end: int) -> bool:
    return "*" in text[:start].rstrip(" -")[-1:] + text[end:].lstrip(" -")[:1]


def mask_data(value: Any) -> Any:
    """``value`` (JSON-like: dicts, lists, strings) with every string masked, identifiers (:data:`KEEP_KEYS`) left as they are."""
    if isinstance(value, str):
        return mask(value)
    if isinstance(value, dict):
        return {k: v if k in KEEP_KEYS else mask_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [mask_data(v) for v in value]
    return value


class MaskFilter(logging.Filter):
    """Masks a log record's message (arguments merged in), exception text and stack before any handler sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # arguments that do not fit the format: keep both, masked
            message = f"{record.msg} {record.args}"
        record.msg, record.args = mask(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True


_FILTER = MaskFilter()


def logger(name: str) -> logging.Logger:
    """The logger ``name`` with :class:`MaskFilter` on it: every project logger is got through here."""
    log = logging.getLogger(name)
    if _FILTER not in log.filters:
        log.addFilter(_FILTER)
    return log


def mask_logs(*names: str) -> None:
    """Put :class:`MaskFilter` on other loggers too (uvicorn's, whose access log shows query strings)."""
    for name in names:
        logger(name)
