"""Saved web pages: main text and metadata from trafilatura, citations as spans of the HTML source."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from generator import html_text
from generator.ingest import load_article
from generator.records import Article, Kind
from generator.segment import segment

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def load(name: str, source: str | None = None) -> tuple[Article, list[str]]:
    raw = source.encode("utf-8") if source is not None else (FIXTURES / name).read_bytes()
    return load_article(Path(name), name, "a", raw)


def reader_view(span: str) -> str:
    """What a reader checking a citation sees: tags to spaces, entities unescaped, white space collapsed
    (the rule of ``shared/contract/export.md`` as ``shared/eval/score.py`` applies it)."""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", span)).split())


def assert_spans_are_the_sentences(article: Article) -> int:
    sentences = segment(article)
    for s in sentences:
        assert 0 <= s.start < s.end <= len(article.text)
        assert reader_view(article.text[s.start:s.end]) == s.text, s
    return len(sentences)


NEWS_MUST = [
    "The foreign ministers of the two countries signed a treaty on Thursday",
    "“This is a fair deal for farmers on both banks,” said the minister, Marta Kos , at a press conference",
    "upstream side & warned that the commission",
    "at least 40\u00a0per\u00a0cent of the spring flow",
    "What happens next",
    "fish passages to be built at the two largest dams",
]
NEWS_MUST_NOT = ["cookie", "Accept all", "World", "Sport", "Search the Gazette", "Related stories", "Dam project",
                 "Finally some good news", "All rights reserved", "Terms of use", "newsletter", "dataLayer",
                 "document.write", "Advertisement", "console.log", "font-family", "NewsArticle", "Photo: Gazette"]


def test_news_page_keeps_the_article_and_drops_the_furniture() -> None:
    article, caveats = load("news_article.html")
    assert caveats == []
    for text in NEWS_MUST:
        assert text in article.body, text
    for text in NEWS_MUST_NOT:
        assert text not in article.body, text


def test_news_page_metadata() -> None:
    article, _ = load("news_article.html")
    assert (article.title, article.source, article.author, article.published, article.url) == (
        "Ministers agree on river treaty after three days of talks", "The Harbour Gazette", "Ana Lopes",
        "2024-03-14", "https://gazette.example.com/world/river-treaty")


PAGE = ("<html><head><title>{title}</title></head><body><article><h1>Ferry deal signed</h1><p>The transport "
        "ministers signed the ferry agreement in the harbour city on Monday after two days of talks.</p></article>"
        "</body></html>")


@pytest.mark.parametrize(("title", "source"), [
    ("Ferry deal signed after two days of talks | The Harbour Gazette", "The Harbour Gazette"),
    ("Ferry deal signed after two days of talks - WBN News", "WBN News"),
    ("Ferry deal signed after talks &#8212; A &amp; B News", "A & B News"),
    ("Ferry deal signed after two days of talks", None),  # no site named
    ("Ferry deal - the long view from both banks", None),  # a headline's own dash, not a site
    ("Ports | Ferry deal", None),  # too short a headline before the bar to tell
])
def test_a_page_without_a_site_name_takes_it_from_its_title(title: str, source: str | None) -> None:
    article, _ = load("page.html", PAGE.format(title=title))
    assert article.source == source


def test_blog_page_with_line_breaks_and_no_semantic_markup() -> None:
    article, _ = load("blog_post.htm")
    assert article.title == "Port strike ends after pay deal"
    assert article.published == "2023-05-02"
    assert "pay rise of 6% over two years." in article.body
    assert "two weeks \u2014 provided the weather stays calm." in article.body
    for text in ("Archive", "Log in", "Popular posts", "Ten photos", "Powered by", "RSS", "Copyright"):
        assert text not in article.body, text
    sentences = [s for s in segment(article) if s.kind is Kind.SENTENCE]
    assert len(sentences) == 4


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.iterdir()))
def test_every_sentence_maps_to_its_span_of_the_source(name: str) -> None:
    article, _ = load(name)
    assert assert_spans_are_the_sentences(article) >= 5


def test_spans_with_inline_tags_entities_comments_and_odd_markup() -> None:
    page = ("<html><body><article><h1>Odd &amp; markup</h1>"
            "<p>The minister<!-- a comment --> told <b>re</b>porters that the <a href='/x'>deal</a>, "
            "signed on Mon&shy;day, costs &euro;3&#8239;bn &ndash; &#x201c;a fair price&#x201d;.</p>"
            "<p>An attribute holding <a title='a>b'>a closing bracket</a> confuses a reader's check of spans.</p>"
            "<p>Critics said the price &lt;script&gt; was far too high for a country of this size.</p>"
            "<p>Officials\n   said\tthe first payment<br>would follow in the spring of next year.</p>"
            "<p>The ferry <script>if (a > b) show('ad');</script>company said <!-- x > y -->its boats were "
            "full <> all summer and that 3 < 5 was never in doubt > at all.</p>"
            "</article></body></html>")
    article, _ = load("odd.html", page)
    assert assert_spans_are_the_sentences(article) >= 3
    assert "<script>" in article.body  # an escaped tag in the page is text, to be escaped again on output
    assert "signed on Mon\u00adday, costs \u20ac3\u202fbn \u2013 \u201ca fair price\u201d." in article.body
    assert "Officials    said the first payment\nwould follow in the spring" in article.body


def test_page_where_the_extractor_finds_no_article_falls_back_to_visible_text() -> None:
    page = ("<html><head><title>Short note</title><style>p{}</style></head><body><nav>Home | News</nav>"
            "<p>Talks resume on Monday.</p><footer>Contact</footer></body></html>")
    article, caveats = load("short.html", page)
    assert article.title == "Short note"
    assert "Talks resume on Monday." in article.body
    assert "Home" not in article.body and "Contact" not in article.body
    if caveats:  # depends on whether trafilatura's recall pass accepts a one-line page
        assert caveats == ["no article found by the extractor; using all visible text outside navigation, "
                           "headers and footers"]
    assert_spans_are_the_sentences(article)


def test_date_does_not_depend_on_the_day_of_the_run() -> None:
    # htmldate rejects dates after its max_date, which defaults to today: a page dated after today
    # would get a date only once that day has come. Pinned, the same page always gives the same date.
    page = ('<html><head><meta property="article:published_time" content="2098-07-01"></head><body><article>'
            + "<p>The delegation arrived in the capital for talks on trade and energy, officials said.</p>" * 5
            + "</article></body></html>")
    article, _ = load("future.html", page)
    assert article.published == "2098-07-01"
    assert html_text.MAX_DATE == "2100-01-01"


def test_visible_text_offsets_point_into_the_source() -> None:
    source = (FIXTURES / "news_article.html").read_text(encoding="utf-8")
    seen = html_text.visible_text(source)
    assert len(seen.text) == len(seen.offs) == len(seen.ends) == len(seen.chrome)
    for i, ch in enumerate(seen.text):
        token = source[seen.offs[i]:seen.ends[i]]
        if ch.isspace():
            continue
        assert ch == token or ch in html.unescape(token), (i, ch, token)
    assert "gtag" not in seen.text and "font-family" not in seen.text


@pytest.mark.parametrize("source", [
    "", "<", ">", "<<<>>>", "<html", "<!--", "<![CDATA[", "&", "&#99999999;", "&#x110000;", "<p>\x00</p>",
    "<script>", "</p></div></body>", "<p>a</p>" * 3, "\ufeff<p>x</p>", "<?xml version='1.0'?><p>x</p>",
])
def test_broken_markup_never_crashes(source: str) -> None:
    page = html_text.extract(source)
    assert len(page.body) == len(page.offsets) == len(page.ends)
    assert all(0 <= o <= e <= len(source) for o, e in zip(page.offsets, page.ends))


def test_windows_saved_page_in_cp1252_with_crlf() -> None:
    article, caveats = load("windows_saved_page.htm")
    assert article.encoding == "cp1252" and caveats == ["not valid UTF-8; read as Windows-1252 (cp1252)"]
    assert "\r" not in article.text
    assert (article.title, article.source, article.author, article.published) == (
        "Hafenstreik nach neun Tagen beendet", "Nordkurier", "Jörg Müller", "2023-05-03")
    assert article.url == "https://www.nordkurier.example/wirtschaft/hafenstreik-beendet"
    for text in ("Die Löhne steigen in zwei Stufen um insgesamt 6\u00a0Prozent", "„Das ist ein Ergebnis",
                 "Rückstau innerhalb von zwei Wochen", "warnten vor weiteren Streiks im nächsten Jahr."):
        assert text in article.body, text
    for text in ("Cookies", "Alle akzeptieren", "Startseite", "Auf Facebook", "Lesen Sie auch", "Newsletter",
                 "Impressum", "_paq", "pixel", "NewsArticle"):
        assert text not in article.body, text


def test_html_export_is_deterministic(tmp_path: Path) -> None:
    from generator.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for fixture in FIXTURES.iterdir():
        (corpus / fixture.name).write_bytes(fixture.read_bytes())
    outs = [tmp_path / "one.json", tmp_path / "two.json"]
    for out in outs:
        assert main(["export", str(corpus), "--out", str(out), "-q"]) == 0
    assert outs[0].read_bytes() == outs[1].read_bytes()


def test_a_reference_without_semicolon_spans_only_what_it_decodes() -> None:
    from generator.html_text import visible_text

    source = "Tom &ampJerry met &atitle holders at the Caf&eacute; &#65;"
    seen = visible_text(source)
    assert seen.text == "Tom &Jerry met &atitle holders at the Café A"
    # "Jerry" and "title" are plain text: each character maps to its own source character.
    j, t = seen.text.index("Jerry"), seen.text.index("title")
    assert source[seen.offs[j]:seen.ends[j + 4]] == "Jerry"
    assert source[seen.offs[t]:seen.ends[t + 4]] == "title"
    # A decoded reference spans the whole reference.
    e = seen.text.index("é")
    assert source[seen.offs[e]:seen.ends[e]] == "&eacute;"
    amp = seen.text.index("&")
    assert source[seen.offs[amp]:seen.ends[amp]] == "&amp"


def test_a_year_alone_is_no_date_and_the_page_dateline_gives_it() -> None:
    """htmldate reads a year alone ("© 2024") as the first of January; the page's own "Published" line wins."""
    body = "<p>The delegation arrived in the capital for talks on trade and energy, officials said.</p>" * 5
    footer = "<footer><p>\u00a9 2024 Example News. All rights reserved.</p></footer>"
    undated, _ = load("a.html", f"<html><body><article><h1>Talks open</h1>{body}</article>{footer}</body></html>")
    assert undated.published is None
    dated, _ = load("b.html", f'<html><body><article><h1>Talks open</h1><p class="dateline">Published Aug. 1, 2024, '
                              f"7:15 AM ET</p>{body}</article>{footer}</body></html>")
    assert dated.published == "2024-08-01"
    new_year, _ = load("c.html", f"<html><body><article><h1>Talks open</h1><p>Published January 1, 2024</p>{body}"
                                 f"</article>{footer}</body></html>")
    assert new_year.published == "2024-01-01"


def test_a_credit_line_the_extractor_leaves_out_still_dates_and_credits_the_page() -> None:
    """A byline paragraph between headline and lead is often dropped from the article's text: the
    page's date and writers are read from it all the same, and it is not quoted."""
    lead = ("<p>The delegation arrived in the capital on Monday for three days of talks on trade, energy and the "
            "new ferry link between the two ports, officials from both governments said in a joint statement.</p>")
    body = "<p>The talks went on late into the evening, and more are planned.</p>" * 4
    page = (f'<html><body><nav><a href="/">Home</a> \u00b7 <a href="/world">World</a></nav><main><article>'
            f'<h1>Ferry talks open</h1><p class="byline">By Ana Ruiz, Senior Trade Correspondent | Sept. 21, 2024</p>'
            f"{lead}{body}</article></main></body></html>")
    article, _ = load("a.html", page)
    assert (article.published, article.author) == ("2024-09-21", "Ana Ruiz")


def test_a_list_item_is_a_segment_of_its_own_after_a_line_that_does_not_end_a_sentence() -> None:
    # A page too short for the extractor is read whole (every visible run, one line per block): nothing then
    # marks a list item but a line break, and a line ending on a colon would run on into the next. The <li>
    # keeps them apart, as a Markdown list's marker does.
    article, _ = load("list.html", "<html><body><p>The council published its budget on Monday, setting out where "
                                   "the money goes this year:</p><ul><li>Roads: 4.2 million for resurfacing the ring "
                                   "road.</li><li>Schools: 3.1 million, up from 2.5 million. The rise pays for two "
                                   "classrooms.</li><li><b>Libraries.</b></li></ul><p>The vote is due on 12 March.</p>"
                                   "</body></html>")
    assert assert_spans_are_the_sentences(article) == 6
    assert [s.text for s in segment(article)][:2] == [
        "The council published its budget on Monday, setting out where the money goes this year:",
        "Roads: 4.2 million for resurfacing the ring road."]
