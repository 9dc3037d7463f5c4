"""Who did what: the same act credited to different actors by different outlets.

A sentence credits an act to a named actor in the active voice ("Pyongyang proposed the treaty") or
the passive ("the treaty was proposed by Moscow"). Two such sentences disagree when they come from
different outlets, use the same verb, say the same about what was acted on (most of its distinctive
words shared), name different actors, and neither sentence names the other's actor at all (a
sentence naming both may simply report both roles). Precision comes first: a false disagreement
misleads, so only names (capitalised words) count as actors, pronouns never do, and the act must
match closely.

A coordinated subject ("Washington and Hanoi normalised relations") credits the act to all its
parties jointly. A joint act conflicts only with another joint act sharing none of its parties: a
sentence crediting one actor ("Hanoi normalised relations", "Clinton normalised ties") may name one
of the parties, or someone acting for one.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from generator.insights.corpus import Corpus
from generator.insights.records import Disagreement, Position
from generator.records import Sentence
from generator.textutil import stem, unremembered_stems

_NAME = r"(?:[A-Z][\w'\u2019-]*)(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*){0,3}"
_PARTIES = rf"{_NAME}(?:(?:,\s+(?:the\s+)?{_NAME}){{0,4}},?\s+and\s+(?:the\s+)?{_NAME})?"
"""A name, or names joined by commas and "and" ("Washington and Hanoi", "Oslo, Bern and the Hague")."""
_JOINT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
PASSIVE = re.compile(rf"\b(?:was|were|had been|has been|have been)\s+(\w+ed)\s+by\s+(?:the\s+)?({_PARTIES})")
ACTIVE = re.compile(rf"(?<![\w'\u2019-])({_PARTIES})\s+(?:had\s+|has\s+|have\s+)?(\w+ed)\s+(?:the\s+|a\s+|an\s+)?"
                    r"([^,;:]+)")
NOT_ACTORS = frozenset("a an the this that these those he she it they we i you his her its their our my "
                       "in on at after before when while as but and or if then yet also however meanwhile".split())
"""Capitalised words that open a sentence or clause without naming anyone."""
OBJECT_WORDS = 6
"""Content words that describe what was acted on."""
MIN_SHARED = 2
SHARE = 0.6
"""What was acted on must share at least MIN_SHARED content words, and this share of the smaller side."""
MAX_GROUP = 200
"""Sentences with one verb compared pairwise at most (bounds the cost)."""


@dataclass(frozen=True)
class Credit:
    """One sentence crediting an act to an actor."""

    sentence: Sentence
    actor: str
    verb: str
    """Stem of the verb."""
    verb_word: str
    acted_on: frozenset[str]
    """Content stems of what was acted on."""
    acted_words: tuple[str, ...]
    start: int
    end: int
    """Span of the actor in the sentence's text."""

    @property
    def parties(self) -> tuple[str, ...]:
        """The names the act is credited to: several for a joint act ("Washington and Hanoi")."""
        return tuple(_actor(p) or p for p in _JOINT.split(self.actor))


def _actor(name: str) -> str | None:
    """``name`` as an actor, or None when it opens with a word that names no one."""
    words = name.split()
    while words and words[0].lower() in NOT_ACTORS:
        words = words[1:]
    return " ".join(words) or None


def credits(sentence: Sentence) -> list[Credit]:
    """The acts ``sentence`` credits to named actors."""
    return [Credit(sentence, *part) for part in _credit_parts(sentence.text)]


_CreditPart = tuple[str, str, str, frozenset[str], tuple[str, ...], int, int]
"""A :class:`Credit`'s fields after its sentence."""


@lru_cache(maxsize=1 << 14)
def _credit_parts(text: str) -> tuple[_CreditPart, ...]:
    """What :func:`credits` finds in ``text``, worked out once per text (reprints and serve's
    rebuilds meet the same texts again)."""
    out: list[_CreditPart] = []
    for m in PASSIVE.finditer(text):
        actor = _actor(m.group(2))
        before = text[:m.start()].split()[-OBJECT_WORDS:]
        acted = unremembered_stems(" ".join(before))
        if actor and acted:
            start = m.start(2) + m.group(2).index(actor)
            out.append((actor, stem(m.group(1)), m.group(1), frozenset(acted), tuple(before), start, start + len(actor)))
    for m in ACTIVE.finditer(text):
        actor = _actor(m.group(1))
        words = m.group(3).split()[:OBJECT_WORDS + 2]
        acted = unremembered_stems(" ".join(words))[:OBJECT_WORDS]
        if actor and acted and not text[:m.start()].rstrip().endswith(("was", "were", "been")):
            start = m.start(1) + m.group(1).index(actor)
            out.append((actor, stem(m.group(2)), m.group(2), frozenset(acted), tuple(words), start, start + len(actor)))
    return tuple(out)


def _same_actor(a: str, b: str) -> bool:
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return wa <= wb or wb <= wa


def _names(credit: Credit, text: str) -> bool:
    """Whether ``text`` mentions the actor of ``credit`` (any name of any party)."""
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(w.lower())}\b", lowered)
               for party in credit.parties for w in party.split() if len(w) > 2)


def _rival(a: Credit, b: Credit) -> bool:
    """Whether two credits of one act name rival actors: both single or both joint, with no party in
    common, and neither sentence naming the other's actor."""
    if (len(a.parties) > 1) != (len(b.parties) > 1):
        return False  # the single actor may be one of the parties, or act for one ("Clinton" for "Washington")
    if any(_same_actor(x, y) for x in a.parties for y in b.parties):
        return False
    return not (_names(a, b.sentence.text) or _names(b, a.sentence.text))


def actor_disagreements(corpus: Corpus) -> list[Disagreement]:
    """Acts that outlets credit to different actors, each actor a position with its sources."""
    by_verb: dict[str, list[Credit]] = defaultdict(list)
    for s in corpus.sentences:
        for c in credits(s):
            by_verb[c.verb].append(c)
    out = []
    for verb in sorted(by_verb):
        group = by_verb[verb][:MAX_GROUP]
        pairs: dict[tuple[str, str], tuple[Credit, Credit]] = {}
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if corpus.outlets.by_article[a.sentence.article_id] == corpus.outlets.by_article[b.sentence.article_id]:
                    continue
                shared = a.acted_on & b.acted_on
                if len(shared) < MIN_SHARED or len(shared) < SHARE * min(len(a.acted_on), len(b.acted_on)):
                    continue
                if not _rival(a, b):
                    continue
                pairs.setdefault((min(a.actor, b.actor), max(a.actor, b.actor)), (a, b))
        for _, (a, b) in sorted(pairs.items()):
            positions = tuple(Position(c.actor, (corpus.cite(c.sentence, c.start, c.end),), 1)
                              for c in sorted((a, b), key=lambda c: c.actor))
            lead = min((a, b), key=lambda c: (c.sentence.article_id, c.sentence.index))
            shared_words = [w for w in a.acted_words if set(unremembered_stems(w)) & a.acted_on & b.acted_on]
            subject = f"{a.verb_word} {' '.join(w.strip('.,;:') for w in shared_words)}".strip()
            out.append(Disagreement(f"{lead.sentence.article_id}-{lead.sentence.index}-{verb}", "actor", subject,
                                    positions))
    return out
