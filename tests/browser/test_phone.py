"""A phone (375 x 812): nothing scrolls sideways, the navigation drawer opens and closes, and
footnotes are readable."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import expect

from browser.conftest import PHONE, Tab, site_pages

pytestmark = pytest.mark.browser


@pytest.fixture
def phone(open_tab: Callable[..., Tab]) -> Tab:
    return open_tab(viewport=PHONE)


def test_no_page_scrolls_sideways(phone: Tab, base_url: str, site: Path) -> None:
    wide = {}
    for path in site_pages(site):
        phone.page.goto(base_url + path)
        width = phone.page.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]")
        if width[0] > width[1]:
            wide[path] = width
    assert wide == {}, f"pages wider than the phone (scrollWidth, innerWidth): {wide}"


def test_navigation_drawer_opens_and_closes(phone: Tab, base_url: str) -> None:
    page = phone.page
    page.goto(base_url)
    drawer = page.locator(".md-sidebar--primary")
    right_edge = "el => el.getBoundingClientRect().right"
    assert drawer.evaluate(right_edge) <= 0, "the drawer is open before any tap"
    page.locator("label.md-header__button[for='__drawer']").click()
    expect(page.locator("#__drawer")).to_be_checked()
    page.wait_for_function("() => document.querySelector('.md-sidebar--primary').getBoundingClientRect().left >= 0")
    sources_link = drawer.get_by_role("link", name="Sources")
    expect(sources_link).to_be_visible()
    page.locator("label.md-overlay").click(position={"x": 360, "y": 400})
    expect(page.locator("#__drawer")).not_to_be_checked()
    page.wait_for_function("() => document.querySelector('.md-sidebar--primary').getBoundingClientRect().right <= 0")
    # Opened again, a link in it leads to its page.
    page.locator("label.md-header__button[for='__drawer']").click()
    sources_link.click()
    page.wait_for_url(base_url + "sources/")


def test_footnotes_are_readable(phone: Tab, base_url: str) -> None:
    page = phone.page
    page.goto(base_url + "topics/agenda/")
    ref = page.locator(".md-content .footnote-ref").first
    note_id = ref.get_attribute("href").removeprefix("#")  # type: ignore[union-attr]
    ref.click()
    note = page.locator(f'[id="{note_id}"]')
    expect(note).to_be_in_viewport()
    box = note.evaluate("el => { const r = el.getBoundingClientRect(); return {left: r.left, right: r.right, "
                        "size: parseFloat(getComputedStyle(el).fontSize), width: window.innerWidth}; }")
    assert box["left"] >= 0 and box["right"] <= box["width"], box
    assert box["size"] >= 12, f"footnote text of {box['size']}px is too small on a phone"
    expect(note.locator("a[href*='sources/']").first).to_be_visible()


def test_a_footnote_s_backlink_shows_its_whole_quote_highlighted(phone: Tab, base_url: str) -> None:
    page = phone.page
    page.goto(base_url + "topics/agenda/")
    # the longest quote: on a phone it runs to several lines above the footnote number at its end
    quotes = page.locator("blockquote p:has(sup[id^='fnref'])")
    lengths = [len(quotes.nth(i).inner_text()) for i in range(quotes.count())]
    quote = quotes.nth(lengths.index(max(lengths)))
    ref = quote.locator("sup[id^='fnref']")
    note_id = ref.locator("a").get_attribute("href").removeprefix("#")  # type: ignore[union-attr]
    ref.locator("a").click()
    page.locator(f'[id="{note_id}"] a.footnote-backref').click()
    page.wait_for_url(re.compile("#" + re.escape(ref.get_attribute("id") or "?") + "$"))
    page.wait_for_timeout(300)  # the jump is instant, but let layout settle
    box = quote.evaluate("""el => { const r = el.getBoundingClientRect();
        return {top: r.top, bottom: r.bottom, height: window.innerHeight, lines: r.height,
                header: document.querySelector('.md-header').getBoundingClientRect().bottom}; }""")
    assert box["top"] >= box["header"] and box["bottom"] <= box["height"], box  # all of it in sight
    assert box["lines"] > 60, box  # several lines: the test means something
    assert quote.evaluate("el => getComputedStyle(el).outlineStyle") == "solid"


@pytest.mark.parametrize(("path", "selector"), [("topics/agenda/", ".md-content .footnote-ref"),
                                               ("insights/coverage/", "td > a[href*='sources/']")])
def test_small_links_are_big_enough_to_tap(phone: Tab, base_url: str, path: str, selector: str) -> None:
    """A footnote number and a Coverage ✓ answer a tap up to 10 px from their centre (a 24 px target),
    though the glyphs themselves are smaller."""
    page = phone.page
    page.goto(base_url + path)
    link = page.locator(selector).first
    link.scroll_into_view_if_needed()
    missed = link.evaluate("""a => {
        const r = a.getBoundingClientRect(), x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
        return [[0, -10], [0, 10], [-10, 0], [10, 0]].filter(([dx, dy]) => {
            const hit = document.elementFromPoint(x + dx, y + dy);
            return !(hit && (hit === a || a.contains(hit)));
        });
    }""")
    assert missed == [], f"taps this far from the centre of {selector} on {path} miss it: {missed}"


def test_key_figures_read_as_cards_with_every_cell_in_view(phone: Tab, base_url: str) -> None:
    """On a phone each Key figures row stands as a card (figure, what it counts, quote, sources, one
    under the other): the table does not scroll sideways, so no row's sources are out of sight."""
    page = phone.page
    page.goto(base_url + "insights/figures/")
    wrap = page.locator(".md-typeset__scrollwrap").first
    assert wrap.evaluate("el => el.scrollWidth <= el.clientWidth"), "the Key figures table scrolls sideways"
    row = page.locator(".md-typeset table tbody tr").first
    cells = row.locator("td")
    boxes = cells.evaluate_all("tds => tds.map(td => { const r = td.getBoundingClientRect(); "
                               "return [r.left, r.right, r.top]; })")
    width = page.evaluate("window.innerWidth")
    assert len(boxes) == 4 and all(0 <= left and right <= width for left, right, _ in boxes), boxes
    assert [top for *_, top in boxes] == sorted(top for *_, top in boxes), "the cells are not one under another"
    label = cells.nth(3).evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"Sources: "'
