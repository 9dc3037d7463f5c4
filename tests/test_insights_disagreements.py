"""Disagreements: hand-made corpora with known conflicts, the seed corpus and the bridge fixture."""

from __future__ import annotations

from pathlib import Path

from conftest import SEED_CORPUS
from insights_support import analyse_files, article, fixture_insights

from generator.insights import analyse
from generator.pipeline import run
from generator.settings import make_settings

FILLER = "The visit drew large crowds in the capital and wide coverage abroad."


def _values(d) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.value, tuple(c.article for c in p.citations)) for p in d.positions]


def test_weekday_conflict_without_publication_dates(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", f"The president arrived in the capital late Wednesday for talks. {FILLER}", source="Alpha"),
        "b.md": article("B", f"The president is scheduled to arrive in the capital on Tuesday. {FILLER}",
                        source="Beta"),
    })
    assert len(ins.disagreements) == 1
    d = ins.disagreements[0]
    assert d.kind == "day" and "arrive" in d.subject
    assert sorted(_values(d)) == [("Tuesday", ("b",)), ("Wednesday", ("a",))]
    # Each side cites the exact words: the mark covers the day in the file.
    for p in d.positions:
        c = p.citations[0]
        text = (tmp_path / "corpus" / f"{c.article}.md").read_text(encoding="utf-8")
        assert text[c.mark_start:c.mark_end] in ("late Wednesday", "Tuesday")
        assert text[c.start:c.end] == c.text


def test_relative_days_resolve_to_different_dates(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Divers recovered the bodies of two workers from a pickup truck yesterday, police said.",
                        source="Alpha", published="2024-03-29"),
        "b.md": article("B", "Divers recovered the bodies of two workers from a red pickup truck on Wednesday, "
                             "police said.", source="Beta", published="2024-03-28"),
    })
    assert [sorted(_values(d)) for d in ins.disagreements] == [
        [("Thursday 2024-03-28", ("a",)), ("Wednesday 2024-03-27", ("b",))]]


def test_same_day_in_other_words_is_no_conflict(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Divers recovered the bodies of two workers from a pickup truck yesterday, police said.",
                        source="Alpha", published="2024-03-28"),
        "b.md": article("B", "Divers recovered the bodies of two workers from a red pickup truck on Wednesday, "
                             "police said.", source="Beta", published="2024-03-28"),
    })
    assert ins.disagreements == ()


def test_amount_conflict_and_approximate_agreement(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "Rebuilding the bridge could cost about $600 million, according to early estimates.",
                        source="Alpha"),
        "b.md": article("B", "Early estimates put the rebuilding cost at close to $400 million.", source="Beta"),
        "c.md": article("C", "Early estimates put the rebuilding cost at roughly $590 million.", source="Gamma"),
    })
    assert len(ins.disagreements) == 1
    values = sorted(_values(ins.disagreements[0]))
    assert ("close to $400 million", ("b",)) in values and ("about $600 million", ("a",)) in values
    assert ins.disagreements[0].kind == "money"


def test_unrelated_values_do_not_conflict(tmp_path: Path) -> None:
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", "The bridge opened in 1977 and carried millions of cars each year.", source="Alpha"),
        "b.md": article("B", "The port handled a record tonnage of foreign cargo in 2023.", source="Beta"),
        "c.md": article("C", "The minister met the president on Monday to discuss the harbor.", source="Gamma"),
        "d.md": article("D", "The coast guard ended the search on Friday as the weather turned.", source="Delta"),
    })
    assert ins.disagreements == ()


def test_one_outlet_never_disagrees_with_its_reprint(tmp_path: Path) -> None:
    story = ("BALTIMORE (AP) — Officials said eight people plunged into the river when the span fell, and two "
             "were rescued by the harbor police within the hour.")
    _, ins = analyse_files(tmp_path, {
        "a.md": article("A", story, source="Site One"),
        "b.md": article("B", story.replace("eight people", "seven people"), source="Site Two"),
    })
    assert ins.disagreements == ()


def test_seed_corpus_arrival_day() -> None:
    dossier = run(make_settings(corpus=SEED_CORPUS, progress=False))
    ins = analyse(dossier)
    days = [d for d in ins.disagreements if d.kind == "day"]
    assert len(days) == 1
    values = {p.value: [c.text for c in p.citations] for p in days[0].positions}
    assert set(values) == {"Tuesday", "Wednesday"}
    assert any("late Wednesday" in t for t in values["Wednesday"])
    assert any("arrive in Pyongyang on Tuesday" in t for t in values["Tuesday"])


def test_fixture_corpus(tmp_path: Path) -> None:
    _, ins = fixture_insights(tmp_path)
    found = {(d.kind, tuple(sorted(p.value for p in d.positions))) for d in ins.disagreements}
    assert found == {
        ("day", ("Thursday 2024-03-28", "Wednesday 2024-03-27")),
        ("quantity", ("as many as 20 people", "eight people")),
        ("money", ("about $600 million", "close to $400 million")),
        ("actor", ("Coast Guard", "Divers")),
    }
