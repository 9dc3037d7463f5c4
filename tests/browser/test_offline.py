"""The download build (``make offline``: OFFLINE=true switches on Material's offline plugin) works
opened from disk: every link leads to a file, search works, and nothing is fetched from elsewhere."""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import unquote, urldefrag

import pytest
from playwright.sync_api import expect

from browser.conftest import Tab, search, site_pages
from conftest import ROOT, build_env, mkdocs_build

pytestmark = pytest.mark.browser
HREF = re.compile(r'<a\b[^>]*\bhref="([^"]*)"')


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("offline") / "site"
    result = mkdocs_build(ROOT, site, env=build_env(OFFLINE="true"))
    assert result.returncode == 0, result.stderr
    return site


def disk_pages(site: Path) -> list[str]:
    """The pages a reader opens from disk: all but 404.html, which only a web server shows (for
    missing URLs, so its links are absolute)."""
    return [p for p in site_pages(site) if p != "404.html"]


def test_offline_build_has_file_links_only(offline_site: Path) -> None:
    assert (offline_site / "topics" / "agenda.html").is_file(), "the offline plugin should drop directory URLs"
    assert (offline_site / "search" / "search_index.js").is_file()
    broken, checked = [], 0
    for rel in disk_pages(offline_site):
        page = offline_site / rel
        text = page.read_text(encoding="utf-8")
        assert "unpkg.com" not in text, f"{rel} loads a script from a CDN"
        for href in map(html.unescape, HREF.findall(text)):
            if re.match(r"[a-z]+:", href):
                continue  # another site, or mailto:
            path, fragment = urldefrag(href)
            target = (page.parent / unquote(path)).resolve() if path else page
            checked += 1
            if not target.is_file():
                # Opened from disk, a link to a folder shows a file listing, not the page.
                broken.append(f"{rel}: {href}")
            elif fragment and target.suffix == ".html" and f'id="{fragment}"' not in target.read_text(encoding="utf-8"):
                broken.append(f"{rel}: {href} (no anchor)")
    assert broken == [], broken
    assert checked > 200


def test_opened_from_disk_search_and_links_work(tab: Tab, offline_site: Path) -> None:
    page = tab.page
    home = (offline_site / "index.html").as_uri()
    page.goto(home)
    # A topic link on the home page (the cards are raw HTML written by the plugin) opens its page.
    page.locator("article a[href^='topics/']").first.click()
    page.wait_for_url(re.compile(r"/topics/[a-z_-]+\.html$"))
    expect(page.locator("article blockquote").first).to_be_visible()
    # A footnote opens the source file at the sentence.
    link = page.locator(".footnote li a[href*='sources/']").first
    fragment = link.get_attribute("href").split("#")[1]  # type: ignore[union-attr]
    link.click()
    page.wait_for_url(re.compile(r"/sources/[^/]+\.html#" + fragment + "$"))
    expect(page.locator(":target")).to_have_attribute("id", fragment)
    # Search, from disk.
    page.goto(home)
    found = search(page, "Pyongyang")
    assert any(url.startswith("file://") and "/topics/" in url for url in found), found
    page.locator(".md-search-result__item a.md-search-result__link").first.click()
    page.wait_for_url(re.compile(r"^file://.*\.html(\?h=[^#]*)?(#.*)?$"))
    assert tab.external == [], tab.external
    assert tab.errors == [], tab.errors


def test_every_page_opened_from_disk_is_clean(tab: Tab, offline_site: Path) -> None:
    for rel in disk_pages(offline_site):
        tab.page.goto((offline_site / rel).as_uri())
    assert tab.external == [], tab.external
    assert tab.errors == [], tab.errors
