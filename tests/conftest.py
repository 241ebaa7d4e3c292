"""Shared fixtures: one executor for the whole session, so each example runs once however many
tests look at its outcome; and one strict build of the real site, started as soon as the tests are
collected, so that it runs while the tests that do not need it do.

Each example's output is compared with its recording once per session: by that strict build (every
example, every interpreter found) when the session includes it, else by
tests/test_examples.py::test_example_output (`pytest tests/test_examples.py`, `make update-outputs`,
`make test-matrix`).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from docsbuild import interpreters
from docsbuild.catalog import ROOT, examples
from docsbuild.execution import Executor
from docsbuild.runner import DEFAULT_TIMEOUT

# Tests always run examples afresh; a stored output must never stand in for a run. Read by
# mkdocs.yml (`!ENV`) in the builds the tests start; the in-process executors below have no store.
os.environ["SNIPPETS_CACHE"] = "false"
os.environ["NO_MKDOCS_2_WARNING"] = "1"

PROPERDOCS = [sys.executable, "-m", "properdocs"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--strict-translations",
        action="store_true",
        help="fail, rather than warn, when a Chinese page translates an older English page",
    )
    parser.addoption(
        "--example",
        action="append",
        default=[],
        help="run (or with --update-examples, record) only this example, e.g. snippets/gather/x.py; repeatable",
    )
    parser.addoption(
        "--python-versions",
        default="",
        help="comma-separated x.y versions to run the examples under, or 'all' found on this machine; "
        "default: the interpreter running pytest",
    )


def example_pythons(config: pytest.Config) -> dict[str, str]:
    """`{version: interpreter}` the examples run under in this session."""
    wanted = config.getoption("--python-versions")
    if not wanted:
        return {interpreters.current(): sys.executable}
    if wanted == "all":
        return interpreters.available()
    found = {}
    for version in wanted.split(","):
        path = interpreters.find(version.strip())
        if path is None:
            raise pytest.UsageError(f"--python-versions: CPython {version} is not installed here")
        found[version.strip()] = path
    return found


def selected_examples(config: pytest.Config) -> list[Path]:
    """The examples this session runs: those named by --example, else all of them."""
    wanted = config.getoption("--example")
    if not wanted:
        return examples()
    chosen = []
    for name in wanted:
        path = (ROOT / name).resolve()
        if path not in examples():
            raise pytest.UsageError(
                f"--example {name}: not an example; "
                "give its path from the repository root, like snippets/<topic>/<name>.py"
            )
        chosen.append(path)
    return chosen


@pytest.fixture(scope="session")
def pythons(pytestconfig: pytest.Config) -> dict[str, str]:
    return example_pythons(pytestconfig)


@pytest.fixture(scope="session")
def executor(pythons: dict[str, str], pytestconfig: pytest.Config) -> Executor:
    """Runs every example once per interpreter, in parallel, as soon as the first test asks."""
    shared = Executor()
    runs = [(example, DEFAULT_TIMEOUT) for example in selected_examples(pytestconfig)]
    shared.prefetch(runs, pythons=pythons)
    return shared


@dataclass
class Build:
    """The result of one `properdocs build --strict`."""

    returncode: int
    log: str
    site: Path
    executions: list[str]


def build_site(config: Path, site: Path, *, timeout: float = 300, environ: dict[str, str] | None = None) -> Build:
    """Build the site of `config` strictly into `site`, counting example executions.

    The build starts from the filesystem root, not from the folder of `config`: a build must not
    depend on the working directory (`properdocs build -f /path/to/mkdocs.yml` from anywhere).
    `environ` is the environment to start from (default: this process's, now).
    """
    execution_log = site.parent / f"{site.name}-executions.log"
    # SNIPPETS_EXECUTION_LOG is declared in mkdocs.yml (`!ENV`), as the plugin's execution_log.
    env = {**(os.environ if environ is None else environ), "SNIPPETS_EXECUTION_LOG": str(execution_log)}
    proc = subprocess.run(
        [*PROPERDOCS, "build", "--strict", "-f", str(config), "-d", str(site)],
        cwd=config.anchor,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    executions = execution_log.read_text().splitlines() if execution_log.exists() else []
    return Build(proc.returncode, proc.stdout + proc.stderr, site, executions)


_BUILD = pytest.StashKey[Future[Build]]()
_BUILD_DIR = pytest.StashKey[Path]()
_DESELECTED = pytest.StashKey[int]()
COMPARED_BY_THE_BUILD = "test_example_output"
"""The test whose comparison the session's strict build makes, for every interpreter found."""
REPORTS_THE_BUILD = "test_strict_build_is_clean"
"""The test that fails on any warning of that build, a differing output among them."""


def _start_build(config: pytest.Config) -> Future[Build]:
    """The real site's strict build (fresh example runs), started once per session in a thread."""
    if _BUILD not in config.stash:
        folder = config.stash[_BUILD_DIR] = Path(tempfile.mkdtemp(prefix="pytest-strict-build-"))
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="strict-build")
        # The environment of now, before any test changes this process's (monkeypatch.setenv).
        environ = dict(os.environ)
        # Every example under every interpreter, alongside the rest of the suite: on a busy shared
        # machine that took 270 s (November 2026), close to build_site's default limit.
        build = functools.partial(build_site, timeout=900, environ=environ)
        config.stash[_BUILD] = pool.submit(build, ROOT / "mkdocs.yml", folder / "site")
        pool.shutdown(wait=False)
    return config.stash[_BUILD]


@pytest.hookimpl(trylast=True)  # after -k and -m have deselected what they do
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # A session with the strict build compares every output there; running each example once more
    # to compare it again would add time, not checks. Recording, or choosing versions or examples,
    # is test_example_output's job alone.
    if not any("built_site" in getattr(item, "fixturenames", ()) for item in items):
        return
    if not config.option.collectonly:
        _start_build(config)
    chosen = config.getoption("--python-versions") or config.getoption("--example")
    if chosen or config.getoption("--update-examples", default=False):
        return
    if not any(getattr(item, "originalname", "") == REPORTS_THE_BUILD for item in items):
        return  # the build runs, but no test of this session reports what it compared
    compared = [item for item in items if getattr(item, "originalname", "") == COMPARED_BY_THE_BUILD]
    if compared:
        items[:] = [item for item in items if item not in compared]
        config.hook.pytest_deselected(items=compared)
        config.stash[_DESELECTED] = len(compared)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    if (deselected := config.stash.get(_DESELECTED, 0)) and not config.option.collectonly:
        terminalreporter.write_line(
            f"{deselected} {COMPARED_BY_THE_BUILD} deselected: the strict build (tests/test_site.py) "
            "compared every example's output under every interpreter found"
        )


def pytest_unconfigure(config: pytest.Config) -> None:
    # A build still running (an interrupted session) keeps its folder; a finished one leaves nothing.
    if _BUILD in config.stash and config.stash[_BUILD].done():
        shutil.rmtree(config.stash[_BUILD_DIR], ignore_errors=True)


@pytest.fixture(scope="session")
def built_site(pytestconfig: pytest.Config) -> Build:
    """The real site, built once per session with fresh example runs (see `_start_build`)."""
    return _start_build(pytestconfig).result()


BILINGUAL = """\
  - i18n:
      docs_structure: folder
      fallback_to_default: true
      languages:
        - locale: en
          default: true
          name: English
        - locale: zh
          name: 简体中文
"""
"""The `plugins:` entry of a two-language fixture site (`fixture_site_config(plugins=BILINGUAL)`)."""


def fixture_site_config(*, plugins: str = "", markdown_extensions: str = "", rest: str = "") -> str:
    """mkdocs.yml for a tiny fixture site with the real site's plugin (and so its Python fence).

    `plugins`, `markdown_extensions` and `rest` are YAML lines added to those sections and at the end.
    """
    return f"""\
site_name: fixture
site_url: https://example.invalid/
docs_dir: docs
theme:
  name: material
  font: false
plugins:
{plugins}  - markdown-exec:
      languages: [tree]
  - asyncio-in-practice:
      timeout: 5
      publish: false
      cache: !ENV [SNIPPETS_CACHE, true]
      python_versions: !ENV [SNIPPETS_PYTHON_VERSIONS, all]
      execution_log: !ENV [SNIPPETS_EXECUTION_LOG, null]
markdown_extensions:
{markdown_extensions}  - pymdownx.snippets:
      base_path: [!relative $config_dir]
      check_paths: true
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
{rest}"""


def process_is_running(pid: int) -> bool:
    """Whether `pid` is alive; a killed process its parent has not reaped (a zombie) is not."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except FileNotFoundError:
        return False
