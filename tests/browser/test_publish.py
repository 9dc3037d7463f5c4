"""Serving and publishing as documented: the Makefile targets and the GitHub Pages workflow."""

from __future__ import annotations

import re
import subprocess

import yaml

from conftest import ROOT


def _make_dry_run(target: str) -> str:
    """The commands ``make TARGET`` would run from scratch (``-n -B``: print, run nothing)."""
    result = subprocess.run(["make", "-n", "-B", target], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _steps(workflow: dict, job: str) -> list[dict]:
    return workflow["jobs"][job]["steps"]


def test_pages_workflow_builds_pinned_and_deploys_with_pages_actions() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as True
    assert triggers["push"]["branches"] == ["main"] and "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build = _steps(workflow, "build")
    uses = [s.get("uses", "").split("@")[0] for s in build]
    assert uses[:2] == ["actions/checkout", "actions/setup-python"]
    runs = [s["run"] for s in build if "run" in s]
    assert runs == ["make site"], runs
    upload = next(s for s in build if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    assert workflow["jobs"]["deploy"]["needs"] == "build"
    assert [s["uses"].split("@")[0] for s in _steps(workflow, "deploy")] == ["actions/deploy-pages"]
    assert workflow["jobs"]["deploy"]["environment"]["name"] == "github-pages"
    # Every action is pinned to a release.
    assert all(re.search(r"@v\d+$", s["uses"]) for job in ("build", "deploy") for s in _steps(workflow, job)
               if "uses" in s)


def test_make_site_installs_the_lock_and_builds_strictly_into_site() -> None:
    commands = _make_dry_run("site")
    assert re.search(r"pip install .*--no-deps -r requirements\.lock", commands), commands
    assert re.search(r"pip install .*--no-deps -e \.", commands), commands
    assert re.search(r"mkdocs build --strict\s*$", commands, re.M), commands  # default site_dir: site/
    assert "site_dir" not in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


def test_make_serve_live_reloads_and_make_offline_switches_the_offline_plugin() -> None:
    assert re.search(r"mkdocs serve --livereload\b", _make_dry_run("serve"))
    offline = _make_dry_run("offline")
    assert re.search(r"OFFLINE=true \S*mkdocs build --strict --site-dir site-offline", offline), offline
    assert "zipfile -c site-offline.zip site-offline/" in offline
    base = (ROOT / "generator" / "assets" / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"- offline:\n\s+enabled: !ENV \[OFFLINE, false\]", base)


def test_readme_explains_reading_and_publishing() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for phrase in ("make offline", "mkdocs gh-deploy", ".github/workflows/pages.yml", "SITE_URL", "make serve"):
        assert phrase in readme, phrase
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    assert images, "the README shows a screenshot"
    for image in images:
        assert (ROOT / image).is_file() and (ROOT / image).read_bytes()[:4] == b"\x89PNG", image
