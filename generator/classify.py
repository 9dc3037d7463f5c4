"""Stage 3, classify: score each quotable sentence against each configured topic.

The method needs no model download and no seed words:

1. Each topic's title, description and cues become weighted stems (cues and title weigh most).
2. A sentence's seed score for a topic combines the weights of the topic stems it contains, each
   scaled by how rare the stem is in the corpus (a word in every sentence tells nothing about a
   topic) and by where it stands (the main clause comes first in news sentences); further matches
   add less and less, so a sentence heavy with one topic's vocabulary does not swamp the others.
3. The corpus then teaches related words: a stem's affinity to a topic is the mean seed score of
   the sentences it occurs in. Sentences that share no word with any cue still get a score from
   the words they share with sentences that do (distributional similarity, learned per corpus).
4. Scores are scaled per topic (its few best sentences score 1) so that topics with short or long
   cue lists compete fairly.

The stage also gives each sentence a salience: its TF-IDF cosine to the corpus centroid, i.e. how
much it is about what the whole corpus is about.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from generator.records import Kind, ScoredSentence, Sentence, Topic, TopicScore
from generator.textutil import content_stems, idf_table

TITLE_WEIGHT = 1.0
CUE_WEIGHT = 1.0
DESCRIPTION_WEIGHT = 0.5
EXPANSION_WEIGHT = 0.8
"""How much the corpus-learned affinities add to the seed score."""
TOP_K = 5
"""A topic's scores are scaled so the mean of its best TOP_K sentences (or best 1%) is 1."""
FLOOR = 1.0
"""Share of the median topic's best score below which a topic's scale is not lowered."""
SMOOTHING = 3.0
"""Pseudo-count that keeps a stem seen in one or two sentences from getting a strong affinity."""


def topic_profile(topic: Topic) -> tuple[dict[str, float], list[tuple[tuple[str, ...], float]]]:
    """Weighted single stems and multi-word phrases that signal ``topic``."""
    weights: dict[str, float] = defaultdict(float)
    phrases: list[tuple[tuple[str, ...], float]] = []
    for text, w in ((topic.title, TITLE_WEIGHT), (topic.description, DESCRIPTION_WEIGHT)):
        for s in set(content_stems(text)):
            weights[s] = max(weights[s], w)
    for cue in topic.cues:
        stems = tuple(content_stems(cue))
        if len(stems) == 1:
            weights[stems[0]] = max(weights[stems[0]], CUE_WEIGHT)
        elif stems:
            phrases.append((stems, CUE_WEIGHT))
    return dict(weights), phrases


def combine(hits: list[float]) -> float:
    """Evidence from several cue matches: the root of the sum of squares, so that each further match
    adds less and a sentence heavy with one topic's vocabulary does not swamp the others."""
    return math.sqrt(sum(h * h for h in hits))


POSITION_DECAY = 0.5
"""Weight lost by a cue from the start to the end of a sentence (front-loaded main clause)."""


def _positions(stems: Sequence[str]) -> dict[str, float]:
    """Weight of each stem by where it first occurs in the sentence."""
    out: dict[str, float] = {}
    last = max(len(stems) - 1, 1)
    for k, w in enumerate(stems):
        out.setdefault(w, 1.0 + POSITION_DECAY / 2 - POSITION_DECAY * k / last)
    return out


def _has_phrase(stems: Sequence[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(stems[i:i + n]) == phrase for i in range(len(stems) - n + 1))


def classify(sentences: Sequence[Sentence], topics: Sequence[Topic]) -> tuple[ScoredSentence, ...]:
    """Topic scores and salience for every quotable sentence (``Kind.SENTENCE``), in input order."""
    quotable = [s for s in sentences if s.kind is Kind.SENTENCE]
    if not quotable:
        return ()
    stem_lists = [content_stems(s.text) for s in quotable]
    # Sorted, so that float sums run in the same order whatever the hash seed: same input, same bytes.
    stem_sets = [sorted(set(x)) for x in stem_lists]
    n = len(quotable)
    df = Counter(w for st in stem_sets for w in st)
    idf = idf_table(stem_sets)
    max_idf = math.log((n + 1) / 0.5)

    profiles = [topic_profile(t) for t in topics]
    # News sentences front-load their main clause ("X praised Y for ..."); words in trailing
    # elaborations say less about what the sentence is about.
    positions = [_positions(sl) for sl in stem_lists]
    seed = [[0.0] * n for _ in topics]
    for ti, (weights, phrases) in enumerate(profiles):
        row = seed[ti]
        for i, st in enumerate(stem_sets):
            pos = positions[i]
            hits = [weights[w] * idf[w] / max_idf * pos[w] for w in st if w in weights]
            hits += [pw for phrase, pw in phrases if _has_phrase(stem_lists[i], phrase)]
            row[i] = combine(hits)

    # 3. affinity of every stem to every topic, learned from the seed scores
    expanded_rows = []
    for ti in range(len(topics)):
        row = seed[ti]
        acc: dict[str, float] = defaultdict(float)
        for i, st in enumerate(stem_sets):
            if row[i]:
                for w in st:
                    acc[w] += row[i]
        affinity = {w: v / (df[w] + SMOOTHING) for w, v in acc.items()}
        expanded = []
        for i, st in enumerate(stem_sets):
            if st:
                weight = sum(idf[w] for w in st)
                learned = sum(affinity.get(w, 0.0) * idf[w] for w in st) / weight
            else:
                learned = 0.0
            expanded.append(row[i] + EXPANSION_WEIGHT * learned)
        expanded_rows.append(expanded)
    # 4. scale per topic: the mean of the topic's few best sentences becomes 1, except that a topic
    # whose best sentences are weak next to the other topics' best is not inflated to match them.
    tops = []
    for expanded in expanded_rows:
        ranked = sorted(expanded, reverse=True)
        best = ranked[: max(TOP_K, len(ranked) // 100)]
        tops.append(sum(best) / len(best))
    floor = FLOOR * sorted(tops)[len(tops) // 2]
    scores = [[v / (max(top, floor) or 1.0) for v in expanded] for top, expanded in zip(tops, expanded_rows)]

    # salience: cosine of the TF-IDF vector to the corpus centroid
    centroid: dict[str, float] = defaultdict(float)
    for st in stem_sets:
        norm = math.sqrt(sum(idf[w] ** 2 for w in st)) or 1.0
        for w in st:
            centroid[w] += idf[w] / norm
    cnorm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
    out = []
    for i, s in enumerate(quotable):
        st = stem_sets[i]
        norm = math.sqrt(sum(idf[w] ** 2 for w in st)) or 1.0
        salience = sum(idf[w] * centroid[w] for w in st) / (norm * cnorm)
        ts = sorted((TopicScore(t.id, round(scores[ti][i], 6)) for ti, t in enumerate(topics) if scores[ti][i] > 0),
                    key=lambda x: (-x.score, x.topic))
        out.append(ScoredSentence(s, tuple(ts), round(salience, 6)))
    return tuple(out)
