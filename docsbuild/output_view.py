"""Show what an example printed on each Python version, as Markdown for the Output tab.

One version's output when they all agree, with a line naming every version that printed it; one
tab per version when they differ. Versions an example does not support are named, never hidden.
"""

from __future__ import annotations

import re
from textwrap import indent

from docsbuild.interpreters import END_OF_LIFE

NOTES = {
    "en": {
        "same": "Same output on CPython {versions}.",
        "one": "Output of CPython {versions}.",
        "differs": "The output differs between Python versions; each tab is the real output of one CPython version.",
        "skipped": "Not run on CPython {versions}: the example declares `requires-python {spec}`.",
        "none": "Not run in this build: the example needs Python `{spec}`, and this build has CPython {versions}. "
        "It is verified where such an interpreter exists.",
        "and": " and ",
        "end_of_life": "{version} (end-of-life)",
    },
    "zh": {
        "same": "在 CPython {versions} 上输出相同。",
        "one": "CPython {versions} 的输出。",
        "differs": "不同 Python 版本的输出不同，每个标签页都是对应 CPython 版本的真实输出。",
        "skipped": "未在 CPython {versions} 上运行：该示例声明了 `requires-python {spec}`。",
        "none": "本次构建没有运行这个示例：它需要 Python `{spec}`，而本次构建只有 CPython {versions}。"
        "它会在装有对应解释器的环境中接受验证。",
        "and": " 和 ",
        "end_of_life": "{version}（生命周期已结束）",
    },
}


def render(outputs: dict[str, str], *, skipped: list[str], spec: str, language: str, html: bool = False) -> str:
    """The Output tab: Markdown, or HTML for an example that prints HTML (`html="1"`, a timeline).

    Parameters:
        outputs: `{full version: stdout}` for every version that ran, oldest first.
        skipped: Full versions found on the machine that the example does not support.
        spec: The example's `requires-python` specifier, for the notes.
        language: The page language, for the notes.
        html: Whether the outputs are HTML, shown as they are.
    """
    notes = NOTES.get(language, NOTES["en"])
    note = _html_note if html else _note
    outputs = {_label(version, notes): text for version, text in outputs.items()}
    skipped = [_label(version, notes) for version in skipped]
    if not outputs:
        return note(notes["none"].format(spec=spec, versions=_join(skipped, notes)))
    texts = list(outputs.values())
    if len(set(texts)) == 1:
        key = "same" if len(outputs) > 1 else "one"
        parts = [texts[0] if html else _code(texts[0]), note(notes[key].format(versions=_join(list(outputs), notes)))]
    elif html:  # HTML cannot go into Markdown tabs: one labelled output after the other
        parts = [note(notes["differs"])]
        for version, text in outputs.items():
            parts += [note(notes["one"].format(versions=version)), text]
    else:
        tabs = [f'=== "{version}"\n\n{indent(_code(text), "    ")}' for version, text in outputs.items()]
        parts = ["\n\n".join(tabs), note(notes["differs"])]
    if skipped:
        parts.append(note(notes["skipped"].format(versions=_join(skipped, notes), spec=spec)))
    return "\n".join(parts) if html else "\n\n".join(parts) + "\n"


def _label(version: str, notes: dict[str, str]) -> str:
    """A full version as pages show it: `3.10.13 (end-of-life)` for a version past its end of life."""
    if ".".join(version.split(".")[:2]) in END_OF_LIFE:
        return notes["end_of_life"].format(version=version)
    return version


def _html_note(text: str) -> str:
    body = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    return f'<p class="exec-versions">{body}</p>'


def _code(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text.rstrip(chr(10))}\n{fence}"


def _note(text: str) -> str:
    return f"{text}\n{{: .exec-versions }}"


def _join(versions: list[str], notes: dict[str, str]) -> str:
    if len(versions) <= 1:
        return "".join(versions)
    separator = "、" if notes is NOTES["zh"] else ", "
    return separator.join(versions[:-1]) + notes["and"] + versions[-1]
