"""Blocks for the segment stage: read an article body's lines into paragraphs, list items and heading lines.

Lines are joined into one block where a sentence runs on from one to the next (a line wrapped inside a
paragraph, a text hard-wrapped at a fixed width, a paragraph cut mid-sentence, a line indented under a
list item); a list marker, a Markdown heading or a quotation mark opens a new block, and a rule ends one.
Spans are offsets into the unchanged body; :mod:`generator.sentences` then cuts each block into sentences.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from generator.sentences import LOOKBACK, TITLES, count_words, ends_sentence, last_word

_DASH_GOES_ON = re.compile(r"[ \t]*[\u2013\u2014][ \t]+[a-z]")
"""A line opening on a dash and a lower-case word: in a hard-wrapped text, a sentence going on."""
_BULLET = re.compile(r"^[ \t]*(?:(?:[-*+\u2013\u2014]|\d{1,3}[.)])[ \t]+|[\u2022\u2023\u25a0\u25aa\u25b6\u25ba\u25cf\u25e6\u25fc\u25fe][ \t]*)")
"""A list item's marker: a dash, asterisk, plus or number and a space, or a bullet sign, which a page saved from the
web may run into the text ("\u25feOfficials said ...")."""
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+")
_RULE = re.compile(r"[ \t]{0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$")
"""A Markdown rule or setext underline: a line of three or more of one of - * _ =, perhaps spaced."""
_QUOTE_MARK = re.compile(r"^[ \t]{0,3}>[ \t]?")
_DASHED_HEADING = re.compile(r"[ \t]*(?=[-\u2013\u2014][ \t]+[^-\u2013\u2014.!?]{1,60}?[ \t]+[-\u2013\u2014][ \t]*$)")
"""A subheading between dashes, as agency copy sets them ("- Spain -", "\u2014 Deepening ties \u2014"): a
heading line, not a list item running on into the paragraph under it. Its dashes are part of it: the
match ends where they begin."""


_EMPHASIS = re.compile(r"(?:\*\*|__|[*_])?")
_HTML_ITEM = re.compile(r"<li\b[^>]*>(?:\s|<(?!/?li\b)[^>]*>)*$", re.IGNORECASE)
"""An HTML list item's opening tag, perhaps followed by inline tags ("<li><b>"), right before a segment."""
ITEM_LOOKBACK = 300
"""Characters before a segment searched for the ``<li>`` tag that opens it in an HTML file."""


def opens_item(text: str, start: int, html: bool = False) -> bool:
    """Whether the segment starting at ``start`` of an article file's ``text`` opens a list item: only a
    list's marker stands before it on its line ("- ", "1. ", "\u2022"; emphasis aside, "- **Recusal.**"), or,
    in an HTML file (``html``), an ``<li>`` tag opens it."""
    if html:
        return _HTML_ITEM.search(text, max(0, start - ITEM_LOOKBACK), start) is not None
    line = text[text.rfind("\n", 0, start) + 1:start]
    marker = _BULLET.match(line)
    return marker is not None and _EMPHASIS.fullmatch(line[marker.end():]) is not None


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
    """The width ``body`` was hard-wrapped at: the widest of its lines that run on into another, when
    that is at most WRAP_MAX and at least half of those lines come near it (a paragraph's lines but its
    last are full); None for text not wrapped so (a paragraph per line, say). A line standing alone (a
    headline, a disclaimer, a link) may run past the width the paragraphs were wrapped at."""
    running_on: list[tuple[int, int]] = []  # (characters, bytes) of each line another follows
    before: tuple[int, int] | None = None
    for ls, le in _lines(body):
        line = body[ls:le].rstrip()
        if line and before:
            running_on.append(before)
        before = (len(line), len(line.encode())) if line else None
    if len(running_on) < 3:
        return None
    widest = max(chars for chars, _ in running_on)
    if widest > WRAP_MAX or sum(1 for chars, _ in running_on if chars >= 0.75 * widest) < WRAPPED * len(running_on):
        return None
    return Wrap(widest, max(size for _, size in running_on))


@dataclasses.dataclass(slots=True)
class _Open:
    """The block :func:`blocks` is reading: its span so far, and what it is."""

    start: int
    end: int
    heading: bool
    paragraph: int
    item: bool
    """It opened on a list's marker ("- ", "1. "): an indented line under it goes on in it."""

    def block(self) -> tuple[int, int, bool, int, bool]:
        """What :func:`blocks` yields for it."""
        return self.start, self.end, self.heading, self.paragraph, self.item


def blocks(body: str, apart: Callable[[int, int], bool] | None = None) -> Iterator[tuple[int, int, bool, int, bool]]:
    """Yield ``(start, end, is_heading, paragraph, is_item)`` for each block of ``body``; ``is_item``
    says it opened on a list's marker ("- ", "1. ").

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
    out (:func:`~generator.segment.source_gap`): a span over both would show it.
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
        md_heading = _MD_HEADING.match(line) or _DASHED_HEADING.match(line)
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
        runs_on = cur is not None and (
            wrapped or _before_name(tail) or cur.item and line[:1] in " \t"
            or stripped[0].islower() and _INITIALS.search(tail) is not None  # "... U.S." / "format."
            or not ends_sentence(tail) and (
                stripped[0].islower() or tail.endswith((",", "-", "\u2013", "\u2014")) or _goes_on(tail)
                or not cur.item and len(previous) >= WRAPPED_LINE and "\n" in body[cur.start:cur.end]))
        joins = (
            runs_on and cur is not None
            and not marker
            and not cur.heading
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
            and count_words(text, TITLE_WORDS + 1) <= TITLE_WORDS and not _SENTENCE_END.search(text))


# Words a sentence cannot stop on, nor a headline usually: a line ending on one was wrapped, even
# when the next line opens on a name ("... met in the\nWhite House", "... an official said\nTrump ...").
_GOES_ON = frozenset("""
a an the of to in on at by for from with into onto about between and or but nor that which who whose whom
is are was were be been has have had will would shall should can could may might must said says told
""".split())


WRAPPED_LINE = 60
"""Characters from which a line of a paragraph wrapped by hand goes on in the next, without sentence
punctuation ("... the Camp David summit with South" / "Korea in August 2023 ..."): a paragraph's line,
not a headline's, byline's or label's, once the paragraph has run over two lines."""


_INITIALS = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}$")
"""An abbreviation of initials ending a line ("U.S.", "a.m."): a line opening in lower case after it goes on
the sentence ("... the Japan-Philippines-U.S." / "format.")."""


def _goes_on(tail: str) -> bool:
    """Whether a line ending in ``tail`` breaks off mid-sentence (see _GOES_ON)."""
    return tail[-1:].isalpha() and (last_word(tail, len(tail)) or "").lower() in _GOES_ON


def _before_name(tail: str) -> bool:
    """Whether a line ending in ``tail`` ends on a capitalised title and its full stop (TITLES)."""
    word = last_word(tail, len(tail) - 1) if tail.endswith(".") else None
    return word is not None and word[0].isupper() and word.lower() in TITLES


def _tail(body: str, start: int, end: int) -> str:
    """The end of ``body[start:end]``, right-stripped: what joining lines looks at, in bounded time."""
    return body[max(start, end - LOOKBACK):end].rstrip()
