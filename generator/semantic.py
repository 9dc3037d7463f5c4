"""Seed scores by meaning, for topics configured without cues (part of stage 3, classify).

A topic with cues is found by its words. One given only a title and a one-line description has a
dozen words at most, often abstract ones ("context", "circumstances", "fallout") that news sentences
seldom use. For such a topic, sentences are also compared by sentence embedding (:mod:`generator.embed`)
with the topic's "title: description": those well above the corpus's usual closeness get a seed
score. Classify adds it to the seed its words give, and its corpus-learned affinities carry it on to
the sentences outside the sample compared here.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from generator import embed
from generator.records import Sentence, Topic

SAMPLE = 400
"""Distinct sentences compared at most: the first sentence of every article, then the second, and so
on (a news story puts its main facts first). Bounds the cost on a large corpus: encoding 400
sentences takes about 3 s on this project's 2-core benchmark machine, once (``mkdocs serve`` keeps
their vectors for its rebuilds)."""
WEIGHT = 2.0
"""Seed score of a sentence three standard deviations closer to the topic than the sample's mean
(scaled linearly; sentences at or below the mean get none). A cue found in a sentence scores 1 at
most, so a sentence clearly about the topic counts about as two cues."""


def sample(quotable: Sequence[Sentence]) -> list[str]:
    """The distinct texts to compare, at most SAMPLE, in order: every article's first sentence, then
    its second ..."""
    order = sorted(range(len(quotable)), key=lambda i: (quotable[i].index, i))
    return list(dict.fromkeys(quotable[i].text for i in order))[:SAMPLE]


def semantic_seeds(quotable: Sequence[Sentence], topics: Sequence[Topic]) -> dict[str, np.ndarray]:
    """Per topic without cues, a seed score for each of ``quotable`` (0 outside the sample)."""
    bare = [t for t in topics if not t.cues]
    texts = sample(quotable) if bare else []
    if len(texts) < 3:  # too few to tell close from usual
        return {}
    vectors = embed.vectors.rows(texts)
    described = embed.encoder().encode([f"{t.title}: {t.description}" for t in bare])
    out = {}
    for topic, cosines in zip(bare, (vectors @ described.T).T.astype(np.float64)):
        spread = float(cosines.std()) or 1.0
        value = dict(zip(texts, (WEIGHT / 3 * np.maximum(cosines - cosines.mean(), 0) / spread).tolist()))
        out[topic.id] = np.array([value.get(s.text, 0.0) for s in quotable])
    return out
