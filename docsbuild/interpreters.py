"""Which CPython versions the examples are verified on, and where to find them.

Readers copy examples into whatever Python they run, and asyncio changed a lot between 3.10 and
3.14, so every example runs under every version found here and the page shows each version's real
output. A version that is not installed is simply not run (3.14 on today's build machines); the
hosted CI adds it where it exists.

Run `python -m docsbuild.interpreters` to see what was found, or `python -m docsbuild.interpreters
3.12` to print one interpreter's path (the Makefile's matrix target uses that).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

VERSIONS = ("3.10", "3.11", "3.12", "3.13", "3.14")
"""Versions examples are verified on, oldest first: the oldest supported one records `<name>.out`."""


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@cache
def find(version: str) -> str | None:
    """The path of a CPython `version` (`"3.12"`) interpreter, or None.

    Looks at `python3.12` on PATH first, then at pyenv's installs (highest patch release).
    """
    if sys.version_info[:2] == _key(version):
        return sys.executable
    candidates = []
    if found := shutil.which(f"python{version}"):
        candidates.append(found)
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    patch_release = re.compile(rf"{re.escape(version)}\.\d+")
    installs = [p for p in (pyenv_root / "versions").glob(f"{version}.*") if patch_release.fullmatch(p.name)]
    for install in sorted(installs, key=lambda p: _key(p.name), reverse=True):
        candidates.append(str(install / "bin" / f"python{version}"))
    for candidate in candidates:
        if _reports(candidate, version):
            return candidate
    return None


def _reports(python: str, version: str) -> bool:
    # pyenv shims answer for versions that are not installed; ask the interpreter itself.
    try:
        out = subprocess.run(  # noqa: S603
            [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except OSError:
        return False
    return out.returncode == 0 and out.stdout.strip() == version


def available(versions: tuple[str, ...] = VERSIONS) -> dict[str, str]:
    """`{version: path}` for every version in `versions` found on this machine, oldest first.

    `SNIPPETS_PYTHON_VERSIONS=3.12,3.13` narrows the choice, for a quicker local build.
    """
    if wanted := os.environ.get("SNIPPETS_PYTHON_VERSIONS"):
        versions = tuple(v for v in versions if v in {w.strip() for w in wanted.split(",")})
    return {v: path for v in versions if (path := find(v)) is not None}


def current() -> str:
    """The `x.y` version of the running interpreter."""
    return f"{sys.version_info[0]}.{sys.version_info[1]}"


def main(argv: list[str]) -> int:
    if argv == ["--found"]:
        print(" ".join(available()))
        return 0
    if argv:
        path = find(argv[0])
        if path is None:
            print(f"CPython {argv[0]} not found on PATH or under pyenv", file=sys.stderr)
            return 1
        print(path)
        return 0
    for version in VERSIONS:
        print(f"{version}: {find(version) or 'not found'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
