"""Facts and topics shared by the tests of select and restate."""

from __future__ import annotations

from generator.records import Fact, Kind, ScoredSentence, Sentence, Topic, TopicScore

TOPICS = (Topic("money", "Money", "m", ("trade",)), Topic("war", "War", "w", ("troops",)),
          Topic("weather", "Weather", "x", ("rain",)))


def make_fact(article: str, n: int, text: str, scores: dict[str, float], salience: float = 0.3) -> Fact:
    """A fact of one sentence, its topic scores best first."""
    s = Sentence(article, n, 0, len(text), text, Kind.SENTENCE, 0)
    ts = tuple(TopicScore(k, v) for k, v in sorted(scores.items(), key=lambda kv: -kv[1]))
    return Fact(f"{article}-{n}", (ScoredSentence(s, ts, salience),))


FACTS = [
    make_fact("a", 0, "Trade between the two countries doubled to ten billion dollars last year.", {"money": 1.0}),
    make_fact("b", 0, "Bilateral trade doubled last year to reach ten billion dollars.", {"money": 0.9}),
    make_fact("a", 1, "Troops crossed the river on Tuesday and took the bridge near the border.", {"war": 1.0}),
    make_fact("c", 0, "The arms deal was paid for with grain, fuel and foreign currency shipments.",
              {"money": 0.9, "war": 0.85}),
    make_fact("c", 1, "A festival of folk music drew large crowds to the old town square.", {"money": 0.05}),
]
