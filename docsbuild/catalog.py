"""Where the examples and their recorded outputs live, and which Python versions they need.

An example is a plain script in a topic folder: `snippets/<topic>/<name>.py`. Its recorded output,
the one source of truth that both the build and the tests compare against, sits next to it:

- `<name>.out` is what the oldest supported version prints;
- `<name>.<x.y>.out` exists only for a version that prints something else.

An example that needs a newer Python says so once, in PEP 723 inline metadata at its top
(`# requires-python = ">=3.12"`), which `uv run` honours too. Modules directly inside `snippets/`
are helpers, not examples.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from packaging.specifiers import SpecifierSet

from docsbuild.interpreters import VERSIONS

ROOT = Path(__file__).resolve().parent.parent
"""The repository root: examples run from here, with it on `sys.path`."""

SNIPPETS = ROOT / "snippets"


def examples(root: Path = ROOT) -> list[Path]:
    """Every example script, sorted, as absolute paths."""
    return sorted(p for p in (root / "snippets").glob("*/*.py") if not p.name.startswith("_"))


# The reference regular expression of PEP 723.
_METADATA = re.compile(r"(?m)^# /// (?P<type>[a-zA-Z0-9-]+)$\s(?P<content>(^#(| .*)$\s)+)^# ///$")


def requires_python(example: Path) -> SpecifierSet:
    """The `requires-python` of the example's inline script metadata (empty: any version)."""
    return SpecifierSet(_metadata(example.read_text(encoding="utf-8")).get("requires-python", ""))


CLOCKS = ("virtual", "real")
"""The clocks an example can run on in the build; `virtual` unless it declares otherwise."""


class MetadataError(ValueError):
    """An example's `# /// script` metadata says something the build cannot follow."""


def clock(example: Path, root: Path = ROOT) -> str:
    """Which clock the build runs `example` on: `"virtual"` (the default) or `"real"`.

    Pure-asyncio timing examples run on the virtual loop clock (`docsbuild.virtualclock`): their
    waits take no real time and their output cannot depend on load. An example whose point is real
    time (a thread, a process, `time.sleep`, CPU work) declares, in its PEP 723 metadata:

        # /// script
        # [tool.asyncio-in-practice]
        # clock = "real"
        # ///

    Raises:
        MetadataError: an unknown key or clock name, with the file and line to fix.
    """
    source = example.read_text(encoding="utf-8")
    tool = _metadata(source).get("tool", {}).get("asyncio-in-practice", {})
    for key, value in tool.items():
        if key != "clock":
            raise MetadataError(
                f"{_where(example, source, key, root)}: unknown key `{key}` under [tool.asyncio-in-practice]; "
                'the only key is `clock` ("virtual" or "real"), and no example may ask to run alone'
            )
        if value not in CLOCKS:
            raise MetadataError(
                f'{_where(example, source, key, root)}: clock = {value!r}; write clock = "real" for an example that '
                "needs real time (threads, processes, time.sleep, CPU work), or leave it out for the virtual clock"
            )
    return tool.get("clock", "virtual")


def _where(example: Path, source: str, key: str, root: Path) -> str:
    line = next((n for n, text in enumerate(source.splitlines(), 1) if re.match(rf"#\s*{re.escape(key)}\s*=", text)), 1)
    return f"{relative(example, root)}:{line}"


@cache
def _metadata(source: str) -> dict:
    for match in _METADATA.finditer(source):
        if match["type"] == "script":
            lines = match["content"].splitlines(keepends=True)
            return tomllib.loads("".join(line[2:] if line.startswith("# ") else line[1:] for line in lines))
    return {}


def supports(example: Path, version: str) -> bool:
    """Whether `example` runs on Python `version` (`"3.12"`), by its own declaration."""
    return requires_python(example).contains(f"{version}.0", prereleases=True)


def base_version(example: Path) -> str | None:
    """The oldest verified version the example supports: the one `<name>.out` records."""
    return next((v for v in VERSIONS if supports(example, v)), None)


def recorded_output_path(example: Path, version: str | None = None) -> Path:
    """The file recording what `example` prints on `version` (or its base output, `<name>.out`)."""
    if version is None or version == base_version(example):
        return example.with_suffix(".out")
    return example.with_name(f"{example.stem}.{version}.out")


def expected_output(example: Path, version: str) -> str | None:
    """What `example` must print on `version`: its own recording, else the base one."""
    for path in (recorded_output_path(example, version), recorded_output_path(example)):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return None


def record_output(example: Path, version: str, stdout: str) -> Path:
    """Store what `example` printed on `version`, keeping only recordings that differ from the base."""
    own = recorded_output_path(example, version)
    base = recorded_output_path(example)
    if own == base or not base.is_file():
        base.write_text(stdout, encoding="utf-8")
        return base
    if base.read_text(encoding="utf-8") == stdout:
        own.unlink(missing_ok=True)
        return base
    own.write_text(stdout, encoding="utf-8")
    return own


def relative(path: Path, root: Path = ROOT) -> str:
    """`path` relative to the repository root, for messages."""
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)
