"""How alike two sentences are in what they state, for grouping facts and for dropping repeats.

Two outlets rarely state a fact in the same words. The measure therefore compares *terms* rather
than words: stems mapped through a small table of interchangeable news vocabulary (an agreement is a
treaty, a pact or an accord; apprehension is concern), numbers kept whole, and adjacent pairs of
content words ("strategic partnership") as extra terms. Terms are weighted by rarity in the corpus,
so shared names, places and figures count for much and shared common words for little.

The score blends the cosine of the weighted term vectors with their overlap coefficient (shared
weight over the smaller sentence's weight), so a short sentence restated inside a longer one still
scores high.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np

from generator.bulk import ranges
from generator.textutil import SCALE, STOPWORDS, Memo, idf_table, stem, words

# Interchangeable words in news reporting, by meaning. Generic vocabulary, not tied to any event.
_EQUIVALENT = [
    "agreement treaty accord pact deal memorandum",
    "concern apprehension worry worried alarm unease",
    "weapon arms armament munition ammunition",
    "visit trip tour",
    "supply supplying provide providing deliver delivery furnish ship shipped",
    "meet meeting talks summit",
    "sign signing signed conclude",
    "strengthen deepen bolster reinforce solidify boost",
    "relation relationship ties tie",
    "cooperation collaboration partnership",
    "criticise criticize condemn denounce",
    "say said state stated tell told",
    "praise praised laud lauded hail hailed commend",
    "thank thanked gratitude grateful appreciate appreciation",
    "accuse accused allege alleged accusation allegation",
    "deny denied denial reject rejected",
    "aid assistance help support",
    "sanction sanctions embargo",
    "military army armed",
    "economic economy",
    "trade trading commerce",
    "president leader",
    "arrive arrival arrived land landed",
    "expect expected anticipate anticipated",
    "increase rise rose grow grew growth surge",
    "threat threaten danger risk",
    "border frontier",
    "soldier troop troops",
    "invasion invade invaded offensive",
]
CANONICAL: dict[str, str] = {}
for _group in _EQUIVALENT:
    _stems = [stem(w) for w in _group.split()]
    for _s in _stems:
        CANONICAL.setdefault(_s, _stems[0])


TERMS = Memo()
"""Known results of :func:`terms` (filled by the pipeline for one run)."""


# A number, with its thousands and decimals, and the unit written after it: one term, so that "5.25%"
# is not "5" and "25", and "$4.2bn" and "4.2 billion dollars" share "4.2" and "billion". Not a number
# inside a word or after a point ("G20", "v1.2"): the pattern opens on a digit and then looks behind
# it (a regex that opens on a look-behind is tried at every character, twice as slow on news text).
_FIGURE = re.compile(r"(\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+|\d*))(?:\.(\d+))?"
                     r"(?:\s*(bn|billion|tn|trillion|mn|m|million|k|%|per\s?cent|percent)(?![a-z]))?(?![\w])",
                     re.IGNORECASE)
_FIGURE_TERM = re.compile(r"n\d+(?:p\d+)?")
"""A number as :func:`_figure_term` writes it (left unstemmed)."""


def _figure_term(m: re.Match[str]) -> str:
    """A number as one word ("5.25%" -> "n5p25 percent", "340,000" -> "n340000", "$4.2bn" -> "n4p2 billion")."""
    whole, decimals, unit = m.group(1).replace(",", ""), m.group(2), (m.group(3) or "").lower()
    unit = "percent" if unit == "%" or "cent" in unit else SCALE.get(unit, unit)
    return f" n{whole}{'p' + decimals if decimals else ''} {unit} "


@TERMS.wrap
def terms(text: str) -> list[str]:
    """The terms of a sentence: canonical content stems, numbers, and adjacent content-stem pairs."""
    out: list[str] = []
    prev: str | None = None
    for w in words(_FIGURE.sub(_figure_term, text)):
        if w in STOPWORDS or len(w) < 2:
            prev = None
            continue
        t = w if _FIGURE_TERM.fullmatch(w) else CANONICAL.get(stem(w), stem(w))
        out.append(t)
        if prev is not None:
            out.append(f"{prev}_{t}")
        prev = t
    return out


# A verb that contests what someone else claims, as the clause's own verb: "X denied it", "X rejected the
# idea that ...", "X pushed back", "X blamed Y" (a counter-account), "it is reckless to say ...". Not a
# passive ("the map was rejected by ..."), which reports the event as another outlet's "drew a protest" does;
# nor "dismissed" ("dismissed the system as old" belittles a thing, as "called it old" does) or "a suit
# blaming ..." (a participle describing a document). Not one inside a trailing aside that
# reports the claim in full ("..., a charge Beijing denies"), nor "pushed back expectations" (delayed).
_CONTESTS = re.compile(
    r"\b(?:(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )"  # a passive reports the event
    r"(?:den(?:ied|ies|y)|reject(?:ed|s)?|refut(?:ed|es)|rebu(?:ffed|tted)|brushed\s+aside|blam(?:ed|es))\b|"
    r"to\s+blame\b|"
    r"push(?:ed|es)?\s+back(?=\s*(?:[,.;:]|$|on\b|against\b|firmly\b|hard\b|strongly\b))|"
    r"(?:reckless|wrong|false|irresponsible|absurd|baseless|ridiculous)\b[^.;]{0,60}?\bto\s+(?:say|claim|suggest|allege))",
    re.IGNORECASE)
_ASIDE = re.compile(r",\s*(?:an?|the\s+(?:charge|claim|accusation|allegation|report)s?|claims|something|which)\b[^,]*$",
                    re.IGNORECASE)
"""The opening of a trailing aside, up to a contesting verb: ", a charge Beijing denies", ", which he denied",
", a remedy the regulator had rejected"."""


@lru_cache(maxsize=1 << 16)
def contests(text: str) -> bool:
    """Whether a sentence reports someone contesting a claim ("Moscow denied hitting the hospital", "it
    is reckless to say this was rigged") rather than stating one (see :func:`stance_differs`)."""
    return any(_ASIDE.search(text, 0, m.start()) is None for m in _CONTESTS.finditer(text))


def stance_differs(a: str, b: str) -> bool:
    """Whether one sentence contests a claim and the other does not: then they state different facts,
    however many words they share ("This was a rigged trial" and "it is reckless to say this was rigged";
    "Powell said they would decide one meeting at a time" and "Powell, asked about the timing, pushed
    back firmly"), and neither is cited beside the other."""
    return contests(a) != contests(b)


@dataclass(frozen=True)
class Vector:
    """A sentence's weighted terms, with precomputed norms."""

    weights: dict[str, float]
    norm: float
    """Euclidean norm of the weights."""
    mass: float
    """Sum of squared weights (for the overlap coefficient)."""


def _term_weights(texts: Iterable[str]) -> tuple[list[list[str]], dict[str, float]]:
    """Each text's distinct terms, sorted (float sums then run in a fixed order), and every term's weight."""
    term_sets = [sorted(set(terms(t))) for t in texts]
    # Pairs weigh half: they reward shared phrasing without counting the same words twice over.
    return term_sets, {t: w * (0.5 if "_" in t else 1.0) for t, w in idf_table(term_sets).items()}


def vectors(texts: Iterable[str]) -> list[Vector]:
    """Weighted term vectors of ``texts``, weights learned from the texts themselves."""
    term_sets, weights = _term_weights(texts)
    out = []
    for ts in term_sets:
        values = [weights[t] for t in ts]
        mass = sum(map(operator.mul, values, values))
        out.append(Vector(dict(zip(ts, values)), math.sqrt(mass) or 1.0, mass or 1.0))
    return out


def similarity(a: Vector, b: Vector) -> float:
    """0..1: how much two sentences state the same thing (see the module docstring)."""
    if len(a.weights) > len(b.weights):
        a, b = b, a
    return from_dot(sum(v * b.weights[t] for t, v in a.weights.items() if t in b.weights), a, b)


def from_dot(dot: float, a: Vector, b: Vector) -> float:
    """The similarity of ``a`` and ``b`` given their dot product (for callers that sum it sparsely)."""
    return 0.5 * dot / (a.norm * b.norm) + 0.5 * min(dot / min(a.mass, b.mass), 1.0)


@dataclass(frozen=True)
class TermMatrix:
    """Many :class:`Vector` s as one sparse matrix (compressed rows), for work done in bulk.

    Term ids follow the terms' string order, so each row's ids increase as its weights' keys do.
    """

    lengths: np.ndarray
    """Terms per row."""
    rows: np.ndarray
    """Row of each stored entry (entries are row by row)."""
    ids: np.ndarray
    """Term id of each entry."""
    weights: np.ndarray
    """Weight of each entry."""
    norms: np.ndarray
    masses: np.ndarray
    vocabulary: int
    """Number of distinct terms."""

    @cached_property
    def keys(self) -> np.ndarray:
        """``row * vocabulary + id`` of each entry: increasing, so entries can be looked up by binary
        search. (Worked out once: select compares candidates with one matrix many times.)"""
        return self.rows * self.vocabulary + self.ids

    @cached_property
    def starts(self) -> np.ndarray:
        """Index of each row's first entry, and the number of entries after the last."""
        return np.concatenate(([0], np.cumsum(self.lengths)))


def term_matrix(vecs: Sequence[Vector]) -> TermMatrix:
    """``vecs`` as a :class:`TermMatrix` (row ``i`` is ``vecs[i]``)."""
    vocabulary = {t: k for k, t in enumerate(sorted({t for v in vecs for t in v.weights}))}
    lengths = np.fromiter((len(v.weights) for v in vecs), np.int64, len(vecs))
    total = int(lengths.sum())
    ids = np.fromiter((vocabulary[t] for v in vecs for t in v.weights), np.int64, total)
    weights = np.fromiter((w for v in vecs for w in v.weights.values()), np.float64, total)
    return TermMatrix(lengths, np.repeat(np.arange(len(vecs), dtype=np.int64), lengths), ids, weights,
                      np.fromiter((v.norm for v in vecs), np.float64, len(vecs)),
                      np.fromiter((v.mass for v in vecs), np.float64, len(vecs)), len(vocabulary))


def weighted_terms(texts: Sequence[str]) -> TermMatrix:
    """``term_matrix(vectors(texts))``, built straight from the texts' terms (no :class:`Vector` per
    text): the same arrays, bit for bit. Norms and masses are summed in each row's term order, as
    :func:`vectors` sums them."""
    term_sets, weights = _term_weights(texts)
    vocabulary = sorted(weights)
    ids_of = {t: k for k, t in enumerate(vocabulary)}
    lengths = np.fromiter((len(ts) for ts in term_sets), np.int64, len(term_sets))
    total = int(lengths.sum())
    ids = np.fromiter((ids_of[t] for ts in term_sets for t in ts), np.int64, total)
    values = np.array([weights[t] for t in vocabulary], dtype=np.float64)[ids]
    rows = np.repeat(np.arange(len(term_sets), dtype=np.int64), lengths)
    masses = np.bincount(rows, weights=values * values, minlength=len(term_sets))
    norms = np.sqrt(masses)
    return TermMatrix(lengths, rows, ids, values, np.where(norms == 0, 1.0, norms), np.where(masses == 0, 1.0, masses),
                      len(vocabulary))


def row_vector(m: TermMatrix, row: int) -> Vector:
    """Row ``row`` of ``m`` as a :class:`Vector` keyed by term id. Ids follow the terms' order, so
    :func:`similarity` of two such vectors is that of the originals."""
    lo, hi = int(m.starts[row]), int(m.starts[row + 1])
    return Vector(dict(zip(m.ids[lo:hi].tolist(), m.weights[lo:hi].tolist())), float(m.norms[row]),
                  float(m.masses[row]))


def similarities(m: TermMatrix, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """:func:`similarity` of rows ``first[k]`` and ``second[k]`` for every ``k``, computed in bulk.

    Each pair's dot product runs over the shorter row's terms, in their order, as :func:`similarity`
    sums them, so both give the same floats.
    """
    swap = m.lengths[first] > m.lengths[second]
    short, long_ = np.where(swap, second, first), np.where(swap, first, second)
    counts = m.lengths[short]
    pair = np.repeat(np.arange(len(short)), counts)
    entry = ranges(m.starts[short], counts)
    keys = m.keys
    wanted = long_[pair] * m.vocabulary + m.ids[entry]
    at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
    hit = keys[at] == wanted
    dots = np.bincount(pair[hit], weights=m.weights[entry[hit]] * m.weights[at[hit]], minlength=len(short))
    a_norm, b_norm = m.norms[short], m.norms[long_]
    smaller = np.minimum(m.masses[short], m.masses[long_])
    return 0.5 * dots / (a_norm * b_norm) + 0.5 * np.minimum(dots / smaller, 1.0)
