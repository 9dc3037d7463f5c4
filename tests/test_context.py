"""Topic scores that follow the passage: neighbours, the corpus's coherence, and the lean itself."""

from __future__ import annotations

import numpy as np
import pytest

from generator import context
from generator.classify import classify
from generator.context import coherence, follow_context, neighbour_links
from generator.records import Kind, Sentence, Topic


def _sentences(layout: list[tuple[str, int]]) -> list[Sentence]:
    """Sentences at (article, index), with placeholder text (these tests give scores directly)."""
    return [Sentence(a, i, 0, 1, f"s{a}{i}", Kind.SENTENCE, 0) for a, i in layout]


def _blocks(n_blocks: int, size: int) -> np.ndarray:
    """Scores (2 topics x sentences) of an article written in blocks: ``size`` sentences on topic 0,
    then ``size`` on topic 1, and so on."""
    best = [(k // size) % 2 for k in range(n_blocks * size)]
    return np.array([[1.0 if b == t else 0.1 for b in best] for t in (0, 1)])


def test_neighbours_are_in_one_article_and_close() -> None:
    sentences = _sentences([("a", 0), ("a", 1), ("a", 4), ("b", 5), ("b", 7)])
    # a0-a1 adjacent; a1-a4 three segments apart (more than a heading between); a4-b5 other article;
    # b5-b7 a heading or caption between them
    assert neighbour_links(sentences).tolist() == [True, False, False, True]
    assert neighbour_links(sentences[:1]).tolist() == []


def test_coherence_is_high_for_blocks_and_nil_for_alternation() -> None:
    links = np.ones(11, dtype=bool)
    assert coherence(_blocks(3, 4), links) > 0.5
    alternating = _blocks(12, 1)
    assert coherence(alternating, links) < 0
    # weak sentences (below WEAK) do not count: with only them, nothing is measured
    assert coherence(np.full((2, 12), 0.1), links) == 0.0
    assert coherence(_blocks(3, 4)[:1], links) == 0.0  # one topic: nothing to tell apart


def test_a_sentence_follows_its_passage_in_a_corpus_written_in_blocks() -> None:
    scores = _blocks(8, 4)
    # the sixth sentence, inside a block on topic 1, scores a little higher on topic 0 by its words
    scores[:, 5] = [0.6, 0.5]
    sentences = _sentences([("a", i) for i in range(32)])
    out = follow_context(scores, sentences)
    assert out[1, 5] > out[0, 5]
    assert scores[:, 5].tolist() == [0.6, 0.5]  # the input is left as it was
    # every sentence moved by the same weight, at most CAP of the way
    weight = min(context.CAP, context.GAIN * coherence(scores, neighbour_links(sentences)))
    assert 0 < weight <= context.CAP
    assert out[0, 0] == pytest.approx((1 - weight) * 1.0 + weight * 1.0)
    assert out[0, 3] == pytest.approx((1 - weight) * 1.0 + weight * (1.0 + 0.1) / 2)


def test_nothing_moves_where_neighbours_agree_no_more_than_chance() -> None:
    scores = _blocks(12, 1)
    scores[:, 5] = [0.6, 0.5]
    out = follow_context(scores, _sentences([("a", i) for i in range(12)]))
    assert np.array_equal(out, scores)


def test_no_sentence_leans_on_another_article() -> None:
    scores = _blocks(2, 6)  # article a on topic 0, then article b on topic 1
    sentences = _sentences([("a", i) for i in range(6)] + [("b", i) for i in range(6)])
    out = follow_context(scores, sentences)
    # the last sentence of a and the first of b have only neighbours of their own topic
    assert out[0, 5] == pytest.approx(1.0) and out[1, 6] == pytest.approx(1.0)


CUES = (
    Topic("money", "Money", "Trade and investment", ("trade", "investment", "billion", "exports")),
    Topic("war", "War", "Fighting and weapons", ("troops", "weapons", "shelling", "soldiers")),
)
MONEY = [
    "Trade between the two countries reached ten billion dollars in investment last year.",
    "Investment in the new port will create trade worth billions for the fishing towns.",
    "Exports of grain through the port rose by a third, lifting trade to a record.",
]
WAR = [
    "Troops fired weapons across the river during heavy shelling on Tuesday night.",
    "Shelling damaged a bridge and soldiers moved weapons closer to the front line.",
    "Soldiers dug new trenches as troops braced for more shelling along the front.",
]
# One money cue ("trade", of the docks falling silent), standing in a passage on the fighting.
AMBIGUOUS = "Even the dockside trade fell silent that night, the mayor said."


def _story(article: str, first: list[str], second: list[str], middle: str | None = None) -> list[Sentence]:
    texts = first + ([middle] if middle else []) + second
    return [Sentence(article, n, 0, len(t), t, Kind.SENTENCE, n // 3) for n, t in enumerate(texts)]


def test_classify_places_a_sentence_by_the_passage_it_stands_in(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = (_story("a", MONEY, WAR) + _story("b", WAR[::-1], MONEY[::-1])
                 + _story("c", MONEY[1:], WAR[1:] + [AMBIGUOUS] + WAR[:1]))

    def best_topic() -> str:
        scored = [x for x in classify(sentences, CUES) if x.sentence.text == AMBIGUOUS]
        return scored[0].scores[0].topic

    assert best_topic() == "war"
    monkeypatch.setattr(context, "GAIN", 0.0)
    assert best_topic() == "money"  # by its words alone
