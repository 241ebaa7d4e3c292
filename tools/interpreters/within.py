"""Run a command where the interpreter running this script lives: `PYTHON within.py COMMAND...`.

For an ordinary interpreter that is the host; for a provisioned launcher (`bin/python3.14`) it is
that interpreter's Debian root, with the repository at the same path, so `uv` and `pytest` run
next to the interpreter they use. `UV_PYTHON` is set to the interpreter as seen from there.
"""

import os
import sys

if len(sys.argv) < 2:
    sys.exit("usage: PYTHON within.py COMMAND [ARG...]")
os.environ["UV_PYTHON"] = sys.executable
os.execvp(sys.argv[1], sys.argv[1:])
