"""Stage 2, segment: split each article's readable text into sentences with exact character spans.

The splitter works on blocks (paragraphs, list items, heading lines) and then on sentence ends
inside a block. It knows common abbreviations and initials, quotation marks around sentences,
ellipses, bullets, Markdown headings, and lines wrapped inside a paragraph. Offsets always point
into the unchanged text: the segmenter never edits a character, it only chooses where spans begin
and end. Each segment is given a :class:`~generator.records.Kind` so later stages quote only
sentences that stand on their own.
"""

from __future__ import annotations

import dataclasses
import html
import itertools
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from generator.records import Article, Kind, Sentence
from generator.textutil import MONTH_NAME, MONTHS, WEEKDAYS, words

_TITLES = frozenset("""
mr mrs ms dr prof gen col lt maj sgt capt cmdr adm gov sen sens rep reps pres rev hon amb brig det supt insp
asst addl dy cllr smt shri
""".split())
"""Titles: a line ending on one goes on with the name in the next line, whatever its layout ("... led
by Mr." / "Khan, who ...", a "<br>" in a page)."""
ABBREVIATIONS = _TITLES | frozenset("""
st jr sr govt sec rs
inc corp ltd co bros llc plc pvt dept univ assn est approx vs etc al fig no nos vol pp
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
u.s u.k u.n e.u u.s.a a.m p.m i.e e.g d.c n.y l.a mt ft
""".split())
_NUMBERING = frozenset("no nos vol fig pp".split())
"""Abbreviations that number something ("No. 1", "pp. 12"): before anything but a figure, they are the
word that ends a sentence ("the committee voted no. The bill died", "“No.” He left")."""
_WORDS_TOO = frozenset("sun sat wed mar dec est rev gen sen col hon amb co pres det sec".split())
"""Abbreviations that are words too: written in lower case and before anything but a figure, the word
("they sat. Then", "under the sun. The"), as against "Sat. 5 June" or "est. 1990"."""
_FIGURE_NEXT = re.compile(r"\s+\d")
_MAY_END = frozenset("inc corp ltd co bros llc plc jr sr etc al st".split())
"""Abbreviations that may close a sentence ("... signed with Tata Projects Ltd. The firm ..."): as after
"U.S.", one has ended when a typical sentence opener follows (_STARTERS). Titles ("Mr.") never end one."""
_CLOCK = frozenset({"a.m", "p.m"})
_CLOCK_GOES_ON = re.compile(r"\s+(?:[a-z0-9]|[A-Z]{2,4}\b|[A-Z]\w*\s+time\b|(?i:" + "|".join(
    d for d in WEEKDAYS + MONTHS) + r")\b|(?:Eastern|Pacific|Central|Mountain|Greenwich|local)\b)")
"""What goes on after "a.m." or "p.m." in the same sentence: a lower-case word or a figure, a time zone
("9 a.m. ET", "9 a.m. Moscow time", "9 a.m. Eastern"), a day or a month ("9 a.m. Monday"). Any other
capitalised word opens a new sentence ("about 9 a.m. Police sealed off the street")."""
# After an acronym with dots ("U.S.") a sentence usually goes on; these words show it ended.
_STARTERS = frozenset("the a an he she it they we i in on at but and this that these those there his her its their "
                      "however meanwhile after before when while as for if so yet".split())
_CLOSERS = "\"'\u201d\u2019)]*_"
"""What may close a sentence after its punctuation: quotes, brackets, Markdown emphasis ("**The
verdict.** Jurors deliberated ...")."""
_END = re.compile(rf"""(?:[.!?]+|\u2026|\.\.\.)(?:[{re.escape(_CLOSERS)}]+)?(?=\s+|\Z)""")
_TERMINALS = ".!?\u2026:;"
_TERMINAL = re.compile(rf"[{re.escape(_TERMINALS)}][{re.escape(_CLOSERS)}]*$")
"""A text's end with sentence punctuation (a colon or semicolon too), perhaps inside closers: what
:func:`ends_sentence` finds without trying every position."""
_NEXT_START = re.compile(r"""\s+(?=["'\u201c\u2018(\[]?(?:[A-Z0-9\u00c0-\u024f]|[a-z]+[A-Z]))""")
_DASH_GOES_ON = re.compile(r"[ \t]*[\u2013\u2014][ \t]+[a-z]")
"""A line opening on a dash and a lower-case word: in a hard-wrapped text, a sentence going on."""
_BULLET = re.compile(r"^[ \t]*(?:[-*+\u2022\u2013\u2014\u25aa\u25cf]|\d{1,3}[.)])[ \t]+")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+")
_RULE = re.compile(r"[ \t]{0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$")
"""A Markdown rule or setext underline: a line of three or more of one of - * _ =, perhaps spaced."""
_QUOTE_MARK = re.compile(r"^[ \t]{0,3}>[ \t]?")
_AGENCIES = "PTI|IANS|ANI|UNI|AFP|AP|AAP|DPA|EFE|ANSA|TASS|KCNA|WAM|SPA|IRNA|APP|BSS|PNA|KUNA|MENA|QNA|NAN|UPI|CNN|AA"
"""News agencies a dateline names in brackets without a dash after them."""
# A place and date before a news agency need no dash ("New Delhi, Mar 3 (PTI) The court ..."),
# nor a place and country before a long dash ("Islamabad, Pakistan — Pakistan's prime minister ...").
# A dateline opening a paragraph: a place in capitals ("SEOUL", "NEW DELHI", "BEIJING/TOKYO"), perhaps a
# country or date ("KATMANDU, Nepal", "SEOUL, South Korea", "SEOUL, June 19") and an agency ("(Reuters)"),
# then a dash, "//" or, after capitals alone, a colon; or an agency in brackets, after a place or not
# ("(CNN) -", "Pyongyang (AFP) -"). Used with ``match(text, pos)``, which anchors it at ``pos``.
# A date in the same place ("Tuesday, September 12, 2023 -", "12 September 2023 -") is one too, and so is a
# place with a date, before a dash or a colon ("Shillong, September 13:").
_DATELINE = re.compile(
    r"""(?:[A-Z][A-Z .'\u2019/-]{2,40}(?:(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?(?:\s+\d{1,2})?)?\s*"""
    r"""(?:\([A-Za-z .&]+\))?\s*(?:[-\u2013\u2014]+|//)|:)"""
    r"""|(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s*)?\([A-Z][A-Za-z .&]{1,20}\)\s*(?:[-\u2013\u2014]+|//)"""
    rf"""|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}(?:,\s*(?:{MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_NAME}))?\s*\((?:{_AGENCIES})\)"""
    r"""|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[\u2013\u2014]"""
    rf"""|(?:[A-Z][a-z]+day,?\s+)?(?:{MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_NAME}),?\s+\d{{4}}\s*(?:[-\u2013\u2014]+|//)"""
    rf"""|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}},\s+(?:{MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_NAME})(?:,?\s+\d{{4}})?"""
    r"""\s*(?:[-\u2013\u2014]+|//|:))"""
    r"""\s+(?=["\u201c]?[A-Z0-9])""")
_BYLINE = re.compile(
    # a name, perhaps with others and an outlet, and nothing else ("By Jane Doe and John Roe, Reuters"), not
    # a sentence opening on "By" ("By Monday, the toll had risen", "By contrast, exports fell")
    r"^\(?(?i:by)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4}"
    r"(?:\s*(?:,|\||/|&|(?i:and|in|for))\s*[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*)*)*[.)]?$"
    r"|^\(?(?i:written by|reporting by|writing by|editing by|edited by|compiled by|produced by)\b"
    # a time stamp ("Updated: 3:45 PM", "Published on June 19"), not "Updated figures show"
    rf"|^(?i:(?:last )?(?:updated|published|posted)(?:\s*:|\s+(?:on\s+|at\s+)?(?:\d|{'|'.join(WEEKDAYS + MONTHS)})))"
    # a label ("Photo: Reuters", "Image caption,", "Sources: AP"), not "Photo evidence shows", "Sources said"
    r"|^(?i:(?:file )?(?:photo|image|picture)s?(?: caption| source| credit)?\s*[:,|]|sources?\s*:)"
    # a pointer to a video or gallery ("Watch: ...", "WATCH | ...", "In pictures - ...")
    r"|^(?i:watch|video|listen|gallery|in pictures)\s*(?::|\||\s[\u2013\u2014-]\s)"
    r"|^(?i:editor[\'\u2019]?s note|correction|clarification|update)\s*:")
# Matched against the lower-cased text: an IGNORECASE search of this alternation is several times slower.
_BOILERPLATE = re.compile(
    # Phrases that news sentences use too ("said on Telegram", "market share on", "subscribe to the view",
    # "copyright infringement", "become a member of NATO", "read more than", "follow US sanctions") only at a
    # line's start or in the shape furniture gives them.
    r"related (?:news|articles|stories|posts)|^related\s*:|^\W*(?:read (?:more|also|next)|also read|see also)\b|"
    r"(?:read (?:more|also|next)|also read|see also)\s*[:|]|join (?:our\b|us (?:on|at|for|in)\b)|"
    r"our (?:whatsapp|telegram)|^\W*(?:join|follow|subscribe to)\b.{0,40}\b(?:whatsapp|telegram)|follow us (?:on|at|for)\b|"
    r"^\W*(?:subscribe|sign up)\b|(?:subscribe|sign up) (?:now|today|here|for free|(?:for|to) (?:our|the \S+ newsletter))|"
    r"(?:you're|you are) (?:currently )?a (?:free |paid )?subscriber|(?:our|free) (?:[\w'\u2019-]+ ){0,4}newsletter|"
    r"^\W*share (?:this|on)\b|click here|all rights reserved|^\W*copyright\b|copyright (?:\(c\)|\d{4})|\u00a9|"
    r"^\W*advertisement\W*$|continues? (?:below|after) (?:this |the )?(?:advertisement|ad)\b|"
    r"cookies? (?:policy|settings|preferences)|(?:we|site|website) uses? cookies|"
    r"^\W*(?:terms of (?:use|service)|privacy policy)|(?:our|see|read) (?:terms of (?:use|service)|privacy policy)|"
    r"download (?:the|our)\b.{0,40}\bapp\b|"
    r"recommended for you|^\W*most (?:read|popular)\W*$|catch all the|trending now|you may also like|comments? \(\d+\)|"
    r"contributed (?:to this report|reporting)|additional reporting by|leave a (?:reply|comment)|"
    r"email address will not be published|required fields are marked|thanks (?:its|our) sponsors|"
    r"become a (?:subscriber|sponsor)|^\W*become a member|by becoming a member|support (?:our|independent|local) journalism|"
    r"(?:relies|rely|depends?) on (?:readers|supporters) like you|consider (?:making )?a (?:contribution|donation)|"
    # notes on the article itself: where it first ran, whose views it holds, when it was changed
    r"originally (?:published|appeared)|views expressed (?:in|here|are)|a version of this (?:article|story) appear|"
    r"this (?:article|story|piece|post) (?:was )?(?:first |originally )?(?:published|appeared|republished) (?:on|in|at|by|with)\b|"
    r"this is a (?:developing|breaking)(?: news)? (?:story|update)|this story is developing|check back (?:for|later)|"
    r"solely responsible for all content|merely an (?:allegation|accusation)|trust principles|^disclaimer\b|^disclosure(?: statement)?:|"
    r"(?:declares?|has|have) no (?:conflicts? of interest|competing interests?)|"
    r"this (?:story|article|report|post|page) (?:has been|was|is) (?:updated|corrected|amended|auto-generated)|"
    r"(?:^|min read )last updated|syndicated feed|live blog|breaking news alerts|listen to this (?:article|story)|"
    r"appeared first on|may not be (?:published|reproduced)|licensing rights|opens (?:in )?(?:a )?new (?:tab|window)|"
    r"^\W*contact us\b|contact us (?:at|on|via|by)\b|news tip|thank(?:s| you) for reading|bringing you|independent global news organi[sz]ation|"
    r"enable javascript|javascript is (?:disabled|required)|browser does(?: not|n't) support|"
    r"[\w.+-]+@[\w-]+\.[a-z]{2,}|"  # an e-mail address: a contact line
    # the article announcing itself: "Here are the key takeaways from ...", "Here's what we know" (not
    # when the fact follows a colon: "Here is what happened: the ship lost power ...")
    r"^(?![^:]*:\s*\w)here(?:'s|\u2019s| is| are)\b.{0,60}?\b(?:takeaways|what (?:we|you) (?:know|need to know)|what to know|"
    r"things to know|key points|what happened)\b",
)
_TO_THE_READER = re.compile(
    r"""(?:get|watch|download|visit|read|click|tap|subscribe|sign up|listen|e-?mail|share|check out|find out|"""
    r"""save|add|upgrade|follow|become|consider|"""
    r"""learn more|stay (?:tuned|informed|up to date)|don't miss|want more)(?![\w-])"""
    r"""(?=.*(?:\b(?:our|(?-i:us)|you|your)\b|latest (?:news|updates|headlines)\b|\b(?:video|article|story|link|blog|page) (?:above|below)\b|\bhere[.:!]?$))""",
    re.IGNORECASE)
"""A line that opens by telling the reader what to do next and points to the outlet or the page ("Get
the latest news delivered to your inbox", "Watch the video above", "Visit our live blog"): news
sentences report what someone did, they do not address the reader."""
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_LAST_WORD = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)$")
_NEXT_WORD = re.compile(r"\s+[\"'\u201c\u2018]?([A-Za-z]+)")
_WORD = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")
MIN_WORDS = 6
MAX_CHARS = 1200
"""Longer runs without a sentence end are cut into fragments (a line of megabytes stays linear)."""
QUOTATION_REACH = 400
"""How far on a quotation must close to keep the sentences it holds together (see _Quotation)."""
_LOOKBACK = 80
_QUOTE_CLOSERS = "\"'\u201d\u2019"
_SPEAKER_NEXT = re.compile(r"\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:said|says|asked|asks|told|tells|added|adds|replied|"
                           r"wrote|writes|tweeted|posted|insisted|declared|shouted|exclaimed|recalled|explained|"
                           r"continued|noted|wondered|demanded|pressed|cried|quipped|joked|warned)\b")
"""A speaker named after a quoted question or exclamation, and the verb of saying ("Why now?" Johnson
asked; "Never!" the Prime Minister said)."""


def _lines(body: str) -> Iterator[tuple[int, int]]:
    """Spans of the lines of ``body`` (without their newline)."""
    start = 0
    for m in re.finditer(r"\n", body):
        yield start, m.start()
        start = m.end()
    yield start, len(body)


WRAP_MAX = 120
"""Widest line of a text hard-wrapped at a fixed width (e-mail, wire copy, a page saved as text:
usually 70 to 80 characters)."""
WRAPPED = 0.5
"""Share of the lines running on into another that come near (3/4 of) the widest for a text to be
hard-wrapped."""
WRAP_SLACK = 1
"""Characters a full line may fall short of the width by (a wrapper may count the space it breaks at)."""


class Wrap(NamedTuple):
    """The width a text was hard-wrapped at, in characters and in UTF-8 bytes (some wrappers count
    bytes: a line with curly quotes or accents then holds fewer characters)."""

    chars: int
    bytes: int

    def full(self, line: str, word: str) -> bool:
        """Whether ``word`` would not have fitted at the end of ``line``: the line was wrapped there."""
        return (len(line) + 1 + len(word) > self.chars - WRAP_SLACK
                or len(line.encode()) + 1 + len(word.encode()) > self.bytes - WRAP_SLACK)


def wrap_width(body: str) -> Wrap | None:
    """The width ``body`` was hard-wrapped at: its widest line, when that is at most WRAP_MAX and at
    least half the lines that run on into another come near it (a paragraph's lines but its last are
    full); None for text not wrapped so (a paragraph per line, say)."""
    widest = 0
    running_on: list[int] = []
    before = 0
    for ls, le in _lines(body):
        width = len(body[ls:le].rstrip())
        if width and before:
            running_on.append(before)
        widest = max(widest, width)
        before = width
    if len(running_on) < 3 or widest > WRAP_MAX:
        return None
    if sum(1 for w in running_on if w >= 0.75 * widest) < WRAPPED * len(running_on):
        return None
    return Wrap(widest, max(len(body[ls:le].rstrip().encode()) for ls, le in _lines(body)))


@dataclasses.dataclass(slots=True)
class _Open:
    """The block :func:`blocks` is reading: its span so far, and what it is."""

    start: int
    end: int
    heading: bool
    paragraph: int
    item: bool
    """It opened on a list's marker ("- ", "1. "): an indented line under it goes on in it."""

    def block(self) -> tuple[int, int, bool, int]:
        """What :func:`blocks` yields for it."""
        return self.start, self.end, self.heading, self.paragraph


def blocks(body: str, apart: Callable[[int, int], bool] | None = None) -> Iterator[tuple[int, int, bool, int]]:
    """Yield ``(start, end, is_heading, paragraph)`` for each block of ``body``.

    A block is a paragraph, a list item or a heading line. Lines are joined when a line breaks
    inside a sentence (it ends without sentence punctuation and the next line goes on in lower
    case, or the line ends on a word no sentence ends on, :func:`_goes_on`); a short line without
    sentence punctuation followed by a new capitalised line is a heading or title. The same holds
    across a blank line: pages saved from the web sometimes cut a sentence in two paragraphs
    ("... an official said" / "Trump was ...", "... an opportunity to refill" / "ammunition stores ...").
    In a hard-wrapped text (:func:`wrap_width`), a line also goes on in the next when the next one's
    first word would not have fitted on it ("... and NATO Secretary" / "General Jens Stoltenberg ...").
    A line indented under a list item goes on in the item, as in Markdown ("- The first summit with
    President Ferdinand Marcos" / "  Jr. tied Japan ...").
    Never where ``apart(end, start)`` says the source holds text between two lines that the body left
    out (:func:`source_gap`): a span over both would show it.
    """
    width = wrap_width(body)
    previous = ""  # the line before, right-stripped
    paragraph = 0
    cur: _Open | None = None
    prev_blank = True
    for ls, le in _lines(body):
        line = body[ls:le]
        stripped = line.strip()
        rule = bool(stripped) and _RULE.match(line) is not None
        if not stripped or rule:
            # A paragraph that stops without sentence punctuation may go on in the next (see joins); a
            # rule ("---", "***") parts what is around it, and one right under a line (a setext
            # underline, "====") makes that line a heading.
            if cur is not None and (rule or cur.heading or ends_sentence(_tail(body, cur.start, cur.end))
                                    or _attributed_title(body[cur.start:cur.end], width is not None)):
                if rule and not prev_blank and "\n" not in body[cur.start:cur.end]:
                    cur.heading = True
                yield cur.block()
                cur = None
            if not prev_blank:
                paragraph += 1
            prev_blank = True
            previous = ""
            continue
        content_start = ls + (len(line) - len(line.lstrip()))
        md_heading = _MD_HEADING.match(line)
        marker = md_heading or _BULLET.match(line) or _QUOTE_MARK.match(line)
        # In a hard-wrapped text, a full line (the next one's first word would not have fitted on it)
        # was wrapped, even after a full stop: "... met Mr." / "Putin in 2019", "... Virginia;" / "...";
        # and a dash with a lower-case word after it there goes on in mid-sentence ("... never met
        # previously" / "\u2014 or even spoken ..."): it is no list item.
        wrapped = width is not None and width.full(previous, stripped.split(None, 1)[0])
        if marker and wrapped and _DASH_GOES_ON.match(line):
            marker = None
        if marker:
            content_start = ls + marker.end()
        tail = _tail(body, cur.start, cur.end) if cur is not None else ""
        joins = (
            cur is not None
            and not marker
            and not cur.heading
            and (wrapped or _before_name(tail) or cur.item and line[:1] in " \t" or not ends_sentence(tail) and (
                stripped[0].islower() or tail.endswith((",", "-", "\u2013", "\u2014")) or _goes_on(tail)))
            and not (apart is not None and apart(cur.end, content_start))
        )
        if joins:
            assert cur is not None
            cur.end = le
        else:
            if cur is not None:
                yield cur.block()
                if not prev_blank:
                    paragraph += 1
            cur = _Open(content_start, le, md_heading is not None, paragraph, marker is not None and marker.re is _BULLET)
        prev_blank = False
        previous = line.rstrip()
    if cur is not None:
        yield cur.block()


TITLE_WORDS = 20
"""Most words of a line read as a headline that ends on its source ("..., Nato chief says")."""
_ATTRIBUTIONS = frozenset({"said", "says"})
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s")


def _attributed_title(text: str, hard_wrapped: bool = False) -> bool:
    """Whether a block's ``text``, before a blank line, is a headline closing on its source ("Putin has asked
    for arms, Nato chief says"): one short line (or a few, in a ``hard_wrapped`` text), no sentence end in it,
    its last word said or says. The paragraph after it starts afresh, though a paragraph cut after
    "said" in longer text goes on."""
    return (("\n" not in text or hard_wrapped) and (last_word(text, len(text.rstrip())) or "").lower() in _ATTRIBUTIONS
            and _count_words(text, TITLE_WORDS + 1) <= TITLE_WORDS and not _SENTENCE_END.search(text))


# Words a sentence cannot stop on, nor a headline usually: a line ending on one was wrapped, even
# when the next line opens on a name ("... met in the\nWhite House", "... an official said\nTrump ...").
_GOES_ON = frozenset("""
a an the of to in on at by for from with into onto about between and or but nor that which who whose whom
is are was were be been has have had will would shall should can could may might must said says told
""".split())


def _goes_on(tail: str) -> bool:
    """Whether a line ending in ``tail`` breaks off mid-sentence (see _GOES_ON)."""
    return tail[-1:].isalpha() and (last_word(tail, len(tail)) or "").lower() in _GOES_ON


def _before_name(tail: str) -> bool:
    """Whether a line ending in ``tail`` ends on a capitalised title and its full stop (_TITLES)."""
    word = last_word(tail, len(tail) - 1) if tail.endswith(".") else None
    return word is not None and word[0].isupper() and word.lower() in _TITLES


def _tail(body: str, start: int, end: int) -> str:
    """The end of ``body[start:end]``, right-stripped: what joining lines looks at, in bounded time."""
    return body[max(start, end - _LOOKBACK):end].rstrip()


def _is_letter(c: str) -> bool:
    """Whether ``c`` is what ``[^\\W\\d_]`` matches in a regular expression (a letter, in effect)."""
    return c.isalnum() and not c.isdecimal()


def last_word(text: str, dot: int) -> str | None:
    """The word (letters, or dotted letters as in "U.S") ending just before ``dot``, looking back at
    most _LOOKBACK characters; the same as ``_LAST_WORD.search(text, dot - _LOOKBACK, dot)``.

    Scanning back from ``dot`` finds it without trying each start position of the look-back window.
    """
    lo = max(0, dot - _LOOKBACK)
    end = dot - 1 if dot > lo and text[dot - 1] == "\n" else dot  # "$" also matches before a final newline
    start = end
    while start > lo and _is_letter(text[start - 1]):
        start -= 1
    if start == end:
        return None
    # Earlier dotted parts: a '.' with at least one letter before it, inside the window.
    while start - 2 >= lo and text[start - 1] == "." and _is_letter(text[start - 2]):
        start -= 1
        while start > lo and _is_letter(text[start - 1]):
            start -= 1
    return text[start:end]


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the '.' at ``dot`` closes an abbreviation or an initial rather than a sentence."""
    # Only the last word matters; a bounded look back keeps a line of many dots linear.
    word = last_word(text, dot)
    if word is None:
        return False
    if len(word) == 1 and word.isupper():
        return not _starter_next(text, dot)  # an initial ("John F. Kennedy"), unless it ends a sentence ("Plan B. The")
    initials = "." in word and all(len(part) == 1 for part in word.split("."))  # "L.C. Goyal", "U.S."
    lower = word.lower()
    if not initials and lower not in ABBREVIATIONS:
        return False
    if lower in _NUMBERING or (lower in _WORDS_TOO and word.islower()):
        return _FIGURE_NEXT.match(text, dot + 1) is not None
    if lower in _CLOCK:
        return _CLOCK_GOES_ON.match(text, dot + 1) is not None
    if "." in word or lower in _MAY_END:  # "U.S.", "Ltd." end a sentence only before a typical opener
        return not _starter_next(text, dot)
    return True


def _starter_next(text: str, dot: int) -> bool:
    """Whether the word after the '.' at ``dot`` typically opens a sentence (_STARTERS)."""
    nxt = _NEXT_WORD.match(text, dot + 1)
    return bool(nxt and nxt.group(1).lower() in _STARTERS)


_OPEN_SINGLE = re.compile(r"(?<![^\s(\[\u201c\u2014\"])[\u2018'](?=[^\W\d_])")
"""A single quotation mark opening a quotation: at a word's start, before a letter (not "'90s")."""
_SINGLE_MARK = re.compile(r"[\u2018\u2019']")
_CLOSE_SINGLE = re.compile(r"(?<=\S)[\u2019'](?![^\W_])")
"""A single quotation mark closing one: after a word or punctuation, not before a letter (not the
apostrophe of "Biden's"; a plural's, "the players' union", counts, but only ever closes)."""


class _Quotation:
    """Whether a sentence end falls inside a quotation of a block that closes later in the block.

    “We were left in the cold. Why are they so slow?” said a resident: split at the first full
    stop, the first half would be a quote with no speaker and the second would open mid-quotation.
    Curly double marks are counted as opening and closing; straight double quotes by their parity;
    single marks (British style: ‘We will fight. We will win,’ he said) where they open or close a
    quotation rather than stand for an apostrophe (_OPEN_SINGLE, _CLOSE_SINGLE). A quotation that
    does not close within QUOTATION_REACH characters (one running on to the next paragraph, or a
    stray mark) does not hold the sentences together. Counts run forward from the last end, so a
    block is read about once.
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.end = end
        self.at = start
        self.depth = 0
        self.straight = 0
        self.single = 0

    def open_at(self, begin: int, pos: int) -> bool:
        """Whether a quotation opened since ``begin`` (a sentence start) is still open at ``pos``."""
        if begin > self.at:
            self.at, self.depth, self.straight, self.single = begin, 0, 0, 0
        piece = self.text[self.at:pos]
        self.depth = max(0, self.depth + piece.count("\u201c") - piece.count("\u201d"))
        self.straight += piece.count('"')
        for mark in _SINGLE_MARK.finditer(piece):  # in order: "‘no’ twice. ‘Yes.’" closes, then opens
            if _OPEN_SINGLE.match(self.text, self.at + mark.start()):
                self.single += 1
            elif self.single and _CLOSE_SINGLE.match(self.text, self.at + mark.start()):
                self.single -= 1
        self.at = pos
        reach = min(self.end, pos + QUOTATION_REACH)
        return ((self.depth > 0 and self.text.find("\u201d", pos, reach) >= 0)
                or (self.straight % 2 == 1 and self.text.find('"', pos, reach) >= 0)
                or (self.single > 0 and _CLOSE_SINGLE.search(self.text, pos, reach) is not None))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (white space trimmed; offsets into ``text``)."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    quotes = _Quotation(text, start, end)
    for m in _END.finditer(text, start, end):
        mark = text[m.start():m.end()]
        if mark.startswith(".") and not mark.startswith("..") and _is_abbreviation(text, m.start()):
            continue
        nxt = _NEXT_START.match(text, m.end(), end)
        if m.end() < end and not nxt:
            continue  # the sentence goes on in lower case ("... he said.") or after punctuation
        if quotes.open_at(cursor, m.end()):
            continue  # inside a quotation that closes further on: the speaker comes after it
        if mark[-1] in _QUOTE_CLOSERS and ("?" in mark or "!" in mark) and _SPEAKER_NEXT.match(text, m.end(), end):
            continue  # "Why now?" Johnson asked reporters: the question and its speaker are one sentence
        spans.append((cursor, m.end()))
        cursor = nxt.end() if nxt else m.end()
    if cursor < end:
        spans.append((cursor, end))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e - s > MAX_CHARS:
            out.extend(_cut(text, s, e))
        elif e > s:
            out.append((s, e))
    return out


def _cut(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    """Cut an over-long run into pieces of at most MAX_CHARS, at white space where possible."""
    while e - s > MAX_CHARS:
        space = text.rfind(" ", s + MAX_CHARS // 2, s + MAX_CHARS)
        cut = space if space > s else s + MAX_CHARS
        yield s, cut
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        yield s, e


def ends_sentence(text: str) -> bool:
    """Whether ``text`` (right-stripped) ends with sentence punctuation, perhaps inside closing quotes,
    brackets or emphasis: the same as ``_TERMINAL.search(text)``, without trying every position."""
    core = text.rstrip(_CLOSERS)
    return bool(core) and core[-1] in _TERMINALS


def _count_words(text: str, limit: int) -> int:
    """The number of words in ``text``, counted no further than ``limit`` (enough for a comparison)."""
    return sum(1 for _ in itertools.islice(_WORD.finditer(text), limit))


_CAMEL = re.compile(r"[a-z]+[A-Z]")
"""A name written in lower case first ("eBay", "iPhone"): a sentence may open on one."""


def kind_of(text: str, heading_block: bool, alone: bool) -> Kind:
    """Classify one segment: a quotable sentence, a heading, boilerplate or a fragment.

    Args:
        text: the segment's visible text.
        heading_block: the block was marked as a heading (Markdown ``#``).
        alone: the segment is a whole block by itself (a one-line paragraph).

    A list item is judged as any other segment: without a full stop it is a heading, opening in lower
    case a fragment. Quoting such items as facts when they have four words or more ("Bilateral trade
    in 2022: $190.27bn, up 29.3%", "Among them:" / "settling a growing share of trade in national
    currencies;"; not under "Related News", nor a list of links) was tried: the labelled corpora mark 49
    such items, 20 of them evidence of a key fact, but the fourteen besides the seed went from 0.775 /
    0.755 / 0.820 to 0.765 / 0.744 / 0.829 (2 key facts gained, 9 lost: terse items dense with figures
    rank above fuller sentences and regroup their facts); ranking them down as a quote opening on a
    pronoun is (0.8) gave 0.768 / 0.748, and the seed corpus's recall 0.902 -> 0.878. Moving each
    item's topic scores half way to its list's mean left placement as it was and cost the seed corpus
    0.05 of recall (its lists hold full sentences on several topics).
    """
    # Words are counted only as far as each test needs: most segments need six.
    if _BOILERPLATE.search(text.lower()) and _count_words(text, 30) < 30:
        return Kind.BOILERPLATE
    if heading_block:
        return Kind.HEADING
    if _CONTROL.search(text) or len(text) > MAX_CHARS:
        return Kind.FRAGMENT
    terminal = ends_sentence(text.rstrip())
    if alone and (not terminal or (text.rstrip().endswith("?") and _count_words(text, 16) <= 15)):
        return Kind.HEADING  # a title line, a section heading, or a question used as one
    if (_BYLINE.match(text) or _TO_THE_READER.match(text)) and _count_words(text, 20) < 20:
        return Kind.BOILERPLATE
    if not terminal or (text[:1].islower() and not _CAMEL.match(text)) or _count_words(text, MIN_WORDS) < MIN_WORDS:
        return Kind.FRAGMENT
    return Kind.SENTENCE


def _skip_dateline(text: str, s: int, e: int) -> int:
    """Where the segment ``text[s:e]`` starts once a dateline opening it is left out (a label such as
    "SEE ALSO:" stays, for the segment to be seen as boilerplate)."""
    m = _DATELINE.match(text, s, e)
    return m.end() if m and e - m.end() > 40 and not _BOILERPLATE.search(text[s:m.end()].lower()) else s


_CREDIT_TAIL = re.compile(r"\(([^()]{2,80})\)\s*$")
"""A credit in brackets closing a segment: "(AP Photo/Jane Doe)", "... Putin. (Photo: AP)"."""
_CREDIT_LINE = re.compile(r"[^()]{0,80}/[^()]{0,80}|[^():]{0,60}(?i:getty images|shutterstock)")
"""A credit standing alone: "Jane Doe/AP Photo", "AFP via Getty Images"."""
_CREDIT_LABEL = re.compile(r"(?i:photo|image|picture|credit)s?\s*:\s*"
                           r"((?:[A-Z][\w.'-]*|via|and|for)(?:\s+(?:[A-Z][\w.'-]*|via|and|for)){0,4})")
"""A labelled credit: "Photo: Reuters", "Credit: Jane Doe for The Times"; its words are names, so a
heading such as "Photos: scenes from the capital" is not one."""
_CREDIT_SOURCE = re.compile(r"(?i:source)\s*:[^:/]{2,50}/[^:/]{2,50}")
"""A picture's source with its photographer: "Source: Jane Doe/Daily News"."""
_CREDIT_WORD = re.compile(r"\b(?:(?i:photos?|photograph|images?|pictures?|getty|shutterstock|file|credit|afp|reuters|"
                          r"xinhua|bloomberg|upi|yonhap|kcna|tass|sputnik|anadolu)|AP|AAP|EPA|PA)\b")
"""A word a photo credit names: a picture agency, or the word photo or image."""


_CREDIT_DOTS = re.compile(r"(?i:credit)(?:\.{2,}|\u2026)\s*\S.{0,80}")
"""A credit set off by dots: "Credit...Pool photo by Jane Doe"."""


def is_credit(text: str) -> bool:
    """Whether ``text`` is a photo credit, or a caption closed by one, rather than a sentence: it ends
    without sentence punctuation on a credit in brackets, or is a short credit line, naming a picture
    agency or the word photo (:data:`_CREDIT_WORD`). Markdown emphasis closing it is left aside
    ("*Flooded fields. (PTI Photo)*")."""
    text = text.rstrip("*_ ")
    if ends_sentence(text.rstrip(")")):
        return False
    tail = _CREDIT_TAIL.search(text)
    if tail:
        return bool(_CREDIT_WORD.search(tail.group(1)))
    if _count_words(text, 13) > 12:
        return False
    return bool(_CREDIT_SOURCE.fullmatch(text) or _CREDIT_LABEL.fullmatch(text) or _CREDIT_DOTS.fullmatch(text)
                or (_CREDIT_LINE.fullmatch(text) and _CREDIT_WORD.search(text)))


def _carries_caption(credit: str) -> bool:
    """Whether a credit has its caption before it in the same segment ("Leaders meet (AP)")."""
    credit = credit.rstrip("*_ ")
    tail = _CREDIT_TAIL.search(credit)
    return tail is not None and bool(credit[:tail.start()].strip())


_SIGN_OFF = re.compile(r"\(\s*[A-Z][A-Za-z.&]*(?:\s+[A-Z][A-Za-z.&]*){0,2}\s*\)")
"""An agency's name alone in brackets ("(Yonhap)", "(AFP)"): a caption's credit, or a wire story's sign-off.
Closing the story, or a paragraph of several sentences, it signs the story off: that paragraph is news."""
CAPTION_COPIES = 2
"""Copies of a caption shown right above it that are marked as well."""


def _mark_captions(segments: list[Sentence]) -> list[Sentence]:
    """``segments`` with photo captions marked :attr:`Kind.CAPTION`: a credit, and the sentences of its
    paragraph before it, or when it stands alone (not closing a caption of its own), of the paragraph
    just before it (and up to CAPTION_COPIES copies of that paragraph right above it: pages saved from
    the web often show a caption twice). Linear in the segments, however many credits a file holds."""
    credits = {k for k, x in enumerate(segments) if x.kind is not Kind.SENTENCE and is_credit(x.text)}
    if not credits:
        return segments
    paragraphs: dict[int, list[int]] = {}  # segments in order, so paragraphs come in order too
    for k, x in enumerate(segments):
        paragraphs.setdefault(x.paragraph, []).append(k)
    order = list(paragraphs.values())
    caption = set(credits)
    for at, members in enumerate(order):
        last_credit = max((k for k in members if k in credits), default=None)
        if last_credit is None:
            continue
        signs_off = _SIGN_OFF.fullmatch(segments[last_credit].text.strip()) is not None
        if last_credit != members[0]:  # the caption it closes is in its own paragraph
            before = [k for k in members if k < last_credit]
            if not (signs_off and (len(before) > 1 or last_credit == len(segments) - 1)):
                caption.update(before)
            continue
        if _carries_caption(segments[last_credit].text):  # "Xi and Putin in the Kremlin (AP)": its own caption
            continue
        if signs_off and (at == len(order) - 1 or (at and len(order[at - 1]) > 1)):
            continue
        shown = None
        for p in reversed(order[max(0, at - 1 - CAPTION_COPIES):at]):
            texts = [words(segments[k].text) for k in p]
            if credits.intersection(p) or (shown is not None and texts != shown):
                break
            shown = texts
            caption.update(p)
    # A heading that stands inside a caption's paragraphs stays one; the credit is a caption whatever it looked like.
    return [dataclasses.replace(x, kind=Kind.CAPTION) if k in credits or (k in caption and x.kind is not Kind.HEADING)
            else x for k, x in enumerate(segments)]


_TAG = re.compile(r"<[^>]*>")


def source_gap(article: Article) -> Callable[[int, int], bool] | None:
    """For an article whose body was taken out of markup (HTML): whether the source between two body
    positions (an end and a later start) holds text a reader sees, which the body left out (page
    furniture, a hidden element, a control character): tags and white space alone do not count.
    None for a body that is a slice of the file, which leaves nothing out."""
    if article.offsets is None or article.offset_ends is None:
        return None
    offsets, ends, text = article.offsets, article.offset_ends, article.text

    def apart(end: int, start: int) -> bool:
        gap = text[ends[end - 1]:offsets[start]] if 0 < end and start < len(offsets) else ""
        return bool(html.unescape(_TAG.sub(" ", gap)).strip())
    return apart


_EMPHASIS_RUN = re.compile(r"[*_]{1,3}")


def _unemphasised(body: str, s: int, e: int) -> tuple[int, int]:
    """The span ``body[s:e]`` without a Markdown emphasis mark opening or closing it that it does not
    close or open itself: a paragraph in italics, split in sentences, quotes "Six men were on shift."
    rather than "*Six men were on shift." ("*The verdict.*" keeps its marks)."""
    lead = _EMPHASIS_RUN.match(body, s, e)
    if lead and lead.end() < e and not body[lead.end()].isspace() and body.count(lead.group(), s, e) % 2:
        s = lead.end()
    k = e
    while k > s and body[k - 1] in "*_" and e - k < 3:
        k -= 1
    run = body[k:e]
    if run and k > s and not body[k - 1].isspace() and body.count(run, s, e) % 2:
        e = k
    return s, e


def segment(article: Article) -> tuple[Sentence, ...]:
    """Split one article into segments, each with its span in ``article.text``."""
    body = article.body
    out: list[Sentence] = []
    for bs, be, heading, paragraph in blocks(body, source_gap(article)):
        spans = [(bs, be)] if heading else split_sentences(body, bs, be)
        for n, (s, e) in enumerate(spans):
            if n == 0 and not heading:
                s = _skip_dateline(body, s, e)
            s, e = _unemphasised(body, s, e)
            visible = " ".join(body[s:e].split())
            if not visible:
                continue
            kind = kind_of(visible, heading, alone=len(spans) == 1)
            start, end = article.to_source(s, e)
            out.append(Sentence(article.id, len(out), start, end, visible, kind, paragraph))
    return tuple(_mark_bios(_mark_captions(out), article.author))


_WRITER_NOTE = re.compile(r"(?:the )?(?:writer|author|columnist)s? (?:is|are|was|were|has|have) ", re.IGNORECASE)
"""An op-ed's note on its writer: "The writer is a senior fellow at ..."."""
_BY_NAMES = re.compile(r"\(?(?i:by)\s+(.+?)[.)]?$")
_NAME_SPLIT = re.compile(r"\s*(?:,|\||/|&|\band\b)\s*")
_BIO_VERB = re.compile(r"\s+(?:is|was|covers|covered|joined|has|writes|wrote|reports|previously|served|contributed)\b")


def _full_names(names: str) -> set[str]:
    """The names of two words or more in a list of names ("Jane Doe and Kim, Reuters": "Jane Doe")."""
    return {n for n in (part.strip() for part in _NAME_SPLIT.split(names)) if " " in n}


def _mark_bios(segments: list[Sentence], author: str | None) -> list[Sentence]:
    """``segments`` with notes on the writer marked :attr:`Kind.BOILERPLATE`: an op-ed's "The writer is
    ...", and a sentence opening on a writer's full name and a verb of a biography ("Jane Doe covers
    Korea for ...", "Jane Doe joined the paper in 2016"). Writers are the article's author and the names of
    its bylines; a name of one word ("Kim") is left alone: it is as likely the news's own."""
    names = _full_names(author or "")
    for x in segments:
        m = _BY_NAMES.match(x.text) if x.kind is not Kind.SENTENCE and _BYLINE.match(x.text) else None
        if m:
            names |= _full_names(m.group(1))

    def bio(text: str) -> bool:
        if _WRITER_NOTE.match(text):
            return True
        return any(text.startswith(n) and _BIO_VERB.match(text, len(n)) for n in names)
    return [dataclasses.replace(x, kind=Kind.BOILERPLATE) if x.kind is Kind.SENTENCE and bio(x.text) else x
            for x in segments]
