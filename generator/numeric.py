"""The numbers a sentence states, and whether two sentences agree on them: figures and amounts ("$4.2bn",
"more than 1,200"), counts of things ("five miners"), parts of a whole ("nine of the 19"), and whole dates.
Group, restate and verify read them to tell one fact from another; the insights read them to find values."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import NamedTuple

from generator.textutil import MONTH_ABBREVIATIONS, MONTH_NAME, MONTHS, STOPWORDS, WEEKDAYS, stem, words

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# "may" is left out: far more often the verb than the month. An abbreviation counts as news writes it
# before a day ("Aug. 5", "Sept. 11", "Nov 5"): capitalised, with a full stop or a number after it
# ("mar" and "Jan" the name stay words).
_DAY = re.compile(rf"\b(?:(?:{'|'.join(d for d in WEEKDAYS + MONTHS if d != 'may')})\b"
                  rf"|(?-i:{'|'.join(MONTH_ABBREVIATIONS)})(?:\.|(?=\s\d)))", re.IGNORECASE)
MONTH_OF = {m[:3]: m for m in MONTHS}
"""A month by the first three letters of its name or abbreviation, lower case ("aug": "august"; no
weekday shares them)."""

_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN = re.compile(r"\d+(?:\.\d+)?")
FIGURE_DIGITS = 20
"""Longest figure compared as a number (a run of digits longer than any amount is only compared as it is
written; decimal arithmetic would also run out of precision on it)."""
ROUNDED = Decimal("0.025")
"""Largest share by which a figure may differ from the same figure rounded ("$68.7bn" and "$69bn")."""


def _digits(written: str) -> str:
    """A number as written, without the commas of thousands ("13,000" as "13000"; "1,2" stays)."""
    return written.replace(",", "") if _THOUSANDS.fullmatch(written) else written


def _amount(number: str) -> Decimal | None:
    """A figure of :func:`figures` as a number, or None for one that is not a plain decimal or is
    longer than FIGURE_DIGITS."""
    return Decimal(number) if _PLAIN.fullmatch(number) and len(number) <= FIGURE_DIGITS else None


@lru_cache(maxsize=65536)
def figures(text: str, days: bool = True) -> frozenset[str]:
    """The numbers a sentence states ("24", "1.2", "13,000" as "13000") and, with ``days``, the days
    and months it names (a month's abbreviation as the month: "Aug. 5" as "august" and "5").
    (Remembered: select asks again for the sentences of every quote on a page.)

    Not kept: leaving out a number that is part of a name ("Luna-25", "G20", "COVID-19", "A320"). The
    seven visits' recall / precision / corroboration went from 0.714 / 0.693 / 0.817 to 0.711 / 0.694 /
    0.821, the seven corpora with their own topics' from 0.837 / 0.835 / 0.823 to 0.833 / 0.835 / 0.821
    (rate-cut's recall 0.933 -> 0.911): such a number is as good a sign of one subject as a count."""
    found = frozenset(_digits(f) for f in _NUMBER.findall(text))
    return found | {MONTH_OF.get(d[:3].lower(), d.lower()) for d in _DAY.findall(text)} if days else found


@lru_cache(maxsize=65536)
def same_figure(a: str, b: str) -> bool:
    """Whether two of :func:`figures` state one figure: equal, or one is the other rounded to fewer
    decimals and within ROUNDED of it ("68.7" and "69", "1.94" and "1.9"; not "4.75" and "5")."""
    if a == b:
        return True
    if not (_PLAIN.fullmatch(a) and _PLAIN.fullmatch(b)) or max(len(a), len(b)) > FIGURE_DIGITS:
        return False
    x, y = Decimal(a), Decimal(b)
    if x.as_tuple().exponent > y.as_tuple().exponent:
        x, y = y, x  # x has more decimals
    if x.as_tuple().exponent == y.as_tuple().exponent or y == 0:
        return False
    return x.quantize(y, rounding=ROUND_HALF_UP) == y and abs(x - y) <= ROUNDED * y


def share_figure(mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether any figure of ``mine`` is one of ``theirs`` (:func:`same_figure`)."""
    mine, theirs = frozenset(mine), frozenset(theirs)
    return not mine.isdisjoint(theirs) or any(same_figure(a, b) for a in mine for b in theirs)


def all_stated(mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether every figure of ``mine`` is one of ``theirs`` (:func:`same_figure`)."""
    theirs = tuple(theirs)
    return all(any(same_figure(a, b) for b in theirs) for a in mine)


_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_COUNTED_AFTER = re.compile(r"\s+(?:people|persons|dead|deaths|injured|killed|wounded|victims|casualties|others|"
                            r"residents|survivors|families|households|homes|houses|buildings|troops|soldiers|"
                            r"workers|jobs|flights|passengers)\b", re.IGNORECASE)
"""A word for what a number before it counts ("2012 people", "1900 jobs"); a year is not followed by one
("the 2012 Olympics", "2019 protests")."""
_CLOCK_AFTER = re.compile(r"\s*(?:GMT|UTC|hours?\b|hrs\b)")
"""Greenwich time or "hours" after four figures: a clock's time ("2000 GMT", "1734 UTC", "1800 hours"), or a count
of hours ("2000 hours of footage"), no year. Other zones' letters stand for other things too ("In 2023 PT Freeport
...", "Since 2021 CT scans ...")."""
_COUNTED_BEFORE = re.compile(r"\b(?:more than|at least|fewer than|less than|nearly|almost|total of)\s+$",
                             re.IGNORECASE)
"""Words that say a number after them counts ("more than 2000", "a total of 1850")."""
_WHEN_BEFORE = re.compile(r"\b(?:in|since|until|by|before|after|during)\s+$", re.IGNORECASE)
"""A word of time before a year that a counted word follows ("in 2012 people voted ...")."""


def written_as_year(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` is a year: from 1800 to 2099, written without a comma (not
    "2,012"), not read as a count by the words around it ("killed more than 2000 people", "the toll
    rose to 2012 people"; but "in 2012 people voted"), nor as a clock's time ("2000 GMT")."""
    if _YEAR.fullmatch(text, start, end) is None:
        return False
    before = max(0, start - 20)
    if _COUNTED_BEFORE.search(text, before, start) or _CLOCK_AFTER.match(text, end):
        return False
    return _COUNTED_AFTER.match(text, end) is None or _WHEN_BEFORE.search(text, before, start) is not None


@lru_cache(maxsize=65536)
def _years(text: str) -> frozenset[str]:
    """The numbers ``text`` writes as a year (:func:`written_as_year`)."""
    return frozenset(m.group() for m in _NUMBER.finditer(text) if written_as_year(text, m.start(), m.end()))


TELLING = 10
"""Smallest whole number that tells one fact from another when two sentences share it ("$190 billion",
"30%"; not "two leaders", nor a year or a date). A number with decimals tells at any size ("5.25%",
"a magnitude 6.8 quake", "$4.2bn")."""


_DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH_NAME}(?![A-Za-z])|"
                   rf"\b{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.IGNORECASE)
"""A day of the month ("12 June", "June 12", "Aug. 5", "the 15th of August", "August 15th")."""
_NOT_AMOUNT = re.compile(r"\b[A-Za-z]+-?\d+\w*|\b\d{1,2}[:.]\d\d\s*[ap]\.?m\b\.?|\b\d+(?:st|nd|rd|th)\b",
                         re.IGNORECASE)
"""Numbers that name or order rather than count: in names ("G20", "F-16", "COVID-19"), times of day
("10:30 a.m."), ordinals ("75th")."""


def _without_dates(text: str) -> str:
    """``text`` with its days of the month (:data:`_DATE`) and the numbers of :data:`_NOT_AMOUNT` blanked."""
    return _NOT_AMOUNT.sub(" ", _DATE.sub(" ", text))


def _telling(text: str) -> frozenset[str]:
    """The numbers of ``text`` that count something, of TELLING or more or with decimals: years ("2019",
    not "2,000"), days of the month and the numbers of :data:`_NOT_AMOUNT` left out."""
    bare = _without_dates(text)
    numbers = (_digits(m.group()) for m in _NUMBER.finditer(bare) if not written_as_year(bare, m.start(), m.end()))
    return frozenset(n for n in numbers if (value := _amount(n)) is not None and (value >= TELLING or "." in n))


def share_telling_figure(a: str, b: str) -> bool:
    """Whether two sentences share a count of TELLING or more, or one with decimals (:func:`_telling`:
    not a year, a date, a time or a number in a name), as a figure of one kind (:attr:`Told.kind`):
    they very likely report one fact ("trade hit a record $190billion" and "trade rose to about $190
    billion"). "More than 30 agreements" and "investment was up 30-fold" share no figure, nor do "some 50
    aftershocks" and "over 50 people" (they count different kinds of thing). A time of day to the minute,
    off the hour and half hour, tells as well: "lifted off at 10:52 a.m. Eastern" and "after a successful
    liftoff at 10:52 a.m." tell one moment; "began at 10:30 a.m." and "ended at 10:30 a.m." may not; nor do
    "a blast at 9:15 a.m. killed 12" and "a blast at 9:15 a.m. killed 40", which give two tolls."""
    if _same_moment(_minutes(a), _minutes(b)):
        told, theirs = _told(a), _told(b)
        return not (_disputes(told, theirs) or _disputes(theirs, told))  # one moment, two tolls: two facts
    theirs = _told(b)
    return any(t.kind == o.kind and same_figure(t.figure, o.figure) and _may_be_one(t.counted, o.counted)
               for t in _told(a) for o in theirs)


_MINUTE = re.compile(r"(?<![\d:.,])([01]?\d|2[0-3])(?::([0-5]\d)|\.([0-5]\d)(?=\s*[ap]\.?m\b))(?![\d:]|[.,]\d)"
                     r"(?:\s*(?P<half>[ap])\.?m\b"
                     r"|(?=\s*(?P<zone>ET|EDT|EST|PT|PDT|CT|CDT|GMT|UTC|BST|IST|local time)\b))?",
                     re.IGNORECASE)
"""A time of day to the minute ("10:52 a.m.", "13:34 GMT", "1.34 pm"; a point is a decimal unless "am" or "pm"
follows); not a race's time ("1:54.32") nor a scale ("1:25,000")."""
_CLOCK_BEFORE = re.compile(r"\b(?:at|by|around|about|until|till|before|after|from|since|to)\s+$", re.IGNORECASE)
"""Words before a time of day given without "am", "pm" or a zone that make it one ("docked at 13:34")."""


@lru_cache(maxsize=65536)
def _minutes(text: str) -> frozenset[tuple[str, str]]:
    """The times of day in ``text`` given to a minute off the hour and half hour, each with "a" or "p" when
    told ("1:34 p.m." as ("1:34", "p")); a bare one only after a word of when ("at 13:34"; not "John 3:16")."""
    out = set()
    for m in _MINUTE.finditer(text):
        minute = m.group(2) or m.group(3)
        told = m.group("half") is not None or m.group("zone") is not None
        if minute in ("00", "30") or not (told or _CLOCK_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            continue
        out.add((f"{int(m.group(1))}:{minute}", (m.group("half") or "").lower()))
    return frozenset(out)


def _same_moment(mine: frozenset[tuple[str, str]], theirs: frozenset[tuple[str, str]]) -> bool:
    """Whether two sets of :func:`_minutes` share a time, morning and afternoon apart ("4:17 a.m." and "4:17
    p.m." are two)."""
    return any(t == o and (h == g or not h or not g) for t, h in mine for o, g in theirs)


def _may_be_one(counted: str, other: str) -> bool:
    """Whether counts of these kinds of thing (:attr:`Told.counted`) may be one: unless both are known and
    differ ("50 aftershocks" and "50 people", "25 years" and "25 people")."""
    return not (counted and other and counted != other)


_QUALIFIED = re.compile(
    r"\b(more than|over|above|upwards of|in excess of|at least|nearly|almost|close to|just under|up to|"
    r"about|around|roughly|some|approximately|an estimated|circa)\s+(?:US|A|C)?[$\u20ac\u00a3\u00a5\u20b9]?\s?"
    r"(\d+(?:[.,]\d+)*)", re.IGNORECASE)
_BOUNDS = {"more than": ("1", "1.2"), "over": ("1", "1.2"), "above": ("1", "1.2"), "upwards of": ("1", "1.2"),
           "in excess of": ("1", "1.2"), "at least": ("1", "1.2"), "nearly": ("0.9", "1"), "almost": ("0.9", "1"),
           "close to": ("0.9", "1"), "just under": ("0.9", "1"), "up to": ("0.8", "1")}
APPROXIMATE = ("0.95", "1.05")
"""Range a figure said to be "about" (or "around", "roughly", "some" ...) stands for, as shares of it;
_BOUNDS gives the ranges of "more than" (up to a fifth more) and "nearly" (up to a tenth less)."""


@lru_cache(maxsize=65536)
def _ranges(text: str) -> tuple[tuple[Decimal, Decimal], ...]:
    """The ranges that the qualified figures of ``text`` stand for ("more than $750 billion": 750 to 900)."""
    out = []
    for m in _QUALIFIED.finditer(text):
        value = None if written_as_year(text, m.start(2), m.end(2)) else _amount(_digits(m.group(2)))
        if value is not None:
            out.append(_bounded(m.group(1), value))
    return tuple(out)


def _bounded(word: str, value: Decimal) -> tuple[Decimal, Decimal]:
    """The range ``value`` qualified by ``word`` stands for (:data:`_BOUNDS`, :data:`APPROXIMATE`)."""
    low, high = _BOUNDS.get(" ".join(word.lower().split()), APPROXIMATE)
    return value * Decimal(low), value * Decimal(high)


def _within(ranges: tuple[tuple[Decimal, Decimal], ...], stated: Iterable[str], text: str) -> bool:
    """Whether one of ``stated`` (:func:`figures` of ``text``) lies in one of ``ranges``. A figure
    written as a year is never in a range: "more than 1,700 firms" says nothing of a quote's "in
    2019" (but "1,800 firms" is a count)."""
    years = _years(text)
    values = [value for f in stated if f not in years and (value := _amount(f)) is not None]
    return any(low <= value <= high for value in values for low, high in ranges)


NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
"""Numbers written in words, to a hundred: the units, the teens and the tens ("twenty-one" is two)."""
_UNITS = [w for w, n in NUMBER_WORDS.items() if 0 < n < 20]
_TENS = [w for w, n in NUMBER_WORDS.items() if n >= 20]


def _word_number(words: str) -> int:
    """The value of a number of :data:`NUMBER_WORDS`, its words joined by a hyphen or a space ("Twenty-one")."""
    return sum(NUMBER_WORDS[w] for w in re.split(r"[- ]", words.lower()))


_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,]?\d)")
"""A number with its thousands set apart by spaces ("12 000", "1 200 000"), as many outlets write them."""
_WITH_SCALE = re.compile(
    rf"\b(?P<number>\d+(?:\.\d+)?|(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}))?|{'|'.join(_UNITS)})"
    r"\s+(?P<scale>thousand|million|billion|trillion)\b", re.IGNORECASE)
"""A number of thousands, millions ... in digits or words ("12 thousand", "twelve thousand", "two billion")."""
_LARGE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d.,]?\d)(?!\s+(?:million|billion|trillion)\b)")
"""A number of millions or more in digits with commas ("1,200,000")."""
_SCALES = {"thousand": Decimal(1000), "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9,
           "trillion": Decimal(10) ** 12}


def _scaled(match: re.Match[str]) -> str:
    """A number of :data:`_WITH_SCALE` in the form its digits take: thousands in full with a comma ("12,000";
    "2,000" is no year), larger scales as digits and the scale ("two billion" as "2 billion", as "$2bn"
    reads once spelled out)."""
    number, scale = match["number"].lower(), match["scale"].lower()
    value = Decimal(number) if number[0].isdigit() else Decimal(_word_number(number))
    if scale == "thousand":
        return f"{(value * _SCALES[scale]).normalize():,f}"
    return f"{value:f} {scale}"


def _large(match: re.Match[str]) -> str:
    """A number of :data:`_LARGE` in millions, billions or trillions when it is a round one ("1,200,000" as
    "1.2 million"), else as written."""
    value = Decimal(match[0].replace(",", ""))
    for scale in ("trillion", "billion", "million"):
        share = value / _SCALES[scale]
        if share >= 1 and share == share.quantize(Decimal("0.001")):
            return f"{share.normalize():f} {scale}"
    return match[0]


@lru_cache(maxsize=65536)
def in_digits(text: str) -> str:
    """``text`` with its large numbers written one way, so that two ways of writing one figure give one
    figure (:func:`figures`): thousands set apart by spaces with commas ("12 000" as "12,000"), thousands
    in words or digits and words in digits ("twelve thousand", "12 thousand" as "12,000"), larger scales
    in digits and words ("two billion" as "2 billion", "1,200,000" as "1.2 million")."""
    if not any(c.isdigit() for c in text) and "illion" not in text and "housand" not in text:
        return text
    text = _GROUPED.sub(lambda m: ",".join(m[0].split()), text)
    return _LARGE.sub(_large, _WITH_SCALE.sub(_scaled, text))


_WHOLE_NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS[:9])}))?"
                 rf"|{'|'.join(_UNITS)})")
"""A whole number in digits or words ("19", "12,000", "nine", "Twenty-five")."""
_COUNT = re.compile(
    r"(?<![\w.,$\u20ac\u00a3\u00a5\u20b9-])"
    r"(?P<before>\b(?:the|these|those|its|their|his|her|our|your|my|all|both|other|first|last|next|top)\s+)?"
    rf"(?P<count>{_WHOLE_NUMBER})"
    r"(?![\w.,-])(?P<after>(?:\s+[A-Za-z][\w'\u2019-]*){1,2})", re.IGNORECASE)
"""A whole number, in digits or words ("5", "five", "Twenty-five"), and the one or two words after it,
with the determiner before it if any. A number joined by a hyphen ("a two-day visit", "one-on-one
talks", "F-16") describes or names rather than counts, and one after a determiner names a known set
("the two sides", "their three children"): both are left out, as money ("$5 billion") is."""
_NOT_COUNTED = frozenset("of another hundred thousand million billion trillion dozen percent per and or".split())
"""Words after a number that make it no count of its own ("one of the", "one another", "two hundred"
as "two" alone)."""


_MEASURES = frozenset(stem(w) for w in "year month week day night hour minute second decade century time mile "
                      "kilometre kilometer metre meter foot feet point percent degree round".split())
"""Units that measure rather than name what is counted: "for five years running" and "to mark 60 years of
ties" count years of two different things, so counts of them are left to :func:`differ_in_figures`.
(Keying them cost the xi-paris corpus 0.018 of recall and 0.022 of corroboration.)"""


_NAME_BEFORE = re.compile(r"(?:(?<=\S )|^)(?P<word>[A-Z][\w&-]*)(?: of)? $")
_APPROXIMATE = frozenset("about around nearly almost roughly some approximately exactly precisely only over more "
                         "fewer less at up under just another".split())
"""Words that open a sentence before a count ("Some 6,800 athletes", "Around ten bodies")."""


def _numbered(text: str, at: int) -> bool:
    """Whether the number in digits at ``at`` in ``text`` is part of a name: a capitalised word, and perhaps
    "of", just before it ("Interstate 695", "Fortune 500 companies", "Channel File 291", "Group of 20"),
    not a day's or a month's name ("on Sunday 86 rescuers"), nor a sentence's first word before a count
    ("Some 6,800 athletes"); a word in the possessive is none ("the Fed's 19 officials")."""
    if not text[at:at + 1].isdigit():
        return False
    m = _NAME_BEFORE.search(text, max(0, at - 40), at)
    if m is None:
        return False
    word = m["word"].lower()
    return word not in WEEKDAYS and word not in MONTHS and not (
        m.start() == 0 and (word in STOPWORDS or word in _APPROXIMATE))


TOLL = stem("deaths")
"""The key under which :func:`counted` files a count of dead, whatever words tell it ("four deaths", "four
confirmed dead", "Five people have now been confirmed dead", "killing at least four people")."""
_DEATH_STEMS = frozenset(stem(w) for w in "dead deaths died killed fatalities".split())
_UNHARMED = frozenset(stem(w) for w in "injured wounded hurt missing rescued evacuated displaced saved".split())
_KILLING_BEFORE = re.compile(r"\b(?:kill(?:ed|ing|s)?|claim(?:ed|ing|s)? the lives of)\s+(?:(?:at least|more than|"
                             r"nearly|almost|about|around|some|over)\s+)?$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?()\u2013\u2014]|\s(?:and|but|while|as|after|before)\s")


def _is_toll(text: str, m: re.Match[str], thing: str | None) -> bool:
    """Whether the count ``m`` (of :data:`_COUNT`) in ``text`` counts dead: a word of death among the two after
    it that takes no object ("four deaths", "four confirmed dead", "two people died"; not "Two gunmen killed 12
    people"), or a count of people (:func:`of_people`) that a verb of killing comes just before ("killing at
    least four people") or a word of death follows in its clause before any other fate ("Five people have now
    been confirmed dead"; not "20 people were injured and two died", nor "the dead" or "the killings": a noun
    of its own)."""
    for k, word in enumerate(_RUN.finditer(text, m.start("after"), m.end("after"))):
        if stem(word.group().lower()) in _DEATH_STEMS:
            return k == 0 or not _OBJECT_AFTER.match(text, word.end())
    if thing is not None and not of_people(thing):
        return False
    if _KILLING_BEFORE.search(text, max(0, m.start("count") - 40), m.start("count")):
        return True
    if thing is None:
        return False
    clause = text[m.end("count"):]
    if end := _CLAUSE_END.search(clause):
        clause = clause[:end.start()]
    words = clause.split()
    for k in range(1, min(len(words), 8)):
        key = stem(words[k].lower().strip("'\u2019\"\u201d"))
        if key in _DEATH_STEMS:
            return words[k - 1].lower() not in _DETERMINERS
        if key in _UNHARMED:
            return False
    return False


_OBJECT_AFTER = re.compile(r"\s*(?:\d|(?:the|a|an|his|her|their|its|at least|more than|some|about|dozens|hundreds|"
                           rf"{'|'.join(NUMBER_WORDS)})\b)", re.IGNORECASE)
"""What follows a verb of killing that takes an object ("killed 12 people", "killed the driver")."""
_DETERMINERS = frozenset("the a an this that these those his her their its our".split())
_RUN = re.compile(r"\S+")


@lru_cache(maxsize=65536)
def counted(text: str) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The numbers of things a sentence counts, in digits or words, by the stem of the thing counted: the
    first content word of the two after each ("five miners remain trapped": "miner" -> {"5"}), so that
    "two miners" and "5 miners" give different counts of one thing and "5 miners" and "five miners"
    the same. A number word counts in lower case or opening the sentence ("Formula One", "the Big
    Three" are names). Second, the things counted in words."""
    found: dict[str, set[str]] = {}
    in_words: set[str] = set()
    for m in _COUNT.finditer(text):
        count, after = m["count"], [w.lower() for w in m["after"].split()]
        named = count[0].isupper() and text[:m.start()].strip(" \"'\u201c")  # capitalised inside the sentence
        if (m["before"] or after[0] in _NOT_COUNTED or named or _numbered(text, m.start())
                or written_as_year(text, m.start("count"), m.end("count"))):
            continue
        value = _digits(count) if count[0].isdigit() else str(_word_number(count))
        thing = next((w for w in after if w not in STOPWORDS), None)  # "three other workers": "worker"
        if _is_toll(text, m, thing):
            thing = TOLL
        if thing is not None and (key := stem(thing)) not in _MEASURES:
            found.setdefault(key, set()).add(value)
            if not count[0].isdigit():
                in_words.add(key)
    return {k: frozenset(v) for k, v in found.items()}, frozenset(in_words)


_PARTITIVE = re.compile(rf"(?<![\w.,$\u20ac\u00a3\u00a5\u20b9-])(?P<part>{_WHOLE_NUMBER})\s+of\s+"
                        rf"(?:(?:the\s+)?[a-z][\w-]*['\u2019]s|the|its|their|his|her|our)\s+(?P<whole>{_WHOLE_NUMBER})"
                        r"(?![\w.,-])", re.IGNORECASE)
"""A part of a counted whole ("nine of the 19 policymakers", "Three of its five judges", "five of the capsule's 28
thrusters", "two of Boeing's 28 jets")."""


def _number_value(written: str) -> int:
    """The value of a whole number of :data:`_WHOLE_NUMBER`."""
    return int(written.replace(",", "")) if written[0].isdigit() else _word_number(written)


def _parts(text: str, start: int = 0) -> Iterator[tuple[re.Match[str], int, int]]:
    """The parts of counted wholes in ``text`` from ``start`` (:data:`_PARTITIVE`), with the part's and the
    whole's values. A part of one names a member rather than a count ("one of the five permanent members",
    "each one of the 34 counts") and is left out, as is one no smaller than its whole."""
    for m in _PARTITIVE.finditer(text, start):
        part, whole = _number_value(m["part"]), _number_value(m["whole"])
        if 1 < part < whole:
            yield m, part, whole


@lru_cache(maxsize=65536)
def partitives(text: str) -> dict[int, frozenset[int]]:
    """The parts of counted wholes ``text`` states, by the whole: "Ten of the 19 officials" gives {19: {10}}."""
    found: dict[int, set[int]] = {}
    for _, part, whole in _parts(text):
        found.setdefault(whole, set()).add(part)
    return {k: frozenset(v) for k, v in found.items()}


ALL_BUT_BEFORE = re.compile(r"\b(?:all|everyone|everybody)\s+but\s+$", re.IGNORECASE)
"""Before a number, "all but" makes it the ones left out of what the sentence tells ("all but two of the 181 on
board were killed": two survived), no count of the noun after it nor a part of it."""


def part_before(text: str, start: int, reach: int = 40) -> tuple[int, int] | None:
    """Where the part of a counted whole whose number starts at ``start`` begins, and its value ("Ten of the
    19 officials": where "Ten" starts, and 10), looking back ``reach`` characters; None when there is none, or the
    part is what "all but" leaves out (:data:`ALL_BUT_BEFORE`)."""
    for m, part, _ in _parts(text, max(0, start - reach)):
        if m.start("whole") == start:
            # "all but two of the 181 on board": the two are left out, the figure is the whole
            return None if ALL_BUT_BEFORE.search(text, max(0, m.start() - reach), m.start()) else (m.start(), part)
        if m.start() >= start:
            break
    return None


def count_differently(a: str, b: str) -> bool:
    """Whether two sentences count one thing with different numbers, one of them in words (:func:`counts`):
    "5 miners are still trapped" and "Two miners are still trapped", "three workers remain missing" and
    "one worker is still missing"; not "one longshoreman said" and "who has worked there for 22 years",
    nor "a ship the length of three football fields" and "the 1.6-mile span". Or they give different
    parts of one whole, in digits or words (:func:`partitives`): "nine of the 19 policymakers" and "Ten
    of the 19 officials" share the whole, not the count."""
    (mine, my_words), (theirs, their_words) = counted(a), counted(b)
    # Counts both in digits are left to :func:`differ_in_figures`, which reads qualified figures.
    if any(mine[k].isdisjoint(theirs[k]) for k in (mine.keys() & theirs.keys()) & (my_words | their_words)):
        return True
    my_parts, their_parts = partitives(a), partitives(b)
    return any(my_parts[k].isdisjoint(their_parts[k]) for k in my_parts.keys() & their_parts.keys())


_ZONES = "GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|KST|AEST|AEDT|EST|EDT|CST|CDT|MST|MDT|PST|PDT"
_HOUR = re.compile(rf"\b(?:\d{{1,2}}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?|\d{{1,2}}:\d\d\b(?:\s*(?:{_ZONES})\b)?"
                   rf"|(?:[01]\d|2[0-3])[0-5]\d\s*(?:{_ZONES})\b)", re.IGNORECASE)
"""A time of day ("5 p.m.", "11pm", "11.30 am", "18:04", "12:34 GMT", "2211 GMT"), which counts nothing: not
2,211 "GMT"s."""


def _telling_counts(text: str) -> dict[str, frozenset[str]]:
    """The things ``text`` counts (:func:`counted`) by a number of TELLING or more: "12,000 jobs", not
    "two joint statements", nor a date ("since 18 July") or an hour ("after 11 p.m.")."""
    found = counted(_HOUR.sub(" ", _without_dates(text)))[0]
    return {k: v for k, v in found.items() if any((_amount(n) or 0) >= TELLING for n in v)}


def counts_unnamed(a: str, b: str) -> bool:
    """Whether ``a`` counts things (:func:`_telling_counts`: "would cost 12,000 jobs") of which ``b`` gives
    neither a number nor the name ("ministers agreed to ban plastic cups from 2028" says nothing of the
    jobs). Money, shares and measures count no named thing ("$420,000", "2.5%", "40 years"): a sentence
    may restate such a fact without them ("repaid Cohen in 2017 through monthly checks")."""
    a, b = in_digits(a), in_digits(b)
    things = _telling_counts(a)
    if not things:
        return False
    numbers = frozenset().union(*things.values())
    named = {stem(w) for w in words(b)}
    if named & _DEATH_STEMS:  # "killing 1,200 people" beside "the dead": the toll is named
        named.add(TOLL)
    return not agree_in_figures(a, b, numbers, figures(b, days=False)) and not things.keys() & named


_MONTH_CAPS = "(?:" + "|".join([m.upper() for m in MONTHS] + [rf"{a.upper()}\.?" for a in MONTH_ABBREVIATIONS]) + ")"
"""A month's name or abbreviation in capitals, as some stamps write it ("Published 15:10, 23 AUG 2023")."""
_ANY_MONTH = f"(?:{MONTH_NAME}|{_MONTH_CAPS}|{'|'.join(MONTHS)})"
FULL_DATE = re.compile(rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_ANY_MONTH})"
                       rf"|(?P<m2>{_ANY_MONTH})\s+(?P<d2>\d{{1,2}})"
                       rf"(?:st|nd|rd|th)?),?\s+(?P<y>(?:19|20)\d\d)\b|\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b")
"""A date with its day, month and year ("28 March 2024", "March 28, 2024", "Sept. 5th, 2023", "23 AUG 2023",
"15 May, 2024", "26th Apr, 2024", "2024-03-28"); a month's full name may be in lower case between the day and the
year ("03 september 2024")."""


def date_of(m: re.Match[str]) -> dt.date | None:
    """The day a :data:`FULL_DATE` match names, or None when there is no such day."""
    try:
        if m.group("iso"):
            return dt.date.fromisoformat(m.group("iso"))
        name = (m.group("m1") or m.group("m2")).lower()[:3]
        month = next(k for k, full in enumerate(MONTHS, 1) if full.startswith(name))
        return dt.date(int(m.group("y")), month, int(m.group("d1") or m.group("d2")))
    except ValueError:
        return None


def full_dates(text: str) -> frozenset[dt.date]:
    """The days ``text`` names with their month and year (:data:`FULL_DATE`)."""
    return frozenset(day for m in FULL_DATE.finditer(text) if (day := date_of(m)))


def differ_in_dates(a: str, b: str) -> bool:
    """Whether two sentences both give whole dates (day, month and year) and none of the one's is the
    other's: "sentencing is scheduled for March 28, 2023" does not confirm "set for March 28, 2024",
    though both state 28."""
    mine, theirs = full_dates(a), full_dates(b)
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


def differ_in_figures(a: str, b: str) -> bool:
    """Whether two sentences both state numbers and share none ("the death toll climbed to 4,455" and
    "... to nearly 6,000"), or count one thing with different numbers, in digits or words
    (:func:`count_differently`: "5 miners" and "two miners"; "5 miners" and "five miners" agree): they
    give different figures, so neither confirms the other. Days and years are left out: they often only
    place a fact in time ("since the invasion in 2022"), or say when it was reported ("killed at least
    2,012 people" is a count, not a year). A qualified
    figure agrees with any in its range ("more than $750 billion" and "$783 billion", "nearly $66
    billion" and "$65.7 billion"). Two whole dates, though, are compared (:func:`differ_in_dates`)."""
    mine, theirs = (figures(t, days=False) - _years(t) for t in (a, b))
    return ((bool(mine) and bool(theirs) and not agree_in_figures(a, b, mine, theirs)) or count_differently(a, b)
            or differ_in_dates(a, b))


def agree_in_figures(a: str, b: str, mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether texts ``a`` and ``b`` (``mine`` are ``a``'s :func:`figures`, ``theirs`` ``b``'s) state
    one figure: they share one (:func:`share_figure`), a qualified figure of one ("more than $750
    billion") covers one of the other's, or two such ranges overlap. A range alone is weak evidence:
    it does not count when each text also states a count the other does not confirm
    (:func:`each_adds_a_count`)."""
    if share_figure(mine, theirs):
        return True
    mine_ranges, their_ranges = _ranges(a), _ranges(b)
    return ((_within(mine_ranges, theirs, b) or _within(their_ranges, mine, a)
             or _overlap(mine_ranges, their_ranges)) and not each_adds_a_count(a, b))


def _overlap(ranges: Iterable[tuple[Decimal, Decimal]], others: Iterable[tuple[Decimal, Decimal]]) -> bool:
    """Whether one of ``ranges`` overlaps one of ``others``."""
    return any(lo <= hi2 and lo2 <= hi for lo, hi in ranges for lo2, hi2 in others)


_NOT_COUNTING = re.compile(r"\b\d{1,2}:\d\d\b|\b\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\b|\b\d+-years?-old\b")
"""Numbers that count nothing another sentence could dispute: a time of day ("18:04"), a date in digits
("12/06/2023", "2023-06-12"), an age ("45-year-old")."""
_MONEY_BEFORE = re.compile(r"[$\u20ac\u00a3\u00a5\u20b9]\s?$")
_SHARE_AFTER = re.compile(r"^\s?(?:%|per\s?cent\b|pc\b)", re.IGNORECASE)
_MULTIPLE_AFTER = re.compile(r"^(?:-?fold\b|x\b|\s?times\s+(?:more|less|as|the|\w+er)\b)", re.IGNORECASE)
"""A multiple after its number ("30-fold", "10 times larger"); "in contempt 10 times" counts."""


_NOUN_AFTER = re.compile(r"(?:\s(?:thousand|million|billion))?[\s-]([a-z]+)\b")
"""The word after a count (past a scale word), which may say what it counts ("50 aftershocks")."""
_PERSONS = frozenset("""people persons workers employees staff residents tourists hikers passengers miners soldiers
troops civilians children students migrants victims villagers visitors guests patients survivors athletes players
members delegates officials leaders pilgrims refugees hostages fans""".split())
"""Plural nouns for people."""
_PERSON_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents")
"""Endings of plural nouns that often name people ("spectators", "protesters", "journalists"), so taken as
such: a count of people matched to one of things by mistake would keep two facts apart."""
_HELD_BY_PEOPLE = frozenset("jobs roles posts positions lives seats votes".split())
"""Plural nouns of things that stand for people ("cut 10,000 jobs", "laid off 10,000 workers")."""
_SPANS = frozenset("seconds minutes hours days weeks months years decades centuries".split())


def of_people(word: str) -> bool:
    """Whether a plural noun in lower case names people ("workers", "Palestinians" as "palestinians",
    "linemen")."""
    return word in _PERSONS or word.endswith(_PERSON_ENDINGS) or word.endswith(("men", "women"))


def kind_counted(after: str) -> str:
    """What kind of thing a count counts, from the plural noun after its number: "people" ("50 workers"),
    "time" ("25 years") or "things" ("50 aftershocks", "10,000 jobs"); "" when no plural noun says
    ("7.2 on the Richter scale", "50 were rescued", "34 times": how often, of anything). Only the kind:
    "10,000 jobs" and "10,000 roles", "2,400 homes" and "2,400 houses" may be one count."""
    m = _NOUN_AFTER.match(after)
    word = m.group(1) if m else ""
    if of_people(word):
        return "people"
    if word in _HELD_BY_PEOPLE:
        return ""
    if word in _SPANS:
        return "time"
    if (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in STOPWORDS
            and word != "times"):
        return "things"
    return ""


class Told(NamedTuple):
    """A count a sentence states (:func:`_telling`), with what kind of figure it is and the range it
    stands for."""

    figure: str
    kind: str
    """"money" (after a currency sign), "share" (before "%" or "percent"), "multiple" (before "-fold", "times
    more", :data:`_MULTIPLE_AFTER`) or "count"."""
    span: tuple[Decimal, Decimal]
    """Its own value, or the range of its qualifier ("over 1,200": 1,200 to 1,440; :func:`_bounded`)."""
    counted: str = ""
    """What kind of thing a count counts, when a plural noun after it says (:func:`kind_counted`), else ""."""


@lru_cache(maxsize=65536)
def _told(text: str) -> tuple[Told, ...]:
    """The counts of ``text`` (:func:`_telling`), each with its kind and range."""
    qualified = {_digits(written): word for word, written in _QUALIFIED.findall(text)}
    telling, blanked = _telling(text), _NOT_COUNTING.sub(" ", _without_dates(text))
    out = []
    for m in _NUMBER.finditer(blanked):
        figure = _digits(m.group())
        value = _amount(figure)
        if figure not in telling or value is None:
            continue
        after = blanked[m.end():m.end() + 24]
        kind = ("money" if _MONEY_BEFORE.search(blanked[max(0, m.start() - 4):m.start()])
                else "share" if _SHARE_AFTER.match(after) else "multiple" if _MULTIPLE_AFTER.match(after)
                else "count")
        word = qualified.get(figure)
        out.append(Told(figure, kind, (value, value) if word is None else _bounded(word, value),
                        kind_counted(blanked[m.end():m.end() + 40]) if kind == "count" else ""))
    return tuple(out)


def _disputes(told: tuple[Told, ...], other: tuple[Told, ...]) -> bool:
    """Whether one of ``told`` is a figure of a kind ``other`` states too, yet none of ``other``'s
    confirms it (the same figure, or ranges that meet)."""
    kinds = {o.kind for o in other}
    return any(t.kind in kinds and not any(same_figure(t.figure, o.figure) or _overlap((t.span,), (o.span,))
                                           for o in other)
               for t in told)


def each_adds_a_count(a: str, b: str) -> bool:
    """Whether each sentence states a figure (:func:`_telling`) that the other gives otherwise: one of
    a kind (money, a share, a count) the other states too, but that none of its figures confirms.
    "The death toll has reached 1,037, with over 1,200 injured" and "the death toll has reached over
    1,300 people, while 1,800 others have been injured" share a range ("over 1,200", "over 1,300") but
    give two tolls; neither confirms the other. "Trade had reached $185bn, and gas supplies will reach
    almost 100 billion cubic metres" and "trade rose nearly 30% to about $190 billion" agree: the gas
    and the share each have no figure of their kind to meet. Times of day, dates in digits and ages are
    no such figures (:data:`_NOT_COUNTING`). (Tested on every pair, not on figures agreeing by a range
    alone, it kept apart sentences that share an exact figure and each add another: "50 Boeing jets ...
    trade well over $100 billion" and "50 Boeing jets worth about $7.8 billion"; the fourteen labelled
    corpora besides the seed lost corroboration and gained repeats.)"""
    mine, theirs = _told(a), _told(b)
    return _disputes(mine, theirs) and _disputes(theirs, mine)
