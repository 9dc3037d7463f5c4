"""Seed scores by meaning (part of stage 3, classify).

A topic is found first by its words: its cues, title and description. A topic given only a title and
a one-line description has a dozen words at most, often abstract ones ("context", "circumstances",
"fallout") that news sentences seldom use, and a topic file written by hand often has a handful of
cues. So sentences are also compared by sentence embedding (:mod:`generator.embed`) with each topic's
"title: description": those well above the corpus's usual closeness get a seed score, weighed against
the words the user gave (full for a topic without cues, less the more cues it has). Classify adds it
to the seed its words give, and its corpus-learned affinities carry it on to the sentences outside
the sample compared here.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from generator import embed
from generator.records import Sentence, Topic

SAMPLE = 400
"""Distinct sentences compared at most: the first sentence of every article, then the second, and so
on (a news story puts its main facts first). Bounds the cost on a large corpus: encoding 400
sentences takes about 4 s on this project's 2-core benchmark machine, once (``mkdocs serve`` keeps
their vectors for its rebuilds). Where every topic has cues, fewer: in proportion to how much
meaning weighs for the topic it weighs most for, but never below SAMPLE_MIN."""
SAMPLE_MIN = 150
"""Fewest distinct sentences compared, when there are that many (the default topics' long cue lists
come down to this: about 1.5 s more on a large corpus)."""
WEIGHT = 2.0
"""Seed score of a sentence three standard deviations closer to a topic without cues than the
sample's mean (scaled linearly; sentences at or below the mean get none). A cue found in a sentence
scores 1 at most, so a sentence clearly about the topic counts about as two cues."""
CUES_HALF = 8
"""Cues at which meaning weighs half as much as for a topic without cues (``WEIGHT * CUES_HALF /
(CUES_HALF + cues)``): 1 for a topic with 8 cues, 0.5 with 24, and less again for the default
topics' longer lists, whose words already reach most of what they are about. Swept over 2-24 on six
corpora: from 12 up, the seed corpus's precision falls; below 8, the topic files with few cues gain
less."""


def sample(quotable: Sequence[Sentence], size: int | None = None) -> list[str]:
    """The distinct texts to compare, at most ``size`` (SAMPLE when not given), in order: every
    article's first sentence, then its second ..."""
    order = sorted(range(len(quotable)), key=lambda i: (quotable[i].index, i))
    return list(dict.fromkeys(quotable[i].text for i in order))[:SAMPLE if size is None else size]


def weight(topic: Topic) -> float:
    """How much closeness in meaning counts for ``topic`` (see CUES_HALF)."""
    return WEIGHT * CUES_HALF / (CUES_HALF + len(topic.cues))


def semantic_seeds(quotable: Sequence[Sentence], topics: Sequence[Topic]) -> dict[str, np.ndarray]:
    """Per topic, a seed score for each of ``quotable`` (0 outside the sample)."""
    strongest = max((weight(t) for t in topics), default=0.0)
    texts = sample(quotable, max(SAMPLE_MIN, round(SAMPLE * strongest / WEIGHT))) if topics else []
    if len(texts) < 3:  # too few to tell close from usual
        return {}
    vectors = embed.vectors.rows(texts)
    described = embed.encoder().encode([f"{t.title}: {t.description}" for t in topics])
    out = {}
    for topic, cosines in zip(topics, (vectors @ described.T).T.astype(np.float64)):
        spread = float(cosines.std()) or 1.0
        value = dict(zip(texts, (weight(topic) / 3 * np.maximum(cosines - cosines.mean(), 0) / spread).tolist()))
        out[topic.id] = np.array([value.get(s.text, 0.0) for s in quotable])
    return out
