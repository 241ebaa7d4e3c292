"""A virtual clock for asyncio event loops: time jumps to the next timer instead of passing.

The build runs pure-asyncio timing examples on it (see `docsbuild/_virtualtime/sitecustomize.py`
for how it gets into an example's process without touching the example's file). The idea is
trio's `MockClock(autojump_threshold=0)` and the `looptime` pytest plugin:

- every event loop's `time()` starts at 0.0 and moves only when the loop would block;
- when the loop asks its selector to wait with a timeout (it has a timer pending), the selector is
  polled without waiting first; if nothing is ready, the loop's clock jumps forward by exactly that
  timeout and the selector returns no events, so the loop runs the timer at once;
- when the loop would wait with no timeout (no timer pending), it blocks for real, so I/O and
  `call_soon_threadsafe` from elsewhere still wake it.

What a timing example prints is then a function of its code alone: `asyncio.sleep(0.3)` takes
exactly 0.3 s of loop time however busy the machine is, and no real time at all.

Only two stable internals are patched, at class level, so every loop gets the clock however it is
made (`asyncio.run`, `asyncio.Runner`, `new_event_loop`, a loop in a thread):
`asyncio.base_events.BaseEventLoop.time` and the selector that
`asyncio.selector_events.BaseSelectorEventLoop.__init__` stores as `self._selector` (its `select`
is what `BaseEventLoop._run_once` calls with the time to the next timer; CPython 3.10 to 3.15).
No event loop policy is involved (3.14 deprecated the policy API).

Real time and loop time cannot be mixed: a thread, a process or `time.sleep` would run in real
time while the loop's clock jumps. `guard()` makes them raise `VirtualClockError`, so an example
that needs real time and forgot to declare `clock = "real"` fails loudly instead of printing
something plausible. Standard library only: it runs inside every interpreter the build uses.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import selectors
import subprocess
import threading
import time
from asyncio import base_events, selector_events
from collections.abc import Iterator

__all__ = ["VirtualClockError", "AutojumpSelector", "install", "virtual_clock"]

HOW_TO_FIX = (
    'declare `clock = "real"` under `[tool.asyncio-in-practice]` in the example\'s `# /// script` '
    "metadata (see README: Which clock an example runs on)"
)


class VirtualClockError(RuntimeError):
    """Real time was needed under the virtual loop clock: a thread, a process or `time.sleep`."""


class AutojumpSelector:
    """Wraps a loop's selector: a wait with a timeout jumps the loop's clock instead of sleeping.

    Parameters:
        selector: The loop's real selector (`selectors.DefaultSelector()` or the one passed in).
        loop: The loop whose virtual time (`loop._virtual_now`, seconds, a float) it advances.

    Every other method and attribute is the real selector's.
    """

    def __init__(self, selector: selectors.BaseSelector, loop: asyncio.AbstractEventLoop) -> None:
        self._real = selector
        self._loop = loop

    def select(self, timeout: float | None = None) -> list:
        """Events ready now; else jump the clock by `timeout` (seconds); with no timeout, wait for real."""
        if timeout is not None and timeout <= 0:
            return self._real.select(0)
        ready = self._real.select(0)
        if ready:
            return ready
        if timeout is None:
            return self._real.select(None)
        self._loop._virtual_now = self._loop.time() + timeout
        return []

    def __getattr__(self, name: str):
        return getattr(self._real, name)


def _virtual_time(self: base_events.BaseEventLoop) -> float:
    return self.__dict__.get("_virtual_now", 0.0)


def _patch_loop() -> list[tuple[object, str, object]]:
    """Patch the loop classes; return what was replaced, for `virtual_clock` to put back."""
    original_init = selector_events.BaseSelectorEventLoop.__init__

    def __init__(self, selector=None):
        original_init(self, selector)
        # A loop class that brings its own clock (an example that shows how to fake time, say)
        # keeps it: jumping our clock would leave its own behind, and its timers would never fire.
        if type(self).time is _virtual_time:
            self._selector = AutojumpSelector(self._selector, self)

    replaced = [
        (base_events.BaseEventLoop, "time", base_events.BaseEventLoop.time),
        (selector_events.BaseSelectorEventLoop, "__init__", original_init),
    ]
    base_events.BaseEventLoop.time = _virtual_time
    selector_events.BaseSelectorEventLoop.__init__ = __init__
    return replaced


def _refuse(what: str):
    def refused(*args, **kwargs):
        raise VirtualClockError(
            f"{what} under the virtual loop clock: it runs in real time while the loop's clock "
            f"jumps, so the output would not be what a reader sees; {HOW_TO_FIX}"
        )

    return refused


def guard() -> None:
    """Make threads, processes and `time.sleep` raise `VirtualClockError` in this process.

    Not undone: it is meant for an example's own interpreter only.
    """
    threading.Thread.start = _refuse("starting a thread (threading, to_thread, run_in_executor)")
    time.sleep = _refuse("time.sleep()")
    for name in ("fork", "forkpty", "posix_spawn", "posix_spawnp", "system", "execv", "execve"):
        if hasattr(os, name):
            setattr(os, name, _refuse(f"os.{name}() (a process)"))
    subprocess.Popen._execute_child = _refuse("starting a process (subprocess)")
    try:
        import _posixsubprocess  # what multiprocessing uses to start a process
    except ImportError:
        return
    _posixsubprocess.fork_exec = _refuse("starting a process (multiprocessing)")


def install() -> None:
    """Put every event loop of this process on the virtual clock, for good, and `guard()` it."""
    _patch_loop()
    guard()


@contextlib.contextmanager
def virtual_clock() -> Iterator[None]:
    """Loops created inside the block run on the virtual clock (no guard); for in-process tests."""
    replaced = _patch_loop()
    try:
        yield
    finally:
        for owner, name, value in replaced:
            setattr(owner, name, value)
