"""Which CPython versions the examples are verified on, and where to find them.

Readers copy examples into whatever Python they run, and asyncio changed a lot between 3.10 and
3.15, so every example runs under every version found here and the page shows each version's real
output. A version that is not installed is simply not run, and the page says so.

Interpreters come from three sources: `pythonX.Y` on `PATH`, the launchers that `make` provisions
from Debian unstable (`tools/interpreters/provision.sh`, in `provisioned_dir()`), and pyenv's
installs. For each version the newest patch release any of them offers wins.

Run `python -m docsbuild.interpreters` to see what was found, or `python -m docsbuild.interpreters
3.12` to print one interpreter's path (the Makefile's matrix target uses that).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

VERSIONS = ("3.10", "3.11", "3.12", "3.13", "3.14", "3.15")
"""Versions examples are verified on, oldest first: the oldest supported one records `<name>.out`."""

END_OF_LIFE = frozenset({"3.10"})
"""Verified versions that no longer get security fixes: 3.10 since October 2026
(https://devguide.python.org/versions/, PEP 619). Kept while installed, and labelled on pages."""


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


def provisioned_dir() -> Path:
    """Where `make` provisions interpreters by default: `$XDG_CACHE_HOME/asyncio-in-practice/interpreters`.

    The Makefile's `INTERPRETERS` variable names the same folder (or another one, which it then puts
    on `PATH`); its `bin/` holds `python3.14`-style launchers.
    """
    cache_home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache_home) / "asyncio-in-practice" / "interpreters"


def candidates(version: str) -> list[str]:
    """Every interpreter path that may be CPython `version`, from every source, without duplicates."""
    found = []
    if sys.version_info[:2] == _key(version):
        found.append(sys.executable)
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    on_path = shutil.which(f"python{version}")
    if on_path and Path(on_path).parent != pyenv_root / "shims":  # a slow stand-in for the installs below
        found.append(on_path)
    found.append(str(provisioned_dir() / "bin" / f"python{version}"))
    patch_release = re.compile(rf"{re.escape(version)}\.\d+")
    for install in (pyenv_root / "versions").glob(f"{version}.*"):
        if patch_release.fullmatch(install.name):
            found.append(str(install / "bin" / f"python{version}"))
    unique: dict[str, str] = {}
    for path in found:
        if os.access(path, os.X_OK):
            unique.setdefault(os.path.realpath(path), path)
    return list(unique.values())


@cache
def find(version: str) -> str | None:
    """The path of the newest patch release of CPython `version` (`"3.12"`) found here, or None."""
    reported = {path: full for path in candidates(version) if (full := full_version(path)) is not None}
    matching = [path for path, full in reported.items() if full.rsplit(".", 1)[0] == version]
    return max(matching, key=lambda path: _key(reported[path]), default=None)


@cache
def full_version(python: str) -> str | None:
    """The full version `python` reports (`"3.12.1"`), or None when it does not run."""
    # pyenv shims answer for versions that are not installed, and a launcher fails without root:
    # ask the interpreter itself.
    if python == sys.executable:
        return ".".join(map(str, sys.version_info[:3]))
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print('%d.%d.%d' % sys.version_info[:3])"],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def available(versions: tuple[str, ...] = VERSIONS) -> dict[str, str]:
    """`{version: path}` for every version in `versions` found on this machine, oldest first.

    The build narrows `versions` with its plugin's `python_versions` option (`SNIPPETS_PYTHON_VERSIONS`).
    """
    return {v: path for v in versions if (path := find(v)) is not None}


def current() -> str:
    """The `x.y` version of the running interpreter."""
    return f"{sys.version_info[0]}.{sys.version_info[1]}"


def main(argv: list[str]) -> int:
    """`python -m docsbuild.interpreters [--found | VERSION]`: what `make interpreters` prints."""
    parser = argparse.ArgumentParser(prog="python -m docsbuild.interpreters", description=__doc__.split("\n\n")[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--found", action="store_true", help="print the x.y versions found, on one line")
    which.add_argument("version", nargs="?", help="print the path of this CPython (x.y), or fail")
    args = parser.parse_args(argv)
    if args.found:
        print(" ".join(available()))
        return 0
    if args.version:
        path = find(args.version)
        if path is None:
            print(f"CPython {args.version} not found on PATH, in {provisioned_dir()} or under pyenv", file=sys.stderr)
            return 1
        print(path)
        return 0
    for version in VERSIONS:
        path = find(version)
        found = f"{full_version(path)} at {path}" if path else "not found"
        print(f"{version}{' (end-of-life)' if version in END_OF_LIFE else ''}: {found}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
