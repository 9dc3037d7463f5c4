"""Stage 4, group: find the sentences in different articles that state the same fact.

Identical sentences (wire copies) are merged at once. The distinct ones become weighted term
vectors (:mod:`generator.similarity`); candidate pairs come from an inverted index of their rarest
terms (see :func:`similar_pairs`), so the cost follows the corpus, not its square. Pairs above a
similarity threshold are merged best first, never putting two sentences of one article in one fact.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from generator.bulk import first_of_runs, ranges, round_like_python
from generator.disjoint import DisjointSets, find_root
from generator.numeric import count_differently
from generator.records import Fact, ScoredSentence
from generator.similarity import (TermMatrix, Vector, row_vector, similarities, similarity, stance_differs,
                                  term_matrix, weighted_terms)
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
    """Pairs ``(similarity, i, j)``, ``i < j``, of sentences from different articles at or above
    ``threshold``, best first (see :func:`scored_pairs`)."""
    if not vecs:
        return []
    sims, first, second = scored_pairs(term_matrix(vecs), articles, threshold)
    return list(zip(sims.tolist(), first.tolist(), second.tolist()))


def scored_pairs(m: TermMatrix, articles: Sequence[str], threshold: float = THRESHOLD
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs of sentences from different articles whose similarity (rounded to 9 places) is at or
    above ``threshold``: their similarities, first and second rows (``first < second``), best first
    and then in (first, second) order.

    Candidates come from an inverted index: each sentence probes the postings of its PREFIX rarest
    terms (two sentences that state one fact share a distinctive term; terms held by more than
    MAX_POSTING sentences are never probed) and is compared with the PARTNERS candidates that share
    most of them (ties: the earlier sentence). Each candidate pair is compared once, all of them in
    bulk (:func:`~generator.similarity.similarities`). The cost grows with the corpus, not with its square.
    """
    if not len(m.lengths):
        empty = np.zeros(0, dtype=np.int64)
        return np.zeros(0), empty, empty
    first, second = _candidates(m, numbered(articles))
    sims = similarities(m, first, second)
    keep = np.flatnonzero(sims >= threshold)
    rounded = round_like_python(sims[keep], 9)  # numpy's own round can differ in the last digit
    order = np.argsort(-rounded, kind="stable")  # candidates come in (first, second) order
    keep = keep[order]
    return rounded[order], first[keep], second[keep]


def _candidates(m: TermMatrix, owner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The candidate pairs ``(i, j)``, ``i < j``, of :func:`similar_pairs`, as two arrays, in (i, j) order."""
    n = len(m.lengths)
    df = np.bincount(m.ids, minlength=m.vocabulary)
    held = df[m.ids]
    # Each row's PREFIX rarest probe-able terms (rarest first, then in term order).
    probe = np.flatnonzero((held > 1) & (held <= MAX_POSTING))
    probe = probe[np.lexsort((held[probe] * m.vocabulary + m.ids[probe], m.rows[probe]))]
    probe = probe[first_of_runs(m.rows[probe], PREFIX)]
    # Postings: the rows holding each term, in row order (rows as int32 while they fit: less to move).
    row_type = np.int32 if n <= np.iinfo(np.int32).max else np.int64
    postings = m.rows.astype(row_type)[np.argsort(m.ids, kind="stable")]
    posting_start = np.cumsum(df) - df
    terms, sizes = m.ids[probe], df[m.ids[probe]]
    i = np.repeat(m.rows[probe].astype(row_type), sizes)
    j = postings[ranges(posting_start[terms], sizes)]
    owner = owner.astype(row_type)
    other = owner[i] != owner[j]
    # How many of i's probed terms each partner holds: runs of equal pair codes once sorted (codes in
    # the narrowest type: quicker sorts).
    code_type = np.uint32 if n * n <= np.iinfo(np.uint32).max else np.int64
    code = i[other].astype(code_type) * code_type(n) + j[other].astype(code_type)
    code.sort()
    run_start = np.ones(len(code), dtype=bool)
    run_start[1:] = code[1:] != code[:-1]
    starts = np.flatnonzero(run_start)
    shared = np.diff(np.append(starts, len(code)))
    code = code[starts]
    i, j = (code // n).astype(np.int64), (code % n).astype(np.int64)
    # The PARTNERS best partners of each i: most shared first, then the earlier (entries are in (i, j)
    # order, which a stable sort on i and shared keeps among ties).
    best = np.argsort(i * (PREFIX + 1) + (PREFIX - shared), kind="stable")
    best = best[first_of_runs(i[best], PARTNERS)]
    low, high = np.minimum(i[best], j[best]), np.maximum(i[best], j[best])
    pair = np.unique(low.astype(code_type) * code_type(n) + high.astype(code_type))
    return (pair // n).astype(np.int64), (pair % n).astype(np.int64)


def numbered(names: Sequence[str]) -> np.ndarray:
    """``names`` as numbers, equal where the names are (in order of first appearance)."""
    codes: dict[str, int] = {}
    return np.fromiter((codes.setdefault(x, len(codes)) for x in names), np.int64, len(names))


@lru_cache(maxsize=1 << 16)
def _form(text: str) -> tuple[float, float]:
    """The parts of :func:`completeness` that depend on the text alone: its length bonus and its
    dangling-pronoun penalty (worked out once per distinct text)."""
    n = len(text.split())
    length = min(n, 40) / 40 - max(0, n - 60) / 100
    return 0.3 * length, (DANGLING_PENALTY if dangling(text) else 0.0)


def completeness(item: ScoredSentence, form: tuple[float, float]) -> float:
    """How well a sentence states its fact on its own: central, neither clipped nor rambling, and
    saying who rather than "he" or "they". ``form`` is :func:`_form` of its text.

    Tried on the fifteen labelled corpora: preferring as the quote the sentence holding most of the
    other members' content words (``completeness + c * share``, c 0.15-0.8) lifted the fourteen
    corpora besides the seed's recall by about 0.01 but cost 0.003-0.008 of precision (a longer
    quote carries more topics), and the seed corpus's repeated facts rose from 3 to 5; keeping it
    only where the new quote's best topic is the old one's cut the gain to 0.003, not the cost."""
    length_bonus, penalty = form
    return item.salience + length_bonus - penalty


def _nearby(sims: np.ndarray, first: np.ndarray, second: np.ndarray, root_of: np.ndarray,
            article_of: np.ndarray) -> dict[int, list[int]]:
    """Per cluster root, the NEARBY most similar sentences of the pairs ``first[k], second[k]``
    (similar pairs left unmerged included) that lie in other clusters and in articles the cluster
    does not hold: a sentence may corroborate facts besides its own.

    Pairs are taken best first, then in (first, second) order; each offers each side's sentence to
    the other side's cluster. ``article_of`` numbers the sentences' articles.
    """
    order = np.lexsort((second, first, -sims))
    first, second = first[order], second[order]
    a, b = root_of[first], root_of[second]
    apart = a != b
    # Offers in order: the pair's second sentence to the first's cluster, then the reverse.
    roots = np.column_stack((a[apart], b[apart])).ravel()
    others = np.column_stack((second[apart], first[apart])).ravel()
    articles = len(article_of) and int(article_of.max()) + 1
    held = np.unique(root_of * articles + article_of)  # (cluster, article) pairs that exist
    offered = roots * articles + article_of[others]
    fresh = np.flatnonzero(~np.isin(offered, held))
    roots, others = roots[fresh], others[fresh]
    # A sentence offered twice to one cluster counts once, where it was first offered.
    _, first_offer = np.unique(roots * len(root_of) + others, return_index=True)
    first_offer.sort()
    roots, others = roots[first_offer], others[first_offer]
    by_root = np.argsort(roots, kind="stable")
    by_root = by_root[first_of_runs(roots[by_root], NEARBY)]
    out: dict[int, list[int]] = defaultdict(list)
    for root, other in zip(roots[by_root].tolist(), others[by_root].tolist()):
        out[root].append(other)
    return out


def _other_figures(texts: Sequence[str], a: int, b: int) -> bool:
    """Whether texts ``a`` and ``b`` count one thing with different numbers, one of them in words
    (:func:`~generator.numeric.count_differently`: "five miners" and "two miners"): never one fact, as
    each would be cited beside the other. (Verify splits off a fact's sentences that lack its quote's
    figures, but only figures in digits; blocking every pair of :func:`~generator.numeric.differ_in_figures`
    here instead moved the quotes chosen on kishida-washington and macron-beijing, recall 0.778 -> 0.733
    and 0.711 -> 0.689.)"""
    return a != b and count_differently(texts[a], texts[b])


def group(items: Sequence[ScoredSentence]) -> tuple[Fact, ...]:
    """Merge sentences that state the same fact; every sentence ends in exactly one fact."""

    # Identical sentences (wire copies, reprints) are one text, compared with the others once.
    text_of: dict[str, int] = {}
    seen: dict[str, int] = {}  # exact texts, most repeats found without normalising again
    holders: list[list[int]] = []
    text_index = []
    for i, x in enumerate(items):
        t = seen.get(x.sentence.text)
        if t is None:
            t = seen[x.sentence.text] = text_of.setdefault(" ".join(x.sentence.text.lower().split()), len(text_of))
        if t == len(holders):
            holders.append([])
        holders[t].append(i)
        text_index.append(t)
    texts = [items[h[0]].sentence.text for h in holders]
    m = weighted_terms(texts)
    vecs: dict[int, Vector] = {}  # the texts roots are compared by, made as needed

    def vector(t: int) -> Vector:
        v = vecs.get(t)
        if v is None:
            v = vecs[t] = row_vector(m, t)
        return v
    # A text held by several articles may pair with any of them, so it gets an owner of its own.
    owners = [items[h[0]].sentence.article_id if len(h) == 1 else f"\0{t}" for t, h in enumerate(holders)]
    sims, first, second = scored_pairs(m, owners, NEAR)
    # Texts to sentences: each text's first holder (they come in text order, so pair order holds).
    lead = np.array([h[0] for h in holders], dtype=np.int64)
    first, second = lead[first], lead[second]
    copies = [(h[0], i) for h in holders for i in h[1:]]
    similar = int(np.searchsorted(-sims, -THRESHOLD, side="right"))
    parent = DisjointSets(len(items)).parent  # joined in place: both sides are roots
    articles = [{x.sentence.article_id} for x in items]
    for i, j in copies + list(zip(first[:similar].tolist(), second[:similar].tolist())):
        a, b = find_root(parent, i), find_root(parent, j)
        if a == b or not articles[a].isdisjoint(articles[b]):
            continue
        if stance_differs(texts[text_index[i]], texts[text_index[j]]):  # so every cluster holds one stance
            continue
        ta, tb = text_index[a], text_index[b]
        if _other_figures(texts, text_index[i], text_index[j]) or _other_figures(texts, ta, tb):
            continue
        # Roots are the sentences that started each cluster; requiring them to be alike too keeps
        # chains (A like B, B like C, C unlike A) from merging different facts.
        # When both sentences are still their clusters' roots, the pair's own similarity (at least
        # THRESHOLD) already says so.
        if ((a, b) == (i, j) and ta != tb) or (ta == tb and m.lengths[ta]) \
                or similarity(vector(ta), vector(tb)) >= LINK * THRESHOLD:
            parent[b] = a
            articles[a] |= articles[b]
    root_of = [find_root(parent, i) for i in range(len(items))]
    clusters: dict[int, list[int]] = defaultdict(list)
    for i, root in enumerate(root_of):
        clusters[root].append(i)
    article_of = numbered([x.sentence.article_id for x in items])
    copy_pairs = np.array(copies, dtype=np.int64).reshape(-1, 2)
    nearby = _nearby(np.concatenate((np.ones(len(copies)), sims)), np.concatenate((copy_pairs[:, 0], first)),
                     np.concatenate((copy_pairs[:, 1], second)), np.array(root_of, dtype=np.int64),
                     article_of)
    # Wire copies share a text and a salience, so their completeness is worked out once.
    scored: dict[tuple[int, float], float] = {}

    def most_complete_first(i: int) -> tuple[float, str, int]:
        x, t = items[i], text_index[i]
        value = scored.get((t, x.salience))
        if value is None:
            value = scored[(t, x.salience)] = -completeness(x, _form(texts[t]))
        return value, x.sentence.article_id, x.sentence.index

    facts = []
    for root, members in clusters.items():
        ordered = [items[i] for i in sorted(members, key=most_complete_first)] if len(members) > 1 else [items[root]]
        lead = ordered[0].sentence
        facts.append(Fact(f"{lead.article_id}-{lead.index}", tuple(ordered),
                          tuple(items[j] for j in nearby.get(root, ()))))
    facts.sort(key=lambda f: f.id)
    return tuple(facts)

