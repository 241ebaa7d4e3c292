"""An example as readers copy or download it: one file that runs anywhere with `python file.py`.

Pages show an example as it is, short: `from snippets.clock import LoopClock`. A reader who
copies that into their own file gets `ModuleNotFoundError: No module named 'snippets'`. The
standalone text puts each `snippets` helper the example uses (and the helpers those use) inline,
in a marked block, instead of the import:

```python
# /// script                      <- PEP 723 metadata and docstring stay first
# ...
from __future__ import annotations
import asyncio                    <- the example's imports and the helpers', merged by ruff

# --- from snippets/clock.py (asyncio in Practice helpers) ---
...                               <- the helper without its module docstring, imports, __all__
                                     and docstring Examples (they import from snippets)
# --- end of snippets/clock.py ---

async def main() -> None: ...     <- the example, unchanged
```

The result is sorted and formatted by ruff (pinned in uv.lock) for the oldest Python the example
supports, so it is the same on every build.
An example that imports no helper is returned unchanged.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ruff.__main__ import find_ruff_bin

from docsbuild.cache import helper_modules
from docsbuild.catalog import ROOT, base_version, relative

PACKAGE = "snippets"
BLOCK_START = "# --- from {name} (asyncio in Practice helpers) ---"
BLOCK_END = "# --- end of {name} ---"
LINE_LENGTH = 88
"""The examples' own line length (tests/test_examples.py): their lines come through unchanged."""


class StandaloneError(ValueError):
    """An example or helper whose imports cannot be put inline; the message names file and line."""


@dataclass(frozen=True)
class _Parts:
    """A module split into what the standalone text places separately."""

    future: bool  # it has `from __future__ import annotations`
    imports: list[str]  # other top-level imports, as written
    helpers: dict[str, list[str]]  # `from snippets.x import a, b` lines: {"snippets.x": ["a", "b"]}
    first_import: int  # 0-based line index of its first top-level import (or of its body)
    last_import: int  # 0-based index of the line after its last top-level import
    lines: list[str]  # its lines, without the dropped statements
    defined: dict[str, int]  # top-level names it defines (not imports) -> line number


def standalone_text(example: Path, root: Path = ROOT) -> str:
    """The text of `example` with every `snippets` helper it uses put inline.

    Parameters:
        example: An example file, `snippets/<topic>/<name>.py`.
        root: The repository root, which holds the `snippets` package.

    Returns:
        The file's text, unchanged when it imports no helper; otherwise a formatted script that
        needs nothing but the standard library.

    Raises:
        StandaloneError: The example imports a helper in a form that cannot be inlined
            (`import snippets.x`, a relative import, `as`, a name the helper does not define), or
            defines a top-level name that an inlined helper defines too.
    """
    source = example.read_text(encoding="utf-8")
    helpers = helper_modules(source, root)
    if not helpers:
        return source
    target = f"py{(base_version(example) or '3.10').replace('.', '')}"
    helper_texts = tuple((relative(h, root), h.read_text("utf-8")) for h in helpers)
    return _standalone(relative(example, root), source, helper_texts, target)


@cache
def _standalone(name: str, source: str, helpers: tuple[tuple[str, str], ...], target: str) -> str:
    parts = {helper: _split(helper, text, helper=True) for helper, text in helpers}
    main = _split(name, source, helper=False)
    blocks, imports, future = [], list(main.imports), main.future
    defined = dict.fromkeys(main.defined, name)
    for helper in _dependency_order(name, main.helpers, parts):
        part = parts[helper]
        for symbol, line in part.defined.items():
            if symbol in defined:
                raise StandaloneError(
                    f"{helper}:{line}: `{symbol}` is also defined in {defined[symbol]}; "
                    "rename one of them so the helper can be put inline"
                )
            defined[symbol] = helper
        imports += part.imports
        future = future or part.future
        body = "".join(part.lines[part.last_import :]).strip("\n")
        blocks.append(f"{BLOCK_START.format(name=helper)}\n{body}\n{BLOCK_END.format(name=helper)}\n")
    head = "".join(main.lines[: main.first_import])
    own_imports = "".join(main.lines[main.first_import : main.last_import]).strip("\n")
    rest = "".join(main.lines[main.last_import :]).strip("\n")
    header = ["from __future__ import annotations\n"] if future else []
    merged = "\n".join([*header, *imports, own_imports])
    text = f"{head}{merged}\n\n\n" + "\n\n".join(blocks) + f"\n\n{rest}\n"
    text = _ruff(["check", "--fix-only", "--select=I"], text, name, target)
    return _ruff(["format", f"--line-length={LINE_LENGTH}"], text, name, target)


def _dependency_order(name: str, direct: dict[str, list[str]], parts: dict[str, _Parts]) -> list[str]:
    """Helpers in an order where each comes after the helpers it imports."""
    order: dict[str, None] = {}

    def visit(importer: str, module: str, names: list[str]) -> None:
        path = f"{module.replace('.', '/')}.py"
        for symbol in names:
            if symbol not in parts[path].defined:
                raise StandaloneError(f"{importer}: imports `{symbol}`, which {path} does not define at its top level")
        for dependency, wanted in parts[path].helpers.items():
            visit(path, dependency, wanted)
        order.setdefault(path)

    for module, names in direct.items():
        visit(name, module, names)
    return list(order)


def _split(name: str, source: str, *, helper: bool) -> _Parts:
    tree = ast.parse(source, filename=name)
    lines = source.splitlines(keepends=True)
    dropped: list[ast.stmt] = []
    imports, helpers, import_nodes, future = [], {}, [], False
    defined: dict[str, int] = {}
    for index, node in enumerate(tree.body):
        if index == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and helper:
            dropped.append(node)  # a helper's module docstring describes the module, not this script
        elif isinstance(node, ast.ImportFrom) and node.module == "__future__":
            future = True
            dropped.append(node)
            import_nodes.append(node)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            import_nodes.append(node)
            module = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
            if (module or "").split(".")[0] == PACKAGE or (isinstance(node, ast.ImportFrom) and node.level):
                helpers.setdefault(_helper_import(name, node), []).extend(a.name for a in node.names)
                dropped.append(node)
            elif helper:
                imports.append(ast.get_source_segment(source, node))
                dropped.append(node)
        elif _assigns(node) == ["__all__"]:
            dropped.append(node)
        else:
            defined.update(dict.fromkeys(_assigns(node), node.lineno))
    for node in dropped:
        for i in range(node.lineno - 1, node.end_lineno or node.lineno):
            lines[i] = ""
    if helper:
        _drop_docstring_examples(tree, lines)
    first = import_nodes[0].lineno - 1 if import_nodes else _body_start(tree)
    last = max((n.end_lineno or n.lineno for n in import_nodes), default=first)
    return _Parts(future, imports, helpers, first, last, lines, defined)


def _drop_docstring_examples(tree: ast.Module, lines: list[str]) -> None:
    """Blank the `Examples:` sections of a helper's docstrings: they import from `snippets`, which a
    reader's standalone copy has not got. Parameters, returns and the rest stay."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) or not ast.get_docstring(node):
            continue
        doc = node.body[0]
        start, end = doc.lineno - 1, (doc.end_lineno or doc.lineno) - 1  # `end`: the closing quotes
        heading = next((i for i in range(start, end) if lines[i].strip() == "Examples:"), None)
        if heading is None or lines[end].strip() != '"""':
            continue
        if not lines[heading - 1].strip():
            heading -= 1
        for i in range(heading, end):
            lines[i] = ""


def _body_start(tree: ast.Module) -> int:
    body = tree.body
    has_docstring = body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
    if has_docstring:
        return body[0].end_lineno or 0
    return body[0].lineno - 1 if body else 0


def _helper_import(name: str, node: ast.Import | ast.ImportFrom) -> str:
    where = f"{name}:{node.lineno}"
    if isinstance(node, ast.Import) or node.level:
        raise StandaloneError(
            f"{where}: import helpers as `from snippets.<module> import <name>`, so they can be inlined"
        )
    if any(alias.asname for alias in node.names) or node.module == PACKAGE:
        raise StandaloneError(f"{where}: import helper names without `as`, e.g. `from snippets.clock import LoopClock`")
    return node.module or ""


def _assigns(node: ast.stmt) -> list[str]:
    """The top-level names a statement defines."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [node.name]
    targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
    return [t.id for target in targets if target is not None for t in ast.walk(target) if isinstance(t, ast.Name)]


def _ruff(args: list[str], text: str, name: str, target: str) -> str:
    """`text` after `ruff <args>`, with this module's settings rather than the repository's."""
    proc = subprocess.run(
        [find_ruff_bin(), *args, "--isolated", f"--target-version={target}", "--stdin-filename", name, "-"],
        input=text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if proc.returncode != 0:
        raise StandaloneError(f"{name}: ruff {args[0]} failed on the standalone text:\n{proc.stderr.strip()}")
    return proc.stdout


def main(argv: list[str] | None = None) -> int:
    """`python -m docsbuild.standalone snippets/<topic>/<name>.py`: print the standalone text."""
    parser = argparse.ArgumentParser(prog="python -m docsbuild.standalone", description=main.__doc__)
    parser.add_argument("example", type=Path, help="an example file, snippets/<topic>/<name>.py")
    args = parser.parse_args(argv)
    try:
        sys.stdout.write(standalone_text(args.example.resolve()))
    except (OSError, StandaloneError) as exc:
        parser.exit(2, f"{parser.prog}: {exc}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
