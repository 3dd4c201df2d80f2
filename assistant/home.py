"""The data folder on first use: the packaged seed ledger becomes the default corpus.

The seed ledger ships inside the wheel as the package ``assistant.seed`` (built
from the repository's top-level ``corpus/`` folder, see pyproject.toml). It is
only ever read: on first use without ``LEDGER_CORPUS_DIR`` it is copied into
``<home>/corpus``, where ``ingest`` can then add and replace documents.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from assistant.errors import ConfigError
from assistant.ledger import SUFFIXES, corpus_files
from assistant.settings import Settings


def seed_files() -> list[Traversable]:
    """The packaged seed ledger documents (from a source checkout: the repository's ``corpus/``)."""
    try:
        root: Traversable = resources.files("assistant.seed")
    except ModuleNotFoundError:  # running from a source tree that was never installed
        root = Path(__file__).resolve().parent.parent / "corpus"
    files = sorted((f for f in root.iterdir() if f.is_file() and Path(f.name).suffix.lower() in SUFFIXES), key=lambda f: f.name)
    return files


def prepare(settings: Settings, *, ingesting: bool = False) -> Path:
    """Make the corpus folder ready to read and return it.

    An explicit ``LEDGER_CORPUS_DIR`` must exist and hold a ledger (else :class:`ConfigError`, exit 2),
    unless ``ingesting``: ``ingest`` may fill a new or empty folder.
    The default ``<home>/corpus`` receives the packaged seed when it holds no ledger yet. The
    tokenizer's cache goes under ``<home>/cache`` (the compiled patterns too, :meth:`assistant.core.Assistant.from_settings`),
    so nothing is written outside the data folder.
    """
    from assistant import text

    text.set_cache_dir(settings.home / "cache")
    corpus = settings.corpus_dir
    if not settings.is_default("corpus_dir"):
        if ingesting:
            return corpus
        if not corpus.is_dir():
            raise ConfigError(f"the corpus folder {corpus} does not exist; set LEDGER_CORPUS_DIR (or --corpus-dir) to a folder "
                              "holding the ledger documents, or unset it to use the packaged ledger")
        if not corpus_files(corpus):
            raise ConfigError(f"the corpus folder {corpus} holds no ledger (*.txt, *.docx, *.xlsx); put the ledger there, "
                              "or point LEDGER_CORPUS_DIR (or --corpus-dir) at the folder that holds it")
        return corpus
    if not corpus_files(corpus):
        _copy_seed(corpus)
    return corpus


def _copy_seed(corpus: Path) -> None:
    """Copy each seed document atomically (a concurrent first start sees a whole file or none)."""
    try:
        corpus.mkdir(parents=True, exist_ok=True)
        for src in seed_files():
            fd, tmp = tempfile.mkstemp(dir=corpus, prefix=".seed-", suffix=".part")
            try:
                with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
                    shutil.copyfileobj(inp, out)
                os.replace(tmp, corpus / src.name)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
    except OSError as err:
        raise ConfigError(f"cannot set up the data folder {corpus.parent} ({err.strerror}); "
                          "set LEDGER_HOME to a writable folder") from err
