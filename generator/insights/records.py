"""Typed records of the analyses: every item carries the exact spans it rests on."""

from __future__ import annotations

from dataclasses import dataclass

from generator.insights.values import ValueKind
from generator.outlets import Outlets
from generator.records import Article, Sentence


@dataclass(frozen=True)
class Citation:
    """Where an item is stated: one sentence of one article, and the value inside it when exact."""

    article: str
    sentence: int
    """Sentence index: the anchor ``#s-<sentence>`` on the source page."""
    start: int
    end: int
    """The sentence's span in the article file's decoded text (as quotes cite it)."""
    text: str
    """The sentence as readers see it."""
    outlet: str
    """Key of the :class:`~generator.outlets.Outlet` that reported it."""
    mark_start: int | None = None
    mark_end: int | None = None
    """Span of the value itself (a date, a number, a name) in the file, when it can be located exactly."""
    text_start: int | None = None
    text_end: int | None = None
    """The same value as offsets into ``text`` (for highlighting it in the quote)."""


def cite(article: Article, sentence: Sentence, outlets: Outlets, start: int | None = None,
         end: int | None = None) -> Citation:
    """A citation of ``sentence``; ``start``/``end`` (offsets into ``sentence.text``) mark a value."""
    mark: tuple[int | None, int | None] = (None, None)
    if start is not None and end is not None:
        raw = article.text[sentence.start:sentence.end]
        if raw == sentence.text:
            mark = (sentence.start + start, sentence.start + end)
        else:
            # HTML: the visible text differs from the source span; mark the value only when it
            # occurs exactly once in the source span, so the mark can never point at the wrong place.
            needle = sentence.text[start:end]
            if raw.count(needle) == 1:
                at = sentence.start + raw.index(needle)
                mark = (at, at + len(needle))
    return Citation(sentence.article_id, sentence.index, sentence.start, sentence.end, sentence.text,
                    outlets.by_article[sentence.article_id], *mark, start, end)


@dataclass(frozen=True)
class Figure:
    """A number with what it counts, and every place that states the same figure."""

    kind: ValueKind
    value: float
    unit: str
    """What is counted ("artillery shells", "dollars", "%", "x" for multiples)."""
    label: str
    """The figure as the first source writes it ("nearly five million artillery shells")."""
    context: str
    """Words after the figure saying what it concerns ("rise in trade turnover")."""
    approximate: bool
    citations: tuple[Citation, ...]
    """First is the quote shown; the rest state the same figure."""


@dataclass(frozen=True)
class Moment:
    """One dated moment of the story."""

    date: str
    """ISO date, ``YYYY-MM`` or ``YYYY`` as far as resolved; "" when it cannot be resolved."""
    label: str
    """How the date reads ("Wednesday 19 June 2024", "March 2022", "Tuesday (date unknown)")."""
    approximate: bool
    """True when the date is not a day the text and publication date pin down."""
    mention: str
    """The words of the text that date it ("late Wednesday", "yesterday")."""
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Position:
    """One side of a disagreement: a value and the sources that give it."""

    value: str
    """The value, normalised for comparison ("Tuesday", "2024-06-18", "5000000 artillery shells")."""
    citations: tuple[Citation, ...]
    outlets: int
    """How many different outlets give this value."""


@dataclass(frozen=True)
class Disagreement:
    """Outlets give different values for the same thing."""

    id: str
    """Stable id, from the first citation (``<article>-<sentence>``)."""
    kind: str
    """"day", "date", "year", or the :class:`ValueKind` of the amounts compared."""
    subject: str
    """What the value is about: the words the conflicting sentences share around it, or for a count or a
    duration what is counted or what lasted, which one sentence alone may name (see :attr:`shared`)."""
    positions: tuple[Position, ...]
    """At least two, the best supported first."""
    numbers: tuple[str, ...] = ()
    """For counts compared because their sentences also state another same number, not for shared words
    around the values, those numbers as written ("6,800" of "Some 6,800 athletes rode on 85 boats" /
    "Roughly 6,800 of them were carried on 94 boats"); empty otherwise."""
    shared: tuple[str, ...] = ()
    """For values compared for the words around them, the distinctive words every compared sentence holds
    around its value, as the first writes them ("days" of "after deliberating for about 9-1/2 hours over two
    days" / "the evidence for nearly 12 hours across two days"): what they were compared for, which the
    :attr:`subject` need not be (it may name what only one of them says); empty otherwise."""


@dataclass(frozen=True)
class CoverageRow:
    """One key fact and the outlets that report it."""

    fact: str
    """Fact id, as on the topic pages (``#q-<fact>``)."""
    topic: str
    """Id of the topic page that quotes it."""
    citations: tuple[Citation, ...]
    """One per article stating it, the quoted one first."""
    outlets: tuple[str, ...]
    """Keys of the outlets that report it, sorted."""
    single_source: bool
    """True when only one outlet reports the fact (however many files carry it)."""


@dataclass(frozen=True)
class Entity:
    """A person or organisation named in the articles."""

    name: str
    kind: str
    """"person" or "organisation"."""
    roles: tuple[str, ...]
    """Roles the text gives ("Foreign Minister", "NATO Secretary General"), most frequent first."""
    aliases: tuple[str, ...]
    """Shorter forms counted as the same entity ("Putin" for "Vladimir Putin")."""
    citations: tuple[Citation, ...]
    """The sentences that mention the entity, marks on the name."""
    outlets: int


@dataclass(frozen=True)
class Insights:
    """Everything the analyses found; a feature switched off leaves its tuple empty and ``enabled`` False."""

    outlets: Outlets
    disagreements: tuple[Disagreement, ...] = ()
    timeline: tuple[Moment, ...] = ()
    figures: tuple[Figure, ...] = ()
    coverage: tuple[CoverageRow, ...] = ()
    entities: tuple[Entity, ...] = ()
    enabled: tuple[str, ...] = ()
    """Names of the analyses that ran, in page order."""


__all__ = ["Citation", "CoverageRow", "Disagreement", "Entity", "Figure", "Insights", "Moment", "Position", "cite"]
