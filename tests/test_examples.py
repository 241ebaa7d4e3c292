"""Every example: ruff-clean, runs cleanly, prints exactly its recorded output.

`make update-outputs` (pytest --update-examples) rewrites the `.out` files from fresh runs
instead of comparing; the build compares against the same files, so what the page shows and what
the tests check cannot drift apart.
"""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

from docsbuild.catalog import ROOT, SNIPPETS, examples, recorded_output_path, relative
from docsbuild.execution import Executor
from docsbuild.runner import DEFAULT_TIMEOUT

EXAMPLES = examples()
HELPERS = sorted(p for p in SNIPPETS.glob("*.py") if p.name != "__init__.py")
LINT = {
    "line_length": 88,
    "ruff_line_length": 88,
    "target_version": "py311",
    "ruff_select": ["E", "F", "W", "I", "UP", "B"],
}


def test_examples_exist() -> None:
    assert len(EXAMPLES) >= 30, "the topic pages need their examples"


@pytest.mark.parametrize("example", EXAMPLES, ids=relative)
def test_example_is_linted(example: Path, eval_example: EvalExample) -> None:
    eval_example.set_config(**LINT)
    code = CodeExample.create(example.read_text(encoding="utf-8"), path=example)
    if eval_example.update_examples:
        eval_example.format_ruff(code)
    else:
        eval_example.lint_ruff(code)


def test_examples_are_formatted() -> None:
    # pytest-examples formats .py files in docstring style (no double blank lines); examples are
    # ordinary scripts, so ruff format is the reference.
    ruff = [sys.executable, "-m", "ruff", "format", "--check", "--diff", "--line-length=88", "snippets"]
    proc = subprocess.run(ruff, cwd=ROOT, capture_output=True, text=True)  # noqa: S603
    assert proc.returncode == 0, f"run `ruff format --line-length=88 snippets`:\n{proc.stdout}{proc.stderr}"


@pytest.mark.parametrize("example", EXAMPLES, ids=relative)
def test_example_output(example: Path, executor: Executor, eval_example: EvalExample) -> None:
    outcome = executor.outcome(example)
    if (problem := outcome.problem(example, DEFAULT_TIMEOUT)) is not None:
        pytest.fail(problem, pytrace=False)
    recorded = recorded_output_path(example)
    if eval_example.update_examples:
        recorded.write_text(outcome.stdout, encoding="utf-8")
        return
    if not recorded.is_file():
        pytest.fail(f"{relative(recorded)} is missing: run `make update-outputs`", pytrace=False)
    expected = recorded.read_text(encoding="utf-8")
    if outcome.stdout != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            outcome.stdout.splitlines(keepends=True),
            fromfile=relative(recorded),
            tofile=f"{relative(example)} (this run)",
        )
        pytest.fail("output differs from the recorded output:\n" + "".join(diff), pytrace=False)


def test_every_recorded_output_has_its_example() -> None:
    orphans = [relative(out) for out in SNIPPETS.glob("*/*.out") if not out.with_suffix(".py").is_file()]
    assert not orphans, f"recorded outputs without an example: {orphans}"


@pytest.mark.parametrize("example", list(find_examples(*HELPERS)), ids=str)
def test_helper_docstring_example(example: CodeExample, eval_example: EvalExample) -> None:
    # Docstring examples follow black's compact style, which ruff's import sorting (I) disputes.
    eval_example.set_config(**{**LINT, "ruff_ignore": ["I001"]})
    try:
        if eval_example.update_examples:
            eval_example.format(example)
            eval_example.run_print_update(example)
        else:
            eval_example.lint(example)
            eval_example.run_print_check(example)
    except Exception as exc:  # noqa: BLE001
        # On 3.11 an exception raised by the example crashes pytest's traceback handling
        # (INTERNALERROR); report it as a plain failure that names the file and line instead.
        pytest.fail(f"{example}: {type(exc).__name__}: {exc}", pytrace=False)


def test_build_and_test_code_is_linted() -> None:
    proc = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "ruff", "check", "docsbuild", "tests", "bench"], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
