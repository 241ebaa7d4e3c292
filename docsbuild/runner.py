"""Run one example in a fresh interpreter, with a time limit.

A fresh process per example is what makes outputs trustworthy: an example that changes the event
loop policy, leaves a thread running or patches a module cannot touch the build process or the
next example. Each example runs in its own process group, so a time-out kills everything it
started, grandchildren included.

Examples on the virtual clock (`catalog.clock`) get `docsbuild/_virtualtime` first on PYTHONPATH:
its `sitecustomize` puts every event loop of the process on `docsbuild.virtualclock` before the
example's first line, and the example still runs as `python <file>`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from docsbuild.catalog import ROOT, clock, relative

if TYPE_CHECKING:  # forkserver.py imports this module's kill_group
    from docsbuild.forkserver import ForkServer

DEFAULT_TIMEOUT = 10.0
"""Seconds an example may run before it is killed. Examples here take well under one second."""

VIRTUAL_TIME_DIR = Path(__file__).resolve().parent / "_virtualtime"
"""Prepended to PYTHONPATH for examples on the virtual clock; holds the `sitecustomize` that installs it."""
VIRTUAL_CLOCK_CODE = (VIRTUAL_TIME_DIR / "sitecustomize.py", VIRTUAL_TIME_DIR.parent / "virtualclock.py")
"""The code an example on the virtual clock runs before its own."""

# Variables that would change what an example prints, or where it finds its imports.
_SCRUBBED = ("PYTHONASYNCIODEBUG", "PYTHONWARNINGS", "PYTHONSTARTUP", "PYTHONDEVMODE", "PYTHONHOME", "PYTHONSAFEPATH")


@dataclass(frozen=True)
class Outcome:
    """What one run of an example produced."""

    stdout: str
    stderr: str
    returncode: int | None
    timed_out: bool
    seconds: float

    @property
    def ok(self) -> bool:
        """True when the example exited with 0 in time and wrote nothing to stderr."""
        return not self.timed_out and self.returncode == 0 and not self.stderr

    def problem(self, example: Path, timeout: float, root: Path = ROOT) -> str | None:
        """Describe what went wrong, naming the file (and line, when Python reported one)."""
        name = relative(example, root)
        if self.timed_out:
            return f"{name}: killed after its time limit of {timeout:g} s (it hangs or is too slow)"
        if self.returncode != 0:
            return f"{name}: exited with code {self.returncode}\n{self.stderr.rstrip()}"
        if self.stderr:
            return f"{name}: wrote to stderr (warnings and logs must be caught and printed)\n{self.stderr.rstrip()}"
        return None


def environment(root: Path = ROOT, on_clock: str = "real") -> dict[str, str]:
    """The environment an example runs in: the repo importable, hashing and encoding fixed, and
    for `on_clock="virtual"`, the virtual loop clock installed at start-up."""
    env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
    path = [str(VIRTUAL_TIME_DIR)] if on_clock == "virtual" else []
    env.update(
        PYTHONPATH=os.pathsep.join([*path, str(root)]),
        PYTHONHASHSEED="0",
        PYTHONIOENCODING="utf-8",
        PYTHONUTF8="1",
        PYTHONDONTWRITEBYTECODE="1",
        COLUMNS="80",
    )
    return env


def run_example(
    example: Path,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    python: str = sys.executable,
    root: Path = ROOT,
    on_clock: str | None = None,
    log: Path | None = None,
    forkserver: ForkServer | None = None,
) -> Outcome:
    """Run `example` as `python <example>` from `root` and return what happened.

    `on_clock` is `"virtual"` or `"real"`; by default, what the example declares (`catalog.clock`).
    `log`, when given, is a file to which the run appends the example's path (the benchmark and
    the tests count executions with it). `forkserver`, when given, forks the run from that warm
    interpreter (which must have `python`, `root` and the clock's `environment`) instead of
    starting `python`.
    """
    on_clock = on_clock or clock(example, root)
    started = time.perf_counter()
    if forkserver is not None:
        stdout, stderr, returncode = forkserver.run(example, root, timeout)
        return _outcome(stdout, stderr, returncode, started, example, root, log)
    proc = subprocess.Popen(
        [python, str(example)],
        cwd=root,
        env=environment(root, on_clock),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        start_new_session=True,
    )
    timed_out = False
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        kill_group(proc.pid)
        stdout, stderr = proc.communicate()
    finally:
        # An example may exit while something it started still runs; take that down too.
        kill_group(proc.pid)
    return _outcome(stdout, stderr, None if timed_out else proc.returncode, started, example, root, log)


def _outcome(
    stdout: str, stderr: str, returncode: int | None, started: float, example: Path, root: Path, log: Path | None
) -> Outcome:
    if log is not None:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(relative(example, root) + "\n")
    return Outcome(
        stdout=_clean(stdout, root),
        stderr=_clean(stderr, root),
        returncode=returncode,
        timed_out=returncode is None,
        seconds=time.perf_counter() - started,
    )


def kill_group(pid: int) -> None:
    """Kill the process `pid` and the process group it leads: a run's first process starts a
    session of its own (`start_new_session`, or a forked child's setsid()), so everything it started
    goes too. `pid` itself is killed as well, for a forked child killed before its setsid()."""
    for kill in (os.killpg, os.kill):
        try:
            kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def _clean(text: str, root: Path) -> str:
    # Tracebacks name files by absolute path; the reader's and the CI's checkout differ.
    return text.replace(f"{root}{os.sep}", "")
