"""Compare what an example printed with its recording: one check, shared by the build and the tests.

And before anything is recorded, `stable_output` runs the example again: an output that changes
from one run to the next (a time of day, an address, a race) is refused, never recorded.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from docsbuild.catalog import ROOT, expected_output, recorded_output_path, relative
from docsbuild.runner import DEFAULT_TIMEOUT, Outcome, run_example

RUNS_BEFORE_RECORDING = 2
"""How many runs, per Python version, must print the same output before it is recorded."""

NONDETERMINISTIC_HELP = (
    "An output may depend only on the code and the Python version: print loop-clock ticks "
    "(snippets.clock) instead of times, only orderings asyncio guarantees, no addresses, ids or "
    'times of day; an example that needs real time declares clock = "real" and prints only what '
    "holds on a busy machine (README: Which clock an example runs on)."
)


class UnstableOutput(Exception):
    """Two runs of an example printed different outputs; the message names it and the lines."""


def stable_output(
    example: Path,
    version: str,
    python: str,
    first: Outcome,
    *,
    runs: int = RUNS_BEFORE_RECORDING,
    timeout: float = DEFAULT_TIMEOUT,
    root: Path = ROOT,
) -> str:
    """The output to record for `example` on `version`, once `runs` runs agree.

    Parameters:
        first: A run already made (the build's or the test session's); the others run fresh.
        runs: Total number of runs that must print exactly the same thing.

    Raises:
        UnstableOutput: a later run printed something else (or failed); the message shows the diff.
    """
    for _ in range(runs - 1):
        again = run_example(example, timeout=timeout, python=python, root=root)
        problem = again.problem(example, timeout, root)
        if problem is not None or again.stdout != first.stdout:
            name = relative(example, root)
            diff = "".join(
                difflib.unified_diff(
                    first.stdout.splitlines(keepends=True),
                    again.stdout.splitlines(keepends=True),
                    fromfile=f"{name} on Python {version}, first run",
                    tofile=f"{name} on Python {version}, run again",
                )
            )
            raise UnstableOutput(
                f"{name}: not recorded, two runs on Python {version} printed different outputs:\n"
                f"{problem or diff}\n{NONDETERMINISTIC_HELP}"
            )
    return first.stdout


def output_problem(example: Path, version: str, stdout: str, root: Path = ROOT) -> str | None:
    """None when `stdout` is what `example` must print on Python `version`; else what differs."""
    expected = expected_output(example, version)
    name = relative(example, root)
    if expected is None:
        base = relative(recorded_output_path(example), root)
        return f"{name}: no recorded output {base}; record it with `make update-outputs EXAMPLE={name}`"
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
        f"{name}: output on Python {version} differs from {recording}\n{''.join(diff)}"
        f"- If you changed the example (or a snippets helper it imports), record the new output: "
        f"`make update-outputs EXAMPLE={name}`, then review the diff.\n"
        f"- If you did not, the example is nondeterministic: recording again would only record luck. "
        f"{NONDETERMINISTIC_HELP}"
    )
