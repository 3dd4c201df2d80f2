"""Shared fixtures: the seed ledger, and one real assistant on a real embedded Chroma store."""

from __future__ import annotations

import datetime as dt
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.core import Assistant
from assistant.ledger import load
from assistant.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "ledger-2-getting-electricity.txt"
TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="session", autouse=True)
def data_home(tmp_path_factory) -> Iterator[Path]:
    """Every test (and every process a test starts) keeps its data folder in a temporary folder, never the user's."""
    home = tmp_path_factory.mktemp("ledger-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LEDGER_HOME", str(home))
        mp.setenv("LEDGER_CACHE_DIR", str(home / "cache"))  # one uncompressed copy of the encoder's weights for every workspace
        yield home


@pytest.fixture(scope="session")
def ledger():
    return load(SEED)


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("index")


@pytest.fixture(scope="session")
def assistant(index_dir) -> Assistant:
    settings = load_settings(corpus_dir=ROOT / "corpus", index_dir=index_dir, today=TODAY)
    return Assistant.from_settings(settings)


@pytest.fixture()
def corpus_copy(tmp_path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    shutil.copy(SEED, d / SEED.name)
    return d


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
