"""Key figures: the numbers the articles give, with what they count and where they say it."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from generator.insights.corpus import Corpus
from generator.insights.records import Citation, Figure
from generator.insights.values import Amount, ValueKind, clause_start, described, labelled
from generator.textutil import STOPWORDS, stem, unremembered_stems

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
    head = re.sub(r"(?<=[mlt])re(s?)$", r"er\1", head)  # "kilometres" is "kilometers", "litre" "liter"
    return stem(head) if head.isalpha() else head


_INDEX = re.compile(r"((?:[\w&'-]+\s+){1,4})ind(?:ex|ices|exes)\b", re.IGNORECASE)
"""A named index ("the personal consumption expenditures index", "the consumer price index"): what a
figure of inflation, prices or shares is measured by. Of the rate-cut corpus's 2.5% inflation, two
sentences name the PCE index and the CPI, which only by chance stood at one value."""
_NEW_CLAUSE = re.compile(r"[;:]\s|\s[-\u2013\u2014]\s|\s(?:and|but|while|whereas)\s")
"""Where a new clause, with a subject of its own, opens: an index named before it measures no figure after
it ("the ... index, rose 2.5 percent, while unemployment has drifted up to 4.2 percent"). Commas do not end
the reach of a name (an appositive, a relative clause: "Inflation, which peaked by the consumer price
index measure, has since slowed to 2.5%")."""
_INITIALS = range(2, 6)
"""How many words in a row an abbreviation may stand for ("GDP": three; "NATO": four)."""


def _stems(text: str) -> frozenset[str]:
    """The stems of the words of ``text``, and the initials of each run of two to five of its words
    ("gross domestic product" also gives "gdp"), so that an abbreviation meets its full form."""
    words = [w for w in unremembered_stems(text) if w.isalpha()]
    plain = [w[0].lower() for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in STOPWORDS]
    initials = {"".join(plain[i:i + n]) for n in _INITIALS for i in range(len(plain) - n + 1)}
    return frozenset(words) | frozenset(initials)


def around(text: str, amount: Amount) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the words that say what a figure counts: the nearest content words before it in its
    clause ("stock slipped" 1%), and those of its context after it ("of all Windows machines"; an
    abbreviation in either counts as the words it spells: "of GDP" is "of gross domestic product")."""
    head = text[clause_start(text, amount.start):amount.start]
    before = [w for w in unremembered_stems(head) if w.isalpha()][-BEFORE_WORDS:]
    return frozenset(before), _stems(amount.context)


def measured_by(text: str, amount: Amount) -> frozenset[str]:
    """The stems of the name of the index a figure is measured by: the one its context names ("2.5% on
    the consumer price index"), else the nearest its sentence names before it ("the personal consumption
    expenditures index, rose 2.5 percent"), in the same clause (see :data:`_NEW_CLAUSE`); empty when none."""
    opened = clause_start(text, amount.start, _NEW_CLAUSE)
    found = _INDEX.search(amount.context) or max(_INDEX.finditer(text, opened, amount.start), key=lambda m: m.start(),
                                                 default=None)
    if found is None:
        return frozenset()
    words = found.group(1).split()
    stop = max((i + 1 for i, w in enumerate(words) if w.lower() in STOPWORDS), default=0)
    return frozenset(w for w in unremembered_stems(" ".join(words[stop:])) if w.isalnum())


_DESTINATION = re.compile(r"\bto\s+(?:the\s+)?((?:[A-Z][\w&-]*(?:['\u2019]s)?\s*)+)")
"""Names after "to" in a figure's context: where it went or whom it was paid ("a two-day visit to France")."""


@lru_cache(maxsize=1 << 14)
def destinations(context: str) -> frozenset[str]:
    """The names a figure's context gives after "to", in lower case ("visit to Serbia's capital Belgrade":
    "serbia"; a possessive counts as its name), with the initials of each run of them ("to the United
    States": also "us"; "to the US": "us"), so that an abbreviation meets its full form."""
    out: set[str] = set()
    for m in _DESTINATION.finditer(context):
        words = re.sub(r"['\u2019]s\b", "", m.group(1)).split()
        out.update(w.lower() for w in words)
        if len(words) > 1:
            out.add("".join(w[0] for w in words).lower())
    return frozenset(out)


_Words = tuple[frozenset[str], frozenset[str], frozenset[str]]
"""The words around a statement of a figure: before it and after it (see :func:`around`), and the name
of the index it is measured by (see :func:`measured_by`)."""


def _same_thing(a: tuple[Amount, _Words], b: tuple[Amount, _Words]) -> bool:
    """Whether two statements of one value count the same thing, by the words around them (see
    :func:`around`). Two figures measured by two indices are of two things (the PCE index's 2.5% is not
    the consumer price index's). A counted noun says much: only words on both sides, differing on each, set two
    apart ("Cirium said 5,000 flights scheduled for Friday" / "It scrubbed 5,000 flights in the days
    after"), unless the noun is a phrase ("Windows devices"). Money, a percentage or a multiple "of"
    something names it there: another statement must share a word with it ("stock slipped less than
    1%" is not "less than 1% of all Windows machines"; "under 1% of the Windows installed base" is)."""
    (x, (*sides_x, index_x)), (y, (*sides_y, index_y)) = a, b
    if index_x and index_y and not index_x & index_y:
        return False
    if x.kind in (ValueKind.QUANTITY, ValueKind.DURATION):
        return " " in x.unit and x.unit == y.unit or not all(p and q and not p & q for p, q in zip(sides_x, sides_y))
    for (one, (_, of)), (other, words) in (((x, sides_x), (y, sides_y)), ((y, sides_y), (x, sides_x))):
        if one.context.lower().startswith("of ") and of and words[0] | words[1] and not of & (words[0] | words[1]):
            return False
    return True


def _elsewhere(x: Amount, y: Amount) -> bool:
    """Whether two statements of a figure name other destinations (:func:`destinations`): "a two-day visit to
    France" is not "a two-day visit to Serbia's capital", and a statement naming none ("a two-day visit") that
    is the same as one of them does not join the other's row to it. Other names elsewhere may tell one thing
    ("a payment to Stormy Daniels", "the payment that Michael Cohen made"). Each context is read once
    (:func:`destinations` is remembered): a statement is compared with every statement of each row."""
    to_x, to_y = destinations(x.context), destinations(y.context)
    return bool(to_x and to_y and not to_x & to_y)


def _quoted_first(found: list[tuple[Amount, Citation]]) -> list[tuple[Amount, Citation]]:
    """The statements of one figure, the first that says what it concerns moved to the front: its
    label, context and quote then all come from the same sentence."""
    i = next((i for i, (a, _) in enumerate(found) if described(a.context)), 0)
    return [found[i], *found[:i], *found[i + 1:]]


_CONVERSION_OPENS = re.compile(r"\s*\(\s*$")
_MEASURES = frozenset(stem(w) for w in """kilometer km mile meter foot feet inch yard kilogram kg pound lb tonne
ton liter gallon acre hectare barrel degree knot mph""".split())
"""Units of measure a figure is converted between (the stems :func:`unit_key` gives)."""


def converts(text: str, amount: Amount, amounts: Sequence[Amount]) -> bool:
    """Whether ``amount`` only restates, in brackets, the figure of ``amounts`` right before it in another
    unit of its kind ("72 kilometres (45 miles)", "$1 billion (£790 million)"): not a figure of its own.
    A count in brackets ("25 people (12 children)") is one."""
    def measure(a: Amount) -> bool:
        return a.kind == ValueKind.MONEY or (a.kind == ValueKind.QUANTITY and unit_key(a) in _MEASURES)

    return text[amount.end:amount.end + 1] == ")" and measure(amount) and any(
        other.end <= amount.start and other.kind == amount.kind and measure(other)
        and _CONVERSION_OPENS.fullmatch(text, other.end, amount.start) for other in amounts)


def figures(corpus: Corpus) -> tuple[Figure, ...]:
    """Every figure, one row per (kind, what it counts, value or range) and thing counted; most widely reported first.

    Labelled list items ("- Reported cost: \u20ac122m", :attr:`~generator.insights.corpus.Corpus.listed`)
    are read too, the label saying what their first figure is (:func:`~generator.insights.values.labelled`).
    A statement of the same value joins a row only when it counts the same thing (see :func:`_same_thing`):
    a stock's "less than 1%" is not "less than 1% of all Windows machines", and no statement of the row names
    another destination (see :func:`_elsewhere`). Otherwise it starts a row of its own.
    """
    groups: dict[tuple[ValueKind, str, float, float | None], list[list[tuple[Amount, _Words, Citation]]]] = (
        defaultdict(list))
    read = [(s, corpus.values(s)[1]) for s in corpus.sentences]
    for s, label, after in corpus.listed:
        in_dates, found = corpus.values(s)
        read.append((s, labelled(s.text, label, after, found, in_dates)))
    for sentence, amounts in read:
        for a in amounts:
            if converts(sentence.text, a, amounts):
                continue
            this = (a, (*around(sentence.text, a), measured_by(sentence.text, a)))
            rows = groups[(a.kind, unit_key(a), a.value, a.upper)]  # a range is keyed by both ends
            row = next((r for r in rows if any(_same_thing(this, (b, w)) for b, w, _ in r)
                        and not any(_elsewhere(a, b) for b, _, _ in r)), None)
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
