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

pytestmark = pytest.mark.browser
PREFIX = "repo/"


@pytest.fixture(scope="module")
def subpath_url(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("pages")
    (root / PREFIX.rstrip("/")).symlink_to(site, target_is_directory=True)
    with serve(root) as url:
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


def test_every_internal_link_works_under_a_sub_path(tab: Tab, subpath_url: str, site: Path) -> None:
    failed: list[str] = []
    tab.page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    origin = subpath_url[: -len(PREFIX)]
    cache: dict[str, set[str] | None] = {}
    broken: list[str] = []
    checked = anchors = 0
    for path in site_pages(site):
        if path == "404.html":  # served for missing URLs with links relative to the site root
            continue
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


def test_a_missing_link_is_reported(tab: Tab, subpath_url: str) -> None:
    # The crawl above can fail: a link to a page or an anchor that does not exist is caught.
    cache: dict[str, set[str] | None] = {}
    assert _ids(subpath_url + "topics/nowhere/", cache) is None
    ids = _ids(subpath_url + "topics/agenda/", cache)
    assert ids is not None and "fn:nowhere" not in ids and any(i.startswith("fn:") for i in ids)
