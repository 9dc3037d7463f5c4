"""The numpy idioms of generator.bulk, against their one-at-a-time meaning."""

from __future__ import annotations

import numpy as np

from generator.bulk import first_of_runs, ranges


def test_ranges_concatenates_each_start_and_count() -> None:
    starts, counts = np.array([5, 0, 9, 2]), np.array([3, 0, 1, 2])
    assert ranges(starts, counts).tolist() == [5, 6, 7, 9, 2, 3]
    assert ranges(np.array([], dtype=np.int64), np.array([], dtype=np.int64)).tolist() == []


def test_first_of_runs_keeps_the_first_few_of_each_run() -> None:
    values = np.array([1, 1, 1, 4, 7, 7, 7, 7])
    assert first_of_runs(values, 2).tolist() == [True, True, False, True, True, True, False, False]
    assert not first_of_runs(values, 0).any()
