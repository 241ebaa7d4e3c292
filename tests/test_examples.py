"""Every example: ruff-clean, runs cleanly, prints exactly its recorded output.

`make update-outputs` (pytest --update-examples) rewrites the `.out` files from fresh runs
instead of comparing, but only outputs that two runs agree on (`verify.stable_output`);
`make update-outputs EXAMPLE=snippets/x/y.py` (pytest --example) does it for one example. The
build compares against the same files, so what the page shows and what the tests check cannot
drift apart.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache
from pathlib import Path

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

from docsbuild.cache import helper_modules
from docsbuild.catalog import (
    ROOT,
    SNIPPETS,
    base_version,
    examples,
    expected_output,
    record_output,
    recorded_output_path,
    relative,
    requires_python,
    supports,
)
from docsbuild.execution import Executor, default_jobs
from docsbuild.interpreters import VERSIONS
from docsbuild.runner import DEFAULT_TIMEOUT, Outcome, run_example
from docsbuild.standalone import standalone_text as _standalone_text
from docsbuild.verify import UnstableOutput, output_problem, stable_output
from docsbuild.virtualclock import virtual_clock
from tests.conftest import example_pythons, selected_examples

EXAMPLES = examples()
# Examples whose standalone text differs from the file: the rest reach readers exactly as the
# output checks run them (the strict build, or test_example_output below), so running them again
# from another folder would add nothing.
INLINED = [e for e in EXAMPLES if helper_modules(e.read_text(encoding="utf-8"))]
HELPERS = sorted(p for p in SNIPPETS.glob("*.py") if p.name != "__init__.py")
# Made once per session for both the run and the lint below (ruff sorts and formats each text).
standalone_text = cache(_standalone_text)
LINT = {
    "line_length": 88,
    "ruff_line_length": 88,
    "ruff_select": ["E", "F", "W", "I", "UP", "B"],
}


def lint_target(example: Path) -> str:
    """ruff's `target-version` for `example`: the oldest Python it runs on (`requires-python`).

    Linted for a newer one, pyupgrade's rules would suggest what the oldest cannot run (say
    `TimeoutError` for `asyncio.TimeoutError`, which 3.10 keeps apart). pytest-examples accepts
    targets up to py311, so an example for 3.12 or later is linted as py311: never too new.
    """
    oldest = next(v for v in VERSIONS if supports(example, v))
    return "py" + min(oldest, "3.11", key=lambda v: tuple(map(int, v.split(".")))).replace(".", "")


def test_examples_exist() -> None:
    assert len(EXAMPLES) >= 30, "the topic pages need their examples"


def test_example_is_linted(example: Path, eval_example: EvalExample) -> None:
    eval_example.set_config(**LINT, target_version=lint_target(example))
    code = CodeExample.create(example.read_text(encoding="utf-8"), path=example)
    if eval_example.update_examples:
        eval_example.format_ruff(code)
    else:
        eval_example.lint_ruff(code)


def test_examples_are_formatted() -> None:
    # pytest-examples formats .py files in docstring style (no double blank lines); examples are
    # ordinary scripts, so ruff format is the reference.
    ruff = [sys.executable, "-m", "ruff", "format", "--check", "--diff", "--line-length=88", "snippets"]
    proc = subprocess.run(ruff, cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, f"run `ruff format --line-length=88 snippets`:\n{proc.stdout}{proc.stderr}"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Oldest version first for each example: updating records the base output before the others.
    chosen = selected_examples(metafunc.config)
    inlined = [example for example in INLINED if example in chosen]
    for name, files in (("example", chosen), ("inlined", inlined)):
        if {name, "version"} <= set(metafunc.fixturenames):
            versions = example_pythons(metafunc.config)
            pairs = [(example, version) for example in files for version in versions]
            metafunc.parametrize((name, "version"), pairs, ids=[f"{relative(e)}@{v}" for e, v in pairs])
            return
    if "example" in metafunc.fixturenames and metafunc.function.__name__ == "test_example_is_linted":
        metafunc.parametrize("example", chosen, ids=relative)


def test_example_output(
    example: Path, version: str, pythons: dict[str, str], executor: Executor, eval_example: EvalExample
) -> None:
    if not supports(example, version):
        pytest.skip(f"{relative(example)} declares requires-python {requires_python(example)}: not run on {version}")
    outcome = executor.outcome(example, DEFAULT_TIMEOUT, pythons[version])
    if (problem := outcome.problem(example, DEFAULT_TIMEOUT)) is not None:
        pytest.fail(f"{problem}\n(on Python {version})", pytrace=False)
    if eval_example.update_examples:
        try:
            stdout = stable_output(example, version, pythons[version], outcome)
        except UnstableOutput as refused:
            pytest.fail(str(refused), pytrace=False)
        record_output(example, version, stdout)
        return
    if (problem := output_problem(example, version, outcome.stdout)) is not None:
        pytest.fail(problem, pytrace=False)


@pytest.fixture(scope="session")
def standalone_runs(
    pythons: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[Path, str], Future[Outcome]]:
    """Each example as a reader gets it (the download link, the copy button): its standalone text,
    alone in an empty folder outside the repository, run as `python <name>.py` from that folder by
    the build's own runner (on the clock the example declares), under each interpreter, all at once."""
    bare = {version: _bare_interpreter(python, tmp_path_factory.mktemp("empty")) for version, python in pythons.items()}
    jobs = []
    for example in INLINED:
        folder = tmp_path_factory.mktemp(f"{example.parent.name}-{example.stem}", numbered=True)
        assert ROOT not in folder.parents, "the standalone runs must not see the repository"
        # In a folder named like the example's topic, as a reader who keeps the layout would have it
        # (snippets.messages names files by their last two path parts).
        script = folder / example.parent.name / example.name
        script.parent.mkdir()
        script.write_text(standalone_text(example), encoding="utf-8")
        jobs += [((example, v), script, script.parent, python) for v, python in bare.items() if supports(example, v)]
    pool = ThreadPoolExecutor(max_workers=default_jobs(), thread_name_prefix="standalone")
    runs: dict[tuple[Path, str], Future[Outcome]] = {}
    for key, script, folder, python in jobs:
        runs[key] = pool.submit(run_example, script, timeout=DEFAULT_TIMEOUT, python=python, root=folder)
    pool.shutdown(wait=False)
    return runs


def _bare_interpreter(python: str, empty: Path) -> str:
    """The interpreter a virtual environment is made from: nothing of this project installed.

    The test environments install this project (`snippets` included); a reader's Python does not.
    """
    base = subprocess.run([python, "-c", "import sys; print(sys._base_executable)"], capture_output=True, text=True)
    bare = base.stdout.strip() or python
    if not Path(bare).exists():  # a 3.14/3.15 launcher: its interpreter lives in the Debian root
        bare = python  # and has nothing of ours installed there
    env = {"PATH": os.environ.get("PATH", "")}  # the launchers need PATH; nothing else is passed
    probe = subprocess.run([bare, "-c", "import snippets"], cwd=empty, capture_output=True, text=True, env=env)
    assert probe.returncode != 0, f"{bare} can import `snippets`: it cannot stand in for a reader's Python"
    return bare


def test_standalone_example_output(
    inlined: Path, version: str, standalone_runs: dict[tuple[Path, str], Future[Outcome]]
) -> None:
    example = inlined
    if (example, version) not in standalone_runs:
        pytest.skip(f"{relative(example)} declares requires-python {requires_python(example)}: not run on {version}")
    outcome = standalone_runs[example, version].result()
    name = f"{relative(example)} as a reader copies it (docsbuild/standalone.py)"
    if (problem := outcome.problem(Path(name), DEFAULT_TIMEOUT)) is not None:
        pytest.fail(f"{problem}\n(on Python {version})", pytrace=False)
    # The one expected difference: a line number in the example's own file (a traceback, a
    # handle's repr) points into the copy, where the inlined helpers come first.
    stdout = _same_lines(example, outcome.stdout, expected_output(example, version) or "")
    if (problem := output_problem(example, version, stdout)) is not None:
        pytest.fail(f"{name}:\n{problem}", pytrace=False)


def _same_lines(example: Path, copied: str, recorded: str) -> str:
    """`copied` with each `<name>.py:<line>` replaced by the recorded one, when only those differ."""
    where = re.compile(rf"({re.escape(example.name)}\S*?[:, line ]+)(\d+)")
    if where.sub(r"\1N", copied) != where.sub(r"\1N", recorded):
        return copied
    return recorded


@pytest.mark.parametrize("example", INLINED, ids=relative)
def test_standalone_example_is_linted(example: Path) -> None:
    text = standalone_text(example)
    target = f"--target-version=py{base_version(example).replace('.', '')}"
    ruff = [sys.executable, "-m", "ruff", "check", "--isolated", "--select=E,F,W,I,UP,B", "--line-length=120", target]
    proc = subprocess.run([*ruff, "--stdin-filename", example.name, "-"], input=text, capture_output=True, text=True)
    assert proc.returncode == 0, f"{relative(example)} as a reader copies it:\n{proc.stdout}{proc.stderr}"


@pytest.mark.parametrize("recording", sorted(SNIPPETS.glob("*/*.*.out")), ids=relative)
def test_version_recording_is_needed(recording: Path) -> None:
    example = recording.with_name(recording.name.split(".", 1)[0] + ".py")
    version = recording.name.split(".", 1)[1].removesuffix(".out")
    assert example.is_file(), f"{relative(recording)}: no example {relative(example)}"
    assert version in VERSIONS, f"{relative(recording)}: {version} is not a verified version ({VERSIONS})"
    assert supports(example, version), f"{relative(recording)}: the example does not support {version}"
    assert version != base_version(example), f"{relative(recording)}: the {version} output belongs in the .out file"
    base = recorded_output_path(example).read_text(encoding="utf-8")
    assert recording.read_text(encoding="utf-8") != base, f"{relative(recording)} repeats the base output: delete it"


def test_every_recorded_output_has_its_example() -> None:
    orphans = [
        relative(out) for out in SNIPPETS.glob("*/*.out") if not out.with_name(out.name.split(".")[0] + ".py").is_file()
    ]
    assert not orphans, f"recorded outputs without an example: {orphans}"


@pytest.mark.parametrize("example", list(find_examples(*HELPERS)), ids=str)
def test_helper_docstring_example(example: CodeExample, eval_example: EvalExample) -> None:
    # Docstring examples follow black's compact style, which ruff's import sorting (I) disputes.
    eval_example.set_config(**LINT, target_version="py310", ruff_ignore=["I001"])
    try:
        if eval_example.update_examples:
            eval_example.format(example)
            with virtual_clock():
                eval_example.run_print_update(example)
        else:
            eval_example.lint(example)
            # In this process, so on the virtual clock as the build runs examples: a loaded machine
            # must not turn `t=0.2s` into `t=0.3s` here either.
            with virtual_clock():
                eval_example.run_print_check(example)
    except Exception as exc:
        # On 3.11 an exception raised by the example crashes pytest's traceback handling
        # (INTERNALERROR); report it as a plain failure that names the file and line instead.
        pytest.fail(f"{example}: {type(exc).__name__}: {exc}", pytrace=False)


def test_build_and_test_code_is_linted() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "docsbuild", "tests", "bench"], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
