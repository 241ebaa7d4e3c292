"""Timelines in the page's language.

An example prints its timeline once, in English (`snippets.timeline.Timeline.svg`), and both
languages include that one recorded output. On a Chinese page the build puts the figure's words
into Chinese: the fixed labels (legend, "Data", the table's header and states, the text
alternative's verbs) from the tables below, and the caption from `timeline-captions.yml`, keyed
by the English caption. Nothing the example printed changes, so its recorded output still
checks it; only what the Chinese page shows does.

The figure's format is `snippets/timeline.py`'s own, pinned by tests/golden/timeline.html, and
tests/test_timeline.py checks that every recorded timeline comes out with no English label left.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import yaml

from docsbuild.catalog import ROOT

CAPTIONS = ROOT / "timeline-captions.yml"

ZH = {
    "<summary>Data</summary>": "<summary>数据</summary>",
    "<th>task</th><th>state</th><th>from (ms)</th><th>to (ms)</th>": (
        "<th>任务</th><th>状态</th><th>开始（ms）</th><th>结束（ms）</th>"
    ),
    # The state is the second cell of a row: after the lane's cell, before the times.
    "</td><td>run</td><td>": "</td><td>运行</td><td>",
    "</td><td>wait</td><td>": "</td><td>等待</td><td>",
    "</td><td>cancelled</td><td>": "</td><td>被取消</td><td>",
    "</td><td>failed</td><td>": "</td><td>失败</td><td>",
}
LEGEND_ZH = {
    "solid: running": "实心：运行",
    "dashed: waiting": "虚线：等待",
    "grey: cancelled": "灰色：被取消",
    "red: failed": "红色：失败",
}
VERBS_ZH = {"runs ": "运行 ", "waits ": "等待 ", "is cancelled at ": "被取消于 ", "fails at ": "失败于 "}

_TITLE = re.compile(r'(<title id="tl-[0-9a-f]+-title">)(.*?)(</title>)')
_DESC = re.compile(r'(<desc id="tl-[0-9a-f]+-desc">)(.*?)(</desc>)', re.S)
_CAPTION = re.compile(r"(<figcaption>)(.*?) \(([^()]*)\)(</figcaption>)")


class MissingCaption(LookupError):
    """A timeline's caption has no Chinese translation in timeline-captions.yml."""


def captions(path: Path = CAPTIONS) -> dict[str, str]:
    """English caption -> Chinese caption. Read at every use (a dozen per build), so an edit shows
    up on the next rebuild of `make serve`."""
    if not path.is_file():
        raise MissingCaption(f"{path} does not exist: it holds the Chinese captions of the timelines")
    return dict(yaml.safe_load(path.read_text(encoding="utf-8"))["captions"])


def localise(output: str, language: str, path: Path = CAPTIONS) -> str:
    """`output` (an example's HTML output) with its timelines in `language` ("en" leaves it as is).

    Raises:
        MissingCaption: a timeline's caption is not in `path`; the message names it.
    """
    if language != "zh" or 'class="timeline-figure"' not in output:
        return output
    table = captions(path)

    def caption(english: str) -> str:
        text = html.unescape(english)
        if text not in table:
            raise MissingCaption(f"timeline caption {text!r} has no Chinese translation: add it to {path.name}")
        return html.escape(table[text])

    def desc(lines: str) -> str:
        out = []
        for line in lines.split("\n"):
            lane, _, parts = line.partition(": ")
            for verb, zh in VERBS_ZH.items():
                parts = parts.replace(verb, zh)
            out.append(f"{lane}：{parts.removesuffix('.').replace(', ', '，')}。")
        return "\n".join(out)

    for english, zh in ZH.items():
        output = output.replace(english, zh)
    output = _TITLE.sub(lambda m: m[1] + caption(m[2]) + m[3], output)
    output = _DESC.sub(lambda m: m[1] + desc(m[2]) + m[3], output)
    legend = lambda text: "；".join(LEGEND_ZH.get(item, item) for item in text.split("; "))  # noqa: E731
    return _CAPTION.sub(lambda m: f"{m[1]}{caption(m[2])}（{legend(m[3])}）{m[4]}", output)
