"""Key figures: the numbers the articles give, with what they count and where they say it."""

from __future__ import annotations

from collections import defaultdict

from generator.insights.corpus import Corpus
from generator.insights.records import Citation, Figure
from generator.insights.values import CLAUSE_MARK, Amount, ValueKind
from generator.textutil import stem, unremembered_stems

_KIND_ORDER = {ValueKind.MONEY: 0, ValueKind.QUANTITY: 1, ValueKind.PERCENT: 2, ValueKind.MULTIPLE: 3,
               ValueKind.DURATION: 4}
_COMPOUND_UNITS = frozenset({"basis points"})
"""Units whose head noun alone names another measure: 100 basis points are not 100 (index) points."""
BEFORE_WORDS = 2
"""Content words before a figure, in its clause, that may say what it counts ("shares fell", "stock slipped")."""


def unit_key(amount: Amount) -> str:
    """What a figure counts, reduced to its head noun's stem ("artillery shells" -> "shell"); a
    compound unit is kept whole ("basis points")."""
    if amount.unit in _COMPOUND_UNITS:
        return amount.unit
    head = amount.unit.split()[-1] if amount.unit else ""
    return stem(head) if head.isalpha() else head


def around(text: str, amount: Amount) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the words that say what a figure counts: the nearest content words before it in its
    clause ("stock slipped" 1%), and those of its context after it ("of all Windows machines")."""
    head = text[:amount.start]
    clause = max((m.end() for m in CLAUSE_MARK.finditer(head)), default=0)
    before = [w for w in unremembered_stems(head[clause:]) if w.isalpha()][-BEFORE_WORDS:]
    return frozenset(before), frozenset(w for w in unremembered_stems(amount.context) if w.isalpha())


def _same_thing(a: tuple[Amount, tuple[frozenset[str], frozenset[str]]],
                b: tuple[Amount, tuple[frozenset[str], frozenset[str]]]) -> bool:
    """Whether two statements of one value count the same thing, by the words around them (see
    :func:`around`). A counted noun says much: only words on both sides, differing on each, set two
    apart ("Cirium said 5,000 flights scheduled for Friday" / "It scrubbed 5,000 flights in the days
    after"), unless the noun is a phrase ("Windows devices"). Money, a percentage or a multiple "of"
    something names it there: another statement must share a word with it ("stock slipped less than
    1%" is not "less than 1% of all Windows machines"; "under 1% of the Windows installed base" is)."""
    (x, sides_x), (y, sides_y) = a, b
    if x.kind in (ValueKind.QUANTITY, ValueKind.DURATION):
        return " " in x.unit and x.unit == y.unit or not all(p and q and not p & q for p, q in zip(sides_x, sides_y))
    for (one, (_, of)), (other, words) in (((x, sides_x), (y, sides_y)), ((y, sides_y), (x, sides_x))):
        if one.context.lower().startswith("of ") and of and words[0] | words[1] and not of & (words[0] | words[1]):
            return False
    return True


def _quoted_first(found: list[tuple[Amount, Citation]]) -> list[tuple[Amount, Citation]]:
    """The statements of one figure, the first that says what it concerns moved to the front: its
    label, context and quote then all come from the same sentence."""
    i = next((i for i, (a, _) in enumerate(found) if a.context), 0)
    return [found[i], *found[:i], *found[i + 1:]]


def figures(corpus: Corpus) -> tuple[Figure, ...]:
    """Every figure, one row per (kind, what it counts, value or range) and thing counted; most widely reported first.

    A statement of the same value joins a row only when it counts the same thing (see :func:`_same_thing`):
    a stock's "less than 1%" is not "less than 1% of all Windows machines". Otherwise it starts a row of its own.
    """
    groups: dict[tuple[ValueKind, str, float, float | None], list[list[tuple[Amount, frozenset[str], Citation]]]] = defaultdict(list)
    for sentence in corpus.sentences:
        for a in corpus.values(sentence)[1]:
            this = (a, around(sentence.text, a))
            rows = groups[(a.kind, unit_key(a), a.value, a.upper)]  # a range is keyed by both ends
            row = next((r for r in rows if any(_same_thing(this, (b, w)) for b, w, _ in r)), None)
            if row is None:
                rows.append(row := [])
            if all(c.article != sentence.article_id for _, _, c in row):  # one citation per article and row
                row.append((*this, corpus.cite(sentence, a.start, a.end)))
    out = []
    for (kind, _, value, _), row in ((k, r) for k, rs in groups.items() for r in rs):
        found = [(a, c) for a, _, c in row]
        found = _quoted_first(found)
        shown = found[0][0]
        out.append(Figure(kind, value, shown.unit, shown.text, shown.context, all(a.approximate for a, _ in found),
                          tuple(c for _, c in found)))
    out.sort(key=lambda f: (-corpus.outlets.count(c.article for c in f.citations), _KIND_ORDER[f.kind],
                            f.citations[0].article, f.citations[0].sentence, f.label))
    return tuple(out)
