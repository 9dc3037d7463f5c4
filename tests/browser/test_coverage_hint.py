"""The coverage table on a phone: a line above it says the table scrolls sideways, shown only while it
does (and never on a desktop)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from browser.conftest import DESKTOP, PHONE, Tab

pytestmark = pytest.mark.browser
COVERAGE = "insights/coverage/"
OVERFLOWS = "t => { const box = t.closest('.md-typeset__scrollwrap'); return box.scrollWidth > box.clientWidth + 1; }"
"""Whether the table is wider than its scroll box, so the reader must scroll sideways to see it all."""


@pytest.mark.parametrize("viewport", [{"width": 320, "height": 640}, PHONE, {"width": 600, "height": 900}, DESKTOP],
                         ids=lambda v: str(v["width"]))
def test_swipe_hint_shows_while_the_table_scrolls(open_tab: Callable[..., Tab], base_url: str,
                                                  viewport: dict[str, int]) -> None:
    tab = open_tab(viewport=viewport)
    page = tab.page
    page.goto(base_url + COVERAGE)
    hint = page.locator(".dossier-swipe")
    assert hint.count() == 1
    overflows = page.locator("article table").first.evaluate(OVERFLOWS)
    if viewport["width"] <= PHONE["width"]:
        assert overflows  # the seed's outlets do not fit a phone's width: the case the hint is for
    assert hint.is_visible() == (overflows and viewport["width"] < DESKTOP["width"]), (viewport, overflows)
    if hint.is_visible():
        box = hint.bounding_box()
        assert box and 0 <= box["x"] and box["x"] + box["width"] <= viewport["width"], box
        assert "sideways" in hint.inner_text()
    assert tab.external == [] and tab.errors == []
