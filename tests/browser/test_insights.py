"""The insight pages in a real headless Chromium: they read well (no page-wide overflow, quotes and
marks visible), links lead to the highlighted sentence, and a screenshot of each page is kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser.conftest import serve
from conftest import mkdocs_build, project
from insights_support import fixture_corpus
from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.browser
PAGES = ("disagreements", "timeline", "figures", "coverage", "people")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The bridge fixture built and served on a free local port; yields the base URL (no slash)."""
    tmp = tmp_path_factory.mktemp("insights")
    site = tmp / "site"
    result = mkdocs_build(project(tmp, fixture_corpus(tmp)), site)
    assert result.returncode == 0, result.stderr
    with serve(site) as url:
        yield url.rstrip("/")


@pytest.fixture(scope="module")
def page(browser: Browser, served: str) -> Iterator[Page]:
    """One desktop tab in the session's Chromium (see tests/browser/conftest.py)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("name", PAGES)
def test_page_reads_well(page, served: str, name: str, tmp_path: Path) -> None:
    page.goto(f"{served}/insights/{name}/")
    assert page.locator("h1").first.is_visible()
    # Wide tables scroll inside their own box; the page itself never scrolls sideways.
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"{name} overflows by {overflow}px"
    links = page.locator("article a[href*='sources/']")
    assert links.count() > 0
    shot = tmp_path / f"{name}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


def test_values_are_marked_and_link_to_the_sentence(page, served: str) -> None:
    page.goto(f"{served}/insights/disagreements/")
    marks = page.locator("article td mark")
    assert marks.count() >= 6 and marks.first.is_visible()
    link = page.locator("article td a[href*='#s-']").first
    href = link.get_attribute("href")
    link.click()
    page.wait_for_load_state()
    anchor = href.split("#")[1]
    target = page.locator(f"#{anchor}")
    assert target.is_visible()
    assert page.evaluate("location.hash") == f"#{anchor}"


def test_a_disputed_quote_leads_to_the_versions_side_by_side(page, served: str) -> None:
    # a reader on a topic page sees that outlets give other values, and one click shows them
    for topic in page.request.get(f"{served}/dossier.json").json()["topics"]:
        page.goto(f"{served}/topics/{topic['id']}/")
        note = page.locator("blockquote .dossier-differ")
        if note.count():
            break
    assert note.count() and note.first.is_visible()
    link = note.first.locator("a")
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_load_state()
    assert "/insights/disagreements/" in page.url and page.evaluate("location.hash") == f"#{anchor}"
    heading = page.locator(f"h2#{anchor}")
    assert heading.is_visible() and heading.locator("xpath=following::table[1]//mark").count() >= 2


def test_narrow_screen(page, served: str, tmp_path: Path) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    try:
        page.goto(f"{served}/insights/coverage/")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"coverage overflows a phone screen by {overflow}px"
        page.screenshot(path=str(tmp_path / "coverage-phone.png"), full_page=True)
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})
