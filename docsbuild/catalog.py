"""Where the examples and their recorded outputs live.

An example is a plain script in a topic folder: `snippets/<topic>/<name>.py`. Its recorded output,
the one source of truth that both the build and the tests compare against, sits next to it as
`<name>.out`. Modules directly inside `snippets/` are helpers, not examples.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The repository root: examples run from here, with it on `sys.path`."""

SNIPPETS = ROOT / "snippets"


def examples(root: Path = ROOT) -> list[Path]:
    """Every example script, sorted, as absolute paths."""
    return sorted(p for p in (root / "snippets").glob("*/*.py") if not p.name.startswith("_"))


def recorded_output_path(example: Path) -> Path:
    """The file holding the output `example` is expected to print."""
    return example.with_suffix(".out")


def relative(path: Path, root: Path = ROOT) -> str:
    """`path` relative to the repository root, for messages."""
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)


def normalise(code: str) -> str:
    """Compare sources the way pymdownx.snippets hands them over: without outer blank lines."""
    return code.strip("\n")


def find_example(code: str, root: Path = ROOT) -> Path | None:
    """Return the example file whose content is exactly `code`, if any.

    The fence receives the source after pymdownx.snippets has inlined the include line, so the
    file name is gone; looking the content up gives it back, for error messages and for running
    the real file (so tracebacks name real lines).
    """
    wanted = normalise(code)
    for path in examples(root):
        if normalise(path.read_text(encoding="utf-8")) == wanted:
            return path
    return None
