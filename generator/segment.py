"""Stage 2, segment: split each article's readable text into sentences with exact character spans.

The splitter works on blocks (paragraphs, list items, heading lines) and then on sentence ends
inside a block. It knows common abbreviations and initials, quotation marks around sentences,
ellipses, bullets, Markdown headings, and lines wrapped inside a paragraph. Offsets always point
into the unchanged text: the segmenter never edits a character, it only chooses where spans begin
and end. Each segment is given a :class:`~generator.records.Kind` so later stages quote only
sentences that stand on their own.

The work is shared by three modules: :mod:`generator.blocks` reads a body's lines into blocks,
:mod:`generator.sentences` cuts a block into sentences, and this one runs the stage (:func:`segment`)
and decides what each segment is: its kind (:func:`kind_of`), a dateline left out of it, photo
captions and credits, notes on the writer.
"""

from __future__ import annotations

import dataclasses
import functools
import html
import re
from collections import Counter
from collections.abc import Callable

from generator.blocks import blocks
from generator.byline import SIGNED_OFF, credit_line, dateline_matches
from generator.furniture import (BOILERPLATE, BYLINE, CAPTION_SENTENCES, CREDIT_TAIL, boilerplate, credit_or_prompt,
                                 is_credit, names_picture)
from generator.html_text import TAG
from generator.numeric import FULL_DATE
from generator.records import Article, Kind, Sentence
from generator.sentences import MAX_CHARS, count_words, ends_sentence, split_sentences
from generator.textutil import reports_speech, words

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
MIN_WORDS = 6
UNENDED_WORDS = 30
"""Words from which a paragraph without a full stop is a sentence that lost it ("... a senior Navy
official told NewsNation"), not a headline: the labelled corpora's headlines have 22 at most, their
standfirsts 27, set in italics (a paragraph set in emphasis is never taken for a sentence this way)."""
_CAMEL = re.compile(r"[a-z]+[A-Z]")
"""A name written in lower case first ("eBay", "iPhone"): a sentence may open on one."""
_MARKUP_LINE = re.compile(r"\|.*\|\s*$|\[\^[^\]\s]+\]:")
"""A Markdown table row ("| a | b |", "|---|---|") or footnote definition ("[^1]: ..."): shown on the
source page as written, not as a heading, and never quoted."""
_CLIPPED = re.compile(r"\[(?:\u2026|\.{3})\]\W*$")
"""A text cut off by its page ("... one of the main hurdles isn't a lack of data, it's [\u2026]"): a teaser
of another story, not a sentence."""
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}")
TITLE_CASE_WORDS = 4
"""Words of four letters or more, after the first word, that a line in title case has at least."""


def title_case(text: str) -> bool:
    """Whether ``text`` is set in title case: every word of four letters or more after the first is
    capitalised, and there are TITLE_CASE_WORDS of them ("Sam Altman Fired as CEO of OpenAI by the Board
    of Directors."). Prose writes its verbs and common nouns in lower case, however many names it holds
    ("Kim Jong Un greeted Vladimir Putin at Pyongyang Sunan International Airport.")."""
    long = _LONG_WORD.findall(text)[1:]
    return len(long) >= TITLE_CASE_WORDS and all(w[0].isupper() for w in long)


_LABELLED = re.compile(r"[*_]{0,2}(?P<label>[A-Z][^:]{0,60}?)(?<!\s):[*_]{0,2}\s+\S")
"""A labelled statement: a few words, a colon and what they come to ("Delegations: 205, plus ...",
"Reported cost: \u20ac122m")."""
LABEL_WORDS = 8
"""Most words of a labelled list item's label: a longer one before a colon is a headline's first half."""


def label_of(text: str) -> tuple[str, int] | None:
    """The label of a labelled statement (:data:`_LABELLED`) and where what it comes to starts:
    ("Reported cost", 15) for "Reported cost: €122m"; None when ``text`` has no label of at most
    LABEL_WORDS words."""
    m = _LABELLED.match(text)
    if m is None or count_words(m.group("label"), LABEL_WORDS + 1) > LABEL_WORDS:
        return None
    return m.group("label"), m.end() - 1


def listed_fact(text: str) -> bool:
    """Whether a list item's ``text`` states a fact under a label (:func:`label_of`): a list of
    figures under a heading ("- Spectators: up to 326,000"), not a list of section names."""
    return label_of(text) is not None


def kind_of(text: str, heading_block: bool, alone: bool, item: bool = False, begun: bool = True,
            last: bool = False) -> Kind:
    """Classify one segment: a quotable sentence, a heading, boilerplate or a fragment.

    Args:
        text: the segment's visible text.
        heading_block: the block was marked as a heading (Markdown ``#``).
        alone: the segment is a whole block by itself (a one-line paragraph).
        item: the block is a list item (it opened on "- ", "1. ").
        begun: the article's prose has begun (a sentence came before): a long paragraph without a full
            stop above it is a standfirst, not a sentence (see UNENDED_WORDS).
        last: the segment ends the article: a long paragraph there without a full stop was cut off
            mid-sentence (a page stored in part, "... drones and attack su"), and is a fragment.

    A list item is judged as any other segment: without a full stop it is a heading, opening in lower
    case a fragment; but a labelled one ("- Delegations: 205, plus ...", :func:`listed_fact`) states a
    fact and is a fragment: shown as text on the source page, not quoted, for the reasons below.
    Quoting such items as facts when they have four words or more ("Bilateral trade
    in 2022: $190.27bn, up 29.3%", "Among them:" / "settling a growing share of trade in national
    currencies;"; not under "Related News", nor a list of links) was tried: the labelled corpora mark 49
    such items, 20 of them evidence of a key fact, but the fourteen besides the seed went from 0.775 /
    0.755 / 0.820 to 0.765 / 0.744 / 0.829 (2 key facts gained, 9 lost: terse items dense with figures
    rank above fuller sentences and regroup their facts); ranking them down as a quote opening on a
    pronoun is (0.8) gave 0.768 / 0.748, and the seed corpus's recall 0.902 -> 0.878. Moving each
    item's topic scores half way to its list's mean left placement as it was and cost the seed corpus
    0.05 of recall (its lists hold full sentences on several topics). Walking such items after a page's
    full sentences (so that they only fill room left), held to the looser test of restating and kept
    out of grouping, gave 0.765 / 0.747 / 0.829 (1 key fact gained, 8 lost): quotable, they also
    change what classify reads from the whole corpus (salience, which words go together), and so the
    order of other pages' facts.
    """
    # Words are counted only as far as each test needs: most segments need six.
    if boilerplate(text):
        return Kind.BOILERPLATE
    if credit_line(text):
        return Kind.BOILERPLATE  # "\u2014 AFP", "Source: Reuters": a credit, not a title line
    if heading_block:
        return Kind.HEADING
    if _CONTROL.search(text) or len(text) > MAX_CHARS:
        return Kind.FRAGMENT
    if _MARKUP_LINE.match(text) or _CLIPPED.search(text):
        return Kind.FRAGMENT
    terminal = ends_sentence(text.rstrip())
    listed = item and not terminal and listed_fact(text)
    if (not terminal and alone and begun and not item and text[:1] not in "*_"
            and count_words(text, UNENDED_WORDS) >= UNENDED_WORDS and not is_credit(text)):
        if last:
            return Kind.FRAGMENT
        terminal = True  # a sentence whose full stop the page lost, not a headline nor a credited caption
    asked = text.rstrip().endswith("?") and count_words(text, 16) <= 15
    if alone and not listed and (not terminal or asked or (not item and title_case(text))):
        return Kind.HEADING  # a title line (closing on a full stop if in title case), a section heading, a question
    if credit_or_prompt(text):
        return Kind.BOILERPLATE
    if not terminal or (text[:1].islower() and not _CAMEL.match(text)) or count_words(text, MIN_WORDS) < MIN_WORDS:
        return Kind.FRAGMENT
    if text.rstrip().endswith("?"):
        return Kind.FRAGMENT  # the writer's question ("How was he welcomed, and what did they say?") states nothing
    return Kind.SENTENCE


def _signed_off(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The last paragraph's sentence ``spans`` with a wire story's sign-off run on after the last one
    (:data:`~generator.byline.SIGNED_OFF`: "... target in 2024.\u2014Xinhua") split off it, a credit of its
    own: left on, the paragraph would end on no full stop and read as a heading. (A photo's caption,
    higher up, keeps its credit: "... after the quake struck. \u2014 AFP" is a caption for it.)"""
    if spans and (m := SIGNED_OFF.search(body, spans[-1][0], spans[-1][1])) and m.start() > spans[-1][0]:
        return [*spans[:-1], (spans[-1][0], m.start()), (m.start(), spans[-1][1])]
    return spans


def _skip_dateline(text: str, s: int, e: int) -> int:
    """Where the segment ``text[s:e]`` starts once a dateline opening it is left out (a label such as
    "SEE ALSO:" stays, for the segment to be seen as boilerplate)."""
    end = max((m.end() for m in dateline_matches(text, s, e)), default=s)
    return end if end > s and e - end > 40 and not BOILERPLATE.search(text[s:end].lower()) else s


def _carries_caption(credit: str) -> bool:
    """Whether a credit has its caption before it in the same segment ("Leaders meet (AP)")."""
    credit = credit.rstrip("*_ ")
    tail = CREDIT_TAIL.search(credit)
    return tail is not None and bool(credit[:tail.start()].strip())


_SIGN_OFF = re.compile(r"\(\s*[A-Z][A-Za-z.&]*(?:\s+[A-Z][A-Za-z.&]*){0,2}\s*\)")
"""An agency's name alone in brackets ("(Yonhap)", "(AFP)"): a caption's credit, or a wire story's sign-off.
Closing the story, or a paragraph of several sentences, it signs the story off: that paragraph is news."""
_ACRONYM = re.compile(r"[A-Z]{2,5}")
"""An outlet's initials alone ("CNN", "EPA"): a credit when it closes a paragraph after its sentence."""
CAPTION_COPIES = 2
"""Copies of a caption shown right above it that are marked as well."""
_CAPTION_OPENER = re.compile(
    r"[*_]{0,2}(?i:in this (?:[\w-]+ ){0,2}photo(?:graph)?\b|(?:in )?this (?:[\w-]+ ){0,2}(?:photo(?:graph)?|picture|image) "
    r"(?:taken|released|provided|made available|dated|distributed|shows|showing)\b|"
    r"(?:file|handout|undated|archive|pool) (?:photo(?:graph)?|picture|image)s?\b|"
    r"(?:photo(?:graph)?|picture|image) (?:of|shows|showing)\b|(?:pictured|above|below|left|right|(?:top|bottom)"
    r"(?:\s+(?:left|right))?)\s*:)")
"""How a caption without a credit opens ("File photo of ...", "In this photo released by ...", "Picture
shows ...", "Pictured: ...", "Above: ...", "Bottom left: ..."): news reporting a picture has an article ("A
photo of the two released on Tuesday showed ...", "The ministry released a photo of ..."), and a figure of speech says
nothing of taking or showing ("This image of a nation at peace ...", "In this picture, the bank ...")."""

_POSITIONED = re.compile(r"[A-Z][\w.'\u2019-]*\s+\((?:\d(?:st|nd|rd|th)\s+)?"
                         r"(?:[LRC](?:-[LRC])?|left|right|cent(?:er|re))\)")
_DATED_END = re.compile(rf"(?:{FULL_DATE.pattern}|\b\d{{1,2}}/\d{{1,2}}/\d{{4}})\.?[*_]*\s*$")
"""A wire picture's caption without its credit: it places the people shown ("Joe Biden (R) and Xi Jinping
walk together ...", "(2nd L)", "(L-R)", "(centre)") and closes on the day the picture was taken, with its
year ("... in Woodside, California on November 15, 2023."). A story's sentence names a party so ("Gov. Jane
Doe (R) signed the bill on Monday"), but does not end on the full date of what it reports."""


def _placed_caption(segments: list[Sentence], members: list[int]) -> bool:
    """Whether every sentence of a paragraph is a wire picture's caption (:data:`_POSITIONED`): one, or
    the page's copies of it."""
    return all(_POSITIONED.search(segments[k].text) and _DATED_END.search(segments[k].text) for k in members)


def _mark_captions(segments: list[Sentence], under_line: set[int] | frozenset[int] = frozenset()) -> list[Sentence]:
    """``segments`` with photo captions marked :attr:`Kind.CAPTION`: a paragraph opening as a caption does
    (:data:`_CAPTION_OPENER`) or placing the people of a wire picture (:func:`_placed_caption`); a credit,
    and the sentences of its paragraph before it, or when it stands alone (not closing a caption of its
    own), of the paragraph just before it (and up to CAPTION_COPIES copies of that paragraph right above
    it: pages saved from the web often show a caption twice). A credit closing the article under a
    paragraph of several sentences is the lead picture's, printed at the foot of the page: that paragraph
    is the story's, as is one of several sentences reporting what was said, whose picture's caption the page
    lost ("The coast guard said ... NHK reported ..." / "Photo: AFP"). A credit under the headline, with a
    sentence or two on the very next line (``under_line``: paragraphs with no blank line above them), is
    over its caption ("Ichiro Ohara / The Yomiuri Shimbun" / "Taiwan's military personnel stand near ...").
    Linear in the segments, however many credits a file holds."""
    paragraphs: dict[int, list[int]] = {}  # segments in order, so paragraphs come in order too
    for k, x in enumerate(segments):
        paragraphs.setdefault(x.paragraph, []).append(k)
    order = list(paragraphs.values())
    # An agency's name closing a paragraph, or alone on the line under one ("... after an earthquake." / "AFP").
    bare = {members[-1] for members in order if _bare_credit(segments[members[-1]])
            and (len(members) > 1 or segments[members[-1]].kind is not Kind.HEADING)}
    credits = bare | {k for k, x in enumerate(segments) if x.kind is not Kind.SENTENCE and is_credit(x.text)}
    shown_texts = functools.cache(lambda: Counter(tuple(words(x.text)) for x in segments))
    # A paragraph opening as a caption does ("File photo of ..."), credited or not.
    caption = set(credits).union(*(members for members in order if _CAPTION_OPENER.match(segments[members[0]].text)
                                   or _placed_caption(segments, members)))
    if not caption:
        return segments
    for at, members in enumerate(order):
        last_credit = max((k for k in members if k in credits), default=None)
        if last_credit is None:
            continue
        credit = segments[last_credit].text.strip()
        signs_off = last_credit in bare or (_SIGN_OFF.fullmatch(credit) is not None and not names_picture(credit))
        if last_credit != members[0]:  # the caption it closes is in its own paragraph
            before = [k for k in members if k < last_credit]
            if not (signs_off and (len(before) > 1 or last_credit == len(segments) - 1)):
                # A caption runs a sentence or two: more before the credit are the story's own, run into
                # one paragraph with the caption by the page's extraction; unless the page shows them
                # all again elsewhere (a caption printed twice).
                whole = len(before) <= CAPTION_SENTENCES or _shown_twice(segments, before, shown_texts)
                captioned = before if whole else before[-1:]
                caption.update(captioned)
                caption.update(_copies_above(segments, order, at, captioned))
            continue
        if _carries_caption(segments[last_credit].text):  # "Xi and Putin in the Kremlin (AP)": its own caption
            continue
        below = order[at + 1] if at + 1 < len(order) else []
        if (below and segments[below[0]].paragraph in under_line and len(below) <= CAPTION_SENTENCES
                and all(segments[k].kind is Kind.HEADING for k in (order[at - 1] if at else []))):
            caption.update(below)  # a credit over its caption, under the headline
            continue
        closes = at == len(order) - 1
        several_above = at > 0 and len(order[at - 1]) > 1
        # A sign-off; a credit closing the article under the story's last paragraph; or one under a paragraph
        # of several sentences reporting what was said, the story's, whose picture's caption the page lost.
        if (signs_off and closes) or (several_above and (
                signs_off or closes or any(reports_speech(segments[k].text) for k in order[at - 1]))):
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


def _copies_above(segments: list[Sentence], order: list[list[int]], at: int, captioned: list[int]) -> list[int]:
    """The segments of up to CAPTION_COPIES paragraphs right above paragraph ``at`` that each hold just the
    caption ``captioned`` again, word for word: a page shows a caption, then the caption with its credit
    ("... entered Number 10 on Friday." / "... entered Number 10 on Friday. Picture: Alamy")."""
    shown = [words(segments[k].text) for k in captioned]
    copies: list[int] = []
    for p in reversed(order[max(0, at - CAPTION_COPIES):at]):
        if [words(segments[k].text) for k in p] != shown:
            break
        copies.extend(p)
    return copies


def _bare_credit(x: Sentence) -> bool:
    """Whether a segment that closes a paragraph after its sentences (or stands on the line under one) is a
    credit by name alone: an agency ("Reuters", :func:`~generator.byline.credit_line`) or an outlet's
    initials ("CNN")."""
    text = x.text.strip()
    return x.kind is not Kind.SENTENCE and (credit_line(text) or _ACRONYM.fullmatch(text) is not None)


def _shown_twice(segments: list[Sentence], before: list[int],
                 shown: Callable[[], Counter[tuple[str, ...]]]) -> bool:
    """Whether every sentence of ``before`` is shown twice or more in the article, word for word (``shown``:
    how often each segment's words are, worked out once): a caption the page prints twice."""
    told = [tuple(words(segments[k].text)) for k in before if segments[k].kind is Kind.SENTENCE]
    return bool(told) and all(shown()[said] > 1 for said in told)


_ITEM_TAG = re.compile(r"<li\b", re.IGNORECASE)


def source_gap(article: Article) -> Callable[[int, int], bool] | None:
    """For an article whose body was taken out of markup (HTML): whether the source between two body
    positions (an end and a later start) holds text a reader sees, which the body left out (page
    furniture, a hidden element, a control character), or opens a list item (each is a block of its
    own, as a Markdown list's: "... goes this year:" / "<li>Roads: 4.2 million"); other tags and white
    space do not count. None for a body that is a slice of the file, which leaves nothing out."""
    if article.offsets is None or article.offset_ends is None:
        return None
    offsets, ends, text = article.offsets, article.offset_ends, article.text

    def apart(end: int, start: int) -> bool:
        gap = text[ends[end - 1]:offsets[start]] if 0 < end and start < len(offsets) else ""
        return bool(html.unescape(TAG.sub(" ", gap)).strip()) or _ITEM_TAG.search(gap) is not None
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


HEADLINE_CHARS = 120
"""Longest opening line read as a headline of several sentences (see :func:`_headline`)."""


def _headline(body: str, spans: list[tuple[int, int]]) -> bool:
    """Whether an article's first block, split into ``spans``, is a headline of several sentences: one
    short line whose last sentence does not end on a full stop ("ANALYSIS: Trump is now a felon. Will
    voters care?", "Analysis: Microsoft won the Activision war. The hard part starts now"). A lead
    paragraph ends on one, and a caption on its credit ("(AP Photo/Jane Doe)"); a headline of one
    sentence is told by its missing full stop already."""
    if len(spans) < 2:
        return False
    start, end = spans[0][0], spans[-1][1]
    line = body[start:end].strip()
    return ("\n" not in line and len(line) <= HEADLINE_CHARS and not line.endswith(".")
            and not is_credit(" ".join(body[spans[-1][0]:end].split())))


def segment(article: Article) -> tuple[Sentence, ...]:
    """Split one article into segments, each with its span in ``article.text``."""
    body = article.body
    text_end = len(body.rstrip())
    out: list[Sentence] = []
    begun = False
    under_line: set[int] = set()  # paragraphs on the line right under the block before, with no blank line between
    last_end = None
    for bs, be, heading, paragraph, item in blocks(body, source_gap(article)):
        if last_end is not None and body.count("\n", last_end, bs) == 1:
            under_line.add(paragraph)
        last_end = be
        spans = [(bs, be)] if heading else split_sentences(body, bs, be)
        if not heading and be >= text_end:
            spans = _signed_off(body, spans)
        heading = heading or (not out and _headline(body, spans))
        for n, (s, e) in enumerate(spans):
            if n == 0 and not heading:
                s = _skip_dateline(body, s, e)
            s, e = _unemphasised(body, s, e)
            visible = " ".join(body[s:e].split())
            if not visible:
                continue
            kind = kind_of(visible, heading, alone=len(spans) == 1, item=item, begun=begun,
                           last=e >= text_end)
            begun = begun or kind is Kind.SENTENCE
            start, end = article.to_source(s, e)
            out.append(Sentence(article.id, len(out), start, end, visible, kind, paragraph))
    return tuple(_mark_bios(_mark_captions(out, under_line), article.author, article.source))


_WRITER_NOTE = re.compile(r"(?:the )?(?:writer|author|columnist)s? (?:is|are|was|were|has|have) ", re.IGNORECASE)
"""An op-ed's note on its writer: "The writer is a senior fellow at ..."."""
_BY_NAMES = re.compile(r"\(?(?i:by)\s+(.+?)[.)]?$")
_NAME_SPLIT = re.compile(r"\s*(?:,|\||/|&|\band\b)\s*")
_BIO_VERB = re.compile(r"\s+(?:is|was|covers|covered|joined|has|writes|wrote|reports|previously|served|contributed)\b")
_ABOUT_VERB = re.compile(r"\s+(?:is|publishes|provides|offers|covers)\b")
"""What an outlet's note on itself says after its name, closing an article: "The Eurasia Review publishes ..."."""


def _full_names(names: str) -> set[str]:
    """The names of two words or more in a list of names ("Jane Doe and Kim, Reuters": "Jane Doe")."""
    return {n for n in (part.strip() for part in _NAME_SPLIT.split(names)) if " " in n}


def _mark_bios(segments: list[Sentence], author: str | None, source: str | None = None) -> list[Sentence]:
    """``segments`` with notes on the writer marked :attr:`Kind.BOILERPLATE`: an op-ed's "The writer is
    ...", and a sentence opening on a writer's full name and a verb of a biography ("Jane Doe covers
    Korea for ...", "Jane Doe joined the paper in 2016"). Writers are the article's author and the names of
    its bylines; a name of one word ("Kim") is left alone: it is as likely the news's own. In the article's
    last paragraph, an outlet (a byline's, or the article's ``source``) telling what it is ("The Eurasia
    Policy Review publishes independent analysis ...") is a note too."""
    names = _full_names(author or "")
    for x in segments:
        m = _BY_NAMES.match(x.text) if x.kind is not Kind.SENTENCE and BYLINE.match(x.text) else None
        if m:
            names |= _full_names(m.group(1))

    outlets = names | ({source} if source else set())
    last = segments[-1].paragraph if segments else None

    def bio(x: Sentence) -> bool:
        if _WRITER_NOTE.match(x.text):
            return True
        if any(x.text.startswith(n) and _BIO_VERB.match(x.text, len(n)) for n in names):
            return True
        if x.paragraph != last:
            return False
        opening = (x.text, x.text[4:] if x.text.startswith("The ") else "")
        return any(t.startswith(n) and _ABOUT_VERB.match(t, len(n)) for t in opening for n in outlets)
    return [dataclasses.replace(x, kind=Kind.BOILERPLATE) if x.kind is Kind.SENTENCE and bio(x) else x
            for x in segments]
