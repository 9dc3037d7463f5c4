"""Stage 5, select: choose each topic page's facts, drop repeats, and order them by importance.

A fact goes on a page when the page is among the topics its sentences serve best. On a page,
facts are ranked by topic fit, corroboration (how many articles state it) and salience; a fact too
close in wording to one already chosen is dropped, and a page stops when good facts run out rather
than padding itself with weak ones.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from generator.records import Fact, Quote, Topic, TopicPage
from generator.textutil import content_stems

MIN_SCORE = 0.45
"""A fact below this topic score (1 = a typical strong sentence for the topic) is never shown."""
RELATIVE = 0.75
"""A fact also serves a second topic when that topic scores at least this share of its best one."""
REPEAT = 0.5
"""Two quotes sharing this share of their content stems (Jaccard) count as the same fact."""


def fact_score(fact: Fact, topic: str) -> float:
    """The topic score of a fact: the best of its sentences, lifted a little by agreeing ones."""
    scores = sorted((m.score(topic) for m in fact.members), reverse=True)
    return scores[0] + 0.1 * sum(scores[1:3])


def serves(fact: Fact, topic: str, topics: Sequence[Topic]) -> bool:
    """Whether the fact belongs on ``topic``'s page."""
    own = fact_score(fact, topic)
    best = max(fact_score(fact, t.id) for t in topics)
    return own >= MIN_SCORE and own >= RELATIVE * best


def rank(fact: Fact, topic: str) -> float:
    """Page order: topic fit, times corroboration, times salience."""
    corroboration = 1 + 0.5 * math.log2(len(fact.members))
    return fact_score(fact, topic) * corroboration * (0.5 + fact.lead.salience)


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def select(facts: Sequence[Fact], topics: Sequence[Topic], max_quotes: int) -> tuple[TopicPage, ...]:
    """One page per topic, in configured order, each with its quotes best first."""
    pages = []
    for topic in topics:
        candidates = sorted(((rank(f, topic.id), f) for f in facts if serves(f, topic.id, topics)),
                            key=lambda x: (-x[0], x[1].id))
        chosen: list[Quote] = []
        seen: list[set[str]] = []
        for score, fact in candidates:
            stems = set(content_stems(fact.lead.sentence.text))
            if any(_jaccard(stems, s) >= REPEAT for s in seen):
                continue
            chosen.append(Quote(fact, topic.id, round(score, 6)))
            seen.append(stems)
            if len(chosen) >= max_quotes:
                break
        pages.append(TopicPage(topic, tuple(chosen)))
    return tuple(pages)
