"""The options object: what each option accepts, and the message for what it refuses."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from conftest import write_tree

from generator.errors import ArticleError, ConfigError
from generator.ingest import read_bytes
from generator.settings import make_settings


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, -1.0, 0.0])
def test_a_file_size_limit_must_be_positive_and_finite(tmp_path: Path, value: float) -> None:
    with pytest.raises(ConfigError) as refused:
        make_settings(corpus=tmp_path, max_file_mb=value)
    assert str(refused.value) == ("the file size limit (max_file_mb, --max-file-mb) must be a positive number of "
                                  f"megabytes, such as 5 or 0.5; found {value!r}")


@pytest.mark.parametrize(("megabytes", "shown"), [(0.001, "0.001"), (0.01, "0.01"), (0.0005, "0.0005"), (5, "5")])
def test_a_size_limit_is_shown_as_it_was_given(tmp_path: Path, megabytes: float, shown: str) -> None:
    settings = make_settings(corpus=tmp_path, max_file_mb=megabytes)
    path = write_tree(tmp_path, {"big.txt": "x" * (6 * 1024 * 1024)}) / "big.txt"
    with pytest.raises(ArticleError) as skipped:
        read_bytes(path, "big.txt", settings.max_file_bytes)
    assert skipped.value.problem.startswith(f"is 6.0 MB, over the {shown} MB limit (raise it with --max-file-mb")
