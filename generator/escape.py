"""The one place where untrusted text (anything that came from an article) is made safe to render.

Article text and metadata are written by third parties. Every such string passes through one of
these functions on its way into Markdown or HTML, so that raw HTML, scripts, Markdown links,
footnotes, attribute lists and template braces all show as text and are never interpreted.
"""

from __future__ import annotations

import html
import html.entities
import re
from functools import lru_cache
from urllib.parse import urlsplit

# Every character that means something to HTML or to Python-Markdown and its extensions becomes a
# numeric character reference: Markdown leaves references alone and the browser shows the character.
_SPECIAL = "&<>\"'\\`*_[]()#!|{}^~$=+:"
_REFERENCES = {ord(c): f"&#{ord(c)};" for c in _SPECIAL}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_BLOCK_START = re.compile(r"^([-.0-9])")


def _one_line(value: str) -> str:
    """``value`` on one line: control characters as spaces, runs of white space as one space."""
    return " ".join(_CONTROL.sub(" ", value).split())


@lru_cache(maxsize=1 << 16)
def md_text(value: str) -> str:
    """Escape article text for inline Markdown (and the HTML it becomes); white space collapsed.

    The result never starts a block (it is meant to follow other text on its line) and holds no
    character Markdown or HTML would act on. (Remembered per text: source pages repeat on every
    serve rebuild.)
    """
    escaped = _one_line(value).translate(_REFERENCES)
    # A leading "-", "1." or "." could still start a list if a caller put it first on a line.
    return _BLOCK_START.sub(lambda m: f"&#{ord(m.group(1))};", escaped)


EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
"""A Markdown emphasis: a run of * or _ opening a word ("**Bench", "*People"), the same run closing a
later one ("Weekly**"); not "5 * 3", "2*3", snake_case, nor a lone mark ("window.__pwned")."""
_OPEN, _CLOSE = "\ue000", "\ue001"
_TAGS = {"1": ("<em>", "</em>"), "2": ("<strong>", "</strong>"), "3": ("<strong><em>", "</em></strong>")}


def md_emphasised(value: str) -> str:
    """:func:`md_text` of a Markdown article's text, its emphases ("*People v. Trump*", "**Bench**")
    shown as emphasis instead of as marks: a reader sees the words the source shows. Only ``<em>`` and
    ``<strong>`` are made, each closed; everything else is escaped as by :func:`md_text`."""
    if _OPEN in value or _CLOSE in value:  # the stand-ins for the tags must be ours alone
        return md_text(value)
    marked = EMPHASIS.sub(lambda m: f"{_OPEN}{len(m.group(1))}{m.group(2)}{_CLOSE}{len(m.group(1))}", value)
    if marked == value:
        return md_text(value)
    escaped = md_text(marked)
    escaped = re.sub(f"{_OPEN}([123])", lambda m: _TAGS[m.group(1)][0], escaped)
    return re.sub(f"{_CLOSE}([123])", lambda m: _TAGS[m.group(1)][1], escaped)


def html_text(value: str) -> str:
    """Escape article text for an HTML element's content or a quoted attribute value."""
    return html.escape(_one_line(value), quote=True)


_OPENING_QUOTE = re.compile(r'(?:(?<=^)|(?<=[\s(\[]))"')
_AMPERSAND = re.compile("&")


def title_text(value: str) -> str:
    """A page title safe for MkDocs themes, which print titles into HTML as they are, in text and in
    attributes, and in some attributes escaped once more (Material's footer links: an ``&#x27;`` there
    reads as those characters). So the title holds no markup character: brackets become angle
    quotation marks, quotation marks and apostrophes typographic ones ("the athletes' parade" reads
    "the athletes\u2019 parade"), and only an ampersand that could start a character reference is
    escaped ("&amp;" and "&copy" are; "Q&A" and "Tom & Jerry" are shown as they are)."""
    text = _one_line(value)
    text = text.replace("<", "\u2039").replace(">", "\u203a").replace("'", "\u2019")
    text = _OPENING_QUOTE.sub("\u201c", text).replace('"', "\u201d")
    return _AMPERSAND.sub(lambda m: "&amp;" if _starts_reference(text, m.end()) else "&", text)


@lru_cache(maxsize=1)
def _reference_names() -> dict[str, tuple[str, ...]]:
    """HTML's named character references ("amp;", "copy", "AElig"), by first letter."""
    names: dict[str, list[str]] = {}
    for name in html.entities.html5:
        names.setdefault(name[0], []).append(name)
    return {first: tuple(group) for first, group in names.items()}


def _starts_reference(text: str, at: int) -> bool:
    """Whether an ampersand before ``text[at]`` starts a character reference a browser would read."""
    rest = text[at:at + 40]
    return rest[:1] == "#" or any(rest.startswith(name) for name in _reference_names().get(rest[:1], ()))


def safe_href(url: str | None) -> str | None:
    """The URL, escaped for an ``href`` attribute, if it is an absolute http(s) URL; else None."""
    if not url or _CONTROL.search(url) or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return html.escape(url, quote=True)
