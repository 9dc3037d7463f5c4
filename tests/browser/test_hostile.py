"""Hostile article text, built with a real ``mkdocs build --strict`` and loaded in headless Chromium.

Every payload tries to run script (setting ``window.__pwned`` or opening a dialog) through a
different door: raw HTML, event-handler attributes, ``javascript:`` URLs, Markdown links,
footnotes and attribute lists, Jinja braces, closing tags, and the title, source, url and author
fields of front matter and HTML metadata. The test fails if any of it runs, and checks that the
reader sees the payloads as text.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser.conftest import serve
from conftest import mkdocs_build, project
from playwright.sync_api import Browser

pytestmark = pytest.mark.browser

SCRIPT = "<script>window.__pwned='script';alert('script')</script>"
ONERROR = "<img src=x onerror=\"window.__pwned='onerror';alert('onerror')\">"
CLOSERS = "</span></p></blockquote></div><script>window.__pwned='closer'</script>"
SVG = "<svg onload=\"window.__pwned='svg'\"></svg>"
IFRAME = "<iframe src=\"javascript:top.__pwned='iframe'\"></iframe>"
MD_LINK = "[click for details](javascript:window.__pwned='mdlink')"
MD_AUTOLINK = "<javascript:window.__pwned='autolink'>"
FOOTNOTE = "[^evil]"
ATTR_LIST = "{: onclick=\"window.__pwned='attr'\" }"
JINJA = "{{ config.site_name }} {% include 'x' %}"
JS_HREF = "<a href=\"javascript:window.__pwned='href'\">the report</a>"

HOSTILE_MD = f"""---
title: "</title><script>window.__pwned='title'</script> Trade talks {{{{ page.title }}}}"
source: "<b onmouseover=\\"window.__pwned='source'\\">Harbour Post</b>"
url: "javascript:window.__pwned='url'"
author: "<script>window.__pwned='author'</script>"
published: 2024-05-02
---
The trade minister said {SCRIPT} that the energy deal is worth two billion dollars this year.

Officials warned that {ONERROR} the border tensions could threaten regional security next month.

The delegation of ministers arrived {CLOSERS} in the capital for talks on Monday morning.

Analysts said the military risks {SVG} of the weapons deal were badly underestimated by both sides.

The foreign minister criticised the agreement {IFRAME} as a violation of the sanctions regime.

Critics said {MD_LINK} and {MD_AUTOLINK} the economic aid would never reach the workers.

The summit agenda lists the treaty signing{FOOTNOTE} and a banquet on the second evening.

[^evil]: The footnote text claims the visit was cancelled, which officials later denied.

The prime minister welcomed the investment in infrastructure {ATTR_LIST}
as a sign of closer economic ties between both countries.

The spokesman said {JINJA} the talks on grain exports would continue during the visit.

The ambassador noted that {JS_HREF} on missile technology had worried the security services.
"""

HOSTILE_TXT = (
    "    indented code block <script>window.__pwned='indent'</script>\n\n"
    "> A quote marker at the start of a line and <script>window.__pwned='quote'</script> more text here.\n\n"
    "!!! warning \"<script>window.__pwned='admonition'</script>\"\n\n"
    "The defence minister described the visit as a historic turning point in relations between the states.\n\n"
    "- The aide said the weapons shipments <style>body{display:none}</style> would continue into next year.\n\n"
    "| table | <b>cell</b> |\n|---|---|\n| The officials said trade rose by ten percent. | x |\n"
)

HOSTILE_HTML = """<html><head>
<title>&lt;script&gt;window.__pwned='htmltitle'&lt;/script&gt; Energy summit</title>
<meta property="og:site_name" content="&lt;img src=x onerror=alert('sitename')&gt;">
<meta property="og:url" content="javascript:alert('ogurl')">
<meta name="author" content="&lt;script&gt;alert('htmlauthor')&lt;/script&gt;">
<script>window.__pwned = 'page-script';</script>
</head><body><nav><a href="/">Home</a></nav><article>
<h1>Energy summit</h1>
<p>The energy ministers said &lt;script&gt;window.__pwned='entity'&lt;/script&gt; the gas deal was signed.</p>
<p onclick="window.__pwned='onclick'">Officials warned the deal carries security risks for the region next year.</p>
<p>Analysts said <a href="javascript:window.__pwned='htmlhref'">the pipeline</a> would cost four billion dollars.</p>
<p>The delegation left the capital <script>window.__pwned='inline'</script> on Tuesday after three days of talks.</p>
</article><footer>Footer text</footer></body></html>
"""

CORPUS = {
    "hostile.md": HOSTILE_MD,
    "blocks.txt": HOSTILE_TXT,
    "page.html": HOSTILE_HTML,
    "index.md": "The visit of the trade delegation was described as a success by the officials.\n",
    "<script>alert('name')</script>.txt": "The finance minister said the payment system would start in June.\n",
}
VISIBLE_AS_TEXT = ["<script>window.__pwned='script';alert('script')</script>", "onerror=", "javascript:",
                   "{{ config.site_name }}", "{: onclick=", "[click for details]", "</span></p></blockquote>"]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("hostile")
    root = project(tmp, CORPUS)
    site = tmp / "site"
    result = mkdocs_build(root, site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="module")
def served(hostile_site: Path) -> Iterator[str]:
    with serve(hostile_site) as url:
        yield url


def test_payloads_reach_the_pages(hostile_site: Path) -> None:
    """The test is only worth something if the hostile text is on the pages (escaped)."""
    dossier = json.loads((hostile_site / "dossier.json").read_text(encoding="utf-8"))
    quotes = " ".join(q["text"] for t in dossier["topics"] for q in t["quotes"])
    assert "<script>window.__pwned='script'" in quotes  # on a topic page, as a quote
    # Every sentence is on its source page, so every payload reaches a page the browser loads.
    shown = " ".join(html.unescape(re.sub(r"<[^>]+>", "", p.read_text(encoding="utf-8")))
                     for p in sorted((hostile_site / "sources").rglob("*.html")))
    for payload in ("<script>window.__pwned='script'", "onerror=", "javascript:window.__pwned='mdlink'",
                    "{{ config.site_name }}", "{: onclick="):
        assert payload in shown, payload
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) >= 10
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "<script>window.__pwned" not in text, page
        assert 'href="javascript:' not in text.lower(), page
        assert "onerror=\"window" not in text and "onclick=\"window" not in text, page


def test_no_script_from_article_text_runs_in_chromium(hostile_site: Path, served: str, browser: Browser) -> None:
    pages = sorted(p.relative_to(hostile_site).as_posix() for p in hostile_site.rglob("*.html"))
    dialogs: list[str] = []
    seen_text = ""
    context = browser.new_context()  # in the session's Chromium (tests/browser/conftest.py)
    try:
        # Nothing may leave the machine: any request to another host is refused and recorded.
        outside: list[str] = []
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(served)
                      else (outside.append(route.request.url), route.abort()))
        page = context.new_page()
        page.on("dialog", lambda d: (dialogs.append(f"{d.type}: {d.message}"), d.dismiss()))
        for rel in pages:
            page.goto(served + rel, wait_until="load")
            page.wait_for_timeout(50)
            assert page.evaluate("window.__pwned") is None, f"{rel}: script from an article ran"
            handlers = page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(e =>
                [...e.attributes].filter(a => /^on/i.test(a.name) ||
                    /^\\s*javascript:/i.test(a.value)).map(a => e.tagName + ' ' + a.name + '=' + a.value))""")
            assert handlers == [], f"{rel}: {handlers}"
            seen_text += page.inner_text("body")
        # Search shows article text in its results: type a word of a hostile sentence.
        page.goto(served, wait_until="load")
        page.keyboard.press("s")
        page.fill("input.md-search__input", "pwned")
        page.wait_for_timeout(1500)
        assert page.evaluate("window.__pwned") is None, "search results ran a script"
        assert outside == [], outside
    finally:
        context.close()
    assert dialogs == [], dialogs
    for text in VISIBLE_AS_TEXT:
        assert text in seen_text, f"{text!r} is not shown as text"
