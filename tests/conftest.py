"""Shared fixtures: one executor for the whole session, so each example runs once however many
tests look at its outcome; and one strict build of the real site."""

from __future__ import annotations

import os
import subprocess
import sys
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


def build_site(config: Path, site: Path, *, timeout: float = 300) -> Build:
    """Build the site of `config` strictly into `site`, counting example executions.

    The build starts from the filesystem root, not from the folder of `config`: a build must not
    depend on the working directory (`properdocs build -f /path/to/mkdocs.yml` from anywhere).
    """
    execution_log = site.parent / f"{site.name}-executions.log"
    env = {**os.environ, "SNIPPETS_EXECUTION_LOG": str(execution_log)}  # declared in mkdocs.yml
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


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The real site, built once per session with fresh example runs."""
    return build_site(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("build") / "site")


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
