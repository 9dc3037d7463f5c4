"""Ingest of every kind of file a journalist saves, and of broken input.

Each bad-input case writes its own corpus into ``tmp_path``: the bad file next to good articles.
The export command must name the file and the problem, exit 0, and still quote the good articles.
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest
from conftest import run_cli, write_tree

from generator.cli import main
from generator.errors import ArticleError
from generator.ingest import article_ids, decode, ingest, load_article, normalise_date
from generator.segment import segment

GOOD = {
    "good-one.txt": "Harbour talks end with a deal\n\nThe transport ministers of both countries signed a ferry "
                    "agreement in the harbour city on Monday after two days of talks.\n\nThe deal doubles the "
                    "number of crossings each week and cuts the fare for residents by a third.\n",
    "good-two.md": "---\ntitle: Ferry deal signed\nsource: Coastal Post\npublished: 2024-05-06\n---\n"
                   "The ferry agreement signed on Monday doubles the weekly crossings between the two ports.\n\n"
                   "Opposition members warned that the harbour budget cannot pay for the extra ships this year.\n",
}


PROGRESS = re.compile(r"[a-z ]+: (?:\d+ \w+ )?in \d+\.\d s")
"""A progress line (``load: 3 articles in 0.1 s``), left out of what the tests compare."""


def export(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str | bytes],
           *options: str, quiet: bool = True) -> tuple[int, str, dict]:
    """Run ``python -m generator export`` in-process on ``GOOD`` plus ``files``; ``quiet`` passes ``-q``,
    which hides the files read with a caveat. Without it, the progress lines are left out of the
    messages returned."""
    corpus = write_tree(tmp_path / "corpus", {**GOOD, **files})
    out = tmp_path / "out" / "dossier.json"
    status = main(["export", str(corpus), "--out", str(out), *(["-q"] if quiet else []), *options])
    err = "".join(line for line in capsys.readouterr().err.splitlines(keepends=True)
                  if not PROGRESS.fullmatch(line.rstrip("\n")) and not line.startswith("Wrote "))
    return status, err, json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}


def cited(dossier: dict) -> set[str]:
    """Ids of the articles cited by at least one quote."""
    return {c["article"] for t in dossier["topics"] for q in t["quotes"] for c in q["citations"]}


def assert_good_quoted(dossier: dict) -> None:
    ids = {a["id"] for a in dossier["articles"]}
    assert {"good-one", "good-two"} <= ids
    assert {"good-one", "good-two"} <= cited(dossier), "the good articles must still produce quotes"


ALIAS_BOMB = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" \
             "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n" \
             "The committee approved the new harbour budget on Tuesday after a long debate.\n"

SKIPPED_CASES = {
    "empty": ({"empty.txt": b""}, "skipped empty.txt: the file is empty"),
    "blank": ({"blank.md": "  \n\n\t \n"}, "skipped blank.md: the file holds only white space"),
    "binary": ({"photo.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40}, "skipped photo.txt: looks like a binary file"),
    "control characters": ({"noise.txt": "".join(chr(i % 32) for i in range(3000))},
                           "skipped noise.txt: looks like a binary file (NUL bytes)"),
    "utf-16 without a byte-order mark": (
        {"notes.txt": "The harbour board met on Monday and approved the new budget.\n".encode("utf-16-le") * 3},
        "skipped notes.txt: looks like UTF-16 text saved without a byte-order mark"),
    "utf-16-be without a byte-order mark": (
        {"memo.txt": "Le conseil a vot\u00e9 le budget du port lundi soir.\n".encode("utf-16-be") * 3},
        "skipped memo.txt: looks like UTF-16 text saved without a byte-order mark"),
    "malformed front matter": ({"broken.md": "---\ntitle: [unclosed\nsource: x\n---\nSome text here for the body.\n"},
                               "skipped broken.md: malformed YAML front matter"),
    "front matter not a mapping": ({"list.md": "---\n- a\n- b\n---\nThe body of the article is here.\n"},
                                   "skipped list.md: front matter must be a mapping"),
    "front matter never closed": ({"open.md": "---\ntitle: Open\nsource: Post\nThe text goes on without a closing line.\n"},
                                  "skipped open.md: front matter opened with '---' on line 1 is never closed"),
    "alias bomb": ({"bomb.md": ALIAS_BOMB}, "skipped bomb.md: malformed YAML front matter (YAML aliases (*name) are "
                                            "not allowed"),
    "front matter only": ({"meta-only.md": "---\ntitle: Nothing else\n---\n\n"},
                          "skipped meta-only.md: no article text found (after the front matter)"),
    "exact duplicate": ({"sub/copy of one.txt": GOOD["good-one.txt"]},
                        "skipped sub/copy of one.txt: is an exact duplicate of good-one.txt; kept once, as good-one.txt"),
    "only NUL bytes": ({"nul.md": b"\x00\x00"}, "skipped nul.md: the file holds only NUL bytes, no text"),
    "only control characters": ({"bell.txt": b"\xef\xbb\xbf\x07\x01\n"},
                                "skipped bell.txt: the file holds only control characters (such as NUL), no text"),
    "html without text": ({"shell.html": "<html><head><title>App</title></head><body><div id='app'></div>"
                                         "<script>render('app');</script></body></html>"},
                          "skipped shell.html: no article text found"),
}


@pytest.mark.parametrize("case", sorted(SKIPPED_CASES))
def test_bad_file_is_skipped_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    files, message = SKIPPED_CASES[case]
    status, err, dossier = export(tmp_path, capsys, files)
    assert status == 0, err
    assert message in err
    bad = next(iter(files))
    assert err.rstrip().splitlines()[-1] == f"1 of {len(files) + len(GOOD)} files skipped: {bad}"
    assert bad not in {a["file"] for a in dossier["articles"]}
    assert_good_quoted(dossier)


def test_file_over_the_size_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = ("The port authority reported record traffic again this month, officials said. " * 400).encode()
    status, err, dossier = export(tmp_path, capsys, {"big.txt": big}, "--max-file-mb", "0.02")
    assert status == 0
    assert "skipped big.txt: is 30.1 KB, over the 0.02 MB limit (raise it with --max-file-mb" in err
    assert_good_quoted(dossier)
    status, err, dossier = export(tmp_path / "again", capsys, {"big.txt": big}, "--max-file-mb", "1")
    assert "big.txt" in {a["file"] for a in dossier["articles"]} and "big.txt" not in err


def test_undecodable_bytes_read_as_cp1252(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    windows = ("The mayor\u2019s office said the caf\u00e9 on the quay will reopen on Friday after "
               "repairs to the roof.\r\n").encode("cp1252") + b"\x81\r\n"
    status, err, dossier = export(tmp_path, capsys, {"windows.txt": windows}, quiet=False)
    assert status == 0
    assert "read windows.txt with a caveat: not valid UTF-8; read as Windows-1252 (cp1252)" in err
    assert "read windows.txt with a caveat: 1 undecodable byte(s) shown as \ufffd" in err
    article = next(a for a in dossier["articles"] if a["file"] == "windows.txt")
    assert article["encoding"] == "cp1252"
    assert_good_quoted(dossier)


def test_quiet_export_leaves_out_files_read_with_a_caveat(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    latin = "Caf\u00e9 owners on the quay said the summer season started well this year.\n".encode("cp1252")
    files: dict[str, str | bytes] = {"latin.txt": latin, "empty.txt": ""}
    status, err, dossier = export(tmp_path, capsys, files)
    assert status == 0
    assert err.splitlines() == ["skipped empty.txt: the file is empty", "1 of 4 files skipped: empty.txt"]
    assert "latin.txt" in {a["file"] for a in dossier["articles"]}
    status, err, _ = export(tmp_path / "loud", capsys, files, quiet=False)
    assert "read latin.txt with a caveat: not valid UTF-8; read as Windows-1252 (cp1252)" in err.splitlines()


def test_nul_and_control_characters_are_never_quoted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = ("The ferry company said the new timetable starts on the first day of June.\n\n"
            "The harbour master confirmed\x00 that two\x07 berths will close for repairs in July.\n")
    status, err, dossier = export(tmp_path, capsys, {"nul.txt": text}, quiet=False)
    assert status == 0
    assert "read nul.txt with a caveat: 2 control character(s) (such as NUL)" in err
    quotes = [q["text"] for t in dossier["topics"] for q in t["quotes"]]
    assert not any("\x00" in q or "\x07" in q or "harbour master" in q for q in quotes)
    assert_good_quoted(dossier)


def test_megabyte_line_without_sentence_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = ("word " * 600_000).encode()  # 3 MB, no full stop, no line break
    started = time.perf_counter()
    status, err, dossier = export(tmp_path, capsys, {"one-line.txt": line}, "--max-file-mb", "10")
    elapsed = time.perf_counter() - started
    assert status == 0, err
    assert "one-line.txt" in {a["file"] for a in dossier["articles"]}
    assert elapsed < 30, f"a 3 MB line took {elapsed:.1f} s"
    assert_good_quoted(dossier)


@pytest.mark.parametrize("unit", ["a. b. ", "Mr. Smith and Dr. Jones ", "and more words here\n", "<a ", "x < y ",
                                  "&amp", "<!--", "<nav>a</footer>"])
def test_pathological_text_stays_linear(tmp_path: Path, unit: str) -> None:
    """300 KB of one pattern: each once cost time growing with the square of its length."""
    raw = (unit * (300_000 // len(unit))).encode()
    started = time.perf_counter()
    for suffix in (".txt", ".html"):
        try:
            article, _ = load_article(tmp_path / f"x{suffix}", f"x{suffix}", "x", raw)
        except ArticleError:
            continue  # nothing readable: a message, which is fine; only the time matters here
        segment(article)
    assert time.perf_counter() - started < 15


def test_symlink_outside_the_corpus_is_never_followed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = write_tree(tmp_path / "private", {"diary.txt": "My secret diary entry says the minister resigned today.\n"})
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    os.symlink(secret / "diary.txt", corpus / "linked.txt")
    os.symlink(secret, corpus / "linked-folder")
    os.symlink(tmp_path / "nowhere.txt", corpus / "broken.txt")
    os.symlink(corpus / "loop-b.txt", corpus / "loop-a.txt")
    os.symlink(corpus / "loop-a.txt", corpus / "loop-b.txt")
    status, err, dossier = export(tmp_path, capsys, {})
    assert status == 0
    assert "skipped linked.txt: is a symbolic link to a file outside the corpus folder; not followed" in err
    assert "skipped linked-folder: is a symbolic link to a folder; not followed" in err
    assert "skipped broken.txt: is a broken symbolic link" in err
    assert "skipped loop-a.txt: is a symbolic link that leads in a loop" in err
    assert "secret diary" not in json.dumps(dossier)
    assert_good_quoted(dossier)


def test_names_with_spaces_and_accents_subfolders_and_ignored_files(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files: dict[str, str | bytes] = {
        "Notes du 3 mai – Éditions Côte.txt": "The regional council approved the harbour plan by a wide majority "
                                              "on Wednesday evening.\n",
        "deep/er/Ölhafen Bericht.md": "---\ntitle: Ölhafen\n---\nThe oil terminal will close for three weeks in "
                                      "August while engineers replace its pumps.\n",
        ".hidden.txt": "Hidden files are not articles and are never read by the tool at all.\n",
        "draft.txt~": "An editor backup is not an article either and must not be read.\n",
        "#autosave.txt#": "An autosave file is not an article either and is never read.\n",
        ".git/notes.txt": "Nothing in a hidden folder is read as an article at all.\n",
        "_drafts/draft one.txt": "A folder whose name starts with an underscore is read like any other folder.\n",
        "scan.pdf": b"%PDF-1.4",
        "deep/photo.jpg": b"\xff\xd8\xff",
    }
    status, err, dossier = export(tmp_path, capsys, files)
    assert status == 0
    by_file = {a["file"]: a for a in dossier["articles"]}
    notes_id = by_file["Notes du 3 mai – Éditions Côte.txt"]["id"]
    assert re.fullmatch(r"notes-du-3-mai-editions-cote-[0-9a-f]{6}", notes_id), "capitals and accents: hashed"
    assert by_file["deep/er/Ölhafen Bericht.md"]["title"] == "Ölhafen"
    assert "_drafts/draft one.txt" in by_file
    assert len(by_file) == 5
    assert err.splitlines() == [
        "skipped deep/photo.jpg, scan.pdf: not an article file; articles are .htm, .html, .markdown, .md, .text, "
        ".txt files",
        "2 of 7 files skipped: deep/photo.jpg, scan.pdf",
    ]


UNRELATED_NAMES = ["a b.md", "A B.txt", "A b.html", "Caf\u00e9 Story.md", "cafe story.md", "index.md",
                   "x" * 90 + ".txt", "x" * 90 + "y.txt", "News/a b.md"]
"""Names whose slugs clash ("a-b", "cafe-story", "x" * 80) or take a generated page's place, none two
plain names that differ only in separators or extension."""


def test_an_id_never_changes_when_other_files_come_or_go() -> None:
    together = article_ids(UNRELATED_NAMES)
    assert len(set(together.values())) == len(UNRELATED_NAMES)
    assert together["a b.md"] == "a-b" and together["cafe story.md"] == "cafe-story"
    assert re.fullmatch(r"a-b-[0-9a-f]{6}", together["A B.txt"])
    for name in UNRELATED_NAMES:
        assert article_ids([name]) == {name: together[name]}
        others = [n for n in UNRELATED_NAMES if n != name]
        assert article_ids(others) == {n: together[n] for n in others}


def test_plain_names_keep_their_slug_and_clashing_plain_names_stay_unique() -> None:
    assert article_ids(["000_cpa_wire.txt", "sub/extra.md", "zz renamed.txt"]) == {
        "000_cpa_wire.txt": "000-cpa-wire", "sub/extra.md": "sub-extra", "zz renamed.txt": "zz-renamed"}
    ids = article_ids(["a_b.md", "a-b.txt", "a-b.md"])
    assert ids["a-b.md"] == "a-b" and len(set(ids.values())) == 3


def test_name_clashing_with_a_generated_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, err, dossier = export(tmp_path, capsys, {"index.txt": "The harbour council met again on Thursday "
                                                                  "to discuss the new ferry timetable.\n"},
                                 quiet=False)
    assert status == 0
    article = next(a for a in dossier["articles"] if a["file"] == "index.txt")
    assert article["id"] != "index" and article["id"].startswith("index-")
    assert f"read index.txt with a caveat: its name would take the place of the generated page sources/index; " \
           f"its own page is sources/{article['id']}" in err


def test_many_problems_are_grouped_with_a_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {"a-empty.txt": "", "b-list.md": "---\n- x\n---\nText of the body goes here.\n", "c.docx": b"PK",
             "d-latin.txt": "Caf\u00e9 owners on the quay said the summer season started well this year.\n".encode("cp1252")}
    status, err, _ = export(tmp_path, capsys, files, quiet=False)
    assert status == 0
    # (the pages two short articles leave without key facts are named after these: not files' problems)
    assert [line for line in err.splitlines() if "topic pages have no key facts" not in line] == [
        "skipped a-empty.txt: the file is empty",
        "skipped b-list.md: front matter must be a mapping of keys (title:, source: ...), found list",
        "skipped c.docx: not an article file; articles are .htm, .html, .markdown, .md, .text, .txt files",
        "read d-latin.txt with a caveat: not valid UTF-8; read as Windows-1252 (cp1252)",
        "3 of 6 files skipped: a-empty.txt, b-list.md, c.docx",
    ]


def test_empty_corpus_stops_with_non_zero_exit(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    result = run_cli("export", str(corpus), "--out", str(tmp_path / "d.json"))
    assert result.returncode == 1
    assert f"error: no usable article in {str(corpus)!r} (0 file(s) looked at)" in result.stderr
    assert not (tmp_path / "d.json").exists()


def test_corpus_without_a_usable_article_stops(tmp_path: Path) -> None:
    corpus = write_tree(tmp_path / "corpus", {"empty.txt": "", "notes.pdf": b"%PDF"})
    result = run_cli("export", str(corpus), "--out", str(tmp_path / "d.json"))
    assert result.returncode == 1
    assert f"error: no usable article in {str(corpus)!r} (2 file(s) looked at)" in result.stderr
    assert "skipped empty.txt: the file is empty" in result.stderr
    assert "2 of 2 files skipped: empty.txt, notes.pdf" in result.stderr


def test_missing_corpus_folder(tmp_path: Path) -> None:
    result = run_cli("export", str(tmp_path / "nope"), "--out", str(tmp_path / "d.json"))
    assert result.returncode == 1
    assert "does not exist or is not a folder" in result.stderr


def test_real_cli_with_bad_files_exits_zero_and_quotes_good_ones(tmp_path: Path) -> None:
    corpus = write_tree(tmp_path / "corpus", {**GOOD, "empty.txt": "", "bomb.md": ALIAS_BOMB})
    result = run_cli("export", str(corpus), "--out", str(tmp_path / "d.json"), "-q")
    assert result.returncode == 0, result.stderr
    assert "skipped bomb.md: malformed YAML front matter" in result.stderr
    assert "2 of 4 files skipped: bomb.md, empty.txt" in result.stderr
    assert_good_quoted(json.loads((tmp_path / "d.json").read_text(encoding="utf-8")))


# --- decoding and metadata, unit level -------------------------------------------------------

@pytest.mark.parametrize(("raw", "text", "encoding"), [
    (b"\xef\xbb\xbfA\r\nB\rC\n", "A\nB\nC\n", "utf-8"),
    ("\ufeffZ\u00fcrich\r\n".encode("utf-16-le"), "Z\u00fcrich\n", "utf-16-le"),
    ("\ufeffZ\u00fcrich".encode("utf-16-be"), "Z\u00fcrich", "utf-16-be"),
    ("\ufeffZ\u00fcrich".encode("utf-32-le"), "Z\u00fcrich", "utf-32-le"),
    ("Z\u00fcrich".encode("utf-8"), "Z\u00fcrich", "utf-8"),
    ("Z\u00fcrich \u20ac".encode("cp1252"), "Z\u00fcrich \u20ac", "cp1252"),
])
def test_decode_follows_the_contract(raw: bytes, text: str, encoding: str) -> None:
    assert decode(raw) == (text, encoding)


@pytest.mark.parametrize(("value", "iso"), [
    ("2024-06-19", "2024-06-19"), ("2024-06-19T08:30:00Z", "2024-06-19T08:30:00+00:00"),
    ("19 June 2024", "2024-06-19"), ("June 19, 2024", "2024-06-19"), ("19.06.2024", "2024-06-19"),
    ("Wed, 19 Jun 2024 08:30:00 +0000", "2024-06-19"), ("sometime soon", None), ("", None),
    ("Wed, 19 Jun 2024 10:00:00 GMT", "2024-06-19"), ("19 Jun 2024 10:00 UT", "2024-06-19"),
    ("Wed, 19 Jun 2024 23:30:00 EST", "2024-06-19"), ("Wed, 31 Feb 2024 10:00:00 GMT", None),
])
def test_dates_are_normalised(value: str, iso: str | None) -> None:
    assert normalise_date(value) == iso


def test_front_matter_fields_and_extra_keys(tmp_path: Path) -> None:
    raw = ("---\nTitle: The   harbour\n  deal\nsource: Coastal Post\nurl: javascript:alert(1)\nauthor: [Ana, Bo]\n"
           "published: 6 May 2024\ndesk: Politics\n---\nThe body of the article starts here and goes on.\n").encode()
    article, caveats = load_article(tmp_path / "a.md", "a.md", "a", raw)
    assert (article.title, article.source, article.url, article.author, article.published) == (
        "The harbour deal", "Coastal Post", None, "Ana, Bo", "2024-05-06")
    assert article.meta == (("desk", "Politics"),)
    assert article.text[article.body_start:] == article.body
    assert caveats == ["url 'javascript:alert(1)' is not an http:// or https:// address; it is not linked "
                       "(give the web page's address)"]


@pytest.mark.parametrize("keys", [("outlet", "date", "link", "byline"), ("Publication", "Published-At", "URL", "Authors"),
                                  ("publisher", "pubdate", "canonical_url", "by")])
def test_front_matter_fields_under_other_common_keys(tmp_path: Path, keys: tuple[str, str, str, str]) -> None:
    outlet, date, url, author = keys
    raw = (f"---\nheadline: Ferry deal signed\n{outlet}: The Westbridge Chronicle\n{date}: 2024-05-06\n"
           f"{url}: https://example.com/ferry\n{author}: Harriet Lowell\n---\n"
           "The ferry agreement doubles the weekly crossings between the two ports.\n").encode()
    article, caveats = load_article(tmp_path / "a.md", "a.md", "a", raw)
    assert (article.title, article.source, article.published, article.url, article.author) == (
        "Ferry deal signed", "The Westbridge Chronicle", "2024-05-06", "https://example.com/ferry", "Harriet Lowell")
    assert article.meta == () and caveats == []


def _front(published: str, url: str = "https://example.com/story") -> str:
    return (f"---\ntitle: Ferry deal\npublished: {published}\nurl: {url}\n---\n"
            f"The ferry agreement signed on {published} doubles the weekly crossings between the two ports.\n")


def test_rss_dates_with_a_zone_name_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, err, dossier = export(tmp_path, capsys, {"rss.md": _front("Wed, 19 Jun 2024 10:00:00 GMT"),
                                                    "ut.md": _front("19 Jun 2024 10:00 UT")})
    assert status == 0 and "could not read the date" not in err
    published = {a["id"]: a["published"] for a in dossier["articles"]}
    assert (published["rss"], published["ut"]) == ("2024-06-19", "2024-06-19")


def test_a_date_that_could_be_month_first_is_read_day_first_with_a_caveat(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, err, dossier = export(tmp_path, capsys, {"us.md": _front("06/07/2024"), "eu.md": _front("13/06/2024"),
                                                    "same.md": _front("06/06/2024")}, quiet=False)
    assert status == 0
    published = {a["id"]: a["published"] for a in dossier["articles"]}
    assert (published["us"], published["eu"], published["same"]) == ("2024-07-06", "2024-06-13", "2024-06-06")
    assert ("read us.md with a caveat: the date '06/07/2024' could be day/month or month/day; read as 6 July "
            "2024: write it as 2024-07-06 (or 2024-06-07 if it is 7 June)") in err
    assert "eu.md" not in err and "same.md" not in err


@pytest.mark.parametrize(("url", "message"), [
    ("www.example.com/story", "url 'www.example.com/story' has no http:// or https://; it is not linked "
                              "(write https://www.example.com/story)"),
    ("https://example.com/a b", "url 'https://example.com/a b' holds white space; it is not linked "
                                "(write each space as %20)"),
    ("ftp://example.com/story", "url 'ftp://example.com/story' is not an http:// or https:// address; it is not "
                                "linked"),
    ("https:///story", "url 'https:///story' has no host name after https://; it is not linked"),
])
def test_a_url_that_is_not_linked_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str,
                                              message: str) -> None:
    status, err, dossier = export(tmp_path, capsys, {"bad-url.md": _front("2024-06-19", url),
                                                    "ok-url.md": _front("2024-06-20")}, quiet=False)
    assert status == 0
    urls = {a["id"]: a["url"] for a in dossier["articles"]}
    assert (urls["bad-url"], urls["ok-url"]) == (None, "https://example.com/story")
    assert f"read bad-url.md with a caveat: {message}" in err
    assert "ok-url.md" not in err


@pytest.mark.parametrize(("name", "content", "title"), [
    ("fm.md", "---\ntitle: From front matter\n---\nFirst line of the body\n", "From front matter"),
    ("page.html", "<html><head><title>From the title tag</title></head><body><p>Some body text.</p></body></html>",
     "From the title tag"),
    ("plain.txt", "\n\n  First line here  \nThe rest of the text.\n", "First line here"),
    ("md-heading.md", "# A Markdown heading\n\nThe rest of the text.\n", "A Markdown heading"),
    ("kicker.txt", "ANALYSIS\n\nJunior partner: what the visit tells us\n\nThe rest of the text.\n",
     "Junior partner: what the visit tells us"),
    ("opinion.md", "**Opinion:**\n\nWhy the ferry deal matters\n\nThe rest of the text.\n", "Why the ferry deal matters"),
    ("masthead.txt", "SUSSEX EVENING ECHO\n\nTECH CHAOS: Holidaymakers stranded\n", "TECH CHAOS: Holidaymakers stranded"),
    ("file_name-only.txt", "x" * 200 + "\n", "file name only"),
    ("para.txt", "The ministers met on Monday in the capital. " + "They talked for hours about trade. " * 5 + "\n",
     "The ministers met on Monday in the capital."),
    # a page saved from the web: navigation, a player and a credit in brackets open it
    ("saved.txt", "Skip to main content Skip to navigation\nPlay Live Radio\n0:00\n0:00\n\nFerry service resumes "
     "after storm\n\nThe ferry service resumed on Monday, a week after the storm closed the harbour.\n",
     "Ferry service resumes after storm"),
    ("agency.txt", "(From Reuters)\nThe ferry service resumed on Monday, a week after the storm closed the harbour.\n",
     "The ferry service resumed on Monday, a week after the storm closed the harbour."),
    # a credit line of its own opening the file, before the headline or the lead
    ("credit.txt", "\u2014 AFP\n\nFerry service resumes after storm\n\nThe ferry service resumed on Monday, a week "
     "after the storm closed the harbour.\n", "Ferry service resumes after storm"),
    ("source.txt", "Source: Reuters\nThe ferry service resumed on Monday, a week after the storm closed the harbour.\n",
     "The ferry service resumed on Monday, a week after the storm closed the harbour."),
    # short lines naming the writers and the service, none of them a headline: the lead stands in
    ("writers.txt", "Jane Doe and John Roe By\n\nExpress News Service\n\nThe ferry service resumed on Monday, a week "
     "after the storm closed the harbour.\n", "The ferry service resumed on Monday, a week after the storm closed the "
     "harbour."),
    # a note on the post, not its headline
    ("note.txt", "This post will be updated as new information is available.\n\nThe ferry service resumed on Monday, "
     "a week after the storm closed the harbour.\n", "The ferry service resumed on Monday, a week after the storm "
     "closed the harbour."),
    # a lead paragraph standing in, its dateline left out
    ("dateline.txt", "NEW YORK -- The ferry service resumed on Monday, a week after the storm closed the harbour. "
     "Hundreds of travellers had been stranded on the island for days.\n", "The ferry service resumed on Monday, a "
     "week after the storm closed the harbour."),
    ("prose.txt", "Ferry back\n\nThe service resumed on Monday.\n\nAfter the storm, the harbour reopened.\n", "Ferry back"),
    # a label on the headline's line; a caption closed by its credit above the headline; a gallery's
    # prompt under each picture, which the page repeats
    ("update.txt", "UPDATE: Ferry service resumes after storm\n\nUPDATE: 2:30 p.m.\n\nThe ferry service resumed on "
     "Monday, a week after the storm closed the harbour.\n", "UPDATE: Ferry service resumes after storm"),
    ("caption.txt", "The harbour on Monday. (AP Photo)\n\nFerry service resumes after storm\n\nThe ferry service "
     "resumed on Monday, a week after the storm closed the harbour.\n", "Ferry service resumes after storm"),
    ("captioned.txt", "The harbour on Monday. (AP Photo)\n\nThe ferry service resumed on Monday, a week after the "
     "storm closed the harbour.\n", "The ferry service resumed on Monday, a week after the storm closed the harbour."),
    ("gallery.txt", "More pictures of the ferry\nFerry service resumes after storm\nThe harbour ferry at dawn.\n"
     "More pictures of the ferry\nThe harbour ferry at noon.\nMore pictures of the ferry\n\nThe ferry service "
     "resumed on Monday, a week after the storm closed the harbour.\n", "Ferry service resumes after storm"),
    # the headline shown three times (header, share card), which the article's words echo
    ("thrice.txt", "Skip to Content\nFerry service resumes after storm\nNews\nFerry service resumes after storm\n"
     "Share: Ferry service resumes after storm\nFerry service resumes after storm\n\nThe ferry service resumed on "
     "Monday, a week after the storm closed the harbour.\n", "Ferry service resumes after storm"),
    # a kicker above the headline, both echoed; a line of signs alone
    ("kicker-line.txt", "|\nFerry, Harbour\nFerry service resumes after storm closed the harbour\n17.01.2026 - 03:44\n\n"
     "The ferry service resumed on Monday, a week after the storm closed the harbour.\n",
     "Ferry service resumes after storm closed the harbour"),
    ("signs.txt", "|\n\nThe ferry service resumed on Monday, a week after the storm closed the harbour.\n",
     "The ferry service resumed on Monday, a week after the storm closed the harbour."),
    # a caption closed by its credit, shown twice and then cut short, above the headline
    ("caption-copies.txt", "The harbour ferry at dawn on Monday, a week after the storm closed the harbour to all "
     "shipping. Photo: Jane Doe / The Daily\n" * 2 + "The harbour ferry at dawn on Monday, a week after the storm "
     "closed the harbour to all shipp\n\nFerry service resumes after storm\n\nThe ferry service resumed on Monday, "
     "a week after the storm closed the harbour.\n", "Ferry service resumes after storm"),
    # a place alone above a long lead is its dateline; a site's icon; a breadcrumb cut short above the headline
    ("place.txt", "Harbourtown\nThe ferry service resumed on Monday, a week after the storm closed the harbour, and "
     "hundreds of stranded travellers finally left the island.\n", "The ferry service resumed on Monday, a week after "
     "the storm closed the harbour, and hundreds of stranded travellers\u2026"),
    ("icon.txt", "Site icon The Harbour Daily\n\nThe ferry service resumed on Monday, a week after the storm closed "
     "the harbour, and hundreds of stranded travellers finally left the island.\n", "The ferry service resumed on "
     "Monday, a week after the storm closed the harbour, and hundreds of stranded travellers\u2026"),
    ("breadcrumb.txt", "HomeNewsFerry service resumes after storm closed...\n\nFerry service resumes after storm "
     "closed the harbour\n\nThe ferry service resumed on Monday, a week after the storm closed the harbour.\n",
     "Ferry service resumes after storm closed the harbour"),
    ("overview.txt", "Overview\n- The ferry service resumed on Monday, a week after the storm closed the harbour, and "
     "hundreds of stranded travellers finally left the island.\n", "The ferry service resumed on Monday, a week after "
     "the storm closed the harbour, and hundreds of stranded travellers\u2026"),
    # an explainer's headline announcing its article, shown twice under a site's icon; a bare "Here's what we
    # know" says nothing of the story, so the lead stands in
    ("explainer.txt", "Site icon The Harbour Daily\n\nHere\u2019s what you need to know about the ferry strike\n\n"
     "Here's what you need to know about the ferry strike\n\nThe ferry service stopped on Monday when crews walked "
     "out over pay, stranding hundreds of travellers on the island.\n",
     "Here\u2019s what you need to know about the ferry strike"),
    ("we-know.txt", "Here's what we know\n\nThe ferry service stopped on Monday when crews walked out.\n",
     "The ferry service stopped on Monday when crews walked out."),
    ("this-hour.txt", "Here's what we know at this hour\n\nThe ferry service stopped on Monday when crews walked "
     "out.\n", "The ferry service stopped on Monday when crews walked out."),
    # TASS's dateline opening the lead ("BELGRADE, May 7. /TASS/.")
    ("tass.txt", "HARBOURTOWN, May 7. /TASS/. The ferry service resumed on Monday, a week after the storm closed the "
     "harbour.\n\nHundreds of travellers had been stranded.\n", "The ferry service resumed on Monday, a week after the "
     "storm closed the harbour."),
    # a saved page's record of its date and address above the headline
    ("saved.txt", " date 2023-09-09 https://harbour.example/2023/09/09/ferry-service-resumes-after-the-storm-closed-"
     "the-harbour.html\nFerry service resumes after storm\nThe ferry service resumed on Monday, a week after the "
     "storm closed the harbour.\n", "Ferry service resumes after storm"),
    # a date alone and a time stamp around a headline marked by an emoji; a breadcrumb trail and a caption
    # above the headline; a gallery's counted caption and its "License Photo" link above the lead
    ("dated.txt", "Nov 15, 2023\n\n\U0001f3a5 Ferry service resumes after storm\n\nPosted Nov 15, 2023 10:00 PM\n\n"
     "HARBOURTOWN (AP) \u2014 The ferry service resumed on Monday, a week after the storm closed the harbour to all "
     "shipping and stranded hundreds.\n", "Ferry service resumes after storm"),
    ("trail.txt", "Home>Articles>Ferry Service Resumes After Storm\n\nThe harbour on Monday. (Photo: Port.gov)\n\n"
     "Ferry Service Resumes After Storm\n\nThe ferry service resumed on Monday, a week after the storm closed the "
     "harbour.\n", "Ferry Service Resumes After Storm"),
    ("slides.txt", "1 of 7 | The harbour ferry at dawn on Monday, a week after the storm closed the harbour to all "
     "shipping for days. Photo by Jane Doe/UPI |\nLicense Photo\nHARBOURTOWN, Nov. 14 (UPI) -- The ferry service "
     "resumed on Monday, a week after the storm closed the harbour.\n",
     "The ferry service resumed on Monday, a week after the storm closed the harbour."),
    # a photo's caption, a sentence, over its credit on the line under it; a headline over a credit stays
    ("credit.txt", "The harbour ferry at dawn on Monday.\nCredit...Jane Doe/The Harbour Times\n\nFerry service "
     "resumes after storm\n\nThe ferry service resumed on Monday, a week after the storm closed the harbour.\n",
     "Ferry service resumes after storm"),
    ("headline-credit.txt", "Ferry service resumes after storm\n(Jane Doe/AP Photo)\n\nThe ferry service resumed "
     "on Monday, a week after the storm closed the harbour.\n", "Ferry service resumes after storm"),
    ("abbreviation-credit.txt", "Ferry service resumes for the U.S.\n(Jane Doe/AP Photo)\n\nThe ferry service "
     "resumed on Monday, a week after the storm closed the harbour.\n", "Ferry service resumes for the U.S."),
    # an agency's name and a dateline's place and day, each alone on its line, above the lead
    ("dateline.txt", "PTI\n\nHarbourtown, June 22\n\nThe ferry service resumed on Monday, a week after the storm "
     "closed the harbour.\n", "The ferry service resumed on Monday, a week after the storm closed the harbour."),
    # a page's icon labels (no capital) and a video player's label (its clip's title twice, then its length)
    ("icons.txt", "icon bookmark-bicon cameraicon checkicon chevron downicon " * 4 + "\n15 May, 2024 20:41\n"
     "Ferry service resumes after storm\n\nThe ferry service resumed on Monday, a week after the storm closed the "
     "harbour.\n", "Ferry service resumes after storm"),
    ("player.txt", "Ferry crews walk out Ferry crews walk out 1:03:12\n\nThe ferry service resumed on Monday, a week "
     "after the storm closed the harbour.\n",
     "The ferry service resumed on Monday, a week after the storm closed the harbour."),
    ("long.txt", "The ministers " + "of many countries and regions " * 8 + "met.\n",
     "The ministers of many countries and regions of many countries and regions of many countries and regions of "
     "many\u2026"),
])
def test_title_fallbacks(tmp_path: Path, name: str, content: str, title: str) -> None:
    article, _ = load_article(tmp_path / name, name, "a", content.encode())
    assert article.title == title


def test_corpus_is_not_written_to(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = write_tree(tmp_path / "corpus", {**GOOD, "page.html": (Path(__file__).parent / "fixtures" / "html" /
                                                                    "news_article.html").read_text(encoding="utf-8")})
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(corpus.rglob("*"))}
    ingest(corpus, max_file_bytes=10 ** 7)
    assert main(["export", str(corpus), "--out", str(tmp_path / "d.json"), "-q"]) == 0
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(corpus.rglob("*"))} == before
    assert main(["export", str(corpus), "--out", str(corpus / "d.json"), "-q"]) == 1
    assert "--out" in capsys.readouterr().err and not (corpus / "d.json").exists()


def test_file_name_that_is_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with open(os.path.join(os.fsencode(corpus), b"caf\xe9.txt"), "wb") as f:
        f.write(b"The harbour cafe reopened on Friday after the council approved the new lease.\n")
    status, err, dossier = export(tmp_path, capsys, {})
    assert status == 0
    assert "skipped caf\ufffd.txt: has a file name that is not valid UTF-8; rename it" in err
    assert_good_quoted(dossier)


def test_outlet_and_title_from_the_opening_without_front_matter(tmp_path: Path) -> None:
    """Without front matter the opening names the outlet; a lead paragraph's dateline is not the title."""
    (tmp_path / "a.txt").write_text("Ship topples bridge\n\nBy Jane Doe, Harbour Newswire\n\nA ship hit the bridge.\n")
    (tmp_path / "b.txt").write_text("HANOI, 10 September (Meridian Wire) - The two leaders agreed on Sunday "
                                    "to raise ties to a comprehensive strategic partnership.\n")
    (tmp_path / "c.md").write_text("---\nsource: Example Times\n---\nBy Jane Doe, Harbour Newswire\n\nText.\n")
    a, b, c = ingest(tmp_path, max_file_bytes=10 ** 6).articles
    assert (a.source, a.title) == ("Harbour Newswire", "Ship topples bridge")
    assert b.source == "Meridian Wire" and b.title.startswith("The two leaders agreed on Sunday")
    assert c.source == "Example Times"  # front matter wins


def test_a_masthead_in_capitals_is_the_outlet_not_the_title(tmp_path: Path) -> None:
    text = ("HARBOUR EVENING ECHO\n\n"
            "SHIP CHAOS: Ferries halted as storm hits the port\n\n"
            "By Jane Doe, Chief Reporter\n\n"
            "Friday 19 July 2024, updated 9.45pm\n\n"
            "Hundreds of passengers were stranded at the ferry terminal today after the storm closed the port.\n")
    article, _ = load_article(tmp_path / "echo.txt", "echo.txt", "echo", text.encode())
    assert article.source == "HARBOUR EVENING ECHO"
    assert article.title == "SHIP CHAOS: Ferries halted as storm hits the port"
    assert article.published == "2024-07-19"
    assert article.author == "Jane Doe"


def test_a_credit_line_of_an_outlet_and_a_date_is_read_and_no_headline(tmp_path: Path) -> None:
    """A credit line opened by a dash, or parted by commas with a byline, names the outlet, the date (and the
    writer); it is no title, and a headline's last part naming the outlet is cut from the title."""
    marked = ("- The Harbour Times - Thursday, October 10, 2024\n\nHARBOURTOWN, Fla. \u2014 The ferry service resumed "
              "on Thursday, a week after the storm closed the harbour to all shipping and stranded hundreds of travellers "
              "on both sides of the bay.\n")
    article, _ = load_article(tmp_path / "t.txt", "t.txt", "t", marked.encode())
    assert (article.source, article.published) == ("The Harbour Times", "2024-10-10")
    assert article.title.startswith("The ferry service resumed on Thursday")
    commas = ("Ferry service resumes after the storm \u2013 Jane Doe / HARBOUR-WATCH\n\nThe port reopens.\n\n"
              "Harbour-Watch, October 10, 2024, by Jane Doe\n\nThe ferry service resumed on Thursday, a week after "
              "the storm closed the harbour.\n")
    article, _ = load_article(tmp_path / "w.txt", "w.txt", "w", commas.encode())
    assert (article.source, article.published, article.author) == ("Harbour-Watch", "2024-10-10", "Jane Doe")
    assert article.title == "Ferry service resumes after the storm"
    # a headline with a date in a part of its own is no credit line; a dash inside a headline stays in it
    dated = "Ferry strike live updates - October 9, 2024\n\nThe ferry service stopped on Wednesday night.\n"
    article, _ = load_article(tmp_path / "d.txt", "d.txt", "d", dated.encode())
    assert article.title == "Ferry strike live updates - October 9, 2024"
    dashed = commas.replace("Ferry service resumes after the storm \u2013 Jane Doe / HARBOUR-WATCH",
                            "Ferry service resumes - and strikes end - Harbour-Watch")
    article, _ = load_article(tmp_path / "x.txt", "x.txt", "x", dashed.encode())
    assert article.title == "Ferry service resumes - and strikes end"
    # a site reposting a wire's story gives the wire after "By" at the headline's end
    reposted = ("Ferry chief faces his first storm two days after he took office By Reuters\n"
                "HARBOURTOWN (Reuters) \u2013 When the ferry chief reached the pier on Sunday, he had been on the job "
                "less than 48 hours.\n")
    article, _ = load_article(tmp_path / "r.txt", "r.txt", "r", reposted.encode())
    assert article.source == "Reuters"
    assert article.title == "Ferry chief faces his first storm two days after he took office"
