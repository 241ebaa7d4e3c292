"""Compare what an example printed with its recording: one check, shared by the build and the tests."""

from __future__ import annotations

import difflib
from pathlib import Path

from docsbuild.catalog import ROOT, expected_output, recorded_output_path, relative


def output_problem(example: Path, version: str, stdout: str, root: Path = ROOT) -> str | None:
    """None when `stdout` is what `example` must print on Python `version`; else what differs."""
    expected = expected_output(example, version)
    name = relative(example, root)
    if expected is None:
        base = relative(recorded_output_path(example), root)
        return f"{name}: no recorded output {base}; run `make update-outputs`"
    if expected == stdout:
        return None
    own = recorded_output_path(example, version)
    recording = relative(own if own.is_file() else recorded_output_path(example), root)
    diff = difflib.unified_diff(
        expected.splitlines(keepends=True),
        stdout.splitlines(keepends=True),
        fromfile=recording,
        tofile=f"{name} on Python {version} (this run)",
    )
    return (
        f"{name}: output on Python {version} differs from {recording}; "
        f"run `make update-outputs` if the change is intended\n{''.join(diff)}"
    )
