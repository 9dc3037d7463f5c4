"""Disagreements: outlets that give different values for the same thing.

Every date, day and amount in a sentence becomes a claim about the words around it (its subject).
Two claims from different outlets are about the same thing when they are of the same kind (a day,
a year, money, a count of the same noun ...) and their subjects share enough distinctive words,
weighted by how rare each word is in the corpus. Claims about one thing are gathered; when they give
different values, the values and their sources are shown side by side.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from generator.disjoint import DisjointSets
from generator.insights.actors import actor_disagreements
from generator.insights.corpus import Corpus, values_of
from generator.insights.figures import unit_key
from generator.insights.records import Citation, Disagreement, Position
from generator.insights.timeline import resolve
from generator.insights.values import MONTHS, WEEKDAYS, Precision, ValueKind
from generator.records import Sentence
from generator.textutil import STOPWORDS, stem

WINDOW = 8
"""Words on each side of a value that name what it is about."""
MIN_SIMILARITY = 0.2
"""Weighted share of subject words two claims must share (of the smaller subject)."""
MIN_SIMILARITY_YEAR = 0.35
"""Years name many past events ("since 2000", "in 1961"): two of them must share more to be compared."""
MAX_SHARE = 0.2
"""A shared word must occur in at most this share of sentences to count as distinctive."""
MIN_COMMON = 3
"""A word in this few sentences is distinctive however small the corpus."""
MAX_POSTING = 400
"""A word next to more values than this is too common to pair them on."""
TOLERANCE = 0.15
"""Relative difference under which an approximate amount ("nearly five million") agrees."""


_RELATIVE_WORDS = frozenset("yesterday today tomorrow tonight morning afternoon evening night early late".split())


@dataclass(frozen=True)
class Claim:
    """One value stated in one sentence, with the words it is about."""

    slot: str
    """What kind of value: "day", "month", "year", or "<kind>:<unit>" for amounts."""
    value: str
    """Normalised value, compared for equality ("Tuesday", "2024-06-18", "5000000")."""
    weekday: str
    """For days, the weekday name (compared when a date is unknown)."""
    amount: float | None
    approximate: bool
    sentence: Sentence
    start: int
    end: int
    subject: frozenset[str]
    words: tuple[str, ...]
    """Subject words as written, in order (to name the subject)."""
    near: frozenset[str]
    """Keys of the words right next to the value: a single shared word must be one of them."""
    label: str
    """The value as written ("close to $400 million", "late Wednesday")."""


@lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
    # A short prefix of the stem lets "arrival"/"arrived"/"arrive" and "Korea"/"Korean" meet.
    return stem(word)[:5]


def _subject(text: str, start: int, end: int) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """Subject keys, subject words and the keys of the two words nearest the value on each side."""
    before = _content(_tokens(text[:start]), sentence_start=True)[-WINDOW:]
    after = _content(_tokens(text[end:]), sentence_start=False)[:WINDOW]
    near = frozenset(_key(w) for w in before[-2:] + after[:2])
    return frozenset(_key(w) for w in before + after), tuple(before + after), near


def _content(tokens: list[str], *, sentence_start: bool) -> list[str]:
    """Words that can say what a value is about. Capitalised words inside the sentence are names
    (places, people, the bridge itself): they say what the whole story is about, not this value."""
    return [w for i, w in enumerate(tokens)
            if w.isalpha() and len(w) > 2 and w.lower() not in STOPWORDS and w.lower() not in WEEKDAYS
            and w.lower() not in MONTHS and w.lower() not in _RELATIVE_WORDS and (w.islower() or (sentence_start and i == 0))]


def _tokens(text: str) -> list[str]:
    # Stop at clause punctuation so a value is not tied to words of another clause.
    return [w.strip(".,;:!?\"'()\u201c\u201d\u2018\u2019") for w in text.split()]


def claims(corpus: Corpus, sentence: Sentence) -> list[Claim]:
    """Every comparable value of ``sentence``."""
    return [Claim(*part[:5], sentence, *part[5:])
            for part in _claim_parts(sentence.text, corpus.published(sentence))]


_ClaimPart = tuple[str, str, str, "float | None", bool, int, int, frozenset[str], tuple[str, ...], frozenset[str], str]
"""A claim's fields but its sentence (which goes between ``approximate`` and ``start``)."""


@lru_cache(maxsize=1 << 14)
def _claim_parts(text: str, published: dt.date | None) -> tuple[_ClaimPart, ...]:
    """The claims of a sentence text published on ``published``, but their sentence.

    Copies of one text (wire reprints, stock phrases) are common, and a rebuild under ``mkdocs serve``
    reads mostly the same texts again: each distinct text and day is read once.
    """
    out: list[_ClaimPart] = []
    found_dates, found_amounts = values_of(text)
    for m in found_dates:
        if m.precision in (Precision.WEEKDAY, Precision.DAY) or m.offset_days is not None:
            date, _, _ = resolve(m, published, text)
            weekday = WEEKDAYS[m.weekday].title() if m.weekday is not None else ""
            if date and len(date) == 10:
                weekday = WEEKDAYS[dt.date.fromisoformat(date).weekday()].title()
            if not (date or weekday):
                continue
            slot, value = "day", date or weekday
        elif m.precision is Precision.YEAR or m.offset_years is not None:
            date, _, _ = resolve(m, published, text)
            if not date:
                continue
            slot, value, weekday = "year", date[:4], ""
        else:
            continue  # a month alone is too vague to contradict anything
        subject, words, near = _subject(text, m.start, m.end)
        out.append((slot, value, weekday, None, False, m.start, m.end, subject, words, near, m.text))
    for a in found_amounts:
        if a.kind is ValueKind.DURATION and a.unit in ("years", "decades"):
            continue  # "in 24 years" tells how long since something, which other claims rarely restate
        subject, words, near = _subject(text, a.start, a.end)
        out.append((f"{a.kind.value}:{unit_key(a)}", f"{a.value:g}", "", a.value, a.approximate, a.start, a.end,
                    subject, words, near, a.text))
    return tuple(out)


def _conflict(a: Claim, b: Claim) -> bool:
    if a.amount is not None and b.amount is not None:
        if a.approximate or b.approximate:
            return abs(a.amount - b.amount) > TOLERANCE * max(abs(a.amount), abs(b.amount))
        return a.amount != b.amount
    if a.slot == "day" and (len(a.value) != 10 or len(b.value) != 10):
        return a.weekday != b.weekday  # without both dates, compare what both name: the weekday
    return a.value != b.value


def _display(c: Claim) -> str:
    if c.slot == "day":
        return c.value if len(c.value) != 10 else f"{c.weekday} {c.value}"
    return c.value if c.amount is None else c.label


@lru_cache(maxsize=1 << 14)
def _word_keys(text: str) -> frozenset[str]:
    """The keys of the content words of ``text`` (what its claims' subjects are made of)."""
    return frozenset(_key(w) for w in _tokens(text) if w.isalpha() and w.lower() not in STOPWORDS)


def disagreements(corpus: Corpus) -> tuple[Disagreement, ...]:
    """Things outlets state differently, each with its competing values and their sources."""
    all_claims = [c for s in corpus.sentences for c in claims(corpus, s)]
    df: dict[str, int] = defaultdict(int)
    for s in corpus.sentences:
        for k in _word_keys(s.text):
            df[k] += 1
    n = max(1, len(corpus.sentences))
    idf = {k: math.log((n + 1) / (v + 0.5)) for k, v in df.items()}
    by_slot: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(all_claims):
        by_slot[c.slot].append(i)

    # Per claim, once: its outlet, its distinctive subject words and its subject's weight.
    outlet = [corpus.outlets.by_article[c.sentence.article_id] for c in all_claims]
    limit = max(MAX_SHARE * n, MIN_COMMON)
    rare = [frozenset(k for k in c.subject if df.get(k, 0) <= limit) for c in all_claims]
    mass = [sum(idf.get(k, 0.0) for k in c.subject) for c in all_claims]

    # Reprints pair the same two subjects (the very objects: claims are cached per text) over and over.
    weights: dict[tuple[int, int], float] = {}

    def shared_weight(x: frozenset[str], y: frozenset[str]) -> float:
        key = (id(x), id(y))
        if key not in weights:
            weights[key] = sum(idf.get(k, 0.0) for k in x & y)
        return weights[key]

    # 1. Pairs of claims from different outlets about the same thing, and the distinctive words they share.
    links: list[tuple[int, int, frozenset[str], bool]] = []
    for idx in by_slot.values():
        # Two claims are compared only when a word stands next to both values (a rule below), so
        # candidates come from an index of those words: the cost follows the pairs that can match.
        postings: dict[str, list[int]] = defaultdict(list)
        for i in idx:
            for k in all_claims[i].near:
                postings[k].append(i)
        candidates = sorted({(p[x], q) for p in postings.values() if len(p) <= MAX_POSTING
                             for x in range(len(p)) for q in p[x + 1:]})
        for i, j in candidates:
            if outlet[i] == outlet[j]:
                continue
            a, b = all_claims[i], all_claims[j]
            distinctive = rare[i] & rare[j]
            # Both values must stand right next to a shared word ("arrived late Wednesday" /
            # "arrive on Tuesday"); when only one distinctive word is shared, it must be that one.
            near = a.near & b.near
            if not distinctive or not near or (len(distinctive) < 2 and not distinctive & near):
                continue
            weight = shared_weight(a.subject, b.subject)
            smaller = min(mass[i], mass[j])
            needed = MIN_SIMILARITY_YEAR if a.slot == "year" else MIN_SIMILARITY
            if smaller > 0 and weight / smaller >= needed:
                links.append((i, j, distinctive, _conflict(a, b)))
    # 2. Conflicting pairs form the cores; a claim that agrees with a core joins it only through the
    # core's own distinctive words, so a chain of loose likenesses cannot drag in other matters.
    sets = DisjointSets(len(all_claims))
    find = sets.find

    in_core: set[int] = set()
    for i, j, _, conflict in links:
        if conflict:
            sets.join(i, j)
            in_core.update((i, j))
    core_words: dict[int, set[str]] = defaultdict(set)
    for i, j, distinctive, conflict in links:
        if conflict:
            core_words[find(i)] |= distinctive
    for i, j, distinctive, conflict in links:
        if conflict:
            continue
        for inside, outside in ((i, j), (j, i)):
            if inside in in_core and outside not in in_core and distinctive & core_words[find(inside)]:
                sets.join(inside, outside)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(all_claims)):
        if find(i) in core_words:
            groups[find(i)].append(i)
    out = []
    for root, members in groups.items():
        positions: dict[str, list[Claim]] = defaultdict(list)
        for i in members:
            c = all_claims[i]
            value = c.weekday if c.slot == "day" and not any(
                len(all_claims[j].value) == 10 for j in members) else c.value
            positions[value].append(c)
        if len(positions) < 2:
            continue
        pos = []
        for _, cs in positions.items():
            cites: list[Citation] = []
            for c in sorted(cs, key=lambda c: (c.sentence.article_id, c.sentence.index, c.start)):
                if not any(x.article == c.sentence.article_id and x.sentence == c.sentence.index for x in cites):
                    cites.append(corpus.cite(c.sentence, c.start, c.end))
            pos.append(Position(_display(cs[0]), tuple(cites), corpus.outlets.count(x.article for x in cites)))
        pos.sort(key=lambda p: (-p.outlets, p.citations[0].article, p.citations[0].sentence))
        subject = _name_subject([all_claims[i] for i in members], core_words[root])
        first = min(pos, key=lambda p: (p.citations[0].article, p.citations[0].sentence)).citations[0]
        kind = all_claims[members[0]].slot.split(":")[0]
        out.append(Disagreement(f"{first.article}-{first.sentence}", kind, subject, tuple(pos)))
    out.extend(actor_disagreements(corpus))
    out.sort(key=lambda d: d.id)
    return tuple(out)


def _name_subject(members: list[Claim], best: set[str]) -> str:
    """The distinctive words the conflicting claims share, as the first claim writes them."""
    words: list[str] = []
    for c in members:
        for w in c.words:
            if _key(w) in best and _key(w) not in {_key(x) for x in words}:
                words.append(w)
    return " ".join(words)
