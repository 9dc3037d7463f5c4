"""The insight pages in a real ``mkdocs build --strict``: links, spans, options, escaping, export."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from conftest import build_env, check_sentence_links, mkdocs_build, own_project, project, run_cli, write_tree
from insights_support import article, fixture_corpus

from generator.escape import md_emphasised
from generator.insights import Figure
from generator.insights.values import ValueKind
from generator.render_insights import MAX_ENTITY_QUOTES, _marked, what_it_counts
from generator.textutil import stem

PAGES = ("disagreements", "timeline", "figures", "coverage", "people")


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The bridge fixture built once; returns (site, corpus)."""
    tmp = tmp_path_factory.mktemp("bridge")
    corpus = fixture_corpus(tmp)
    result = mkdocs_build(project(tmp, corpus), tmp / "site")
    assert result.returncode == 0, result.stderr
    return tmp / "site", corpus


def test_pages_and_nav(fixture_site: tuple[Path, Path]) -> None:
    site, _ = fixture_site
    for name in PAGES:
        assert (site / "insights" / name / "index.html").is_file(), name
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Insights" in home and "Key figures" in home and "People and organisations" in home


def test_every_source_link_resolves(fixture_site: tuple[Path, Path]) -> None:
    site, _ = fixture_site
    checked = sum(check_sentence_links(site / "insights" / name / "index.html") for name in PAGES)
    assert checked >= 60


def test_disagreements_side_by_side(fixture_site: tuple[Path, Path]) -> None:
    site, _ = fixture_site
    page = html.unescape((site / "insights" / "disagreements" / "index.html").read_text(encoding="utf-8"))
    assert page.count("<table>") == 4
    assert "<mark>yesterday</mark>" in page and "<mark>Wednesday</mark>" in page
    # who did what: the same recovery credited to divers by two outlets, to the Coast Guard by a third
    assert "Who did it" in page and "<mark>Coast Guard</mark>" in page and "<mark>Divers</mark>" in page
    assert "<mark>close to $400 million</mark>" in page and "<mark>about $600 million</mark>" in page


def test_a_quote_whose_value_outlets_dispute_says_so_and_links_to_the_versions(fixture_site: tuple[Path, Path]) -> None:
    site, _ = fixture_site
    data = json.loads((site / "dossier.json").read_text(encoding="utf-8"))
    disputes = {d["id"]: d for d in data["disagreements"]}
    # every sentence that gives a version, and every quote citing one: each of those must say so
    versions = {(c["article"], c["start"]): d["id"] for d in data["disagreements"] for p in d["positions"]
                for c in p["citations"]}
    expected = {(t["id"], versions[(c["article"], c["start"])]) for t in data["topics"] for q in t["quotes"]
                for c in q["citations"] if (c["article"], c["start"]) in versions}
    assert expected, "the fixture quotes no disputed sentence"
    anchors = (site / "insights" / "disagreements" / "index.html").read_text(encoding="utf-8")
    shown = set()
    for t in data["topics"]:
        page = html.unescape((site / "topics" / t["id"] / "index.html").read_text(encoding="utf-8"))
        noted = re.findall(r'<span class="dossier-differ">Outlets differ here: (.*?)(?: \(reported on different '
                           r'days, [^)]*\))?\. <a href="\.\./\.\./insights/disagreements/#d-([^"]+)">', page)
        for values, did in noted:
            assert values == "; ".join(p["value"] for p in disputes[did]["positions"])
            assert f'id="d-{did}"' in anchors
            shown.add((t["id"], did))
    assert shown == expected


def test_export_cites_exact_spans(fixture_site: tuple[Path, Path]) -> None:
    site, corpus = fixture_site
    data = json.loads((site / "dossier.json").read_text(encoding="utf-8"))
    for key in ("outlets", "disagreements", "timeline", "figures", "coverage", "entities"):
        assert data[key], key
    texts = {a["id"]: (corpus / a["file"]).read_text(encoding="utf-8") for a in data["articles"]}
    cites = [c for d in data["disagreements"] for p in d["positions"] for c in p["citations"]]
    for key in ("timeline", "figures", "coverage", "entities"):
        cites += [c for item in data[key] for c in item["citations"]]
    assert len(cites) > 60
    for c in cites:
        text = texts[c["article"]]
        assert text[c["start"]:c["end"]] == c["text"]
        if c["mark_start"] is not None:
            assert text[c["mark_start"]:c["mark_end"]] == c["text"][c["text_start"]:c["text_end"]]
    assert [o["name"] for o in data["outlets"]][0] == "Associated Press"
    # Existing keys keep their meaning.
    assert data["schema"] == 1 and data["topics"] and data["articles"][0]["id"]


def test_pages_can_be_switched_off(tmp_path: Path) -> None:
    options = "      insights:\n        timeline: false\n        entities: false\n        disagreements: false\n"
    root = project(tmp_path, fixture_corpus(tmp_path), plugin_options=options)
    result = mkdocs_build(root, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    assert not (site / "insights" / "timeline").exists() and not (site / "insights" / "people").exists()
    assert (site / "insights" / "figures" / "index.html").is_file()
    data = json.loads((site / "dossier.json").read_text(encoding="utf-8"))
    assert "timeline" not in data and "entities" not in data and "figures" in data
    assert "Timeline" not in (site / "index.html").read_text(encoding="utf-8")
    # with no Disagreements page, a quote does not point to one
    topics = [p.read_text(encoding="utf-8") for p in (site / "topics").glob("*/index.html")]
    assert topics and not any("dossier-differ" in t or "insights/disagreements" in t for t in topics)


def test_bad_option_fails_the_build(tmp_path: Path) -> None:
    root = project(tmp_path, fixture_corpus(tmp_path), plugin_options="      insights:\n        timeline: maybe\n")
    result = mkdocs_build(root, tmp_path / "site")
    assert result.returncode != 0 and "timeline" in result.stderr


def test_hostile_text_is_escaped(tmp_path: Path) -> None:
    evil = ("Foreign Minister Sergei <script>alert(1)</script> Lavrov said the **cost** was $5 million "
            "[click](javascript:alert(2)) | on Tuesday {: onclick=alert(3)}.")
    corpus = write_tree(tmp_path / "c", {
        "a.md": article("A <img src=x onerror=alert(4)>", evil, source="Evil | Outlet <b>", published="2024-03-27"),
        "b.md": article("B", "Foreign Minister Sergei Lavrov said the cost was $9 million on Wednesday, officials "
                             "said.", source="Good Outlet", published="2024-03-27"),
    })
    result = mkdocs_build(project(tmp_path, corpus), tmp_path / "site")
    assert result.returncode == 0, result.stderr
    for name in PAGES:
        page = (tmp_path / "site" / "insights" / name / "index.html").read_text(encoding="utf-8")
        assert "<script>alert" not in page and "<img src=x" not in page and "<b>" not in page
        assert 'href="javascript' not in page and "onclick=" not in page
    # The hostile sentence is shown, as text.
    figures = (tmp_path / "site" / "insights" / "figures" / "index.html").read_text(encoding="utf-8")
    assert "&#60;script&#62;alert&#40;1&#41;&#60;/script&#62;" in figures


def test_a_figure_row_never_repeats_its_unit(fixture_site: tuple[Path, Path]) -> None:
    site, _ = fixture_site
    page = html.unescape((site / "insights" / "figures" / "index.html").read_text(encoding="utf-8"))
    rows = re.findall(r"<tr>\s*<td><strong>(.*?)</strong>.*?</td>\s*<td>(.*?)</td>", page, re.S)
    assert len(rows) >= 10
    for label, about in rows:
        assert stem(label.split()[-1]) != stem(about.split()[0]), (label, about)


def test_a_hedged_figure_is_not_called_approximate_again(fixture_site: tuple[Path, Path]) -> None:
    site, _ = fixture_site
    page = html.unescape((site / "insights" / "figures" / "index.html").read_text(encoding="utf-8"))
    cells = re.findall(r"<tr>\s*<td><strong>(.*?)</strong>(.*?)</td>", page, re.S)
    hedged = [(label, rest) for label, rest in cells if label[:1].isalpha()]
    assert hedged  # "about ...", "more than ...", "up to ..." say how far they are exact
    assert all("approximate" not in rest for _, rest in hedged), hedged


@pytest.mark.parametrize("label, unit, context, cell", [
    ("23 years", "years", "in prison", "in prison"),
    ("two-day", "days", "state visit", "state visit"),
    ("984-foot", "feet", "vessel", "vessel"),
    ("nearly five million artillery shells", "artillery shells", "", ""),
    ("30", "tons", "tons of steel", "tons of steel"),  # the context begins with the unit
    ("$60 million", "dollars", "in aid", "dollars — in aid"),
    ("5%", "%", "of the vote", "of the vote"),
    ("5%", "%", "in May", ""),  # a time says when, not what: see test_insights_values
])
def test_what_it_counts_leaves_out_a_unit_already_said(label: str, unit: str, context: str, cell: str) -> None:
    assert what_it_counts(Figure(ValueKind.QUANTITY, 1.0, unit, label, context, False, ())) == cell


def test_marked_keeps_spaces_and_escapes() -> None:
    assert _marked("He paid $5 <b>now</b>.", 8, 10) == "He paid <mark>&#36;5</mark> &#60;b&#62;now&#60;/b&#62;."
    assert _marked("Only text", None, None) == "Only text"


def test_a_mark_that_cuts_through_an_emphasis_marks_it_whole() -> None:
    text = "The verdict in *People v. Donald Trump*, guilty on all counts, stands."
    start = text.index("Donald")
    shown = _marked(text, start, start + len("Donald Trump"), md_emphasised)
    assert shown == "The verdict in <mark><em>People v. Donald Trump</em></mark>, guilty on all counts, stands."
    # A mark outside an emphasis, or taking one in whole, stays as it is.
    assert _marked(text, 0, 3, md_emphasised) == "<mark>The</mark> verdict in <em>People v. Donald Trump</em>, " \
                                                 "guilty on all counts, stands."
    assert "*" not in _marked(text, text.index("*"), text.index(","), md_emphasised)


def test_seed_site_has_the_arrival_disagreement(seed_site: Path) -> None:
    page = html.unescape((seed_site / "insights" / "disagreements" / "index.html").read_text(encoding="utf-8"))
    assert "<mark>late Wednesday</mark>" in page and "<mark>Tuesday</mark>" in page
    coverage = (seed_site / "insights" / "coverage" / "index.html").read_text(encoding="utf-8")
    assert "single source" in coverage


def test_export_is_deterministic_across_hash_seeds(tmp_path: Path) -> None:
    outs = []
    corpus = fixture_corpus(tmp_path)
    for seed in ("1", "2"):
        out = tmp_path / f"d{seed}.json"
        result = run_cli("export", str(corpus), "--out", str(out), "-q",
                         env=build_env(PYTHONHASHSEED=seed))
        assert result.returncode == 0, result.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert b'"disagreements"' in outs[0]


def test_no_disagreement_found_does_not_claim_the_outlets_agree(tmp_path: Path) -> None:
    # "85 boats" and "94 vessels" told in other words are not compared: an empty page must not say that
    # the articles agree, and points to the figures instead.
    import dataclasses

    from insights_support import analyse_files

    from generator.render_insights import render_insights
    dossier, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Some 6,800 athletes rode on 85 boats along the river.", source="Alpha",
                        published="2024-07-27"),
        "b.md": article("B", "The flotilla of 94 vessels carried the teams.", source="Beta",
                        published="2024-07-27"),
    })
    assert not ins.disagreements
    page = render_insights(dossier, ins)["insights/disagreements.md"]
    assert "they agree" not in page and "No disagreement found" in page
    assert "[Key figures](figures.md)" in page
    without_figures = dataclasses.replace(ins, enabled=tuple(n for n in ins.enabled if n != "figures"))
    assert "figures.md" not in render_insights(dossier, without_figures)["insights/disagreements.md"]


def test_timeline_headings_name_the_day_month_or_year(tmp_path: Path) -> None:
    # A day's heading is the day, not the part of it its first moment names; a month is in words.
    from insights_support import analyse_files

    from generator.render_insights import render_insights
    dossier, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The crews began work early on Friday morning. They finished the bridge on Friday. "
                             "The design was approved in February.", source="Alpha", published="2024-07-20"),
    })
    page = render_insights(dossier, ins)["insights/timeline.md"]
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings == ["## February 2024", "## Friday 19 July 2024"]
    from generator.render_insights import date_heading
    assert [date_heading(d) for d in ("2024-07-19", "2024-02", "2009")] == [
        "Friday 19 July 2024", "February 2024", "2009"]


def test_a_markdown_article_quote_on_an_insight_page_shows_its_emphasis() -> None:
    from types import SimpleNamespace

    from generator.insights import Citation
    from generator.records import Format
    from generator.render_insights import InsightRenderer

    renderer = InsightRenderer.__new__(InsightRenderer)
    renderer.articles = {"m": SimpleNamespace(format=Format.MARKDOWN), "t": SimpleNamespace(format=Format.TEXT)}
    text = "The *Harbour Times* counted 12 ships."
    start = text.index("12")
    quote = {a: renderer._quote(Citation(a, 0, 0, len(text), text, "o", text_start=start, text_end=start + 2))
             for a in ("m", "t")}
    assert "<em>Harbour Times</em>" in quote["m"] and "<mark>" in quote["m"]
    assert "<em>" not in quote["t"]


def test_a_site_of_its_own_config_folds_long_lists_of_sentences_and_renders_footnotes(tmp_path: Path) -> None:
    """A project whose mkdocs.yml does not inherit the base configuration (no markdown_extensions): the
    plugin adds the extensions its pages need, and a person named in many sentences shows the first
    MAX_ENTITY_QUOTES, the rest folded beneath them with every link working."""
    result = mkdocs_build(own_project(tmp_path, "material"), tmp_path / "site")
    assert result.returncode == 0, result.stderr
    topic = (tmp_path / "site" / "topics" / "agenda" / "index.html").read_text(encoding="utf-8")
    assert 'class="footnote-ref"' in topic and "[^" not in topic
    page = tmp_path / "site" / "insights" / "people" / "index.html"
    text = page.read_text(encoding="utf-8")
    assert "dossier.json" not in text and "<details" in text
    assert not re.search(r"<details[^>]*markdown", text), "md_in_html did not read the fold"
    folds = re.findall(r'<details class="quote dossier-more">\s*<summary>(\d+) more sentences?</summary>'
                       r"(.*?)</details>", text, re.S)
    assert folds, "no person's sentences folded"
    for count, body in folds:
        assert body.count("<li>") == int(count)
    # The first person's section: MAX_ENTITY_QUOTES items shown, then the fold.
    section = text.split("<h3", 2)[1]
    assert section.split("<details")[0].count("<li>") == MAX_ENTITY_QUOTES
    assert check_sentence_links(page) > MAX_ENTITY_QUOTES * len(folds)
