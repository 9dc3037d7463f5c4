"""Every command-line option and every plugin option is documented in the README."""

from __future__ import annotations

import argparse

from conftest import ROOT

from generator.cli import parser
from generator.plugin import DossierConfig

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_cli_option_is_in_the_readme() -> None:
    subparsers = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    options = {o for sub in subparsers.choices.values() for a in sub._actions for o in a.option_strings}
    missing = sorted(o for o in options - {"-h", "--help"} if f"`{o}" not in README)
    assert missing == []


def test_every_plugin_option_is_in_the_readme() -> None:
    missing = sorted(name for name, _ in DossierConfig._schema if f"`{name}`" not in README)
    assert missing == []
