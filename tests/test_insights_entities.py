"""People and organisations: names, roles from the text, mentions cited to the name."""

from __future__ import annotations

from pathlib import Path

from conftest import SEED_CORPUS
from insights_support import analyse_files, article, fixture_insights

from generator.insights import analyse
from generator.pipeline import run
from generator.settings import make_settings


def test_roles_aliases_and_organisations(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Foreign Minister Sergei Lavrov met the press in the capital. Lavrov said the talks "
                             "went well. Investigators from the National Transportation Safety Board arrived.",
                        source="Alpha"),
        "b.md": article("B", "The visit was led by his new defense minister, Andrei Belousov, on a rainy day. "
                             "North Korean leader Kim Jong Un greeted him. Kim Il Sung Square was full.",
                        source="Beta"),
    })
    people = {e.name: e for e in ins.entities if e.kind == "person"}
    orgs = {e.name for e in ins.entities if e.kind == "organisation"}
    assert people["Sergei Lavrov"].roles == ("Foreign Minister",)
    assert people["Sergei Lavrov"].aliases == ("Lavrov",)
    assert len(people["Sergei Lavrov"].citations) == 2
    assert people["Andrei Belousov"].roles == ("defense minister",)
    assert people["Kim Jong Un"].roles == ("North Korean leader",)
    # "Kim Il Sung Square" is not a mention of Kim Jong Un.
    assert len(people["Kim Jong Un"].citations) == 1
    assert "National Transportation Safety Board" in orgs
    c = people["Sergei Lavrov"].citations[1]
    text = (tmp_path / "corpus" / "a.md").read_text(encoding="utf-8")
    assert text[c.mark_start:c.mark_end] == "Lavrov"


def test_seed_people() -> None:
    ins = analyse(run(make_settings(corpus=SEED_CORPUS, progress=False)))
    people = {e.name: e for e in ins.entities if e.kind == "person"}
    assert people["Vladimir Putin"].roles[0] == "Russian President"
    assert "Putin" in people["Vladimir Putin"].aliases
    assert people["Jens Stoltenberg"].roles == ("NATO Secretary General",)
    assert people["Dmytro Kuleba"].roles == ("Ukrainian Foreign Minister",)
    assert "NATO" in {e.name for e in ins.entities if e.kind == "organisation"}
    assert ins.entities[0].name == "Vladimir Putin"


def test_fixture_people(tmp_path: Path) -> None:
    _, ins = fixture_insights(tmp_path)
    roles = {e.name: e.roles for e in ins.entities if e.kind == "person"}
    assert roles["Jennifer Homendy"] == ("NTSB Chair",)
    assert roles["Pete Buttigieg"] == ("Transportation Secretary",)
    assert "Maryland Governor" in roles["Wes Moore"]


def test_role_after_the_name(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Jane Doe, the city's chief engineer, said the pier failed under the load. Moscow, the "
                             "capital, was cold and quiet that night.", source="Alpha"),
        "b.md": article("B", "Ann Lee, the head of the National Grid, said power would return by the evening.",
                        source="Beta"),
    })
    roles = {e.name: e.roles for e in ins.entities if e.kind == "person"}
    assert roles == {"Jane Doe": ("city's chief engineer",), "Ann Lee": ("head of the National Grid",)}
