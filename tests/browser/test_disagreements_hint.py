"""The Disagreements page on a phone: each table of versions too wide for the screen has a line above it
saying it scrolls sideways; a table that fits has none showing. Built with a real ``mkdocs build
--strict`` from a corpus with one wide and one narrow disagreement."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from browser.conftest import DESKTOP, PHONE, Tab, serve
from conftest import mkdocs_build, project
from insights_support import article

pytestmark = pytest.mark.browser

PLACES = ("harbour orchard library stadium tram market museum garden bakery theatre school chapel clinic ferry "
          "tower quay arcade gallery plaza hostel").split()
# Five estimates of one cost (a wide table of five versions) and two days of one arrival (two versions);
# each article also has sentences of its own, so the shared words stay distinctive.
CLAIMS = {
    "a": "Rebuilding the bridge could cost about $600 million, according to early estimates. "
         "The minister arrived in the capital late Wednesday for talks.",
    "b": "Early estimates put the rebuilding cost at close to $400 million. "
         "The minister is scheduled to arrive in the capital on Tuesday.",
    "c": "Engineers said early estimates put the rebuilding cost at roughly $900 million.",
    "d": "Early estimates put the rebuilding cost at about $250 million, officials said.",
    "e": "Insurers said early estimates put the rebuilding cost at nearly $1.5 billion.",
}
OVERFLOWS = "w => w.scrollWidth > w.clientWidth + 1"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("versions")
    corpus = {f"{key}.md": article(key.upper(), claim + " " + " ".join(
        f"Reporters visited the {place} during the morning." for place in PLACES[4 * n:4 * n + 4]),
        source=f"Outlet {key.upper()}") for n, (key, claim) in enumerate(CLAIMS.items())}
    site = tmp / "site"
    result = mkdocs_build(project(tmp, corpus), site)
    assert result.returncode == 0, result.stderr
    with serve(site) as url:
        yield url


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=lambda v: str(v["width"]))
def test_a_hint_shows_over_each_table_that_scrolls(open_tab: Callable[..., Tab], served: str,
                                                   viewport: dict[str, int]) -> None:
    tab = open_tab(viewport=viewport)
    page = tab.page
    page.goto(served + "insights/disagreements/")
    tables = page.locator("article .md-typeset__scrollwrap")
    hints = page.locator(".dossier-swipe")
    assert tables.count() == hints.count() == 2
    overflows = [table.evaluate(OVERFLOWS) for table in tables.all()]
    if viewport is PHONE:
        assert sorted(overflows) == [False, True]  # the five versions do not fit a phone; the two do
    for hint, overflow in zip(hints.all(), overflows):
        # Each hint sits right above its own table and follows that table alone.
        assert hint.evaluate("h => h.nextElementSibling.classList.contains('md-typeset__scrollwrap')")
        assert hint.is_visible() == (overflow and viewport is PHONE), (viewport, overflows)
        if hint.is_visible():
            assert hint.inner_text() == "Swipe sideways to see every version."
    assert tab.external == [] and tab.errors == []
