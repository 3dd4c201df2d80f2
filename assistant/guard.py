"""What a vote must pass before it is stored: an answer id this deployment issued, and a per-client rate.

Answer ids are signed: ``<nonce>.<HMAC-SHA256(key, nonce)>``, so feedback for an id the deployment never
gave (made up, altered, or from another deployment) is refused without looking anything up. The key is
``LEDGER_SECRET_KEY`` or, when that is unset, a random one made once in ``<home>/secret.key`` (mode 0600)
and read by every process sharing the data folder, so that workers and replicas accept each other's ids.

The rate is the ``limits`` library's moving window, in memory, keyed by client address (uvicorn takes it
from ``X-Forwarded-For`` only when the peer is a trusted proxy, ``FORWARDED_ALLOW_IPS``).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import ConfigError

KEY_FILE = "secret.key"
_PURPOSE = b"ledger-assistant answer id v1"


def key_file(settings: Any) -> Path:
    """Where the generated signing key lives: ``<home>/secret.key``."""
    return Path(settings.home) / KEY_FILE


def signing_key(settings: Any) -> bytes:
    """``LEDGER_SECRET_KEY``, else the key in ``<home>/secret.key`` (made on first use, readable by its owner only)."""
    given = settings.secret_key.get_secret_value()
    if given:
        return given.encode()
    path = key_file(settings)
    try:
        if not path.exists():
            _create_key(path)
        if path.stat().st_mode & 0o077:
            with contextlib.suppress(PermissionError):  # another account's file (a shared folder): read it as it is
                path.chmod(0o600)
        key = path.read_text("ascii").strip()
    except (OSError, UnicodeDecodeError) as err:
        reason = getattr(err, "strerror", None) or type(err).__name__
        raise ConfigError(f"cannot keep the answer-signing key in {path} ({reason}); make LEDGER_HOME writable or set LEDGER_SECRET_KEY") from err
    if len(key) < 32:
        raise ConfigError(f"{path} holds no usable signing key; delete it (a new one is made) or set LEDGER_SECRET_KEY")
    return key.encode()


def _create_key(path: Path) -> None:
    """Write a new random key to ``path`` atomically: several processes starting at once all end up with the first one's key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".secret-", suffix=".part")  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_hex(32) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(FileExistsError):  # another process made it first: theirs is used
            os.link(tmp, path)
    finally:
        os.unlink(tmp)


class AnswerIds:
    """Makes and checks signed answer ids (49 characters: 16 hex nonce, a dot, 32 hex MAC)."""

    def __init__(self, key: bytes) -> None:
        self._key = hmac.new(key, _PURPOSE, hashlib.sha256).digest()  # a key of its own for this one purpose

    def _mac(self, nonce: str) -> str:
        return hmac.new(self._key, nonce.encode(), hashlib.sha256).hexdigest()[:32]

    def new(self) -> str:
        """A fresh answer id signed by this deployment."""
        nonce = secrets.token_hex(8)
        return f"{nonce}.{self._mac(nonce)}"

    def valid(self, answer_id: str) -> bool:
        """True when this deployment issued ``answer_id``."""
        nonce, dot, mac = (answer_id or "").partition(".")
        return bool(dot) and len(nonce) == 16 and hmac.compare_digest(mac.encode(), self._mac(nonce).encode())


class FeedbackRate:
    """Votes per client at most, as a moving window (``limits``); ``''`` means no limit."""

    def __init__(self, spec: str) -> None:
        from limits import parse_many, storage, strategies

        self.items = list(parse_many(spec)) if spec.strip() else []
        self._limiter = strategies.MovingWindowRateLimiter(storage.MemoryStorage())
        self._lock = threading.Lock()

    def wait(self, client: str) -> float:
        """0 when ``client`` may vote now (and counts the vote), else the seconds until it may."""
        with self._lock:
            full = [i for i in self.items if not self._limiter.test(i, "feedback", client)]
            if full:
                reset = max(self._limiter.get_window_stats(i, "feedback", client).reset_time for i in full)
                return max(1.0, reset - time.time())
            for i in self.items:
                self._limiter.hit(i, "feedback", client)
            return 0.0


@dataclass(frozen=True)
class Guard:
    """The answer ids and the vote rate of one server process (shared by its UI and its API)."""

    ids: AnswerIds
    rate: FeedbackRate

    @classmethod
    def from_settings(cls, settings: Any) -> Guard:
        """From ``LEDGER_SECRET_KEY`` (or the key file) and ``LEDGER_FEEDBACK_RATE``."""
        return cls(AnswerIds(signing_key(settings)), FeedbackRate(settings.feedback_rate))
