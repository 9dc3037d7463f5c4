"""Light and dark palettes, a clean printed topic page, and screenshots for people to look at."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import expect

from browser.conftest import DESKTOP, PHONE, Tab

pytestmark = pytest.mark.browser
TOPIC = "topics/agenda/"


def _scheme(tab: Tab) -> tuple[str, str]:
    return tab.page.evaluate("() => [document.body.dataset.mdColorScheme, getComputedStyle(document.body)"
                             ".backgroundColor]")


def test_palette_toggle_switches_light_and_dark(tab: Tab, base_url: str) -> None:
    page = tab.page
    page.goto(base_url + TOPIC)
    scheme, light_bg = _scheme(tab)
    assert scheme == "default"
    page.locator("label.md-header__button[for='__palette_1']").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    scheme, dark_bg = _scheme(tab)
    assert dark_bg != light_bg
    # The choice survives a page change, and the toggle brings the light palette back.
    page.goto(base_url)
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.locator("label.md-header__button[for='__palette_0']").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    assert _scheme(tab)[1] == light_bg


def test_dark_system_preference_gives_the_dark_palette(open_tab: Callable[..., Tab], base_url: str) -> None:
    tab = open_tab(color_scheme="dark")
    tab.page.goto(base_url + TOPIC)
    expect(tab.page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    # Badges and the highlighted sentence stay legible on the dark background.
    badge = tab.page.locator(".dossier-badge").first
    assert badge.evaluate("e => getComputedStyle(e).color") != tab.page.evaluate(
        "() => getComputedStyle(document.body).backgroundColor")


def test_printed_topic_page_shows_quotes_and_footnotes_only(tab: Tab, base_url: str, artifacts: Path) -> None:
    page = tab.page
    page.goto(base_url + TOPIC)
    page.emulate_media(media="print")
    for hidden in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search"):
        expect(page.locator(hidden).first).to_be_hidden()
    expect(page.locator("article h1")).to_be_visible()
    quotes = page.locator("article blockquote p:has(.footnote-ref)")
    assert quotes.count() >= 3
    expect(quotes.first).to_be_visible()
    expect(page.locator(".dossier-badge").first).to_be_visible()
    notes = page.locator(".footnote li")
    assert notes.count() == quotes.count()
    expect(notes.last).to_be_visible()
    # Printed, the article's width is the paper's: nothing is cut at the right edge.
    assert page.evaluate("() => document.scrollingElement.scrollWidth <= window.innerWidth")
    page.pdf(path=str(artifacts / "topic-print.pdf"))
    assert (artifacts / "topic-print.pdf").stat().st_size > 10_000


@pytest.mark.parametrize("device", ["desktop", "phone"])
@pytest.mark.parametrize("path", ["", TOPIC])
def test_screenshots(open_tab: Callable[..., Tab], base_url: str, artifacts: Path, device: str, path: str) -> None:
    tab = open_tab(viewport=DESKTOP if device == "desktop" else PHONE)
    tab.page.goto(base_url + path)
    name = f"{'topic' if path else 'home'}-{device}.png"
    tab.page.screenshot(path=str(artifacts / name), full_page=False)
    assert (artifacts / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert tab.errors == [] and tab.external == []
