"""Disjoint sets (union-find) over 0..n-1, shared by the stages that merge things into groups."""

from __future__ import annotations


def find_root(parent: list[int], i: int) -> int:
    """The root of ``i`` in the forest ``parent`` (paths are halved on the way, so later calls are
    quick); for hot loops that hold :attr:`DisjointSets.parent` themselves."""
    while parent[i] != i:
        parent[i] = i = parent[parent[i]]
    return i


class DisjointSets:
    """Each element starts alone; :meth:`join` merges two groups, :meth:`find` names an element's group."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """The root of ``i``'s group."""
        return find_root(self.parent, i)

    def join(self, keep: int, other: int) -> None:
        """Put ``other``'s group under ``keep``'s root (both given as any member)."""
        self.parent[self.find(other)] = self.find(keep)
