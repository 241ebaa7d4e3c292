"""`make update-outputs` records only outputs that do not change between runs, one example at a time
if asked (EXAMPLE=snippets/x/y.py, which is pytest's --example)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from docsbuild.catalog import ROOT
from docsbuild.interpreters import current
from docsbuild.runner import run_example
from docsbuild.verify import UnstableOutput, output_problem, stable_output
from tests.conftest import selected_examples
from tests.test_runner import write

TIME_OF_DAY = "import time\n\nprint('recorded at', time.time())\n"


def test_an_output_that_changes_between_runs_is_refused_naming_the_example_and_lines(tmp_path: Path) -> None:
    write(tmp_path, {"snippets/t/now.py": TIME_OF_DAY})
    example = tmp_path / "snippets/t/now.py"
    first = run_example(example, root=tmp_path)
    with pytest.raises(UnstableOutput) as refused:
        stable_output(example, current(), sys.executable, first, root=tmp_path)
    message = str(refused.value)
    assert message.startswith("snippets/t/now.py: not recorded, two runs on Python")
    assert f"-{first.stdout}" in message and "+recorded at " in message


def test_an_output_that_two_runs_agree_on_is_recorded(tmp_path: Path) -> None:
    write(tmp_path, {"snippets/t/sleepy.py": "import asyncio\n\nasyncio.run(asyncio.sleep(5))\nprint('slept')\n"})
    example = tmp_path / "snippets/t/sleepy.py"
    first = run_example(example, root=tmp_path)
    assert stable_output(example, current(), sys.executable, first, root=tmp_path) == "slept\n"


def test_a_changed_output_says_how_to_record_one_example_and_what_a_flake_is(tmp_path: Path) -> None:
    write(tmp_path, {"snippets/t/a.py": "print('b')\n", "snippets/t/a.out": "a\n"})
    problem = output_problem(tmp_path / "snippets/t/a.py", current(), "b\n", root=tmp_path)
    assert "`make update-outputs EXAMPLE=snippets/t/a.py`" in problem
    assert "If you did not, the example is nondeterministic" in problem


def _collect(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "tests/test_examples.py", "--collect-only", "-q", "-p", "no:cacheprovider"]
        + list(args),
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def test_one_example_can_be_selected(tmp_path: Path) -> None:
    proc = _collect("--example", "snippets/gather/create_then_await.py", "-k", "output or linted")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    tests = [line for line in proc.stdout.splitlines() if "::test_example_" in line]
    assert len(tests) >= 2 and all("snippets/gather/create_then_await.py" in line for line in tests), tests


def test_a_wrong_example_path_is_a_clear_error() -> None:
    # How --example reaches the selection is the subprocess test above; the check itself, here.
    config = SimpleNamespace(getoption=lambda name: ["snippets/gather/nope.py"])
    with pytest.raises(pytest.UsageError, match="--example snippets/gather/nope.py: not an example"):
        selected_examples(config)
