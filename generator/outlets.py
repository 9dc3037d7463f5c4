"""Outlet identity: who actually reported each article, so that sources are counted once.

Several files may carry one report: a wire story (Reuters, AP, AFP ...) reprinted by many sites, or
one site's article syndicated word for word. Counting files would make a single report look like
several independent sources. Here each article gets one :class:`Outlet`:

1. an article whose opening names a news agency (a dateline "(Reuters)", "- AP", a "Source: AFP"
   line, or the agency in its author or source field) belongs to that agency;
2. articles whose texts are near-identical (shared word 5-grams) form one report, credited to the
   agency if any of them names one, else to the earliest outlet that printed it;
3. any other article belongs to its own outlet (:func:`generator.render.outlet`).
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from generator.byline import CREDIT, SIGNED_OFF, WIRE_NAMES, WIRES
from generator.disjoint import DisjointSets
from generator.records import Article
from generator.render import outlet as outlet_name
from generator.textutil import words

# An agency in parentheses or after a dash in a dateline, or on a credit line of its own.
_WIRE_LINE = re.compile(
    rf"\((?P<a>{WIRE_NAMES})(?:/(?-i:[A-Z]{{2,8}}))*\)|^{CREDIT.format(name='(?P<b>' + WIRE_NAMES + ')')}$"
    rf"|[A-Z]{{3,}}[^\n]{{0,40}}?[-\u2013\u2014]\s*(?P<c>{WIRE_NAMES})\s*[-\u2013\u2014]",
    re.IGNORECASE | re.MULTILINE)
# Every form of _WIRE_LINE holds an agency name as a whole word: openings without one (nearly all)
# skip that pattern, whose dateline form is slow to fail.
_ANY_WIRE = re.compile(rf"\b(?:{WIRE_NAMES})\b", re.IGNORECASE)
_WIRE_FIELD = re.compile(rf"^(?:the\s+)?(?P<a>{WIRE_NAMES})(?:\s+(?:staff|wire|news))?$", re.IGNORECASE)
OPENING_CHARS = 400
"""How far into the body a dateline or credit line is looked for."""
CLOSING_CHARS = 40
"""How far back from the body's end a sign-off run on after the last sentence is looked for."""
SKETCH = 24
"""Hashes kept per article to find candidate near-identical pairs; a pair sharing a quarter of them
is compared in full (near-identical texts share about half, unrelated ones almost none)."""
MAX_SHARING = 50
"""Sketch values held by more articles than this are left out of the candidate search."""
SHINGLE = 5
COMPARED_CHARS = 1000
"""How much of each body is compared: a reprint copies the opening, and the rest adds cost, not evidence."""
NEAR_IDENTICAL = 0.6
"""Share of word 5-grams two texts must have in common (of the shorter) to be one report."""


@dataclass(frozen=True)
class Outlet:
    """One reporting source, however many files carry its reports."""

    key: str
    """Stable id: ``wire:<name>`` for an agency, else the outlet name lower-cased."""
    name: str
    """What readers know it by."""
    articles: tuple[str, ...]
    """Ids of the articles it reported, in corpus order."""
    wire: bool = False
    """True for a news agency."""
    carried_by: tuple[str, ...] = ()
    """Names of the sites whose files carry its reports when those are not the outlet itself."""


@dataclass(frozen=True)
class Outlets:
    """The outlet of every article."""

    outlets: tuple[Outlet, ...]
    """Sorted by name."""
    by_article: dict[str, str] = field(hash=False)
    """Article id -> outlet key."""

    def of(self, article_id: str) -> Outlet:
        """The outlet that reported ``article_id``."""
        key = self.by_article[article_id]
        return next(o for o in self.outlets if o.key == key)

    def count(self, article_ids: Iterable[str]) -> int:
        """How many different outlets reported these articles."""
        return len({self.by_article[a] for a in article_ids})


_FOLDED = frozenset("\u0130\u0131\u017f\u212a")
"""The only non-ASCII letters a case-blind regex matches to ASCII ones (dotted/dotless i, long s,
Kelvin sign): lower-casing would not turn them into the letters the regex matches."""


def _may_name_wire(text: str) -> bool:
    """False when ``text`` surely names no agency: a cheap test that spares most openings the regex."""
    if not _FOLDED.isdisjoint(text):
        return True
    low = text.lower()
    return any(name in low for name in WIRES)


def wire_of(article: Article) -> str | None:
    """The news agency an article credits, from its opening lines, its author/source field, or a sign-off
    run on after its last sentence ("... in 2024.\u2014Xinhua", :data:`~generator.byline.SIGNED_OFF`)."""
    closing = article.body.rstrip()[-CLOSING_CHARS:]
    return _credited_wire(article.source, article.author, article.body[:OPENING_CHARS], closing)


@lru_cache(maxsize=1 << 15)
def _credited_wire(source: str | None, author: str | None, opening: str, closing: str = "") -> str | None:
    """:func:`wire_of` on the parts of an article it reads; kept on them, so that a rebuild under
    ``mkdocs serve`` reads again only the articles that changed."""
    for value in (source, author):
        if value:
            m = _WIRE_FIELD.match(value.strip())
            if m:
                return _agency(m.group("a"))
    if _may_name_wire(opening) and _ANY_WIRE.search(opening):
        for m in _WIRE_LINE.finditer(opening):
            name = m.group("a") or m.group("b") or m.group("c")
            if _counts(name) and not _photo_credit(opening, m):
                return _agency(name)
    signed = SIGNED_OFF.search(closing) if _may_name_wire(closing) else None
    return _agency(signed.group("wire")) if signed and _counts(signed.group("wire")) else None


_CAPTION_END = re.compile(r"[.!?][\"\u201d\u2019]?[ \t]*$")


def _photo_credit(opening: str, m: re.Match[str]) -> bool:
    """Whether the agency in brackets ``m`` closes a line after a full stop, as a photo's caption credits the
    agency that took it ("Soldiers stand outside the building early Wednesday. (Yonhap)"), not the story."""
    line_end = opening.find("\n", m.end())
    return (m.group("a") is not None and not opening[m.end():None if line_end < 0 else line_end].strip()
            and _CAPTION_END.search(opening, opening.rfind("\n", 0, m.start()) + 1, m.start()) is not None)


def _counts(name: str) -> bool:
    """Whether an agency's name as written counts: "AP" and other short names only in capitals (or as the
    agency spells itself, "dpa"), so that a word like "ani" or "ap" inside a sentence is not taken for an
    agency."""
    agency = _agency(name)
    return agency is not None and (len(name) > 4 or name == name.upper() or agency == name)


def _agency(name: str) -> str | None:
    """The agency a name matched case-blind stands for: "reuters" and "Reuter\u017f" (a long s) are Reuters;
    None for a spelling no fold of case leads back to (a dotted capital I)."""
    return WIRES.get(name.casefold())


_MIX = np.array([0x9E3779B97F4A7C15 ** k % 2**64 for k in range(SHINGLE)], dtype=np.uint64)
"""Odd multipliers that combine SHINGLE word hashes into one 64-bit 5-gram hash."""


def _shingles(text: str, word_hash: dict[str, int] | None = None) -> np.ndarray:
    """The sorted distinct 64-bit hashes of the word 5-grams of ``text``.

    Hashes rather than tuples of words: numpy then builds, sketches and intersects them in bulk.
    Two different 5-grams sharing a 64-bit hash is too unlikely to change an answer.
    """
    cache = {} if word_hash is None else word_hash
    w = words(text)
    if len(w) < SHINGLE:
        return np.empty(0, dtype=np.uint64)
    for x in set(w).difference(cache):
        cache[x] = zlib.crc32(x.encode("utf-8")) + 1
    ids = np.fromiter(map(cache.__getitem__, w), dtype=np.uint64, count=len(w))
    n = len(w) - SHINGLE + 1
    grams = ids[:n] * _MIX[0]
    for k in range(1, SHINGLE):
        grams += ids[k:k + n] * _MIX[k]  # uint64 arithmetic wraps around, as a hash should
    return np.unique(grams)


WORD_HASHES_KEPT = 1_000_000
"""Words whose hashes a long-lived process (``mkdocs serve``) keeps at most."""
_WORD_HASHES: dict[str, int] = {}
"""Word -> hash for :func:`_opening_shingles`: one vocabulary for the whole process."""


@lru_cache(maxsize=1 << 15)
def _opening_shingles(opening: str) -> np.ndarray:
    """:func:`_shingles` of an article's compared opening, kept on its text, so that a rebuild under
    ``mkdocs serve`` hashes only the articles that changed (read-only: callers share it)."""
    if len(_WORD_HASHES) > WORD_HASHES_KEPT:
        _WORD_HASHES.clear()  # a word's hash depends on the word alone: forgetting changes nothing
    grams = _shingles(opening, _WORD_HASHES)
    grams.flags.writeable = False
    return grams


def _share(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller of two shingle sets that the other one holds."""
    small = min(len(a), len(b))
    if not small:
        return 0.0
    return len(np.intersect1d(a, b, assume_unique=True)) / small


def near_identical(a: str, b: str) -> bool:
    """True when two texts share most of their word 5-grams (the shorter text's)."""
    return _share(_shingles(a), _shingles(b)) >= NEAR_IDENTICAL


def _sketch_pairs(sketches: list[np.ndarray]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, in order, of sketches sharing at least a quarter of SKETCH hashes.

    A hash in more than MAX_SHARING sketches is a stock phrase, not a sign of one shared story, and
    is not counted. Hashes are grouped by sorting; the pairs of all groups of one size are made at once.
    """
    n = len(sketches)
    hashes = np.concatenate(sketches) if sketches else np.empty(0, dtype=np.uint64)
    holders = np.repeat(np.arange(n, dtype=np.int64), [len(s) for s in sketches])
    order = np.lexsort((holders, hashes))
    hashes, holders = hashes[order], holders[order]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]]) if len(hashes) else np.empty(0, np.int64)
    sizes = np.diff(np.r_[starts, len(hashes)])
    codes = [np.empty(0, dtype=np.int64)]
    for size in np.unique(sizes[(sizes > 1) & (sizes <= MAX_SHARING)]).tolist():
        group = holders[starts[sizes == size][:, None] + np.arange(size)]  # holders in order, per hash
        first, second = np.triu_indices(size, 1)
        codes.append((group[:, first] * n + group[:, second]).ravel())
    pairs, shared = np.unique(np.concatenate(codes), return_counts=True)
    pairs = pairs[shared >= SKETCH // 4]
    return list(zip((pairs // n).tolist(), (pairs % n).tolist()))


def identify(articles: Iterable[Article]) -> Outlets:
    """Give every article its outlet, merging wire reprints and near-identical copies."""
    arts = list(articles)
    sets = DisjointSets(len(arts))

    # Candidate pairs share a value of their bottom-k sketches (the SKETCH smallest 5-gram hashes):
    # near-identical texts share most of them, other pairs rarely, and the cost stays linear.
    shingles = [_opening_shingles(a.body[:COMPARED_CHARS]) for a in arts]
    for i, j in _sketch_pairs([sh[:SKETCH] for sh in shingles]):  # sorted already: the smallest hashes
        if _share(shingles[i], shingles[j]) >= NEAR_IDENTICAL:
            sets.join(i, j)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(arts)):
        clusters[sets.find(i)].append(i)

    members: dict[str, list[int]] = defaultdict(list)
    names: dict[str, tuple[str, bool]] = {}
    for idx in sorted(clusters.values()):
        wires = sorted({w for w in (wire_of(arts[i]) for i in idx) if w})
        if wires:
            key, name, wire = f"wire:{wires[0].lower()}", wires[0], True
        elif len(idx) > 1:
            first = min(idx, key=lambda i: (arts[i].published or "9999", arts[i].id))
            name = outlet_name(arts[first])
            key, wire = name.lower(), False
        else:
            name = outlet_name(arts[idx[0]])
            key, wire = name.lower(), False
        members[key].extend(idx)
        names.setdefault(key, (name, wire))
    outlets = []
    by_article: dict[str, str] = {}
    for key, idx in members.items():
        name, wire = names[key]
        idx.sort()
        # An outlet named as the agency itself, in another spelling ("AP" for "Associated Press"), carries nothing.
        carried = {outlet_name(arts[i]) for i in idx}
        carriers = sorted({n for n in carried if n != name and not (wire and _agency(n) == name)}, key=str.lower)
        outlets.append(Outlet(key, name, tuple(arts[i].id for i in idx), wire, tuple(carriers)))
        for i in idx:
            by_article[arts[i].id] = key
    outlets.sort(key=lambda o: (o.name.lower(), o.key))
    return Outlets(tuple(outlets), by_article)
