"""Run examples one after another in one Pyodide interpreter, as the site's Run button does.

Loaded into Pyodide next to the `snippets` helpers, by the page and by `measure.mjs` alike, so
what the build measures is what a reader gets. Each run starts from a fresh `__main__`
namespace; what an example may change for the whole interpreter (the event loop policy, warning
filters, logging handlers, modules it imported) is put back afterwards. An example that fails
leaves the interpreter in an unknown state: the caller then starts a new interpreter.
"""

import asyncio
import logging
import sys
import warnings

_events = asyncio.events
# 3.14 deprecates the public policy functions; the private ones stay silent.
_get_policy = getattr(_events, "_get_event_loop_policy", asyncio.get_event_loop_policy)
_set_policy = getattr(_events, "_set_event_loop_policy", asyncio.set_event_loop_policy)

_modules = set(sys.modules)
_policy = _get_policy()
_filters = list(warnings.filters)
_handlers = list(logging.root.handlers)
_level = logging.root.level


def fresh_globals() -> dict:
    """A namespace like the one `python example.py` gives the example."""
    return {"__name__": "__main__", "__builtins__": __builtins__}


def restore() -> None:
    """Undo what the last example changed for the whole interpreter."""
    for name in set(sys.modules) - _modules:
        del sys.modules[name]
    _set_policy(_policy)
    warnings.filters[:] = _filters
    logging.root.handlers[:] = _handlers
    logging.root.setLevel(_level)
