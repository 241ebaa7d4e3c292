"""`make serve`: the live-reloading server rebuilds on edit, and a prose edit runs no example.

Translators spend their time in the live server; an edit to a Chinese paragraph must show up in
the browser quickly and must not pay for re-running the examples.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from docsbuild import preview
from docsbuild.catalog import ROOT
from docsbuild.interpreters import current
from tests.conftest import BILINGUAL, fixture_site_config

# A small bilingual site with the real site's plugin, fence and preview: what a live reload renders
# again and runs again does not depend on how many pages there are, and the real site's first build
# would run every example once more (the strict build in tests/test_site.py already does).
CONFIG = fixture_site_config(
    plugins=BILINGUAL,
    rest="nav:\n  - index.md\n  - other.md\n",
)
PAGES = {
    "en/index.md": '# Home {#home}\n\n```python exec="on" id="a"\n--8<-- "snippets/t/a.py"\n```\n',
    "en/other.md": '# Other page {#other}\n\n```python exec="on" id="b"\n--8<-- "snippets/t/b.py"\n```\n',
    "zh/index.md": '# 首页 {#home}\n\n```python exec="on" id="a"\n--8<-- "snippets/t/a.py"\n```\n',
    "zh/other.md": '# 另一页 {#other}\n\n```python exec="on" id="b"\n--8<-- "snippets/t/b.py"\n```\n',
}


def make_site(root: Path) -> None:
    for name, text in PAGES.items():
        (root / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "docs" / name).write_text(text, encoding="utf-8")
    (root / "snippets" / "t").mkdir(parents=True)
    for name in ("a", "b"):
        (root / "snippets" / "t" / f"{name}.py").write_text(f'print("{name}")\n', encoding="utf-8")
        (root / "snippets" / "t" / f"{name}.out").write_text(f"{name}\n", encoding="utf-8")
    for watched in ("docsbuild", "overrides"):  # `make serve` watches them; here they stay empty
        (root / watched).mkdir()
    (root / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(0.2)
    pytest.fail(f"timed out after {timeout:g} s waiting for {what}", pytrace=False)


class Server:
    def __init__(self, root: Path, log: Path) -> None:
        self.root, self.log = root, log
        self.address = f"127.0.0.1:{free_port()}"
        self.url = f"http://{self.address}/"  # the fixture's site_url has no path

    def executions(self) -> int:
        return len(self.log.read_text().splitlines()) if self.log.exists() else 0


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    make_site(tmp_path)
    served = Server(tmp_path, tmp_path / "executions.log")
    # One interpreter is enough to see what a rebuild re-runs, and keeps these tests quick.
    env = {
        **os.environ,
        **preview.SERVE_ENV,
        "SNIPPETS_EXECUTION_LOG": str(served.log),
        "SNIPPETS_PYTHON_VERSIONS": current(),
    }
    proc = subprocess.Popen(
        preview.serve_command(served.address),  # what `make serve` runs
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_for(lambda: fetch(served.url), 120, "the first build to be served")
        yield served
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_editing_a_chinese_page_rebuilds_it_and_runs_no_example(server: Server) -> None:
    first_build = server.executions()
    assert first_build == 2, "the first build runs each example once"
    page = server.root / "docs" / "zh" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n译者刚刚改过这一段。\n", encoding="utf-8")
    wait_for(lambda: "译者刚刚改过这一段" in (fetch(server.url + "zh/") or ""), 120, "the edit to be served")
    assert server.executions() == first_build, "a prose edit re-executed examples"
    # The reload renders only the saved page; the navigation still names the page it skipped.
    assert "另一页" in (fetch(server.url + "zh/") or ""), "the navigation lost the title of a page the reload skipped"


def test_editing_an_example_reruns_only_that_example(server: Server) -> None:
    first_build = server.executions()
    example = server.root / "snippets" / "t" / "a.py"
    example.write_text(example.read_text(encoding="utf-8") + "# edited while serving\n", encoding="utf-8")
    wait_for(lambda: "# edited while serving" in (fetch(server.url) or ""), 120, "the edit to be served")
    assert server.executions() == first_build + 1, "only the edited example runs again"


def test_make_serve_on_a_busy_port_says_how_to_choose_another() -> None:
    # Before the check, properdocs built the whole site for up to a minute, then died with a raw OSError.
    with socket.create_server(("127.0.0.1", 0)) as busy:
        port = busy.getsockname()[1]
        proc = subprocess.run(
            ["make", "--no-print-directory", "serve", f"PORT={port}"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert proc.returncode != 0
    assert f"127.0.0.1:{port} is already in use" in proc.stderr
    assert "make serve PORT=" in proc.stderr
    assert "Building documentation" not in proc.stdout + proc.stderr
