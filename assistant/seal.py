"""A verified embedded index, sealed: a warm start skips opening Chroma while nothing has changed.

Opening the embedded Chroma store (importing chromadb, opening the client, the cheap check of
:func:`assistant.index.open_index`) is most of a warm start, and the in-memory dense search never
needs Chroma afterwards: its vectors come from the :class:`assistant.vectors.VectorCache`. So after an
open that checked the store against the ledger (count, ids, hashes, self-retrieval), the index
folder's fingerprint — every file's path, size and modification time, taken once Chroma's own
writes on opening are done — is written beside the vector cache with the ledger's content hash and
the collection name. A later start whose ledger, collection and folder match it exactly takes the
vectors from the cache and opens Chroma only when something asks for it (an update, a check, a
query with ``LEDGER_DENSE_SEARCH=chroma``). Anything that wrote to the folder since — a build, an
ingest, another process opening the store, damage — changes the fingerprint, and the start opens
and checks the store as before (and seals it again).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class Seal:
    """What a checked open saw: the ledger, the collection and the index folder's files."""

    ledger_hash: str
    collection: str
    files: tuple[tuple[str, int, int], ...]  # (path inside the folder, size, mtime in ns), sorted

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Seal:
        d = json.loads(text)
        return cls(str(d["ledger_hash"]), str(d["collection"]), tuple((str(p), int(s), int(m)) for p, s, m in d["files"]))


def fingerprint(folder: str | Path) -> tuple[tuple[str, int, int], ...]:
    """Every file under ``folder`` with its size and modification time (empty when there is none)."""
    out: list[tuple[str, int, int]] = []
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            try:
                st = os.stat(path)
            except OSError:
                continue  # removed meanwhile: the fingerprint then differs from any seal
            out.append((os.path.relpath(path, folder), st.st_size, st.st_mtime_ns))
    return tuple(sorted(out))


def seal_path(kept_dir: str | Path, collection: str) -> Path:
    return Path(kept_dir) / f".sealed-{collection}.json"


def write_seal(kept_dir: str | Path, index_dir: str | Path, ledger_hash: str, collection: str) -> None:
    """Seal the index folder as it is now (call right after a checked open); atomic, best effort."""
    files = fingerprint(index_dir)
    if not files:
        return
    path = seal_path(kept_dir, collection)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(Seal(ledger_hash, collection, files).to_json(), "utf-8")
        os.replace(tmp, path)
    except OSError:  # a shortcut for the next start: never fail an open for it
        tmp.unlink(missing_ok=True)


def is_sealed(kept_dir: str | Path, index_dir: str | Path, ledger_hash: str, collection: str) -> bool:
    """True when the last checked open saw this ledger, this collection and the folder exactly as it is now."""
    try:
        seal = Seal.from_json(seal_path(kept_dir, collection).read_text("utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return seal.ledger_hash == ledger_hash and seal.collection == collection and seal.files == fingerprint(index_dir)
