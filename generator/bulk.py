"""Small numpy idioms shared by the stages that work on many sentences at once."""

from __future__ import annotations

import numpy as np


def ranges(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The positions ``starts[k], ..., starts[k] + counts[k] - 1`` for every ``k``, concatenated:
    gathers the entries of many rows of a compressed-row layout in one step."""
    return np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))


def first_of_runs(sorted_values: np.ndarray, limit: int) -> np.ndarray:
    """Mask of the first ``limit`` positions of each run of equal values in ``sorted_values``."""
    starts = np.searchsorted(sorted_values, sorted_values, side="left")
    return np.arange(len(sorted_values)) - starts < limit
