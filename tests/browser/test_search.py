"""Search in the browser: a word from a quote finds its topic page, a word found only in an article
finds that article's source page. The words are picked from the built site, not hard-coded."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from browser.conftest import Tab, search

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
