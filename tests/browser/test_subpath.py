"""The site published under a sub-path, as GitHub Pages does (``https://user.github.io/repo/``):
every page loads all its assets, and every internal link and footnote anchor leads somewhere real."""

from __future__ import annotations

import html
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest

from browser.conftest import Tab, serve, site_pages
from conftest import ROOT, build_env, mkdocs_build

pytestmark = pytest.mark.browser
PREFIX = "repo/"


@pytest.fixture(scope="module")
def pages_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed site built as the Pages workflow builds it: SITE_URL names the published address."""
    site = tmp_path_factory.mktemp("pages-build") / "site"
    result = mkdocs_build(ROOT, site, env=build_env(SITE_URL=f"https://user.github.io/{PREFIX}"))
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="module")
def subpath_url(pages_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site served under /repo/, with its 404.html for missing URLs, as GitHub Pages does."""
    root = tmp_path_factory.mktemp("pages")
    (root / PREFIX.rstrip("/")).symlink_to(pages_site, target_is_directory=True)
    with serve(root, not_found=pages_site / "404.html") as url:
        yield url + PREFIX


def _ids(url: str, cache: dict[str, set[str] | None]) -> set[str] | None:
    """The element ids of the page at ``url``, or None when it does not load."""
    if url not in cache:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - our local server
                text = response.read().decode("utf-8")
            cache[url] = {html.unescape(i) for i in re.findall(r'\bid="([^"]+)"', text)}
        except OSError:
            cache[url] = None
    return cache[url]


def test_every_internal_link_works_under_a_sub_path(tab: Tab, subpath_url: str, pages_site: Path) -> None:
    failed: list[str] = []
    tab.page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    origin = subpath_url[: -len(PREFIX)]
    cache: dict[str, set[str] | None] = {}
    broken: list[str] = []
    checked = anchors = 0
    for path in site_pages(pages_site):
        tab.page.goto(subpath_url + path)
        links = tab.page.locator("a[href]").evaluate_all("links => links.map(a => a.href)")
        for link in links:
            if not link.startswith(origin):
                continue  # another site: a link, never loaded
            target, fragment = urldefrag(link)
            checked += 1
            if not target.startswith(subpath_url):
                broken.append(f"{path}: {link} leaves the sub-path")
                continue
            ids = _ids(target, cache)
            if ids is None:
                broken.append(f"{path}: {link} does not load")
            elif fragment and fragment not in ids:
                broken.append(f"{path}: {link} has no element with id {fragment!r}")
            anchors += bool(fragment)
    assert failed == [], failed
    assert broken == [], broken
    assert tab.errors == [] and tab.external == []
    assert checked > 200 and anchors > 100, (checked, anchors)
    assert all(urlsplit(u).path.startswith("/" + PREFIX) for u in cache)


def test_missing_page_shows_a_working_404_page(tab: Tab, subpath_url: str) -> None:
    failed: list[str] = []
    tab.page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    missing = subpath_url + "topics/no/such/page/"
    response = tab.page.goto(missing)
    assert response is not None and response.status == 404
    assert failed == [f"404 {missing}"], "the 404 page's own styles and scripts must load"
    # The only console error is the browser noting the 404 status of the page itself.
    assert len(tab.errors) == 1 and tab.errors[0].startswith(missing) and "404" in tab.errors[0], tab.errors
    # Its links lead back into the site under the sub-path.
    tab.page.locator(".md-sidebar--primary a.md-nav__link[href$='sources/']").first.click()
    tab.page.wait_for_url(subpath_url + "sources/")


def test_a_missing_link_is_reported(tab: Tab, subpath_url: str) -> None:
    # The crawl above can fail: a link to a page or an anchor that does not exist is caught.
    cache: dict[str, set[str] | None] = {}
    assert _ids(subpath_url + "topics/nowhere/", cache) is None
    ids = _ids(subpath_url + "topics/agenda/", cache)
    assert ids is not None and "fn:nowhere" not in ids and any(i.startswith("fn:") for i in ids)
