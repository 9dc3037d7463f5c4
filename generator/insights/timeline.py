"""Timeline: the dated moments of the story, in order.

Each date the text names becomes a moment. Weekday names, "yesterday", "today", "last year" and
dates without a year are resolved against the article's publication date when it is known (a
weekday goes back to the latest such day on or before publication, or forward when the sentence
speaks of the future; a month without a year is the publication year's unless the tense of its
clause says otherwise, see :func:`_month_year`); anything that cannot be pinned to a day is marked
approximate. A relative day inside quotation marks ("We arrived today," she said) is the speaker's
day, not the article's, and dates nothing.
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
_COMING = re.compile(r"\b(?:expected|scheduled|slated|planned|due|coming)\b", re.IGNORECASE)
"""Words that put a month ahead without a future verb ("a ruling is expected in March")."""
_PAST_WORDS = frozenset("""
was were had did ago earlier previously said told met took gave made went came saw wrote led held sent won lost
began became brought fell flew grew heard kept knew paid rose spoke stood struck thought threw
""".split())
_NOT_PAST = frozenset("""
need indeed speed proceed exceed succeed hundred embed breed feed seed bed red shed wed expected scheduled
slated planned proposed anticipated intended limited armed related concerned advanced detailed
""".split())
"""Words ending in -ed that are no past-tense verb (or that look ahead, like "expected")."""
_LOWER_WORD = re.compile(r"(?<![\w\u2019'-])[a-z]+(?![\w\u2019'-])")
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013\"\u201c\u201d]")
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")


def _label(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()].title()} {day.day} {MONTHS[day.month - 1].title()} {day.year}"


def _cues(text: str) -> tuple[bool, bool]:
    """Whether ``text`` speaks of the past (a past-tense verb), and whether of the future."""
    past = any(w in _PAST_WORDS or (w.endswith("ed") and w not in _NOT_PAST) for w in _LOWER_WORD.findall(text))
    return past, bool(_FUTURE.search(text) or _COMING.search(text))


def _tense(sentence: str, start: int, end: int) -> str:
    """``"past"`` or ``"future"`` when the words around ``sentence[start:end]`` say which, else ``""``.

    The clause holding the date is read first (between commas, dashes, brackets, quotation marks),
    then the whole sentence when the clause has no tense cue ("In March, Russia vetoed ..."). Cues
    of both kinds together ("he said talks will resume") settle nothing.
    """
    left = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_END.finditer(sentence, end)), len(sentence))
    for text in (sentence[left:right], sentence):
        past, future = _cues(text)
        if past or future:
            return "" if past and future else "past" if past else "future"
    return ""


def _month_year(mention: DateMention, published: dt.date, sentence: str) -> int:
    """The year of a month named without one, against the publication date.

    "last"/"next" say it outright. Otherwise it is the publication year, except a month later in
    the year than publication told in the past, which is last year's ("they met in November",
    published in May), and a month earlier in the year told of the future, which is next year's
    ("talks will resume in March", published in May). A present or untensed clause ("no trial date
    before November") keeps the publication year: the month to come, or the one just past.
    """
    if mention.part in ("last", "next"):
        return published.year + (1 if mention.part == "next" else -1)
    tense = _tense(sentence, mention.start, mention.end)
    if mention.month is not None and mention.month > published.month and tense == "past":
        return published.year - 1
    if mention.month is not None and mention.month < published.month and tense == "future":
        return published.year + 1
    return published.year


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
            year = _month_year(mention, published, sentence)
        if year is None:
            return "", f"{name}, year unknown", True
        return f"{year:04d}-{mention.month:02d}", f"{name} {year}", True
    assert mention.year is not None
    return str(mention.year), mention.text, True


def _opens(text: str, i: int) -> bool:
    """Whether the quotation mark ``text[i]`` opens a quotation: a curly one says so; a straight one
    opens at the start or after a space or bracket, unless a space follows it."""
    if text[i] != '"':
        return text[i] == "\u201c"
    if i + 1 < len(text) and text[i + 1].isspace():
        return False
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{\u2014\u2013-"


def quoted(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` is inside double quotation marks.

    A quotation of several sentences opens before this one: when no mark comes before ``pos``,
    a closing mark after it means ``pos`` is still inside.
    """
    marks = [(m.start(), _opens(text, m.start())) for m in _QUOTE_MARK.finditer(text)]
    before = [opening for i, opening in marks if i < pos]
    if before:
        return before[-1]
    after = [opening for i, opening in marks if i > pos]
    return bool(after) and not after[0]


def _speakers_day(mention: DateMention, text: str) -> bool:
    """A relative day that is not the article's: quoted ("We arrived today," she said), or a capitalised
    title in mid-sentence ("NBC's Today programme")."""
    if mention.offset_days is None:
        return False
    if quoted(text, mention.start):
        return True
    before = text[:mention.start].rstrip()
    return mention.text[:1].isupper() and bool(before) and before[-1] not in ":\u2014\u2013"


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
            if _speakers_day(mention, sentence.text):
                continue
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
