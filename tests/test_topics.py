"""Topic configuration: the packaged defaults, user files, and clear errors."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from conftest import ROOT, write_tree

from generator.errors import ConfigError
from generator.topics import default_topics, load_topics, parse_topics


def test_defaults_are_the_six_topics_in_order_with_cues() -> None:
    topics = default_topics()
    assert [t.id for t in topics] == ["background", "agenda", "delegation", "reactions", "economics", "risks"]
    assert all(t.title and t.description and t.cues for t in topics)


def test_user_file_replaces_defaults(tmp_path: Path) -> None:
    path = write_tree(tmp_path, {"t.yaml": "- id: impact\n  title: Impact\n  description: Who is affected\n"
                                           "  cues: [victims, damage]\n- id: response\n  description: Aid\n"}) / "t.yaml"
    topics = load_topics(path)
    assert [(t.id, t.title) for t in topics] == [("impact", "Impact"), ("response", "Response")]
    assert topics[0].cues == ("victims", "damage")


def test_mapping_with_topics_key_and_comma_separated_cues() -> None:
    [t] = parse_topics({"topics": [{"id": "money", "title": "Money", "description": "x", "cues": "trade, cash"}]}, "x")
    assert t.cues == ("trade", "cash")


@pytest.mark.parametrize("key", ["keywords", "Cue words", "cue_words", "cue-words", "Keyword", "terms"])
def test_cue_words_under_other_keys_are_read(key: str) -> None:
    [t] = parse_topics([{"ID": "money", "Title": "Money", "Description": "Trade", key: ["trade", "cash"]}], "x")
    assert (t.id, t.title, t.description, t.cues) == ("money", "Money", "Trade", ("trade", "cash"))


def test_cues_key_is_read_first_and_a_summary_stands_for_a_description() -> None:
    [t] = parse_topics([{"id": "m", "summary": "Trade and money", "keywords": ["cash"], "cues": ["trade"]}], "x")
    assert (t.description, t.cues) == ("Trade and money", ("trade",))


def test_a_topic_given_only_a_title_gets_an_id_from_it_and_its_title_for_meaning() -> None:
    from generator.semantic import described
    [t, u, v] = parse_topics([{"title": "Economics & Trade"}, {"id": "risks", "title": "Risks"},
                              {"title": "Économie et société"}], "x")
    assert v.id == "economie-et-societe"
    assert (t.id, t.title, t.description, t.cues) == ("economics-trade", "Economics & Trade", "", ())
    assert described(t) == "Economics & Trade"
    assert u.id == "risks"


def test_a_topic_given_only_a_description_or_cues_gets_an_id_and_a_title_from_them() -> None:
    topics = parse_topics([{"description": "When things happened."},
                           {"description": "What is scheduled and expected to happen: talks and signings"},
                           {"title": "When things happened"},
                           {"description": "When things happened, in order of their dates and times"},
                           {"description": "Deaths, injuries and missing workers."},
                           {"cues": ["damage", "victims", "rescue", "aid"]},
                           {"id": "risks", "description": "What could go wrong"}], "x")
    assert [(t.id, t.title) for t in topics] == [
        ("when-things-happened-2", "When things happened"),
        ("what-is-scheduled-and-expected", "What is scheduled and expected"),
        ("when-things-happened", "When things happened"),
        ("when-things-happened-3", "When things happened"),
        ("deaths-injuries-and-missing-workers", "Deaths, injuries and missing workers"),
        ("damage-victims-rescue", "Damage, victims, rescue"),
        ("risks", "Risks"),
    ]
    assert topics[0].description == "When things happened."


@pytest.mark.parametrize("data, message", [
    (None, "the file is empty; write a YAML list of topics, each with a title, a description or cues"),
    ([], "the list of topics is empty; give at least one topic, each with a title, a description or cues"),
    ({"topics": []}, "the list of topics is empty"),
    ({"id": "x"}, "must be a YAML list of topics, one '- ' item each, found one mapping"),
    (["just a string"], "must be a mapping"),
    ([{"id": "Bad Id!", "description": "d"}], "lowercase letters"),
    ([{"id": "a", "description": "d"}, {"id": "a", "description": "d"}], "used twice"),
    ([{"id": "a"}], "needs a title, a description or cues"),
    ([{"description": "经济发展"}], "has no id, and none can be made from its title, description or cues"),
    ([{"title": "经济"}], "has no id, and none can be made"),
    ([{"id": "a", "title": "", "description": ""}], "needs a title, a description or cues"),
    ([{"id": "a", "description": "d", "cues": 5}], "must be a list"),
])
def test_bad_topics_are_explained(data: object, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_topics(data, "topics.yaml")


def test_missing_and_broken_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the topics file"):
        load_topics(tmp_path / "nope.yaml")
    broken = write_tree(tmp_path, {"b.yaml": "- id: [unclosed\n"}) / "b.yaml"
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_topics(broken)


@pytest.mark.parametrize(("text", "found"), [("", "the file is empty"), ("# no topics yet\n", "the file is empty"),
                                             ("[]\n", "the list of topics is empty")])
def test_an_empty_topics_file_says_so_and_what_a_topic_needs(tmp_path: Path, text: str, found: str) -> None:
    path = write_tree(tmp_path, {"t.yaml": text}) / "t.yaml"
    with pytest.raises(ConfigError) as err:
        load_topics(path)
    message = str(err.value)
    assert message.startswith(f"the topics file {str(path)!r}: {found};")
    assert "a title, a description or cues" in message and "id, title and description" not in message
    assert "NoneType" not in message and "found list" not in message


def test_an_unknown_key_is_ignored_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write_tree(tmp_path, {"t.yaml": "- title: Money\n  descripton: Trade and cash\n  colour: red\n"
                                           "  Key Words: [trade]\n"}) / "t.yaml"
    with caplog.at_level(logging.WARNING, logger="generator.topics"):
        [t] = load_topics(path)
    assert (t.id, t.description, t.cues) == ("money", "", ("trade",))
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == 2
    assert warnings[0].startswith(f"the topics file {str(path)!r}: topic 'money' has the key 'descripton', which is "
                                  "not read (did you mean 'description'?); it is ignored. A topic's keys are id, "
                                  "title, description (or summary, desc), cues (or cue words, keywords")
    assert "the key 'colour', which is not read; it is ignored" in warnings[1]


def test_the_shipped_topics_files_warn_of_nothing(caplog: pytest.LogCaptureFixture) -> None:
    files = [*sorted((ROOT / "bench" / "quality").glob("*/topics.yaml")),
             ROOT / "tests" / "fixtures" / "flood-topics.yaml"]
    assert len(files) >= 7
    with caplog.at_level(logging.WARNING, logger="generator.topics"):
        default_topics()
        for path in files:
            load_topics(path)
    assert caplog.records == []
