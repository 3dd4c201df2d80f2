"""The functions of :mod:`re` that take a pattern string, over a cache large enough for this package, kept on disk.

The parser writes its patterns where they are used (``rx.sub(r"…", …)`` beside the comment that says why): about 1,700
distinct ones over the FAQ sets. :mod:`re` keeps the last 512 compiled patterns and, when full, drops the oldest first, so a
long-running process compiled some of them again on almost every question. These functions have the signatures of their
namesakes in :mod:`re` and keep up to :data:`SIZE` compiled patterns, the least recently used dropped first.

Compiling is most of the cost of a fresh process's first questions (about 0.4 s for those 1,700 patterns, all in Python:
``re._parser`` and ``re._compiler``), and it gives the same result every time. :func:`keep_in` names a folder (the data
folder's ``cache/``) where what compiling yields — the engine's code for each pattern, which :mod:`pickle` cannot keep for a
compiled pattern — is kept in one file per Python build, edition of this package and ledger; a later process makes each pattern
from it with ``_sre.compile`` (microseconds) instead of compiling it again. The file is checked (its Python build, a CRC of
its contents) and ignored when anything is amiss, and a Python whose ``re`` has not these internals compiles as before.

Only patterns made of known text are kept: every word in a kept pattern (a run of letters, digits or CJK characters) occurs
in this package's own source or data or in a text passed to :func:`trust` (a lexicon of one's own). A pattern built from the
words of a question ("王小明\\s*的任务") is compiled as usual but never written down. (Nearly every pattern built from the
ledger's words is made of the lexicon's too: over the FAQ sets, one of 877 is not kept for want of the ledger's text.)
"""

from __future__ import annotations

import array
import atexit
import hashlib
import marshal
import os
import re
import sys
import threading
import zlib
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

SIZE = 4096
#: patterns the file keeps at most (the newest)
KEEP = 8192
#: patterns made since the last write that make a process write (or, made of a question's words, forget them)
FLUSH = 256
#: files kept in the folder (the newest): one per edition of the package and ledger
KEEP_FILES = 4

Pattern = str | re.Pattern[str]
Repl = str | Callable[[re.Match[str]], str]

try:  # CPython's own compiler (3.11+): the parse and code steps of re.compile, and the engine's constructor
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _TAG: str | None = f"{sys.implementation.name}-{'.'.join(map(str, sys.version_info[:3]))}-{_sre.MAGIC}-{_sre.CODESIZE}"
    _CODE = next(c for c in "HIL" if array.array(c).itemsize == _sre.CODESIZE)  # the engine's code unit
except (ImportError, AttributeError, StopIteration):  # another Python: compile as usual, keep nothing
    _TAG, _CODE = None, "I"

# (final flags, engine code as bytes, groups - 1, group index, index group)
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


class _Store:
    """Compiled patterns' code by (pattern, flags): those read from the file, and (fewer than :data:`FLUSH`) those made since."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read = _read(path)
        self.made: dict[tuple[str, int], Entry] = {}
        self.lock = threading.Lock()

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        entry = self.read.get((pattern, flags))
        if entry is None:
            entry = _code(pattern, flags)
            with self.lock:
                self.made[pattern, flags] = entry
                full = len(self.made) >= FLUSH
            if full:  # a long-running process writes as it goes (and forgets what may not be written)
                self.save()
        return _make(pattern, entry)

    def save(self) -> bool:
        """Write the file again if this process made a pattern of known text: atomic, best effort. True if written."""
        with self.lock:
            made = {k: e for k, e in self.made.items() if _known(k[0])}
            self.made.clear()
        if not made or not self.path.parent.parent.is_dir():  # nothing to add, or the data folder is gone
            return False
        kept = {**_read(self.path), **made}  # another process may have written meanwhile
        kept = dict(list(kept.items())[-KEEP:])  # the newest
        payload = marshal.dumps(kept)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(exist_ok=True)
            tmp.write_bytes(marshal.dumps((_TAG, zlib.crc32(payload), payload)))
            os.replace(tmp, self.path)
            for old in sorted(self.path.parent.glob("patterns-*.bin"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP_FILES:]:
                old.unlink(missing_ok=True)  # those of earlier editions of the package and of other ledgers
        except OSError:  # a cache: compiling keeps working
            tmp.unlink(missing_ok=True)
            return False
        self.read = kept
        return True


_store: list[_Store] = []
_trusted: list[str] = []


def keep_in(folder: str | Path, ledger: str = "") -> None:
    """Read and keep compiled patterns in ``folder`` (written every :data:`FLUSH` new ones, when the process ends and on
    :func:`save`), in a file of their own for each ``ledger`` (its content hash): some patterns are built from a ledger's
    words, and a process reads only those of the ledger it answers from."""
    if _TAG is None:
        return
    path = Path(folder) / f"patterns-{_TAG}-{_edition()}-{ledger[:12]}.bin"
    if _store and _store[0].path == path:
        return
    if _store:
        _store[0].save()
    else:
        atexit.register(save)
    _store[:] = [_Store(path)]
    compile.cache_clear()


def _edition() -> str:
    """A short fingerprint of this package's source and data files (name, size, modification time): a changed parser or
    lexicon starts a new file, so patterns no code writes any more are not carried from one version to the next."""
    here = Path(__file__).resolve().parent
    files = sorted([*here.rglob("*.py"), *here.rglob("*.toml")])
    stamp = [(str(f.relative_to(here)), st.st_size, st.st_mtime_ns) for f in files if (st := f.stat())]
    return hashlib.blake2b(repr(stamp).encode(), digest_size=6).hexdigest()


def save() -> bool:
    """Write the patterns this process compiled (of known text) to the folder named by :func:`keep_in`."""
    return bool(_store) and _store[0].save()


def trust(text: str) -> None:
    """Words of ``text`` (a lexicon of one's own) may appear in a kept pattern."""
    if text and text not in _trusted:
        _trusted[:] = [*_trusted[-3:], text]  # the last few (a process may load several)
        _known_text.cache_clear()
        _known.cache_clear()


@lru_cache(maxsize=SIZE)
def compile(pattern: Pattern, flags: int = 0) -> re.Pattern[str]:
    if isinstance(pattern, Lazy):
        return pattern.compiled()
    if _store and isinstance(pattern, str) and not int(flags) & re.DEBUG:
        return _store[0].compile(pattern, int(flags))
    return re.compile(pattern, flags)


_METHODS = ("search", "match", "fullmatch", "sub", "subn", "findall", "finditer", "split")


class Lazy:
    """A module's pattern, compiled (by :func:`compile`: from the kept file, once :func:`keep_in` has named it) when first
    used rather than at import, which comes before the data folder is known. ``pattern`` is there from the start (patterns
    are built from others' ``.pattern``); the first use of anything else (``search``, ``groups``…) compiles it and puts the
    compiled pattern's methods on the object itself, so later calls go straight to them."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self._flags = pattern, flags

    def compiled(self) -> re.Pattern[str]:
        done = compile(self.pattern, self._flags)
        for name in _METHODS:
            setattr(self, name, getattr(done, name))
        return done

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"rx.lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """:class:`Lazy`, typed as the compiled pattern it stands for."""
    return cast("re.Pattern[str]", Lazy(pattern, flags))


def _code(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` computes before it calls the engine (the same steps, kept)."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    index = [None] * p.state.groups
    for name, i in p.state.groupdict.items():
        index[i] = name
    return (int(flags | p.state.flags), array.array(_CODE, code).tobytes(), p.state.groups - 1, dict(p.state.groupdict),
            tuple(index))


def _make(pattern: str, entry: Entry) -> re.Pattern[str]:
    final, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, final, array.array(_CODE, code).tolist(), groups, groupindex, indexgroup)


def _read(path: Path) -> dict[tuple[str, int], Entry]:
    """The file's patterns; nothing when it is missing, of another Python build or damaged."""
    try:
        tag, crc, payload = marshal.loads(path.read_bytes())
        if tag != _TAG or zlib.crc32(payload) != crc:
            return {}
        kept = marshal.loads(payload)
        return kept if isinstance(kept, dict) else {}
    except (OSError, ValueError, EOFError, TypeError):
        return {}


_WORD = re.compile(r"\w{2,}")


@lru_cache(maxsize=1)
def _known_text() -> tuple[frozenset[str], str]:
    here = Path(__file__).resolve().parent
    own = [p.read_text("utf-8", errors="replace") for p in sorted([*here.rglob("*.py"), *here.rglob("*.toml")])]
    text = "\n".join([*own, *_trusted])
    return frozenset(re.findall(r"\w+", text)), text


@lru_cache(maxsize=SIZE)
def _known(pattern: str) -> bool:
    """Every word of ``pattern`` occurs in the package's source or data or in a trusted text."""
    words, text = _known_text()
    return all(w in words or w in text for w in _WORD.findall(pattern))


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
