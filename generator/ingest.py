"""Stage 1, ingest: find article files, decode them, read front matter and metadata.

Decoding follows ``shared/contract/export.md`` exactly: a byte-order mark selects UTF-8, UTF-16 or
UTF-32 and is dropped; otherwise UTF-8; a file that is not valid UTF-8 is read as cp1252; line ends
are translated as Python's text mode does. Every span later stages produce indexes into that text.

A bad file never stops the run: it becomes a :class:`~generator.records.Problem` naming the file and
what is wrong, and the other articles go on.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import hashlib
import itertools
import logging
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator import html_text
from generator.byline import (KICKER, date_line, dated_credit, dateline_alone, dateline_matches, lower_case_labels,
                              masthead, opening_date, opening_outlet, opening_writers, without_dateline, writers)
from generator.errors import ArticleError, CorpusError
from generator.furniture import furniture, is_credit
from generator.records import Article, Format, Problem
from generator.sentences import count_words, split_sentences
from generator.textutil import content_stems

log = logging.getLogger(__name__)

EXTENSIONS = {".txt": Format.TEXT, ".text": Format.TEXT, ".md": Format.MARKDOWN, ".markdown": Format.MARKDOWN,
              ".html": Format.HTML, ".htm": Format.HTML}
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_BACKUP = re.compile(r"(~|\.swp|\.swo|\.bak|\.orig|\.tmp)$|^#.*#$|^\.~lock", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_MAX_FRONT_MATTER = 64 * 1024
_UNCLOSED_FRONT_MATTER = re.compile(r"\A---[ \t]*\n[ \t]*[A-Za-z_][\w -]*:")
RESERVED_IDS = frozenset({"index"})
"""Ids an article may not take: ``sources/index.md`` is the generated list of sources."""
SOURCES_PAGE = "sources/index"
OTHER_EXTENSIONS = "not an article file; articles are " + ", ".join(sorted(EXTENSIONS)) + " files"
"""The message of every file skipped for its extension, one text so the report can group them."""


@dataclass(frozen=True)
class Ingested:
    """What ingest returns: the usable articles, the problems met, and how many files were looked at."""

    articles: tuple[Article, ...]
    problems: tuple[Problem, ...]
    files_seen: int


def decode(raw: bytes) -> tuple[str, str]:
    """Decode bytes as the export contract says; return ``(text, encoding)``."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            text = raw[len(bom):].decode(encoding, errors="replace")
            break
    else:
        try:
            text, encoding = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = raw.decode("cp1252", errors="replace"), "cp1252"
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def slug(value: str) -> str:
    """A URL-safe, lowercase ASCII slug (accents folded, other characters to '-')."""
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    s = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return s[:80].strip("-") or "article"


_PLAIN_NAME = re.compile(r"[a-z0-9]+(?:[ _/-][a-z0-9]+)*")
"""A path (without its extension) whose slug keeps all but its separators: lowercase ASCII words and
numbers joined by single spaces, "_", "-" or "/". Its id is its slug alone, which no other name of this
kind shares unless it differs only in separators or extension. Every other name (capitals, accents,
punctuation, dots, over 80 characters) loses more to its slug, so its id always carries a hash of its
own path: "A B.txt" beside "a b.md" never changes that article's id. All 86 files of the 15 bench
corpora (such as ``000_cpa_wire.txt``) have plain names, so their ids are their slugs."""
_HASH_CHARS = 6
"""Hex digits of the path's SHA-1 added to an id: one in 16 million for two names with the same slug."""


def _hashed(base: str, rel: str, chars: int = _HASH_CHARS) -> str:
    """``base`` with the first ``chars`` hex digits of the path's SHA-1 (past 40, a number after them)."""
    digest = hashlib.sha1(rel.encode("utf-8")).hexdigest()
    return f"{base}-{digest[:chars]}" + (f"-{chars - 40}" if chars > 40 else "")


def article_id(rel: str) -> str:
    """The id a relative path asks for, from its own name only (see :data:`_PLAIN_NAME`)."""
    stem = os.path.splitext(rel)[0]
    base = slug(stem)
    if _PLAIN_NAME.fullmatch(stem) and len(stem) <= 80 and base not in RESERVED_IDS:
        return base
    return _hashed(base, rel)


def article_ids(files: list[str]) -> dict[str, str]:
    """Stable, unique ids for relative paths: each the slug of its path without its extension.

    A file's id depends only on its own name (:func:`article_id`), so adding, removing or renaming
    other files leaves it alone; a name whose slug drops more than its separators always carries a
    short hash of its path. Only when two plain names differ in nothing but separators or extension
    ("a_b.md", "a-b.txt") does each but the first (in path order) get the hash too.
    """
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for rel in sorted(files):
        aid = article_id(rel)
        if aid in taken:
            base = slug(os.path.splitext(rel)[0])
            aid = next(a for a in (_hashed(base, rel, n) for n in itertools.count(_HASH_CHARS)) if a not in taken)
        taken.add(aid)
        ids[rel] = aid
    return ids


class _NoAliasLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses aliases, so front matter cannot expand without bound."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: D102
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("YAML aliases (*name) are not allowed in front matter")
        return super().compose_node(parent, index)


_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", None)
"""libyaml's parser with the safe constructor, when PyYAML was built with it: several times faster."""


def load_yaml(block: str) -> Any:
    """Parse front matter safely: no Python objects, no aliases.

    Without a ``*`` the block can hold no alias, and libyaml's parser (when present) gives the same
    data as the pure-Python one, faster. Any error is raised by the pure-Python parser, so the
    message does not depend on how PyYAML was built.

    Raises:
        yaml.YAMLError: the block is not valid YAML or uses an alias.
    """
    if _FAST_LOADER is not None and "*" not in block:
        try:
            return yaml.load(block, Loader=_FAST_LOADER)  # noqa: S506 - the safe constructor
        except yaml.YAMLError:
            pass
    return yaml.load(block, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass


FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "source": ("source", "outlet", "publication", "publisher", "site_name", "site", "newspaper", "media"),
    "url": ("url", "link", "canonical_url", "canonical"),
    "published": ("published", "date", "published_at", "publish_date", "pubdate"),
    "author": ("author", "authors", "byline", "by"),
}
"""Front-matter keys read as each field of an article, in order of preference (keys are compared in
lower case, "-" read as "_"): writers and exporters name an article's outlet "source", "outlet" or
"publication" alike. Any other key is kept as the article's extra metadata."""


_FIELD_KEYS = frozenset(key for keys in FIELDS.values() for key in keys)


def field(meta: dict[str, Any], name: str) -> Any:
    """The value of front-matter field ``name`` under the first of its keys (:data:`FIELDS`) that
    gives one, or None."""
    for key in FIELDS[name]:
        value = meta.get(key)
        if value is not None and value != "":
            return value
    return None


def _meta_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value if v is not None and not isinstance(v, (dict, list)))
    if isinstance(value, dict):
        return None
    return str(value).strip() or None


def read_front_matter(text: str, rel: str) -> tuple[dict[str, Any], int]:
    """Parse YAML front matter at the start of ``text``; return ``(mapping, body_start)``.

    Raises:
        ArticleError: the front matter is not valid YAML or not a mapping.
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        if _UNCLOSED_FRONT_MATTER.match(text):
            raise ArticleError(rel, "front matter opened with '---' on line 1 is never closed (within "
                                    f"{_MAX_FRONT_MATTER // 1024} KB); add a '---' line after its last key")
        return {}, 0
    block = m.group(1) or ""
    if len(block) > _MAX_FRONT_MATTER:
        raise ArticleError(rel, f"front matter is {len(block)} characters long (limit {_MAX_FRONT_MATTER})")
    try:
        data = load_yaml(block)
    except yaml.YAMLError as exc:
        detail = str(exc).splitlines()[0]
        raise ArticleError(rel, f"malformed YAML front matter ({detail}); fix it or remove the '---' block") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ArticleError(rel, f"front matter must be a mapping of keys (title:, source: ...), found {type(data).__name__}")
    return {str(k).lower(): v for k, v in data.items()}, m.end()


def normalise_date(value: Any) -> str | None:
    """An ISO 8601 date (or date-time) from a front-matter or HTML value, or None if unreadable."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value).strip()
    if not s:
        return None
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).isoformat() if "T" in s else dt.date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        pass
    for fmt in ("%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%Y/%m/%d", "%d/%m/%Y", "%d.%m.%Y",
                "%A, %B %d, %Y", "%a, %d %b %Y %H:%M:%S %z", "%B %d %Y"):
        try:
            return dt.datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            continue
    try:  # an RFC 2822 (e-mail, RSS) date with a zone name: "Wed, 19 Jun 2024 10:00:00 GMT"
        return email.utils.parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


_DAY_MONTH = re.compile(r"(\d{1,2})/(\d{1,2})/\d{4}")
"""A numeric date read day first ("06/07/2024" is 6 July); when both parts could be the month it may
have been meant month first, as in the United States."""


def ambiguous_date(value: Any, published: str | None) -> str | None:
    """A caveat for a date read day first that could as well be month first, else None."""
    m = _DAY_MONTH.fullmatch(value.strip()) if isinstance(value, str) and published else None
    if not m or not (int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and int(m.group(1)) != int(m.group(2))):
        return None
    day = dt.date.fromisoformat(published[:10])
    other = day.replace(month=day.day, day=day.month)
    return (f"the date {value.strip()!r} could be day/month or month/day; read as {day.day} {day:%B %Y}: "
            f"write it as {day.isoformat()} (or {other.isoformat()} if it is {other.day} {other:%B})")


_HOST = re.compile(r"[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:[/?#]\S*)?$")
"""An address without its scheme ("www.example.com/story"), to which ``https://`` can be prefixed."""


def url_problem(value: Any) -> str | None:
    """Why a front-matter ``url`` cannot be linked, and what to write instead; None when it can be (or is
    not given). Only an absolute http(s) URL without white space or control characters is linked."""
    if value is None or value == "":
        return None
    s = _meta_text(value)
    if not s:
        return f"url {repr(value)[:60]} is not an address; give one, such as https://example.com/story"
    shown = repr(s[:60] + ("\u2026" if len(s) > 60 else ""))
    scheme = re.match(r"^([A-Za-z][A-Za-z0-9+-]*):(?!\d)", s)
    if not scheme:
        fix = (("https://" + s if len(s) <= 60 else "https:// before it") if _HOST.match(s)
               else "the full address, such as https://example.com/story")
        return f"url {shown} has no http:// or https://; it is not linked (write {fix})"
    if scheme.group(1).lower() not in ("http", "https"):
        return f"url {shown} is not an http:// or https:// address; it is not linked (give the web page's address)"
    if not re.match(r"^https?://[^\s/]+", s, re.IGNORECASE):
        return f"url {shown} has no host name after {scheme.group(1)}://; it is not linked (write the full address)"
    if re.search(r"\s", s):
        return f"url {shown} holds white space; it is not linked (write each space as %20)"
    if _CONTROL.search(s):
        return f"url {shown} holds a control character; it is not linked (remove it)"
    return None


def safe_url(value: Any) -> str | None:
    """The value if it is an absolute http(s) URL without white space or control characters, else None."""
    s = _meta_text(value)
    return s if s and url_problem(s) is None else None


TITLE_CHARS = 120
"""A first line longer than this is a paragraph, not a title: its opening words stand in."""
TITLE_MIN = 20
"""A paragraph's first sentence shorter than this is no title ("Dear Sir."): its opening words stand in."""


OPENING_LINES = 12
"""Short lines at the top of a body read as candidate headlines (a saved page's navigation, player and
section labels come first)."""
ECHO_CHARS = 20_000
"""Characters of the body read for its headline, and whose words a candidate headline is compared with."""
_BRACKETED = re.compile(r"[(\[].*[)\]]")
"""A line wholly in brackets: a credit or an agency's note ("(From Reuters)", "(AP)"), never a headline."""
_TRAIL = re.compile(r"[^>\u203a\u00bb]{1,40}(?:\s*[>\u203a\u00bb]\s*[^>\u203a\u00bb]+){2,}")
"""A breadcrumb trail, its parts set off by ">", "\u203a" or "\u00bb" ("Home>Articles>Biden, Xi Meet ..."): the
page's navigation; the headline it ends on stands on its own line too."""
_GALLERY = re.compile(r"\d{1,3}\s+of\s+\d{1,3}\s*[|:\u2013\u2014-]")
"""A gallery's counter opening a picture's caption ("1 of 7 | ...")."""
_SIGNS_BEFORE = re.compile("^(?:[\u2190-\u2bff\U0001f000-\U0001faff][\ufe0f\u200d]?\\s*)+")
"""Pictographs before a headline's first word (an emoji marking a video: "\U0001f3a5 Biden, Xi agree ...",
"\u25b6 Watch ...")."""
_PLAYER = re.compile(r"(?P<clip>.{8,}?)\s+(?P=clip)\s+(?:\d{1,2}:)?\d{1,2}:\d\d")
"""A video player's label: the clip's title twice, then its length ("Putin to meet with Xi in China Putin to meet
with Xi in China 03:12"), never the article's headline."""
_WEB_ADDRESS = re.compile(r"\bhttps?://|\bwww\.\w", re.IGNORECASE)
"""A web address: a line holding one is a page's record of where it came from ("date 2023-09-09
https://..."), a link or a share prompt, never a headline."""
KICKER_WORDS = 2
"""Most words of a kicker, the short line some pages set above the headline ("Google, Parent"): where
several lines echo the article, the first longer than this is the headline."""
HEADLINE_WORDS = 3
"""Fewest words of a headline after a label (:func:`_unlabelled`)."""
REPEATED = 3
"""Times a line recurs near the top of a body from which it is the page's furniture, never its headline (a
gallery's "Swipe or click to see more" under each picture, a photographer's credit)."""
_LABEL = re.compile(rf"(?:{KICKER.pattern})(?<=:)\s*")
"""A label before a headline on the same line ("UPDATE: Governor says ...", "Analysis: ...")."""
_CLOSES_SENTENCE = re.compile(r"(?<!\.)\.['\"\u2019\u201d)]*$")
_CAPTION_CLOSED = re.compile(r"(?<!\.)(?<!\b[A-Z])\.['\"\u2019\u201d)]*$")
"""A full stop closing a caption's sentence, not an abbreviation's ("... for the U.S.", "... in Washington, D.C.")."""
"""The end of a line of prose: a full stop (a headline ends on a word, a question or exclamation mark,
or a quotation; an ellipsis does not end a sentence)."""


_OUTLET_TAIL = re.compile(r"\s+(?:\||-|\u2013|\u2014|By(?=\s+\S+$))\s+((?:(?!\s[-|\u2013\u2014]\s).){1,60})$")
"""The last part of a headline line after a bar or dash ("... during Erdogan visit \u2013 Jane Doe / AL-MONITOR"), or a
one-word outlet after "By", as a site reposting a wire's story gives it ("... two days after he took office By
Reuters")."""


_THE = re.compile(r"^the\s+")


def _without_outlet(title: str | None, outlet: str | None) -> str | None:
    """``title`` without a last part that ends on the name of its ``outlet`` (:data:`_OUTLET_TAIL`), after a
    headline of three words or more."""
    tail = _OUTLET_TAIL.search(title) if title and outlet else None
    if not (tail and outlet and tail.group(1).rstrip().lower().endswith(_THE.sub("", outlet.lower()))):
        return title
    return title[:tail.start()] if len(title[:tail.start()].split()) >= 3 else title


def _first_line_title(body: str) -> str | None:
    """The headline: of the first OPENING_LINES short lines of the body (after a label such as "ANALYSIS" or a
    masthead, without a dateline naming an agency; neither in brackets, nor holding a web address
    (:data:`_WEB_ADDRESS`), nor an agency's credit such as "\u2014 AFP", nor page furniture such as "By Jane
    Doe", "This post will be updated" or a photo's caption, once a label on the line such as "UPDATE:" is read
    past, nor a copy of one cut short, nor a line the page repeats unless the article uses its words beyond its
    copies), the first that shares its words with the article's opening (:func:`_echoed`: a page saved from the
    web may open on "Skip to main content" or a radio player's "Play Live Radio") and is longer than a kicker
    (KICKER_WORDS), a whole line before one cut short ("..."), a sentence over a photo's credit aside. When
    several short lines open the body and none is echoed (a byline, a service's name), the lead's first sentence
    or opening words; a single short line is the title, echoed or not ("Ferry back"), unless it is one word
    before the lead (a place: "Rabat"); with none, the first paragraph's first sentence or opening words."""
    paper = masthead(body)
    opening: list[str] = []
    lead = None
    lines = [" ".join(line.strip().lstrip("#").split()) for line in body[:ECHO_CHARS].split("\n")]
    used = functools.cache(lambda: Counter(content_stems(body[:ECHO_CHARS])))
    # A line the page repeats is its furniture, unless the article uses its words beyond its copies: a
    # headline the page shows three times (its header, its share card) names what the article reports.
    recurring = {line for line, n in Counter(lines).items()
                 if line and n >= REPEATED and not _echoed(line, used(), n)}
    skipped: list[str] = []
    filled = [k for k, line in enumerate(lines) if line]
    # A sentence over a photo's credit is the photo's caption ("President Biden outside the museum on Tuesday." /
    # "Credit...Jane Doe/The New York Times"); a headline has no full stop.
    captions = {k for k, after in zip(filled, filled[1:]) if _CAPTION_CLOSED.search(lines[k].rstrip("*_ "))
                and is_credit(lines[after].strip("*_ "))}
    for at, line in enumerate(lines):
        if line in recurring or at in captions:
            continue
        line = without_dateline(line)
        line = _SIGNS_BEFORE.sub("", line)
        bare = line.strip("*_ ")
        if not any(c.isalnum() for c in bare) or KICKER.fullmatch(bare) or bare == paper \
                or _BRACKETED.fullmatch(bare) or _WEB_ADDRESS.search(bare) or date_line(bare) \
                or dateline_alone(bare) or dated_credit(bare) or _TRAIL.fullmatch(bare) or _GALLERY.match(bare) \
                or lower_case_labels(bare) or _PLAYER.fullmatch(bare) \
                or furniture(_unlabelled(line), headline=True):
            skipped.append(line)
            continue
        if any(other.startswith(line) for other in skipped):
            continue  # a copy of a caption or credit skipped above, cut short
        if len(line) <= TITLE_CHARS:
            if opening and _CLOSES_SENTENCE.search(line.rstrip("*_ ")):
                lead = line  # the article's prose has begun
                break
            opening.append(line)
            if len(opening) == OPENING_LINES:
                break
            continue
        if not opening:
            return _opening_words(line)
        lead = line
        break
    if len(opening) > 1:
        named = [line for line in opening if _echoed(line, used())]
        # a kicker above the headline ("Google, Parent") is echoed too, but says less
        longer = [line for line in named if count_words(line, KICKER_WORDS + 1) > KICKER_WORDS]
        # and a line cut short (a breadcrumb's "HomeWorldFerry service resumes ...") gives way to a whole one
        whole = [line for line in longer if not line.endswith(("...", "\u2026"))]
        echoed = next(iter(whole or longer or named), None)
        # none names what the article reports (a byline, a section's name): the lead's words do
        return echoed or (lead and _opening_words(lead)) or opening[0]
    if opening and lead and count_words(opening[0], 2) < 2:
        return _opening_words(lead)  # a place alone above the lead ("Rabat") is its dateline, not a headline
    return opening[0] if opening else None


def _unlabelled(line: str) -> str:
    """``line`` without a label before its headline ("UPDATE: Governor says ...", which is no note on the
    article as "UPDATE: This story has changed" is), unless little is left ("UPDATE: 2:30 p.m." is a
    time stamp)."""
    m = _LABEL.match(line)
    return line[m.end():] if m and count_words(line[m.end():], HEADLINE_WORDS) >= HEADLINE_WORDS else line


_ITEM_MARK = re.compile(r"^[-*+\u2022\u25aa\u25fe][ \t]+")
"""A list item's marker opening a line ("- Sweden's flag was raised ...")."""


def _opening_words(paragraph: str) -> str | None:
    """A title from a paragraph, a list item's marker or a dateline opening it left out ("NEW YORK --"): its
    first sentence when short enough, else its opening words."""
    paragraph = _ITEM_MARK.sub("", paragraph, count=1)
    start = max((m.end() for m in dateline_matches(paragraph)), default=0)
    if len(paragraph) - start > TITLE_MIN:
        paragraph = paragraph[start:]
    first = split_sentences(paragraph)[:1]
    if first and TITLE_MIN <= first[0][1] - first[0][0] <= TITLE_CHARS:
        return paragraph[first[0][0]:first[0][1]]
    cut = paragraph.rfind(" ", 0, TITLE_CHARS)
    return paragraph[:cut].rstrip(",;: ") + "\u2026" if cut > 0 else None


def _echoed(line: str, used: Counter[str], copies: int = 1) -> bool:
    """Whether the article (``used``: how often it uses each content stem, ``line``'s ``copies`` included)
    uses two of ``line``'s content words elsewhere (both, or its one, when it has fewer): a headline names
    what its article reports; a site's navigation, tagline or player does not."""
    own = Counter(s for s in content_stems(line) if not s.isdigit())
    return sum(used[s] > n * copies for s, n in own.items()) >= min(2, len(own)) > 0


def _title_from_name(rel: str) -> str:
    stem = os.path.splitext(os.path.basename(rel))[0]
    return re.sub(r"[_\-]+", " ", stem).strip() or stem


def _utf16_without_bom(head: bytes) -> bool:
    """Whether ``head`` reads as UTF-16 text of mostly Latin letters: NUL bytes fill every other
    place (the high byte of each character) and almost none of the places between."""
    even, odd = head[0::2], head[1::2]
    nul_even, nul_odd = even.count(0) / max(len(even), 1), odd.count(0) / max(len(odd), 1)
    return max(nul_even, nul_odd) > 0.6 and min(nul_even, nul_odd) < 0.05


def load_article(path: Path, rel: str, aid: str, raw: bytes) -> tuple[Article, list[str]]:
    """Turn one file's bytes into an :class:`Article`; return it with any caveats to report.

    Raises:
        ArticleError: the file cannot be used (empty, binary, broken front matter ...).
    """
    fmt = EXTENSIONS[path.suffix.lower()]
    if not raw.strip():
        raise ArticleError(rel, "the file is empty" if not raw else "the file holds only white space")
    if not raw.strip(b"\x00 \t\r\n\x0b\x0c"):
        raise ArticleError(rel, "the file holds only NUL bytes, no text; remove it, or save the article again")
    has_bom = any(raw.startswith(b) for b, _ in _BOMS)
    if not has_bom and b"\x00" in raw[:8192] and raw[:8192].count(b"\x00") > 8:
        if _utf16_without_bom(raw[:8192]):
            raise ArticleError(rel, "looks like UTF-16 text saved without a byte-order mark, which cannot be told "
                                    "from binary; save it as UTF-8 (or as UTF-16 with a byte-order mark)")
        raise ArticleError(rel, "looks like a binary file (NUL bytes), not text; remove it, or save it as UTF-8 text")
    text, encoding = decode(raw)
    if not _CONTROL.sub("", text).strip():
        raise ArticleError(rel, "the file holds only control characters (such as NUL), no text; remove it, or "
                                "save the article again")
    caveats: list[str] = []
    if encoding == "cp1252":
        caveats.append("not valid UTF-8; read as Windows-1252 (cp1252)")
    if "\ufffd" in text:
        bad = text.count("\ufffd")
        if bad > max(16, len(text) // 20):
            raise ArticleError(rel, f"{bad} characters could not be decoded; the file is probably binary or in an unknown encoding")
        caveats.append(f"{bad} undecodable byte(s) shown as \ufffd")
    controls = len(_CONTROL.findall(text))
    if controls:
        if controls > max(16, len(text) // 50):
            raise ArticleError(rel, f"{controls} control characters: looks like a binary file, not text")
        caveats.append(f"{controls} control character(s) (such as NUL); sentences holding them are not quoted")
    meta: dict[str, Any] = {}
    body_start = 0
    offsets: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None
    html_meta: dict[str, str | None] = {}
    if fmt is Format.HTML:
        page = html_text.extract(text)
        body, offsets, ends, html_meta = page.body, page.offsets, page.ends, page.meta
        if not page.main_found and body.strip():
            caveats.append("no article found by the extractor; using all visible text outside navigation, "
                           "headers and footers")
    else:
        meta, body_start = read_front_matter(text, rel)
        body = text[body_start:]
    if not body.strip():
        raise ArticleError(rel, "no article text found" + (" (after the front matter)" if body_start else ""))
    meta = {str(k).strip().lower().replace("-", "_"): v for k, v in meta.items()}
    extra = tuple(sorted((k, v) for k, v in ((k, _meta_text(v)) for k, v in meta.items() if k not in _FIELD_KEYS) if v))
    published_raw = field(meta, "published") or html_meta.get("published") or opening_date(body)
    source = _meta_text(field(meta, "source")) or html_meta.get("source") or opening_outlet(body)
    title = (_meta_text(field(meta, "title")) or html_meta.get("title")
             or _without_outlet(_first_line_title(body), source) or _title_from_name(rel))
    article = Article(
        id=aid,
        file=rel,
        format=fmt,
        text=text,
        body=body,
        offsets=offsets,
        offset_ends=ends,
        body_start=body_start,
        title=" ".join(title.split()),
        source=source,
        url=safe_url(field(meta, "url")) or safe_url(html_meta.get("url")),
        published=normalise_date(published_raw),
        author=_meta_text(field(meta, "author")) or writers(html_meta.get("author"), source) or opening_writers(body),
        encoding=encoding,
        meta=extra,
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
    )
    if published_raw and not article.published:
        caveats.append(f"could not read the date {str(published_raw)[:40]!r}; give it as YYYY-MM-DD")
    ambiguous = ambiguous_date(published_raw, article.published)
    if ambiguous:
        caveats.append(ambiguous)
    bad_url = url_problem(field(meta, "url"))
    if bad_url:
        caveats.append(bad_url)
    return article, caveats


def _display(name: str) -> str:
    """A file name fit to print: bytes that are not UTF-8 (kept by the OS as surrogates) shown as \ufffd."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _ignored_folder(name: str) -> bool:
    """Hidden folders (``.git``, ``.obsidian``) and Python caches hold no articles."""
    return name.startswith(".") or name == "__pycache__"


def _walk(root: Path, skip: Collection[Path] = ()) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """Sorted candidate files under ``root`` and problems for the files that are not candidates.

    Symbolic links are never followed out of ``root``: a link to a file outside it and a link to
    any folder are skipped with a message (a folder link could lead anywhere, or in a loop). The
    files of ``skip`` (resolved paths, and the names they are given by) are passed over without a word.
    """
    found: list[tuple[Path, str]] = []
    problems: list[Problem] = []
    real_root = root.resolve()
    skip_names = {path.name for path in skip}  # only a file of such a name is resolved to compare
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(dirpath)
        for name in sorted(dirnames):
            if not _ignored_folder(name) and (base / name).is_symlink():
                problems.append(Problem((base / name).relative_to(root).as_posix(),
                                        "is a symbolic link to a folder; not followed"))
        dirnames[:] = sorted(d for d in dirnames if not _ignored_folder(d) and not (base / d).is_symlink())
        for name in sorted(filenames):
            if name.startswith(".") or _BACKUP.search(name):
                continue  # hidden files and editor backups are not articles
            path = base / name
            if name in skip_names and path.resolve() in skip:
                continue
            rel = path.relative_to(root).as_posix()
            if _display(rel) != rel:
                problems.append(Problem(_display(rel), "has a file name that is not valid UTF-8; rename it"))
                continue
            if path.suffix.lower() not in EXTENSIONS:
                problems.append(Problem(rel, OTHER_EXTENSIONS))
                continue
            if path.is_symlink():
                try:
                    target = path.resolve()
                except (OSError, RuntimeError):  # Python 3.11 raises RuntimeError for a loop
                    problems.append(Problem(rel, "is a symbolic link that leads in a loop"))
                    continue
                if not path.exists():
                    problems.append(Problem(rel, "is a broken symbolic link"))
                    continue
                if not target.is_relative_to(real_root):
                    problems.append(Problem(rel, "is a symbolic link to a file outside the corpus folder; not followed"))
                    continue
            if not path.is_file():
                problems.append(Problem(rel, "is not a regular file"))
                continue
            found.append((path, rel))
    return found, problems


@dataclass(frozen=True)
class Found:
    """The article files of a corpus folder, before any is read."""

    files: tuple[tuple[Path, str, str], ...]
    """``(path, relative path, article id)`` of each candidate file, in path order."""
    problems: tuple[Problem, ...]
    """Files that are not candidates (wrong extension, links leading out ...), and why."""


def find(corpus: Path, skip: Collection[Path] = ()) -> Found:
    """The candidate article files under ``corpus`` (sorted, subfolders included), with their ids.

    ``skip``: files that are not articles even when they stand in the corpus folder (the topics file
    kept beside the articles), passed over without a message.

    Raises:
        CorpusError: the folder is missing.
    """
    if not corpus.is_dir():
        raise CorpusError(f"the corpus folder {str(corpus)!r} does not exist or is not a folder")
    found, problems = _walk(corpus, frozenset(p for path in skip for p in (path.absolute(), path.resolve())))
    ids = article_ids([rel for _, rel in found])
    return Found(tuple((path, rel, ids[rel]) for path, rel in found), tuple(problems))


def read_bytes(path: Path, rel: str, max_file_bytes: int) -> bytes:
    """The bytes of one article file.

    Raises:
        ArticleError: the file is larger than ``max_file_bytes``.
        OSError: the file cannot be read.
    """
    size = path.stat().st_size
    if size > max_file_bytes:
        raise ArticleError(rel, f"is {_size(size)}, over the {max_file_bytes / 1048576:.3g} MB limit "
                                "(raise it with --max-file-mb or max_file_mb in mkdocs.yml)")
    return path.read_bytes()


def failure(exc: ArticleError | OSError) -> str:
    """Why a file could not be used, from the error reading or loading it raised."""
    if isinstance(exc, ArticleError):
        return exc.problem
    return f"cannot be read: {exc.strerror or exc}"


Loaded = tuple[str, "Article | None", Sequence[str]]
"""One file's outcome: ``(relative path, article, caveats)``; without an article, the caveats hold
the one reason the file was skipped."""


def collect(found: Found, corpus: Path, loaded: Sequence[Loaded]) -> Ingested:
    """The articles of ``loaded`` (one entry per file of ``found``, in its order), with every problem.

    Exact duplicates are kept once, under the first path; files that failed become problems.

    Raises:
        CorpusError: no file gave a usable article.
    """
    problems = list(found.problems)
    files_seen = len(found.files) + len(problems)
    articles: list[Article] = []
    by_hash: dict[str, str] = {}
    for rel, article, caveats in loaded:
        if article is None:
            problems.append(Problem(rel, caveats[0]))
            continue
        if article.sha256 in by_hash:
            problems.append(Problem(rel, f"is an exact duplicate of {by_hash[article.sha256]}; kept once, as "
                                         f"{by_hash[article.sha256]}"))
            continue
        by_hash[article.sha256] = rel
        notes = list(caveats)
        if slug(os.path.splitext(rel)[0]) in RESERVED_IDS:
            notes.append(f"its name would take the place of the generated page {SOURCES_PAGE}; "
                         f"its own page is sources/{article.id}")
        problems.extend(Problem(rel, c, skipped=False) for c in notes)
        articles.append(article)
    if not articles:
        lines = summarise(problems, files_seen)
        detail = ("\n" + "\n".join(text for _, text in lines)) if lines else ""
        raise CorpusError(
            f"no usable article in {str(corpus)!r} ({files_seen} file(s) looked at). "
            "Add .txt, .md or .html articles to the folder." + detail
        )
    return Ingested(tuple(articles), tuple(problems), files_seen)


def load(path: Path, rel: str, aid: str, max_file_bytes: int) -> Loaded:
    """Read and load one file; a file that cannot be used gives no article and the reason."""
    try:
        article, caveats = load_article(path, rel, aid, read_bytes(path, rel, max_file_bytes))
    except (ArticleError, OSError) as exc:
        return rel, None, (failure(exc),)
    return rel, article, caveats


def ingest(corpus: Path, *, max_file_bytes: int) -> Ingested:
    """Read every article under ``corpus`` (sorted, subfolders included).

    The pipeline does the same per file, split and cached (:func:`generator.pipeline.load_all`);
    this is the plain version for callers that want articles only.

    Raises:
        CorpusError: the folder is missing, or holds no usable article.
    """
    found = find(corpus)
    return collect(found, corpus, [load(path, rel, aid, max_file_bytes) for path, rel, aid in found.files])


def summarise(problems: Sequence[Problem], files_seen: int, *, limit: int = 10) -> list[tuple[int, str]]:
    """The problems as ``(logging level, line)`` pairs, grouped, with a count at the end.

    Skipped files come first (one line each; files skipped for their extension share one line),
    then files read with a caveat, then ``"2 of 14 files skipped: a.txt, b.html"``. Both the CLI
    and the MkDocs plugin print these lines, so the two say the same.
    """
    skipped = sorted((p for p in problems if p.skipped), key=lambda p: p.file)
    notes = sorted((p for p in problems if not p.skipped), key=lambda p: p.file)
    lines: list[tuple[int, str]] = []
    others = [p.file for p in skipped if p.message == OTHER_EXTENSIONS]
    for p in skipped:
        if p.message != OTHER_EXTENSIONS:
            lines.append((logging.WARNING, f"skipped {p.file}: {p.message}"))
    if others:
        lines.append((logging.WARNING, f"skipped {_names(others, limit)}: {OTHER_EXTENSIONS}"))
    lines.extend((logging.INFO, f"read {p.file} with a caveat: {p.message}") for p in notes)
    if skipped:
        lines.append((logging.WARNING, f"{len(skipped)} of {files_seen} files skipped: "
                                       f"{_names([p.file for p in skipped], limit)}"))
    return lines


def _size(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 104858 else f"{n / 1024:.1f} KB"


def _names(files: Sequence[str], limit: int) -> str:
    shown = ", ".join(files[:limit])
    return shown + (f" and {len(files) - limit} more" if len(files) > limit else "")
