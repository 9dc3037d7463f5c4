"""Stage 4, group: find the sentences in different articles that state the same fact.

Sentences become weighted term vectors (:mod:`generator.similarity`). Candidate pairs come from an inverted index of
the stems each sentence holds (common stems are left out of the index), so the cost follows the
number of sentences that share a distinctive word, not the square of the corpus. Pairs above a
similarity threshold are merged best first, never putting two sentences of one article in one fact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from generator.records import Fact, ScoredSentence
from generator.similarity import Vector, from_dot, similarity, vectors

THRESHOLD = 0.3
"""Similarity (see :mod:`generator.similarity`) at which two sentences state the same fact."""
LINK = 0.7
"""Share of the threshold that the first sentences of two clusters must reach for them to merge."""
MAX_POSTING = 400
"""Terms held by more sentences than this are too common to suggest a shared fact."""


def similar_pairs(vecs: Sequence[Vector], articles: Sequence[str], threshold: float = THRESHOLD
                  ) -> list[tuple[float, int, int]]:
    """Pairs ``(similarity, i, j)`` of sentences from different articles at or above ``threshold``.

    Dot products are accumulated through an inverted index, so only sentences sharing a
    not-too-common term are ever compared.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for i, vec in enumerate(vecs):
        for t in vec.weights:
            postings[t].append(i)
    pairs = []
    for i, vec in enumerate(vecs):
        dots: dict[int, float] = defaultdict(float)
        for t, v in vec.weights.items():
            posting = postings[t]
            if len(posting) > MAX_POSTING:
                continue
            for j in posting:
                if j > i and articles[j] != articles[i]:
                    dots[j] += v * vecs[j].weights[t]
        for j, dot in dots.items():
            sim = from_dot(dot, vec, vecs[j])
            if sim >= threshold:
                pairs.append((round(sim, 9), i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


def completeness(item: ScoredSentence) -> float:
    """How well a sentence states its fact on its own: central, and neither clipped nor rambling."""
    n = len(item.sentence.text.split())
    length = min(n, 40) / 40 - max(0, n - 60) / 100
    return item.salience + 0.3 * length


def group(items: Sequence[ScoredSentence]) -> tuple[Fact, ...]:
    """Merge sentences that state the same fact; every sentence ends in exactly one fact."""
    parent = list(range(len(items)))
    articles = [{x.sentence.article_id} for x in items]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    vecs = vectors(x.sentence.text for x in items)
    for _, i, j in similar_pairs(vecs, [x.sentence.article_id for x in items]):
        a, b = find(i), find(j)
        # Roots are the sentences that started each cluster; requiring them to be alike too keeps
        # chains (A like B, B like C, C unlike A) from merging different facts.
        if a != b and not (articles[a] & articles[b]) and similarity(vecs[a], vecs[b]) >= LINK * THRESHOLD:
            parent[b] = a
            articles[a] |= articles[b]
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        clusters[find(i)].append(i)
    facts = []
    for members in clusters.values():
        ordered = sorted((items[i] for i in members),
                         key=lambda x: (-completeness(x), x.sentence.article_id, x.sentence.index))
        lead = ordered[0].sentence
        facts.append(Fact(f"{lead.article_id}-{lead.index}", tuple(ordered)))
    facts.sort(key=lambda f: f.id)
    return tuple(facts)
