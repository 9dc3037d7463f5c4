"""Front matter parses the same with libyaml's fast parser as with the pure-Python one."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import generator.ingest as ingest
from generator.ingest import _NoAliasLoader, load_yaml

pytestmark = pytest.mark.skipif(ingest._FAST_LOADER is None, reason="PyYAML built without libyaml")

LINES = st.lists(st.sampled_from([
    "title: Leaders meet", "source: 'Example Times'", "published: 2024-06-19", "date: 2024-06-19T10:00:00Z",
    "author: [A. Writer, B. Writer]", "url: https://example.org/a?b=1#c", "tags:", "  - one", "  - two",
    "count: 12", "ratio: 1.5", "flag: yes", "empty:", "quoted: \"a: b\"", "colon: a: b", "\ttab: x",
    "key: |", "  block text", "? complex", ": value", "- item", "title: caf\u00e9 \u201cquoted\u201d", "x: &a 1",
    "note: {a: 1, b: [2, 3]}", "bad: [unclosed", "# comment", "", "dup: 1", "dup: 2", "~: null key",
]), max_size=8)


def reference(block: str) -> tuple[str, object]:
    try:
        return "ok", yaml.load(block, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        return "error", str(exc).splitlines()[0]


def fast(block: str) -> tuple[str, object]:
    try:
        return "ok", load_yaml(block)
    except yaml.YAMLError as exc:
        return "error", str(exc).splitlines()[0]


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_fast_parser_agrees_with_the_reference(lines: list[str]) -> None:
    block = "\n".join(lines) + "\n"
    assert fast(block) == reference(block)


def test_aliases_are_still_refused() -> None:
    with pytest.raises(yaml.YAMLError, match="aliases"):
        load_yaml("a: &x 1\nb: *x\n")
