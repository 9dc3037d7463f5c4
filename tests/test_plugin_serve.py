"""Under ``mkdocs serve`` the plugin lives across rebuilds and keeps the last build's articles in memory."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, project
from mkdocs.config import load_config
from mkdocs.structure.files import Files

from generator.plugin import DossierPlugin


def test_serve_keeps_articles_between_rebuilds(tmp_path: Path) -> None:
    root = project(tmp_path, ROOT / "corpus")
    config = load_config(config_file=str(root / "mkdocs.yml"))
    plugin = config.plugins["dossier"]
    assert isinstance(plugin, DossierPlugin)
    config.plugins.on_startup(command="serve", dirty=False)
    assert plugin.memory == {}
    for _ in range(2):  # the events of each rebuild, on the same instance
        config = config.plugins.on_config(config)
        config.plugins.on_pre_build(config=config)
        config.plugins.on_files(Files([]), config=config)
        assert plugin.memory is not None and len(plugin.memory) == len(list((ROOT / "corpus").iterdir()))
    config.plugins.on_startup(command="build", dirty=False)
    assert plugin.memory is None, "a one-off build has no use for the memory"
