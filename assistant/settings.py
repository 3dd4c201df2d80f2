"""One settings object: ``LEDGER_*`` environment variables, then command-line flags.

Built in ``main()`` and passed down; nothing reads the environment at import time.

User state lives in one data folder, ``LEDGER_HOME`` (a per-user folder chosen by
platformdirs by default): the corpus copy, the index, the kept versions and the
feedback database go under it unless their own setting names another place.
Nothing is ever written into the installation.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant import rx
from assistant.errors import ConfigError

APP_NAME = "ledger-assistant"

#: where each path setting goes inside the data folder when it is not set (the one place these defaults live)
UNDER_HOME: dict[str, str] = {
    "corpus_dir": "corpus",
    "index_dir": "index",
    "feedback_db": "feedback.sqlite3",
}


def default_home() -> Path:
    """The per-user data folder (``~/.local/share/ledger-assistant`` on Linux, honouring XDG_DATA_HOME)."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME)


def default_versions_dir(index_dir: Path) -> Path:
    """``versions/`` beside the index folder: a rebuild may replace the index folder, never this one."""
    return Path(index_dir).parent / "versions"


class Settings(BaseSettings):
    """Every knob of the assistant. Environment: ``LEDGER_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="LEDGER_", extra="ignore")

    home: Path = Field(default_factory=default_home,
                       description="data folder: the corpus copy, index, kept versions and feedback database live here unless set below")
    corpus_dir: Path = Field(default=Path("<home>/corpus"),
                             description="folder holding the ledger documents; the default one gets the packaged seed ledger on first use")
    index_dir: Path = Field(default=Path("<home>/index"), description="embedded Chroma store")
    versions_dir: Path | None = Field(default=None, description="kept earlier ledger versions, the writer lock and the vector cache; "
                                      "default: `versions` beside the index folder (outside what a rebuild replaces)")
    lock_timeout: float = Field(default=300.0, description="seconds a writer (ingest, index build) waits for another one to finish")
    chroma_host: str = Field(default="", description="Chroma server host; empty = embedded store")
    chroma_port: int = Field(default=8000, description="Chroma server port")
    chroma_ssl: bool = Field(default=False, description="talk HTTPS to the Chroma server")
    chroma_token: SecretStr = Field(default=SecretStr(""), description="bearer token for the Chroma server (secret)")
    embedder: str = Field(default="use", description="'use' (bundled multilingual USE) or 'st' (sentence-transformers)")
    embed_model: str = Field(default="", description="sentence-transformers model name or local path")
    embed_threads: int = Field(default=1, description="encoder threads per query (1: measured fastest under concurrent load, benchmarks/threads.py)")
    index_threads: int = Field(default=2, description="encoder threads for bulk embedding at index build")
    dense: bool = Field(default=True, description="use dense vectors in retrieval (BM25 only when false)")
    dense_search: Literal["memory", "chroma"] = Field(default="memory", description="'memory': exact search over the collection's vectors held in memory "
                              "(read and checked at start and after each reload) when the ledger has at most `LEDGER_DENSE_MEMORY_MAX` "
                              "tasks and the store is embedded; 'chroma': always Chroma's own query (the Chroma server mode always queries the server)")
    dense_memory_max: int = Field(default=100_000, ge=0, description="tasks at most for the in-memory dense search (512 floats, 2 KB, each); "
                                  "larger ledgers use Chroma's query")
    today: dt.date | None = Field(default=None, description="fix today's date (YYYY-MM-DD) for reproducible answers")
    max_question_chars: int = Field(default=5000, description="longer questions get a polite refusal (stories are read, their asking clause answered)")
    top_k: int = Field(default=5, description="tasks retrieved for an open question")
    min_support: float = Field(default=0.3, ge=0, le=1, description="an answer found by search needs this share of the question's content words "
                               "covered by its task, else a refusal with pointers (operating point: benchmarks/abstain.py)")
    min_support_verify: float = Field(default=0.5, ge=0, le=1, description="the same for a yes/no check of a claim about a task found by "
                                      "search (是的/不是 confirms the whole claim)")
    min_support_public: float = Field(default=0.55, ge=0, le=1, description="the same for the public answer style (may be stricter)")
    lexicon: Path | None = Field(default=None, description="alternative lexicon TOML (default: the packaged one)")
    llm_provider: str = Field(default="", description="'' (off), 'openai' (any OpenAI-compatible server) or 'ollama'")
    llm_base_url: str = Field(default="", description="e.g. https://api.deepseek.com/v1 or http://127.0.0.1:8000/v1 "
                              "(a password or token inside it is masked by --show-config)")
    llm_model: str = Field(default="", description="model name on that server")
    llm_api_key: SecretStr = Field(default=SecretStr(""), description="API key of the model server (secret)")
    llm_timeout: float = Field(default=20.0, description="seconds per model call, capped by what is left of LEDGER_LLM_BUDGET")
    llm_retries: int = Field(default=2, description="retries after a failed call")
    llm_budget: float = Field(default=8.0, gt=0, description="seconds the model may take per question, all attempts, retries and back-off included")
    llm_breaker_failures: int = Field(default=3, description="failed questions before the model is skipped")
    llm_breaker_cooldown: float = Field(default=60.0, description="seconds the model is skipped")
    progress_stale_days: int = Field(default=45, ge=0, description="a progress column whose as-of date is older than this many days is said "
                                     "to be possibly out of date with every progress answer")
    answer_style: str = Field(default="staff", description="'staff' (concise, ids first) or 'public' (plain language): the default style "
                              "for logged-in staff; callers without a login get 'public' unless they ask for another")
    feedback_db: Path = Field(default=Path("<home>/feedback.sqlite3"), description="SQLite file for 赞/踩 feedback")
    feedback_url: SecretStr = Field(default=SecretStr(""),
                                    description="postgresql://user:pw@host/db: feedback store shared by replicas, wins over feedback_db (secret)")
    feedback_retention_days: int = Field(default=180, ge=0, description="days a vote is kept: older ones are deleted when the store is opened "
                                         "and then daily; 0 = keep them all")
    feedback_rate: str = Field(default="30/minute", description="votes per client address at most, in the notation of the `limits` library "
                               "('30/minute', '10/minute;200/day'), counted in each server process; empty = no limit")
    ui_host: str = Field(default="127.0.0.1", description="address the web UI listens on")
    ui_port: int = Field(default=7860, description="port the web UI listens on")
    ui_user: str = Field(default="", description="web UI login name; empty = no login")
    ui_password: SecretStr = Field(default=SecretStr(""), description="web UI password (secret)")
    admin_token: SecretStr = Field(default=SecretStr(""), description="token for the admin routes, sent as `Authorization: Bearer <token>` "
                                   "by every client, this machine's too; empty = admin routes off; at least 16 characters (secret)")
    secret_key: SecretStr = Field(default=SecretStr(""), description="key that signs answer ids, so votes are taken only for answers this "
                                  "deployment gave; empty = a random key made once in `<home>/secret.key` (mode 0600), which replicas "
                                  "must share or replace by this setting; at least 16 characters (secret)")
    ui_concurrency: int = Field(default=4, description="questions answered at once")
    ui_queue_size: int = Field(default=64, description="questions waiting at most; more are turned away")
    ui_session_ttl: int = Field(default=3600, description="seconds a browser session's answers are kept for feedback")
    ui_max_sessions: int = Field(default=1000, description="browser sessions kept in memory at most (oldest dropped first)")
    api_workers: int = Field(default=1, description="worker processes of the stand-alone API server")
    api_batch_max: int = Field(default=100, description="questions per POST /api/batch at most")
    api_max_body: int = Field(default=262144, description="bytes per API request body at most")

    @field_validator("admin_token", "secret_key")
    @classmethod
    def _long_enough(cls, v: SecretStr) -> SecretStr:
        if 0 < len(v.get_secret_value()) < 16:
            raise ValueError("at least 16 characters, e.g. python -c 'import secrets; print(secrets.token_urlsafe(32))'")
        return v

    @field_validator("feedback_rate")
    @classmethod
    def _rate(cls, v: str) -> str:
        if v.strip():
            from limits import parse_many

            parse_many(v)  # ValueError names the part it cannot read
        return v

    @model_validator(mode="after")
    def _paths_under_home(self) -> Settings:
        """Path settings that were not given go under ``home`` (:data:`UNDER_HOME`); ``~`` is expanded.

        Written through ``__dict__`` so that ``model_fields_set`` still tells which ones were given.
        """
        self.__dict__["home"] = self.home.expanduser()
        for name, sub in UNDER_HOME.items():
            self.__dict__[name] = Path(getattr(self, name)).expanduser() if name in self.model_fields_set else self.home / sub
        if self.lexicon is not None:
            self.__dict__["lexicon"] = self.lexicon.expanduser()
        return self

    def is_default(self, name: str) -> bool:
        """True when the path setting ``name`` was not given and so lies under ``home``."""
        return name not in self.model_fields_set

    @property
    def kept_dir(self) -> Path:
        """Where earlier ledger versions, the writer lock and the corpus generation live (outside the index folder)."""
        return self.versions_dir.expanduser() if self.versions_dir is not None else default_versions_dir(self.index_dir)

    def today_date(self) -> dt.date:
        """The configured day, or the real one."""
        return self.today or dt.date.today()

    def masked(self) -> dict[str, Any]:
        """Every setting as printable values, secrets masked (secret settings, and passwords or tokens inside URLs)."""
        out: dict[str, Any] = {}
        for name in type(self).model_fields:
            v = getattr(self, name)
            if isinstance(v, SecretStr):
                v = "****" if v.get_secret_value() else ""
            elif isinstance(v, (Path, dt.date)):
                v = str(v)
            elif isinstance(v, str) and "://" in v:
                v = mask_url(v)
            out[name] = v
        out["versions_dir"] = str(self.kept_dir)
        return out


_SECRET_PARAM = rx.lazy(r"key|token|secret|pass|pwd|auth|sig|credential|session", re.I)


def mask_url(url: str) -> str:
    """``url`` with the password of its user part and the values of secret-looking query parameters replaced by ****.

    ``https://bob:pw@host/v1?api_key=sk-1&x=2`` → ``https://bob:****@host/v1?api_key=****&x=2``; a user part
    without a password (often a token) is masked whole.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return "****"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        user, sep, _ = userinfo.partition(":")
        netloc = f"{user}:****@{host}" if sep else f"****@{host}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, "****" if _SECRET_PARAM.search(k) else v) for k, v in pairs], safe="*")
    fragment = "****" if parts.fragment and _SECRET_PARAM.search(parts.fragment) else parts.fragment
    return urlunsplit((parts.scheme, netloc, parts.path, query, fragment))


def settings_table() -> str:
    """The settings table of docs/operating.md, generated from the field descriptions (``python -m assistant.settings``)."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for name, field in Settings.model_fields.items():
        if name == "home":
            default = "per-user data folder (`~/.local/share/ledger-assistant` on Linux)"
        else:
            d = field.get_default(call_default_factory=False)
            d = d.get_secret_value() if isinstance(d, SecretStr) else d
            default = "" if d in (None, "") else f"`{str(d).lower() if isinstance(d, bool) else d}`"
        rows.append(f"| `LEDGER_{name.upper()}` | {default} | {field.description or ''} |")
    return "\n".join(rows)


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment with non-None ``overrides`` (CLI flags) on top."""
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as err:
        first = err.errors()[0]
        name = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"setting '{name}' is invalid ({first['msg']}); check LEDGER_{name.upper()} or its flag") from err


if __name__ == "__main__":
    print(settings_table())
