"""Values stated in a sentence: amounts (money, percentages, multiples, counted quantities) and dates.

Everything here works on one sentence's text and returns spans of that text, so callers can cite
the value exactly. Detection is by the shape of the words (number words and digits, scale words,
currency signs, month and weekday names, "yesterday"), never by a list of known events.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

from generator.numeric import ALL_BUT_BEFORE, MONTH_OF, NUMBER_WORDS, part_before, written_as_year
from generator.sentences import ABBREVIATIONS, last_word
from generator.textutil import MONTH_NAME, MONTHS, STOPWORDS, WEEKDAYS

CLAUSE_MARK = re.compile(r"[,;:](?=\s|$)|[()\[\]]|\s[-\u2013\u2014]\s|\s(?:and|but|while|whereas)\s")
"""Where a clause ends: clause punctuation, a bracket, a spaced dash, a conjunction."""


def clause_start(text: str, pos: int, marks: re.Pattern[str] = CLAUSE_MARK) -> int:
    """Where the clause holding ``text[pos]`` begins: after the last of ``marks`` before ``pos``, else 0."""
    return max((m.end() for m in marks.finditer(text, 0, pos)), default=0)


class ValueKind(str, Enum):
    """What an amount measures."""

    MONEY = "money"
    PERCENT = "percent"
    MULTIPLE = "multiple"
    """A ratio such as "ninefold", "three times" or "doubled"."""
    QUANTITY = "quantity"
    """A count of something named after the number ("five million artillery shells")."""
    DURATION = "duration"
    """A length of time ("24 years", "a two-day visit")."""


class Precision(str, Enum):
    """How exactly a date mention pins a day down."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    WEEKDAY = "weekday"
    """A weekday name: a day once the publication date is known."""
    RELATIVE = "relative"
    """"yesterday", "today", "tomorrow", "last year" ...: a day or year once the publication date is known."""


@dataclass(frozen=True)
class Amount:
    """A number with what it counts, as written in one sentence."""

    kind: ValueKind
    start: int
    end: int
    """Span of the figure (qualifier, number, scale and unit) in the sentence text."""
    text: str
    value: float
    """The number, scale applied ("five million" is 5000000.0; "ninefold" is 9.0)."""
    unit: str
    """What is counted, lower case ("artillery shells", "years", "dollars", "%", "x")."""
    approximate: bool
    """A qualifier such as "nearly", "about" or "more than" goes with the number."""
    context: str
    """The words right after the figure that say what it is about ("rise in trade turnover")."""
    bound: str = ""
    """"min" when the qualifier makes the number a floor ("more than", "over"), "max" when a ceiling
    ("nearly", "up to", "less than"); "" for an exact or a rough figure ("about")."""
    upper: float | None = None
    """The upper end of a range ("4.75 to 5 percent": 5.0, ``value`` being 4.75); None for one number."""


@dataclass(frozen=True)
class DateMention:
    """A date or day named in a sentence, not yet resolved against a publication date."""

    start: int
    end: int
    text: str
    precision: Precision
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    """0 = Monday ... 6 = Sunday."""
    offset_days: int | None = None
    """For "yesterday" (-1), "today" (0), "tomorrow" (1)."""
    offset_years: int | None = None
    """For "last year" (-1), "this year" (0), "next year" (1)."""
    part: str = ""
    """"early", "late", "morning" ... when the text says which part of the day."""


_WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART_RE = r"(?:(?P<part>early|late|on|last|this|next)\s+)?"
_PART_AFTER_RE = r"(?:\s+(?P<part2>morning|afternoon|evening|night))?"

_UNITS = NUMBER_WORDS | {"a dozen": 12, "dozen": 12, "hundred": 100}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "m": 1e6,
           "k": 1e3, "mn": 1e6, "tn": 1e12}
_CURRENCY_SIGNS = {"$": "dollars", "us$": "dollars", "€": "euros", "£": "pounds", "¥": "yen", "₩": "won",
                   "₽": "rubles", "₹": "rupees", "usd": "dollars", "eur": "euros", "gbp": "pounds", "inr": "rupees",
                   "rs": "rupees", "rs.": "rupees"}
_CURRENCY_WORDS = ("dollars", "euros", "pounds", "yen", "yuan", "rubles", "roubles", "won", "rupees", "francs",
                   "pesos", "dinars", "riyals", "dirhams", "shekels", "lira", "krona", "kronor", "zloty", "usd",
                   "eur", "gbp")
TIME_UNITS = ("seconds", "second", "minutes", "minute", "hours", "hour", "days", "day", "weeks", "week",
               "months", "month", "years", "year", "decades", "decade", "centuries", "century")
"""Units of time: a duration's unit, which says how long, not what lasted."""
_QUALIFIERS = (r"(?:nearly|almost|about|around|roughly|approximately|some|over|under|above|below|more than|"
               r"less than|fewer than|at least|at most|up to|as many as|as much as|close to|an estimated|estimated|"
               r"upwards of|just over|just under)")
_FLOOR = re.compile(r"(?:over|above|more than|at least|upwards of|just over)\s", re.IGNORECASE)
_CEILING = re.compile(r"(?:nearly|almost|under|below|less than|fewer than|at most|up to|just under)\s", re.IGNORECASE)
CLOSE = re.compile(r"(?:nearly|almost|just under|just over)\s", re.IGNORECASE)
"""Qualifiers of a floor or a ceiling that also keep the figure near the number ("nearly 12 hours" is
not 3 hours, as "up to 12 hours" may be)."""
_WORD_NUM = "|".join(sorted((re.escape(k) for k in _UNITS), key=len, reverse=True))
_FRACTIONS = {"1/2": 0.5, "1/3": 1 / 3, "2/3": 2 / 3, "1/4": 0.25, "3/4": 0.75, "\u00bd": 0.5, "\u2153": 1 / 3,
              "\u2154": 2 / 3, "\u00bc": 0.25, "\u00be": 0.75}
"""Fractions written after a whole number ("9-1/2 hours", "2 1/2 years", "3\u00bd miles")."""
_FRACTION = r"(?:[- ](?:1/[234]|2/3|3/4)(?![\d/])|\s?[\u00bd\u2153\u2154\u00bc\u00be])"
_DIGITS = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+|{_FRACTION})?"
_AND_A_PART = {"half": 0.5, "quarter": 0.25}
"""Parts of one told after a whole number in words ("five and a half hours", "two and a quarter years")."""
_NUMBER = (rf"(?:(?:{_WORD_NUM})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|{_DIGITS})"
           r"(?:\s+and\s+a\s+(?:half|quarter)\b)?")
_SCALE = r"(?:hundred|thousand|million|billion|trillion|bn|mn|tn)"
SCALE_WORD = re.compile(_SCALE, re.IGNORECASE)
"""A word of scale after a number ("1.2 million"), no word of what it counts."""

_CURRENCY_CODES = r"(?<![\w.])(?-i:USD|EUR|GBP|INR|Rs\.?)(?=\s?\d)"
"""A currency's code or abbreviation before its amount ("USD 3 billion", "Rs 110 billion")."""
_CURRENCY_SIGN = rf"(?:US\$|\$|€|£|¥|₩|₽|₹|{_CURRENCY_CODES})"
_MONEY = re.compile(
    rf"(?P<q>{_QUALIFIERS}\s+)?(?P<cur>{_CURRENCY_SIGN})\s?(?P<n>{_DIGITS})(?:(?:\s?|-)(?P<scale>{_SCALE}|m|k)\b)?"
    rf"|(?P<q2>{_QUALIFIERS}\s+)?(?P<n2>{_NUMBER})(?:\s(?P<scale2>{_SCALE}))?\s(?P<cur2>{'|'.join(_CURRENCY_WORDS)})\b",
    re.IGNORECASE)
_MONEY_RANGE = re.compile(
    rf"(?P<q>{_QUALIFIERS}\s+)?(?P<cur>{_CURRENCY_SIGN})\s?(?P<n>{_DIGITS})(?:\s?(?P<scale>{_SCALE}|m|k)\b)?"
    rf"(?:\s?(?P<dash>[-\u2013])\s?|\s(?P<sep>to|and)\s)(?P<cur_hi>{_CURRENCY_SIGN})?\s?(?P<hi>{_DIGITS})"
    rf"(?:\s?(?P<scale_hi>{_SCALE}|m|k)\b)?", re.IGNORECASE)
"""A range of money: "$10 billion to $12 billion", "between $5m and $7m", "$10-12 billion" (the lower end
takes the upper's scale when it has none and stays below it)."""
_PERCENT = re.compile(
    rf"(?P<q>{_QUALIFIERS}\s+)?(?P<n>{_NUMBER})\s?(?:%|per\s?cent\b|percentage points?\b)", re.IGNORECASE)
_GRAIN_NUMBER = re.compile(rf"(?<![\w.,])(?P<n>{_NUMBER})(?:\s?(?P<scale>{_SCALE})|(?<=\d)(?P<scale2>[mk]))?\b",
                           re.IGNORECASE)
_PERCENT_UNIT = r"(?:%|per\s?cent\b|percentage points?\b)"
_PERCENT_RANGE = re.compile(
    rf"(?<![\d.,])(?P<q>{_QUALIFIERS}\s+)?(?P<n>{_NUMBER})\s?{_PERCENT_UNIT}?"
    rf"(?:\s?(?P<dash>[-\u2013])\s?|\s(?P<sep>to|and)\s)(?P<hi>{_NUMBER})\s?{_PERCENT_UNIT}", re.IGNORECASE)
"""A range of percentages: "4.75%-5.00%", "4.75 to 5 percent", "between 5.25% and 5.50%"."""
_RANGE_AND = re.compile(r"\bbetween\s+$", re.IGNORECASE)
"""The word that makes "X and Y" a range ("between 5% and 6%"); elsewhere they are two figures."""
_CHANGE_BEFORE = re.compile(r"\b(?:from|by|rose|rise[sn]?|rising|fell|falls?|falling|fallen|slid|lost|grew|grows?|"
                            r"shrank|cuts?|lower(?:s|ing)?|raise[sd]?|[a-z]+ed)\s+$", re.IGNORECASE)
"""A verb of change (any past form, to be safe), "by" or "from" just before "X to Y": it goes from one figure
to another ("fell 0.2% to 2.5%", "from 3% to 4%", "cut by 0.25% to 5%"); elsewhere "X to Y" is a range
("accounted for 60% to 70%", "a range of 4.75% to 5%", "roughly 10% to 15% of staff")."""
_RANGE_TO = re.compile(r"\b(?:anywhere|somewhere)\s+from\s+$", re.IGNORECASE)
"""Words before "from" that make "X to Y" a range nonetheless ("anywhere from $2m to $3m")."""
_MULTIPLE_VERBS = ("doubl", "tripl", "trebl", "quadrupl", "halved")
_MULTIPLE = re.compile(
    rf"\b(?P<q>{_QUALIFIERS}\s+)?(?:(?P<n>{_NUMBER})[- ]?fold\b|(?P<n2>{_NUMBER}) times\b"
    r"|(?P<verb>doubled|doubling|tripled|tripling|trebled|quadrupled|halved)\b)", re.IGNORECASE)
_COMPARED_AFTER = re.compile(r"\s+(?:more|less|fewer|as|the|that|what|its|their|his|her|over|than|[a-z]+er)\b",
                             re.IGNORECASE)
"""What follows "N times" when it multiplies ("four times higher", "three times as many", "twice the size");
elsewhere it counts how often ("shot him four times")."""
_TOLL = re.compile(rf"\b(?P<what>death|casualty|injury)?\s?toll\b(?:\s+[a-z]+){{0,3}}?\s+(?:to|at|of)\s+"
                   rf"(?P<q>{_QUALIFIERS}\s+)?(?P<n>{_NUMBER})\b(?![.,]?\d)", re.IGNORECASE)
"""A toll and what it came to, the number standing alone ("the death toll rose to 12", "the toll has risen
to at least 10", "a casualty toll of 64"): a count of deaths (or of what the toll names)."""
_KILLED = re.compile(rf"\b(?:killing|killed|kills)\s+(?P<q>{_QUALIFIERS}\s+)?(?P<n>{_NUMBER})\b(?![.,]?\d)"
                     r"(?=\s*(?:[,.;:)]|and\b|$))", re.IGNORECASE)
"""A number of dead standing alone after a verb of killing ("tore through Florida, killing at least 10 and ...")."""
_TOLL_UNITS = {"death": "deaths", "": "deaths", "casualty": "casualties", "injury": "injuries"}
_AGO = re.compile(r"\s+(?:ago|later|earlier)\b", re.IGNORECASE)
"""After a span of time, words that make it a point in time ("two days ago", "a week later"), no figure."""
_QUANTITY = re.compile(
    rf"(?<![\d,.:\-/])\b(?P<q>{_QUALIFIERS}\s+)?(?P<n>{_NUMBER})(?:\s(?P<scale>{_SCALE}))?"
    r"(?:(?P<hyph>-(?:second|minute|hour|day|week|month|year|decade|mile|kilometre|kilometer|metre|meter|foot|"
    r"ton|tonne|person|member|nation|country|storey|story|point|magnitude)|[- ]basis[- ]points?"
    r"|(?<=\d)-(?-i:[a-z]{3,})(?=\s(?-i:[a-z])))\b(?!-old\b)"
    r"|(?P<unit>(?-i:(?(scale)(?:\s[A-Z][\w'-]*(?![.][a-z])){0,2}"
    r"|(?:\s(?:[A-Z][a-z][\w'-]*|[A-Z]{2,}(?![\w'-]))(?=(?:\s[A-Z][a-z][\w'-]*)?\s(?:[a-z]|[A-Z]{2,}s\b))){0,2})"
    r"(?:\s[A-Z]{2,}s\b|(?:\s[a-z][a-z'-]*(?![.][a-z])){0,3}))))",
    re.IGNORECASE)
"""A count and what it counts ("about 40 people", "a 20-mile stretch", "a 75-basis-point cut", digits joined to
any noun before the noun it describes: "a 21-gun salute"; names or acronyms before a noun: "121 Conservative MPs",
"32 NATO members"); not an
age ("77-year-old") nor a clock time ("5 p.m.", "18:04": a unit is no abbreviation, a count follows no
colon). After a scale word the unit may start with names ("8.5 million Windows devices", "three million
Vietnamese"); a scale word is never the unit itself ("8.5 million, it said" counts nothing named)."""
_PLURALS = frozenset("people men women children police staff personnel troops cattle feet".split())
_INVARIANT = frozenset("aircraft spacecraft crew sheep deer fish offspring dead wounded injured missing homeless "
                       "displaced".split())
"""Nouns whose singular form counts many ("70 aircraft", "22 crew", "20 dead"), yet may go on to a head
noun ("crew members"), so they do not end a unit phrase as _PLURALS do."""
_PLURAL_ENDINGS = ("s", "a", "ae", "eaux")
"""How a plural noun may end ("shells", "corpora", "criteria", "larvae", "tableaux"). A singular noun in
"-a" ("area") seldom follows a count above one; only "s" ends a unit phrase ("media outlets")."""
PREPOSITIONS = frozenset("toward towards across along alongside around beyond behind beneath beside onto "
                          "throughout aboard".split())
"""Prepositions the shared stop words lack: "70 aircraft towards the island" counts aircraft."""
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+(?:(?-i:[a-z]+)\s+(?=[a-z]+\s+$))?(?:(?P<scale>[a-z]+)\s+)?$",
                             re.IGNORECASE)
"""Before a count, an article (and up to two words) makes a singular unit a modifier ("a 50 billion cubic
metre pipeline", "a magnitude 6.8 quake", "a powerful magnitude 7 quake")."""
_SCALE_NOUNS = frozenset("magnitude level category grade class stage phase tier force".split())
"""Words naming the scale of a modifier count, part of its label ("magnitude 6.8 quake"); other words in
that place are not ("the remaining 5 hostage", "a record 40 storey tower")."""
_READING = re.compile(rf"\b(?P<scale>magnitude|category)(?:\s+of\s+|-|\s)(?P<q>{_QUALIFIERS}\s+)?"
                      r"(?P<n>\d{1,2}(?:\.\d{1,2})?)"
                      r"(?:\s(?:to|or)\s(?P<hi>\d{1,2}(?:\.\d{1,2})?))?\b(?![.,]?\d|-)",
                      re.IGNORECASE)
"""A reading on a named scale, written before its number: "a (preliminary) magnitude of 7.6", "a magnitude-7.6
quake", "a Category 3 hurricane", "magnitude 3 to 5" (a capitalised word before digits is otherwise a name:
"Interstate 695"). Other scale words are left to the count pattern: "a force of 300" counts troops."""
_DEFINITE = re.compile(r"(?:\b(?:the|these|those|both|its|their|his|her|our|all)|\w['\u2019]s)\s+$", re.IGNORECASE)
_DEFINITE_TYPE = re.compile(r"\b(?:the|these|those)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
"""Before a hyphenated span of time, "the (average) 30-year ..." names a kind of thing (a loan, a bond
yield), not a length of time the story measures."""
_TERM_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:loan|mortgage|bond|note|bill|gilt|bund|yield|treasur(?:y|ie))s?\b",
                         re.IGNORECASE)
"""After a hyphenated span of time, a loan, bond or yield named by its term ("a 30-year conforming loan",
"a 10-year Treasury yield") is a kind of thing too; a deal or a visit of that length stays a figure."""
_NAME_BEFORE = re.compile(r"(?:(?<=\s)(?P<w>[A-Z][\w-]*)|\b[Nn]o\.|#)\s?$")
"""A capitalised word inside the sentence, or "No."/"#", right before digits: a name ("Interstate 695",
"Chesapeake 1000") or a rank ("No. 1"), not a count."""
_LENGTHS_AND_WEIGHTS = frozenset("""km kilometre kilometres kilometer kilometers mile miles metre metres meter meters
feet foot tonne tonnes ton tons kg kilogram kilograms""".split())
"""Units of length and weight: digits before one measure even after a capitalised word ("hit Morocco 77
kilometers southwest of Marrakesh"), which a name before digits ("Interstate 695") does not."""
_VAGUE_BEFORE = re.compile(r"\b(?:few|several|many)\s+$", re.IGNORECASE)
"""Before a number word, "a few dozen" makes it no figure."""
_LOOK_BACK = 40
"""How many characters before a number the checks above read: enough for two words, and linear cost."""
_IRREGULAR_PLURALS = {"foot": "feet", "person": "people"}
# A digit or a number word anywhere (as a substring, like the quantity pattern's own tell-tale test).
_HAS_NUMBER = re.compile(r"\d|" + "|".join(sorted((re.escape(k) for k in _UNITS), key=len, reverse=True)))
_VERB_MULTIPLES = {"doubled": 2.0, "doubling": 2.0, "tripled": 3.0, "tripling": 3.0, "trebled": 3.0,
                   "quadrupled": 4.0, "halved": 0.5}

_WEEKDAY = re.compile(rf"\b{_PART_RE}(?P<wd>{_WEEKDAY_RE})\b{_PART_AFTER_RE}")
_MONTH_DAY = re.compile(
    rf"\b(?P<m>{MONTH_NAME})\s(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s(?P<y>1[89]\d\d|20\d\d)\b)?"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s(?:of\s)?(?P<m2>{MONTH_NAME})(?:,?\s(?P<y2>1[89]\d\d|20\d\d)\b)?")
_MONTH_ONLY = re.compile(rf"\b(?:(?P<rel>last|this|next|early|late|mid-?)\s?)?(?P<m>{MONTH_NAME})"
                         r"(?:(?:,(?=\s(?:1[89]\d\d|20\d\d)\s*(?:[,.;:)]|$)))?\s(?P<y>1[89]\d\d|20\d\d))?\b")
_MAY_BEFORE = re.compile(r"\b(?:in|since|until|till|by|from|through|during|of|before|after|to|and|or|between)\s+$",
                         re.IGNORECASE)
"""Words before "May" alone that make it the month ("approved the deal in May", "the end of May"), not the
verb or a name ("Theresa May", "in May's cabinet"); so does a year after it ("May 2023") or a word of when
before it ("early May")."""
POSSESSIVE_AFTER = re.compile(r"[\u2019']s\b")
"""A possessive ending, matched where a word ends ("May's cabinet", "Thursday's verdict")."""
_YEAR = re.compile(r"\b(?P<y>1[89]\d\d|20\d\d)(?:\s?[-\u2013]\s?(?:\d\d){1,2})?\b(?![-,.]?\d)")
_RELATIVE = re.compile(r"\b(?P<w>yesterday|today|tonight|tomorrow|last night|this morning|this afternoon|"
                       r"this evening|(?P<ry>last|this|next) year)\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019")
_AFTER_WORD = re.compile(r"\w['\u2019]?\w*\s+$")
_RELATIVE_TELLS = ("day", "night", "tomorrow", "this", "year")
"""Every form _RELATIVE matches holds one of these (lower case)."""
_MONTH_PREFIXES = tuple(m[:3].title() for m in MONTHS)
"""Every month name MONTH_NAME matches starts with one of these."""
_DIGIT = re.compile(r"\d")
_RELATIVE_DAYS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this morning": 0,
                  "this afternoon": 0, "this evening": 0, "tomorrow": 1}


def parse_number(words: str) -> float | None:
    """The value of a number written in digits or words ("4,679", "1.5", "twenty-two", "a dozen", "five and a
    half")."""
    w = words.lower().strip()
    if part := re.fullmatch(r"(.+?)\s+and\s+a\s+(half|quarter)", w):
        whole = parse_number(part.group(1)) if "dozen" not in part.group(1) else None  # "a dozen and a half": 18
        return None if whole is None else whole + _AND_A_PART[part.group(2)]
    if re.fullmatch(_DIGITS, w):
        whole = re.match(r"[\d,.]+", w)
        fraction = w[whole.end():].strip(" -") if whole else ""
        return float(whole.group().replace(",", "")) + _FRACTIONS.get(fraction, 0.0) if whole else None
    parts = re.split(r"[- ]", w)
    total = 0.0
    for i in range(len(parts)):
        chunk = " ".join(parts[i:i + 2])
        if chunk in _UNITS and i + 1 < len(parts):
            return total + _UNITS[chunk]
        if parts[i] not in _UNITS:
            return None
        total += _UNITS[parts[i]]
    return total


def grain(text: str) -> float:
    """How finely the first number of a figure's ``text`` is written, scale applied: the place value of its
    last significant digit ("20.8%": 0.1, "23%": 1, "6,800": 100, "$34.8 million": 100000) or its fraction
    ("9-1/2": 0.5); 0.0 when no number is written ("doubled")."""
    m = _GRAIN_NUMBER.search(text)
    if m is None:
        return 0.0
    number, scale = m.group("n").lower(), _SCALES.get((m.group("scale") or m.group("scale2") or "").lower(), 1.0)
    if part := re.search(r"\sand\s+a\s+(half|quarter)$", number):
        return _AND_A_PART[part.group(1)] * scale
    whole = re.match(r"[\d,]+(?:\.(\d+))?", number)
    if whole is None:  # a number word: "twenty" is written to ten, "twenty-two" to one
        value = parse_number(number) or 0.0
        step = 100.0 if value % 100 == 0 else 10.0 if value % 10 == 0 else 1.0
        return step * scale
    fraction = number[whole.end():].strip(" -")
    if fraction:
        return _FRACTIONS.get(fraction, 1.0) * scale
    if whole.group(1):
        return 10.0 ** -len(whole.group(1)) * scale
    digits = whole.group().replace(",", "")
    return 10.0 ** (len(digits) - len(digits.rstrip("0") or "0")) * scale


def _scaled(number: str, scale: str | None) -> float | None:
    value = parse_number(number)
    if value is None:
        return None
    return value * _SCALES.get((scale or "").lower(), 1.0)


_CONTEXT = re.compile(r"(?:[^.,;:!?()\"\u201c\u201d]|(?<=\d)[.,](?=\d))*")
"""Text up to punctuation; a point or comma inside a number ("5.25%", "4,700") is no punctuation."""
_NEW_CLAUSE = frozenset("and but or nor while whereas before after because although though until unless".split())
"""Words that open a new clause after a figure ("5 percent and marks the first time", "seven weeks before
the U.S. election"): what follows tells something else than what the figure counts."""


def _money_range(m: re.Match[str]) -> tuple[float | None, float | None]:
    """The two ends of a :data:`_MONEY_RANGE` match; (None, None) when the second end is in another
    currency ("$5 to €7")."""
    if m.group("cur_hi") and m.group("cur_hi").lower() != m.group("cur").lower():
        return None, None
    high_end = _scaled(m.group("hi"), m.group("scale_hi"))
    low_end = _scaled(m.group("n"), m.group("scale"))
    if not m.group("scale") and m.group("scale_hi") and high_end is not None:
        shared = _scaled(m.group("n"), m.group("scale_hi"))  # "$10-12 billion"
        low_end = shared if shared is not None and shared < high_end else low_end
    return low_end, high_end


def _ranged(text: str, m: re.Match[str], low: float | None, high: float | None) -> bool:
    """Whether a range pattern's match (a ``sep`` group: "to", "and" or none for a dash) reads as one
    range: its ends known and rising, "X and Y" after "between" (:data:`_RANGE_AND`: "between $5m and $7m")
    and "X to Y" after no word of change (:data:`_CHANGE_BEFORE`: not "from $5bn to $12bn", two figures)."""
    if low is None or high is None or low >= high:
        return False
    sep = (m.group("sep") or "").lower()
    start = max(0, m.start() - _LOOK_BACK)
    if sep == "and":
        return _RANGE_AND.search(text, start, m.start()) is not None
    return sep != "to" or (not _CHANGE_BEFORE.search(text, start, m.start())
                           or _RANGE_TO.search(text, start, m.start()) is not None)


def _abbreviated(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation ("U.S.", "Nov. 5", "Sept. 18") or an initial."""
    word = last_word(text, dot)
    if word is None:
        return False
    initials = all(len(part) == 1 for part in word.split("."))  # "U.S", "p.m", "F"
    return initials and (word[0].isupper() or "." in word) or word[0].isupper() and word.lower() in ABBREVIATIONS


def _context(text: str, end: int, limit: int = 6) -> str:
    """Up to ``limit`` words after ``end``, stopping at punctuation (not at an abbreviation's full stop),
    without trailing stop words; empty when a new clause starts there (see _NEW_CLAUSE)."""
    stop = end
    while True:
        m = _CONTEXT.match(text, stop)
        stop = m.end() if m else stop
        if text[stop:stop + 1] != "." or not _abbreviated(text, stop):
            break
        stop += 1
    words = text[end:stop].split()[:limit]
    if words and words[0].lower() in _NEW_CLAUSE:
        return ""
    while words and words[-1].lower() in STOPWORDS:
        words.pop()
    return " ".join(words)


_TIME_AFTER = (r"(?:(?:\w+\s+)?(?:" + "|".join(MONTHS + WEEKDAYS) + r")\b|\d{4}\b"
               r"|(?:the\s+)?(?:(?:past|first|second|last|next|end|same|fiscal|financial|following)\s+)?(?:\S+\s+)?"
               r"(?:week|year|month|day|hour|decade|quarter)s?\b"
               r"|(?:a|an|several|many|some|few)\s+(?:weeks|years|months|days|hours|decades)\b"
               r"|(?:weeks|years|months|days|hours|decades|time)\b"
               r"|(?:the\s+)?(?:end|start|beginning|close|middle|turn)\s+of\b)")
"""A time after a preposition ("on Thursday", "in June 2022", "in the fiscal year", "for months", "at the
end of 2023")."""
_NOT_DESCRIBING = re.compile(
    r"\W|(?:to|since|until|till|by|over|during|within|through|throughout|last|this|next|later|earlier|ago|before"
    r"|after|afterwards?|once|when|while|as|if|than|then|so|because|rather|instead)\b|(?:in|on|at|for|of|from)\s+"
    + _TIME_AFTER
    + r"|from\s+(?:\S+\s+){0,5}?\S*\d", re.IGNORECASE)
"""How a figure's context opens when it does not say what the figure is: with a change, a range or a
time ("from 8.5%", "from a 23-year high", "to 20% of", "on Thursday", "in June 2022", "for months",
"by 2030", "last year"), or punctuation; "from" and a source is a description ("from four countries")."""
_VERBS = ("is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|must|do|does|did|rode|held|saw"
          "|took|made|became|came|went|struck|shook|rose|fell|fled|began|sank|spent|sent|brought|caught|found|gave"
          "|told|said|met|stood|tore|threw|flew|drove|ran|hit")
"""Verbs, auxiliary or irregular past ones, that end a figure's description or what it counts, or stand
first in a context that is none ("a magnitude 6.8 earthquake struck")."""
_DESCRIPTION_ENDS = re.compile(
    r"\s(?:that|which|who|whom|whose|where|when|as|while|because|than|worth|rather|instead|following|after|before"
    rf"|during|amid|despite|{_VERBS})\b"
    r"|\s(?P<past>[a-z]\w*ed)\b|\s(?:in|on|at|since|by|last|this|next)\s+" + _TIME_AFTER + r"|\s\S*\d", re.IGNORECASE)
"""Where a figure's description ends: a relative pronoun or conjunction, a verb ("will be planted", "has
run", "rode"), what it followed ("of national mourning following the quake"), a time ("in the hours"),
a worth or another number. After a past form, the capitalised words before it are the subject of the
clause it begins ("11 invoices Cohen submitted")."""
_VERB_FIRST = re.compile(rf"(?:[a-z]\w*ed|{_VERBS}|comes|receives|float|according)\b")
"""A context opening on a verb: what the figure did, not what it is ("pencilled in another half point"),
or on its source ("according to a provisional toll")."""


def described(context: str) -> str:
    """The words of a figure's context (:attr:`Amount.context`) that say what the figure is: "in
    market value" of "$30 billion in market value", "of all Windows machines"; nothing when the
    context tells a change, a range, a time or what happened next ("from 8.5% on Thursday", "to 20%
    of the losses", "last year", "pencilled in another half point"), and not the clause that follows
    ("payment that Michael Cohen" is "payment")."""
    if not context or _NOT_DESCRIBING.match(context) or _VERB_FIRST.match(context):
        return ""
    end = _DESCRIPTION_ENDS.search(context)
    words = (context[:end.start()] if end else context).split()
    if end and end.group("past"):
        while words and words[-1][:1].isupper():
            words.pop()  # the subject of the clause the verb begins ("11 invoices Cohen submitted")
    while words and (words[-1].lower() in STOPWORDS or words[-1].lower() in PREPOSITIONS):
        words.pop()
    return " ".join(words)


def _unit_phrase(raw: str) -> str:
    """The counted noun phrase: words until the first stop word (but a leading "new"), preposition, scale
    word, month, weekday, time word or verb (:data:`_VERBS`); a name ("Windows devices") does not end it, a plural
    noun does. A phrase that would end on a singular word ends at its last word that counts many ("mph
    hit": "mph")."""
    out: list[str] = []
    for w in raw.split():
        lw = w.lower()
        if not out and lw == "new":
            out.append(w)  # "12 new tanks", "18 new agreements": a stop word, yet the count goes on to its noun
            continue
        if (lw in STOPWORDS or lw in PREPOSITIONS or re.fullmatch(_SCALE, lw) or lw in MONTHS or lw in WEEKDAYS
                or lw in ("a.m", "p.m", "am", "pm", "gmt", "utc")):
            break
        if (out and re.search(r"(?:ed|ing)$", lw)) or re.fullmatch(_VERBS, lw):
            break  # a verb after the noun ("eight people plunged") or for one ("of whom 104,000 held ...")
        out.append(w)
        # A plural noun ends the phrase ("artillery shells", "crew members", "people").
        if not w[0].isupper() and (lw in TIME_UNITS or lw in _PLURALS or _plural_form(lw)):
            break
    if [w.lower() for w in out] == ["new"]:
        return ""  # "12 new": "new" alone counts nothing
    counting = [i for i, w in enumerate(out) if is_plural(w)]
    if counting and not is_plural(out[-1]):
        del out[counting[-1] + 1:]
    return " ".join(out).lower()


def _plural_form(word: str, endings: tuple[str, ...] = ("s",)) -> bool:
    """Whether a lower-case ``word`` ends as a plural noun does, in one of ``endings`` but not in "ss"
    ("shells", not "business")."""
    return word.endswith(endings) and not word.endswith("ss")


def is_plural(word: str) -> bool:
    """Whether ``word`` (as written) can name more than one thing: a plural ("shells", "people"), a
    noun whose singular counts many ("aircraft"), an abbreviation without a vowel ("bcm", "km") or a
    name ("Vietnamese"). A singular noun or a verb ("summit", "saw") cannot."""
    lw = word.lower()
    return (word[0].isupper() or lw in _PLURALS or lw in _INVARIANT or not re.search("[aeiouy]", lw)
            or _plural_form(lw, _PLURAL_ENDINGS) or _men(lw))


_NOT_MEN = ("imen", "domen", "umen", "stamen", "semen", "hymen")


def _men(word: str) -> bool:
    """Whether a lower-case ``word`` is the plural of a word of "-man" ("linemen", "gunmen", "cameramen"), not
    "specimen", "abdomen", "regimen", "acumen" or "amen"."""
    return word.endswith("men") and len(word) > 4 and word != "omen" and not word.endswith(_NOT_MEN)


def _miscounted(text: str, m: re.Match[str], value: float, head: str) -> bool:
    """Whether a count ends on a singular word it cannot count, so is no figure ("seven saw", "the Group of 20
    summit"). One thing may be singular, and so may a modifier after an article ("a 50 billion cubic
    metre pipeline", "a magnitude 6.8 quake"), unless its number is a bare year ("the 1777 victory")."""
    if value == 1 or is_plural(head):
        return False
    modifier = _ARTICLE_BEFORE.search(text, max(0, m.start() - _LOOK_BACK), m.start())
    return not modifier or bool(re.fullmatch(r"\d{4}", m.group("n")))


_LOW_END = re.compile(rf"(?:(?P<between>between)\s+)?(?P<lo>{_NUMBER})(?:\s?\u2013\s?|\s(?:to|or|and)\s)$",
                      re.IGNORECASE)
"""The lower end of a range of counts before the upper's number ("24 to 48 hours", "five or six people",
"between 20 and 30 people", "24\u201348 hours")."""


def _a_year(text: str, m: re.Match[str]) -> bool:
    """Whether the number a match of a count read in ``text`` is a year ("2019", not "2019 million", nor
    "2012 people": :func:`~generator.numeric.written_as_year`): :func:`dates` reads it."""
    return not m.group("scale") and written_as_year(text, m.start("n"), m.end("n"))


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
""""from" right before a range's lower end: the range is a change ("rose from 24 to 48 hours")."""


def _low_end(text: str, start: int, high: float) -> tuple[int, float] | None:
    """Where the lower end of a range of counts whose upper end's number starts at ``start`` begins, and
    its value (:data:`_LOW_END`); None when there is none, or it reads as a change ("rose from 24 to 48
    hours") or as two figures ("20 and 30 people" without "between")."""
    m = _LOW_END.search(text, max(0, start - _LOOK_BACK), start)
    if m is None or (m.group().rstrip().lower().endswith("and") and not m.group("between")):
        return None
    if _FROM_BEFORE.search(text, max(0, m.start() - _LOOK_BACK), m.start()):
        return None
    if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ",."):
        return None  # the number is part of a longer one or word
    low = parse_number(m.group("lo"))
    return (m.start(), low) if low is not None and low < high else None


def _scale_word(text: str, start: int) -> int | None:
    """Where the word naming the scale of a modifier count starting at ``start`` begins ("the magnitude
    7 earthquake": "magnitude", one of _SCALE_NOUNS), or None."""
    modifier = _ARTICLE_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    scale = modifier.group("scale") if modifier else None
    return modifier.start("scale") if modifier and scale and scale.lower() in _SCALE_NOUNS else None


def plural(noun: str) -> str:
    """The plural of a singular unit noun ("foot" -> "feet", "storey" -> "storeys", "story" -> "stories")."""
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun if noun.endswith("s") else noun + "s"


_DAY_BEFORE = re.compile(rf"\b(?:{MONTH_NAME})\.?\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
                         r"(?:\s?[-\u2013]\s?|,?\s(?:and|or|to)\s)$")
"""A month's day just before a number, which makes a later day of the month the next day of a pair or range
("December 3 and 4"); not a count after it ("struck on February 6 and 50,000 people died")."""


def _not_a_count(text: str, m: re.Match[str]) -> bool:
    """Whether the number of a quantity match is a name, a rank, a day, a vague count, the ones "all but" leaves out
    (:data:`~generator.numeric.ALL_BUT_BEFORE`) or a kind of thing: a term
    ("the 20-year gilt"), or a kind described by a number in words joined to a noun ("a two-storey
    building", "a five-star hotel", "a four-lane road"), as style guides spell the small numbers of
    such descriptions. A figure in digits so joined measures ("the 984-foot ship", "a 12-point plan"),
    and a span of time in words is kept ("a two-day visit")."""
    before = text[max(0, m.start() - _LOOK_BACK):m.start()]
    number = m.group("n")
    if ALL_BUT_BEFORE.search(before):
        return True  # "all but two of the 181 people were killed": the number left out, not a count of them
    if m.group("q") or m.group("scale"):
        return False
    if number[0].isdigit():
        day = _DAY_BEFORE.search(before)
        if day and number.isdigit() and int(day["day"]) < int(number) <= 31:
            return True  # "declared December 3 and 4 public holidays": a day, no count of holidays
        name = _NAME_BEFORE.search(before)
        unit = (m.group("unit") or "").split()
        if name and not _is_plain_word(name.group("w")) and not (unit and unit[0].lower() in _LENGTHS_AND_WEIGHTS):
            return True
    elif _VAGUE_BEFORE.search(before):
        return True
    hyph = (m.group("hyph") or "")[1:].lower()
    if hyph and not number[0].isdigit() and plural(hyph) not in TIME_UNITS:
        return True  # a small number spelled out and joined to a noun describes: "a two-storey building"
    return hyph in TIME_UNITS and bool(_DEFINITE_TYPE.search(before) or _TERM_AFTER.match(text, m.end()))


def _is_plain_word(word: str | None) -> bool:
    """Whether a capitalised word before a number is no name: a stop word, a month or a weekday."""
    if word is None:
        return False  # "No." or "#"
    lw = word.lower()
    return lw in STOPWORDS or lw in MONTHS or lw in WEEKDAYS


def amounts(text: str, found_dates: Sequence[DateMention] | None = None) -> list[Amount]:
    """Every figure in ``text``: money, percentages, multiples, then counted quantities, by position.

    A span taken by an earlier kind is not read again as a later one ("$60 million" is money, not a
    quantity of "million"). ``found_dates`` spares reading the dates again when the caller has them.
    """
    # Dates are not figures: "19 June" is no count of "June", "1950-53" no count of anything.
    taken: list[tuple[int, int]] = [(d.start, d.end) for d in (dates(text) if found_dates is None else found_dates)]
    out: list[Amount] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(kind: ValueKind, m: re.Match[str], value: float | None, unit: str, approx: bool, end: int | None = None,
            upper: float | None = None, start: int | None = None) -> None:
        s, e = m.start() if start is None else start, end if end is not None else m.end()
        # The regex may have swallowed a leading space before the qualifier or number.
        while s < e and text[s].isspace():
            s += 1
        if value is None or not free(s, e):
            return
        taken.append((s, e))
        bound = "min" if _FLOOR.match(text, s) else "max" if _CEILING.match(text, s) else ""
        out.append(Amount(kind, s, e, text[s:e], value, unit, approx, _context(text, e), bound, upper))

    # Each kind needs a tell-tale character or word; sentences without it skip that (slow) pattern.
    low = text.lower()
    money = (any(c in text for c in "$€£¥₩₽₹") or any(w in low for w in _CURRENCY_WORDS)
             or "Rs" in text or "INR" in text)
    percent = "%" in text or "per" in low
    for m in _MONEY_RANGE.finditer(text) if money else ():
        low_end, high_end = _money_range(m)
        if _ranged(text, m, low_end, high_end):
            add(ValueKind.MONEY, m, low_end, _CURRENCY_SIGNS[m.group("cur").lower()], bool(m.group("q")),
                upper=high_end)
    for m in _MONEY.finditer(text) if money else ():
        if m.group("cur"):
            unit = _CURRENCY_SIGNS[m.group("cur").lower()]
            add(ValueKind.MONEY, m, _scaled(m.group("n"), m.group("scale")), unit, bool(m.group("q")))
        else:
            cur = m.group("cur2").lower()
            add(ValueKind.MONEY, m, _scaled(m.group("n2"), m.group("scale2")), cur, bool(m.group("q2")))
    for m in _PERCENT_RANGE.finditer(text) if percent else ():
        low_end, high_end = parse_number(m.group("n")), parse_number(m.group("hi"))
        if _ranged(text, m, low_end, high_end):
            add(ValueKind.PERCENT, m, low_end, "%", bool(m.group("q")), upper=high_end)
    for m in _PERCENT.finditer(text) if percent else ():
        add(ValueKind.PERCENT, m, parse_number(m.group("n")), "%", bool(m.group("q")))
    reading, toll = "magnitude" in low or "category" in low, "toll" in low or "kill" in low
    multiple = "fold" in low or " times" in low or any(v in low for v in _MULTIPLE_VERBS)
    for m in _MULTIPLE.finditer(text) if multiple else ():
        if m.group("verb"):
            value: float | None = _VERB_MULTIPLES[m.group("verb").lower()]
        else:
            value = parse_number(m.group("n") or m.group("n2"))
        if m.group("n2") and not _COMPARED_AFTER.match(text, m.end()):
            add(ValueKind.QUANTITY, m, value, "times", bool(m.group("q")))  # "shot him four times": how often
            continue
        add(ValueKind.MULTIPLE, m, value, "x", bool(m.group("q")))
    for m in _READING.finditer(text) if reading else ():
        upper = parse_number(m.group("hi")) if m.group("hi") else None
        add(ValueKind.QUANTITY, m, parse_number(m.group("n")), m.group("scale").lower(), bool(m.group("q")),
            upper=upper)
    # A count's unit is cut short of the words the pattern read past it, and the search goes on from
    # there: "about 40 people over two days" holds two counts.
    pos = 0 if _HAS_NUMBER.search(low) else len(text) + 1
    while m := _QUANTITY.search(text, pos):
        pos = m.end()
        number = m.group("n")
        if _a_year(text, m):
            continue  # a year, read by dates()
        if _not_a_count(text, m):
            continue
        if m.group("hyph"):
            joined = m.group("hyph")[1:].lower().replace("-", " ")
            # "75-basis-point": "basis points"; a scale is no count ("a 6.8-magnitude quake": "magnitude")
            unit = joined if joined in _SCALE_NOUNS else plural(joined)
            kind = ValueKind.DURATION if unit in TIME_UNITS else ValueKind.QUANTITY
            add(kind, m, _scaled(number, m.group("scale")), unit, bool(m.group("q")))
            continue
        unit = _unit_phrase(m.group("unit") or "")
        if not unit or not unit[0].isalpha():
            continue
        if not m.group("scale") and m.group("unit")[1:2].isupper() and not is_plural(unit.split()[-1]):
            continue  # names before a noun count many ("121 Conservative MPs"), not a place ("10 Downing Street")
        if number.lower() == "one" and not m.group("scale"):
            continue  # "one of the ...": rarely a figure
        if not number[0].isdigit() and _DEFINITE.search(text, 0, m.start()):
            continue  # "the two leaders", "both three ...": a reference to something known, not a figure
        # Cut the match after the unit phrase's last word.
        unit_words = unit.split()
        idx = m.start("unit")
        for w in unit_words:
            idx = text.lower().index(w, idx) + len(w)
        value = _scaled(number, m.group("scale"))
        head = text[idx - len(unit_words[-1]):idx]
        if value is None or _miscounted(text, m, value, head):
            continue
        kind = ValueKind.DURATION if unit_words[-1] in TIME_UNITS else ValueKind.QUANTITY
        if kind is ValueKind.DURATION and _AGO.match(text, idx):
            pos = idx
            continue  # "two days ago": when, not how long
        scale = None if value == 1 or is_plural(head) else _scale_word(text, m.start())
        if scale is not None or unit_words[0] in _SCALE_NOUNS:
            # A reading on a scale, however it is written, measures the scale, and counts no quakes: "a
            # magnitude 6.8 earthquake", "the 6.8 magnitude quake" and "a 6.8-magnitude quake" are magnitudes.
            unit = (text[scale:m.start()].split()[0] if scale is not None else unit_words[0]).lower()
        plain = not m.group("q") and scale is None
        # The part of a whole is the figure stated ("Ten of the 19 officials expect a cut": ten officials, of 19).
        part = part_before(text, m.start(), _LOOK_BACK) if plain else None
        low = _low_end(text, m.start(), value) if plain and part is None else None
        if part is not None:
            add(kind, m, part[1], unit, False, end=idx, start=part[0])
        elif low is not None:
            add(kind, m, low[1], unit, False, end=idx, start=low[0], upper=value)  # "24 to 48 hours"
        else:
            add(kind, m, value, unit, bool(m.group("q")), end=idx, start=scale)
        pos = idx
    tolls = list(_TOLL.finditer(text)) if toll else []
    for m in tolls or (_KILLED.finditer(text) if toll else ()):  # "the toll rose to 12 ... killed 12": one toll
        unit = _TOLL_UNITS[(m.groupdict().get("what") or "").lower()]
        add(ValueKind.QUANTITY, m, parse_number(m.group("n")), unit, bool(m.group("q")))
    out.sort(key=lambda a: (a.start, a.end))
    return out


_BARE = re.compile(rf"(?P<q>{_QUALIFIERS}\s+)?(?P<n>{_NUMBER})(?:\s(?P<scale>{_SCALE})|(?<=\d)(?P<scale2>[mk]))?"
                   r"(?=\s*$|\s*[,;(]|\s+(?:plus|and|of|in|including|across|with|for)\b)", re.IGNORECASE)
"""A number standing alone, what it counts said elsewhere ("205, plus ...", "up to 326,000, of whom")."""


_RANGE_FROM = re.compile(r"from\s+", re.IGNORECASE)
"""What may open a labelled statement before its figure: a range's lower end ("from \u20ac90 to \u20ac2,700")."""


def labelled(text: str, label: str, after: int, found: Sequence[Amount],
             found_dates: Sequence[DateMention] | None = None) -> list[Amount]:
    """The figures ``found`` in a labelled statement ("Reported cost: \u20ac122m", "Delegations: 205, plus
    ..."; ``label`` ends at a colon, and what it comes to starts at ``after``), the label saying what
    the figure standing right after it is: its context, when its own says nothing of what it is
    (:func:`described`), as far as the label describes it ("Bilateral trade" of "Bilateral trade in
    2022"). A number standing alone there ("205") is a count of the label's plural noun
    ("delegations"), or of nothing named ("Death toll: 2,946"): the label says what it is; a year or a
    date (``found_dates``, read from ``text`` when not given) is not one."""
    out = list(found)
    after += len(opening.group()) if (opening := _RANGE_FROM.match(text, after)) else 0
    first = next((i for i, a in enumerate(out) if a.start == after), None)
    says = described(label)  # "Bilateral trade" of "Bilateral trade in 2022"
    if first is not None:
        if says and not described(out[first].context):
            out[first] = replace(out[first], context=says)
        return out
    m = _BARE.match(text, after)
    if m is None or _a_year(text, m):
        return out
    read = [*found, *(dates(text) if found_dates is None else found_dates)]  # figures and dates read already
    value = _scaled(m.group("n"), m.group("scale") or m.group("scale2"))
    if value is None or any(x.start < m.end() and m.start() < x.end for x in read):
        return out
    unit = _unit_phrase(label)
    unit = unit if unit and is_plural(unit.split()[-1]) else ""
    bound = "min" if _FLOOR.match(text, after) else "max" if _CEILING.match(text, after) else ""
    out.append(Amount(ValueKind.QUANTITY, after, m.end(), m.group(), value, unit, bool(m.group("q")), says, bound))
    out.sort(key=lambda a: (a.start, a.end))
    return out


def _month(name: str) -> int:
    return MONTHS.index(MONTH_OF[name.lower()[:3]]) + 1


def _is_title(text: str, start: int, end: int) -> bool:
    """Whether a capitalised "Today" inside a sentence is a name ("the BBC's Today programme", 'the
    "Today" show') rather than a day: capitalised after a word, or quoted on its own."""
    if not text[start].isupper():
        return False
    quoted = text[start - 1:start] in _QUOTES and text[end:end + 1] in _QUOTES
    return quoted or bool(_AFTER_WORD.search(text, 0, start))


def dates(text: str) -> list[DateMention]:
    """Every date or day named in ``text``, by position; a longer mention hides the shorter inside it."""
    found: list[DateMention] = []
    # Each pattern needs a tell-tale piece of text; most sentences lack them all and skip the patterns.
    month = any(m in text for m in _MONTH_PREFIXES)
    low = text.lower()
    digit = bool(_DIGIT.search(text))
    for m in _MONTH_DAY.finditer(text) if month and digit else ():
        mo, d, y = (m.group("m"), m.group("d"), m.group("y")) if m.group("m") else (m.group("m2"), m.group("d2"),
                                                                                   m.group("y2"))
        day = int(d)
        if 1 <= day <= 31:
            found.append(DateMention(m.start(), m.end(), m.group(0), Precision.DAY, year=int(y) if y else None,
                                     month=_month(mo), day=day))
    for m in _WEEKDAY.finditer(text) if "day" in text else ():
        part = " ".join(p for p in (m.group("part"), m.group("part2")) if p and p.lower() not in ("on",))
        start = m.start("wd") if (m.group("part") or "").lower() == "on" else m.start()
        found.append(DateMention(start, m.end(), text[start:m.end()], Precision.WEEKDAY,
                                 weekday=WEEKDAYS.index(m.group("wd").lower()), part=part.lower()))
    for m in _RELATIVE.finditer(text) if any(w in low for w in _RELATIVE_TELLS) else ():
        if _is_title(text, m.start(), m.end()):
            continue
        w = m.group("w").lower()
        if m.group("ry"):
            if _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
                continue  # "over the next year", "in the last year": twelve months from or to now, no calendar year
            found.append(DateMention(m.start(), m.end(), m.group(0), Precision.RELATIVE,
                                     offset_years={"last": -1, "this": 0, "next": 1}[m.group("ry").lower()]))
        else:
            part = {"last night": "night", "tonight": "night", "this morning": "morning",
                    "this afternoon": "afternoon", "this evening": "evening"}.get(w, "")
            found.append(DateMention(m.start(), m.end(), m.group(0), Precision.RELATIVE,
                                     offset_days=_RELATIVE_DAYS[w], part=part))
    for m in _MONTH_ONLY.finditer(text) if month else ():
        if m.group("m") == "May" and not (m.group("y") or m.group("rel") or (
                _MAY_BEFORE.search(text, max(0, m.start() - _LOOK_BACK), m.start())
                and not POSSESSIVE_AFTER.match(text, m.end()))):
            continue  # the verb, or a name ("Theresa May", "in May's cabinet")
        found.append(DateMention(m.start(), m.end(), m.group(0), Precision.MONTH,
                                 year=int(m.group("y")) if m.group("y") else None, month=_month(m.group("m")),
                                 part=(m.group("rel") or "").lower()))
    for m in _YEAR.finditer(text) if digit else ():
        if not written_as_year(text, m.start("y"), m.end("y")):
            continue  # a count ("the toll rose to 2012 people")
        found.append(DateMention(m.start(), m.end(), m.group(0), Precision.YEAR, year=int(m.group("y"))))
    # Keep the longest mention where several overlap ("June 19, 2024" over "June" and "2024").
    found.sort(key=lambda x: (-(x.end - x.start), x.start))
    kept: list[DateMention] = []
    for x in found:
        if all(x.end <= k.start or x.start >= k.end for k in kept):
            kept.append(x)
    kept.sort(key=lambda x: x.start)
    return kept
