"""Disagreements: outlets that give different values for the same thing.

Every date, day and amount in a sentence becomes a claim about the words around it in its own
clause (its subject). Two claims from different outlets are about the same thing when they are of
the same kind (a day, a year, money, a count of the same noun ...), their subjects share enough
distinctive words, weighted by how rare each word is in the corpus, and they measure the same thing:
the word each value qualifies is in the other's subject, no different owner ("Spain's" / "Italy's"),
doer ("The Liberal Democrats won" / "Reform UK has won") or year or month is named, and neither
sentence also states the other's value (a range, a before and after).
A forecast ("is expected to reach 5%") is not of the same thing as a figure reached ("now stands at
4%"), nor is the day of a statement ("On Saturday the bishops said the ceremony ...") the day of
what it reports; two dates of one word qualified otherwise ("formal talks on Tuesday" / "talks on
Monday") may be of two events; a single shared word that names a kind of figure ("a high of") does
not say what two figures are of. They disagree when no value fits both: a floor ("more than 300")
allows any value above it, a ceiling ("up to 450") any below, "nearly 450" only a little below; a
rough figure allows a little either side, the less the more finely it is written ("about 20.8%" is
not "roughly 23%"). Claims about one thing are gathered;
when they give different values, the values and their sources are shown side by side. Acts
credited to different actors join them when both actors are names of the same kind (see
:func:`_same_kind`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from generator.disjoint import DisjointSets
from generator.insights.actors import actor_disagreements
from generator.insights.corpus import Corpus, values_of
from generator.insights.figures import unit_key
from generator.insights.names import ORG_WORDS
from generator.insights.records import Citation, Disagreement, Position
from generator.insights.roles import ROLE_WORDS
from generator.insights.timeline import outlook, past_form, quoted, resolve
from generator.insights.values import (CLAUSE_MARK, CLOSE, MONTHS, PREPOSITIONS, SCALE_WORD, TIME_UNITS, WEEKDAYS,
                                       Amount, DateMention, Precision, ValueKind, clause_start, grain, is_plural,
                                       parse_number)
from generator.numeric import kind_counted, written_as_year
from generator.records import Sentence
from generator.textutil import STOPWORDS, stem

WINDOW = 8
"""Words on each side of a value that name what it is about."""
MIN_SIMILARITY = 0.2
"""Weighted share of subject words two claims must share (of the smaller subject)."""
MIN_SIMILARITY_YEAR = 0.35
"""Years name many past events ("since 2000", "in 1961"): two of them must share more to be compared."""
MAX_SHARE = 0.2
"""A shared word must occur in at most this share of sentences to count as distinctive."""
MIN_COMMON = 3
"""A word in this few sentences is distinctive however small the corpus."""
MAX_POSTING = 400
"""A word next to more values than this is too common to pair them on."""
TOLERANCE = 0.15
"""Relative difference under which an approximate amount ("nearly five million") agrees."""


_RELATIVE_WORDS = frozenset("yesterday today tomorrow tonight morning afternoon evening night early late".split())
_LINKING = frozenset("""worth cost costs costing valued priced totalled totaled totalling totaling amounted amounting
stood standing reached reaching hit hitting topped exceeded exceeding""".split())
"""Words that link a figure to what it measures ("a contract worth $5bn", "exports reached $9bn"): they say a
value follows, not what it is of, so the word a figure qualifies is looked for past them."""
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_ATTRIBUTIVE = re.compile(rf"\s+(?!(?:{'|'.join(sorted(STOPWORDS))})\b)[a-z]")
"""A lower-case word right after a year, which then names which thing is meant ("the 2019 budget")."""
_SPAN_END = re.compile(r"(?:\b(by|until|till|before|after|since|from)\s+(?:(?:the\s+)?(?:end|start|beginning|middle)"
                       r"\s+of\s+)?(?:early\s+|late\s+|mid-?)?|\d(\s?[-\u2013]\s?))$", re.IGNORECASE)
"""A word before a date that makes it the end of a span rather than when something happened (or
the start of a range of days, "20-22 March")."""
_OWNER = re.compile(r"\b([A-Z][\w.-]*)['\u2019]s\b")
"""A name owning what follows ("Spain's budget deficit")."""
_RELATIVE_OPENING = re.compile(r"\s*(?:which|who|whose)\b", re.IGNORECASE)
"""A relative pronoun opening a clause after a comma ("Credit card interest rates, which average roughly 23%"):
the clause's subject is the noun phrase before the comma. Fifteen corpora: 23 values read with the noun
phrase before their comma (one of them wrongly, "heaviest bombardments in months, which killed": "months"),
one disagreement found by it (the credit card rate's 20.8% / 23%), none wrongly. A noun phrase ending in a unit
of time ("the heaviest bombardments in months, which killed"; "the past three years, which saw") says when, not
what: no antecedent (the one such value of the fifteen corpora, "months")."""
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?!\d|,\d)|(?<![\w.,])\d{2,}(?:\.\d+)?(?!\w|,\d)")
"""A number of two digits or more as written ("6,800", "85", "12.5"), compared with commas dropped. Fifteen
corpora: three pairs of counts of one noun whose sentences share another number, all of one scene (85 / 94
boats, the conflict; 45,000 police, 10,000 soldiers, agreeing)."""
_HONORIFICS = frozenset("mr mrs ms dr sir dame".split())
"""Titles that, like a role, mark the name after them as a person's ("Mr Smith")."""
_SAYING = frozenset("""said says say told tells announced announces stated states added adds declared declares
confirmed confirms warned warns reported reports insisted insists claimed claims wrote writes noted notes argued
argues acknowledged acknowledges admitted admits denied denies""".split())
"""Verbs of saying: a date standing with one ("On Saturday the bishops said ...") dates a statement."""


@dataclass(frozen=True)
class Claim:
    """One value stated in one sentence, with the words it is about."""

    slot: str
    """What kind of value: "day", "month", "year", or "<kind>:<unit>" for amounts."""
    value: str
    """Normalised value, compared for equality ("Tuesday", "2024-06-18", "5000000")."""
    weekday: str
    """For days, the weekday name (compared when a date is unknown)."""
    amount: float | None
    approximate: bool
    sentence: Sentence
    start: int
    end: int
    subject: frozenset[str]
    words: tuple[str, ...]
    """Subject words as written, in order (to name the subject)."""
    near: frozenset[str]
    """Keys of the words right next to the value: a single shared word must be one of them."""
    label: str
    """The value as written ("close to $400 million", "late Wednesday")."""
    heads: tuple[str, str]
    """Keys of the word the value qualifies before and after it ("contract" in "a contract worth $5bn", "rise"
    in "a 2 percent rise"): the nearest content word of its clause, :data:`_LINKING` passed over ("")."""
    owner: str
    """The name owning what the value is of, the nearest before it ("spain" in "Spain's budget
    deficit, its widest, stood at ..."); "" when none."""
    years: frozenset[str]
    """For amounts, the years its clause dates it to ("2023"), "~-1" for "last year" ("~0" this
    year ...) whether or not the publication date resolves it, and "@8" for the months it names ("rose to
    5.2% in August"), in whatever year."""
    bound: str
    """For amounts, "min" for a floor ("more than 300"), "max" for a ceiling ("nearly 450"); for
    dates, the word making it the end of a span ("by 2026", "since 1990", "until Friday")."""
    qualifier: str
    """The word qualifying the one the value qualifies before it ("formal" in "formal talks on
    Tuesday"), "" when none (see :func:`_qualifier`)."""
    said: bool
    """For dates, whether it is the day of a statement (see :func:`_said`)."""
    outlook: str
    """For amounts, "forecast" or "reached" as its sentence states it (see
    :func:`~generator.insights.timeline.outlook`), "" when it says neither."""
    compounds: frozenset[tuple[str, str]]
    """Keys of the words of its clause and of the words qualifying them ("rate", "mortgage" of "the
    mortgage rate fell"; see :func:`_compounds`)."""
    modifies: str
    """For a count written as a modifier ("a 50 billion cubic metre a year pipeline", "a two-day state
    visit"), the key of the noun it describes ("pipel", "visit"); "" otherwise (see :func:`_modified`)."""


@lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
    # A short prefix of the stem lets "arrival"/"arrived"/"arrive" and "Korea"/"Korean" meet.
    return stem(word)[:5]


_MEASURES = frozenset(_key(w) for w in """high low peak record total average level maximum minimum figure
number amount sum value""".split())
"""Keys of words naming a kind of figure, not what it is of ("a high of 9.1%", "a record $5bn")."""


def _clause(text: str, start: int, end: int) -> tuple[str, int, int]:
    """``text`` with the brackets not holding the value blanked, and the bounds of the value's clause.

    A clause ends at clause punctuation, a bracket, a spaced dash or a conjunction, so a value is not
    tied to the words of another clause ("ten days before the vote, | 45 days to respond").
    Bracketed asides read as blanks ("$40bn (£32bn) last year"). A clause with no lower-case content
    word ("On Tuesday,", "All 30 passengers -") says nothing of what its value is about: it reads on
    into the next clause, or the one before at the end of the sentence.
    """
    blank = _BRACKETED.sub(lambda m: m.group() if m.start() <= start and end <= m.end() else " " * len(m.group()),
                           text)
    marks = [m.span() for m in CLAUSE_MARK.finditer(blank) if m.end() <= start or m.start() >= end]
    ends_before = [e for s, e in marks if e <= start]
    starts_after = [s for s, e in marks if s >= end]
    lo = ends_before.pop() if ends_before else 0
    hi = starts_after.pop(0) if starts_after else len(blank)
    while not _content(_tokens(blank[lo:start] + " " + blank[end:hi]), sentence_start=False) and (
            lo > 0 or hi < len(blank)):
        if hi < len(blank):
            hi = starts_after.pop(0) if starts_after else len(blank)
        else:
            lo = ends_before.pop() if ends_before else 0
    return blank, lo, hi


_Subject = tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[str, str], str, str,
                 frozenset[tuple[str, str]]]


def _subject(text: str, start: int, end: int) -> _Subject:
    """Subject keys and words (up to WINDOW content words each side, in the value's clause), the keys
    of the two words nearest the value on each side (in the sentence), of the words it qualifies (in
    its clause), its owner, the qualifier of the word it qualifies before it, and the qualified words
    of its clause (see :func:`_compounds`).

    A word right before a name describes the name ("the damaged Harbour Bridge on Saturday"), not the
    value after it: it is a subject word but neither near the value nor what the value qualifies.
    """
    blank, lo, hi = _clause(text, start, end)
    antecedent = _antecedent(blank, lo)
    before = (antecedent + _content(_tokens(blank[lo:start]), sentence_start=lo == 0))[-WINDOW:]
    after = _content(_tokens(blank[end:hi]), sentence_start=False)[:WINDOW]
    free = _free_content(blank[lo:start], sentence_start=lo == 0)
    head = next((w for w in reversed(free) if w.lower() not in _LINKING), "")
    head_before = _key(head) if head else ""
    head_after = next((_key(w) for w in after if w.lower() not in _LINKING), "")
    near_after = _content(_tokens(blank[end:]), sentence_start=False)[:2]
    nearest = _free_content(blank[:start], sentence_start=True)[-2:] + near_after
    near = frozenset(_key(w) for w in nearest + antecedent)
    owners = [m.group(1).lower() for m in _OWNER.finditer(text, 0, start) if m.group(1).lower() not in STOPWORDS]
    owner = owners[-1] if owners else ""
    return (frozenset(_key(w) for w in before + after), tuple(before + after), near, (head_before, head_after), owner,
            _qualifier(_tokens(blank[lo:start]), head),
            _compounds(_tokens(blank[lo:start])) | _compounds(_tokens(blank[end:hi])))


def _antecedent(blank: str, lo: int) -> list[str]:
    """The content words of the noun phrase a clause opening with a relative pronoun at ``blank[lo]`` stands
    for, right before its comma ("Credit card interest rates" of "Credit card interest rates, which average
    roughly 23%"): the clause's subject, as near its value as the pronoun; none for any other clause, nor for a
    phrase of time ("in months, which killed ...", see :data:`_RELATIVE_OPENING`)."""
    if lo == 0 or blank[lo - 1] != "," or not _RELATIVE_OPENING.match(blank, lo):
        return []
    opened = clause_start(blank, lo - 1)
    tokens = _tokens(blank[opened:lo - 1])
    run: list[str] = []
    for i in range(len(tokens) - 1, -1, -1):
        if not _content([tokens[i]], sentence_start=opened == 0 and i == 0):
            break
        run.insert(0, tokens[i])
    return [] if run and run[-1].lower() in TIME_UNITS else run


def _compounds(tokens: list[str]) -> frozenset[tuple[str, str]]:
    """The keys of each word of ``tokens`` that the word right before it qualifies and of that word
    (see :func:`_qualifier`): ("rate", "mortgage") of "the average fixed mortgage rate fell"."""
    return frozenset((_key(word), _key(before)) for before, word in zip(tokens, tokens[1:])
                     if _content([word], sentence_start=False) and _qualifier([before, word], word))


def _qualifier(tokens: list[str], head: str) -> str:
    """The lower-case word right before ``head`` in ``tokens`` that qualifies it ("formal" in "formal
    talks"), "" when none: small words, names, numbers and adverbs ("officially opened") qualify nothing."""
    at = max((i for i, w in enumerate(tokens) if w == head), default=0) if head else 0
    word = tokens[at - 1] if at > 0 else ""
    if not _content([word], sentence_start=False) or word.endswith("ly") or word in _LINKING:
        return ""
    return word


def _free_content(text: str, *, sentence_start: bool) -> list[str]:
    """The content words of ``text`` but those right before a name."""
    tokens = _tokens(text)
    described = {i for i, nxt in enumerate(tokens[1:]) if nxt[:1].isupper() and nxt[1:].islower()}
    kept = [w if i not in described else "" for i, w in enumerate(tokens)]
    return _content(kept, sentence_start=sentence_start)


_COMPASS = frozenset("""north south east west northeast northwest southeast southwest northern southern eastern
western""".split())
"""Directions. Followed by "of" ("72 km southwest of Marrakesh", "40 km south of Marrakech") one says which
way a distance runs, not what it is the distance of (an epicentre, a village); before a noun it names a
place ("eastern villages"), and says what a value is about."""


def _content(tokens: list[str], *, sentence_start: bool) -> list[str]:
    """Words that can say what a value is about. Capitalised words inside the sentence are names
    (places, people, the bridge itself): they say what the whole story is about, not this value; nor does
    the direction of a distance (:data:`_COMPASS`)."""
    return [w for i, w in enumerate(tokens)
            if w.isalpha() and len(w) > 2 and w.lower() not in STOPWORDS and w.lower() not in _PREPOSITIONS
            and w.lower() not in WEEKDAYS and not (w.lower() in _COMPASS and tokens[i + 1:i + 2] == ["of"])
            and w.lower() not in MONTHS and w.lower() not in _RELATIVE_WORDS and not _local_time(tokens, i)
            and (w.islower() or (sentence_start and i == 0))]


_PREPOSITIONS = PREPOSITIONS | {"following", "regarding", "concerning", "excluding"}
"""Prepositions, some of them adjectives too ("12 concerning posts", counted there): no word of what a value is
about ("on Thursday following a successful docking" says nothing of what Thursday is the day of)."""


def _local_time(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a word of "local time", which says in what zone a day or an hour is given
    ("Saturday night local time"), not what it is the day of."""
    word = tokens[i].lower()
    if word == "local":
        return tokens[i + 1:i + 2] == ["time"]
    return word == "time" and i > 0 and tokens[i - 1].lower() == "local"


def _tokens(text: str) -> list[str]:
    return [w.strip(".,;:!?\"'()\u201c\u201d\u2018\u2019") for w in text.split()]


def claims(corpus: Corpus, sentence: Sentence) -> list[Claim]:
    """Every comparable value of ``sentence``."""
    return [Claim(*part[:5], sentence, *part[5:])
            for part in _claim_parts(sentence.text, corpus.published(sentence))]


_ClaimPart = tuple[str, str, str, "float | None", bool, int, int, frozenset[str], tuple[str, ...], frozenset[str],
                   str, tuple[str, str], str, frozenset[str], str, str, bool, str, frozenset[tuple[str, str]], str]
"""A claim's fields but its sentence (which goes between ``approximate`` and ``start``)."""


@lru_cache(maxsize=1 << 14)
def _claim_parts(text: str, published: dt.date | None) -> tuple[_ClaimPart, ...]:
    """The claims of a sentence text published on ``published``, but their sentence.

    Copies of one text (wire reprints, stock phrases) are common, and a rebuild under ``mkdocs serve``
    reads mostly the same texts again: each distinct text and day is read once. A value alone in
    brackets is an aside restating what precedes it ("$50m (£40m)", "the Gulf War (1990-1991)"),
    no claim of its own.
    """
    found_dates, found_amounts = values_of(text)
    out = [part for k, m in enumerate(found_dates) if not _aside(text, m.start, m.end)
           and not (k and _restates(text, found_dates[k - 1], m)) for part in _date_claim(text, published, m)]
    out += [part for a in found_amounts if not _aside(text, a.start, a.end)
            for part in _amount_claim(text, published, a, found_dates)]
    return tuple(out)


def _restates(text: str, before: DateMention, m: DateMention) -> bool:
    """Whether the day ``m`` restates the day named right before it, set off by a comma ("arrived on
    Tuesday, Nov. 14, for the meeting ..."): the same day, its claim is the first one's; read on its own, it
    would take the words after it as its subject ("the meeting")."""
    return before.precision is Precision.WEEKDAY and m.precision is Precision.DAY \
        and text[before.end:m.start].strip() == ","


def _date_claim(text: str, published: dt.date | None, m: DateMention) -> list[_ClaimPart]:
    """The claim of a day or a year, if ``m`` names one.

    A quoted "today" is the speaker's day, which the article does not date; "last year" next to a
    figure is the figure's period ("exports reached $9bn last year"), compared with the figure.
    """
    if m.offset_days is not None and quoted(text, m.start):
        return []
    if m.offset_years is not None and _amount_near(text, m.start, m.end):
        return []
    if m.precision in (Precision.WEEKDAY, Precision.DAY) or m.offset_days is not None:
        date, _, _ = resolve(m, published, text)
        weekday = WEEKDAYS[m.weekday].title() if m.weekday is not None else ""
        if date and len(date) == 10:
            weekday = WEEKDAYS[dt.date.fromisoformat(date).weekday()].title()
        if not (date or weekday):
            return []
        slot, value = "day", date or weekday
    elif m.precision is Precision.YEAR or m.offset_years is not None:
        date, _, _ = resolve(m, published, text)
        if not date or _ATTRIBUTIVE.match(text, m.end):
            return []  # "the 2019 budget" says which budget, not when one was made
        slot, value, weekday = "year", date[:4], ""
    else:
        return []  # a month alone is too vague to contradict anything
    subject, words, near, heads, owner, qualifier, compounds = _subject(text, m.start, m.end)
    span = _SPAN_END.search(text, 0, m.start)
    return [(slot, value, weekday, None, False, m.start, m.end, subject, words, near, m.text, heads, owner,
             frozenset(), (span.group(1) or "-").lower() if span else "", qualifier, _said(text, m.start, m.end), "",
             compounds, "")]


def _said(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is the day of a statement, not of what it reports: a verb
    of saying stands with it in its clause, with only names and small words between ("Macron said on
    Monday that ...", "Putin told Xi on Monday"), and after it at most one other word, its speaker ("On
    Saturday the bishops said the ceremony had ...")."""
    blank, lo, hi = _clause(text, start, end)
    for words, other_words in ((_tokens(blank[lo:start])[::-1], 0), (_tokens(blank[end:hi]), 1)):
        for w in words:
            if w.lower() in _SAYING:
                return True
            if _content([w], sentence_start=False):
                if not other_words:
                    break
                other_words -= 1
    return False


def _amount_claim(text: str, published: dt.date | None, a: Amount,
                  found_dates: Sequence[DateMention]) -> list[_ClaimPart]:
    """The claim of an amount, with the years its clause dates it to."""
    if a.kind is ValueKind.DURATION and a.unit in ("years", "decades"):
        return []  # "in 24 years" tells how long since something, which other claims rarely restate
    if a.upper is not None:
        return []  # a range ("4.75% to 5%") states no one value that another could contradict
    subject, words, near, heads, owner, qualifier, compounds = _subject(text, a.start, a.end)
    _, lo, hi = _clause(text, a.start, a.end)
    years: set[str] = set()
    for m in found_dates:
        if lo <= m.start and m.end <= hi:
            date = resolve(m, published, text)[0]
            years |= {date[:4]} if date else set()
            years |= {f"@{m.month}"} if m.month is not None else set()
            years |= {f"~{m.offset_years}"} if m.offset_years is not None else set()
    return [(f"{a.kind.value}:{unit_key(a)}", f"{a.value:g}", "", a.value, a.approximate, a.start, a.end,
             subject, words, near, a.text, heads, owner, frozenset(years), a.bound, qualifier, False,
             outlook(text, a.start, a.end), compounds, _modified(text, a))]


_RATE = re.compile(r"\s+(?:a|an|per|each)\s+(?:second|minute|hour|day|week|month|year)\b", re.IGNORECASE)
"""A rate after a unit ("50 billion cubic metres a year"): how often, not what the figure describes."""


def _modified(text: str, a: Amount) -> str:
    """The key of the noun a count written as a modifier describes: its unit written singular though it
    counts more than one ("a 50 billion cubic metre a year pipeline", "a 20-mile stretch"), the last of
    the plain words after it, a rate passed over ("pipel", "stret"); "" for any other figure."""
    written = re.split(r"[\s-]", a.text)[-1]
    if a.kind not in (ValueKind.QUANTITY, ValueKind.DURATION) or a.value == 1 or is_plural(written):
        return ""
    rate = _RATE.match(text, a.end)
    words = _tokens(text[rate.end() if rate else a.end:])
    noun = []
    for w in words:
        if not w or not _content([w], sentence_start=False) or w.lower() != w:
            break
        noun.append(w)
    return _key(noun[-1]) if noun else ""


def _amount_near(text: str, start: int, end: int) -> bool:
    """Whether the clause of ``text[start:end]`` states an amount."""
    _, lo, hi = _clause(text, start, end)
    return any(lo <= a.start and a.end <= hi for a in values_of(text)[1])


def _aside(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands alone in brackets."""
    return text[:start].rstrip().endswith(("(", "[")) and text[end:].lstrip().startswith((")", "]"))


def _numbers(c: Claim) -> frozenset[str]:
    """For a count, the other numbers of two digits or more its sentence states, but years: what it shares
    with another sentence's count (see :func:`_same_count`); empty for any other claim."""
    if not c.slot.startswith(ValueKind.QUANTITY.value + ":"):
        return frozenset()
    text = c.sentence.text
    found = (m for m in _NUMBER.finditer(text) if m.end() <= c.start or m.start() >= c.end)
    return frozenset(_number_key(m.group(), kind_counted(text[m.end():m.end() + 40])) for m in found
                     if not written_as_year(text, m.start(), m.end()))


def _number_key(written: str, kind: str) -> str:
    """A number as :func:`_numbers` keeps it: commas dropped, with the kind of thing it counts when a noun
    after it says (:func:`~generator.numeric.kind_counted`: "50/people", "50/things"), so that "50 workers"
    and "50 aftershocks" are no same number."""
    number = written.replace(",", "")
    return f"{number}/{kind}" if kind else number


def _counted(c: Claim) -> str:
    """The key of the noun a count counts as written ("boat" of "85 boats"), "" when it is no word."""
    word = re.split(r"[\s-]", c.label)[-1]
    return _key(word) if word.isalpha() else ""


def _as_written(members: list[Claim], numbers: set[str]) -> tuple[str, ...]:
    """Each of ``numbers`` (commas dropped, see :func:`_shared_numbers`) as the first of ``members`` to state
    it writes it ("6,800"), smallest first."""
    return tuple(next(m.group() for c in members for m in _NUMBER.finditer(c.sentence.text)
                      if m.group().replace(",", "") == n) for n in sorted(numbers, key=float))


def _same_count(a: Claim, b: Claim, numbers_a: frozenset[str], numbers_b: frozenset[str]) -> bool:
    """Whether two counts of one noun are of one thing though their sentences tell it in other words: both
    sentences also state another same number ("Some 6,800 athletes rode on 85 boats" / "Roughly 6,800 of them
    were carried on 94 boats"), one scene told twice, and nothing else sets them apart (see
    :func:`_same_measure`). The counted noun alone does not say so: "6,800 athletes on boats" and "10,500
    athletes at the Games" count two things."""
    return a.slot == b.slot and bool(_shared_numbers(numbers_a, numbers_b)) and _same_measure(a, b, heads=False)


def _shared_numbers(numbers_a: frozenset[str], numbers_b: frozenset[str]) -> frozenset[str]:
    """The numbers (:func:`_numbers`) both sets hold, commas dropped, counting things of one kind when both
    say what they count ("6,800 athletes" and "6,800 of them" share 6,800; "50 workers" and "50 aftershocks"
    nothing)."""
    return frozenset(a.split("/")[0] for a in numbers_a for b in numbers_b
                     if a.split("/")[0] == b.split("/")[0] and ("/" not in a or "/" not in b or a == b))


def _same_measure(a: Claim, b: Claim, *, heads: bool = True) -> bool:
    """Whether two claims about the same words measure the same thing.

    The word either value qualifies must be in the other's subject ("a contract worth $5bn" is not
    "exports worth $60bn"; "arrived on Monday" is "is to arrive on Tuesday to meet"); values owned by
    different names ("Spain's deficit" / "Italy's deficit") or dated to different years or months ("last year" /
    "this year") are of different things, as are a date and the end of a span ("in 2021" / "by 2026"),
    a forecast and a figure reached, a count describing a noun the other does not name ("a 50 billion
    cubic metre pipeline" / "supply 100 billion cubic metres of gas"), and figures of two kinds of one
    thing (see :func:`_other_event`, :func:`_other_outlook`, :func:`_modified` and :func:`_other_kinds`).
    Without ``heads``, the words the values qualify are not compared (two counts of one noun, whose noun is
    what each qualifies: see :func:`_same_count`).
    """
    heads_a, heads_b = set(a.heads) - {""}, set(b.heads) - {""}
    if heads and heads_a and heads_b and not (heads_a & b.subject or heads_b & a.subject):
        return False
    if any(x.modifies and x.modifies not in y.subject | {y.modifies} for x, y in ((a, b), (b, a))):
        return False  # "a 50 billion cubic metre pipeline" is no amount "of gas a year" supplied
    if a.owner and b.owner and a.owner != b.owner:
        return False
    if a.amount is not None and b.amount is not None and _other_doers(a, b):
        return False
    if a.amount is None and (a.bound != b.bound or _other_event(a, b)):
        return False  # "voted in 2021" / "to close by 2026"
    if _other_outlook(a, b) or (a.amount is not None and (_other_kinds(a, b) or _subkind(a, b))):
        return False
    return not any(x and y and not x & y for x, y in zip(_split_years(a), _split_years(b)))


def _kind_words(c: Claim) -> frozenset[str]:
    """The words between a count's number and its noun, as written ("surface-to-surface" of "110
    surface-to-surface missiles"; none of "over 300 missiles")."""
    words = c.label.split()
    number = max((i for i, w in enumerate(words) if any(ch.isdigit() for ch in w) or parse_number(w) is not None
                  or SCALE_WORD.fullmatch(w)), default=len(words) - 1)
    return frozenset(w.lower() for w in words[number + 1:-1])


def _subkind(a: Claim, b: Claim) -> bool:
    """Whether one count is of a kind of what the other counts: its noun qualified by words the other's lacks
    ("110 surface-to-surface missiles" of "over 300 missiles", "100 ballistic missiles" of "120 missiles"),
    a part of the whole, not another count of it."""
    if not a.slot.startswith(ValueKind.QUANTITY.value) or not b.slot.startswith(ValueKind.QUANTITY.value):
        return False
    kinds_a, kinds_b = _kind_words(a), _kind_words(b)
    return kinds_a != kinds_b and (kinds_a <= kinds_b or kinds_b <= kinds_a)


def _other_doers(a: Claim, b: Claim) -> bool:
    """Whether two amounts are credited to different names: each clause names, before its value, a doer that
    shares no word with the other's ("The Liberal Democrats won 71 seats" / "Reform UK has won four seats")."""
    doers_a, doers_b = _doers(a.sentence.text, a.start, a.end), _doers(b.sentence.text, b.start, b.end)
    return bool(doers_a and doers_b and not doers_a & doers_b)


@lru_cache(maxsize=1 << 14)
def _doers(text: str, start: int, end: int) -> frozenset[str]:
    """The names in the clause of ``text[start:end]`` before it, after its last verb of saying ("liberal",
    "democrats" of "The Liberal Democrats won 71 seats"; none of "Officials said the toll rose to 64"). A
    sentence's first word is a name only when a name follows it ("Reform UK"), and roles, titles, kinds of
    people and calendar words name no doer ("The Prime Minister appointed 22 ministers", "MPs")."""
    blank, lo, _ = _clause(text, start, end)
    tokens = _tokens(blank[lo:start])
    said = max((i for i, w in enumerate(tokens) if w.lower() in _SAYING), default=-1)
    names = set()
    for i in range(said + 1, len(tokens)):
        word = tokens[i]
        if not word[:1].isupper() or not word.isalpha() or word.lower() in _NO_DOERS or _ACRONYMS.fullmatch(word):
            continue
        if lo == 0 and i == 0 and not (len(tokens) > 1 and tokens[1][:1].isupper()):
            continue
        names.add(word.lower())
    return frozenset(names)


_NO_DOERS = STOPWORDS | ROLE_WORDS | _HONORIFICS | frozenset(WEEKDAYS) | frozenset(MONTHS)
_ACRONYMS = re.compile(r"[A-Z]{2,}s")
"""An acronym's plural ("MPs", "CEOs") counts people of a kind, whoever's they are ("Labour MPs" / "Tory MPs")."""


def _other_event(a: Claim, b: Claim) -> bool:
    """Whether two dates are of two events however alike their words: one dates a statement and the other
    not ("On Saturday the bishops said the ceremony ..." / "opened on Friday with a ceremony"), or both
    qualify the same word and only one qualifies it, or each otherwise ("formal talks on Tuesday" /
    "four hours of talks on Monday": there may have been both). The same act on two days, told alike,
    stays a disagreement."""
    return (a.said != b.said or (a.heads[0] != "" and a.heads[0] == b.heads[0] and a.qualifier != b.qualifier)
            or _other_acts(a, b))


def _other_acts(a: Claim, b: Claim) -> bool:
    """Whether the clauses of two dates tell different acts in the past: each holds a past verb and they share
    none ("Biden arrived in Angola Monday on his first trip" / "Biden met Lourenco on Tuesday on his first
    visit"; "The parties filed a motion Wednesday" / "parliament introduced a motion on Thursday"); verbs of one
    act in other words (:data:`_SAME_ACTS`: "landed" / "arrived") are one."""
    acts_a, acts_b = _acts(a.sentence.text, a.start, a.end), _acts(b.sentence.text, b.start, b.end)
    return bool(acts_a and acts_b and not _act_kinds(acts_a) & _act_kinds(acts_b))


_SAME_ACTS = tuple(frozenset(stem(w) for w in group.split()) for group in (
    "arrived landed reached", "began started opened launched", "ended finished closed concluded",
    "signed inked", "sank capsized", "shot fired", "struck hit", "announced unveiled",
    "met hosted received welcomed"))
"""Verbs that tell one act in other words ("landed in the capital on Monday" / "arrived in the capital on
Tuesday": one arrival dated twice)."""


def _act_kinds(acts: frozenset[str]) -> frozenset[str]:
    """``acts`` with each verb's other words for the same act (:data:`_SAME_ACTS`)."""
    return acts.union(*(group for group in _SAME_ACTS if group & acts))


@lru_cache(maxsize=1 << 14)
def _acts(text: str, start: int, end: int) -> frozenset[str]:
    """The stems of the past verbs in the clause of ``text[start:end]``, verbs of saying aside."""
    blank, lo, hi = _clause(text, start, end)
    return frozenset(stem(w) for w in _tokens(blank[lo:start] + " " + blank[end:hi])
                     if w.islower() and past_form(w) and w not in _SAYING)


def _other_outlook(a: Claim, b: Claim) -> bool:
    """Whether one figure is a forecast and the other one reached ("is expected to reach 5%" / "now
    stands at 4%"): a forecast is of a value to come, which the present one does not contradict. Two
    forecasts, or two figures reached, are compared."""
    return {a.outlook, b.outlook} == {"forecast", "reached"}


def _other_kinds(a: Claim, b: Claim) -> bool:
    """Whether two figures are of two kinds of one thing: a word both clauses hold, other than one a
    value qualifies, is qualified in each by a word the other's subject lacks ("the average fixed
    mortgage rate fell to 6.09%" / "the average contract rate on a conforming loan fell to 6.15%": two
    surveys' rates). A word qualified in one only ("bilateral trade" / "trade") is one thing."""
    heads = set(a.heads) | set(b.heads)
    for word, by_a in a.compounds:
        if word in heads or by_a in b.subject:
            continue
        if any(w == word and by_b != by_a and by_b not in a.subject for w, by_b in b.compounds):
            return True
    return False


def _split_years(c: Claim) -> tuple[set[str], set[str], set[str]]:
    """A claim's years as resolved ("2023") and as written ("~-1" for "last year"), and its months
    ("@8"): two claims dated to other months are of two things ("rose to 5.2% in August" /
    "rose in September to 5.5%")."""
    return ({y for y in c.years if y[0] not in "~@"}, {y for y in c.years if y[0] == "~"},
            {y for y in c.years if y[0] == "@"})


def _conflict(a: Claim, b: Claim) -> bool:
    if a.amount is not None and b.amount is not None:
        if a.bound or b.bound:
            (lo_a, hi_a), (lo_b, hi_b) = _range(a), _range(b)
            return hi_a < lo_b or hi_b < lo_a
        if a.approximate and b.approximate:
            (lo_a, hi_a), (lo_b, hi_b) = _hedged(a), _hedged(b)
            if hi_a < lo_b or hi_b < lo_a:
                return True
        if a.approximate or b.approximate:
            return abs(a.amount - b.amount) > TOLERANCE * max(abs(a.amount), abs(b.amount))
        return a.amount != b.amount
    if a.slot == "day" and (len(a.value) != 10 or len(b.value) != 10):
        return a.weekday != b.weekday  # without both dates, compare what both name: the weekday
    return a.value != b.value


def _same_head(a: Claim, b: Claim, words: frozenset[str]) -> bool:
    """Whether both values qualify one of ``words``, on the same side of each, that names what they
    are of: a kind of figure ("a high of 9.1%" / "a 23-year high of 5.25%") does not."""
    return any(x == y and x in words and x not in _MEASURES for x, y in zip(a.heads, b.heads))


def _hedge(c: Claim) -> float:
    """How far a rough or near figure may be from its number: TOLERANCE of it, and no more than the step
    it is written to ("about 20.8%" 0.1, "roughly 23%" 1, "about 9-1/2 hours" 0.5; see
    :func:`~generator.insights.values.grain`). Who writes a number finely means it finely."""
    v = abs(c.amount or 0.0)
    step = grain(c.label)
    return min(TOLERANCE * v, step) if step else TOLERANCE * v


def _hedged(c: Claim) -> tuple[float, float]:
    """The values a rough figure allows by how finely it is written (see :func:`_hedge`)."""
    v = abs(c.amount or 0.0)
    return v - _hedge(c), v + _hedge(c)


def _range(c: Claim) -> tuple[float, float]:
    """The values an amount allows: a floor ("more than 300") any above it, a ceiling ("up to 450")
    any below it, each less TOLERANCE / 2, and a near floor or ceiling ("just over 300", "nearly 450")
    only those within its hedge (see :func:`_hedge`); a rough figure within TOLERANCE; an exact one itself."""
    v = abs(c.amount or 0.0)
    close = bool(CLOSE.match(c.label))
    if c.bound == "min":
        return v * (1 - TOLERANCE / 2), v + _hedge(c) if close else math.inf
    if c.bound == "max":
        return v - _hedge(c) if close else 0.0, v * (1 + TOLERANCE / 2)
    slack = TOLERANCE * v if c.approximate else 0.0
    return v - slack, v + slack


def _position_value(c: Claim, members: list[Claim]) -> str:
    """The version of a disagreement that claim ``c`` stands with: its value, or, for a day named by its
    weekday alone, the one date of ``members`` on that weekday ("Wednesday" beside "Wednesday 2024-05-08"
    is no other version), or the weekday when no member has a date."""
    if c.slot != "day" or len(c.value) == 10:
        return c.value
    if not any(m.slot == "day" and len(m.value) == 10 for m in members):
        return c.weekday
    same = {m.value for m in members if m.slot == "day" and len(m.value) == 10 and m.weekday == c.weekday}
    return same.pop() if len(same) == 1 else c.value


def _display(c: Claim) -> str:
    if c.slot == "day":
        return c.value if len(c.value) != 10 else f"{c.weekday} {c.value}"
    return c.value if c.amount is None else c.label


@lru_cache(maxsize=1 << 14)
def _word_keys(text: str) -> frozenset[str]:
    """The keys of the content words of ``text`` (what its claims' subjects are made of)."""
    return frozenset(_key(w) for w in _tokens(text) if w.isalpha() and w.lower() not in STOPWORDS)


def disagreements(corpus: Corpus) -> tuple[Disagreement, ...]:
    """Things outlets state differently, each with its competing values and their sources."""
    all_claims = [c for s in corpus.sentences for c in claims(corpus, s)]
    df: dict[str, int] = defaultdict(int)
    for s in corpus.sentences:
        for k in _word_keys(s.text):
            df[k] += 1
    n = max(1, len(corpus.sentences))
    idf = {k: math.log((n + 1) / (v + 0.5)) for k, v in df.items()}
    by_slot: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(all_claims):
        by_slot[c.slot].append(i)

    # Per claim, once: its outlet, its distinctive subject words and its subject's weight.
    outlet = [corpus.outlets.by_article[c.sentence.article_id] for c in all_claims]
    limit = max(MAX_SHARE * n, MIN_COMMON)
    rare = [frozenset(k for k in c.subject if df.get(k, 0) <= limit) for c in all_claims]
    mass = [sum(idf.get(k, 0.0) for k in c.subject) for c in all_claims]
    # Per count, the other numbers of its sentence, when what it counts is distinctive (see _same_count).
    numbers = [_numbers(c) if df.get(_counted(c), math.inf) <= limit else frozenset() for c in all_claims]

    # The other claims of the same kind in each claim's sentence (a range's other end, a before and after).
    in_sentence: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i, c in enumerate(all_claims):
        in_sentence[(c.sentence.article_id, c.sentence.index, c.slot)].append(i)

    def states_both(i: int, j: int) -> bool:
        """Whether either sentence also states the other's value: it reports both, contradicting neither."""
        return any(not _conflict(all_claims[k], all_claims[other]) for this, other in ((i, j), (j, i))
                   for k in in_sentence[(all_claims[this].sentence.article_id, all_claims[this].sentence.index,
                                         all_claims[this].slot)] if k != this)

    # Reprints pair the same two subjects (the very objects: claims are cached per text) over and over.
    weights: dict[tuple[int, int], float] = {}

    def shared_weight(x: frozenset[str], y: frozenset[str]) -> float:
        key = (id(x), id(y))
        if key not in weights:
            weights[key] = sum(idf.get(k, 0.0) for k in x & y)
        return weights[key]

    # 1. Pairs of claims from different outlets about the same thing, and the distinctive words they share.
    links: list[tuple[int, int, frozenset[str], bool, frozenset[str]]] = []
    for idx in by_slot.values():
        # Two claims are compared only when a word stands next to both values, or two counts' sentences
        # state another same number (rules below), so candidates come from an index of those words and
        # numbers: the cost follows the pairs that can match.
        postings: dict[str, list[int]] = defaultdict(list)
        for i in idx:
            for k in all_claims[i].near | {f"#{n.split('/')[0]}" for n in numbers[i]}:
                postings[k].append(i)
        candidates = sorted({(p[x], q) for p in postings.values() if len(p) <= MAX_POSTING
                             for x in range(len(p)) for q in p[x + 1:]})
        for i, j in candidates:
            if outlet[i] == outlet[j]:
                continue
            a, b = all_claims[i], all_claims[j]
            distinctive = rare[i] & rare[j]
            # Both values must stand right next to a shared word ("arrived late Wednesday" / "arrive on
            # Tuesday"); when only one distinctive word is shared, it must be the word both values
            # qualify, on the same side ("arrived late Wednesday" / "to arrive on Tuesday"), and not a
            # mere kind of figure ("a high of"). Two counts of one scene need neither (see _same_count).
            near = a.near & b.near
            shared_numbers: frozenset[str] = frozenset()
            if _same_count(a, b, numbers[i], numbers[j]):
                distinctive |= {_counted(a)}
                shared_numbers = _shared_numbers(numbers[i], numbers[j])
                alike = True
            elif not distinctive or not near or (len(distinctive) < 2 and not _same_head(a, b, distinctive)):
                continue
            else:
                weight = shared_weight(a.subject, b.subject)
                smaller = min(mass[i], mass[j])
                needed = MIN_SIMILARITY_YEAR if a.slot == "year" else MIN_SIMILARITY
                alike = smaller > 0 and weight / smaller >= needed and _same_measure(a, b)
            if alike:
                conflict = _conflict(a, b)
                if conflict and states_both(i, j):
                    continue
                links.append((i, j, distinctive, conflict, shared_numbers))
    # 2. Conflicting pairs form the cores; a claim that agrees with a core joins it only through the
    # core's own distinctive words, so a chain of loose likenesses cannot drag in other matters.
    sets = DisjointSets(len(all_claims))
    find = sets.find

    in_core: set[int] = set()
    for i, j, _, conflict, _ in links:
        if conflict:
            sets.join(i, j)
            in_core.update((i, j))
    core_words: dict[int, set[str]] = defaultdict(set)
    # The numbers a core's conflicting counts share, and the cores compared by words around the values.
    core_numbers: dict[int, set[str]] = defaultdict(set)
    by_words: set[int] = set()
    for i, j, distinctive, conflict, shared_numbers in links:
        if conflict:
            core_words[find(i)] |= distinctive
            core_numbers[find(i)] |= shared_numbers
            if not shared_numbers:
                by_words.add(find(i))
    for i, j, distinctive, conflict, _ in links:
        if conflict:
            continue
        for inside, outside in ((i, j), (j, i)):
            if inside in in_core and outside not in in_core and distinctive & core_words[find(inside)]:
                sets.join(inside, outside)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(all_claims)):
        if find(i) in core_words:
            groups[find(i)].append(i)
    out = []
    for root, members in groups.items():
        positions: dict[str, list[Claim]] = defaultdict(list)
        group = [all_claims[i] for i in members]
        for c in group:
            positions[_position_value(c, group)].append(c)
        if len(positions) < 2:
            continue
        pos = []
        for _, cs in positions.items():
            cites: list[Citation] = []
            for c in sorted(cs, key=lambda c: (c.sentence.article_id, c.sentence.index, c.start)):
                if not any(x.article == c.sentence.article_id and x.sentence == c.sentence.index for x in cites):
                    cites.append(corpus.cite(c.sentence, c.start, c.end))
            pos.append(Position(_display(cs[0]), tuple(cites), corpus.outlets.count(x.article for x in cites)))
        pos.sort(key=lambda p: (-p.outlets, p.citations[0].article, p.citations[0].sentence))
        subject = _name_subject([all_claims[i] for i in members], core_words[root])
        first = min(pos, key=lambda p: (p.citations[0].article, p.citations[0].sentence)).citations[0]
        kind = all_claims[members[0]].slot.split(":")[0]
        numbers = () if root in by_words else _as_written([all_claims[i] for i in members], core_numbers[root])
        shared = _shared([all_claims[i] for i in members], core_words[root]) if not numbers else ()
        out.append(Disagreement(f"{first.article}-{first.sentence}", kind, subject, tuple(pos), numbers, shared))
    # An act's subject is its verb and the words both sentences say it was done to: all shared.
    out.extend(replace(d, shared=tuple(d.subject.split())) for d in actor_disagreements(corpus)
               if _same_kind(d, corpus))
    out.sort(key=lambda d: d.id)
    return tuple(out)


def _name_subject(members: list[Claim], best: set[str]) -> str:
    """What the claims are of, as a short phrase: for counts, the counted noun as the first claim writes it
    and the distinctive words that follow it in its own clause ("flights cancelled worldwide"); else the
    distinctive words the conflicting claims share, as the first claim writes them ("market value")."""
    kind = members[0].slot.split(":")[0]
    if kind in (ValueKind.QUANTITY.value, ValueKind.DURATION.value):
        c = members[0]
        text = c.sentence.text
        stop = CLAUSE_MARK.search(text, c.end)
        after = [w for w in _tokens(text[c.end:stop.start() if stop else len(text)]) if w and _key(w) in best]
        if kind == ValueKind.DURATION.value:
            return " ".join(dict.fromkeys(w for w in after if w.lower() not in TIME_UNITS)) or _doing(c)
        unit = next((a.unit for a in values_of(text)[1] if a.start == c.start), "")
        written = c.label.split()[-len(unit.split()):] if unit else []
        noun = " ".join(written) if " ".join(written).lower() == unit else unit
        return " ".join([noun, *dict.fromkeys(after)]).strip()
    words: list[str] = []
    for c in members:
        for w in c.words:
            if _key(w) in best and _key(w) not in {_key(x) for x in words}:
                words.append(w)
    return " ".join(words)


def _shared(members: list[Claim], keys: set[str]) -> tuple[str, ...]:
    """The words of ``keys`` that every claim of ``members`` has around its value, matched by key, as the first
    writes them, in its order: the words the claims were compared for, which their subject may not be (a
    duration is named for what lasted, "deliberating", which one sentence alone may say)."""
    common = set(keys).intersection(*(c.subject for c in members))
    return tuple(dict.fromkeys(w for w in members[0].words if _key(w) in common)) if members else ()


def _doing(c: Claim) -> str:
    """What a duration is the length of, when the words it shares with the others are only units of time:
    the nearest content word before it in its clause ("deliberating" of "after deliberating for about 9-1/2
    hours"); "" when there is none. The unit ("hours") is no subject: every duration has one."""
    text = c.sentence.text
    opened = clause_start(text, c.start)
    before = [w for w in _content(_tokens(text[opened:c.start]), sentence_start=opened == 0)
              if w.lower() not in TIME_UNITS]
    return before[-1] if before else ""


def _same_kind(d: Disagreement, corpus: Corpus) -> bool:
    """Whether the actors of an actor disagreement are names of one kind: all people, or none.

    A person is an actor whose name holds a role or title ("President ... Smith") or that the corpus
    names after one somewhere ("leader ... Smith", "Mr Smith"); places standing for their governments,
    organisations and bodies ("Rescuers", "Border Police") are not. A person set against a place reports
    two facts (who acted, which side acted), not two versions of one.
    """
    return len({_is_person(p.value, corpus) for p in d.positions}) == 1


def _is_person(actor: str, corpus: Corpus) -> bool:
    """Whether ``actor`` names a person (see :func:`_same_kind`)."""
    words = actor.split()
    if any(w.lower() in ORG_WORDS for w in words):
        return False
    if any(w.lower().rstrip(".") in ROLE_WORDS | _HONORIFICS for w in words[:-1]):
        return True
    titles = "|".join(sorted(ROLE_WORDS | _HONORIFICS, key=len, reverse=True))
    named = re.compile(rf"\b(?i:{titles})\.?\s+(?:[A-Z][\w'\u2019-]*\s+){{0,3}}{re.escape(words[-1])}\b")
    return any(named.search(s.text) for s in corpus.sentences if words[-1] in s.text)
