"""Outlet identity: count outlets, not files (wire reprints and near-identical copies count once)."""

from __future__ import annotations

from pathlib import Path

import pytest
from insights_support import article, dossier_of, fixture_insights

from generator.outlets import identify, near_identical, wire_of
from generator.records import Article, Format

STORY = ("Crews began cutting apart the steel of the fallen bridge on Saturday so that a floating crane "
         "could lift the pieces out of the channel. The largest crane on the coast arrived in the harbor to "
         "remove the wreckage that rests on the ship, officials said.")


def _article(aid: str, body: str, source: str | None = None, author: str | None = None) -> Article:
    return Article(id=aid, file=f"{aid}.txt", format=Format.TEXT, text=body, body=body, offsets=None,
                   offset_ends=None, body_start=0, title=aid, source=source, author=author)


@pytest.mark.parametrize("body, source, author, wire", [
    ("LONDON (Reuters) - Shares fell on Monday.", None, None, "Reuters"),
    ("BALTIMORE (AP) — Crews began work.", None, None, "Associated Press"),
    ("PARIS, June 3 (AFP) - Talks resumed.", None, None, "AFP"),
    ("Tokyo, Jan. 2 (Jiji Press)--Rescuers searched the rubble.", None, None, "Jiji Press"),
    # the agency before the partner that carries its story; an agency writing its name in lower case
    ("Harbourtown, Veldland, Sept 9 (Reuters/HBN) \u2013 A quake struck.", None, None, "Reuters"),
    ("Harbourtown/Veldstadt, 7 December 2023 (dpa/HBN) - Talks resumed.", None, None, "dpa"),
    ("The talks resumed (Reuters/Jane Doe) on Monday.", None, None, None),  # a photographer after the slash
    # letters a case-blind match folds: a long s is an s; a dotted capital I leads back to no agency (no crash)
    ("LONDON (Reuter\u017f) - Shares fell on Monday.", None, None, "Reuters"),
    ("BEIJING (X\u0130NHUA) - Shares fell on Monday.", None, None, None),
    ("Crews began work.\n\nSource: AFP", None, None, "AFP"),
    ("Crews began work on the bridge.", "Associated Press", None, "Associated Press"),
    ("Crews began work on the bridge.", "Daily Planet", "Reuters staff", "Reuters"),
    ("The map (ap) showed the route; a snap decision.", None, None, None),
    ("Reuters reported later that day that talks had resumed in earnest after a long pause.", None, None, None),
    ("Crews began work on the bridge.", "Daily Planet", None, None),
    # a sign-off run on after the last sentence, not a word of it
    ("Talks resumed.\n\nThe bank expects inflation to return to its target in 2024.\u2014Xinhua\n", None, None,
     "Xinhua"),
    ("Talks resumed.\n\nThe bank expects inflation to fall. - AP", None, None, "Associated Press"),
    ("Talks resumed.\n\nThe bank expects inflation to fall, said analysts at Xinhua.", None, None, None),
    ("Talks resumed.\n\nThe map was drawn with care. - ap", None, None, None),
    # a photo's caption credits the agency that took it, not the story
    ("Troops stand outside the assembly early Wednesday. (Reuters)\n\nTroops withdrew at dawn.", None, None, None),
    ("HARBOURTOWN (Reuters)\n\nTroops withdrew at dawn.", None, None, "Reuters"),
    ("Troops withdrew at dawn. (Reuters) - Talks resumed.", None, None, "Reuters"),
])
def test_wire_of(body: str, source: str | None, author: str | None, wire: str | None) -> None:
    assert wire_of(_article("a", body, source, author)) == wire


def test_near_identical() -> None:
    edited = STORY.replace("on the coast", "on the East Coast").replace("officials said", "according to officials")
    assert near_identical(STORY, edited)
    assert not near_identical(STORY, "The minister met the president in the capital on Monday to discuss trade.")


def test_reprints_count_once() -> None:
    outlets = identify([
        _article("a", "BALTIMORE (AP) — " + STORY, source="Bay Times"),
        _article("b", STORY, source="Riverside Courier"),
        _article("c", "The port reopened a temporary channel for small vessels after a week of work.", source="Ledger"),
        _article("d", "The governor said the state would rebuild the bridge within four years.", source="Ledger"),
    ])
    assert [(o.name, o.articles, o.wire, o.carried_by) for o in outlets.outlets] == [
        ("Associated Press", ("a", "b"), True, ("Bay Times", "Riverside Courier")),
        ("Ledger", ("c", "d"), False, ()),
    ]
    assert outlets.count(["a", "b"]) == 1
    assert outlets.count(["a", "b", "c", "d"]) == 2


def test_an_agency_named_in_another_spelling_carries_nothing_of_its_own() -> None:
    outlets = identify([_article("a", "BALTIMORE \u2014 " + STORY, source="AP"),
                        _article("b", STORY, source="Riverside Courier")])
    assert [(o.name, o.carried_by) for o in outlets.outlets] == [("Associated Press", ("Riverside Courier",))]


def test_copy_without_wire_line_is_credited_to_the_first_printer(tmp_path: Path) -> None:
    dossier = dossier_of(tmp_path, {
        "a.md": article("Crane arrives", STORY, source="Harbor Post", published="2024-03-30"),
        "b.md": article("Crane arrives", STORY, source="Copy Site", published="2024-03-31"),
    })
    outlets = identify(dossier.articles)
    assert len(outlets.outlets) == 1
    assert (outlets.outlets[0].name, outlets.outlets[0].carried_by) == ("Harbor Post", ("Copy Site",))


def test_fixture_corpus_has_six_outlets_in_seven_files(tmp_path: Path) -> None:
    dossier, insights = fixture_insights(tmp_path)
    assert len(dossier.articles) == 7
    names = [o.name for o in insights.outlets.outlets]
    assert names == ["Associated Press", "Chesapeake Daily", "Harbor City Ledger", "Inner Harbor Review",
                     "Patapsco Gazette", "Tidewater Post"]
    ap = insights.outlets.outlets[0]
    assert ap.articles == ("bay-times", "riverside-courier") and ap.wire


def test_sketch_pairs_count_shared_hashes_and_ignore_stock_phrases() -> None:
    import itertools
    import random

    import numpy as np

    from generator.outlets import MAX_SHARING, SKETCH, _sketch_pairs

    rng = random.Random(5)
    common = list(range(10_000, 10_000 + SKETCH))  # in every sketch: a stock phrase, never counted
    sketches = []
    for n in range(MAX_SHARING + 5):
        own = rng.sample(range(60), SKETCH // 2) if n % 3 else rng.sample(range(5_000), SKETCH // 2)
        sketches.append(np.array(sorted(set(own + common[: SKETCH // 2])), dtype=np.uint64))
    expected = [(i, j) for i, j in itertools.combinations(range(len(sketches)), 2)
                if len(set(sketches[i].tolist()) & set(sketches[j].tolist()) - set(common)) >= SKETCH // 4]
    assert expected and _sketch_pairs(sketches) == expected
    assert _sketch_pairs([]) == []


def test_may_name_wire_never_rules_out_what_the_regex_finds() -> None:
    from generator.outlets import _ANY_WIRE, _may_name_wire
    for text in ("MOSCOW (Reuters) - talks", "Source: afp", "A quiet day in town.", "TA\u017fS reported",
                 "\u212aYODO said", "X\u0130NHUA", "caf\u00e9 \u2014 no agency here"):
        if _ANY_WIRE.search(text):
            assert _may_name_wire(text), text
    assert not _may_name_wire("A quiet day in town \u2014 caf\u00e9.")
    assert _may_name_wire("TA\u017fS reported")
