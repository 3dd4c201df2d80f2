"""The functions of :mod:`re` that take a pattern string, over a cache large enough for this package.

The parser writes its patterns where they are used (``rx.sub(r"…", …)`` beside the comment that says why): about 1,700
distinct ones over the FAQ sets. :mod:`re` keeps the last 512 compiled patterns and, when full, drops the oldest first, so a
long-running process compiled some of them again on almost every question. These functions have the signatures of their
namesakes in :mod:`re` and keep up to :data:`SIZE` compiled patterns, the least recently used dropped first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

SIZE = 4096

Pattern = str | re.Pattern[str]
Repl = str | Callable[[re.Match[str]], str]


@lru_cache(maxsize=SIZE)
def compile(pattern: Pattern, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def search(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    return compile(pattern, flags).search(string)


def match(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    return compile(pattern, flags).fullmatch(string)


def sub(pattern: Pattern, repl: Repl, string: str, count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern: Pattern, repl: Repl, string: str, count: int = 0, flags: int = 0) -> tuple[str, int]:
    return compile(pattern, flags).subn(repl, string, count)


def findall(pattern: Pattern, string: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def finditer(pattern: Pattern, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return compile(pattern, flags).finditer(string)


def split(pattern: Pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list[str | Any]:
    return compile(pattern, flags).split(string, maxsplit)
