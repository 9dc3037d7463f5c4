"""The coverage table (a fact per row, a ✓ per outlet) and the other tables of the seed site: cells wrap
between words only, and on a phone the outlet columns show next to the facts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from browser.conftest import DESKTOP, PHONE, Tab

pytestmark = pytest.mark.browser
COVERAGE = "insights/coverage/"

# The cells of a table whose text breaks to a new line between two letters of one word (a break after a
# hyphen, dash or slash is fine): each character's box is compared with the one before it. A new line
# moves the box both across and along the line, in horizontal text and in text standing on end alike.
MID_WORD_BREAKS = """table => [...table.querySelectorAll('th, td')].filter(cell => {
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let prev = null;
    for (let i = 0; i < node.data.length; i++) {
      range.setStart(node, i); range.setEnd(node, i + 1);
      const box = range.getClientRects()[0];
      if (box && prev && /\\S/.test(node.data[i]) && /[^\\s\\-\\u2010-\\u2014\\/]/.test(node.data[i - 1])
          && Math.abs(box.top - prev.top) > 2 && Math.abs(box.left - prev.left) > 2) return true;
      prev = box || null;
    }
  }
  return false;
}).map(cell => cell.textContent.trim().slice(0, 60))"""


@pytest.mark.parametrize("device", ["phone", "desktop"])
@pytest.mark.parametrize("path", [COVERAGE, "insights/figures/", "sources/"])
def test_table_cells_break_between_words(open_tab: Callable[..., Tab], base_url: str, device: str,
                                         path: str) -> None:
    page = open_tab(viewport=PHONE if device == "phone" else DESKTOP).page
    page.goto(base_url + path)
    tables = page.locator("article table")
    assert tables.count() >= 1
    broken = [cell for table in tables.all() for cell in table.evaluate(MID_WORD_BREAKS)]
    assert broken == [], f"cells broken inside a word on {path}: {broken}"


def test_phone_shows_who_reports_what(open_tab: Callable[..., Tab], base_url: str) -> None:
    page = open_tab(viewport=PHONE).page
    page.goto(base_url + COVERAGE)
    width = page.evaluate("innerWidth")
    table = page.locator("article table").first
    outlets = table.locator("thead th:nth-child(n+3)")
    assert outlets.count() >= 3
    # The first outlet's column, header and ✓s, is on screen next to the facts without scrolling sideways.
    first = outlets.first.bounding_box()
    check = table.locator("tbody td:nth-child(3) a").first.bounding_box()
    assert first and check and first["x"] + first["width"] <= width and check["x"] + check["width"] <= width
    # Scrolled to the last outlet, the facts stay in view beside it.
    table.evaluate("t => { const box = t.closest('.md-typeset__scrollwrap'); box.scrollLeft = box.scrollWidth; }")
    fact = table.locator("tbody td:first-child").first.bounding_box()
    last = outlets.last.bounding_box()
    assert fact and last and fact["x"] >= 0 and fact["x"] + fact["width"] <= last["x"], (fact, last)
    assert last["x"] + last["width"] <= width + 1, (last, width)
    # Outlet names may be cut short on screen; each keeps its whole name as a title.
    names = outlets.evaluate_all("ths => ths.map(th => [th.querySelector('[title]')?.title, th.textContent.trim()])")
    assert all(title == name for title, name in names), names


# Per character of each outlet's name, its advance along the line (its box's height, the text standing
# on end) and the line's thickness (the width): a character set upright instead of turned with the rest,
# as vertical text sets quotation marks by default, takes a whole square.
UPRIGHT_CHARACTERS = """() => [...document.querySelectorAll('.dossier-outlet')].flatMap(name => {
  const walker = document.createTreeWalker(name, NodeFilter.SHOW_TEXT), range = document.createRange(), out = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    for (let i = 0; i < node.data.length; i++) {
      range.setStart(node, i); range.setEnd(node, i + 1);
      const box = range.getClientRects()[0];
      if (box && /\\S/.test(node.data[i]) && box.height >= box.width - 1) out.push(node.data);
    }
  return out;
})"""


def test_outlet_names_standing_on_end_turn_their_quotation_marks_too(tab: Tab, base_url: str) -> None:
    """The seed's articles name no outlet, so the columns are headed by headlines in quotation marks."""
    page = tab.page
    page.goto(base_url + COVERAGE)
    assert "\u201c" in page.locator(".dossier-outlet").first.inner_text()
    assert page.evaluate(UPRIGHT_CHARACTERS) == []
