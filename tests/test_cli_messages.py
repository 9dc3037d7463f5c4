"""What the CLI and the plugin tell the user, and what they refuse to touch."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import mkdocs_build, project, run_cli, write_tree

from generator.cli import SITE_MARKER, main

GOOD = {
    "a.txt": "Port talks end\n\nThe transport ministers signed a ferry agreement in the harbour city on Monday "
             "after two days of talks.\n",
    "b.md": "---\ntitle: Ferry deal\n---\nThe ferry agreement signed on Monday doubles the weekly crossings "
            "between the two ports.\n",
}


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {p.relative_to(folder).as_posix(): (p.stat().st_mtime_ns, p.read_bytes() if p.is_file() else b"")
            for p in sorted(folder.rglob("*"))}


def build(corpus: Path, site: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["build", str(corpus), "--site-dir", str(site), "-q"])
    return status, capsys.readouterr().err


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    return write_tree(tmp_path / "corpus", GOOD)


def test_site_dir_holding_other_files_is_refused_and_untouched(
        tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = write_tree(tmp_path / "mine", {"thesis.docx": b"PK", "notes/today.txt": "keep me"})
    before = snapshot(site)
    status, err = build(corpus, site, capsys)
    assert status == 1
    assert err == (f"error: --site-dir {str(site)!r} holds files that are not an earlier build (notes, thesis.docx); "
                   "building would delete them. Choose an empty or new folder.\n")
    assert snapshot(site) == before


def test_earlier_build_is_replaced_but_added_files_are_not(
        tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / ".git").mkdir()  # a gh-pages checkout: hidden entries are never deleted
    (site / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n", encoding="utf-8")
    corpus_before = snapshot(corpus)
    assert build(corpus, site, capsys) == (0, "")
    assert (site / "index.html").is_file() and (site / SITE_MARKER).is_file()
    assert "index.html" in (site / SITE_MARKER).read_text(encoding="utf-8").splitlines()
    assert build(corpus, site, capsys) == (0, "")  # an earlier build may be replaced
    assert (site / ".git" / "HEAD").is_file()
    assert snapshot(corpus) == corpus_before, "a build wrote inside the corpus folder"
    (site / "my-notes.txt").write_text("mine", encoding="utf-8")
    status, err = build(corpus, site, capsys)
    assert status == 1 and "(my-notes.txt)" in err
    assert (site / "my-notes.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("where", ["corpus itself", "inside corpus", "parent of corpus"])
def test_site_dir_and_corpus_never_overlap(tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str],
                                          where: str) -> None:
    site = {"corpus itself": corpus, "inside corpus": corpus / "site", "parent of corpus": tmp_path}[where]
    before = snapshot(corpus)
    status, err = build(corpus, site, capsys)
    assert status == 1
    assert f"is, holds or sits inside the corpus folder {str(corpus)!r}" in err
    assert snapshot(corpus) == before


def test_site_dir_that_is_a_file(tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "site.html"
    site.write_text("mine", encoding="utf-8")
    assert build(corpus, site, capsys) == (1, f"error: --site-dir {str(site)!r} exists and is not a folder; "
                                               "choose a folder\n")
    assert site.read_text(encoding="utf-8") == "mine"


def test_build_of_an_empty_corpus_fails_clearly(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli("build", str(empty), "--site-dir", str(tmp_path / "site"), "-q")
    assert result.returncode == 1
    assert result.stderr.splitlines()[-2:] == [
        f"ERROR: dossier: no usable article in {str(empty)!r} (0 file(s) looked at). Add .txt, .md or .html "
        "articles to the folder.",
        "error: the build stopped; see the message above",
    ]


def test_plugin_logs_grouped_problems_through_mkdocs(tmp_path: Path) -> None:
    big = "The harbour authority reported record traffic at the container terminal this month. " * 200
    root = project(tmp_path, {**GOOD, "empty.txt": "", "broken.md": "---\n- x\n---\nBody text.\n", "scan.pdf": b"%",
                              "big.txt": big}, plugin_options="      max_file_mb: 0.01\n")
    result = mkdocs_build(root, tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stderr
    assert "WARNING -  generator: skipped big.txt: is 16.4 KB, over the 0.01 MB limit" in result.stderr
    assert "WARNING -  generator: skipped broken.md: front matter must be a mapping" in result.stderr
    assert "WARNING -  generator: skipped empty.txt: the file is empty" in result.stderr
    assert "WARNING -  generator: skipped scan.pdf: not an article file" in result.stderr
    assert "WARNING -  generator: 4 of 6 files skipped: big.txt, broken.md, empty.txt, scan.pdf" in result.stderr
    assert (tmp_path / "site" / "sources" / "a.html").is_file()
    strict = mkdocs_build(root, tmp_path / "strict-site")
    assert strict.returncode == 1  # --strict turns the skipped files into a failed build


def test_plugin_with_no_usable_article_stops_the_build(tmp_path: Path) -> None:
    root = project(tmp_path, {"empty.txt": ""})
    result = mkdocs_build(root, tmp_path / "site", strict=False)
    assert result.returncode == 1
    assert "dossier: no usable article in" in result.stderr
    assert "skipped empty.txt: the file is empty" in result.stderr
