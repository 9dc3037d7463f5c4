"""The one place where untrusted text (anything that came from an article) is made safe to render.

Article text and metadata are written by third parties. Every such string passes through one of
these functions on its way into Markdown or HTML, so that raw HTML, scripts, Markdown links,
footnotes, attribute lists and template braces all show as text and are never interpreted.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from urllib.parse import urlsplit

# Every character that means something to HTML or to Python-Markdown and its extensions becomes a
# numeric character reference: Markdown leaves references alone and the browser shows the character.
_SPECIAL = "&<>\"'\\`*_[]()#!|{}^~$=+:"
_REFERENCES = {ord(c): f"&#{ord(c)};" for c in _SPECIAL}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_BLOCK_START = re.compile(r"^([-.0-9])")


@lru_cache(maxsize=1 << 16)
def md_text(value: str) -> str:
    """Escape article text for inline Markdown (and the HTML it becomes); white space collapsed.

    The result never starts a block (it is meant to follow other text on its line) and holds no
    character Markdown or HTML would act on. (Remembered per text: source pages repeat on every
    serve rebuild.)
    """
    escaped = " ".join(_CONTROL.sub(" ", value).split()).translate(_REFERENCES)
    # A leading "-", "1." or "." could still start a list if a caller put it first on a line.
    return _BLOCK_START.sub(lambda m: f"&#{ord(m.group(1))};", escaped)


def html_text(value: str) -> str:
    """Escape article text for an HTML element's content or a quoted attribute value."""
    return html.escape(" ".join(_CONTROL.sub(" ", value).split()), quote=True)


def title_text(value: str) -> str:
    """A page title safe for MkDocs themes, which print titles into HTML without escaping."""
    return html_text(value.replace("<", "\u2039").replace(">", "\u203a"))


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
