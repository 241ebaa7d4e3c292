"""Puts an example's event loops on the virtual clock, before the example's first line runs.

The runner prepends this directory to PYTHONPATH for examples on the virtual clock, and Python's
`site` module imports `sitecustomize` at start-up. The example itself still runs as
`python snippets/<topic>/<name>.py`: same `__main__`, `sys.argv` and tracebacks as for a reader.
The clock is `docsbuild/virtualclock.py`, loaded by path so that the example's `sys.path` gains
nothing. Any other `sitecustomize` (a distribution's) still runs, after this one.
"""

import importlib.machinery
import importlib.util
import os
import sys


def _load(name: str, path: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _next_sitecustomize() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    path = [p for p in sys.path if os.path.abspath(p or os.curdir) != here]
    spec = importlib.machinery.PathFinder.find_spec("sitecustomize", path)
    if spec is not None and spec.origin:
        _load("_next_sitecustomize", spec.origin)


_here = os.path.dirname(os.path.abspath(__file__))
_load("_docsbuild_virtualclock", os.path.join(os.path.dirname(_here), "virtualclock.py")).install()
_next_sitecustomize()
