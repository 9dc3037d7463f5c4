"""The packaged sentence model run in numpy: tokenizer, forward pass and the shared vector store.

Reference figures were produced once with the sentence-transformers library (PyTorch) on the same
packaged model; the numpy forward pass must reproduce them.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

from generator import embed

LISBON = "The minister will arrive in Lisbon on Monday to meet the prime minister."
FLOOD = "Floodwater cut the railway line north of the city overnight."


def test_tokenizer_matches_the_reference_word_pieces() -> None:
    ids = embed.encoder().tokenizer.encode("Café naïve, unaffable U.S. “Hello” 2024!")
    assert ids == [101, 7668, 15743, 1010, 14477, 20961, 3468, 1057, 1012, 1055, 1012, 1523, 7592, 1524,
                   16798, 2549, 999, 102]


def test_tokenizer_cuts_long_text_and_keeps_the_markers() -> None:
    ids = embed.encoder().tokenizer.encode("word " * 500)
    assert len(ids) == embed.MAX_TOKENS and ids[0] == 101 and ids[-1] == 102


def test_vectors_match_the_reference_implementation() -> None:
    v = embed.encoder().encode([LISBON, FLOOD])
    assert np.allclose(v[0, :6], [0.04186, 0.0217, 0.01746, 0.0656, 0.00488, -0.00345], atol=2e-5)
    assert np.allclose(v[1, :6], [-0.02402, 0.10698, 0.1006, 0.06247, 0.04086, 0.01188], atol=2e-5)
    assert float(v[0] @ v[1]) == pytest.approx(0.112713, abs=1e-4)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)


def test_a_vector_does_not_depend_on_the_texts_encoded_with_it() -> None:
    # To the last bit: a serve rebuild encodes only new sentences, and must write what a fresh build does.
    alone = embed.encoder().encode([LISBON])[0]
    together = embed.encoder().encode(["Short one.", LISBON, FLOOD + " " + FLOOD, *[FLOOD] * 70])[1]
    assert np.array_equal(alone, together)


def test_paraphrases_score_above_related_and_unrelated_sentences() -> None:
    store = embed.Meaning(store=embed.Vectors())
    paraphrase = "The prime minister will receive the minister in Lisbon on Monday."
    related = "On Monday, Lisbon's newspapers printed the minister's letter to the prime minister."
    assert store.cosine(LISBON, paraphrase) >= embed.PARAPHRASE
    assert store.cosine(LISBON, FLOOD) < embed.SAME_FACT
    assert store.cosine(LISBON, related) < store.cosine(LISBON, paraphrase)


def test_store_encodes_each_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    store = embed.Vectors()
    calls: list[list[str]] = []
    real = embed.encoder().encode
    monkeypatch.setattr(embed.encoder(), "encode", lambda texts: calls.append(list(texts)) or real(texts))
    meaning = embed.Meaning(store=store)
    meaning.prepare([LISBON, FLOOD, LISBON])
    assert meaning.cosine(LISBON, FLOOD) == pytest.approx(0.112713, abs=1e-4)
    assert embed.Meaning(store=store).cosine(FLOOD, LISBON) == pytest.approx(0.112713, abs=1e-4)
    assert calls == [sorted({LISBON, FLOOD})]


def test_a_text_the_store_dropped_is_encoded_again_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    store = embed.Vectors()
    monkeypatch.setattr(store, "LIMIT", 2)
    meaning = embed.Meaning(store=store)
    meaning.prepare([LISBON, FLOOD])
    meaning.prepare(["A third sentence fills the store past its limit."])  # it starts afresh
    assert LISBON not in store
    assert meaning.cosine(LISBON, FLOOD) == pytest.approx(0.112713, abs=1e-4)


def test_budget_bounds_what_a_run_encodes_whatever_the_store_holds() -> None:
    store = embed.Vectors()
    cost = len(embed.encoder().tokenizer.encode(LISBON))
    embed.Meaning(store=store).prepare([FLOOD])  # an earlier run met FLOOD
    meaning = embed.Meaning(budget=cost + 1, store=store)
    meaning.prepare([LISBON, FLOOD])
    # FLOOD is charged like any text, so this run cannot compare it, as a fresh process could not
    assert meaning.cosine(LISBON, FLOOD) is None
    assert meaning.cosine(LISBON, LISBON) == pytest.approx(1.0)


def test_safetensors_reader(tmp_path: Path) -> None:
    data = np.arange(6, dtype="<f4").tobytes()
    header = json.dumps({"__metadata__": {"format": "pt"},
                         "w": {"dtype": "F32", "shape": [2, 3], "data_offsets": [0, len(data)]}}).encode()
    path = tmp_path / "m.safetensors"
    path.write_bytes(struct.pack("<Q", len(header)) + header + data)
    tensors = embed.load_safetensors(path)
    assert tensors["w"].shape == (2, 3) and tensors["w"][1, 2] == 5.0


def _bar(texts: list[tuple[str, str]]) -> float:
    meaning = embed.Meaning(store=embed.Vectors())
    meaning.prepare([t for _, t in texts])
    meaning.calibrate(texts)
    return meaning.paraphrase


def test_paraphrase_bar_follows_how_alike_the_corpus_sentences_are() -> None:
    unlike = [("a", LISBON), ("b", FLOOD), ("c", "The orchestra played Mahler's fifth symphony to a full hall."),
              ("d", "Wheat prices fell for a third week as the harvest came in early."),
              ("e", "The striker scored twice before half-time to win the cup.")]
    assert _bar(unlike) == embed.PARAPHRASE_FLOOR
    alike = [("a", LISBON), ("b", "The minister arrives in Lisbon on Monday for talks with the prime minister."),
             ("c", "On Monday the minister lands in Lisbon to see the prime minister."),
             ("d", "The prime minister will receive the minister in Lisbon on Monday.")]
    assert _bar(alike) == embed.PARAPHRASE
    # sentences past the budget are left out: too few to calibrate on, the bar stays put
    lone = embed.Meaning(budget=0, store=embed.Vectors())
    lone.calibrate(unlike)
    assert lone.paraphrase == embed.PARAPHRASE


def test_the_typical_cosine_is_measured_when_calibrating() -> None:
    meaning = embed.Meaning(store=embed.Vectors())
    assert meaning.above_typical(2.0) == 0.0  # nothing measured yet
    alike = [("a", LISBON), ("b", "The minister arrives in Lisbon on Monday for talks with the prime minister."),
             ("c", "On Monday the minister lands in Lisbon to see the prime minister.")]
    meaning.prepare([t for _, t in alike])
    meaning.calibrate(alike)
    assert meaning.typical is not None
    mean, deviation = meaning.typical
    cosines = [meaning.cosine(x, y) for (_, x), (_, y) in ((alike[0], alike[1]), (alike[0], alike[2]),
                                                          (alike[1], alike[2]))]
    assert mean == pytest.approx(sum(cosines) / 3, abs=1e-6)
    assert meaning.above_typical(2.0) == pytest.approx(mean + 2 * deviation)


def test_the_paraphrase_bar_is_set_once_per_run() -> None:
    meaning = embed.Meaning(store=embed.Vectors())
    unlike = [("a", LISBON), ("b", FLOOD), ("c", "The orchestra played Mahler's fifth symphony to a full hall.")]
    meaning.prepare([t for _, t in unlike])
    meaning.calibrate(unlike)
    assert meaning.paraphrase == embed.PARAPHRASE_FLOOR
    alike = [("a", LISBON), ("b", "The minister arrives in Lisbon on Monday for talks with the prime minister."),
             ("c", "On Monday the minister lands in Lisbon to see the prime minister.")]
    meaning.prepare([t for _, t in alike])
    meaning.calibrate(alike)  # a later round of the same run
    assert meaning.paraphrase == embed.PARAPHRASE_FLOOR


def test_tokenizer_memo_gives_the_same_ids_and_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    tokenizer = embed.encoder().tokenizer
    monkeypatch.setattr(embed, "KNOWN_TEXTS", 3)
    monkeypatch.setattr(tokenizer, "_known", {})
    texts = [f"Sentence number {n} about the unbelievably long negotiations." for n in range(7)]
    first = [tokenizer.encode(t) for t in texts]
    assert len(tokenizer._known) <= 3
    assert [tokenizer.encode(t) for t in texts] == first
    assert tokenizer.encode(texts[0], limit=5) == first[0][:4] + [tokenizer.sep]


def test_admitted_texts_cost_no_budget_and_vectors_leave_out_texts_past_it() -> None:
    meaning = embed.Meaning(budget=0)
    meaning.admit(["The ministers met in Rome on Monday."])
    assert meaning.budget == 0
    texts, vectors = meaning.vectors(["The ministers met in Rome on Monday.", "A text past the budget."])
    assert texts == ["The ministers met in Rome on Monday."] and vectors.shape == (1, 384)
    texts, vectors = meaning.vectors(["A text past the budget."])
    assert texts == [] and len(vectors) == 0
