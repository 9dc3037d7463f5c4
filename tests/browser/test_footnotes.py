"""From a quote to its source sentence and back: tooltips, the highlighted target, the backlink,
and the badge that says how many articles state a quote."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from browser.conftest import Tab, serve
from conftest import ROOT, mkdocs_build, project

pytestmark = pytest.mark.browser
TOPIC = "topics/agenda/"


def in_viewport(locator: Locator) -> bool:
    """Whether the element's box lies (at least partly) inside the visible viewport, below the header."""
    return bool(locator.evaluate(
        """el => { const r = el.getBoundingClientRect();
                   const header = document.querySelector('.md-header').getBoundingClientRect().bottom;
                   return r.bottom > header && r.top < window.innerHeight && r.height > 0; }"""))


def cited_sentence(note: str, link_text: str) -> str:
    """The sentence a footnote quotes after its link (the link's label, an outlet or a headline in
    quotation marks, comes first)."""
    after = note.split(link_text, 1)[1]
    return re.search(r"“(.+?)”", after).group(1)  # type: ignore[union-attr]


def targeted(page: Page) -> Locator:
    return page.locator(":target")


def test_footnote_tooltip_shows_source_and_sentence(tab: Tab, base_url: str, artifacts: Path) -> None:
    page = tab.page
    page.goto(base_url + TOPIC)
    ref = page.locator(".md-content .footnote-ref").first
    note_id = ref.get_attribute("href").removeprefix("#")  # type: ignore[union-attr]
    note = page.locator(f'[id="{note_id}"]')
    source_title = note.locator("a[href*='sources/']").first.inner_text()
    sentence = cited_sentence(note.inner_text(), source_title)
    ref.hover()
    tooltip = page.locator(".md-tooltip2--active .md-tooltip2__inner")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text(source_title)
    expect(tooltip).to_contain_text(sentence)
    # Let the fade-in finish before the picture.
    page.wait_for_function("() => getComputedStyle(document.querySelector('.md-tooltip2--active')).opacity === '1'")
    page.screenshot(path=str(artifacts / "topic-tooltip-desktop.png"))


def test_footnote_link_opens_the_highlighted_sentence(tab: Tab, base_url: str, artifacts: Path) -> None:
    page = tab.page
    page.goto(base_url + TOPIC)
    link = page.locator(".footnote li a[href*='sources/']").first
    fragment = link.get_attribute("href").split("#")[1]  # type: ignore[union-attr]
    # The footnote text quotes the sentence the link leads to.
    quoted = cited_sentence(link.locator("xpath=..").inner_text(), link.inner_text())
    link.click()
    page.wait_for_url(re.compile(r"/sources/[^/]+\.html#" + fragment + "$"))
    target = targeted(page)
    expect(target).to_have_attribute("id", fragment)
    expect(target).to_contain_text(quoted)  # the quote may itself hold “quoted words”
    assert in_viewport(target), "the cited sentence is scrolled out of sight"
    style = target.evaluate("el => { const s = getComputedStyle(el); "
                            "return {outline: s.outlineStyle, background: s.backgroundColor}; }")
    assert style["outline"] == "solid" and style["background"] not in ("rgba(0, 0, 0, 0)", "transparent"), style
    page.screenshot(path=str(artifacts / "source-sentence-desktop.png"))
    # The same sentence not targeted has no highlight: the style comes from :target.
    other = page.locator(".dossier-s:not(:target)").first
    assert other.evaluate("el => getComputedStyle(el).outlineStyle") == "none"


def test_backlink_returns_to_the_quote(tab: Tab, base_url: str) -> None:
    page = tab.page
    page.goto(base_url + TOPIC)
    link = page.locator(".footnote li a[href*='sources/']").first
    link.click()
    page.wait_for_load_state()
    back = targeted(page).locator("xpath=following-sibling::*[1][contains(@class,'dossier-back')]")
    back_link = back.locator(f"a[href*='{TOPIC}#q-']")
    expect(back_link).to_have_count(1)
    quote_id = back_link.get_attribute("href").split("#")[1]  # type: ignore[union-attr]
    back_link.click()
    page.wait_for_url(re.compile(re.escape(TOPIC) + "#" + quote_id + "$"))
    quote = page.locator(f'blockquote p:has(> [id="{quote_id}"])')
    expect(quote).to_have_count(1)
    assert in_viewport(quote), "the quote is scrolled out of sight"
    # The quote the reader came back to is highlighted too.
    assert quote.evaluate("el => getComputedStyle(el).outlineStyle") == "solid"
    # ... and it is the quote whose footnote we followed.
    expect(quote.locator(".footnote-ref")).to_have_attribute("href", re.compile(r"#fn:"))


def check_badges(page: Page) -> set[str]:
    """Check every quote's badge on the open topic page against its footnote; return the kinds seen."""
    quotes = page.locator("blockquote p:has(.footnote-ref)")
    kinds = set()
    for i in range(quotes.count()):
        quote = quotes.nth(i)
        badge = quote.locator(".dossier-badge")
        expect(badge).to_be_visible()
        note = page.locator(f'[id="{quote.locator(".footnote-ref").get_attribute("href").removeprefix("#")}"]')
        cited = note.locator('a[href*="sources/"]').count()
        expect(badge).to_have_text(re.compile(rf"^{cited} sources?\b"))
        classes = badge.get_attribute("class") or ""
        assert ("dossier-single" in classes) == (cited == 1), badge.inner_text()
        # Several articles from one outlet say so on the badge as in the footnote.
        one_outlet = "(all from one outlet)" in note.inner_text()
        assert ("dossier-one-outlet" in classes) == one_outlet == ("1 outlet" in badge.inner_text())
        kinds.add("single" if cited == 1 else "one-outlet" if one_outlet else "many")
    return kinds


def test_badges_count_the_articles_behind_each_quote(tab: Tab, base_url: str) -> None:
    page = tab.page
    page.goto(base_url + TOPIC)
    assert check_badges(page) >= {"single", "many"}, "the seed topic should show both kinds of badge"
    # A single-source badge looks different from a corroborated one.
    single_bg = page.locator(".dossier-badge.dossier-single").first.evaluate("e => getComputedStyle(e).backgroundColor")
    multi_bg = page.locator(".dossier-badge:not(.dossier-single)").first.evaluate(
        "e => getComputedStyle(e).backgroundColor")
    assert single_bg != multi_bg


def test_badge_tells_when_all_articles_come_from_one_outlet(tab: Tab, tmp_path: Path) -> None:
    same = "---\ntitle: Summit report {n}\nsource: Same Wire\n---\n\n" \
           "The two leaders signed a comprehensive strategic partnership treaty in the capital on Wednesday.\n\n" \
           "Officials said the talks would continue next month with trade and economic cooperation on the agenda.\n"
    other = "---\ntitle: Other view\nsource: Other Daily\n---\n\n" \
            "Neighbouring governments warned that the military cooperation could threaten regional security.\n"
    root = project(tmp_path, {"a1.md": same.format(n=1), "a2.md": same.format(n=2), "b.md": other})
    site = tmp_path / "site"
    result = mkdocs_build(root, site)
    assert result.returncode == 0, result.stderr
    topics = [p for p in sorted((site / "topics").glob("*/index.html")) if "dossier-one-outlet" in p.read_text("utf-8")]
    assert topics, "the two articles of one outlet should share a quote"
    with serve(site) as url:
        tab.page.goto(url + topics[0].parent.relative_to(site).as_posix() + "/")
        assert "one-outlet" in check_badges(tab.page)
        expect(tab.page.locator(".dossier-one-outlet").first).to_have_text("2 sources · 1 outlet")


def test_source_page_names_its_file(tab: Tab, base_url: str) -> None:
    page = tab.page
    page.goto(base_url + TOPIC)
    page.locator(".footnote li a[href*='sources/']").first.click()
    page.wait_for_load_state()
    meta = page.locator("article .dossier-meta")
    name = meta.locator("code").inner_text()
    assert (ROOT / "corpus" / name).is_file(), name
    assert "`" not in meta.inner_text(), "Markdown left raw in the page"
