"""Visible text of a saved web page, with a map from each visible character back to the HTML source.

Citations of an HTML article are spans of the HTML source (tags included), so the text the
segmenter splits must remember where each character came from. This module walks the markup once,
drops what a reader never sees (scripts, styles, navigation, headers, footers, forms), turns block
elements into line breaks and entities into characters, and records the source offset of every
character it keeps.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<![^>]*>|<\?[^>]*>|</?([a-zA-Z][a-zA-Z0-9:-]*)[^>]*>|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?",
    re.DOTALL,
)
_HIDDEN = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button",
           "select", "svg", "iframe", "object", "head", "figure", "menu", "dialog"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main",
          "blockquote", "pre", "tr", "table", "hr", "dd", "dt", "dl", "body", "html", "title"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
_META = re.compile(r"<meta\s[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Page:
    """A page's visible text, the source offset of each of its characters, and its metadata."""

    body: str
    offsets: tuple[int, ...]
    """``offsets[i]`` is where ``body[i]`` starts in the source."""
    ends: tuple[int, ...]
    """``ends[i]`` is where ``body[i]`` ends in the source (after a whole entity such as ``&amp;``)."""
    meta: dict[str, str | None]


def _metadata(source: str) -> dict[str, str | None]:
    found: dict[str, str] = {}
    for tag in _META.finditer(source[:200_000]):
        attrs = {m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "")
                 for m in _ATTR.finditer(tag.group(0))}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and attrs.get("content") and key not in found:
            found[key] = " ".join(attrs["content"].split())
    title_tag = _TITLE.search(source[:200_000])
    title = found.get("og:title") or found.get("twitter:title") or (
        " ".join(html.unescape(re.sub(r"<[^>]*>", "", title_tag.group(1))).split()) if title_tag else None)
    return {
        "title": title or None,
        "source": found.get("og:site_name") or found.get("application-name"),
        "url": found.get("og:url"),
        "published": found.get("article:published_time") or found.get("datepublished") or found.get("date")
        or found.get("pubdate"),
        "author": found.get("author") or found.get("article:author"),
    }


def extract(source: str) -> Page:
    """Visible text of ``source`` (an HTML document) with its offset map and metadata."""
    out: list[str] = []
    offs: list[int] = []
    ends: list[int] = []
    hidden: list[str] = []
    pos = 0

    def emit_text(chunk: str, base: int) -> None:
        for i, ch in enumerate(chunk):
            out.append(" " if ch in "\t\n" else ch)
            offs.append(base + i)
            ends.append(base + i + 1)

    def newline(at: int) -> None:
        if out and out[-1] != "\n":
            out.append("\n")
            offs.append(at)
            ends.append(at)

    for m in _TOKEN.finditer(source):
        if not hidden and m.start() > pos:
            emit_text(source[pos:m.start()], pos)
        pos = m.end()
        token = m.group(0)
        if token.startswith("&"):
            if not hidden:
                char = html.unescape(token)
                for ch in char:
                    out.append(ch)
                    offs.append(m.start())
                    ends.append(m.end())
            continue
        name = (m.group(1) or "").lower()
        if not name:
            continue
        closing = token.startswith("</")
        self_closing = token.endswith("/>") or name in _VOID
        if name in _HIDDEN:
            if closing:
                if name in hidden:
                    while hidden and hidden.pop() != name:
                        pass
            elif not self_closing:
                hidden.append(name)
            continue
        if not hidden and name in _BLOCK:
            newline(m.start())
    if not hidden and pos < len(source):
        emit_text(source[pos:], pos)
    return Page("".join(out), tuple(offs), tuple(ends), _metadata(source))
