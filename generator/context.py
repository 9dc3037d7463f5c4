"""Topic scores that follow the passage a sentence stands in (part of stage 3, classify).

A news story keeps to one subject for a few sentences: the reactions come together, so do the
figures, so does the history. A sentence's own words can mislead ("He said the talks went well" names
talks, and reports a reaction among reactions), and many sentences name no topic at all ("We are
always open to a negotiation process," he added.). So each sentence's topic scores move part of the
way towards the mean scores of the sentences just before and after it in its article
(:func:`follow_context`).

How far is measured on the corpus itself, not assumed (:func:`coherence`): some writers build a
story in topical blocks, others run a sentence of reaction inside a paragraph of history. The share
of neighbouring sentences whose best topic is the same, above what the topics' sizes give by chance
(Cohen's kappa), sets the weight: none for a corpus whose neighbours agree no more than chance, up
to CAP for one written in blocks.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from generator.records import Sentence
from generator.semantic import WEAK

GAIN = 1.5
"""Share of the scores that the neighbours' replace, per unit of the corpus's :func:`coherence`. On the
fourteen labelled benchmark corpora besides the seed (recall / precision / corroboration 0.747 / 0.729 /
0.800) this gave 0.777 / 0.759 / 0.816 (1.0: 0.766 / 0.748 / 0.816; 2.0: 0.776 / 0.754 / 0.818), and
at 1.0, without the topics' cues, on the seven with their own topics 0.756 / 0.709 / 0.784 -> 0.782 /
0.744 / 0.804. The seed corpus, whose neighbours agree little beyond chance (kappa 0.09), went from
0.927 / 0.942 / 0.839 to 0.902 / 0.907 / 0.823. A fixed weight for every corpus did worse where it was
needed least: 0.3 gave 0.772 / 0.759 / 0.813 on the fourteen, but 0.854 / 0.877 on the seed corpus;
0.15 gave 0.753 / 0.745 / 0.813. Leaning only the sentences that open on a pronoun or a quotation, or
only those unsure of their topic, gained little. Repeated facts rose from 12.9 to 14.8 a corpus:
neighbours that each state part of one labelled fact now land on one page."""
CAP = 0.4
"""The most the neighbours' scores replace, however coherent the corpus: 0.3 and 0.5 (GAIN 1.0 and 1.5)
gave 0.765 / 0.752 / 0.810 and 0.767 / 0.755 / 0.818 on the fourteen corpora."""
REACH = 2
"""Neighbours are at most this many segments away: a heading or a caption between them is skipped.

Section headings were measured as a topic's sign and not used: in the twelve labelled corpora whose articles
have them, of 647 labelled sentences under one, the heading's closest topic by meaning (its cosine to each
topic's described text) was one of the sentence's labels for 319, the sentence's own best topic for 509;
following the heading would have fixed 61 and broken 251, and even where the heading's closest topic led
the next by 0.25 or more, fixed 11 and broken 6. Headings are written to draw the eye ("Money on the
table", "The bigger picture"), and a section runs over several topics."""


def neighbour_links(sentences: Sequence[Sentence]) -> np.ndarray:
    """Per consecutive pair of ``sentences`` (given in article order, as ingest yields them), whether
    they are neighbours: in one article, at most REACH segments apart."""
    if len(sentences) < 2:
        return np.zeros(0, dtype=bool)
    return np.fromiter((a.article_id == b.article_id and 0 < b.index - a.index <= REACH
                        for a, b in zip(sentences, sentences[1:])), dtype=bool, count=len(sentences) - 1)


def coherence(scores: np.ndarray, links: np.ndarray) -> float:
    """Cohen's kappa of the best topics of neighbouring sentences (``scores``: topics x sentences;
    ``links``: :func:`neighbour_links`), over the pairs both of whose sentences reach
    :data:`~generator.semantic.WEAK` (one too weak to be shown says little about its passage): 1 when
    neighbours always share their best topic, 0 when they share it as often as chance does."""
    if scores.shape[1] < 2 or scores.shape[0] < 2:
        return 0.0
    best = scores.argmax(axis=0)
    shown = scores.max(axis=0) >= WEAK
    pairs = links & shown[:-1] & shown[1:]
    if not pairs.any():
        return 0.0
    agree = float((best[:-1][pairs] == best[1:][pairs]).mean())
    shares = np.bincount(best[shown], minlength=scores.shape[0]) / int(shown.sum())
    chance = float((shares ** 2).sum())
    return (agree - chance) / (1 - chance) if chance < 1 else 0.0


def follow_context(scores: np.ndarray, sentences: Sequence[Sentence]) -> np.ndarray:
    """``scores`` (topics x ``sentences``, in article order), each sentence's moved towards the mean
    of its neighbours' (:func:`neighbour_links`) by GAIN times the corpus's :func:`coherence`, at most
    CAP. Neighbours' scores are read before any moves, so the order of the moves does not matter."""
    links = neighbour_links(sentences)
    weight = min(CAP, GAIN * max(coherence(scores, links), 0.0))
    if weight <= 0:
        return scores
    total = np.zeros_like(scores)
    count = np.zeros(scores.shape[1])
    total[:, 1:] += scores[:, :-1] * links
    total[:, :-1] += scores[:, 1:] * links
    count[1:] += links
    count[:-1] += links
    out = scores.copy()
    has = count > 0
    out[:, has] = (1 - weight) * scores[:, has] + weight * total[:, has] / count[has]
    return out
