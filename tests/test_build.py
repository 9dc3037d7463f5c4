"""A real ``mkdocs build --strict`` of the seed corpus, and how generated and hand-written pages meet."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import (ROOT, build_env, check_sentence_links, mkdocs_build, own_project, project, source_pages,
                      write_tree)

from generator.plugin import SEARCH_SEPARATOR, missing_extensions
from generator.topics import default_topics


def test_every_topic_page_exists(seed_site: Path) -> None:
    for topic in default_topics():
        page = seed_site / "topics" / topic.id / "index.html"
        assert page.is_file(), topic.id
        html = page.read_text(encoding="utf-8")
        assert "<blockquote>" in html, f"{topic.id} has no quote"
        # each quote is a blockquote of its own, not a paragraph of one long blockquote
        assert html.count("<blockquote>") == html.count('class="dossier-anchor"'), topic.id
    assert (seed_site / "index.html").is_file()
    assert (seed_site / "sources" / "index.html").is_file()
    assert (seed_site / "dossier.json").is_file()


def test_every_footnote_link_resolves_to_a_sentence(seed_site: Path) -> None:
    checked = sum(check_sentence_links(page) for page in sorted((seed_site / "topics").glob("*/index.html")))
    assert checked >= 20


def test_source_sentence_is_highlighted_when_targeted(seed_site: Path) -> None:
    css = (seed_site / "assets" / "dossier.css").read_text(encoding="utf-8")
    assert ".dossier-s:target" in css
    page = next(iter(source_pages(seed_site).values())).read_text(encoding="utf-8")
    assert re.search(r'<span class="dossier-s[^"]*" id="s-0">', page)


def test_offline_theme_settings(seed_site: Path) -> None:
    page = (seed_site / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis" not in page and "fonts.gstatic" not in page
    # Links to other sites are fine; nothing may be loaded from one (scripts, styles, images).
    assert not re.search(r'\bsrc="(?:https?:)?//', page)
    assert not re.search(r'<link\b[^>]*href="(?:https?:)?//', page)


def test_search_splits_words_at_quotation_marks_unless_the_site_says_otherwise(seed_site: Path, tmp_path: Path
                                                                               ) -> None:
    def separator(site: Path) -> str:
        return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]["separator"]

    assert separator(seed_site) == SEARCH_SEPARATOR
    root = project(tmp_path, ROOT / "corpus")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  - search\n", "  - search:\n      separator: '[\\s]+'\n"),
                      encoding="utf-8")
    assert mkdocs_build(root, tmp_path / "site").returncode == 0
    assert separator(tmp_path / "site") == r"[\s]+"


def test_hand_written_page_coexists(tmp_path: Path) -> None:
    root = project(tmp_path, ROOT / "corpus", docs={"notes.md": "# My notes\n\nHand-written.\n"})
    result = mkdocs_build(root, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "Hand-written." in (tmp_path / "site" / "notes" / "index.html").read_text(encoding="utf-8")
    assert (tmp_path / "site" / "topics" / "risks" / "index.html").is_file()


def test_clashing_hand_written_page_fails_and_is_untouched(tmp_path: Path) -> None:
    mine = "# My own risks page\n"
    root = project(tmp_path, ROOT / "corpus", docs={"topics/risks.md": mine})
    result = mkdocs_build(root, tmp_path / "site")
    assert result.returncode != 0
    assert "topics/risks.md" in result.stderr and "hand-written" in result.stderr
    assert (root / "docs" / "topics" / "risks.md").read_text(encoding="utf-8") == mine


def test_two_builds_give_identical_bytes(tmp_path: Path) -> None:
    root = project(tmp_path, ROOT / "corpus")
    for n in (1, 2):
        assert mkdocs_build(root, tmp_path / f"site{n}", env=build_env()).returncode == 0
    for name in ("sitemap.xml.gz", "dossier.json", "topics/risks/index.html", "search/search_index.json"):
        assert (tmp_path / "site1" / name).read_bytes() == (tmp_path / "site2" / name).read_bytes(), name


def test_topics_from_mkdocs_yml(tmp_path: Path) -> None:
    options = ("      topics:\n        - {id: people, title: People, description: Who is involved, "
               "cues: [minister, leader, president]}\n")
    root = project(tmp_path, ROOT / "corpus", plugin_options=options)
    result = mkdocs_build(root, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "topics" / "people" / "index.html").is_file()
    assert not (tmp_path / "site" / "topics" / "risks").exists()


def test_a_title_with_quotation_marks_reads_right_in_the_footer_link(tmp_path: Path) -> None:
    # Material escapes the footer link's label once more: an escaped apostrophe would read "&#x27;".
    options = ("      topics:\n"
               "        - {id: people, title: People, description: Who is involved, cues: [minister]}\n"
               "        - {id: talks, title: \"Leaders' \\\"frank\\\" talks & Q&A\", description: What was said, "
               "cues: [talks]}\n")
    root = project(tmp_path, ROOT / "corpus", plugin_options=options)
    result = mkdocs_build(root, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "site" / "topics" / "people" / "index.html").read_text(encoding="utf-8")
    assert 'aria-label="Next: Leaders\u2019 \u201cfrank\u201d talks &amp; Q&amp;A"' in page
    talks = (tmp_path / "site" / "topics" / "talks" / "index.html").read_text(encoding="utf-8")
    assert "<title>Leaders\u2019 \u201cfrank\u201d talks & Q&A - " in talks


def test_corpus_edit_needs_no_docs_write(tmp_path: Path) -> None:
    corpus = write_tree(tmp_path / "c", {"a.txt": "Title line\nThe minister met the president in the capital on Monday.\n"})
    root = project(tmp_path, corpus)
    assert mkdocs_build(root, tmp_path / "site").returncode == 0
    assert sorted(p.name for p in (root / "docs").iterdir()) == []
    assert sorted(p.name for p in corpus.iterdir()) == ["a.txt"]


@pytest.mark.parametrize("theme", ["mkdocs", "readthedocs"])
def test_a_site_on_mkdocs_own_themes_loads_nothing_from_another_site(tmp_path: Path, theme: str) -> None:
    """MkDocs' own themes load highlight.js from a CDN unless told not to; the plugin tells them."""
    result = mkdocs_build(own_project(tmp_path, theme), tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "highlight.js (loaded from a CDN) is switched off" in result.stderr
    page = (tmp_path / "site" / "topics" / "risks" / "index.html").read_text(encoding="utf-8")
    assert 'class="footnote-ref"' in page
    assert not re.search(r'\bsrc="(?:https?:)?//', page)
    assert not re.search(r'<link\b[^>]*href="(?:https?:)?//', page)


@pytest.mark.parametrize(("configured", "missing"), [
    ([], ["footnotes", "md_in_html", "admonition"]),
    (["markdown.extensions.footnotes", "admonition"], ["md_in_html"]),
    (["extra"], ["admonition"]),  # extra loads footnotes and md_in_html
    (["pymdownx.blocks.admonition", "footnotes", "md_in_html"], ["admonition"]),  # another syntax
])
def test_the_extensions_the_pages_need_are_added_when_missing(configured: list[str], missing: list[str]) -> None:
    assert missing_extensions(configured) == missing


def test_footnote_options_given_under_extra_are_kept(tmp_path: Path) -> None:
    root = project(tmp_path, ROOT / "corpus")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8")
                      + "markdown_extensions:\n  - extra:\n      footnotes:\n        BACKLINK_TEXT: BACK\n",
                      encoding="utf-8")
    assert mkdocs_build(root, tmp_path / "site").returncode == 0
    page = (tmp_path / "site" / "topics" / "risks" / "index.html").read_text(encoding="utf-8")
    assert 'class="footnote-backref"' in page and ">BACK</a>" in page


def test_the_sources_page_names_the_files_left_out(tmp_path: Path) -> None:
    corpus = write_tree(tmp_path / "c", {"empty.txt": "",
                                         "a.txt": "Title line\nThe minister met the president in the capital.\n"})
    # not --strict: a skipped file is a warning, which --strict turns into a failed build
    result = mkdocs_build(project(tmp_path, corpus), tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stderr
    assert "skipped empty.txt: the file is empty" in result.stderr
    page = (tmp_path / "site" / "sources" / "index.html").read_text(encoding="utf-8")
    rows = re.findall(r"<tr>\s*<td><code>(.*?)</code></td>\s*<td>(.*?)</td>\s*</tr>", page)
    assert rows == [("empty.txt", "left out: the file is empty")]
