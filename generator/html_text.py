"""The main text of a saved web page, with a map from each character back to the HTML source.

Citations of an HTML article are spans of the HTML source (tags included), so the text the
segmenter splits must remember where each character came from. Two steps:

1. Walk the markup once, keep what a reader sees (scripts, styles and the like dropped, entities
   turned into characters, block elements into line breaks, every other tag into one space) and
   record the source offsets of every character kept.
2. Ask trafilatura which paragraphs are the article (navigation, cookie banners, related links,
   comments and footers left out) and for the page's metadata, then find each of its paragraphs in
   the visible text of step 1. Only those regions become the body, so every sentence still maps to
   a span of the source whose text, tags removed, entities unescaped and white space collapsed, is
   the sentence.

A tag becomes a space (not nothing) because a reader checking a span replaces each tag by a space
(``shared/eval/score.py``); "said <a>Kos</a>." therefore reads "said Kos ." in a quote.
"""

from __future__ import annotations

import html
import itertools
import logging
import re
from array import array
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import trafilatura

from generator.byline import opening_date, opening_writers

# trafilatura logs a warning for every page it finds too short; we report what matters ourselves,
# naming the file, so its own messages would only be noise on the user's terminal.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)
log = logging.getLogger(__name__)

MAX_DATE = "2100-01-01"
"""Latest date htmldate may accept. Its default is today, which makes output depend on the day of
the run; a fixed bound keeps the same page giving the same date."""
_DATE_PARAMS = {"original_date": True, "extensive_search": True, "max_date": MAX_DATE}

_ENTITY_PATTERN = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?"
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<![^>]*>|<\?[^>]*>|</?([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>|<[^>]*>|"
    + _ENTITY_PATTERN,
    re.DOTALL,
)
_ENTITY = re.compile(_ENTITY_PATTERN)
TAG = re.compile(r"<[^>]*>")
"""A tag, as a reader checking a span strips it (to a space)."""
# Never shown to a reader: their content is code, styling or a document's head.
_INVISIBLE = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "select", "textarea",
              "math", "canvas", "audio", "video"}
# Page furniture. Text inside _FURNITURE is never the article, even when trafilatura's recall pass
# takes it from a short page; _SOFT elements often hold an article's headline or lead, so they are
# left out only by the fallback used when trafilatura finds no article.
_FURNITURE = {"nav", "footer", "aside", "form", "button", "menu", "dialog"}
_SOFT = {"header", "figure"}
_CHROME = _FURNITURE | _SOFT
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main",
          "blockquote", "pre", "tr", "td", "th", "table", "hr", "dd", "dt", "dl", "body", "html", "title",
          "figcaption", "address", "details", "summary", "caption"} | _CHROME
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
_SPACES = str.maketrans("\t\n", "  ")
_LIST_MARK = re.compile(r"^\s*(?:[-*\u2022]|\d{1,3}[.)])\s+")
# Characters a reader never sees, which extractors may drop: soft hyphen, zero-width ones, BOM.
_INVISIBLE_CHARS = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_DROP_INVISIBLE = {ord(c): None for c in _INVISIBLE_CHARS}
_SENTENCE_GAP = re.compile(r"(?<=[.!?\u201d\"])\s+")


@dataclass(frozen=True)
class Page:
    """A page's main text, the source offset of each of its characters, and its metadata."""

    body: str
    offsets: tuple[int, ...]
    """``offsets[i]`` is where ``body[i]`` starts in the source."""
    ends: tuple[int, ...]
    """``ends[i]`` is where ``body[i]`` ends in the source (after a whole entity such as ``&amp;``)."""
    meta: dict[str, str | None]
    main_found: bool = True
    """False when trafilatura found no article and the body is all visible text outside page
    furniture (``nav``, ``header``, ``footer`` ...)."""


@dataclass
class _Visible:
    """Step 1's result: visible text, offsets, and which characters sit in page furniture."""

    text: str
    offs: array[int]
    ends: array[int]
    chrome: bytearray
    """Per character: 0 in the page's content, 1 inside _FURNITURE, 2 inside _SOFT only."""


class _Open:
    """Elements open at this point of the walk, with O(1) membership tests (a hostile page may nest
    thousands of elements, and a list's ``in`` would make the walk quadratic)."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.count: Counter[str] = Counter()

    def __bool__(self) -> bool:
        return bool(self.names)

    def __contains__(self, name: str) -> bool:
        return self.count[name] > 0

    def push(self, name: str) -> None:
        self.names.append(name)
        self.count[name] += 1

    def close(self, name: str) -> None:
        """Close ``name`` and whatever was left open inside it; ignore a stray closing tag."""
        if name in self:
            while self.names:
                top = self.names.pop()
                self.count[top] -= 1
                if top == name:
                    break


def _emit_reference(token: str, start: int, emit: Callable[..., None]) -> None:
    """Emit a character reference found at ``start``: what it decodes to spans the reference.

    Without a ``;`` only a prefix may be a reference ("&ampfoo" reads "&foo") or none of it
    ("&atitle"); the characters after it are plain text, one source character each, so a sentence
    starting there gets a span that starts there too.
    """
    decoded = html.unescape(token)
    size = len(token)
    while size > 2 and html.unescape(token[:size - 1]) + token[size - 1:] == decoded:
        size -= 1
    head = html.unescape(token[:size])
    if head == token[:size]:
        size = 0  # no reference at all
    elif head:
        emit(head, start, start + size)
    if size < len(token):
        emit(token[size:].translate(_SPACES), start + size)


def visible_text(source: str) -> _Visible:
    """Step 1: the visible text of ``source`` with the source span of each character."""
    out: list[str] = []
    offs = array("q")
    ends = array("q")
    chrome = bytearray()
    invisible = _Open()
    furniture = _Open()
    pos = 0
    last = ""  # the last character emitted, to avoid runs of separators
    hidden_from = 0  # where the content of the outermost invisible element begins

    def emit(chunk: str, start: int, end: int | None = None) -> None:
        nonlocal last
        n = len(chunk)
        out.append(chunk)
        if end is None:  # plain text: one source character per character
            offs.extend(range(start, start + n))
            ends.extend(range(start + 1, start + n + 1))
        else:  # an entity or a tag: every character spans the whole token
            offs.extend([start] * n)
            ends.extend([end] * n)
        flag = 1 if any(f in furniture for f in _FURNITURE) else 2 if furniture else 0
        chrome.extend(bytes((flag,)) * n)
        last = chunk[-1]

    def separate(unverifiable: bool, start: int, end: int) -> None:
        # A reader checking a span only strips '<...>' runs, so a hidden element's content, or a
        # comment holding '>', would show in the span. A paragraph break keeps sentences from
        # spanning them; anything else is a tag, which reads as a space.
        if unverifiable:
            emit("\n\n" if last != "\n" else "\n", start, start)
        elif out and last not in " \n":
            emit(" ", start, end)

    # No tag can start after the last '>': looking only for entities there keeps a page of a
    # million unclosed '<a' linear (each would otherwise look for its '>' to the end of the text).
    cut = source.rfind(">") + 1
    for m in itertools.chain(_TOKEN.finditer(source, 0, cut), _ENTITY.finditer(source, cut)):
        if not invisible and m.start() > pos:
            emit(source[pos:m.start()].translate(_SPACES), pos)
        pos = m.end()
        token = m.group(0)
        if token.startswith("&"):
            if not invisible:
                _emit_reference(token, m.start(), emit)
            continue
        name = (m.group(1) or "").lower()
        closing = token.startswith("</")
        if name in _INVISIBLE:
            if closing:
                if name in invisible:
                    invisible.close(name)
                    if not invisible:
                        separate(bool(source[hidden_from:m.start()].strip()), m.start(), m.end())
            elif not token.endswith("/>"):
                if not invisible:
                    hidden_from = m.end()
                invisible.push(name)
            continue
        if invisible:
            continue
        if token.startswith(("<!--", "<![CDATA[")):
            separate(">" in token[:-1] or not token.endswith(">"), m.start(), m.end())
            continue
        if name in _CHROME and not token.endswith("/>"):
            if closing:
                furniture.close(name)
            else:
                furniture.push(name)
        if name in _BLOCK:
            if out and last != "\n":
                emit("\n", m.start(), m.start())
        elif out and last not in " \n":
            emit(" ", m.start(), m.end())
    if not invisible and pos < len(source):
        emit(source[pos:].translate(_SPACES), pos)
    return _Visible("".join(out), offs, ends, chrome)


_NEW_YEAR = re.compile(r"(?i:\bjan(?:uary|\.)?\s+1(?:st)?\b|\b1(?:st)?\s+jan(?:uary)?\b|\b\d{4}-01-01\b|\b0?1/0?1/\d{2,4}\b)")


def _new_year_guess(published: str, source: str) -> bool:
    """Whether ``published`` is htmldate's guess from a year alone ("© 2024" read as 2024-01-01): the
    first of January that the page never names. No date is better than a wrong one."""
    return published[5:10] == "01-01" and not _NEW_YEAR.search(source)


def _trafilatura(source: str) -> tuple[list[str], dict[str, str | None]]:
    """Step 2a: trafilatura's paragraphs of the main text (maybe none) and the page's metadata."""
    paragraphs: list[str] = []
    doc: Any = None
    # Saved pages are untrusted input: whatever trafilatura or lxml fail on, the page still gets
    # the fallback body (and the caller says so), rather than stopping the build.
    try:
        doc = trafilatura.bare_extraction(
            source, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
            date_extraction_params=dict(_DATE_PARAMS),
        )
        if doc is None:  # too little text for an article; the metadata may still be there
            doc = trafilatura.extract_metadata(source, date_config=dict(_DATE_PARAMS))
        else:
            paragraphs = [line for line in (doc.text or "").split("\n") if line.strip()]
    except Exception:  # noqa: BLE001 - see above
        log.debug("trafilatura failed", exc_info=True)
    meta = {
        "title": doc.title if doc else None,
        "source": doc.sitename if doc else None,
        "url": doc.url if doc else None,
        "published": doc.date if doc else None,
        "author": doc.author if doc else None,
    }
    meta = {k: (" ".join(v.split()) or None) if isinstance(v, str) else None for k, v in meta.items()}
    if meta["published"] and _new_year_guess(meta["published"], source):
        meta["published"] = None
    if not meta["source"] or meta["source"] == meta["title"]:  # trafilatura falls back on the title
        meta["source"] = site_from_title(source)
    return paragraphs, meta


_TITLE_TAG = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_SITE_SUFFIX = re.compile(r"(.+\S)\s+(?:\||-|\u2013|\u2014|::|\u00b7)\s+((?:(?:[A-Z0-9][\w.&'\u2019-]*|&)\s*){1,5})$")


def site_from_title(source: str) -> str | None:
    """The site's name as a page's ``<title>`` ends on it ("Xi backs Olympic truce | CE24 News",
    "Delta puts outage bill at $500 million - WBN News"): up to five capitalised words after a bar or
    dash, following a headline of three words or more."""
    tag = _TITLE_TAG.search(source, 0, 200_000)
    if tag is None:
        return None
    title = " ".join(html.unescape(TAG.sub(" ", tag.group(1))).split())
    m = _SITE_SUFFIX.fullmatch(title)
    if m is None or len(m.group(1).split()) < 3 or len(m.group(2)) > 40:
        return None
    return m.group(2).strip()


def _dense(value: str) -> str:
    """``value`` without white space or invisible characters, the form paragraphs are matched in."""
    return "".join(value.split()).translate(_DROP_INVISIBLE)


def _locate(paragraphs: list[str], seen: _Visible) -> list[tuple[int, int]]:
    """Step 2b: spans of the visible text holding ``paragraphs``, found in order.

    Matching ignores white space entirely, because the walk and trafilatura space tags differently;
    a paragraph not found whole is looked for sentence by sentence. A match wholly inside page
    furniture is dropped.
    """
    text = seen.text
    dense_pos = [i for i, ch in enumerate(text) if not ch.isspace() and ch not in _INVISIBLE_CHARS]
    dense = "".join(text[i] for i in dense_pos)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for paragraph in paragraphs:
        pieces = [paragraph]
        if dense.find(_dense(paragraph), cursor) < 0:
            stripped = _LIST_MARK.sub("", paragraph)
            pieces = [stripped] if dense.find(_dense(stripped), cursor) >= 0 else _SENTENCE_GAP.split(stripped)
        for piece in pieces:
            key = _dense(piece)
            at = dense.find(key, cursor) if key else -1
            if at < 0:
                continue
            start, end = dense_pos[at], dense_pos[at + len(key) - 1] + 1
            cursor = at + len(key)
            if 0 not in seen.chrome[start:end] and 1 in seen.chrome[start:end]:
                continue
            if spans and not text[spans[-1][1]:start].strip():
                # Only white space (a line break, a <br>) between two pieces: one region, so a
                # sentence that runs across a line break is not cut in two.
                start = spans.pop()[0]
            spans.append((start, end))
    return spans


CREDIT_LINES = 6
"""Lines of visible text just above a page's lead paragraph read for its credit line (byline, date)."""
LEAD_CHARS = 200
"""A paragraph of the article this long is its lead: headline, standfirst and credit line come before it."""


def _credit_from_opening(meta: dict[str, str | None], seen: _Visible, start: int) -> None:
    """Fill a page's missing date and author from the credit line above its lead paragraph, which
    starts at ``start`` ("By Jane Doe | Sept. 21, 2024"): the extractor often leaves it out of both the
    article's text and its metadata."""
    # Page furniture included: a date line is often styled, and flagged, as such.
    opening = "\n".join([line for line in seen.text[:start].split("\n") if line.strip()][-CREDIT_LINES:])
    if not meta["published"]:
        day = opening_date(opening)
        meta["published"] = day.isoformat() if day else None
    if not meta["author"]:
        meta["author"] = opening_writers(opening)


def extract(source: str) -> Page:
    """The main text of ``source`` (an HTML document) with its offset map and metadata."""
    seen = visible_text(source)
    paragraphs, meta = _trafilatura(source)
    spans = _locate(paragraphs, seen) if paragraphs else []
    main_found = bool(spans)
    if main_found and not (meta["published"] and meta["author"]):
        _credit_from_opening(meta, seen, next((s for s, e in spans if e - s > LEAD_CHARS), spans[0][0]))
    if not main_found:
        # No article found: fall back to every visible run outside page furniture.
        spans, start = [], None
        for i, flag in enumerate(seen.chrome):
            if not flag and start is None:
                start = i
            elif flag and start is not None:
                spans.append((start, i))
                start = None
        if start is not None:
            spans.append((start, len(seen.text)))
    parts: list[str] = []
    offs: list[int] = []
    ends: list[int] = []
    for s, e in spans:
        if parts:
            # A paragraph break between regions, placed where the previous region ends.
            parts.append("\n\n")
            offs.extend((ends[-1], ends[-1]))
            ends.extend((ends[-1], ends[-1]))
        parts.append(seen.text[s:e])
        offs.extend(seen.offs[s:e])
        ends.extend(seen.ends[s:e])
    return Page("".join(parts), tuple(offs), tuple(ends), meta, main_found)
