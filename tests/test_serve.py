"""`make serve`: the live-reloading server rebuilds on edit, and a prose edit runs no example.

Translators spend their time in the live server; an edit to a Chinese paragraph must show up in
the browser quickly and must not pay for re-running the examples.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from docsbuild import preview
from docsbuild.catalog import ROOT
from docsbuild.interpreters import current

COPY = ["mkdocs.yml", "glossary.yml", "timeline-captions.yml", "docs", "snippets", "overrides", "docsbuild"]
CONFIG_SITE_URL = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)["site_url"]


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
        # The server mounts the site under the path of site_url, as the host will.
        self.url = f"http://{self.address}{urlparse(CONFIG_SITE_URL).path}"

    def executions(self) -> int:
        return len(self.log.read_text().splitlines()) if self.log.exists() else 0


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    for name in COPY:
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, tmp_path / name)
    # Not edited here, and large (the Run button's runtime, 13 MB): linked rather than copied.
    (tmp_path / "tools").symlink_to(ROOT / "tools", target_is_directory=True)
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
    assert first_build > 0, "the first build runs the examples"
    page = server.root / "docs" / "zh" / "gather.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n译者刚刚改过这一段。\n", encoding="utf-8")
    wait_for(lambda: "译者刚刚改过这一段" in (fetch(server.url + "zh/gather/") or ""), 120, "the edit to be served")
    assert server.executions() == first_build, "a prose edit re-executed examples"
    # The reload renders only the saved page; the navigation still names the pages it skipped.
    served = fetch(server.url + "zh/gather/") or ""
    other = server.root / "docs" / "zh" / "semaphore.md"
    title = next(
        line[2:].split("{")[0].strip()
        for line in other.read_text(encoding="utf-8").splitlines()
        if line.startswith("# ")
    )
    title = title.replace("`", "")  # shown as rendered text
    assert title in served, f"the navigation lost the title of a page the reload skipped ({title})"


def test_editing_an_example_reruns_only_that_example(server: Server) -> None:
    first_build = server.executions()
    example = server.root / "snippets" / "gather" / "results_keep_argument_order.py"
    example.write_text(example.read_text(encoding="utf-8") + "# edited while serving\n", encoding="utf-8")
    wait_for(lambda: "# edited while serving" in (fetch(server.url + "gather/") or ""), 120, "the edit to be served")
    assert server.executions() == first_build + 1


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
