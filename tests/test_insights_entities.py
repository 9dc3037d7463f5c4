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


def test_no_institution_or_initial_fragments(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The Manhattan District Attorney's Office brought the charges against the former "
                             "president last year. District Attorney Alvin L. Bragg defended the handling of the "
                             "case in a statement.", source="Alpha"),
        "b.md": article("B", "Prosecutors working for Manhattan District Attorney Alvin Bragg called twenty witnesses "
                             "over six weeks of testimony.", source="Beta"),
    })
    people = {e.name: e for e in ins.entities if e.kind == "person"}
    orgs = {e.name for e in ins.entities if e.kind == "organisation"}
    # "Office" is the attorney's office, not a person; "L." is Bragg's middle initial, not the end of a name.
    assert set(people) == {"Alvin Bragg"}
    assert people["Alvin Bragg"].aliases == ("Alvin L. Bragg",)
    assert len(people["Alvin Bragg"].citations) == 2
    assert "Manhattan District Attorney's Office" in orgs


def test_nationality_adjective_is_no_person(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Hanoi rejected a new official Chinese map published in August. Chinese ships have "
                             "shadowed Vietnamese fishing boats for months.", source="Alpha"),
        "b.md": article("B", "The agency's spokesman Ryan said the boats had been turned back twice that week.",
                        source="Beta"),
    })
    people = {e.name: e.roles for e in ins.entities if e.kind == "person"}
    # "Chinese" stands before nouns ("map", "ships"); "Ryan", a demonym's ending too, before a verb.
    assert people == {"Ryan": ("spokesman",)}


def test_organisation_full_name(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Shares of Trump Media & Technology Group fell sharply in extended trading on Thursday.",
                        source="Alpha"),
        "b.md": article("B", "Britain's Competition and Markets Authority approved the revised deal on Friday. The "
                             "competition regulator said cloud gaming markets would stay open.", source="Beta"),
    })
    orgs = {e.name for e in ins.entities if e.kind == "organisation"}
    assert orgs == {"Trump Media & Technology Group", "Competition and Markets Authority"}
