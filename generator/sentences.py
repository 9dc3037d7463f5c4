"""Sentences for the segment stage: cut a block of text into sentences, as spans into the unchanged text.

A sentence ends at a full stop, a question or exclamation mark or an ellipsis (perhaps inside closing
quotes or brackets) before what may open the next one (a capital letter or a figure, say); not at a
common abbreviation or an initial, nor inside a quotation that closes later in the block, nor between a
quoted question and its speaker; and a sentence quoted whole after a quotation its speaker broke off
("This is fair," Marek said. "We got what we asked for.") goes on with it. A run too long without a
sentence end is cut into pieces (MAX_CHARS). :func:`last_word` and :func:`ends_sentence` also serve the
reading of lines into blocks (:mod:`generator.blocks`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from generator.textutil import MONTHS, STOPWORDS, WEEKDAYS

TITLES = frozenset("""
mr mrs ms dr prof gen col lt maj sgt capt cmdr adm gov sen sens rep reps pres rev hon amb brig det supt insp
asst addl dy cllr smt shri
""".split())
"""Titles: a line ending on one goes on with the name in the next line, whatever its layout ("... led
by Mr." / "Khan, who ...", a "<br>" in a page)."""
ABBREVIATIONS = TITLES | frozenset("""
st jr sr govt sec rs
inc corp ltd co bros llc plc pvt dept univ assn est approx vs v etc al fig figs no nos vol vols p pp para paras
ch chap art sect
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
u.s u.k u.n e.u u.s.a a.m p.m i.e e.g d.c n.y l.a mt ft
""".split())
_NUMBERING = frozenset("no nos vol vols fig figs p pp para paras ch chap art sect".split())
"""Abbreviations that number something ("No. 1", "pp. 12", "see p. 12 of the order", "para. 4", "Art. 5"):
before anything but a figure, they are the word that ends a sentence ("the committee voted no. The bill
died", "“No.” He left", "a work of art. Critics agreed")."""
_WORDS_TOO = frozenset("sun sat wed mar dec est rev gen sen col hon amb co pres det sec".split())
"""Abbreviations that are words too: written in lower case and before anything but a figure, the word
("they sat. Then", "under the sun. The"), as against "Sat. 5 June" or "est. 1990"."""
_FIGURE_NEXT = re.compile(r"\s+\d")
_MAY_END = frozenset("inc corp ltd co bros llc plc jr sr etc al st".split())
"""Abbreviations that may close a sentence ("... signed with Tata Projects Ltd. The firm ..."): as after
"U.S.", one has ended when a typical sentence opener follows (_STARTERS). Titles ("Mr.") never end one."""
_STATES = frozenset("""
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa
tenn tex vt va wash w.va wis wyo
""".split())
"""A US state's abbreviation in a dateline or an address ("WOODSIDE, Calif. (AP) —", "Fresno, Calif., police
said"), written with a capital: in lower case a word ("fell ill. The"). It ends a sentence only before a typical
opener, as "U.S." does ("moved to Fresno, Calif. The next year ...")."""
_CLOCK = frozenset({"a.m", "p.m"})
_CLOCK_GOES_ON = re.compile(r"\s+\(?(?:[a-z0-9]|[A-Z]{2,4}\b|[A-Z]\w*\s+time\b|(?i:" + "|".join(
    d for d in WEEKDAYS + MONTHS) + r")\b|(?:Eastern|Pacific|Central|Mountain|Greenwich|local)\b)")
"""What goes on after "a.m." or "p.m." in the same sentence: a lower-case word or a figure, a time zone
("9 a.m. ET", "9 a.m. Moscow time", "9 a.m. Eastern"), a day or a month ("9 a.m. Monday"), the time elsewhere
in brackets ("4:10 p.m. (0710 GMT)", "6 p.m. (4 a.m. ET)"). Any other
capitalised word opens a new sentence ("about 9 a.m. Police sealed off the street")."""
# After an acronym with dots ("U.S.") a sentence usually goes on; these words show it ended.
_STARTERS = frozenset("the a an he she it they we i in on at but and this that these those there his her its their "
                      "however meanwhile after before when while as for if so yet then now later earlier".split())
_CLOSERS = "\"'\u201d\u2019)]*_\u00c2"
"""What may close a sentence after its punctuation: quotes, brackets, Markdown emphasis ("**The
verdict.** Jurors deliberated ..."), and the "\u00c2" a page decoded wrongly leaves of a no-break space
("... claimed many lives.\u00c2")."""
_END = re.compile(rf"""(?:[.!?]+|\u2026|\.\.\.)(?:[{re.escape(_CLOSERS)}]+)?(?=\s+|\Z)"""
                  rf"""|[.!?](?<=[a-z]{{2}}[.!?])(?:[{re.escape(_CLOSERS)}]+)?(?=[\u201c\u2018"]?(?:[A-Z][a-z]|[AI]\s))""")
"""A sentence's end: punctuation, perhaps inside closers, before white space; or run into the next
sentence with no space, as pages that lost their markup have it ("... AP reported.Sweden joined ..."),
after a word in lower case and before a capitalised one or "A" or "I" (not "U.S.Army" nor "Booking.com"),
perhaps opening a quotation ('... and tourism."This year ...', '... Hungarians."I would ...')."""
_TERMINALS = ".!?\u2026:;"
_TERMINAL = re.compile(rf"[{re.escape(_TERMINALS)}][{re.escape(_CLOSERS)}]*$")
"""A text's end with sentence punctuation (a colon or semicolon too), perhaps inside closers: what
:func:`ends_sentence` finds without trying every position."""
_SITE_NAME = re.compile(r"(?<![\w.])[A-Z][a-z]+\.([A-Z][a-z]{1,2})(?![\w.])")
"""A name with a dot in it, as a site calls itself ("News.Az", "Gazeta.Ru"): a capitalised word run into
a short one that is no word opening a sentence ("Paris.The", "Moscow.It" are two sentences)."""
_NEXT_START = re.compile(r"""\s+(?=["'\u201c\u2018(\[]?(?:[A-Z0-9\u00c0-\u024f]|[a-z]+[A-Z]))""")
_LAST_WORD = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)$")
_NEXT_WORD = re.compile(r"\s+[\"'\u201c\u2018]?([A-Za-z]+)")
_WORD = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*")
MAX_CHARS = 1200
"""Longer runs without a sentence end are cut into fragments (a line of megabytes stays linear)."""
QUOTATION_REACH = 400
"""How far on a quotation must close to keep the sentences it holds together (see _Quotation)."""
LOOKBACK = 80
"""Characters :func:`last_word` looks back over for the word before a full stop (and joining lines over for
a line's end, :mod:`generator.blocks`): bounded, so a line of many dots stays linear."""
_QUOTE_CLOSERS = "\"'\u201d\u2019"
_SAYING = (r"(?:said|says|asked|asks|told|tells|added|adds|replied|wrote|writes|tweeted|posted|insisted|"
           r"declared|shouted|exclaimed|recalled|explained|continued|noted|wondered|demanded|pressed|cried|"
           r"quipped|joked|warned)")
"""Verbs that name a speaker next to a quotation."""
_SPEAKER_NEXT = re.compile(rf"\s+[A-Z][\w.'\u2019-]*,?(?:\s+[\w.'\u2019-]+,?){{0,4}}\s+{_SAYING}\b")
"""A speaker named after a quoted question or exclamation, and the verb of saying ("Why now?" Johnson
asked; "We did it!" Labour leader, Sir Keir Starmer, said): five words at most, the first capitalised (a
speaker in lower case, "Never!" the Prime Minister said, goes on the sentence anyway)."""

_ATTRIBUTED = re.compile(rf"""(?P<open>["\u201c\u2018'])[^"\u201c\u201d]*?[,?!\u2014-](?P<close>["\u201d\u2019'])"""
                         rf"""\s+[^"\u201c\u201d\u2018]*\b(?:{_SAYING}|according to)\b[^"\u201c\u201d\u2018]*\.$""")
"""A sentence whose quotation is broken off by its speaker ("This is a fair deal," Marek told reporters.):
a sentence quoted whole right after it in the paragraph goes on with the quotation (:func:`_continues`)."""
_PAIRS = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019", "'": "'"}
_QUOTE_INNER = {'"': '"\u201c\u201d', "\u201c": '"\u201c\u201d', "\u2018": "\u2018"}
"""Marks that may not stand inside a quotation opened by the key: it would hold more than one."""


def _is_letter(c: str) -> bool:
    """Whether ``c`` is what ``[^\\W\\d_]`` matches in a regular expression (a letter, in effect)."""
    return c.isalnum() and not c.isdecimal()


def last_word(text: str, dot: int) -> str | None:
    """The word (letters, or dotted letters as in "U.S") ending just before ``dot``, looking back at
    most LOOKBACK characters; the same as ``_LAST_WORD.search(text, dot - LOOKBACK, dot)``.

    Scanning back from ``dot`` finds it without trying each start position of the look-back window.
    """
    lo = max(0, dot - LOOKBACK)
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
    if lower in _STATES and word[0].isupper():
        return not _starter_next(text, dot)
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
_DOUBLED_OPEN = "\u2018\u2018"
_DOUBLED_CLOSE = ("\u2019\u2019", "''")
"""Two single marks written for a double one, as some outlets set them (“We support peace,’’ Modi said)."""
_DOUBLE_CLOSE = re.compile("\u201d|" + "|".join(_DOUBLED_CLOSE))
_SINGLE_MARK = re.compile(r"[\u2018\u2019']")
_CLOSE_SINGLE = re.compile(r"(?<=\S)[\u2019'](?![^\W_])")
"""A single quotation mark closing one: after a word or punctuation, not before a letter (not the
apostrophe of "Biden's"; a plural's, "the players' union", counts, but only ever closes)."""


class _Quotation:
    """Whether a sentence end falls inside a quotation of a block that closes later in the block.

    “We were left in the cold. Why are they so slow?” said a resident: split at the first full
    stop, the first half would be a quote with no speaker and the second would open mid-quotation.
    Curly double marks are counted as opening and closing (and two single marks set for one, _DOUBLED_OPEN
    and _DOUBLED_CLOSE); straight double quotes by their parity, a curly closing mark closing one too (a
    page that set one mark of a pair straight);
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
        opened = piece.count("\u201c") + piece.count(_DOUBLED_OPEN)
        closed = piece.count("\u201d") + sum(piece.count(mark) for mark in _DOUBLED_CLOSE)
        straight = piece.count('"')
        if self.depth + opened - closed < 0 and (self.straight + straight) % 2 == 1:
            straight += 1  # a curly mark closing a quotation opened with a straight one
        self.depth = max(0, self.depth + opened - closed)
        self.straight += straight
        for mark in _SINGLE_MARK.finditer(piece):  # in order: "‘no’ twice. ‘Yes.’" closes, then opens
            if _OPEN_SINGLE.match(self.text, self.at + mark.start()):
                self.single += 1
            elif self.single and _CLOSE_SINGLE.match(self.text, self.at + mark.start()):
                self.single -= 1
        self.at = pos
        reach = min(self.end, pos + QUOTATION_REACH)
        return ((self.depth > 0 and _DOUBLE_CLOSE.search(self.text, pos, reach) is not None)
                or (self.straight % 2 == 1 and (self.text.find('"', pos, reach) >= 0 or self._curly_closes(pos, reach)))
                or (self.single > 0 and _CLOSE_SINGLE.search(self.text, pos, reach) is not None))

    def _curly_closes(self, pos: int, reach: int) -> bool:
        """Whether a curly closing mark, with no curly opening before it, ends a quotation opened with a
        straight mark before ``reach`` ('"I was very shocked. ... Fortunately, he will survive,” he said')."""
        m = _DOUBLE_CLOSE.search(self.text, pos, reach)
        return m is not None and "\u201c" not in self.text[pos:m.start()]


def quoted_whole(text: str, opening: str) -> bool:
    """Whether ``text`` is one quotation opened by ``opening`` from its start to its end ("“We got what
    we asked for.”"): a sentence said, with nobody named as saying it."""
    closing = _PAIRS[opening]
    if len(text) < 4 or text[0] != opening or text[-1] != closing or text[-2] not in ".!?\u2026":
        return False
    inner = text[1:-1]
    if opening == "'":
        return " '" not in inner and "' " not in inner
    return not any(mark in inner for mark in _QUOTE_INNER[opening])


def _continues(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether the sentence ``after`` goes on with a quotation its speaker broke off in the sentence
    ``before``: "This is a fair deal," Marek told reporters. "We got what we asked for." Quoted whole in the
    same marks, it is the same speaker's (news gives a new speaker a paragraph and a name of their own);
    apart, it would be a quote with no speaker."""
    opening = text[after[0]]
    if opening not in _PAIRS or not quoted_whole(text[after[0]:after[1]], opening):
        return False
    m = _ATTRIBUTED.search(text, before[0], before[1])
    return m is not None and m.group("open") == opening and m.group("close") == _PAIRS[opening]


def _join_continuations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each sentence that goes on with the quotation of the one before (:func:`_continues`)
    joined to it, as long as the two stay within MAX_CHARS."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and e - out[-1][0] <= MAX_CHARS and _continues(text, out[-1], (s, e)):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


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
        glued = m.end() < end and not text[m.end()].isspace()
        if glued and _site_name(text, m.start()):
            continue
        if m.end() < end and not nxt and not glued:
            continue  # the sentence goes on in lower case ("... he said.") or after punctuation
        stop = m.end()
        if glued and mark[-1] == '"' and text.count('"', cursor, stop - 1) % 2 == 0:
            stop -= 1  # the mark opens the next sentence's quotation ('... and tourism."This year ...')
        if quotes.open_at(cursor, stop):
            continue  # inside a quotation that closes further on: the speaker comes after it
        if mark[-1] in _QUOTE_CLOSERS and ("?" in mark or "!" in mark) and _SPEAKER_NEXT.match(text, m.end(), end):
            continue  # "Why now?" Johnson asked reporters: the question and its speaker are one sentence
        spans.append((cursor, stop))
        cursor = nxt.end() if nxt else stop
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
    return _join_continuations(text, out)


def _site_name(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot``, with no space after it, is inside a site's name (:data:`_SITE_NAME`)."""
    m = next((m for m in _SITE_NAME.finditer(text, max(0, dot - 40), dot + 5) if m.start(1) == dot + 1), None)
    return m is not None and m.group(1).lower() not in STOPWORDS


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


def count_words(text: str, limit: int) -> int:
    """The number of words in ``text``, counted no further than ``limit`` (enough for a comparison)."""
    return sum(1 for _ in itertools.islice(_WORD.finditer(text), limit))
