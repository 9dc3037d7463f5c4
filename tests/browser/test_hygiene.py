"""Every page stays on the local server and logs no console error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from browser.conftest import DESKTOP, PHONE, Tab, search, site_pages

pytestmark = pytest.mark.browser


def test_no_request_leaves_the_server_and_no_console_error(open_tab: Callable[..., Tab], base_url: str,
                                                            site: Path) -> None:
    pages = site_pages(site)
    assert len(pages) >= 10
    # On the desktop, wait until the network is quiet, so late requests (scripts fetching) count too.
    for viewport, wait in ((DESKTOP, "networkidle"), (PHONE, "load")):
        tab = open_tab(viewport=viewport)
        for path in pages:
            response = tab.page.goto(base_url + path, wait_until=wait)  # type: ignore[arg-type]
            assert response is not None and response.ok, path
        # Search loads its worker and index on first use: exercise that too.
        tab.page.goto(base_url)
        assert search(tab.page, "Putin")
        assert tab.external == [], tab.external
        assert tab.errors == [], tab.errors


def test_the_guard_sees_a_request_to_another_host(tab: Tab, base_url: str) -> None:
    # Proves the check above can fail: a page that loads anything from elsewhere is caught.
    tab.page.goto(base_url)
    tab.page.evaluate("() => { const img = new Image(); img.src = 'http://192.0.2.1/pixel.png'; "
                      "document.body.append(img); }")
    tab.page.wait_for_load_state("networkidle")
    assert tab.external == ["http://192.0.2.1/pixel.png"]
    assert tab.errors, "an aborted load logs a console error"
