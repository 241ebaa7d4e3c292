"""The browser's session module (tools/pyodide/session.py), run here under CPython.

In the browser, `run_virtual()` gives an example an event loop with no I/O on the build's virtual
clock. The loop is plain asyncio (`BaseEventLoop`), so CPython can run it too: these tests check it
prints what the build recorded, and that what would differ from the build fails loudly. The
browser tests (tests/browser/test_run_here.py) check the same module inside Pyodide.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import time
from types import ModuleType

import pytest

from docsbuild import virtualclock
from docsbuild.catalog import ROOT, expected_output

VERSION = f"{sys.version_info.major}.{sys.version_info.minor}"


@pytest.fixture
def session(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    # The page ships docsbuild/virtualclock.py under this name, next to the session module.
    monkeypatch.setitem(sys.modules, "_run_here_virtualclock", virtualclock)
    spec = importlib.util.spec_from_file_location("_run_here_session", ROOT / "tools" / "pyodide" / "session.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_timing_example_prints_its_recording_in_no_real_time(session: ModuleType, capsys) -> None:
    example = ROOT / "snippets" / "gather" / "cancel_the_rest.py"
    assert session.run_virtual(example.read_text(encoding="utf-8"), str(example))
    assert capsys.readouterr().out == expected_output(example, VERSION)


def test_a_program_that_would_wait_forever_says_so(session: ModuleType, capsys) -> None:
    code = "import asyncio\n\nasync def main():\n    await asyncio.Event().wait()\n\nasyncio.run(main())\n"
    assert not session.run_virtual(code)
    assert "on CPython this program would wait forever" in capsys.readouterr().err


def test_time_sleep_is_refused_and_everything_is_put_back(session: ModuleType, capsys) -> None:
    sleep, run = time.sleep, asyncio.run
    assert not session.run_virtual("import time\ntime.sleep(0.1)\n")
    assert "VirtualClockError: time.sleep() under the virtual loop clock" in capsys.readouterr().err
    assert (time.sleep, asyncio.run) == (sleep, run)
    assert asyncio.events._get_running_loop() is None


def test_the_traceback_starts_at_the_example(session: ModuleType, capsys) -> None:
    assert not session.run_virtual("raise ValueError('boom')\n", "example.py")
    err = capsys.readouterr().err
    assert err.startswith('Traceback (most recent call last):\n  File "example.py", line 1')
    assert err.endswith("ValueError: boom\n")
