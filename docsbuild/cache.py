"""What an example's output depends on, and the on-disk store of outputs.

The key covers everything that can change what an example prints: its own source, the source of
every `snippets` helper it imports (transitively), the interpreter version, the time limit and the
clock it runs on (with the virtual clock's own source). A
stored output is reused only when all of them are unchanged, and only successful runs are stored,
so a cached output can never hide an example that now fails.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import platform
import subprocess
import sys
from functools import cache
from pathlib import Path

from docsbuild.catalog import ROOT, clock, relative
from docsbuild.runner import VIRTUAL_CLOCK_CODE, Outcome

CACHE_DIR = ".cache/snippet-outputs"
"""Where outputs are kept, relative to the folder holding mkdocs.yml. Ignored by git. Delete it, or
turn the plugin's `cache` option off (`SNIPPETS_CACHE=false`), to force fresh runs."""

# Bump when the way examples are run changes, so old entries are not trusted.
_FORMAT = "2"


def helper_modules(source: str, root: Path = ROOT) -> list[Path]:
    """The `snippets` helper files that `source` imports, directly or through other helpers."""
    found: dict[Path, None] = {}
    pending = [source]
    while pending:
        for name in _imported_names(pending.pop()):
            path = _module_file(name, root)
            if path is not None and path not in found:
                found[path] = None
                pending.append(path.read_text(encoding="utf-8"))
    return sorted(found)


@cache  # by source text: a live reload asks again for every example, and parsing is most of the cost
def _imported_names(source: str) -> tuple[str, ...]:
    tree = ast.parse(source)
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]
    return tuple(name for name in names if name == "snippets" or name.startswith("snippets."))


def _module_file(name: str, root: Path) -> Path | None:
    base = root.joinpath(*name.split("."))
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


@cache
def interpreter_version(python: str) -> str:
    """The implementation and full version of `python`, e.g. `CPython 3.11.7`."""
    if python == sys.executable:
        return f"{platform.python_implementation()} {platform.python_version()}"
    out = subprocess.run(
        [python, "-c", "import platform; print(platform.python_implementation(), platform.python_version())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def cache_key(example: Path, *, timeout: float, python: str, root: Path = ROOT) -> str:
    """A digest of everything that can change what `example` prints."""
    source = example.read_text(encoding="utf-8")
    digest = hashlib.sha256()
    for part in (_FORMAT, interpreter_version(python), f"timeout={timeout:g}", relative(example, root), source):
        digest.update(part.encode() + b"\0")
    for helper in helper_modules(source, root):
        digest.update(relative(helper, root).encode() + b"\0" + helper.read_bytes() + b"\0")
    on_clock = clock(example, root)
    digest.update(f"clock={on_clock}".encode() + b"\0")
    if on_clock == "virtual":
        for part in VIRTUAL_CLOCK_CODE:
            digest.update(part.read_bytes() + b"\0")
    return digest.hexdigest()


class OutputCache:
    """Successful outcomes, one JSON file per key."""

    def __init__(self, directory: Path = ROOT / CACHE_DIR) -> None:
        self.directory = directory

    def get(self, key: str) -> Outcome | None:
        """The stored outcome for `key`, or None."""
        try:
            data = json.loads((self.directory / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return Outcome(**data)

    def put(self, key: str, outcome: Outcome) -> None:
        """Store `outcome` under `key`, but only when the run succeeded."""
        if not outcome.ok:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        tmp = self.directory / f"{key}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(outcome.__dict__), encoding="utf-8")
        tmp.replace(self.directory / f"{key}.json")
