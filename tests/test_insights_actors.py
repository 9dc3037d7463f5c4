"""Who did what: the same act credited to different actors by different outlets (known answers)."""

from __future__ import annotations

from pathlib import Path

from insights_support import analyse_files, article

from generator.insights.actors import credits
from generator.records import Kind, Sentence


def _sentence(text: str) -> Sentence:
    return Sentence("a", 0, 0, len(text), text, Kind.SENTENCE, 0)


def _actors(tmp_path: Path, first: str, second: str) -> list[tuple[str, ...]]:
    files = {"one.md": article("Report", first + " Officials met again on Friday.", source="Daily One"),
             "two.md": article("Report", second + " The talks will resume next month.", source="Evening Two")}
    _, insights = analyse_files(tmp_path, files)
    return [tuple(sorted(p.value for p in d.positions)) for d in insights.disagreements if d.kind == "actor"]


def test_credits_read_active_and_passive_voice_and_skip_pronouns() -> None:
    assert [(c.actor, c.verb_word) for c in credits(_sentence("Moscow proposed the new border treaty."))] == [
        ("Moscow", "proposed")]
    assert [(c.actor, c.verb_word) for c in credits(_sentence("The new border treaty was proposed by Pyongyang."))] == [
        ("Pyongyang", "proposed")]
    assert credits(_sentence("He proposed the new border treaty.")) == []
    assert credits(_sentence("The new border treaty proposed last year was signed.")) == []


def test_same_act_credited_to_different_actors_is_a_disagreement(tmp_path: Path) -> None:
    assert _actors(tmp_path, "Moscow proposed the new border treaty during the summit.",
                   "The new border treaty was proposed by Pyongyang during the summit.") == [("Moscow", "Pyongyang")]


def test_two_active_sentences_with_different_actors(tmp_path: Path) -> None:
    assert _actors(tmp_path, "Firefighters recovered the body of the missing climber near the glacier.",
                   "Mountain Police recovered the body of the missing climber near the glacier.") == [
        ("Firefighters", "Mountain Police")]


def test_no_disagreement_for_same_actor_other_acts_or_both_named(tmp_path: Path) -> None:
    # the same actor, one name part of the other
    assert _actors(tmp_path, "Moscow proposed the new border treaty.",
                   "The new border treaty was proposed by Moscow officials.") == []
    # different acts
    assert _actors(tmp_path, "Moscow proposed the new border treaty.",
                   "Pyongyang rejected the fishing quota agreement.") == []
    # a sentence that names both actors may report both roles
    assert _actors(tmp_path, "Moscow proposed the new border treaty.",
                   "Pyongyang welcomed it after Moscow had drafted text; Pyongyang proposed the new border treaty.") == []
    # pronoun subjects never count
    assert _actors(tmp_path, "He proposed the new border treaty.",
                   "The new border treaty was proposed by Pyongyang.") == []


def test_one_outlet_does_not_disagree_with_itself(tmp_path: Path) -> None:
    files = {"one.md": article("Report", "Moscow proposed the new border treaty.", source="Daily One"),
             "two.md": article("Report", "The new border treaty was proposed by Pyongyang.", source="Daily One")}
    _, insights = analyse_files(tmp_path, files)
    assert [d for d in insights.disagreements if d.kind == "actor"] == []


def test_credits_read_a_coordinated_subject_as_joint_parties() -> None:
    (active,) = credits(_sentence("Lisbon and Tunis restored full diplomatic relations in 1987."))
    assert (active.actor, active.parties, active.verb_word) == ("Lisbon and Tunis", ("Lisbon", "Tunis"), "restored")
    (passive,) = credits(_sentence("The fishing accord was ratified by Oslo, Bern and the Hague last spring."))
    assert passive.parties == ("Oslo", "Bern", "Hague")


def test_a_joint_act_does_not_conflict_with_a_single_actor(tmp_path: Path) -> None:
    joint = "Lisbon and Tunis restored full diplomatic relations in 1987, after a long freeze."
    # one of the parties, someone acting for one, or a third name: none contradicts a joint act
    assert _actors(tmp_path, joint, "Tunis restored full diplomatic relations in 1987 after a long freeze.") == []
    assert _actors(tmp_path / "agent", joint,
                   "Foreign Minister Rui Vaz restored full diplomatic relations in 1987 after a long freeze.") == []
    assert _actors(tmp_path / "third", joint,
                   "Valletta restored full diplomatic relations in 1987 after a long freeze.") == []


def test_joint_acts_of_other_parties_disagree(tmp_path: Path) -> None:
    assert _actors(tmp_path, "Lisbon and Tunis restored full diplomatic relations in 1987, after a long freeze.",
                   "Rabat and Valletta restored full diplomatic relations in 1987 after a long freeze.") == [
        ("Lisbon and Tunis", "Rabat and Valletta")]
    assert _actors(tmp_path / "shared", "Lisbon and Tunis restored full diplomatic relations in 1987.",
                   "Tunis and Valletta restored full diplomatic relations in 1987 after a long freeze.") == []
