"""The insight pages in a real headless Chromium: they read well (no page-wide overflow, quotes and
marks visible), links lead to the highlighted sentence, and a screenshot of each page is kept."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import mkdocs_build, project
from insights_support import fixture_corpus

pytestmark = pytest.mark.browser
playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
PAGES = ("disagreements", "timeline", "figures", "coverage", "people")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The bridge fixture built and served on a free local port; yields the base URL."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (make chromium installs it)")
    tmp = tmp_path_factory.mktemp("browser")
    site = tmp / "site"
    result = mkdocs_build(project(tmp, fixture_corpus(tmp)), site)
    assert result.returncode == 0, result.stderr
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *a: None  # type: ignore[assignment]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def page(served: str) -> Iterator[object]:
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        yield tab
        browser.close()


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


def test_narrow_screen(page, served: str, tmp_path: Path) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    try:
        page.goto(f"{served}/insights/coverage/")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"coverage overflows a phone screen by {overflow}px"
        page.screenshot(path=str(tmp_path / "coverage-phone.png"), full_page=True)
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})
