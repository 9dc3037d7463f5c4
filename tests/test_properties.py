"""Property tests: no text or bytes crash ingest or segment, and every span stays inside its text."""

from __future__ import annotations

import html
import re
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.errors import ArticleError
from generator.ingest import EXTENSIONS, decode, load_article
from generator.records import Article
from generator.segment import segment

SUFFIXES = sorted(EXTENSIONS)
# Pieces that reach the awkward paths: front matter, tags, entities, sentence ends, line ends, BOMs.
ATOMS = ["---\n", "title: x\n", "- a\n", "&a", "*a", "<p>", "</p>", "<br>", "<!--", "-->", "<script>", "&amp;",
         "&#x41;", "&nbsp", "<", ">", ". ", "Mr. ", "U.S. ", "? ", "!\n", "\n", "\n\n", "\r\n", "\r", "\t", " ",
         "\x00", "\x07", "\ufeff", "\u2028", "\u201c", "\u00e9", "A", "word", "The", "said.", "#", "> "]
texts = st.lists(st.one_of(st.sampled_from(ATOMS), st.text(max_size=12)), max_size=60).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(article: Article) -> None:
    n = len(article.text)
    for s in segment(article):
        assert 0 <= s.start < s.end <= n, (s, n)
        span = article.text[s.start:s.end]
        if article.offsets is None:
            assert " ".join(span.split()) == s.text
        else:
            assert " ".join(html.unescape(re.sub(r"<[^>]*>", " ", span)).split()) == s.text


def load(raw: bytes, suffix: str) -> Article | None:
    try:
        article, _ = load_article(Path("f" + suffix), "f" + suffix, "f", raw)
    except ArticleError as exc:
        assert exc.path == "f" + suffix and exc.problem
        return None
    return article


@FAST
@given(raw=st.binary(max_size=400))
def test_decode_never_fails_and_translates_line_ends(raw: bytes) -> None:
    text, encoding = decode(raw)
    assert "\r" not in text
    assert encoding in {"utf-8", "cp1252", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"}


@FAST
@given(raw=st.binary(max_size=400), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_never_crash(raw: bytes, suffix: str) -> None:
    article = load(raw, suffix)
    if article is not None:
        check(article)


@FAST
@given(text=texts, suffix=st.sampled_from(SUFFIXES))
@example(text="<br>0\x1b&atitle: x\ntitle: x\n<script>", suffix=".htm")  # "&a..." is no reference
@example(text="<p>---\n<p>\x1b0", suffix=".htm")  # a line joined over a character the body left out
def test_random_text_never_crashes_and_spans_stay_inside(text: str, suffix: str) -> None:
    article = load(text.encode("utf-8", "surrogatepass"), suffix)
    if article is not None:
        check(article)


@FAST
@given(text=st.text(max_size=300))
def test_any_unicode_text_as_html(text: str) -> None:
    article = load(f"<html><body><article><p>{text}</p></article></body></html>".encode("utf-8", "surrogatepass"),
                   ".html")
    if article is not None:
        check(article)
