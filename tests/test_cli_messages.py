"""What the CLI and the plugin tell the user, and what they refuse to touch."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, build_env, mkdocs_build, project, run_cli, write_tree

from generator.cli import SITE_MARKER, main
from generator.topics import parse_topics

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
                   "building would delete them. Move them elsewhere, or choose an empty or new --site-dir.\n")
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


def test_files_added_inside_an_earlier_build_are_refused_and_kept(
        tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "site"
    assert build(corpus, site, capsys) == (0, "")
    mine = write_tree(site, {"assets/my-logo.svg": "<svg/>", "topics/mine/x.txt": "keep", "topics/.DS_Store": ""})
    before = snapshot(mine)
    status, err = build(corpus, site, capsys)
    assert (status, err) == (1, f"error: --site-dir {str(site)!r} holds files that are not an earlier build "
                                "(assets/my-logo.svg, topics/mine); building would delete them. Move them elsewhere, "
                                "or choose an empty or new --site-dir.\n")
    assert snapshot(site) == before
    (site / "assets" / "my-logo.svg").unlink()
    (site / "topics" / "mine" / "x.txt").unlink()
    (site / "topics" / "mine").rmdir()
    assert build(corpus, site, capsys) == (0, "")  # file-browser litter (.DS_Store) does not stop a build


def test_a_site_rebuilt_by_mkdocs_or_marked_by_an_older_version_may_be_replaced(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path, GOOD)
    site = tmp_path / "site"
    assert main(["build", str(root / "corpus"), "--site-dir", str(site), "--config", str(root / "mkdocs.yml"),
                 "-q", "--no-cache"]) == 0
    write_tree(root / "corpus", {"c.txt": "Ferry news\n\nThe ferry agreement adds a night crossing between the "
                                          "two ports from next month.\n"})
    assert mkdocs_build(root, site, strict=False).returncode == 0  # writes sources/c.html, not in the marker
    status = main(["build", str(root / "corpus"), "--site-dir", str(site), "--config", str(root / "mkdocs.yml"),
                   "-q", "--no-cache"])
    assert status == 0, capsys.readouterr().err
    (site / SITE_MARKER).write_text("Built by dossier; a later build may replace these entries:\n"
                                    + "".join(f"{x.name}\n" for x in site.iterdir()), encoding="utf-8")
    assert main(["build", str(root / "corpus"), "--site-dir", str(site), "--config", str(root / "mkdocs.yml"),
                 "-q", "--no-cache"]) == 0, "a marker listing top-level names (older versions) still counts"


@pytest.mark.parametrize("command", ["build", "export"])
@pytest.mark.parametrize("under", ["a file", "nothing"])
def test_an_unwritable_output_fails_in_one_line_before_the_analysis(
        tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        command: str, under: str) -> None:
    def never(*_: object, **__: object) -> None:
        raise AssertionError("the analysis ran before the output was checked")

    monkeypatch.setattr("generator.cli.run", never)
    monkeypatch.setattr("generator.plugin.run", never)
    parent = tmp_path / "afile"
    parent.write_text("mine", encoding="utf-8")
    if under == "nothing":  # a folder that cannot be created, such as /proc/x
        parent = Path("/proc") if Path("/proc/self").is_dir() else pytest.skip("no /proc")
    out, option = (parent / "site", "--site-dir") if command == "build" else (parent / "d.json", "--out")
    status = main([command, str(corpus), option, str(out), "-q", "--no-cache"])
    err = capsys.readouterr().err
    problem = "Not a directory" if under == "a file" else "No such file or directory"
    assert (status, err.count("\n")) == (1, 1)
    assert err.startswith(f"error: cannot write {option} {str(out)!r}: {problem}; "), err
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "mine"


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


@pytest.mark.parametrize("corpus_now", ["mistyped", "emptied"])
def test_a_failed_build_leaves_the_last_site_in_place(
        tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str], corpus_now: str) -> None:
    site = tmp_path / "site"
    assert build(corpus, site, capsys) == (0, "")
    before = snapshot(site)
    if corpus_now == "emptied":
        broken = tmp_path / "emptied"
        broken.mkdir()
    else:
        broken = tmp_path / "corpsu"
    result = run_cli("build", str(broken), "--site-dir", str(site), "-q")
    assert result.returncode == 1
    assert "ERROR: dossier: " in result.stderr and repr(str(broken)) in result.stderr
    assert snapshot(site) == before, "MkDocs emptied the site folder before the corpus was checked"


def test_build_with_a_config_keeps_its_plugin_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = {f"{n}.txt": f"Harbour report {n}\n\nThe transport ministers signed ferry agreement number {n} in the "
                         f"harbour city on Monday after {n + 2} days of talks about the crossings.\n"
             for n in range(6)}
    root = project(tmp_path, facts, plugin_options="      max_quotes: 1\n")

    def most_quotes(*extra: str) -> int:
        site = tmp_path / f"site{len(extra)}"
        status = main(["build", str(root / "corpus"), "--site-dir", str(site), "--config", str(root / "mkdocs.yml"),
                       "-q", *extra])
        assert status == 0, capsys.readouterr().err
        dossier = json.loads((site / "dossier.json").read_text(encoding="utf-8"))
        return max(len(t["quotes"]) for t in dossier["topics"])

    assert most_quotes() == 1, "the CLI's default replaced the config's max_quotes"
    assert most_quotes("--max-quotes", "2") == 2, "an option given on the command line wins"


def test_quiet_build_shows_warnings_but_not_files_read_with_a_caveat(tmp_path: Path) -> None:
    corpus = write_tree(tmp_path / "corpus", {**GOOD, "empty.txt": "",
                                              "c.txt": "Caf\xe9 talks\n\nThe ferry agreement was welcomed in every "
                                                       "caf\xe9 of the harbour city.\n".encode("cp1252")})
    result = run_cli("build", str(corpus), "--site-dir", str(tmp_path / "site"), "-q")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == ["WARNING: generator: skipped empty.txt: the file is empty",
                                          "WARNING: generator: 1 of 4 files skipped: empty.txt"]
    loud = run_cli("build", str(corpus), "--site-dir", str(tmp_path / "site"))
    assert loud.returncode == 0, loud.stderr
    lines = loud.stderr.splitlines()
    assert "INFO: generator: read c.txt with a caveat: not valid UTF-8; read as Windows-1252 (cp1252)" in lines
    # each stage of the analysis is reported as it ends, before MkDocs writes the site
    stages = [line.split(": ")[2] for line in lines if re.match(r"INFO: generator: \w+: .* in \d+\.\d s$", line)]
    assert stages == ["ingest", "classify", "group", "select"], lines
    assert lines[0] == "INFO: generator: ingest: 4 files in " + lines[0].rsplit(" in ", 1)[1]
    # the files ingest skipped are named as it ends, not after the slower stages
    classify = next(n for n, line in enumerate(lines) if line.startswith("INFO: generator: classify: "))
    assert lines.index("WARNING: generator: skipped empty.txt: the file is empty") < classify, lines
    export = run_cli("export", str(corpus), "--out", str(tmp_path / "dossier.json"))
    assert export.returncode == 0, export.stderr
    said = export.stderr.splitlines()
    assert said[:2] == [said[0], "skipped empty.txt: the file is empty"] and said[0].startswith("ingest: "), said
    classified = next(n for n, line in enumerate(said) if line.startswith("classify: "))
    assert said.index("1 of 4 files skipped: empty.txt") < classified, said


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-1", "0", "five"])
def test_a_file_size_limit_that_is_not_a_positive_number_is_refused(
        tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str], value: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["export", str(corpus), "--out", str(tmp_path / "d.json"), f"--max-file-mb={value}"])
    assert stopped.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        "python -m generator export: error: argument --max-file-mb: must be a positive number of megabytes, "
        f"such as 5 or 0.5; found {value!r}")
    assert not (tmp_path / "d.json").exists()


def test_plugin_refuses_a_file_size_limit_that_is_not_finite(tmp_path: Path) -> None:
    root = project(tmp_path, GOOD, plugin_options="      max_file_mb: .inf\n")
    result = mkdocs_build(root, tmp_path / "site", strict=False)
    assert result.returncode == 1
    assert "the file size limit (max_file_mb, --max-file-mb) must be a positive number of megabytes, such as 5 " \
           "or 0.5; found inf" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("what", ["topics file", "folder", "other file"])
def test_export_refuses_an_out_it_would_harm(tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str],
                                             what: str) -> None:
    topics = write_tree(tmp_path / "cfg", {"topics.yaml": "- title: Ferries\n  description: The ferry deal.\n",
                                           "notes.json": '{"mine": true}\n'})
    out = {"topics file": topics / "topics.yaml", "folder": topics, "other file": topics / "notes.json"}[what]
    before = snapshot(topics)
    status = main(["export", str(corpus), "--topics", str(topics / "topics.yaml"), "--out", str(out), "-q"])
    err = capsys.readouterr().err
    assert status == 1
    assert err.startswith(f"error: --out {str(out)!r} ") and err.count("\n") == 1
    assert snapshot(topics) == before


def test_export_replaces_an_earlier_export(tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "dossier.json"
    assert main(["export", str(corpus), "--out", str(out), "-q", "--no-cache"]) == 0
    first = out.read_bytes()
    out.write_text(first.decode("utf-8").replace('"schema": 1', '"schema": 1, "stale": true'), encoding="utf-8")
    assert main(["export", str(corpus), "--out", str(out), "-q", "--no-cache"]) == 0
    assert out.read_bytes() == first


@pytest.mark.parametrize("command", ["build", "export"])
def test_the_cache_never_writes_into_the_corpus(tmp_path: Path, corpus: Path, command: str) -> None:
    before = snapshot(corpus)
    out = ["--site-dir", str(tmp_path / "site")] if command == "build" else ["--out", str(tmp_path / "d.json")]
    result = subprocess.run([sys.executable, "-m", "generator", command, ".", *out, "-q"], capture_output=True,
                            text=True, cwd=corpus, env=build_env(PYTHONPATH=str(ROOT)), timeout=600)
    assert result.returncode == 1
    assert result.stderr == ("error: the cache folder '.cache/dossier' is inside the corpus folder; run the command "
                             "from outside it, or give --cache-dir elsewhere (or --no-cache)\n")
    assert snapshot(corpus) == before


TOPICS = "- id: ferries\n  title: Ferries\n  cues: [ferry, crossings]\n- id: ports\n  title: Ports\n  cues: [harbour, port]\n"


def test_a_topics_file_kept_in_the_corpus_folder_is_not_an_article(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = project(tmp_path, {**GOOD, "topics.yml": TOPICS, "notes.yml": "not: topics\n"},
                   plugin_options="      topics: corpus/topics.yml\n")
    result = mkdocs_build(root, tmp_path / "site", strict=False)
    assert result.returncode == 0, result.stderr
    assert "topics.yml" not in result.stderr
    assert "WARNING -  generator: 1 of 3 files skipped: notes.yml" in result.stderr  # other files still count
    assert (tmp_path / "site" / "topics" / "ferries" / "index.html").is_file()
    out = tmp_path / "d.json"
    assert main(["export", str(root / "corpus"), "--topics", str(root / "corpus" / "topics.yml"), "--out", str(out),
                 "--no-cache"]) == 0
    assert "topics.yml" not in capsys.readouterr().err
    assert [t["id"] for t in json.loads(out.read_text(encoding="utf-8"))["topics"]] == ["ferries", "ports"]


@pytest.mark.parametrize("command", ["build", "export"])
def test_a_cache_dir_that_is_a_file_is_refused(tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str],
                                               caplog: pytest.LogCaptureFixture, command: str) -> None:
    cache = tmp_path / "cache"
    cache.write_text("my notes\n", encoding="utf-8")
    out = ["--site-dir", str(tmp_path / "site")] if command == "build" else ["--out", str(tmp_path / "d.json")]
    assert main([command, str(corpus), *out, "--cache-dir", str(cache), "-q"]) == 1
    err = capsys.readouterr().err + caplog.text  # build reports it through MkDocs's log
    assert f"the cache folder (cache_dir, --cache-dir) {str(cache)!r} is a file, not a folder" in err, err
    assert cache.read_text(encoding="utf-8") == "my notes\n"
    assert not (tmp_path / "site").exists() and not (tmp_path / "d.json").exists()


@pytest.mark.parametrize("offline", [False, True])
def test_build_says_how_to_open_the_site_and_offline_links_name_files(
        tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str], offline: bool) -> None:
    site = tmp_path / "site"
    assert main(["build", str(corpus), "--site-dir", str(site), "--no-cache", *(["--offline"] if offline else [])]) == 0
    said = capsys.readouterr().err.strip().splitlines()[-1]
    home = (site / "index.html").read_text(encoding="utf-8")
    if offline:  # page links name files, which a browser opens from disk, and search needs no server
        assert said == f"Site written to {site}: open {site / 'index.html'} in a browser (it works from disk, or zipped and sent)."
        assert (site / "search" / "search_index.js").is_file()
        assert all(link.endswith(".html") for link in _topic_links(home))
    else:  # page links name folders: a browser opening the files lists the folder, so say to serve it
        assert said.startswith(f"Site written to {site}: serve it with `python -m http.server -d {site}`")
        assert "add --offline" in said
        assert all(link.endswith("/") for link in _topic_links(home))


def _topic_links(html: str) -> list[str]:
    links = re.findall(r'href="(topics/[^"#]*)"', html)
    assert links
    return links


def test_pages_left_without_key_facts_are_named_after_an_export_and_a_build(tmp_path: Path) -> None:
    flood = ROOT / "tests" / "fixtures" / "flood"
    topics = tmp_path / "with-football.yaml"
    topics.write_text((ROOT / "tests" / "fixtures" / "flood-topics.yaml").read_text(encoding="utf-8") + (
        "- id: football\n  title: Football transfer market\n"
        "  description: Transfer fees paid by football clubs for strikers and goalkeepers.\n"), encoding="utf-8")
    said = ("1 of 5 topic pages have no key facts: football. No article states a fact that clearly belongs "
            "there; if one should, describe the topic or give it cues in the words the articles use.")
    export = run_cli("export", str(flood), "--topics", str(topics), "--out", str(tmp_path / "d.json"))
    assert export.returncode == 0, export.stderr
    assert said in export.stderr.splitlines()
    quiet = run_cli("export", str(flood), "--topics", str(topics), "--out", str(tmp_path / "q.json"), "-q")
    assert quiet.returncode == 0 and "no key facts" not in quiet.stderr
    build = run_cli("build", str(flood), "--topics", str(topics), "--site-dir", str(tmp_path / "site"))
    assert build.returncode == 0, build.stderr
    assert f"INFO: generator: {said}" in build.stderr.splitlines()
    # with the flood's own topics every page has facts: nothing is said
    full = run_cli("export", str(flood), "--topics", str(ROOT / "tests" / "fixtures" / "flood-topics.yaml"),
                   "--out", str(tmp_path / "f.json"))
    assert full.returncode == 0 and "no key facts" not in full.stderr


def test_help_names_each_command_once_and_an_export_counts_in_words() -> None:
    text = run_cli("--help").stdout
    assert [line.split()[0] for line in text.splitlines() if re.match(r"\s+(build|export)\s", line)] == \
        ["build", "export"], text
    assert "shared/" not in text + run_cli("export", "--help").stdout  # no path outside the package
    # the topics file the help shows is one the tool reads
    sample = re.search(r"for example:\n\n((?:  .*\n)+)", text)
    assert sample, text
    topics = parse_topics(yaml.safe_load(textwrap.dedent(sample[1])), "the help's example")
    assert [(t.id, t.title) for t in topics] == [("casualties", "Casualties")] and topics[0].cues, topics


def test_the_site_is_named_for_its_corpus_or_its_title(tmp_path: Path, corpus: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    def title(*extra: str, folder: Path = corpus) -> str:
        site = tmp_path / f"site{len(list(tmp_path.glob('site*')))}"
        assert main(["build", str(folder), "--site-dir", str(site), "-q", *extra]) == 0, capsys.readouterr().err
        return re.search(r"<title>(.*?)</title>", (site / "index.html").read_text(encoding="utf-8"))[1]

    # the folder's name, not a name every briefing shares; a folder named "corpus" says nothing of the
    # event, so the folder above it names the site
    assert title() == f"Briefing - Dossier: {corpus.resolve().parent.name}"
    assert title(folder=shutil.copytree(corpus, tmp_path / "ferry-talks")) == "Briefing - Dossier: ferry-talks"
    # the theme prints the name into HTML as it is: it holds no markup character, and no ampersand that
    # would start a character reference ("&copy" would read "\u00a9")
    assert title("--title", "Ferry talks & <after> &copy") == "Briefing - Ferry talks & \u2039after\u203a &amp;copy"
    (tmp_path / "proj").mkdir()
    root = project(tmp_path / "proj", GOOD)
    named = (root / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^site_name: ", named, re.M), named
    site = tmp_path / "configured"
    assert main(["build", str(root / "corpus"), "--site-dir", str(site), "--config", str(root / "mkdocs.yml"),
                 "-q"]) == 0
    wanted = re.search(r"^site_name: (.*)$", named, re.M)[1].strip("\"'")
    assert f"<title>Briefing - {wanted}</title>" in (site / "index.html").read_text(encoding="utf-8")
