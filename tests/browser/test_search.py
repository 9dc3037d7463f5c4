"""Search in the browser: a word from a quote finds its topic page, a word found only in an article
finds that article's source page. The words are picked from the built site, not hard-coded."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from browser.conftest import Tab, search, serve
from conftest import ROOT, mkdocs_build, project
from playwright.sync_api import expect

from generator.textutil import STOPWORDS

pytestmark = pytest.mark.browser
WORD = re.compile(r"[A-Za-z]{7,}")
MARKS = "“‘\"'("


def _docs(site: Path) -> list[dict[str, str]]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def test_a_word_from_a_quote_finds_the_topic_page(tab: Tab, base_url: str) -> None:
    page = tab.page
    page.goto(base_url + "topics/agenda/")
    quote = page.locator("blockquote p:has(.footnote-ref)").first.inner_text()
    word = max(WORD.findall(quote), key=lambda w: (len(w), w))
    found = search(page, word)
    assert any(url.startswith(base_url + "topics/agenda/") for url in found), (word, found)


def test_a_word_only_in_an_article_finds_its_source_page(tab: Tab, base_url: str, site: Path) -> None:
    docs = _docs(site)
    elsewhere = " ".join(d["title"] + " " + d["text"] for d in docs
                         if not re.match(r"sources/[^/_]+\.html", d["location"])).lower()
    candidates = sorted((len(w), w, d["location"]) for d in docs if re.match(r"sources/[^/_]+\.html", d["location"])
                        for w in set(WORD.findall(d["text"])) if w.lower() not in elsewhere)
    assert candidates, "every word of every article also appears on another page"
    _, word, location = candidates[-1]
    page = tab.page
    page.goto(base_url)
    found = search(page, word)
    assert any(url.startswith(base_url + location) for url in found), (word, location, found)
    assert not any("/topics/" in url for url in found), (word, found)


def test_a_word_opening_a_quote_is_found(tab: Tab, base_url: str, site: Path) -> None:
    """A word that a page shows only right after a quotation mark (“Before ...) is found: search splits
    words at the mark, not only at spaces and dashes."""
    docs = _docs(site)
    pages = Counter(w.lower() for d in docs for w in set(re.findall(r"[A-Za-z]+", d["text"])))
    candidates = sorted(
        (pages[w.lower()], w, d["location"]) for d in docs if d["location"].startswith("topics/")
        for w in set(re.findall(rf"[{MARKS}]([A-Za-z]{{6,}})\b", d["text"]))
        # (not a stop word: search leaves "However" out of its index, marks or no marks)
        if w.lower() not in STOPWORDS and not re.search(rf"(?<![{MARKS}])\b{w}\b", d["text"], re.IGNORECASE))
    assert candidates, "no topic page has a word only after a quotation mark"
    _, word, location = candidates[0]
    page = tab.page
    page.goto(base_url)
    found = search(page, word)
    assert any(url.startswith(base_url + location.split("#")[0]) for url in found), (word, location, found)


@pytest.fixture(scope="module")
def instant_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seed corpus built with Material's instant loading on (navigation.instant), served."""
    tmp = tmp_path_factory.mktemp("instant")
    base_text = (ROOT / "generator" / "assets" / "mkdocs.yml").read_text(encoding="utf-8")
    base = yaml.safe_load(base_text.replace("!ENV", ""))
    features = [*base["theme"]["features"], "navigation.instant"]
    root = project(tmp, ROOT / "corpus")
    config = root / "mkdocs.yml"
    with serve(tmp / "site") as url:
        # Instant loading needs site_url, the address the site is served at (it reads sitemap.xml).
        config.write_text(config.read_text(encoding="utf-8") + f"theme:\n  name: material\n  features: {features}\n"
                          f"site_url: {url}\n", encoding="utf-8")
        result = mkdocs_build(root, tmp / "site")
        assert result.returncode == 0, result.stderr
        yield url


@pytest.mark.parametrize("loading", ["page", "instant"])
def test_a_search_result_opens_at_its_match(tab: Tab, base_url: str, instant_url: str, loading: str) -> None:
    """Following a search result to a topic page brings the matched quote into view: Material marks the
    words but would leave the page at its top, far above a quote low on the page. With instant loading
    the page is swapped in without a reload, and it still does."""
    base_url = instant_url if loading == "instant" else base_url
    page = tab.page
    page.goto(base_url + "topics/agenda/")
    # the page's text above its footnotes (which repeat each quote's sentence)
    text = page.locator(".md-content").evaluate(
        "c => { const copy = c.cloneNode(true); copy.querySelector('.footnote').remove(); return copy.innerText; }"
    ).lower()
    quotes = page.locator("blockquote p:has(.footnote-ref)").all_inner_texts()
    word = next(w for q in reversed(quotes) for w in sorted(set(WORD.findall(q)), key=lambda w: (-len(w), w))
                if text.count(w.lower()) == 1)
    page.goto(base_url)
    found = [url for url in search(page, word) if url.startswith(base_url + "topics/agenda/")]
    assert found and "?h=" in found[0], (word, found)
    page.evaluate("window.dossierSamePage = true")
    page.locator(f".md-search-result__item a.md-search-result__link[href='{found[0]}']").first.click()
    page.wait_for_url(found[0])
    # Instant loading swaps the page in (this window's state survives); otherwise the page reloads.
    expect(page.locator(".md-content h1")).to_have_text(re.compile("Agenda"))
    assert page.evaluate("window.dossierSamePage === true") == (loading == "instant")
    mark = page.locator(".md-content mark[data-md-highlight]").first
    expect(mark).to_be_in_viewport()
    assert mark.evaluate("m => m.closest('blockquote') !== null && m.closest('.footnote') === null"), word
    assert page.evaluate("window.scrollY") > 0, "the match was in view without scrolling: the test shows nothing"
    assert not tab.errors, tab.errors
