"""The Python fence: markdown-exec's rendering, with our runner behind it.

Pages keep markdown-exec's syntax (```` ```python exec="on" id="…" ````). markdown-exec still parses
the options and renders Source | Output; only the execution is ours: the example runs through the
shared `Executor` (fresh process, time limit, once per build), and its live output must equal the
recorded `.out` file. Any problem is logged as a warning that names the example file, so
`build --strict` fails on it.
"""

from __future__ import annotations

import difflib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import markdown_exec
from markdown_exec import ExecutionError, base_format, code_block
from pymdownx.superfences import SuperFencesException

from docsbuild.catalog import ROOT, find_example, recorded_output_path, relative
from docsbuild.execution import shared_executor
from docsbuild.runner import DEFAULT_TIMEOUT

log = logging.getLogger("mkdocs.plugins.docsbuild")

TAB_LABELS = {"en": ("Source", "Output"), "zh": ("源码", "输出")}
"""Tab titles per page language; the fence lines stay identical in every language."""


@dataclass
class PageContext:
    """Which page is being rendered; set by the hooks, read in messages and for tab titles."""

    page: str = "?"
    language: str = "en"
    root: Path = ROOT


current = PageContext()


def validator(language: str, inputs: dict[str, str], options: dict[str, Any], attrs: dict[str, Any], md: Any) -> bool:
    """markdown-exec's validator, plus our `timeout` option and our defaults.

    Executed blocks default to `source="tabbed-left"` and `result="text"`: the reader sees the code
    and, next to it, its output as plain text.
    """
    # Work on a copy: when this fence declines a block, SuperFences offers the same inputs to the
    # plain highlighter, which must not see our defaults.
    mine = dict(inputs)
    timeout = mine.pop("timeout", None)
    mine.setdefault("source", "tabbed-left")
    mine.setdefault("result", "text")
    if not markdown_exec.validator(language, mine, options, attrs, md):
        return False
    inputs.clear()
    inputs.update(mine)
    options["timeout"] = float(timeout) if timeout else None
    return True


def formatter_factory(timeout: float = DEFAULT_TIMEOUT):
    """Return a superfences formatter whose examples get `timeout` seconds unless a block says otherwise."""

    def formatter(source: str, language: str, css_class: str, options: dict[str, Any], md: Any, **kwargs: Any) -> str:
        options = dict(options)
        limit = options.pop("timeout") or timeout
        if tuple(options["tabs"]) == markdown_exec.default_tabs:
            options["tabs"] = TAB_LABELS.get(current.language, TAB_LABELS["en"])

        def run(code: str, **_: Any) -> str:
            return _execute(code, block_id=options.get("id", ""), timeout=limit)

        try:
            return base_format(language="python", run=run, code=source, md=md, **options)
        except Exception as exc:
            # SuperFences swallows ordinary exceptions and shows the fence as plain text; a bug in
            # this code must stop the build instead.
            raise SuperFencesException(f"python fence on {current.page} failed: {exc!r}") from exc

    formatter.timeout = timeout  # read by the hooks, so prefetching uses the same limit
    return formatter


def _execute(code: str, *, block_id: str, timeout: float) -> str:
    where = f"block '{block_id}' on {current.page}"
    example = find_example(code, current.root)
    if example is None:
        _fail(f"{where}: executed code must be an include of a file in snippets/<topic>/")
    outcome = shared_executor(current.root).outcome(example, timeout)
    if (problem := outcome.problem(example, timeout, current.root)) is not None:
        _fail(f"{problem}\n  (included by {where})")
    recorded = recorded_output_path(example)
    if not recorded.is_file():
        log.warning(
            "%s: no recorded output %s; run `make update-outputs`",
            relative(example, current.root),
            relative(recorded, current.root),
        )
    elif (expected := recorded.read_text(encoding="utf-8")) != outcome.stdout:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                outcome.stdout.splitlines(keepends=True),
                fromfile=relative(recorded, current.root),
                tofile=f"{relative(example, current.root)} (this run)",
            )
        )
        log.warning(
            "%s: output differs from the recorded output; run `make update-outputs` if the change is intended\n%s",
            relative(example, current.root),
            diff,
        )
    return outcome.stdout


def _fail(message: str) -> None:
    log.warning(message)
    raise ExecutionError(code_block("text", message))
