"""Stage 4, group: find the sentences in different articles that state the same fact.

Sentences become TF-IDF vectors over content stems. Candidate pairs come from an inverted index of
the stems each sentence holds (common stems are left out of the index), so the cost follows the
number of sentences that share a distinctive word, not the square of the corpus. Pairs above a
similarity threshold are merged best first, never putting two sentences of one article in one fact.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from generator.records import Fact, ScoredSentence
from generator.textutil import content_stems, idf_table

THRESHOLD = 0.32
"""Cosine similarity at which two sentences are taken to state the same fact."""
MAX_POSTING = 400
"""Stems held by more sentences than this are too common to suggest a shared fact."""


def _vectors(items: Sequence[ScoredSentence]) -> list[dict[str, float]]:
    stem_sets = [set(content_stems(x.sentence.text)) for x in items]
    idf = idf_table(stem_sets)
    vectors = []
    for st in stem_sets:
        vec = {w: idf[w] for w in st}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({w: v / norm for w, v in vec.items()})
    return vectors


def similar_pairs(items: Sequence[ScoredSentence], threshold: float = THRESHOLD) -> list[tuple[float, int, int]]:
    """Pairs ``(similarity, i, j)`` of sentences from different articles at or above ``threshold``."""
    vectors = _vectors(items)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for w in vec:
            postings[w].append(i)
    pairs = []
    for i, vec in enumerate(vectors):
        dots: dict[int, float] = defaultdict(float)
        article = items[i].sentence.article_id
        for w, v in vec.items():
            posting = postings[w]
            if len(posting) > MAX_POSTING:
                continue
            for j in posting:
                if j > i and items[j].sentence.article_id != article:
                    dots[j] += v * vectors[j][w]
        pairs.extend((round(d, 9), i, j) for j, d in dots.items() if d >= threshold)
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

    for _, i, j in similar_pairs(items):
        a, b = find(i), find(j)
        if a != b and not (articles[a] & articles[b]):
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
