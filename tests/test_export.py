"""The JSON export against shared/contract/export.md: spans, stable ids, identical bytes."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import SEED_CORPUS, build_env, run_cli, write_tree

from generator.ingest import decode


def _export(corpus: Path, out: Path, *extra: str) -> dict:
    result = run_cli("export", str(corpus), "--out", str(out), "--quiet", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def _ws(s: str) -> str:
    return " ".join(s.split())


def test_every_quote_equals_the_span_of_its_first_citation(tmp_path: Path) -> None:
    data = _export(SEED_CORPUS, tmp_path / "d.json")
    files = {a["id"]: a["file"] for a in data["articles"]}
    assert [t["id"] for t in data["topics"]] == ["background", "agenda", "delegation", "reactions", "economics", "risks"]
    n = 0
    for topic in data["topics"]:
        for quote in topic["quotes"]:
            texts = []
            for c in quote["citations"]:
                text = decode((SEED_CORPUS / files[c["article"]]).read_bytes())[0]
                assert 0 <= c["start"] < c["end"] <= len(text)
                texts.append(text[c["start"]:c["end"]])
            assert _ws(texts[0]) == _ws(quote["text"])
            assert len({c["article"] for c in quote["citations"]}) == len(quote["citations"])
            n += 1
    assert n >= 18


def test_two_runs_give_identical_bytes_whatever_the_hash_seed(tmp_path: Path) -> None:
    for seed in ("1", "2"):
        result = run_cli("export", str(SEED_CORPUS), "--out", str(tmp_path / f"{seed}.json"), "--quiet",
                         env=build_env(PYTHONHASHSEED=seed))
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "1.json").read_bytes() == (tmp_path / "2.json").read_bytes()


def test_ids_are_stable_when_files_are_added_or_renamed_around_them(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEED_CORPUS, corpus)
    before = {a["file"]: a["id"] for a in _export(corpus, tmp_path / "1.json")["articles"]}
    names = sorted(before)
    (corpus / names[0]).rename(corpus / "zz renamed.txt")
    write_tree(corpus, {"0000 first.txt": "A new article\nThe ministers met on Monday to discuss the new trade deal.\n",
                        "sub/extra.md": "---\ntitle: Extra\n---\nOfficials said the talks would continue next week.\n"})
    after = {a["file"]: a["id"] for a in _export(corpus, tmp_path / "2.json")["articles"]}
    for name in names[1:]:
        assert after[name] == before[name]
    assert after["zz renamed.txt"] == "zz-renamed"
    assert after["sub/extra.md"] == "sub-extra"
    assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in after.values())


def test_topics_file_replaces_the_defaults(tmp_path: Path) -> None:
    topics = write_tree(tmp_path, {"t.yaml": "- id: money\n  title: Money\n  description: trade and money\n"
                                             "  cues: [trade, investment]\n"}) / "t.yaml"
    data = _export(SEED_CORPUS, tmp_path / "d.json", "--topics", str(topics))
    assert [t["id"] for t in data["topics"]] == ["money"]
    assert data["topics"][0]["quotes"]


def test_plain_gives_what_asdict_gives_for_every_insight_record(tmp_path: Path) -> None:
    import dataclasses

    from insights_support import fixture_insights

    from generator.export import insights_dict, plain

    _, insights = fixture_insights(tmp_path)
    data = insights_dict(insights)
    assert set(insights.enabled) <= set(data) and any(data[name] for name in insights.enabled)
    for name in insights.enabled:
        expected = [dataclasses.asdict(item) for item in getattr(insights, name)]
        assert json.dumps(data[name]) == json.dumps(expected)
    assert plain({"a": (1, [2.5, None])}) == {"a": [1, [2.5, None]]}
    with pytest.raises(TypeError, match="set"):
        plain({1, 2})
