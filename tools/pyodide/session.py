"""Run examples one after another in one Pyodide interpreter, as the site's Run button does.

Loaded into Pyodide next to the `snippets` helpers, by the page and by `measure.mjs` alike, so
what the build measures is what a reader gets. Each run starts from a fresh `__main__`
namespace; what an example may change for the whole interpreter (the event loop policy, warning
filters, logging handlers, modules it imported) is put back afterwards. An example that fails
leaves the interpreter in an unknown state: the caller then starts a new interpreter.

Two clocks, as in the build (`docsbuild/catalog.py: clock`):
- `"virtual"`: `run()` gives the example an event loop on the build's virtual clock
  (`docsbuild/virtualclock.py`, shipped next to this file as `_run_here_virtualclock`): timers
  fire as soon as every task waits, so the browser prints exactly what the build recorded, on any
  machine, at any load. It runs synchronously and needs no JSPI.
- `"real"`: the page runs the code with `runPythonAsync` on Pyodide's own `WebLoop`, in real time.
"""

import asyncio
import logging
import sys
import time
import traceback
import warnings
from asyncio import base_events

import _run_here_virtualclock as virtualclock

_events = asyncio.events
# 3.14 deprecates the public policy functions; the private ones stay silent.
_get_policy = getattr(_events, "_get_event_loop_policy", asyncio.get_event_loop_policy)
_set_policy = getattr(_events, "_set_event_loop_policy", asyncio.set_event_loop_policy)
# Pyodide replaces asyncio.run() with one that reuses its running WebLoop; CPython's own is
# what `python example.py` calls (functools.wraps keeps it as __wrapped__).
_cpython_run = getattr(asyncio.run, "__wrapped__", asyncio.run)

_modules = set(sys.modules)
_policy = _get_policy()
_filters = list(warnings.filters)
_handlers = list(logging.root.handlers)
_level = logging.root.level

WAITS_FOREVER = (
    "every task is waiting and no timer is pending: on CPython this program would wait forever "
    "(the browser runs it on the virtual loop clock, which cannot wait for real)"
)


class _NoIO:
    """The selector of a loop with nothing to watch: no file, socket or pipe is ever ready."""

    def select(self, timeout=None):
        if timeout is None:
            raise RuntimeError(WAITS_FOREVER)
        return []

    def close(self):
        pass


class VirtualLoop(base_events.BaseEventLoop):
    """An event loop with no I/O, on the build's virtual clock (`AutojumpSelector`)."""

    time = virtualclock._virtual_time

    def __init__(self):
        super().__init__()
        self._selector = virtualclock.AutojumpSelector(_NoIO(), self)

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass


class _VirtualPolicy(type(_policy)):
    def new_event_loop(self):
        return VirtualLoop()


def _no_sleep(seconds):
    raise virtualclock.VirtualClockError(
        "time.sleep() under the virtual loop clock: it would wait in real time while the loop's "
        "clock jumps (this example runs on the virtual clock, as in the build)"
    )


def fresh_globals() -> dict:
    """A namespace like the one `python example.py` gives the example."""
    return {"__name__": "__main__", "__builtins__": __builtins__}


def run_virtual(code: str, filename: str = "example.py") -> bool:
    """Run `code` as `python example.py` would, every event loop on the virtual clock.

    Returns False when the code raised; the traceback is then on stderr, as CPython prints it.
    """
    running = _events._get_running_loop()  # Pyodide's WebLoop: asyncio.run() would refuse
    saved_run, saved_sleep = asyncio.run, time.sleep
    _events._set_running_loop(None)
    asyncio.run, time.sleep = _cpython_run, _no_sleep
    _set_policy(_VirtualPolicy())
    try:
        exec(compile(code, filename, "exec"), fresh_globals())
        return True
    except SystemExit as exc:
        if exc.code not in (None, 0):
            print(exc.code, file=sys.stderr)
        return exc.code in (None, 0)
    except BaseException as exc:
        traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next)  # from the example's frame
        return False
    finally:
        asyncio.run, time.sleep = saved_run, saved_sleep
        _events._set_running_loop(running)
        _set_policy(_policy)


def restore() -> None:
    """Undo what the last example changed for the whole interpreter."""
    for name in set(sys.modules) - _modules:
        del sys.modules[name]
    _set_policy(_policy)
    warnings.filters[:] = _filters
    logging.root.handlers[:] = _handlers
    logging.root.setLevel(_level)
