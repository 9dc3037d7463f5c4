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


def test_round_like_python_gives_pythons_round() -> None:
    import random

    from generator.bulk import round_like_python

    rng = random.Random(5)
    values = [rng.random() for _ in range(20000)] + [rng.uniform(-3, 3) for _ in range(5000)]
    # Halves and near-halves at the ninth place, where scaling and rounding can go wrong.
    values += [k / 1e9 + 5e-10 for k in range(1000)] + [0.1234567885, 0.1234567895, 2.5e-9, -2.5e-9, 0.0, 1.0]
    got = round_like_python(np.array(values), 9).tolist()
    assert got == [round(v, 9) for v in values]
    assert np.round(np.array(values), 9).tolist() != [round(v, 9) for v in values], "numpy alone differs"
