"""Timeline: the dated moments of the story, in order.

Each date the text names becomes a moment. Weekday names, "yesterday", "today", "last year" and
dates without a year are resolved against the article's publication date when it is known (a
weekday goes back to the latest such day on or before publication, or forward when the sentence
speaks of the future, "is due in Oslo on Friday", "said divers would resume the search on Wednesday";
counted from the day of the statement that tells it, "said on Monday that talks would resume on
Wednesday", see :func:`_reported_day`; a possessive weekday, "Thursday's verdict", names the day of an
event told of and goes the way the article's other mentions of that weekday go, else back, see
:func:`_ahead`; a month without a year is the publication year's unless the tense of its clause, or a
word of what awaits before it ("the skepticism waiting in January"), says otherwise, see
:func:`_month_year`); anything that cannot be pinned to a day is marked approximate. A relative day
inside quotation marks ("We arrived today," she said) is the speaker's day, not the article's, and
dates nothing. Nor does a year or month after "since" ("the highest level since 2001", "the first cut
since March 2020"): a point a span or a comparison is measured from, not a moment of the story, see
:func:`_since`.

An article without a publication date whose dateline gives a day and month without a year
("WASHINGTON, Sept 18 (Wire) -") is dated that day, in the one year that puts it within
:data:`DATELINE_WINDOW` days of every dated article of the corpus (none dated, or no such year: it stays
undated), see :func:`dateline_day`. So is a day and month without a year that such an article names
("on 11 August"), marked approximate (the year is the corpus's, not the article's).

The same tense cues tell a figure stated as a forecast ("is expected to reach 5%") from one stated
as reached ("now stands at 4%"), see :func:`outlook`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from generator.byline import DATELINE_DAY, OPENING_LINES
from generator.insights.corpus import Corpus, published_date, values_of
from generator.insights.records import Citation, Moment
from generator.insights.values import MONTHS, POSSESSIVE_AFTER, WEEKDAYS, DateMention, Precision, clause_start
from generator.records import Article, Sentence
from generator.textutil import STOPWORDS

_FUTURE = re.compile(
    r"\b(?:will|shall|is|are|was|were)\s+(?:\w+\s+)?(?:set|scheduled|expected|slated|planned|poised|likely)\s+to\b"
    r"|\b(?:is|are|was|were)\s+(?:\w+ly\s+|also\s+|still\s+|now\s+)?due\s+"
    r"(?:to\s+(?!(?:the|a|an|his|her|its|their|this|that)\b)|in|at|on|for|back)\b"
    r"|\b(?:will|plans? to|intends? to|may take place|upcoming|next)\b", re.IGNORECASE)
"""Words that put what a sentence tells ahead of its publication: "will", "is set to", "is due in
Oslo" or "is due to visit" (not "was cancelled due to the storm", a cause)."""
_SHOULD_BEFORE = re.compile(r"\bshould\s+(?!(?:not\s+|never\s+)?have\b)(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
""""should" just before a day puts that day ahead ("service should resume by Monday"; not "should
have reopened on Monday"); elsewhere in a sentence it says nothing of the day ("On Thursday he warned
that ties should not be taken for granted")."""
_COMING_WORDS = r"expected|scheduled|slated|planned|due|coming"
_COMING = re.compile(rf"\b(?:{_COMING_WORDS})\b", re.IGNORECASE)
"""Words that put a month ahead without a future verb ("a ruling is expected in March")."""
_WOULD_BEFORE = re.compile(r"\bwould\s+(?!(?:not\s+|never\s+)?have\b)", re.IGNORECASE)
""""would" before a day in the day's own clause puts the day ahead, a future told from the past ("State
police said divers would resume the effort on Wednesday"); not "would have" (a past that did not happen).
Fifteen corpora: one day moved ahead (that one), none wrongly."""
_SCHEDULED = re.compile(
    r"(?<!\bto )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )\b(?:"
    r"takes?\s+(?:control|office|power|charge|effect|over|the\s+helm|the\s+reins)|steps?\s+down|leaves?\s+office"
    r"|(?:comes?|goes|go)\s+into\s+(?:force|effect)|kicks?\s+off|starts?|begins?|opens?|resumes?|expires?|ends?"
    r"|closes?|(?:is|are|gets?)\s+sworn\s+in)\b", re.IGNORECASE)
"""Verbs whose simple present tells a timetable ("Republicans, who take control of the House in January",
"Pelosi, who steps down as Speaker at the start of January", "the law takes effect in March", "After Trump is
sworn in as president in January"); not an
infinitive ("sought to take control") nor a noun ("the start of", "an end"). Fifteen corpora: two Januaries
named in December moved to the next year (those two), none wrongly."""
_AWAITED = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\b(?:await(?:s|ing)?|waiting|ahead|looming|looms|coming|upcoming)"
    r"\s+(?:in|on|by|for|from|at|until|till)\s+$", re.IGNORECASE)
"""A word of what awaits right before a month ("the skepticism waiting in January", "the hurdles ahead in
March", "the cuts coming in June"): the month to come, whatever the tense of the clause around it (a reduced
clause "that is waiting"); not a past progressive ("was waiting in January"). Fifteen corpora: one January
named in December moved to the next year (that one), none wrongly."""
_EARLIEST_BEFORE = re.compile(r"\bas\s+(?:early|soon)\s+as\s+(?:\w+\s+(?:or|and)\s+)?$", re.IGNORECASE)
"""Words before a day that make it the earliest day something may happen: a day to come when told of the future
("a vote could come as early as Friday"; not "had bought the weapon as early as Monday")."""
_PLANNED = re.compile(rf"['\u2019]s\s+(?:{_COMING_WORDS}|proposed|upcoming)\b", re.IGNORECASE)
"""A possessive day whose event is still to come ("Friday's planned vote")."""
_PAST_WORDS = frozenset("""
was were had did ago earlier previously said told met took gave made went came saw wrote led held sent won lost
began became brought fell flew grew heard kept knew paid rose spoke stood struck thought threw
""".split())
_NOT_PAST = frozenset("""
need indeed speed proceed exceed succeed hundred embed breed feed seed bed red shed wed expected scheduled
slated planned proposed anticipated intended limited armed related concerned advanced detailed
""".split())
"""Words ending in -ed that are no past-tense verb (or that look ahead, like "expected")."""
_FORECAST = re.compile(r"\b(?i:could|would|might|expect(?:s|ed|ing)?|forecast(?:s|ed|ing)?|project(?:ed|ing|ion)"
                       r"|predict(?:s|ed|ing)?|anticipat(?:es?|ed|ing))\b|\bmay\b")
"""Words that make a figure a forecast ("could rise to", "inflation is expected to reach"); "may" in
lower case only (not the month)."""
_STANDING = re.compile(r"\b(?:stands?|standing|currently|so far|to date|at present)\b|\b(?:is|are)\s+now\b",
                       re.IGNORECASE)
"""Words that state a figure as it is now ("now stands at", "is now")."""
_LOWER_WORD = re.compile(r"(?<![\w\u2019'-])[a-z]+(?![\w\u2019'-])")
_CLAUSE_END = re.compile(r"[,;:()\u2014\u2013\"\u201c\u201d]")
_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")
_SUBORDINATE = re.compile(r"\b(?:that|which|who|whom|whose|whether|if|because|although|though|while|when|where"
                          r"|once|unless|until|before|after)\b", re.IGNORECASE)
"""Words that open a clause of its own inside a sentence ("He said ... not on who might win in November")."""


def _label(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()].title()} {day.day} {MONTHS[day.month - 1].title()} {day.year}"


def past_form(word: str) -> bool:
    """Whether a lower-case ``word`` is a past form ("met", "signed"; not "need" nor "expected")."""
    return word in _PAST_WORDS or (word.endswith("ed") and word not in _NOT_PAST)


def _cues(text: str) -> tuple[bool, bool]:
    """Whether ``text`` speaks of the past (a past-tense verb), and whether of the future."""
    past = any(past_form(w) for w in _LOWER_WORD.findall(text))
    return past, bool(_FUTURE.search(text) or _COMING.search(text))


def _figure_cues(text: str) -> tuple[bool, bool]:
    """Whether ``text`` states a figure as reached (told in the past, or standing now), and whether as
    a forecast. Words of forecasting are no past tense ("inflation was projected to ...")."""
    past, future = _cues(_FORECAST.sub(" ", text))
    return past or bool(_STANDING.search(text)), future or bool(_FORECAST.search(text))


def _month_cues(text: str) -> tuple[bool, bool]:
    """:func:`_cues` for a month told perhaps in the past: words of forecasting or a modal look ahead
    ("who might win in November", "a cut is forecast for December") and are no past tense."""
    past, future = _cues(_FORECAST.sub(" ", text))
    return past, future or bool(_FORECAST.search(text))


def _clause_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding ``sentence[start:end]`` begins and ends: between commas, dashes,
    brackets, quotation marks."""
    left = clause_start(sentence, start, _CLAUSE_END)
    right = next((m.start() for m in _CLAUSE_END.finditer(sentence, end)), len(sentence))
    return left, right


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause holding ``sentence[start:end]`` (see :func:`_clause_span`)."""
    left, right = _clause_span(sentence, start, end)
    return sentence[left:right]


def _subclause_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause holding ``sentence[start:end]`` begins and ends between the words that open a
    clause of their own (:data:`_SUBORDINATE`) around it: "might win in November" in "He said ..., not on
    who might win in November"; "The firm announced in December" in "The firm announced in December that
    it would ..."."""
    left, right = _clause_span(sentence, start, end)
    left = max((m.end() for m in _SUBORDINATE.finditer(sentence, left, start)), default=left)
    right = next((m.start() for m in _SUBORDINATE.finditer(sentence, end, right)), right)
    return left, right


def _subclause(sentence: str, start: int, end: int) -> str:
    """The clause of its own holding ``sentence[start:end]`` (see :func:`_subclause_span`)."""
    left, right = _subclause_span(sentence, start, end)
    return sentence[left:right]


def _before_in_subclause(sentence: str, start: int, end: int) -> str:
    """The words of the clause of its own holding ``sentence[start:end]`` that come before it."""
    return sentence[_subclause_span(sentence, start, end)[0]:start]


def _scheduled(sentence: str, start: int, end: int) -> bool:
    """Whether the clause of its own holding ``sentence[start:end]`` tells a timetable in the simple
    present before it ("who take control of the House in January"), and nothing in the past."""
    before = _before_in_subclause(sentence, start, end)
    return bool(_SCHEDULED.search(before)) and not _cues(before)[0]


def _tense(sentence: str, start: int, end: int, cues: Callable[[str], tuple[bool, bool]] = _cues,
           narrow: bool = False) -> str:
    """``"past"`` or ``"future"`` when the words around ``sentence[start:end]`` say which, else ``""``.

    The clause holding the date is read first (between commas, dashes, brackets, quotation marks; with
    ``narrow``, first from the word opening a clause of its own, :func:`_subclause`), then the whole
    sentence when the clause has no tense cue ("In March, Russia vetoed ..."). Cues of both kinds
    together ("he said talks will resume") settle nothing.
    """
    texts = (_clause(sentence, start, end), sentence)
    for text in (_subclause(sentence, start, end), *texts) if narrow else texts:
        past, future = cues(text)
        if past or future:
            return "" if past and future else "past" if past else "future"
    return ""


def outlook(sentence: str, start: int, end: int) -> str:
    """How ``sentence`` states the figure at ``sentence[start:end]``: ``"forecast"`` ("is expected to
    reach", "could rise to", "will cost", "policymakers expect inflation to cool to"), ``"reached"``
    ("has cooled to", "now stands at"), or ``""`` when its words say neither or both (read as
    :func:`_tense` reads a date's)."""
    return {"past": "reached", "future": "forecast"}.get(_tense(sentence, start, end, _figure_cues), "")


def _month_year(mention: DateMention, published: dt.date, sentence: str) -> int:
    """The year of a month named without one, against the publication date.

    "last"/"next" say it outright. Otherwise it is the publication year, except a month later in
    the year than publication told in the past, which is last year's ("they met in November",
    published in May), and a month earlier in the year told of the future, which is next year's
    ("talks will resume in March", published in May). A present or untensed clause ("no trial date
    before November") keeps the publication year: the month to come, or the one just past.

    The tense is that of the clause holding the month, down to a clause of its own ("who might win in
    November"), not that of a verb of saying around it ("He noted ... and said ..."); where that clause
    tells both, the verb nearest before the month (:func:`_nearest_tense`). A modal or a word
    of forecasting there ("might", "could", "expects") keeps a later month in the publication year,
    but only a future ("will", "is set to") makes an earlier one next year's ("rules that would stop a
    repeat of March", published in May, are about the March just past), or a timetable told in the
    simple present in the month's own clause ("Republicans, who take control of the House in January,
    have questioned ...", published in December: see :func:`_scheduled`), or a word of what awaits right
    before it ("a sign of the skepticism waiting in January", published in December: see :data:`_AWAITED`).
    """
    if mention.part in ("last", "next"):
        return published.year + (1 if mention.part == "next" else -1)
    if mention.month is not None and mention.month > published.month and (
            _tense(sentence, mention.start, mention.end, _month_cues, narrow=True)
            or _nearest_tense(sentence, mention.start, mention.end)) == "past":
        return published.year - 1
    tense = _tense(sentence, mention.start, mention.end, narrow=True)
    if mention.month is not None and mention.month < published.month and (
            tense == "future" or _scheduled(sentence, mention.start, mention.end)
            or _AWAITED.search(sentence, 0, mention.start)):
        return published.year + 1
    turn = _across_new_year(mention.month, published)
    if turn > 0 and (tense == "future" or _DEADLINE_BEFORE.search(sentence, max(0, mention.start - 30), mention.start)):
        return published.year + 1
    if turn < 0 and _THE_BEFORE.search(sentence, max(0, mention.start - 10), mention.start) \
            and _NOUN_AFTER.match(sentence, mention.end):
        return published.year - 1
    return published.year


YEAR_TURN_MONTHS = 2
"""Months across the turn of the year within which a month named without a year is the nearer one when its
sentence says so: a deadline or a future ahead ("identification may take until Jan. 8", published on 30
December, is the January to come), an event named by its day behind ("the Dec. 29 crash", published on 3 January,
the December just past). Told in the present or in no tense ("The summit is in December", "Feb. 14: Indonesians
elect ..." in a review of the year), it stays in the publication year."""
_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|through|by|before|ahead of)\s+(?:at\s+least\s+)?(?:the\s+)?$"
                              r"|\bnext\s+\w+\s+\(\s*$", re.IGNORECASE)
"""A deadline before a day ("may take until Jan. 8"), or a day to come it glosses ("next Wednesday (Jan. 8)")."""
_THE_BEFORE = re.compile(r"(?:\b[Tt]he|[\u2019']s)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")
"""A day standing as an adjective before a noun ("the Dec. 29 crash", "Sunday's Dec. 29 crash")."""


def _across_new_year(month: int | None, published: dt.date) -> int:
    """1 when ``month`` comes within YEAR_TURN_MONTHS after ``published``'s month across the new year, -1
    when it came within them before it across the new year, else 0."""
    if month is None:
        return 0
    if month < published.month and month + 12 - published.month <= YEAR_TURN_MONTHS:
        return 1
    if month > published.month and published.month + 12 - month <= YEAR_TURN_MONTHS:
        return -1
    return 0


_AUXILIARIES = frozenset("will shall would could might may should can must".split())
_PASSIVE = frozenset("be being".split())


def _nearest_tense(sentence: str, start: int, end: int) -> str:
    """``"past"`` or ``"future"`` by the verb nearest before ``sentence[start:end]`` in its clause of its own,
    for a clause that tells both: "will discuss ... the commitments made by the two presidents at the summit
    in November" tells of a November past; "will be signed in November" of one to come (a participle after
    "be" is read on to its auxiliary, as is one before a noun: "will hold the delayed elections"). ``""`` when
    no such verb comes first, or an infinitive does ("said it expects ... to restore the channel by the end of
    May")."""
    words = _LOWER_WORD.findall(_before_in_subclause(sentence, start, end))
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word == "to":
            return ""
        if word in _AUXILIARIES:
            return "future"
        if past_form(word):
            if (k and words[k - 1] in _PASSIVE) or (k + 1 < len(words) and words[k + 1] not in _AFTER_PARTICIPLE):
                continue  # "will be signed"; an adjective before its noun ("will hold the delayed elections")
            return "past"
    return ""


_AFTER_PARTICIPLE = frozenset("""by at in on during with from last earlier since for to upon after before between among
under over through""".split())
"""Words after a past participle that tell a clause of its own ("the commitments made by ...", "the talks held at
..."), not an adjective before its noun ("the delayed elections")."""


_APPOINTED_BEFORE = re.compile(r"\b(?:for|before|by|until|till|from|to|through|ahead of)\s+(?:the\s+)?$",
                               re.IGNORECASE)
"""Words before a day that make it a day set or awaited ("set sentencing for July 11", "before the Nov. 5
election", "from July 26 to August 11"), whatever the tense of the clause."""


def _day_year(mention: DateMention, published: dt.date, sentence: str) -> int:
    """The year of a day named without one: its month's (:func:`_month_year`: "shot in the abdomen May
    15", published in March and told in the past, was last year), except that a day is last year's only
    when its own clause is told in the past (not a verb of saying elsewhere in the sentence: '"... is
    going to be Nov. 5," Trump told reporters') or it is the nearer across the new year (:func:`_across_new_year`),
    and never when set or awaited (:data:`_APPOINTED_BEFORE`)."""
    year = _month_year(mention, published, sentence)
    if year < published.year and (
            _APPOINTED_BEFORE.search(sentence, max(0, mention.start - 20), mention.start)
            or (_month_cues(_subclause(sentence, mention.start, mention.end)) != (True, False)
                and _across_new_year(mention.month, published) >= 0)):
        return published.year
    return year


def _ahead(mention: DateMention, sentence: str, told: bool | None = None) -> bool:
    """Whether a weekday is the one to come rather than the latest one: "next Friday", or a weekday in
    a sentence that speaks of the future ("talks will resume on Friday", "said divers would resume the
    search on Wednesday"), but never "last Friday".

    A possessive weekday ("Thursday's verdict ... will be remembered") names the day of an event the
    sentence tells of, not of its verb; see :func:`_possessive_ahead` (``told``: whether the article's
    other mentions of that weekday look ahead, None when they do not agree or there are none).
    """
    if mention.part in ("next", "last"):
        return mention.part == "next"
    if POSSESSIVE_AFTER.match(sentence, mention.end):
        return _possessive_ahead(mention, sentence, told)
    if (_SHOULD_BEFORE.search(sentence, 0, mention.start) or _would_ahead(mention, sentence)
            or (_EARLIEST_BEFORE.search(sentence, max(0, mention.start - 40), mention.start)
                and _nearest_tense(sentence, mention.start, mention.end) == "future")):
        return True
    # A quotation's words are the speaker's, not the sentence's: the "will" of '"This will be the
    # largest outage," he wrote on Friday' does not put his Friday ahead; a day inside a quotation
    # is read by the quotation's words ('"Most will notice nothing on Monday," he said').
    if not _FUTURE.search(_quotes(sentence, inside=quoted(sentence, mention.start))):
        return False
    # Nor does a future elsewhere in the sentence when the clause of the day is told in the past
    # ("Talks that will decide the deal, which opened on Monday, ..."); a clause told in both is read
    # up to the day ("a trip that began on Monday and will end on Friday"), or, when nothing before the
    # day has a tense, from the day to its first word of the future: the day's own verb ("Biden and Modi
    # on Thursday welcomed India's plans to buy drones", where "plans to" is a noun's).
    left, right = _clause_span(sentence, mention.start, mention.end)
    past, future = _cues(sentence[left:right])
    if past and future:
        past, future = _cues(sentence[left:mention.start])
        if not (past or future):
            ahead = _FUTURE.search(sentence, mention.end, right)
            past, future = _cues(sentence[mention.end:ahead.start() if ahead else right])
    return not (past and not future)


def _would_ahead(mention: DateMention, sentence: str) -> bool:
    """Whether "would" stands in the day's own clause before it: a future told from the past ("said divers
    would resume the effort on Wednesday"), read only up to the day ("said on Monday that he would ...": the
    past); not "would have"."""
    before = _before_in_subclause(sentence, mention.start, mention.end)
    would = _WOULD_BEFORE.search(before)
    return bool(would) and not _cues(before[would.end():])[0]


def _reported_day(mention: DateMention, published: dt.date, sentence: str) -> dt.date | None:
    """The day a weekday told from the past counts forward from: the day of the statement that reports it,
    named before the clause of its "would" ("said on Monday that talks would resume on Wednesday": the
    Wednesday after that Monday, not after publication); None when no such day is named. Fifteen corpora:
    no such sentence."""
    if mention.part == "next" or not _would_ahead(mention, sentence):
        return None
    opened = _subclause_span(sentence, mention.start, mention.end)[0]
    said = [m for m in values_of(sentence)[0] if m.end <= opened
            and (m.precision in (Precision.WEEKDAY, Precision.DAY) or m.offset_days is not None)]
    date = resolve(said[-1], published, sentence)[0] if said else ""
    day = dt.date.fromisoformat(date) if len(date) == 10 else None
    return day if day is not None and day <= published else None


def _possessive_ahead(mention: DateMention, sentence: str, told: bool | None) -> bool:
    """Whether a possessive weekday ("Thursday's meeting") is the one to come: when a word of planning
    follows it ("Friday's planned vote"); else as the article's other mentions of that weekday go
    (``told``: "Thursday's meeting ... follows a string of clashes" in an article that has the summit
    "on Thursday" ahead; "Monday's storm will cost the farms dearly" where the storm "struck on Monday");
    else it is the latest one. The tense of its sentence does not tell: the verb is often of what the
    event brings ("Monday's storm will cost the farms dearly", "Thursday's verdict will be remembered").
    """
    if _PLANNED.match(sentence, mention.end):
        return True
    return bool(told)


def _quotes(text: str, inside: bool) -> str:
    """The quotations in double quotation marks of ``text`` (``inside``), or the rest of it, the others
    and the marks blanked out (as :func:`quoted` tells them), each character where it was."""
    marks = _marks(text)
    out, prev = [], 0
    opened = bool(marks) and not marks[0][1]  # before the first mark: inside when it closes
    for i, opening in [*marks, (len(text), False)]:
        out.append(text[prev:i] if opened == inside else " " * (i - prev))
        out.append(" " if i < len(text) else "")
        prev, opened = i + 1, opening
    return "".join(out)


def _part(mention: DateMention) -> str:
    """The part of the day a mention names, as its label shows it ("Friday (morning)"); "last", "this" and
    "next" are no part."""
    return f" ({mention.part})" if mention.part and mention.part not in ("last", "this", "next") else ""


def resolve(mention: DateMention, published: dt.date | None, sentence: str,
            told: bool | None = None) -> tuple[str, str, bool]:
    """Resolve a mention to ``(date, label, approximate)``.

    ``date`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (empty when unresolvable); ``approximate``
    is True unless a single day is known. ``told``, for a weekday: whether the article's other mentions
    of it look ahead (None when they do not agree or there are none), see :func:`_ahead`.
    """
    part = _part(mention)
    if mention.precision is Precision.DAY:
        assert mention.month is not None and mention.day is not None
        year = mention.year or (_day_year(mention, published, sentence) if published else None)
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
        if reported := _reported_day(mention, published, sentence):
            day = reported + dt.timedelta(days=(mention.weekday - reported.weekday()) % 7)
        elif _ahead(mention, sentence, told):
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


def _marks(text: str) -> list[tuple[int, bool]]:
    """Where ``text``'s double quotation marks stand, each with whether it opens a quotation."""
    return [(m.start(), _opens(text, m.start())) for m in _QUOTE_MARK.finditer(text)]


def quoted(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` is inside double quotation marks.

    A quotation of several sentences opens before this one: when no mark comes before ``pos``,
    a closing mark after it means ``pos`` is still inside.
    """
    marks = _marks(text)
    before = [opening for i, opening in marks if i < pos]
    if before:
        return before[-1]
    after = [opening for i, opening in marks if i > pos]
    return bool(after) and not after[0]


def _speakers_day(mention: DateMention, text: str) -> bool:
    """A relative day that is not the article's: quoted ("We arrived today," she said; a weekday, when
    the quotation has no tense: "come back tomorrow, maybe Sunday"), or a capitalised title in
    mid-sentence ("NBC's Today programme")."""
    if mention.precision is Precision.WEEKDAY:
        # A quoted weekday whose clause tells neither past nor future may be any ("We were told to come
        # back tomorrow, maybe Sunday").
        return quoted(text, mention.start) and not any(_cues(_clause(text, mention.start, mention.end)))
    if mention.offset_days is None:
        return False
    if quoted(text, mention.start):
        return True
    before = text[:mention.start].rstrip()
    return mention.text[:1].isupper() and bool(before) and before[-1] not in ":\u2014\u2013"


_DATED = re.compile(r"\s*[,(]?\s*(?:the\s+)?")
_YEAR_WORDS = STOPWORDS | set(MONTHS) | set(WEEKDAYS) | frozenset(
    "late early mid summer spring autumn winter fall year circa till around".split())
"""Capitalised words that may open a year ("In 2009", "Summer 2023"), unlike a name ("Paris 2024")."""


def _named(mention: DateMention, text: str, mentions: tuple[DateMention, ...]) -> bool:
    """A mention that dates nothing of its own: a weekday that a date goes on to name ("Friday, July 19",
    "Wednesday (13 September)": the date's moment), or a year that is part of a name ("Paris 2024 set
    out", "Euro 2024", a wine's vintage: 'Chardonnay "Kristi" 2021')."""
    if mention.precision is Precision.WEEKDAY:
        return any(other.precision is Precision.DAY and other.start >= mention.end
                   and _DATED.fullmatch(text[mention.end:other.start]) is not None for other in mentions)
    if mention.precision is Precision.YEAR and mention.year is not None and mention.text.isdigit():
        before = text[:mention.start]
        word = re.search(r"([A-Z][\w\u2019'-]*)[\"\u201d]?\s+$", before)  # a quoted name too: 'Tower "Kristi" 2021'
        return bool(word) and word.group(1).lower() not in _YEAR_WORDS
    return False


_ZONE = re.compile(r"\b(?:GMT|UTC|[ECMP][SD]?T|BST|CES?T|IST|JST|KST|AE[SD]T|MSK|local\s+time|translates?\s+to)\b")
"""A time zone, or a word that turns a time into another's ("(0200 GMT Sunday)", "(which translates to IST on
Friday morning)")."""


_CLOCK_IN = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b|\b\d{4}\s*(?:GMT|UTC)\b|\btranslates?\s+to\b",
                       re.IGNORECASE)
"""A clock's time, or a word that turns one into another zone's, inside a day's brackets."""
_RIGHT_BEFORE = 30
"""Characters at most between the day a bracket restates and the bracket ("Thursday (", "Saturday at 10 p.m. (")."""


def _converted(mention: DateMention, text: str, mentions: tuple[DateMention, ...]) -> bool:
    """A day in brackets that gives, in another time zone, the moment the day right before them dates ("at
    3:46 pm ET on Thursday (which translates to IST on Friday morning)", "at 10 p.m. Saturday (0200 GMT
    Sunday)"): the same moment, not another. The brackets name a zone and a clock's time (or "translates to")
    and follow that day closely, in its clause; "on Sunday ... (late Saturday local time)" keeps both."""
    opened, closed = text.rfind("(", 0, mention.start), text.find(")", mention.end)
    if opened < 0 or closed < 0 or ")" in text[opened:mention.start] or "(" in text[mention.end:closed]:
        return False
    if _ZONE.search(text, opened, closed) is None or _CLOCK_IN.search(text, opened, closed) is None:
        return False
    return any(other.end <= opened and other.precision is not Precision.YEAR and opened - other.end <= _RIGHT_BEFORE
               and not re.search(r",|\band\b", text[other.end:opened]) for other in mentions)


_SINCE = re.compile(r"(?<!\bhas )(?<!\bhave )(?<!\bhad )\bsince\s(?:[^,;:()\"\u201c\u201d\u2014\u2013]{0,60}[\s-])?$",
                    re.IGNORECASE)
""""since" shortly before a date in the same clause ("since 2001", "since the early days of the pandemic
in 2020", "since mid-2022"); not the adverb ("has since slowed")."""


def _since(mention: DateMention, text: str) -> bool:
    """A year or month that a span or a comparison is measured from ("the loftiest level since 2001",
    "the first cut since March 2020", "held there since July 2023"): a point of reference, not a moment
    of the story. Whether an event stated with "since" is the story's own cannot be told, so none is kept."""
    if mention.precision not in (Precision.YEAR, Precision.MONTH) and mention.offset_years is None:
        return False
    return _SINCE.search(text, 0, mention.start) is not None


DATELINE_WINDOW = 92
"""Days (about three months) within which an undated article's dateline day must fall of every dated
article of the corpus for it to take their year."""


def dateline_day(article: Article, span: tuple[dt.date, dt.date] | None) -> dt.date | None:
    """The day an undated article's dateline names (one of the first lines of its body), in the one
    year that puts it within :data:`DATELINE_WINDOW` days of every dated article, ``span`` being the
    first and the last publication day of the corpus; None when there is no such dateline or year."""
    lines = [line.strip() for line in article.body.split("\n", OPENING_LINES * 4)[:OPENING_LINES * 4] if line.strip()]
    found = next((m for line in lines[:OPENING_LINES] if (m := DATELINE_DAY.match(line))), None)
    mention = next(iter(values_of(found.group("day"))[0]), None) if found else None
    if span is None or mention is None or mention.precision is not Precision.DAY or mention.year is not None:
        return None
    assert mention.month is not None and mention.day is not None
    return near_span(mention.month, mention.day, span)


def article_days(articles: Iterable[Article]) -> tuple[dict[str, dt.date | None], tuple[dt.date, dt.date] | None]:
    """Each article's day, by id: its publication day, else the day its dateline gives in the year the
    dated articles put it in (:func:`dateline_day`), else None; and the first and last publication days
    of the corpus (None when no article is dated)."""
    articles = list(articles)
    published = {a.id: published_date(a) for a in articles}
    dated = sorted(d for d in published.values() if d is not None)
    span = (dated[0], dated[-1]) if dated else None
    return {a.id: published[a.id] or dateline_day(a, span) for a in articles}, span


def near_span(month: int, day: int, span: tuple[dt.date, dt.date]) -> dt.date | None:
    """The day ``day`` of ``month`` in the one year that puts it within :data:`DATELINE_WINDOW` days of
    ``span``'s first and last days (the corpus's publication days); None when no year or several do."""
    days = []
    for year in range(span[0].year - 1, span[1].year + 2):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if all(abs((found - d).days) <= DATELINE_WINDOW for d in span):
            days.append(found)
    return days[0] if len(days) == 1 else None


def _in_corpus_year(mention: DateMention, span: tuple[dt.date, dt.date] | None,
                    sentence: str) -> tuple[str, str, bool] | None:
    """An undated article's day and month without a year (``mention``, in ``sentence``) as :func:`resolve`
    gives it, in the year :func:`near_span` finds by the corpus's dated articles (``span``), marked
    approximate; None when none is found, or the mention is not such a day. A month without a year, or a
    year told relative to now ("last November", "last year"), is read as if the article were published on
    the corpus's last day, when its dated articles lie within :data:`DATELINE_WINDOW` days of one another
    (always so when only one is dated)."""
    if span is None or mention.year is not None:
        return None
    if mention.precision is Precision.MONTH or mention.offset_years is not None:
        return resolve(mention, span[1], sentence) if (span[1] - span[0]).days <= DATELINE_WINDOW else None
    if mention.precision is not Precision.DAY:
        return None
    assert mention.month is not None and mention.day is not None
    day = near_span(mention.month, mention.day, span)
    return (day.isoformat(), _label(day), True) if day else None


Given = dict[int, dict[dt.date, set[str]]]
"""The days each weekday stands for in the dated articles, each with the articles that give it."""


def _weekdays_given(kept: list[tuple[Sentence, DateMention]], days: dict[str, dt.date | None],
                    told: dict[tuple[str, int], bool]) -> Given:
    """The days each weekday stands for in the corpus's dated articles, each with the articles that give it,
    once an article dated by a clock behind the event's has its weekdays moved (see :func:`_next_morning`)."""
    def gather(given: Given | None) -> Given:
        found: Given = defaultdict(lambda: defaultdict(set))
        for sentence, mention in kept:
            published = days[sentence.article_id]
            if mention.precision is Precision.WEEKDAY and mention.weekday is not None and published is not None:
                date, _, _ = _resolved(sentence, mention, published, told, given)
                found[mention.weekday][dt.date.fromisoformat(date)].add(sentence.article_id)
        return found
    return gather(gather(None))


def _resolved(sentence: Sentence, mention: DateMention, published: dt.date | None,
              told: dict[tuple[str, int], bool], given: Given | None) -> tuple[str, str, bool]:
    """``resolve`` for a mention in its article, with a weekday the other articles give as the day after
    publication moved there (see :func:`_next_morning`; not before ``given`` is known)."""
    way = told.get((sentence.article_id, mention.weekday)) if mention.weekday is not None else None
    date, label, approx = resolve(mention, published, sentence.text, way)
    if published and given is not None \
            and (later := _next_morning(mention, date, published, sentence.article_id, sentence.text, given)):
        date, label = later.isoformat(), _label(later) + _part(mention)
    return date, label, approx


def _pinned_weekdays(given: Given) -> dict[int, dt.date]:
    """The day each weekday stands for where the dated articles all give it the same day (``given``, see
    :func:`_weekdays_given`: "Friday" is 17 November in each): the day an undated article's "Friday" most
    likely is, too."""
    return {weekday: next(iter(dates)) for weekday, dates in given.items() if len(dates) == 1}


_LAST_WEEK = re.compile(r"\blast\s+week\b|\ba\s+week\s+(?:ago|earlier)\b", re.IGNORECASE)
"""Words that put a weekday in the week before ("on Thursday last week")."""


def _next_morning(mention: DateMention, date: str, published: dt.date, article: str, sentence: str,
                  given: Given) -> dt.date | None:
    """The day after ``published`` for a weekday told from the past that ``resolve`` put six days before it
    (``date``), where the other dated articles give that weekday as the day after, never as the day before
    (``given``): an article dated by its own clock, hours behind the place of the event ("arrived Thursday
    in Beijing" in an American article dated Wednesday). None otherwise, and for "last Thursday" or "on
    Thursday last week" (``sentence``)."""
    if mention.precision is not Precision.WEEKDAY or mention.weekday is None or len(date) != 10 \
            or mention.part == "last" or _LAST_WEEK.search(sentence):
        return None
    after, back = published + dt.timedelta(days=1), dt.date.fromisoformat(date)
    if (published - back).days != 6:
        return None
    others = {day for day, articles in given.get(mention.weekday, {}).items() if articles - {article}}
    return after if after in others and back not in others else None


def _in_corpus_week(mention: DateMention, pinned: dict[int, dt.date],
                    near: frozenset[dt.date] = frozenset()) -> tuple[str, str, bool] | None:
    """An undated article's weekday (``mention``) as the day the dated articles give it (``pinned``, see
    :func:`_pinned_weekdays`), marked approximate; None when they give it none, or several days. A weekday
    they do not give is the one in the week of the article's own pinned weekdays (``near``): see
    :func:`_same_week`."""
    if mention.precision is not Precision.WEEKDAY or mention.weekday is None:
        return None
    day = pinned.get(mention.weekday)
    if day is None and mention.part not in ("last", "next"):
        day = _same_week(mention.weekday, near)
    if day is None:
        return None
    return day.isoformat(), _label(day) + _part(mention), True


def _same_week(weekday: int, near: frozenset[dt.date]) -> dt.date | None:
    """The ``weekday`` closest to all the days ``near`` (an undated article's "Wednesday" and "Thursday",
    pinned: its "Friday" is the day after, not the Friday before), within a week of each; None when
    there are none, or two such days are as close."""
    if not near:
        return None
    first, last = min(near), max(near)
    start = first - dt.timedelta(days=6)
    candidates = [start + dt.timedelta(days=i) for i in range((last - start).days + 7)]
    reach = sorted((max(abs((c - n).days) for n in near), c) for c in candidates if c.weekday() == weekday)
    if not reach or reach[0][0] > 6 or (len(reach) > 1 and reach[1][0] == reach[0][0]):
        return None
    return reach[0][1]


def _undated_rank(mention: DateMention) -> tuple[int, int]:
    """Order of undated moments relative to each other: last year, months, weekdays, then days."""
    if mention.offset_years is not None:
        return 0, mention.offset_years
    if mention.precision is Precision.MONTH:
        return 1, mention.month or 0
    if mention.precision is Precision.WEEKDAY:
        return 2, mention.weekday or 0
    return 3, mention.offset_days or 0


_RECURRING = re.compile(r"\b(?:annually|yearly|(?:every|each)\s+year|every\s+(?:spring|summer|autumn|fall|winter))\b",
                        re.IGNORECASE)
"""Words that make a date a yearly one ("Independence Day, which is celebrated annually on 24 August")."""


def _recurring(mention: DateMention, text: str) -> bool:
    """A day or month that comes back every year ("celebrated annually on 24 August", "held each year in
    June"), in its clause of its own: no moment of the story, whatever year the article is from."""
    return (mention.precision in (Precision.DAY, Precision.MONTH) and mention.year is None
            and _RECURRING.search(_subclause(text, mention.start, mention.end)) is not None)


def _kept(mention: DateMention, text: str, mentions: tuple[DateMention, ...]) -> bool:
    """Whether a mention dates a moment of the story (see :func:`_speakers_day`, :func:`_named`,
    :func:`_since`, :func:`_recurring`, :func:`_converted`)."""
    return not (_speakers_day(mention, text) or _named(mention, text, mentions) or _since(mention, text)
                or _recurring(mention, text) or _converted(mention, text, mentions))


def _told_weekdays(kept: list[tuple[Sentence, DateMention]]) -> dict[tuple[str, int], bool]:
    """Whether each article's mentions of a weekday, but possessive ones, look ahead, keyed by article
    and weekday: only where they all agree (one article's "Thursday" is one day). ``kept``: the
    mentions that date a moment (see :func:`_kept`), with their sentences."""
    seen: dict[tuple[str, int], set[bool]] = defaultdict(set)
    for sentence, mention in kept:
        if (mention.precision is Precision.WEEKDAY and mention.weekday is not None
                and not POSSESSIVE_AFTER.match(sentence.text, mention.end)):
            seen[sentence.article_id, mention.weekday].add(_ahead(mention, sentence.text))
    return {key: next(iter(ways)) for key, ways in sorted(seen.items()) if len(ways) == 1}


def timeline(corpus: Corpus) -> tuple[Moment, ...]:
    """Every dated moment, in date order; undated weekdays and relative days last."""
    merged: dict[tuple[str, str, str], list[Citation]] = defaultdict(list)
    info: dict[tuple[str, str, str], tuple[bool, str, tuple[int, int]]] = {}
    days, span = article_days(corpus.articles.values())
    kept = [(sentence, mention) for sentence in corpus.sentences
            for mentions in (corpus.values(sentence)[0],) for mention in mentions
            if _kept(mention, sentence.text, mentions)]
    told = _told_weekdays(kept)
    given = _weekdays_given(kept, days, told)
    pinned = _pinned_weekdays(given)
    near: dict[str, set[dt.date]] = defaultdict(set)  # each undated article's weekdays the dated ones pin
    for sentence, mention in kept:
        if mention.precision is Precision.WEEKDAY and mention.weekday in pinned and not days[sentence.article_id]:
            near[sentence.article_id].add(pinned[mention.weekday])
    for sentence, mention in kept:
        published = days[sentence.article_id]
        date, label, approx = _resolved(sentence, mention, published, told, given)
        if not date and published is None:
            week = frozenset(near[sentence.article_id])
            date, label, approx = (_in_corpus_year(mention, span, sentence.text)
                                   or _in_corpus_week(mention, pinned, week) or (date, label, approx))
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
