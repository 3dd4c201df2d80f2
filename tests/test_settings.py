"""Settings: paths derived from the data folder, secrets masked inside URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import ConfigError
from assistant.settings import UNDER_HOME, load_settings, mask_url


def test_paths_follow_the_data_folder_unless_set(tmp_path, monkeypatch):
    for name in ("LEDGER_CORPUS_DIR", "LEDGER_INDEX_DIR", "LEDGER_FEEDBACK_DB"):
        monkeypatch.delenv(name, raising=False)
    s = load_settings(home=tmp_path / "h")
    assert (s.corpus_dir, s.index_dir, s.feedback_db) == (tmp_path / "h" / "corpus", tmp_path / "h" / "index",
                                                          tmp_path / "h" / "feedback.sqlite3")
    assert all(s.is_default(n) for n in UNDER_HOME)
    monkeypatch.setenv("LEDGER_INDEX_DIR", str(tmp_path / "elsewhere"))
    s = load_settings(home=tmp_path / "h", feedback_db="~/fb.sqlite3")
    assert s.index_dir == tmp_path / "elsewhere" and not s.is_default("index_dir")
    assert s.feedback_db == Path.home() / "fb.sqlite3"  # ~ is expanded
    assert s.corpus_dir == tmp_path / "h" / "corpus" and s.is_default("corpus_dir")


def test_default_home_is_the_per_user_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("LEDGER_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert load_settings().home == tmp_path / "xdg" / "ledger-assistant"


@pytest.mark.parametrize(("url", "masked"), [
    ("https://bob:hunter2@api.example.com/v1", "https://bob:****@api.example.com/v1"),
    ("https://sk-token-only@api.example.com/v1", "https://****@api.example.com/v1"),
    ("http://127.0.0.1:8000/v1?api_key=sk-1&api-version=2024-01", "http://127.0.0.1:8000/v1?api_key=****&api-version=2024-01"),
    ("https://h/v1?Token=abc&sig=xyz&x=1", "https://h/v1?Token=****&sig=****&x=1"),
    ("https://h/v1#access_token=abc", "https://h/v1#****"),
    ("https://api.deepseek.com/v1", "https://api.deepseek.com/v1"),
])
def test_mask_url(url, masked):
    assert mask_url(url) == masked


def test_show_config_masks_every_url_setting(monkeypatch):
    monkeypatch.setenv("LEDGER_LLM_BASE_URL", "https://u:pw-secret@h/v1")
    monkeypatch.setenv("LEDGER_CHROMA_HOST", "https://admin:chroma-secret@chroma.internal")
    shown = str(load_settings().masked())
    assert "pw-secret" not in shown and "chroma-secret" not in shown


def test_bad_value_names_the_variable(monkeypatch):
    monkeypatch.setenv("LEDGER_UI_PORT", "http")
    with pytest.raises(ConfigError, match="LEDGER_UI_PORT"):
        load_settings()
