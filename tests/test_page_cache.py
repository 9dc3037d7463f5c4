"""Under ``mkdocs serve`` a rebuild renders only the generated pages that changed, and writes the
very site a fresh build writes."""

from __future__ import annotations

import filecmp
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest
from conftest import ROOT, mkdocs_build, project, write_tree
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.page_cache import PageCache
from generator.plugin import DossierPlugin


def _differences(a: Path, b: Path) -> list[str]:
    """Files present in only one of two site folders, or with different bytes."""
    names = {p.relative_to(a) for p in a.rglob("*") if p.is_file()} | {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    return sorted(str(n) for n in names
                  if not (a / n).is_file() or not (b / n).is_file() or not filecmp.cmp(a / n, b / n, shallow=False))


class Serve:
    """The plugin events of ``mkdocs serve``: one plugin instance, the config reloaded per rebuild."""

    running: list[Serve] = []

    def __init__(self, root: Path, site: Path) -> None:
        self.config_file, self.site = str(root / "mkdocs.yml"), site
        self.config = load_config(config_file=self.config_file)
        self.config.plugins.on_startup(command="serve", dirty=False)
        plugin = self.config.plugins["dossier"]
        assert isinstance(plugin, DossierPlugin) and plugin.pages is not None
        self.cache: PageCache = plugin.pages
        Serve.running.append(self)

    def stop(self) -> None:
        """What serve does when it stops (the plugins' ``on_shutdown``)."""
        self.config.plugins.on_shutdown()

    def rebuild(self) -> tuple[int, int]:
        """Build; return how many generated pages were converted and rendered anew (and keep in
        :attr:`indexed` how many the search plugin indexed itself)."""
        before = self.cache.conversions, self.cache.renders, self.cache.indexed
        build(load_config(config_file=self.config_file, site_dir=str(self.site)))
        self.indexed = self.cache.indexed - before[2]
        return self.cache.conversions - before[0], self.cache.renders - before[1]


@pytest.fixture(autouse=True)
def _stop_serving() -> Iterator[None]:
    yield
    while Serve.running:
        Serve.running.pop().stop()


@pytest.fixture()
def serve_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946684800")
    corpus = {p.name: p.read_bytes() for p in sorted((ROOT / "corpus").iterdir())}
    root = project(tmp_path, corpus, docs={"notes.md": "# Notes\n\nOur own page.\n"})
    return root


def test_rebuilds_render_only_what_changed_and_match_a_fresh_build(serve_project: Path, tmp_path: Path) -> None:
    served, fresh = tmp_path / "served", tmp_path / "fresh"
    serve = Serve(serve_project, served)
    total, rendered = serve.rebuild()
    assert total == rendered == serve.indexed > 10, "the first build renders and indexes every generated page"

    # Nothing changed: nothing is rendered, indexed or compiled again, and the site (its search index
    # included) is what a fresh build writes.
    compiled: list[str] = []
    real_compile = jinja2.Environment.compile

    def compiling(env, source, name=None, *args, **kwargs):  # type: ignore[no-untyped-def]
        compiled.append(str(name))
        return real_compile(env, source, name, *args, **kwargs)

    assert serve.rebuild() == (0, 0) and serve.indexed == 0
    with pytest.MonkeyPatch.context() as patch:  # the first reuse compiled the stand-in template
        patch.setattr(jinja2.Environment, "compile", compiling)
        assert serve.rebuild() == (0, 0) and serve.indexed == 0
    assert compiled == [], "the theme's templates are compiled once per process"
    assert mkdocs_build(serve_project, fresh, strict=False).returncode == 0
    assert _differences(served, fresh) == []

    # One article edited: its source page and the pages quoting it change, the others are reused.
    article = sorted((serve_project / "corpus").iterdir())[0]
    article.write_text(article.read_text(encoding="utf-8").replace(
        "Putin", "President Putin", 1) + "\nA late paragraph was added by the editors.\n", encoding="utf-8")
    converted, rendered = serve.rebuild()
    assert 1 <= converted <= rendered == serve.indexed < total
    assert mkdocs_build(serve_project, fresh, strict=False).returncode == 0
    assert _differences(served, fresh) == []
    assert "A late paragraph was added by the editors." in (served / "search" / "search_index.json").read_text(
        encoding="utf-8")


def test_a_navigation_change_renders_every_page_again(serve_project: Path, tmp_path: Path) -> None:
    served, fresh = tmp_path / "served", tmp_path / "fresh"
    serve = Serve(serve_project, served)
    total, _ = serve.rebuild()
    # A new hand-written page enters every page's sidebar: no generated page may be reused.
    write_tree(serve_project / "docs", {"method.md": "# Method\n\nHow we read the articles.\n"})
    converted, rendered = serve.rebuild()
    assert rendered == total
    assert converted >= 1, "the Sources and home pages list the files, so they convert again"
    assert mkdocs_build(serve_project, fresh, strict=False).returncode == 0
    assert _differences(served, fresh) == []
    assert "How we read the articles." in (served / "method" / "index.html").read_text(encoding="utf-8")


def test_hand_written_pages_are_always_rendered_and_their_titles_reach_every_sidebar(
        serve_project: Path, tmp_path: Path) -> None:
    served, fresh = tmp_path / "served", tmp_path / "fresh"
    serve = Serve(serve_project, served)
    total, _ = serve.rebuild()
    notes = serve_project / "docs" / "notes.md"
    notes.write_text("# Field notes\n\nRevised by hand.\n", encoding="utf-8")
    os.utime(notes, (1, 1))  # whatever its time: the cache never holds hand-written pages
    converted, rendered = serve.rebuild()
    assert "Revised by hand." in (served / "notes" / "index.html").read_text(encoding="utf-8")
    # The new title is in the sidebar of every page: all are written again, none converted again.
    assert (converted, rendered) == (0, total)
    assert mkdocs_build(serve_project, fresh, strict=False).returncode == 0
    assert _differences(served, fresh) == []


def test_a_plain_build_has_no_page_cache(tmp_path: Path) -> None:
    root = project(tmp_path, ROOT / "corpus")
    config = load_config(config_file=str(root / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    plugin = config.plugins["dossier"]
    assert isinstance(plugin, DossierPlugin) and plugin.pages is None


def test_an_edited_override_template_renders_every_page_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946684800")
    root = project(tmp_path, ROOT / "corpus")
    overrides = write_tree(root / "overrides", {"main.html": '{% extends "base.html" %}\n<!-- first -->\n'})
    with (root / "mkdocs.yml").open("a", encoding="utf-8") as f:
        f.write(f"theme:\n  name: material\n  custom_dir: {overrides}\n")
    served = tmp_path / "served"
    serve = Serve(root, served)
    total, _ = serve.rebuild()
    (overrides / "main.html").write_text(
        '{% extends "base.html" %}\n{% block footer %}Edited footer{% endblock %}\n', encoding="utf-8")
    assert serve.rebuild() == (0, total)
    assert "Edited footer" in (served / "topics" / "agenda" / "index.html").read_text(encoding="utf-8")


def _kept_files(serve: Serve) -> list[Path]:
    store = serve.cache._store
    return sorted(store.iterdir()) if store is not None else []


def test_an_unchanged_page_is_given_back_from_its_kept_file_not_written(
        serve_project: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    served, fresh = tmp_path / "served", tmp_path / "fresh"
    serve = Serve(serve_project, served)
    total, _ = serve.rebuild()
    kept = _kept_files(serve)
    assert len(kept) == total and serve.cache.linked == 0
    agenda = served / "topics" / "agenda" / "index.html"
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        assert serve.rebuild() == (0, 0)
    assert serve.cache.linked == total, "every generated page is a second name of its kept file"
    assert agenda.stat().st_nlink == 2 and agenda.stat().st_ino in {k.stat().st_ino for k in kept}
    assert not [r for r in caplog.records if "Page skipped" in r.getMessage()], "no line per page given back"
    assert mkdocs_build(serve_project, fresh, strict=False).returncode == 0
    assert _differences(served, fresh) == []

    # Something wrote into a served page after the build (through the name it shares with the kept
    # file): the kept file is not trusted, the page is written anew, as a fresh build writes it.
    with agenda.open("r+b") as f:
        f.write(b"<!-- changed in place -->")
    serve.rebuild()
    assert serve.cache.linked == 2 * total - 1
    assert _differences(served, fresh) == []

    serve.stop()
    assert serve.cache._store is None and not any(k.exists() for k in kept), "serve leaves no kept files"
