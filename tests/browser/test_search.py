"""Search in the browser: a word from a quote finds its topic page, a word found only in an article
finds that article's source page. The words are picked from the built site, not hard-coded."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from browser.conftest import Tab, search

pytestmark = pytest.mark.browser
WORD = re.compile(r"[A-Za-z]{7,}")


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
