"""Word-level helpers shared by the stages: tokens, stems and stop words, names of months and days, and
the shape of a sentence (one that opens on a pronoun, a first-person statement, a quoted phrase echoed).
The numbers a sentence states are :mod:`generator.numeric`'s."""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache, wraps
from itertools import chain

STOPWORDS = frozenset("""
a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just let me more most my myself no nor
not now of off on once only or other our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves s t don shall may
might must mr mrs ms one two three also said says say told according including among amid amidst despite via
per upon within without however although though yet still even well much many new recent recently last next
further already since ago like just over would could should can will
""".split())
_TOKEN = re.compile(r"[a-z0-9]+(?:['\u2019-][a-z0-9]+)*")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix-stripping stem, good enough to match 'sanctions'/'sanctioned'/'sanction'."""
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("'", "")
    verb = False
    for suffix, repl, min_len in (("ies", "y", 4), ("ied", "y", 4), ("sses", "ss", 4), ("ness", "", 5),
                                  ("ments", "", 6), ("ment", "", 6), ("ings", "", 3), ("ing", "", 3),
                                  ("edly", "", 6), ("ed", "", 4), ("ly", "", 5), ("es", "", 5), ("s", "", 3)):
        if w.endswith(suffix) and len(w) - len(suffix) >= min_len - len(repl) and not w.endswith("ss"):
            w = w[: len(w) - len(suffix)] + repl
            verb = suffix in _VERB_ENDINGS
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]  # "planned" -> "plann" -> "plan"
    elif len(w) > 4 and w.endswith("e") and not _short(w[:-1]):
        w = w[:-1]  # "agree"/"agreed" meet at the same stem
    elif verb and _short(w):
        w += "e"  # "stated" -> "stat" -> "state", as "state"; "planes" stays apart from "plan"
    return w


_VOWELS = "aeiou"
_VERB_ENDINGS = ("ing", "ings", "ed", "edly")


def _short(w: str) -> bool:
    """A word of one syllable ending consonant-vowel-consonant ("stat", "plan", "min"): one whose
    final e (if it had one) belongs to it, so "plane" is not "plan" and "mining" is "mine", not "min"."""
    if len(w) < 3 or w[-1] in _VOWELS + "wxy" or w[-2] not in _VOWELS or w[-3] in _VOWELS:
        return False
    return sum(1 for k, c in enumerate(w) if c in _VOWELS and (k == 0 or w[k - 1] not in _VOWELS)) == 1


def words(text: str) -> list[str]:
    """Lowercase word tokens of ``text`` (hyphenated words and contractions kept whole), accents
    left off, so "\u00c9lys\u00e9e" is the "Elysee" another outlet writes."""
    text = text.lower().replace("\u2019", "'")
    if not text.isascii():
        text = unaccented(text)
    return _TOKEN.findall(text)


def unaccented(text: str) -> str:
    """``text`` with the accents of its Latin letters left off ("\u00e9" is "e", "\u00df" stays)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def unaccented_letters(text: str) -> str:
    """:func:`unaccented`, letter for letter ("P\u00e9rec" is "Perec"): each character gives one, so
    offsets in the result are those of ``text``."""
    return "".join(unicodedata.normalize("NFKD", ch)[:1] or ch for ch in text)


class Memo:
    """Word lists of texts already worked out, for one pipeline run.

    A function wrapped by :meth:`wrap` answers a text it has seen from the memo: classify, group and
    select work on the same sentences (and wire copies repeat them), and the pipeline adds the lists
    that worker processes or the cache worked out (:meth:`add`). The pipeline empties the memo after
    each run; past ``limit`` texts it stops remembering, so memory stays bounded.
    """

    def __init__(self, limit: int = 1_000_000) -> None:
        self.limit = limit
        self.known: dict[str, tuple[str, ...]] = {}

    def wrap(self, func: Callable[[str], list[str]]) -> Callable[[str], list[str]]:
        """``func``, remembering its answers (a fresh list each call, as ``func`` gives)."""

        @wraps(func)
        def remembered(text: str) -> list[str]:
            got = self.known.get(text)
            if got is None:
                got = tuple(func(text))
                if len(self.known) < self.limit:
                    self.known[text] = got
            return list(got)

        return remembered

    def add(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Remember ``(text, words joined by spaces)`` pairs (words never hold spaces), up to the limit."""
        known, intern = self.known, sys.intern
        for text, joined in pairs:
            if len(known) >= self.limit:
                break
            if text not in known:
                # Interned, so the many sentences sharing a word share one string.
                known[text] = tuple(map(intern, joined.split()))

    def clear(self) -> None:
        """Forget every text."""
        self.known.clear()


STEMS = Memo()
"""Known results of :func:`content_stems`."""


_CURRENCY = {"$": "dollars", "\u20ac": "euros", "\u00a3": "pounds", "\u00a5": "yen", "\u20b9": "rupees"}
SCALE = {"bn": "billion", "tn": "trillion", "m": "million", "mn": "million", "k": "thousand"}
"""Shorthand for a scale, by the word it stands for (a scale written out stands for itself)."""
_SHORTHAND = re.compile(
    r"(?P<sign>[$\u20ac\u00a3\u00a5\u20b9])\s?(?P<amount>\d[\d,.]*)"
    r"(?:\s?(?P<unit>bn|tn|mn|m|k|billion|trillion|million|thousand)\b)?"
    r"|(?P<number>\d[\d,.]*)\s?(?:(?P<big>bn|tn)\b|(?P<percent>%|per\s?cent\b))"
    r"|\bper\s?cent\b", re.IGNORECASE)
"""Money and shares written in symbols or shorthand ("$45bn", "\u00a360m", "2.5%", "5 per cent")."""


_MARKS = (*_CURRENCY, "%", "er cent")
"""Marks of which every shorthand :func:`spelled_out` rewrites holds one, but a bare "45bn" (_SCALED)."""
_SCALED = re.compile(r"\d\s?[bt]n\b")
"""A figure in billions or trillions without a currency sign ("45bn")."""


def _spelled(match: re.Match[str]) -> str:
    if match["sign"]:
        unit = (match["unit"] or "").lower()
        scale = f"{SCALE.get(unit, unit)} " if unit else ""
        return f" {match['amount']} {scale}{_CURRENCY[match['sign']]}"  # "US$3bn": "US 3 billion dollars"
    if match["number"]:
        return f"{match['number']} {SCALE[match['big'].lower()] if match['big'] else 'percent'}"
    return "percent"


def spelled_out(text: str) -> str:
    """``text`` with money and shares written in words ("$45bn" as "45 billion dollars", "2.5%" and
    "2.5 per cent" as "2.5 percent"), so that a topic's words ("billion", "dollars", "percent") match
    however an outlet writes them."""
    # Most sentences hold none: a quick look first ("tn" is common in words, as "partnership"). It
    # looks for the lower-case forms news writes ("$45bn", "5 per cent"), not "45BN" or "5 PER CENT".
    if any(mark in text for mark in _MARKS) or (("bn" in text or "tn" in text) and _SCALED.search(text)):
        return _SHORTHAND.sub(_spelled, text)
    return text


@STEMS.wrap
def content_stems(text: str) -> list[str]:
    """Stems of the words of ``text`` that carry meaning (stop words and one-letter words dropped),
    with money and shares spelled out (:func:`spelled_out`)."""
    out = []
    for w in words(spelled_out(text)):
        if w in STOPWORDS or len(w) < 2:
            continue
        out.append(stem(w))
        if "-" in w:  # "North-Korean" also matches "korean"
            out.extend(stem(p) for p in w.split("-") if p and p not in STOPWORDS and len(p) > 1)
    return out


unremembered_stems: Callable[[str], list[str]] = content_stems.__wrapped__  # type: ignore[attr-defined]
""":func:`content_stems` without remembering the text: for the analyses after a pipeline run, which
forgets the words it remembered (:data:`STEMS`) when it ends."""


def idf_table(stem_sets: Sequence[Sequence[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of each stem over ``stem_sets`` (one set per sentence)."""
    df = Counter(chain.from_iterable(stem_sets))
    n = len(stem_sets)
    return {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}


_SPECIFIC = re.compile(r"(?<=[^.!?\s\"\u201c]\s)[A-Z][\w'\u2019-]*|\b\d[\d,.]*\b|[\"\u201c][^\"\u201d]{3,}[\"\u201d]")


def specificity(text: str) -> float:
    """0..1: how concrete a sentence is, by the names, numbers and quoted words it holds.

    News facts name who, where and how much; commentary ("this underscores the importance of ...")
    names little. Capitalised words that open the sentence are not counted.
    """
    return min(1.0, len(_SPECIFIC.findall(text)) / SPECIFIC_ENOUGH)


SPECIFIC_ENOUGH = 4


_DANGLING = frozenset("he she it they him them his her its their hers theirs and but or nor yet".split())
# Not "so": "So far, 40 people have died" stands on its own.
_FIRST_WORD = re.compile(r"[\W_]*([A-Za-z]+)")


_CARRIES_ON = re.compile(r"[\W_]*(?:(?:in (?:response|return|turn)|as a result|such)\b"
                         r"|(?:in addition|conversely|however|moreover|furthermore|additionally|likewise|similarly"
                         r"|nevertheless|nonetheless|instead|therefore|thus|consequently|hence|still|besides|even so"
                         r"|by contrast|on the other hand),)", re.IGNORECASE)
"""An opening that answers or follows from the sentence before ("In response, ...", "Such talks ...",
"Conversely, Russia is short of shells."). A connective counts with its comma: "In addition to the talks,
the leaders will meet alone" and "Still missing are three workers" stand on their own. Ranking these
lower (see :func:`generator.select.rank`) reordered four of the fifteen labelled corpora's pages and
left every figure as it was."""


_SPOKEN_BY_PRONOUN = re.compile(
    r"[\"\u201c][^\"\u201c\u201d]{3,}[\"\u201d]\s*,?\s*(?:he|she|they|it)\s+(?:\w+ly\s+|also\s+|later\s+)?"
    r"(?:said|says|told|tells|added|adds|wrote|writes|posted|insisted|insists|declared|declares|warned|warns|"
    r"argued|argues|stressed|stresses|explained|explains|replied|replies)\b", re.IGNORECASE)
"""A quotation opening a sentence, then who spoke as a pronoun ('"We never wanted to shock anyone," he told
French television', '"We welcome ...," it says' of a declaration): quoted alone, it does not say who spoke."""
_PHRASE_THEN_PRONOUN = re.compile(
    r"\W*\w+(?:\s+[^\sA-Z,;:\"\u201c\u201d][^\s,;:\"\u201c\u201d]*){1,9},\s+(?i:he|she|they)\s")
"""An opening phrase naming no one, then a personal pronoun as the subject ("At a later news conference, he
slipped up again"; not "As Modi arrived at the White House, he was ...")."""


def dangling(text: str) -> bool:
    """Whether a sentence opens on a personal pronoun ("He said ...", "At a later news conference, he ...")
    whose referent is in another sentence, so that quoted alone it does not say who, or on a conjunction or
    phrase that carries on from the sentence before ("But he is going to spend a lot of time in a cell.", "In
    response, India summoned the ambassador.", "Such joint work is important")."""
    first = _FIRST_WORD.match(text)
    return (bool(first) and first.group(1).lower() in _DANGLING or _CARRIES_ON.match(text) is not None
            or _PHRASE_THEN_PRONOUN.match(text) is not None)


_POINTS_BACK = re.compile(
    r"[^\w\"'\u201c\u2018]*(?:this|that|these|those)\b(?:['\u2019]s\b)?(?!\s+(?:year|week|month|morning|afternoon|"
    r"evening|night|day|weekend|summer|winter|spring|autumn|fall|time|season|decade|century)s?\b|\s+who\b)(?=\s+\w)",
    re.IGNORECASE)
"""A sentence opening on a demonstrative ("That choice of host signalled ...", "This presents a risk"), save one
for a time ("This year marks ...") and "those who", and not inside a quotation ('"This is historic," Kim said')."""


def points_back(text: str) -> bool:
    """Whether a sentence opens on what the sentence before it said ("That choice of host signalled ...",
    "These deals follow ...", "This presents a risk for Putin"): quoted alone, it does not say what it
    speaks of. A demonstrative of time ("This year marks the 60th anniversary") says it."""
    return _POINTS_BACK.match(text) is not None


def speaker_unnamed(text: str) -> bool:
    """Whether a sentence opens on a quotation that a pronoun speaks ('"We never wanted to shock anyone,"
    he told French television'): quoted alone, it does not say who spoke."""
    return _SPOKEN_BY_PRONOUN.match(text.lstrip()) is not None


_FIRST_PERSON = re.compile(r"(?<![\w'\u2019-])(?:(?<!War )(?<!Phase )(?<!Type )I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur)"
                           r"(?![\w'\u2019-])")
"""A word of the first person; not the numeral of "World War I" or "Phase I"."""
_QUOTE_MARKS = re.compile("[\"\u201c\u201d]")
"""A double quotation mark, straight or curly: a sentence holding one quotes someone."""
_SPEECH_VERB = r"(?:said|says|wrote|writes|told|tells|added|adds|posted|posts)"
"""Verbs that close a statement with who made it ("..., Jane Roe wrote")."""
_REPORTED = re.compile(rf"\b(?:{_SPEECH_VERB}|reported|according to)\b")


def quotes_someone(text: str) -> bool:
    """Whether a text holds a double quotation mark, straight or curly (:data:`_QUOTE_MARKS`)."""
    return _QUOTE_MARKS.search(text) is not None


def reports_speech(text: str) -> bool:
    """Whether a sentence reports what someone said: a verb of saying, "according to", or a quotation mark."""
    return _REPORTED.search(text) is not None or quotes_someone(text)


_NAMED_SPEAKER = re.compile(
    rf",\s+(?:(?:[A-Z][\w'\u2019-]*\s+){{1,4}}{_SPEECH_VERB}|{_SPEECH_VERB}(?:\s+[A-Z][\w'\u2019-]*){{1,4}})\b"
    r"[^,;\"\u201c\u201d]*$")
"""A sentence ending on who spoke, by name: "..., Zelenskyy said on X." or "..., said Jane Roe"."""


def speaks_unquoted(text: str) -> bool:
    """Whether a sentence speaks in the first person with no quotation mark ("Today in Kyiv, Prime Minister
    Narendra Modi and I honoured ..."): a statement whose quotation marks the page lost (an embedded post),
    whose speaker a sentence after it names, unless it names them itself (:func:`names_speaker`)."""
    return not quotes_someone(text) and _FIRST_PERSON.search(text) is not None \
        and not names_speaker(text)


def names_speaker(text: str) -> bool:
    """Whether a sentence ends on its speaker's name and a verb of speech ("We must make this possible,
    Zelenskyy said on X.")."""
    return _NAMED_SPEAKER.search(text.rstrip()) is not None


_ONGOING = re.compile(r"\b(?:still|so far|as yet|not yet|yet to|to date|currently|at present|remains?|remained"
                      r"|ongoing)\b", re.IGNORECASE)


def ongoing(text: str) -> bool:
    """Whether a sentence states how things stand when it was written ("three workers are still
    missing", "the gap remains wide", "no one has so far claimed responsibility"): a later article may
    tell otherwise. Not an intent ("will continue to promote talks")."""
    return _ONGOING.search(text) is not None


MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_ABBREVIATIONS = [("Sept?" if m == "september" else m[:3].capitalize()) for m in MONTHS if m != "may"]
"""The months' abbreviations as patterns ("Aug", "Sept?": "Sep" and "Sept"); "May" is its own name."""
MONTH_NAME = "(?:" + "|".join([m.capitalize() for m in MONTHS] + [rf"{a}\.?" for a in MONTH_ABBREVIATIONS]) + ")"
"""A month's name or abbreviation as a regular expression ("September", "Sept.", "Jan")."""


_QUOTATION = re.compile(r"[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]")
ECHO_WORDS = 2
"""Words a quoted phrase needs for its echo to count (one quoted word is often a label: "followers")."""


def echoes_quotation(a: str, b: str) -> bool:
    """Whether one sentence quotes words ("our fight against illegal fishing", of :data:`ECHO_WORDS`
    or more) that the other holds: a paraphrase that borrows the wording of the full quotation beside
    it ("the minister thanked Ghana for backing “our fight against illegal fishing”" and
    "“We value that Ghana supports our fight against illegal fishing,” he wrote")."""
    for mine, theirs in ((a, b), (b, a)):
        held = " ".join(words(theirs))
        for quoted in _QUOTATION.findall(mine):
            phrase = words(quoted)
            if len(phrase) >= ECHO_WORDS and f" {' '.join(phrase)} " in f" {held} ":
                return True
    return False


def number_of(n: int, noun: str) -> str:
    """``n`` and ``noun``, plural unless ``n`` is 1 ("1 article", "3 quotes")."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
