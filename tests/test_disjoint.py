"""Disjoint sets: joins are transitive and the kept root stays the group's name."""

from __future__ import annotations

from generator.disjoint import DisjointSets


def test_join_find() -> None:
    sets = DisjointSets(5)
    sets.join(0, 1)
    sets.join(3, 1)
    assert sets.find(1) == sets.find(0) == sets.find(3) == 3
    assert sets.find(2) == 2 and sets.find(4) == 4
