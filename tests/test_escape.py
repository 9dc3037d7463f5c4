"""The one escaping module: article text through real Python-Markdown comes out as text only."""

from __future__ import annotations

import html
import re

import markdown
import pytest

from generator.escape import EMPHASIS, html_text, md_emphasised, md_text, safe_href, title_text

# The extensions of the base mkdocs.yml, plus attr_list, which Material users often switch on.
EXTENSIONS = ["footnotes", "admonition", "tables", "toc", "attr_list", "md_in_html"]
HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "<javascript:alert(1)>",
    "![img](x\" onerror=\"alert(1))",
    "see [^1] and [^1]: defined",
    "text {: onclick=\"alert(1)\" }",
    "{#id .cls onmouseover=alert(1)}",
    "{{ config.site_name }} {% raw %}",
    "</p></blockquote><b>bold</b>",
    "*emph* __strong__ `code` ~~del~~ ^sup^ ==mark==",
    "| a | b |",
    "&lt;already escaped&gt; &amp; &#60;",
    "\\<script\\>",
    "1. not a list",
    "- not a list",
    "# not a heading",
    "!!! note \"not an admonition\"",
    "http://example.com/<script>",
    "line\nbreak\n\n    indented",
    "<div markdown=\"1\">*x*</div>",
    "$x$ and $$y$$",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_md_text_renders_as_the_same_text(value: str) -> None:
    out = markdown.markdown("> " + md_text(value), extensions=EXTENSIONS)
    # Only the paragraph and blockquote we made: no tag, attribute or link came from the value.
    assert re.findall(r"<(/?[a-z0-9]+)", out) == ["blockquote", "p", "/p", "/blockquote"], out
    inner = re.sub(r"</?(?:blockquote|p)>", "", out).strip()
    assert html.unescape(inner) == " ".join(value.split())


@pytest.mark.parametrize("value", HOSTILE)
def test_md_text_at_the_start_of_a_line_starts_no_block(value: str) -> None:
    out = markdown.markdown(md_text(value), extensions=EXTENSIONS)
    assert re.findall(r"<(/?[a-z0-9]+)", out) == ["p", "/p"], out


@pytest.mark.parametrize("value", HOSTILE)
def test_html_text_and_title_text_leave_no_markup(value: str) -> None:
    for escaped in (html_text(value), title_text(value)):
        assert "<" not in escaped and ">" not in escaped and '"' not in escaped


@pytest.mark.parametrize(("value", "title"), [
    ("The athletes' parade", "The athletes\u2019 parade"),
    ('"Frank" talks ("open")', "\u201cFrank\u201d talks (\u201copen\u201d)"),
    ("Q&A, AT&T & Tom", "Q&A, AT&T & Tom"),
    ("&amp; &copy &#39;", "&amp;amp; &amp;copy &amp;#39;"),
])
def test_title_text_holds_no_character_reference_a_theme_would_escape_again(value: str, title: str) -> None:
    assert title_text(value) == title
    assert html.unescape(title_text(value)) == title.replace("&amp;", "&")


@pytest.mark.parametrize("value", [*HOSTILE, *(f"*{v}*" for v in HOSTILE), *(f"**{v}** and _{v}_" for v in HOSTILE),
                                   "*a* \ue000 *b*", "*<em>* and **</p>**"])
def test_md_emphasised_makes_only_balanced_emphasis(value: str) -> None:
    out = markdown.markdown("> " + md_emphasised(value), extensions=EXTENSIONS)
    tags = [t for t in re.findall(r"<(/?[a-z0-9]+)", out) if t.strip("/") not in ("blockquote", "p")]
    assert set(tags) <= {"em", "/em", "strong", "/strong"}, out
    assert tags.count("em") == tags.count("/em") and tags.count("strong") == tags.count("/strong"), out
    # The words are the value's, less the marks of its emphases.
    inner = html.unescape(re.sub(r"<[^>]+>", "", out)).strip()
    assert inner == " ".join(EMPHASIS.sub(r"\2", value).split()) or "\ue000" in value


def test_md_emphasised_shows_emphasis() -> None:
    assert md_emphasised("In *People v. Doe*, **guilty** on ***all*** counts") == (
        "In <em>People v. Doe</em>, <strong>guilty</strong> on <strong><em>all</em></strong> counts")
    assert md_emphasised("2*3 = 6, snake_case, a lone * mark") == md_text("2*3 = 6, snake_case, a lone * mark")


def test_control_characters_are_dropped() -> None:
    assert md_text("a\x00b\x07c\ufffd") == "a b c"
    assert html_text("a\x00b") == "a b"


@pytest.mark.parametrize(("url", "href"), [
    ("https://example.com/a?b=1&c=2", "https://example.com/a?b=1&amp;c=2"),
    ("http://example.com/\"onmouseover=x", "http://example.com/&quot;onmouseover=x"),
    ("javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    (" javascript:alert(1)", None),
    ("java\tscript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None),
    ("vbscript:msgbox(1)", None),
    ("//example.com/x", None),
    ("/relative/path", None),
    ("https://", None),
    ("https://exa mple.com", None),
    ("https://example.com/\x00", None),
    ("http://[::1", None),
    ("", None),
    (None, None),
])
def test_only_http_links(url: str | None, href: str | None) -> None:
    assert safe_href(url) == href
