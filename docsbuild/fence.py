"""The Python fence: markdown-exec's rendering, with our runner behind it.

Pages keep markdown-exec's syntax (```` ```python exec="on" id="…" ````). markdown-exec still parses
the options and renders code and output together; only the execution is ours: the example runs through the
shared `Executor` (fresh process, time limit, once per build), and its live output must equal the
recorded `.out` file. Any problem is logged as a warning that names the example file, so
`build --strict` fails on it.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from html import escape as html_escape
from pathlib import Path
from typing import Any

import markdown_exec
from markdown_exec import base_format, code_block
from pymdownx.superfences import SuperFencesException

from docsbuild import interpreters, timelines
from docsbuild.cache import interpreter_version
from docsbuild.catalog import ROOT, clock, find_example, requires_python, supports
from docsbuild.execution import shared_executor
from docsbuild.output_view import render
from docsbuild.runner import DEFAULT_TIMEOUT
from docsbuild.verify import output_problem

log = logging.getLogger("mkdocs.plugins.docsbuild")

TAB_LABELS = {"en": ("Source", "Output"), "zh": ("源码", "输出")}
"""Tab titles per page language; the fence lines stay identical in every language."""


@dataclass
class PageContext:
    """Which page is being rendered; set by the hooks, read in messages and for tab titles."""

    page: str = "?"
    language: str = "en"
    root: Path = ROOT
    warned: set[str] = field(default_factory=set)
    """Warnings given since the configuration was loaded: each language build meets the same
    example again, and one diff per rebuild is enough (cleared by the hooks' `on_config`)."""


current = PageContext()


def validator(language: str, inputs: dict[str, str], options: dict[str, Any], attrs: dict[str, Any], md: Any) -> bool:
    """markdown-exec's validator, plus our `timeout` option and our defaults.

    Executed blocks default to `source="block"` and `result="text"`: the reader sees the code and
    its output together, without a click (side by side where there is room, stacked on a phone:
    see overrides/assets/stylesheets/examples.css, inlined by overrides/main.html).
    """
    # Work on a copy: when this fence declines a block, SuperFences offers the same inputs to the
    # plain highlighter, which must not see our defaults.
    mine = dict(inputs)
    timeout = mine.pop("timeout", None)
    mine.setdefault("source", "block")
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
        # Our runner returns Markdown (one output, or one tab per Python version), not plain text.
        options["result"] = ""
        # An example printing HTML (a timeline) is put in after rendering, in place of a token:
        # inside a tab, Markdown would wrap raw HTML in <p>, and markdown-exec's html mode drops
        # the block's id prefix.
        html = options["html"]
        options["html"] = False
        rendered_html: dict[str, str] = {}

        def run(code: str, **_: Any) -> str:
            try:
                output = _execute(code, block_id=options.get("id", ""), timeout=limit, html=html)
                if not html:
                    return output
                token = f"exechtml{uuid.uuid4().hex}"
                captions = current.root / timelines.CAPTIONS.name
                rendered_html[token] = timelines.localise(output, current.language, captions)
                return token
            except _Failed as failure:
                # Logged once, as our own warning (strict builds stop on it); the page shows the problem.
                return code_block("text", str(failure))

        try:
            result = str(base_format(language="python", run=run, code=source, md=md, **options))
            for token, output in rendered_html.items():
                result = result.replace(f"<p>{token}</p>", output)
            # One element per example, holding code and output: the CSS lays the pair out, and the
            # published-site hook puts the download link after it.
            block_id = html_escape(options.get("id", ""))
            return f'<div class="exec-example" data-example="{block_id}">{result}</div>'

        except Exception as exc:
            # SuperFences swallows ordinary exceptions and shows the fence as plain text; a bug in
            # this code must stop the build instead.
            raise SuperFencesException(f"python fence on {current.page} failed: {exc!r}") from exc

    formatter.timeout = timeout  # read by the hooks, so prefetching uses the same limit
    return formatter


def _execute(code: str, *, block_id: str, timeout: float, html: bool = False) -> str:
    root = current.root
    where = f"block '{block_id}' on {current.page}"
    example = find_example(code, root)
    if example is None:
        _fail(f"{where}: executed code must be an include of a file in snippets/<topic>/")
    executor = shared_executor(root)
    outputs: dict[str, str] = {}
    skipped: list[str] = []
    for version, python in interpreters.available().items():
        full = interpreter_version(python).split()[-1]
        if not supports(example, version):
            skipped.append(full)
            continue
        outcome = executor.outcome(example, timeout, python)
        if (problem := outcome.problem(example, timeout, root)) is not None:
            _fail(f"{problem}\n  (on CPython {full}; included by {where})")
        if (problem := output_problem(example, version, outcome.stdout, root)) is not None:
            _warn_once(problem)
        outputs[full] = outcome.stdout
    return render(
        outputs,
        skipped=skipped,
        spec=str(requires_python(example)),
        language=current.language,
        html=html,
        clock=clock(example, root),
    )


class _Failed(Exception):
    """An example could not be shown; the message names the file."""


def _warn_once(message: str) -> None:
    if message not in current.warned:
        current.warned.add(message)
        log.warning(message)


def _fail(message: str) -> None:
    _warn_once(message)
    raise _Failed(message)
