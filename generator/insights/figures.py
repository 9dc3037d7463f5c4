"""Key figures: the numbers the articles give, with what they count and where they say it."""

from __future__ import annotations

from collections import defaultdict

from generator.insights.corpus import Corpus
from generator.insights.records import Citation, Figure
from generator.insights.values import Amount, ValueKind
from generator.textutil import stem

_KIND_ORDER = {ValueKind.MONEY: 0, ValueKind.QUANTITY: 1, ValueKind.PERCENT: 2, ValueKind.MULTIPLE: 3,
               ValueKind.DURATION: 4}
_COMPOUND_UNITS = frozenset({"basis points"})
"""Units whose head noun alone names another measure: 100 basis points are not 100 (index) points."""


def unit_key(amount: Amount) -> str:
    """What a figure counts, reduced to its head noun's stem ("artillery shells" -> "shell"); a
    compound unit is kept whole ("basis points")."""
    if amount.unit in _COMPOUND_UNITS:
        return amount.unit
    head = amount.unit.split()[-1] if amount.unit else ""
    return stem(head) if head.isalpha() else head


def _quoted_first(found: list[tuple[Amount, Citation]]) -> list[tuple[Amount, Citation]]:
    """The statements of one figure, the first that says what it concerns moved to the front: its
    label, context and quote then all come from the same sentence."""
    i = next((i for i, (a, _) in enumerate(found) if a.context), 0)
    return [found[i], *found[:i], *found[i + 1:]]


def figures(corpus: Corpus) -> tuple[Figure, ...]:
    """Every figure, one row per (kind, what it counts, value); most widely reported first."""
    rows: dict[tuple[ValueKind, str, float], list[tuple[Amount, Citation]]] = defaultdict(list)
    seen: set[tuple[ValueKind, str, float, str]] = set()
    for sentence in corpus.sentences:
        for a in corpus.values(sentence)[1]:
            key = (a.kind, unit_key(a), a.value)
            if (*key, sentence.article_id) in seen:
                continue  # one citation per article and figure
            seen.add((*key, sentence.article_id))
            rows[key].append((a, corpus.cite(sentence, a.start, a.end)))
    out = []
    for (kind, _, value), found in rows.items():
        found = _quoted_first(found)
        shown = found[0][0]
        out.append(Figure(kind, value, shown.unit, shown.text, shown.context, all(a.approximate for a, _ in found),
                          tuple(c for _, c in found)))
    out.sort(key=lambda f: (-corpus.outlets.count(c.article for c in f.citations), _KIND_ORDER[f.kind],
                            f.citations[0].article, f.citations[0].sentence, f.label))
    return tuple(out)
