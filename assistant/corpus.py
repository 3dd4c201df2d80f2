"""The corpus folder as a set of ledger documents: validated ingest, kept versions, changes between versions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from assistant.diff import Change, diff_ledgers
from assistant.errors import AssistantError, InputFileError, StorageFull, StoreError
from assistant.ledger import AS_OF_SUFFIX, SUFFIXES, corpus_files, load
from assistant.records import Ledger, Task


@dataclass(frozen=True)
class IngestReport:
    """What :func:`ingest` did for each file."""

    added: tuple[str, ...]
    replaced: tuple[str, ...]
    unchanged: tuple[str, ...]
    warnings: tuple[str, ...]
    changes: tuple[tuple[str, int], ...]  # (ledger id, number of changed records)


def versions_dir(versions_root: Path, ledger_id: str) -> Path:
    """Where earlier versions of one ledger are kept (``<versions_root>/<ledger id>/``)."""
    return Path(versions_root) / ledger_id


def migrate_versions(index_dir: Path, versions_root: Path) -> int:
    """Move versions kept by older releases under ``<index_dir>/versions/`` to ``versions_root``; returns files moved.

    Run by a writer under the lock. Files already present at the destination are left where they are.
    """
    old = Path(index_dir) / "versions"
    if not old.is_dir() or old.resolve() == Path(versions_root).resolve():
        return 0
    moved = 0
    for sub in sorted(p for p in old.iterdir() if p.is_dir()):
        dest = Path(versions_root) / sub.name
        dest.mkdir(parents=True, exist_ok=True)
        for f in sorted(sub.iterdir()):
            if f.is_file() and not (dest / f.name).exists():
                shutil.move(str(f), str(dest / f.name))
                moved += 1
    shutil.rmtree(old, ignore_errors=True)
    return moved


def check_input(path: Path) -> Path:
    """A ledger document given on the command line: it must exist, be a file and have a known type (else exit 2)."""
    p = Path(path)
    if not p.exists():
        raise InputFileError(f"{p}: no such file; give the path of a ledger document (.txt, .docx or .xlsx)")
    if p.is_dir():
        raise InputFileError(f"{p}: is a folder; give ledger documents (.txt, .docx or .xlsx), e.g. {p}/*.docx")
    if p.suffix.lower() not in SUFFIXES:
        raise InputFileError(f"{p}: unsupported file type '{p.suffix or '(none)'}'; use .txt, .docx or .xlsx")
    return p


def _remove_leftovers(corpus: Path, versions_root: Path) -> None:
    """Temporary files of an ingest that was killed before its renames (we hold the lock: nobody else is writing)."""
    for folder in [corpus, *(p for p in versions_root.iterdir() if p.is_dir())] if versions_root.is_dir() else [corpus]:
        for tmp in folder.glob(".*.tmp") if folder.is_dir() else []:
            tmp.unlink(missing_ok=True)


def _disk_error(err: OSError, folder: Path) -> AssistantError:
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(f"no space left on the device holding {folder}/; nothing was changed — free some space and run the command again")
    return StoreError(f"cannot write to {folder}/ ({err.strerror or type(err).__name__}); nothing was changed — check the folder's permissions")


def _copy_synced(src: Path, dest: Path) -> None:
    """Copy ``src`` to ``dest`` (a temporary name) and flush it to the disk."""
    with open(src, "rb") as fin, open(dest, "wb") as fout:
        shutil.copyfileobj(fin, fout, 1 << 20)
        fout.flush()
        os.fsync(fout.fileno())
    shutil.copystat(src, dest)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _side(path: Path) -> Path:
    """The ``<file>.as-of`` file beside a ledger document (the date given to ``ingest --as-of``)."""
    return path.with_name(path.name + AS_OF_SUFFIX)


def _stage_as_of(staged: list[tuple[Path, Path, Path]], src: Path, final: Path, as_of: dt.date | None, scratch: Path) -> None:
    """Stage the as-of file that goes with ``final``: the date given now, else the one kept beside ``src``."""
    if as_of is not None:
        scratch.mkdir(parents=True, exist_ok=True)
        given = scratch / f"{final.name}{AS_OF_SUFFIX}"
        given.write_text(as_of.isoformat() + "\n", encoding="utf-8")
        src_side = given
    elif _side(src).is_file():
        src_side = _side(src)
    else:
        return
    staged.append((src_side, final.parent / f".{final.name}{AS_OF_SUFFIX}.{os.getpid()}.tmp", _side(final)))


def ingest(paths: list[Path], corpus_dir: Path, versions_root: Path, as_of: dt.date | None = None) -> IngestReport:
    """Validate every file first; then add new ledgers and replace changed ones (the old file is kept as a version).

    Atomic: a bad file rejects the whole call before anything is written; every new
    file and every kept copy is written under a temporary name in its own folder and
    flushed first, and only then renamed into place. Any error (a full disk
    included) leaves the corpus and the kept versions exactly as they were. Call it
    under :func:`assistant.lock.writer_lock`.

    ``as_of`` (``ingest --as-of``) is the as-of day of a progress column that has no date of its own;
    it is kept beside the document (``<file>.as-of``) and moves with it into the kept versions.
    """
    import tempfile

    paths = [check_input(p) for p in paths]
    _remove_leftovers(Path(corpus_dir), Path(versions_root))
    incoming = [(p, load(p, as_of)) for p in paths]  # raises on the first bad file: nothing written yet
    ids = [lg.id for _, lg in incoming]
    dup = next((i for i in ids if ids.count(i) > 1), None)
    if dup:
        raise InputFileError(f"{paths[ids.index(dup)]}: two of the files are ledger {dup}; ingest one version at a time")
    current = {}
    for f in corpus_files(corpus_dir):
        lg = load(f)
        current[lg.id] = (f, lg)
    by_name = {f.name: lid for lid, (f, _) in current.items()}
    corpus = Path(corpus_dir)
    added, replaced, unchanged, changes = [], [], [], []
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
    scratch = Path(tempfile.gettempdir()) / f"ledger-as-of-{os.getpid()}-{stamp}"  # made only when a date is given
    staged: list[tuple[Path, Path, Path]] = []  # (source, temporary file, final name)
    drop: list[Path] = []  # old documents whose name differs from their replacement's
    for path, lg in incoming:
        if by_name.get(path.name, lg.id) != lg.id:
            raise InputFileError(f"{path}: the corpus file {path.name} holds ledger {by_name[path.name]}, not {lg.id}; rename the new file")
        if lg.id in current:
            old_path, old = current[lg.id]
            if old.record_hash() == lg.record_hash() and old.title == lg.title:
                unchanged.append(str(path))
                continue
            keep = versions_dir(versions_root, lg.id)
            # written in this order: the new document is complete before the old one is copied to the kept versions
            staged.append((path, corpus / f".{path.name}.{os.getpid()}.tmp", corpus / path.name))
            _stage_as_of(staged, path, corpus / path.name, as_of, scratch)
            staged.append((old_path, keep / f".{stamp}-{old_path.name}.tmp", keep / f"{stamp}-{old_path.name}"))
            _stage_as_of(staged, old_path, keep / f"{stamp}-{old_path.name}", None, scratch)
            if old_path.name != path.name:
                drop.append(old_path)
                drop.append(_side(old_path))
            elif as_of is None and not _side(path).is_file() and _side(old_path).is_file():
                drop.append(_side(old_path))  # the new document carries its own date: the old date file goes with the old one
            changes.append((lg.id, len(diff_ledgers(old, lg))))
            replaced.append(str(path))
        else:
            added.append(str(path))
            staged.append((path, corpus / f".{path.name}.{os.getpid()}.tmp", corpus / path.name))
            _stage_as_of(staged, path, corpus / path.name, as_of, scratch)
    written: list[Path] = []
    try:
        for src, tmp, _ in staged:
            tmp.parent.mkdir(parents=True, exist_ok=True)
            written.append(tmp)
            _copy_synced(src, tmp)
    except OSError as err:
        for tmp in written:
            tmp.unlink(missing_ok=True)
        raise _disk_error(err, written[-1].parent if written else corpus) from err
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    # Everything is complete on the disk: rename into place, kept copies first (a crash in between
    # leaves one copy too many, never one too few), then the new documents, then drop replaced names.
    try:
        for _, tmp, final in sorted(staged, key=lambda s: s[2].parent == corpus):
            os.replace(tmp, final)
        for old_path in drop:
            old_path.unlink(missing_ok=True)
    except OSError as err:  # renames do not need space; this is a permission or device fault
        raise StoreError(f"cannot rename files into {corpus}/ ({err.strerror}); the new files are complete — "
                         "check the folder's permissions and run the command again") from err
    for folder in {final.parent for _, _, final in staged}:
        _fsync_dir(folder)
    warnings = tuple(w for _, lg in incoming for w in lg.warnings)
    return IngestReport(tuple(added), tuple(replaced), tuple(unchanged), warnings, tuple(changes))


def previous_version(versions_root: Path, ledger_id: str) -> Ledger | None:
    """The most recently replaced version of a ledger, if one was kept."""
    d = versions_dir(versions_root, ledger_id)
    files = sorted(p for p in d.iterdir() if p.suffix.lower() in SUFFIXES and not p.name.startswith(".")) if d.is_dir() else []
    return load(files[-1]) if files else None


def previous_ledgers(versions_root: Path, ledger: Ledger) -> dict[str, Ledger]:
    """The most recently replaced version of each loaded ledger that has one, by ledger id (ids local to it)."""
    parts = ledger.parts or ((ledger.id, ledger.title),)
    return {lid: old for lid, _ in parts if (old := previous_version(versions_root, lid)) is not None}


def changes_since_previous(versions_root: Path, ledger: Ledger) -> list[tuple[str, str, list[Change] | None]]:
    """For each loaded ledger: (id, title, changes from its previous version, or None when there is none)."""
    parts = ledger.parts or ((ledger.id, ledger.title),)
    out: list[tuple[str, str, list[Change] | None]] = []
    for lid, title in parts:
        old = previous_version(versions_root, lid)
        if old is None:
            out.append((lid, title, None))
            continue
        current = [t for t in ledger.tasks if t.ledger == lid] if ledger.parts else list(ledger.tasks)
        now = Ledger(title, ledger.source, (), tuple(dataclasses.replace(t, id=t.id.split(":", 1)[-1]) for t in current), id=lid)
        out.append((lid, title, diff_ledgers(old, now)))
    return out


def removed_tasks(versions_root: Path, ledger: Ledger) -> list[Task]:
    """Tasks of the previous kept version of each ledger that the current version removed.

    Rows are aligned by their text (as in :func:`assistant.diff.diff_ledgers`), so a
    row removed in the middle of a measure is reported, not the last row whose id
    it freed. Ids are those of the previous version, qualified (``L2:12.3``) when
    several ledgers are loaded.
    """
    out: list[Task] = []
    for lid, _title, changes in changes_since_previous(versions_root, ledger):
        for c in changes or []:
            if c.kind == "removed" and c.old is not None:
                out.append(dataclasses.replace(c.old, id=f"{lid}:{c.old.id}", ledger=lid) if ledger.parts else c.old)
    return out
