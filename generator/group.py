"""Stage 4, group: find the sentences in different articles that state the same fact.

Identical sentences (wire copies) are merged at once. The distinct ones become weighted term
vectors (:mod:`generator.similarity`); candidate pairs come from an inverted index of their rarest
terms (see :func:`similar_pairs`), so the cost follows the corpus, not its square. Pairs above a
similarity threshold are merged best first, never putting two sentences of one article in one fact.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import chain

from generator.disjoint import DisjointSets
from generator.records import Fact, ScoredSentence
from generator.similarity import Vector, similarity, vectors
from generator.textutil import dangling

THRESHOLD = 0.3
"""Similarity (see :mod:`generator.similarity`) at which two sentences state the same fact."""
LINK = 0.7
"""Share of the threshold that the first sentences of two clusters must reach for them to merge."""
MAX_POSTING = 100
"""Terms held by more sentences than this are too common to suggest a shared fact."""
PREFIX = 6
"""Each sentence looks for partners through its this-many rarest terms (prefix filtering)."""
PARTNERS = 12
"""Each sentence is compared with at most this many partners: those sharing most of its rare terms."""
DANGLING_PENALTY = 0.3
"""Completeness lost by a sentence that opens on a pronoun: another article's sentence naming the actor
is quoted instead when there is one."""
NEAR = 0.1
"""Similarity from which a pair below the threshold is kept as a possible corroboration (see
:attr:`~generator.records.Fact.nearby`), for later confirmation by meaning."""
NEARBY = 4
"""Possible corroborations kept per fact at most."""


def similar_pairs(vecs: Sequence[Vector], articles: Sequence[str], threshold: float = THRESHOLD
                  ) -> list[tuple[float, int, int]]:
    """Pairs ``(similarity, i, j)`` of sentences from different articles at or above ``threshold``.

    Candidates come from an inverted index: each sentence probes the postings of its PREFIX rarest
    terms (two sentences that state one fact share a distinctive term; terms held by more than
    MAX_POSTING sentences are never probed) and is compared with the PARTNERS candidates that share
    most of them. The cost grows with the corpus, not with its square.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for i, vec in enumerate(vecs):
        for t in vec.weights:
            postings[t].append(i)
    prefixes = [[t for _, t in sorted((len(postings[t]), t) for t in vec.weights
                                      if 1 < len(postings[t]) <= MAX_POSTING)[:PREFIX]] for vec in vecs]
    partners_of: dict[int, set[int]] = {}
    pairs = []
    for i, vec in enumerate(vecs):
        # Partners sharing the most of i's rare terms first; only the best few are compared.
        shared = Counter(chain.from_iterable(postings[t] for t in prefixes[i]))
        own = articles[i]
        best = heapq.nsmallest(PARTNERS, ((-n, j) for j, n in shared.items() if articles[j] != own))
        for _, j in best:
            if j < i and i in partners_of.get(j, ()):
                continue  # already compared from j's side
            partners_of.setdefault(i, set()).add(j)
            sim = similarity(vec, vecs[j])
            if sim >= threshold:
                pairs.append((round(sim, 9), min(i, j), max(i, j)))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


def completeness(item: ScoredSentence) -> float:
    """How well a sentence states its fact on its own: central, neither clipped nor rambling, and
    saying who rather than "he" or "they"."""
    n = len(item.sentence.text.split())
    length = min(n, 40) / 40 - max(0, n - 60) / 100
    return item.salience + 0.3 * length - (DANGLING_PENALTY if dangling(item.sentence.text) else 0.0)


def _nearby(near: Sequence[tuple[float, int, int]], sets: DisjointSets, articles: Sequence[set[str]],
            items: Sequence[ScoredSentence]) -> dict[int, list[int]]:
    """Per cluster root, the NEARBY most similar sentences of ``near`` pairs (similar pairs left
    unmerged included) that lie in other clusters and in articles the cluster does not hold: a
    sentence may corroborate facts besides its own."""
    out: dict[int, list[int]] = defaultdict(list)
    for _, i, j in sorted(near, key=lambda p: (-p[0], p[1], p[2])):
        a, b = sets.find(i), sets.find(j)
        if a == b:
            continue
        for root, other in ((a, j), (b, i)):
            found = out[root]
            if (len(found) < NEARBY and other not in found
                    and items[other].sentence.article_id not in articles[root]):
                found.append(other)
    return out


def group(items: Sequence[ScoredSentence]) -> tuple[Fact, ...]:
    """Merge sentences that state the same fact; every sentence ends in exactly one fact."""
    sets = DisjointSets(len(items))
    articles = [{x.sentence.article_id} for x in items]

    # Identical sentences (wire copies, reprints) are one text, compared with the others once.
    text_of: dict[str, int] = {}
    holders: list[list[int]] = []
    text_index = []
    for i, x in enumerate(items):
        t = text_of.setdefault(" ".join(x.sentence.text.lower().split()), len(text_of))
        if t == len(holders):
            holders.append([])
        holders[t].append(i)
        text_index.append(t)
    vecs = vectors(items[h[0]].sentence.text for h in holders)
    # A text held by several articles may pair with any of them, so it gets an owner of its own.
    owners = [items[h[0]].sentence.article_id if len(h) == 1 else f"\0{t}" for t, h in enumerate(holders)]
    pairs = [(1.0, h[0], i) for h in holders for i in h[1:]]
    near: list[tuple[float, int, int]] = []
    for sim, u, v in similar_pairs(vecs, owners, NEAR):
        (pairs if sim >= THRESHOLD else near).append((sim, holders[u][0], holders[v][0]))
    for _, i, j in pairs:
        a, b = sets.find(i), sets.find(j)
        # Roots are the sentences that started each cluster; requiring them to be alike too keeps
        # chains (A like B, B like C, C unlike A) from merging different facts.
        if a != b and not (articles[a] & articles[b]) and similarity(
                vecs[text_index[a]], vecs[text_index[b]]) >= LINK * THRESHOLD:
            sets.join(a, b)
            articles[a] |= articles[b]
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        clusters[sets.find(i)].append(i)
    nearby = _nearby(pairs + near, sets, articles, items)
    facts = []
    for root, members in clusters.items():
        ordered = sorted((items[i] for i in members),
                         key=lambda x: (-completeness(x), x.sentence.article_id, x.sentence.index))
        lead = ordered[0].sentence
        facts.append(Fact(f"{lead.article_id}-{lead.index}", tuple(ordered),
                          tuple(items[j] for j in nearby.get(root, ()))))
    facts.sort(key=lambda f: f.id)
    return tuple(facts)

