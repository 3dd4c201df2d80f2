"""One settings object: ``LEDGER_*`` environment variables, then command-line flags.

Built in ``main()`` and passed down; nothing reads the environment at import time.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import ConfigError


def _default_corpus() -> Path:
    here = Path("corpus")
    if here.is_dir():
        return here
    return Path(__file__).resolve().parent.parent / "corpus"


class Settings(BaseSettings):
    """Every knob of the assistant. Environment: ``LEDGER_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="LEDGER_", extra="ignore")

    corpus_dir: Path = Field(default_factory=_default_corpus, description="folder holding the ledger document")
    index_dir: Path = Field(default=Path("index"), description="home of the embedded Chroma store")
    chroma_host: str = Field(default="", description="Chroma server host; empty = embedded store")
    chroma_port: int = 8000
    chroma_ssl: bool = False
    chroma_token: SecretStr = SecretStr("")
    embedder: str = Field(default="use", description="'use' (bundled multilingual USE) or 'st' (sentence-transformers)")
    embed_model: str = Field(default="", description="sentence-transformers model name or local path")
    embed_threads: int = 2
    dense: bool = Field(default=True, description="use dense vectors in retrieval (BM25 only when false)")
    today: dt.date | None = Field(default=None, description="fix today's date (YYYY-MM-DD) for reproducible answers")
    max_question_chars: int = 500
    top_k: int = 5
    lexicon: Path | None = Field(default=None, description="alternative lexicon TOML")
    llm_provider: str = Field(default="", description="'' (off), 'openai' (any OpenAI-compatible server) or 'ollama'")
    llm_base_url: str = Field(default="", description="e.g. https://api.deepseek.com/v1 or http://127.0.0.1:8000/v1")
    llm_model: str = ""
    llm_api_key: SecretStr = SecretStr("")
    llm_timeout: float = Field(default=20.0, description="seconds per model call")
    llm_retries: int = Field(default=2, description="retries after a failed call")
    llm_breaker_failures: int = Field(default=3, description="failed questions before the model is skipped")
    llm_breaker_cooldown: float = Field(default=60.0, description="seconds the model is skipped")
    answer_style: str = Field(default="staff", description="'staff' (concise, ids first) or 'public' (plain language)")
    feedback_db: Path = Field(default=Path("feedback.sqlite3"), description="SQLite file for 👍/👎 feedback")
    ui_host: str = Field(default="127.0.0.1", description="address the web UI listens on")
    ui_port: int = 7860
    ui_user: str = Field(default="", description="web UI login name; empty = no login")
    ui_password: SecretStr = SecretStr("")
    ui_concurrency: int = Field(default=4, description="questions answered at once")
    ui_queue_size: int = Field(default=64, description="questions waiting at most; more are turned away")

    def today_date(self) -> dt.date:
        """The configured day, or the real one."""
        return self.today or dt.date.today()

    def masked(self) -> dict[str, Any]:
        """Every setting as printable values, secrets masked."""
        out: dict[str, Any] = {}
        for name in type(self).model_fields:
            v = getattr(self, name)
            if isinstance(v, SecretStr):
                v = "****" if v.get_secret_value() else ""
            elif isinstance(v, (Path, dt.date)):
                v = str(v)
            out[name] = v
        return out


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment with non-None ``overrides`` (CLI flags) on top."""
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as err:
        first = err.errors()[0]
        name = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"setting '{name}' is invalid ({first['msg']}); check LEDGER_{name.upper()} or its flag") from err
