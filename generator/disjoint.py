"""Disjoint sets (union-find) over 0..n-1, shared by the stages that merge things into groups."""

from __future__ import annotations


class DisjointSets:
    """Each element starts alone; :meth:`join` merges two groups, :meth:`find` names an element's group."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """The root of ``i``'s group (paths are halved on the way, so later finds are quick)."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, keep: int, other: int) -> None:
        """Put ``other``'s group under ``keep``'s root (both given as any member)."""
        self.parent[self.find(other)] = self.find(keep)
