"""The corpus folder as a set of ledger documents: validated ingest, kept versions, changes between versions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from assistant.diff import Change, diff_ledgers
from assistant.errors import LedgerFormatError
from assistant.ledger import SUFFIXES, corpus_files, load
from assistant.records import Ledger


@dataclass(frozen=True)
class IngestReport:
    """What :func:`ingest` did for each file."""

    added: tuple[str, ...]
    replaced: tuple[str, ...]
    unchanged: tuple[str, ...]
    warnings: tuple[str, ...]
    changes: tuple[tuple[str, int], ...]  # (ledger id, number of changed records)


def versions_dir(index_dir: Path, ledger_id: str) -> Path:
    """Where earlier versions of one ledger are kept."""
    return Path(index_dir) / "versions" / ledger_id


def ingest(paths: list[Path], corpus_dir: Path, index_dir: Path) -> IngestReport:
    """Validate every file first; then add new ledgers and replace changed ones (the old file is kept as a version).

    A bad file rejects the whole call before anything is written.
    """
    for p in paths:
        if p.suffix.lower() not in SUFFIXES:
            raise LedgerFormatError(str(p), None, f"unsupported file type '{p.suffix}' (use .txt, .docx or .xlsx)")
    incoming = [(p, load(p)) for p in paths]  # raises on the first bad file: nothing written yet
    ids = [lg.id for _, lg in incoming]
    dup = next((i for i in ids if ids.count(i) > 1), None)
    if dup:
        raise LedgerFormatError(str(paths[ids.index(dup)]), None, f"two of the files are ledger {dup}; ingest one version at a time")
    current = {}
    for f in corpus_files(corpus_dir):
        lg = load(f)
        current[lg.id] = (f, lg)
    added, replaced, unchanged, changes = [], [], [], []
    Path(corpus_dir).mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
    for path, lg in incoming:
        if lg.id in current:
            old_path, old = current[lg.id]
            if old.content_hash() == lg.content_hash() and old.title == lg.title:
                unchanged.append(str(path))
                continue
            keep = versions_dir(index_dir, lg.id)
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy2(old_path, keep / f"{stamp}-{old_path.name}")
            old_path.unlink()
            changes.append((lg.id, len(diff_ledgers(old, lg))))
            replaced.append(str(path))
        else:
            added.append(str(path))
        shutil.copy2(path, Path(corpus_dir) / path.name)
    warnings = tuple(w for _, lg in incoming for w in lg.warnings)
    return IngestReport(tuple(added), tuple(replaced), tuple(unchanged), warnings, tuple(changes))


def previous_version(index_dir: Path, ledger_id: str) -> Ledger | None:
    """The most recently replaced version of a ledger, if one was kept."""
    d = versions_dir(index_dir, ledger_id)
    files = sorted(p for p in d.iterdir() if p.suffix.lower() in SUFFIXES) if d.is_dir() else []
    return load(files[-1]) if files else None


def changes_since_previous(index_dir: Path, ledger: Ledger) -> list[tuple[str, str, list[Change] | None]]:
    """For each loaded ledger: (id, title, changes from its previous version, or None when there is none)."""
    parts = ledger.parts or ((ledger.id, ledger.title),)
    out: list[tuple[str, str, list[Change] | None]] = []
    for lid, title in parts:
        old = previous_version(index_dir, lid)
        if old is None:
            out.append((lid, title, None))
            continue
        current = [t for t in ledger.tasks if t.ledger == lid] if ledger.parts else list(ledger.tasks)
        now = Ledger(title, ledger.source, (), tuple(dataclasses.replace(t, id=t.id.split(":", 1)[-1]) for t in current), id=lid)
        out.append((lid, title, diff_ledgers(old, now)))
    return out
