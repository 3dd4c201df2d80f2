"""One base exception; each subclass says what the person should do next."""

from __future__ import annotations


class AssistantError(Exception):
    """Base of every error meant for a person: ``str(err)`` is a one-line instruction."""

    exit_code = 1


class LedgerFormatError(AssistantError):
    """A ledger document could not be read into records."""

    exit_code = 3

    def __init__(self, path: str, line: int | None, problem: str, where: str = "") -> None:
        place = where or (f"{path}:{line}" if line else path)
        super().__init__(f"{place}: {problem} — fix the ledger file and run the command again")
        self.path, self.line, self.problem, self.where = path, line, problem, place


class InputFileError(AssistantError):
    """An input file (FAQ set, question batch) is unreadable or malformed."""

    exit_code = 2


class ConfigError(AssistantError):
    """A setting has an unusable value."""

    exit_code = 2


class BackendUnavailable(AssistantError):
    """An optional backend is not installed or cannot be reached."""

    exit_code = 4


class StoreError(AssistantError):
    """The vector store could not be opened, built or queried."""

    exit_code = 5


class WriterBusy(StoreError):
    """Another writer (ingest, index build) held the corpus/index lock for longer than the bounded wait."""


class StorageFull(StoreError):
    """The disk holding the corpus, kept versions or index ran out of space (nothing was changed)."""
