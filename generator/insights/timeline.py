"""Timeline: the dated moments of the story, in order.

Each date the text names becomes a moment. Weekday names, "yesterday", "today", "last year" and
dates without a year are resolved against the article's publication date when it is known (a
weekday goes back to the latest such day on or before publication, or forward when the sentence
speaks of the future); anything that cannot be pinned to a day is marked approximate.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from generator.insights.corpus import Corpus
from generator.insights.records import Citation, Moment
from generator.insights.values import MONTHS, WEEKDAYS, DateMention, Precision

_FUTURE = re.compile(
    r"\b(?:will|shall|is|are|was|were)\s+(?:\w+\s+)?(?:set|scheduled|expected|due|slated|planned|poised|likely)\s+to\b"
    r"|\b(?:will|plans? to|intends? to|may take place|upcoming|next)\b", re.IGNORECASE)


def _label(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()].title()} {day.day} {MONTHS[day.month - 1].title()} {day.year}"


def resolve(mention: DateMention, published: dt.date | None, sentence: str) -> tuple[str, str, bool]:
    """Resolve a mention to ``(date, label, approximate)``.

    ``date`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (empty when unresolvable); ``approximate``
    is True unless a single day is known.
    """
    part = f" ({mention.part})" if mention.part and mention.part not in ("last", "this", "next") else ""
    future = bool(_FUTURE.search(sentence))
    if mention.precision is Precision.DAY:
        assert mention.month is not None and mention.day is not None
        year = mention.year or (published.year if published else None)
        if year is None:
            return "", f"{mention.day} {MONTHS[mention.month - 1].title()}, year unknown", True
        try:
            day = dt.date(year, mention.month, mention.day)
        except ValueError:
            return "", mention.text, True
        return day.isoformat(), _label(day) + part, False
    if mention.precision is Precision.WEEKDAY:
        assert mention.weekday is not None
        name = WEEKDAYS[mention.weekday].title()
        if published is None:
            return "", f"{name}{part}, date unknown", True
        delta = (mention.weekday - published.weekday()) % 7
        if mention.part == "next" or (future and mention.part != "last"):
            day = published + dt.timedelta(days=delta or (7 if mention.part == "next" else 0))
        else:
            back = (published.weekday() - mention.weekday) % 7
            day = published - dt.timedelta(days=back or (7 if mention.part == "last" else 0))
        return day.isoformat(), _label(day) + part, False
    if mention.precision is Precision.RELATIVE:
        if published is None:
            return "", f"{mention.text}, date unknown", True
        if mention.offset_years is not None:
            return str(published.year + mention.offset_years), str(published.year + mention.offset_years), True
        day = published + dt.timedelta(days=mention.offset_days or 0)
        return day.isoformat(), _label(day) + part, False
    if mention.precision is Precision.MONTH:
        assert mention.month is not None
        name = MONTHS[mention.month - 1].title()
        year = mention.year
        if year is None and published is not None:
            # A month later in the year than publication, told in the past, is last year's.
            later = mention.month > published.month
            year = published.year + (1 if mention.part == "next" else 0) - (
                1 if mention.part == "last" or (later and not future) else 0)
        if year is None:
            return "", f"{name}, year unknown", True
        return f"{year:04d}-{mention.month:02d}", f"{name} {year}", True
    assert mention.year is not None
    return str(mention.year), mention.text, True


def _undated_rank(mention: DateMention) -> tuple[int, int]:
    """Order of undated moments relative to each other: last year, months, weekdays, then days."""
    if mention.offset_years is not None:
        return 0, mention.offset_years
    if mention.precision is Precision.MONTH:
        return 1, mention.month or 0
    if mention.precision is Precision.WEEKDAY:
        return 2, mention.weekday or 0
    return 3, mention.offset_days or 0


def timeline(corpus: Corpus) -> tuple[Moment, ...]:
    """Every dated moment, in date order; undated weekdays and relative days last."""
    merged: dict[tuple[str, str, str], list[Citation]] = defaultdict(list)
    info: dict[tuple[str, str, str], tuple[bool, str, tuple[int, int]]] = {}
    for sentence in corpus.sentences:
        published = corpus.published(sentence)
        for mention in corpus.values(sentence)[0]:
            date, label, approx = resolve(mention, published, sentence.text)
            label = label[0].upper() + label[1:]
            # The same fact dated the same way by several articles is one moment with several sources.
            key = (date, label if not date else "", corpus.fact(sentence))
            if any(c.article == sentence.article_id for c in merged[key]):
                continue
            merged[key].append(corpus.cite(sentence, mention.start, mention.end))
            info.setdefault(key, (approx, label, (0, 0) if date else _undated_rank(mention)))
    ordered = []
    for key, cites in merged.items():
        approx, label, rank = info[key]
        first = cites[0]
        moment = Moment(key[0], label, approx, first.text[first.text_start:first.text_end], tuple(cites))
        ordered.append(((key[0] == "", key[0], rank, first.article, first.sentence, label), moment))
    ordered.sort(key=lambda x: x[0])
    return tuple(m for _, m in ordered)
