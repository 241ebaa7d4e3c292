"""Bad input fails the build loudly: an example that raises, one that hangs, a missing include.

Each test builds a tiny fixture site in a temporary folder, with the same plugin (and fence) as the
real site, and checks that the strict build fails with a message naming the file.
"""

from __future__ import annotations

import textwrap
import time
from pathlib import Path

import pytest

from docsbuild.interpreters import current
from tests.conftest import build_site, fixture_site_config, process_is_running

CONFIG = fixture_site_config()

EXAMPLES = {
    "ok.py": 'print("fine")\n',
    "raises.py": 'print("before")\n\n\nraise ValueError("unexpected")\n',
    # A thread under the virtual clock: the build must name the file and say what to declare.
    "wrong_clock.py": "import threading\n\nthreading.Thread(target=print).start()\n",
    # Starts a grandchild that would outlive a careless kill, and records its pid.
    "hangs.py": textwrap.dedent(
        """\
        # /// script
        # [tool.asyncio-in-practice]
        # clock = "real"
        # ///
        import subprocess
        import sys
        import time

        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        with open("grandchild.pid", "w") as fh:
            fh.write(str(child.pid))
        time.sleep(60)
        """
    ),
}


def make_site(tmp_path: Path, page: str) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text(textwrap.dedent(page))
    (tmp_path / "snippets" / "bad").mkdir(parents=True)
    for name, code in EXAMPLES.items():
        (tmp_path / "snippets" / "bad" / name).write_text(code)
    (tmp_path / "snippets" / "bad" / "ok.out").write_text("fine\n")
    (tmp_path / "mkdocs.yml").write_text(CONFIG)
    return tmp_path / "mkdocs.yml"


def page(include: str, options: str = "") -> str:
    return f'# Fixture\n\n```python exec="on" id="fixture"{options}\n--8<-- "{include}"\n```\n'


def test_fixture_site_builds_when_nothing_is_wrong(tmp_path: Path) -> None:
    result = build_site(make_site(tmp_path, page("snippets/bad/ok.py")), tmp_path / "site")
    assert result.returncode == 0, result.log
    assert "fine" in (tmp_path / "site" / "index.html").read_text()


def test_example_that_raises_fails_the_build(tmp_path: Path) -> None:
    result = build_site(make_site(tmp_path, page("snippets/bad/raises.py")), tmp_path / "site")
    assert result.returncode != 0
    assert "snippets/bad/raises.py: exited with code 1" in result.log
    assert 'File "snippets/bad/raises.py", line 4' in result.log
    assert "ValueError: unexpected" in result.log


def test_example_that_hangs_is_killed_and_fails_the_build(tmp_path: Path) -> None:
    started = time.monotonic()
    result = build_site(make_site(tmp_path, page("snippets/bad/hangs.py", ' timeout="1"')), tmp_path / "site")
    elapsed = time.monotonic() - started
    assert result.returncode != 0
    assert "snippets/bad/hangs.py: killed after its time limit of 1 s" in result.log
    assert elapsed < 30, "the per-block limit of 1 s was not applied"
    grandchild = int((tmp_path / "grandchild.pid").read_text())
    assert not process_is_running(grandchild), "a process started by the hanging example outlived it"


def test_example_that_needs_real_time_on_the_virtual_clock_fails_the_build(tmp_path: Path) -> None:
    result = build_site(make_site(tmp_path, page("snippets/bad/wrong_clock.py")), tmp_path / "site")
    assert result.returncode != 0
    assert "snippets/bad/wrong_clock.py: exited with code 1" in result.log
    assert 'File "snippets/bad/wrong_clock.py", line 3' in result.log
    assert "VirtualClockError: starting a thread" in result.log and 'declare `clock = "real"`' in result.log


def test_output_that_differs_from_the_recording_fails_the_build(tmp_path: Path) -> None:
    config = make_site(tmp_path, page("snippets/bad/ok.py"))
    (tmp_path / "snippets" / "bad" / "ok.out").write_text("something else\n")
    result = build_site(config, tmp_path / "site")
    assert result.returncode != 0
    assert f"snippets/bad/ok.py: output on Python {current()} differs from snippets/bad/ok.out" in result.log


def test_a_differing_output_is_reported_once_however_often_it_is_shown(tmp_path: Path) -> None:
    # Each language build, and each block including the example, used to print the same diff again.
    twice = page("snippets/bad/ok.py") + page("snippets/bad/ok.py").replace('id="fixture"', 'id="again"')
    config = make_site(tmp_path, twice)
    (tmp_path / "snippets" / "bad" / "ok.out").write_text("something else\n")
    result = build_site(config, tmp_path / "site")
    assert result.returncode != 0
    assert result.log.count(f"snippets/bad/ok.py: output on Python {current()} differs") == 1, result.log


def test_missing_include_fails_the_build(tmp_path: Path) -> None:
    result = build_site(make_site(tmp_path, page("snippets/bad/missing.py")), tmp_path / "site")
    assert result.returncode != 0
    assert "index.md:4: included file snippets/bad/missing.py does not exist" in result.log


def test_inline_code_cannot_be_executed(tmp_path: Path) -> None:
    inline = '# Fixture\n\n```python exec="on" id="inline"\nprint("not from snippets/")\n```\n'
    result = build_site(make_site(tmp_path, inline), tmp_path / "site")
    assert result.returncode != 0
    assert "block 'inline' on index.md: executed code must be an include" in result.log


def test_two_executed_blocks_with_one_id_fail_the_build_naming_both_lines(tmp_path: Path) -> None:
    # The fence finds the file a block renders by the block's id: an id must be unique on its page.
    twice = page("snippets/bad/ok.py") + "\n" + page("snippets/bad/ok.py").removeprefix("# Fixture\n\n")
    result = build_site(make_site(tmp_path, twice), tmp_path / "site")
    assert result.returncode != 0
    assert "index.md:7: block id 'fixture' is already used at line 3; give each executed block its own id" in result.log


@pytest.fixture(autouse=True)
def _isolated_cwd(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
