"""Fixtures of the browser tests: the seed site built once, served on 127.0.0.1 by the test, and
Debian's Chromium driven by Playwright.

Every tab records requests to any other host (and aborts them) and console errors, so a test can
assert that a page stayed local and clean.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route, expect, sync_playwright

from conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 812}
LOCAL_HOSTS = {"127.0.0.1"}
LOCAL_SCHEMES = {"file", "data", "blob", "about"}
ARTIFACTS = ROOT / "test-artifacts"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a folder without logging every request; a missing file gets ``not_found`` (if set)
    with status 404, as GitHub Pages serves a site's 404.html."""

    not_found: Path | None = None

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != 404 or self.not_found is None:
            super().send_error(code, message, explain)
            return
        body = self.not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextmanager
def serve(folder: Path, not_found: Path | None = None) -> Iterator[str]:
    """Serve ``folder`` on a free port of 127.0.0.1 from a thread; yield its base URL."""
    handler_class = type("Handler", (_QuietHandler,), {"not_found": not_found})
    handler = functools.partial(handler_class, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def site_pages(site: Path) -> list[str]:
    """Every HTML page of a built site, as URL paths relative to its root, sorted."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def search(page: Page, word: str) -> list[str]:
    """Type ``word`` into Material's search box as a reader does; return the result links (absolute)."""
    opener = page.locator("label.md-header__button[for='__search']")
    # On a phone the box hides behind a header button; on a desktop it sits in the header.
    (opener if opener.is_visible() else page.locator(".md-search__input")).click()
    # Material listens to key events, so type (fill() would not trigger a search).
    page.locator(".md-search__input").press_sequentially(word)
    results = page.locator(".md-search-result__item a.md-search-result__link")
    expect(results.first).to_be_visible()
    return results.evaluate_all("links => links.map(a => a.href)")


@dataclass
class Tab:
    """One browser page with what it did that a test may forbid."""

    page: Page
    external: list[str] = field(default_factory=list)
    """URLs of requests to any host but the local server (aborted)."""
    errors: list[str] = field(default_factory=list)
    """Console errors and uncaught exceptions, with the page URL."""


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's headless Chromium, launched once."""
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site(seed_site: Path) -> Path:
    """The seed corpus built with the project's own mkdocs.yml by a real ``mkdocs build --strict``."""
    return seed_site


@pytest.fixture(scope="session")
def base_url(site: Path) -> Iterator[str]:
    """The seed site served at the root of a local HTTP server."""
    with serve(site) as url:
        yield url


@pytest.fixture
def open_tab(browser: Browser) -> Iterator[Callable[..., Tab]]:
    """A factory of tabs, each in its own context (viewport, colour scheme); closed after the test."""
    contexts = []

    def make(viewport: dict[str, int] = DESKTOP, color_scheme: str = "light") -> Tab:
        context = browser.new_context(viewport=viewport, color_scheme=color_scheme)  # type: ignore[arg-type]
        contexts.append(context)
        page = context.new_page()
        tab = Tab(page)

        def is_local(url: str) -> bool:
            parts = urlsplit(url)
            return parts.scheme in LOCAL_SCHEMES or parts.hostname in LOCAL_HOSTS

        def guard(route: Route) -> None:
            route.continue_() if is_local(route.request.url) else route.abort()

        context.route("**/*", guard)
        # Recorded here rather than in the route: file:// loads bypass routing.
        page.on("request", lambda r: None if is_local(r.url) else tab.external.append(r.url))
        page.on("console", lambda m: tab.errors.append(f"{page.url}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: tab.errors.append(f"{page.url}: {e}"))
        return tab

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def tab(open_tab: Callable[..., Tab]) -> Tab:
    """A desktop tab (1280 x 800, light scheme)."""
    return open_tab()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """``test-artifacts/`` at the repository root (git-ignored), for screenshots."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
