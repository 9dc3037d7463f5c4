"""Shared test helpers: corpora written into tmp_path and real MkDocs builds."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_CORPUS = ROOT / "corpus"


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write ``{relative path: text or bytes}`` under ``root`` and return ``root``."""
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def linked_file(page: Path, path: str) -> Path:
    """The built file a relative link ``path`` (no fragment) of ``page`` opens, as a browser resolves it:
    a folder address opens its ``index.html``, an empty one the page itself."""
    if not path:
        return page
    target = (page.parent / path).resolve()
    return target / "index.html" if path.endswith("/") or target.is_dir() else target


def source_pages(site: Path) -> dict[str, Path]:
    """The built source pages of a site, by article id (one ``sources/<id>.html`` file each)."""
    return {p.stem: p for p in sorted((site / "sources").glob("*.html")) if p.name != "index.html"}


def check_sentence_links(page: Path) -> int:
    """Assert every ``sources/...#s-N`` link of a built page leads to an existing sentence anchor;
    return how many were checked."""
    checked = 0
    for href in re.findall(r'href="([^"]*sources/[^"]*#s-\d+)"', page.read_text(encoding="utf-8")):
        path, anchor = html.unescape(href).split("#")
        target = linked_file(page, path)
        assert target.is_file(), f"{page}: {href} leads nowhere"
        anchors = set(re.findall(r'\bid="([^"]+)"', target.read_text(encoding="utf-8")))
        assert anchor in anchors, f"{page}: {href} has no anchor {anchor}"
        checked += 1
    return checked


def build_env(**extra: str) -> dict[str, str]:
    """Environment for a subprocess build: deterministic, no MkDocs 2 banner."""
    env = dict(os.environ, SOURCE_DATE_EPOCH="946684800", NO_MKDOCS_2_WARNING="1")
    env.update(extra)
    return env


def mkdocs_build(project: Path, site_dir: Path, *, strict: bool = True, env: dict[str, str] | None = None
                 ) -> subprocess.CompletedProcess[str]:
    """Run a real ``mkdocs build`` of ``project/mkdocs.yml`` into ``site_dir``."""
    cmd = [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site_dir)]
    if strict:
        cmd.append("--strict")
    return subprocess.run(cmd, capture_output=True, text=True, env=env or build_env(), cwd=project, timeout=600)


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m generator ARGS`` in a subprocess."""
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True,
                          env=env or build_env(), cwd=ROOT, timeout=600)


def project(tmp_path: Path, corpus: dict[str, str | bytes] | Path, docs: dict[str, str] | None = None,
            plugin_options: str = "") -> Path:
    """A MkDocs project in ``tmp_path/project`` inheriting the package's base config."""
    root = tmp_path / "project"
    root.mkdir()
    if isinstance(corpus, Path):
        corpus_dir = corpus
    else:
        corpus_dir = write_tree(root / "corpus", corpus)
    write_tree(root / "docs", docs or {})
    (root / "docs").mkdir(exist_ok=True)
    (root / "mkdocs.yml").write_text(
        f"INHERIT: {ROOT / 'generator' / 'assets' / 'mkdocs.yml'}\n"
        "site_name: Test briefing\n"
        "plugins:\n  - search\n  - dossier:\n"
        f"      corpus: {corpus_dir}\n{plugin_options}",
        encoding="utf-8",
    )
    return root


def own_project(tmp_path: Path, theme: str) -> Path:
    """A MkDocs project in ``tmp_path/project`` on the seed corpus whose mkdocs.yml is its own (no INHERIT,
    no markdown_extensions): ``theme`` (YAML after ``theme:``), the search plugin and the dossier plugin."""
    root = tmp_path / "project"
    (root / "docs").mkdir(parents=True)
    (root / "mkdocs.yml").write_text(f"site_name: Own config\ntheme: {theme}\n"
                                     f"plugins:\n  - search\n  - dossier:\n      corpus: {ROOT / 'corpus'}\n",
                                     encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed corpus built once with ``mkdocs build --strict`` (the project's own mkdocs.yml)."""
    site = tmp_path_factory.mktemp("seed") / "site"
    result = mkdocs_build(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site
