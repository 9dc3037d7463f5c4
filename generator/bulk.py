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


def round_like_python(values: np.ndarray, places: int) -> np.ndarray:
    """``[round(v, places) for v in values]`` for float64 values of magnitude below 1e6, in bulk.

    Python rounds the exact decimal value correctly. Scaling by ``10**places`` and rounding to an
    integer gives that same integer except when the scaled value lies within its own rounding error
    of a half; those few are rounded by Python. Dividing the integer back is then correctly rounded,
    as Python's result is.
    """
    scale = float(10 ** places)
    scaled = values * scale
    out = np.rint(scaled) / scale
    doubtful = np.flatnonzero(np.abs(np.abs(scaled - np.floor(scaled)) - 0.5) < 1e-6)
    out[doubtful] = [round(v, places) for v in values[doubtful].tolist()]
    return out
