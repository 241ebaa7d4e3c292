"""The Python fence: markdown-exec's rendering, with our runner behind it.

Pages keep markdown-exec's syntax (```` ```python exec="on" id="…" ````). markdown-exec still parses
the options and renders code and output together; only the execution is ours: the example runs through the
shared `Executor` (fresh process, time limit, once per build), and its live output must equal the
recorded `.out` file. Any problem is logged as a warning that names the example file, so
`build --strict` fails on it.

Each example comes out as one element holding code and output (the CSS lays the pair out), followed
on the published site by its download line (`published_site.download_line`): the link to the example
as a standalone script, where the Run button attaches. The fence knows the file from the page itself
(`BuildContext.includes`), so nothing reads the finished HTML again.

The plugin (docsbuild/plugin.py) registers the fence with pymdownx.superfences (`custom_fence`) and
owns the one `BuildContext` the formatter reads: no state lives in this module.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from functools import partial
from html import escape as html_escape
from pathlib import Path
from typing import Any

import markdown_exec
from markdown_exec import base_format, code_block
from pymdownx.superfences import SuperFencesException

from docsbuild import timelines
from docsbuild.cache import interpreter_version
from docsbuild.catalog import clock, requires_python, supports
from docsbuild.execution import Executor
from docsbuild.output_view import render
from docsbuild.published_site import download_line
from docsbuild.verify import output_problem

log = logging.getLogger("mkdocs.plugins.docsbuild")

TAB_LABELS = {"en": ("Source", "Output"), "zh": ("源码", "输出")}
"""Tab titles per page language; the fence lines stay identical in every language."""


@dataclass
class BuildContext:
    """What the fence needs from the build: made by the plugin, updated by its events."""

    root: Path
    """The folder holding mkdocs.yml: examples run from it, and included paths are relative to it."""
    executor: Executor
    pythons: dict[str, str]
    """`{x.y: interpreter path}` the examples run under, oldest first."""
    timeout: float
    """Seconds an example may run, unless its fence says otherwise (`timeout="3"`)."""
    publish: bool = False
    """Whether each example gets its download line (the published site; the tests' small fixture
    sites go without)."""
    page: str = "?"
    """The page being rendered (its `src_uri`), for messages."""
    page_url: str = ""
    """The URL of the page being rendered, relative to the site (`gather/`): download links and the
    Run button's runtime are relative to it."""
    includes: dict[str, str] = field(default_factory=dict)
    """`{block id: included file}` for the executed blocks of the page being rendered: which file a
    block renders, known from the page itself (set with `page`, by the plugin's `on_page_markdown`)."""
    language: str = "en"
    """The language of this build (set once per language build, by the plugin's `on_config`)."""
    warned: set[str] = field(default_factory=set)
    """Warnings given in this build: each language build meets the same example again, and one
    diff per rebuild is enough (cleared when a build starts)."""
    shown: set[Path] = field(default_factory=set)
    """Examples the fence rendered in this build."""
    skipped: set[tuple[Path, str]] = field(default_factory=set)
    """(example, x.y) for each Python an example rendered in this build does not support."""
    linked: set[str] = field(default_factory=set)
    """Examples given a download line, relative to the root: the plugin publishes them as standalone
    scripts. Kept across live reloads, which render only the pages that changed."""

    def begin_build(self) -> None:
        """Forget the warnings and counts of the previous build (a live reload)."""
        self.warned.clear()
        self.shown.clear()
        self.skipped.clear()
        self.executor.begin_build()


def custom_fence(context: BuildContext) -> dict[str, Any]:
    """The `custom_fences` entry of pymdownx.superfences for executed Python blocks of `context`'s build."""
    return {"name": "python", "class": "python", "validator": validator, "format": partial(formatter, context)}


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


def formatter(
    context: BuildContext, source: str, language: str, css_class: str, options: dict[str, Any], md: Any, **kwargs: Any
) -> str:
    """The superfences formatter: markdown-exec's rendering of `source`, run by `context`'s executor."""
    options = dict(options)
    limit = options.pop("timeout") or context.timeout
    if tuple(options["tabs"]) == markdown_exec.default_tabs:
        options["tabs"] = TAB_LABELS.get(context.language, TAB_LABELS["en"])
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
            output = _execute(context, block_id=options.get("id", ""), timeout=limit, html=html)
            if not html:
                return output
            token = f"exechtml{uuid.uuid4().hex}"
            captions = context.root / timelines.CAPTIONS.name
            rendered_html[token] = timelines.localise(output, context.language, captions)
            return token
        except _Failed as failure:
            # Logged once, as our own warning (strict builds stop on it); the page shows the problem.
            return code_block("text", str(failure))

    try:
        result = str(base_format(language="python", run=run, code=source, md=md, **options))
        for token, output in rendered_html.items():
            result = result.replace(f"<p>{token}</p>", output)
        # One element per example, holding code and output: the CSS lays the pair out. Its
        # download line follows it.
        block_id = options.get("id", "")
        example = f'<div class="exec-example" data-example="{html_escape(block_id)}">{result}</div>'
        return example + _download_line(context, block_id, html=html)

    except Exception as exc:
        # SuperFences swallows ordinary exceptions and shows the fence as plain text; a bug in
        # this code must stop the build instead.
        raise SuperFencesException(f"python fence on {context.page} failed: {exc!r}") from exc


def _download_line(context: BuildContext, block_id: str, *, html: bool) -> str:
    """The download line under the example of block `block_id`, or "" (no line outside the
    published site, nor for a block that includes no file: the page shows that problem instead)."""
    example = context.includes.get(block_id)
    if not context.publish or example is None:
        return ""
    context.linked.add(example)
    return download_line(example, page_url=context.page_url, language=context.language, html=html, root=context.root)


def _execute(context: BuildContext, *, block_id: str, timeout: float, html: bool = False) -> str:
    root = context.root
    where = f"block '{block_id}' on {context.page}"
    if not block_id:
        _fail(context, f'an executed block on {context.page} has no id: add one, e.g. id="topic-name"')
    if block_id not in context.includes:
        _fail(context, f"{where}: executed code must be an include line of a file in snippets/<topic>/")
    example = root / context.includes[block_id]
    context.shown.add(example)
    outputs: dict[str, str] = {}
    skipped: list[str] = []
    for version, python in context.pythons.items():
        full = interpreter_version(python).split()[-1]
        if not supports(example, version):
            context.skipped.add((example, version))
            skipped.append(full)
            continue
        outcome = context.executor.outcome(example, timeout, python)
        if (problem := outcome.problem(example, timeout, root)) is not None:
            _fail(context, f"{problem}\n  (on CPython {full}; included by {where})")
        if (problem := output_problem(example, version, outcome.stdout, root)) is not None:
            _warn_once(context, problem)
        outputs[full] = outcome.stdout
    return render(
        outputs,
        skipped=skipped,
        spec=str(requires_python(example)),
        language=context.language,
        html=html,
        clock=clock(example, root),
    )


class _Failed(Exception):
    """An example could not be shown; the message names the file."""


def _warn_once(context: BuildContext, message: str) -> None:
    if message not in context.warned:
        context.warned.add(message)
        log.warning(message)


def _fail(context: BuildContext, message: str) -> None:
    _warn_once(context, message)
    raise _Failed(message)
