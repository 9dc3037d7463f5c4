"""Disjoint sets: joins are transitive and the kept root stays the group's name."""

from __future__ import annotations

from generator.disjoint import DisjointSets


def test_join_find() -> None:
    sets = DisjointSets(5)
    sets.join(0, 1)
    sets.join(3, 1)
    assert sets.find(1) == sets.find(0) == sets.find(3) == 3
    assert sets.find(2) == 2 and sets.find(4) == 4


def test_find_root_halves_paths_in_the_list_it_is_given() -> None:
    from generator.disjoint import find_root

    parent = [0, 0, 1, 2, 3]  # a chain 4 -> 3 -> 2 -> 1 -> 0
    assert find_root(parent, 4) == 0
    assert parent == [0, 0, 0, 2, 2]  # every other node on the path now points two up
    assert find_root(parent, 4) == 0 and parent[4] == 0
