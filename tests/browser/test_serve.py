"""``mkdocs serve --livereload`` (what ``make serve`` runs): an open page reloads by itself when an
article in the corpus folder is edited, added or removed."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from browser.conftest import Tab
from conftest import SEED_CORPUS, build_env, project

pytestmark = pytest.mark.browser
RELOAD_TIMEOUT_MS = 60_000  # a rebuild of the seed corpus takes a second or two; machines are shared


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A copy of the seed corpus served by ``mkdocs serve --livereload``; yields (URL, corpus folder)."""
    root = project(tmp_path, {p.name: p.read_text(encoding="utf-8") for p in sorted(SEED_CORPUS.iterdir())})
    port = _free_port()
    log = (tmp_path / "serve.log").open("w", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--livereload", "-f", str(root / "mkdocs.yml"),
                             "-a", f"127.0.0.1:{port}"], stdout=log, stderr=subprocess.STDOUT, env=build_env(),
                            cwd=root)
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5):  # noqa: S310 - our local server
                    break
            except OSError:
                assert proc.poll() is None, (tmp_path / "serve.log").read_text(encoding="utf-8")
                assert time.monotonic() < deadline, "mkdocs serve did not answer"
                time.sleep(0.3)
        yield url, root / "corpus"
    finally:
        proc.send_signal(signal.SIGINT)  # as Ctrl-C: serve shuts down and removes its temporary folders
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)
        log.close()


def _source_count(n: int) -> str:
    # Source pages linked from the open page, by their resolved address (however the list is laid out).
    return ("() => new Set([...document.querySelectorAll('article a')].map(a => a.href)"
            f".filter(h => /\\/sources\\/[^/_]+\\.html$/.test(h))).size === {n}")


def test_serve_reloads_when_the_corpus_changes(tab: Tab, served: tuple[str, Path]) -> None:
    url, corpus = served
    page = tab.page
    before = len(list(corpus.iterdir()))
    page.goto(url + "sources/")
    page.wait_for_function(_source_count(before))

    # Edited: the open source page shows the new sentence without the reader reloading.
    page.goto(page.evaluate("() => [...document.querySelectorAll('article a')].map(a => a.href)"
                            ".find(h => /\\/sources\\/[^/_]+\\.html$/.test(h))"))
    marker = "Quixotic zeppelins hovered above the ceremony for three hours."
    expect(page.locator("article h1")).to_be_visible()
    expect(page.locator("article")).not_to_contain_text(marker)
    # Which file the open page shows is the renderer's business: every article gets the sentence.
    for article in sorted(corpus.iterdir()):
        article.write_text(article.read_text(encoding="utf-8") + f"\n\n{marker}\n", encoding="utf-8")
    expect(page.locator("article")).to_contain_text(marker, timeout=RELOAD_TIMEOUT_MS)

    # Added, then removed: the open sources list follows.
    page.goto(url + "sources/")
    added = corpus / "zz_added.md"
    added.write_text("---\ntitle: A late dispatch on the visit\nsource: Late Wire\n---\n\n"
                     "The delegation left the capital on Thursday morning after the talks ended.\n", encoding="utf-8")
    page.wait_for_function(_source_count(before + 1), timeout=RELOAD_TIMEOUT_MS)
    expect(page.locator("article")).to_contain_text("A late dispatch on the visit")
    added.unlink()
    page.wait_for_function(_source_count(before), timeout=RELOAD_TIMEOUT_MS)
    expect(page.locator("article")).not_to_contain_text("A late dispatch on the visit")
