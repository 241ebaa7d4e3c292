"""The index of error messages (docs/<lang>/errors.md) is complete and keeps up with the examples.

Readers arrive with a message pasted from their terminal. Each entry is a `###` heading that
gives the message, at least one executed reproduction, and a link to the topic page. And every
message that any recorded output shows (an exception line `SomeError: text`, or a text that
asyncio itself logs or raises, taken from the standard library's asyncio source) must appear on
the page, so a new example cannot show a message the index does not have.
"""

from __future__ import annotations

import ast
import asyncio
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

from docsbuild.catalog import ROOT, relative
from docsbuild.pages import Fence, scan

PAGES = [ROOT / "docs" / language / "errors.md" for language in ("en", "zh")]
SNIPPETS = ROOT / "snippets"
MINIMUM_ENTRIES = 30

_TOPIC_PAGE = re.compile(r"[\w-]+\.md(?:#[\w-]+)?")
_EXCEPTION_LINE = re.compile(r"\b(?P<type>[A-Z]\w*(?:Error|Warning|Exit)): (?P<message>\S.*)")
# Exceptions that report misuse of asyncio, or that asyncio defines. Others (ValueError, KeyError...)
# in an output are the example's own failures, unless asyncio's source has their text.
_REPORTED_TYPES = {"RuntimeError", "TypeError", "SyntaxError", "AttributeError", "InvalidStateError"} | {
    name for name in dir(asyncio) if name.endswith(("Error", "Warning"))
}
_FORMAT = re.compile(r"%[-#0-9.]*[sdrfx]|\{[^}]*\}")


@dataclass
class Entry:
    """One `###` entry and what lies under it, up to the next heading of level 3 or less."""

    title: str
    fences: list[Fence] = field(default_factory=list)
    links: list[str] = field(default_factory=list)


def entries(page: Path) -> list[Entry]:
    """Every `###` entry of `page`, read by the pages' one scanner (`docsbuild.pages.scan`)."""
    found = scan(page.read_text(encoding="utf-8"), page)
    ends = [h.line for h in found.headings if h.level <= 3] + [sys.maxsize]
    out = []
    for heading in (h for h in found.headings if h.level == 3):
        end = next(line for line in ends if line > heading.line)
        out.append(
            Entry(
                heading.title,
                [f for f in found.fences if heading.line < f.line < end],
                [target for line, target in found.links if heading.line < line < end],
            )
        )
    return out


def generalise(text: str) -> str:
    """Forget what varies inside a message: reprs, quoted names, numbers, spacing, code marks."""
    text = text.replace("`", "").replace("…", "...")
    while (shorter := re.sub(r"<[^<>]*>", "\x00", text)) != text:
        text = shorter
    text = re.sub(r"'[^'\n]*'", "'Q'", text.replace("\x00", "<R>"))
    text = re.sub(r"\d+(?:\.\d+)?", "N", text)
    return re.sub(r"\s+", " ", text).strip(" .")


def asyncio_texts() -> set[str]:
    """Fixed pieces of the messages asyncio formats, from the source of the asyncio in use."""
    texts = set()
    for module in Path(asyncio.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for piece in _FORMAT.split(node.value):
                    piece = piece.strip(" .:")
                    if len(piece) >= 20 and piece[0].isalpha() and "\n" not in piece and " " in piece:
                        texts.add(piece)
    return texts


@cache  # for both pages
def shown_messages() -> list[tuple[str, str]]:
    """(where, message) for every message a recorded output shows that the example did not write."""
    fixed = asyncio_texts()
    found = []
    for out in sorted(SNIPPETS.rglob("*.out")):
        own = _own_texts(out.with_name(out.name.split(".")[0] + ".py"))
        for number, line in enumerate(out.read_text(encoding="utf-8").splitlines(), start=1):
            where = f"{relative(out)}:{number}"
            found += [(where, text) for text in fixed if text in line]
            for match in _EXCEPTION_LINE.finditer(line):
                if match["type"] not in _REPORTED_TYPES:
                    continue
                # What the example adds after a message: "; the callback never ran", "(reported from ...)".
                message = re.split(r"; | \(reported from ", match["message"])[0]
                if " " in message and not any(text in message for text in own):
                    found.append((where, f"{match['type']}: {message}"))
    return found


def _own_texts(example: Path) -> set[str]:
    """The literal texts of an example, which it may print after a type name."""
    tree = ast.parse(example.read_text(encoding="utf-8"))
    texts = {node.value.strip() for node in ast.walk(tree) if isinstance(getattr(node, "value", None), str)}
    return {text for text in texts if len(text) >= 5 and ": " not in text}


@pytest.mark.parametrize("page", PAGES, ids=relative)
def test_index_has_enough_entries(page: Path) -> None:
    assert len(entries(page)) >= MINIMUM_ENTRIES, f"{relative(page)}: fewer than {MINIMUM_ENTRIES} entries"


@pytest.mark.parametrize("page", PAGES, ids=relative)
def test_each_entry_is_reproduced_and_linked(page: Path) -> None:
    problems = []
    for entry in entries(page):
        if not any(fence.executed and fence.includes for fence in entry.fences):
            problems.append(f"{entry.title}: no executed reproduction")
        if not any(_TOPIC_PAGE.fullmatch(target) for target in entry.links):
            problems.append(f"{entry.title}: no link to a topic page")
    assert not problems, f"{relative(page)}:\n" + "\n".join(problems)


@pytest.mark.parametrize("page", PAGES, ids=relative)
def test_every_message_shown_is_indexed(page: Path) -> None:
    text = generalise(page.read_text(encoding="utf-8"))
    missing = sorted({f"{where}: {message}" for where, message in shown_messages() if generalise(message) not in text})
    assert not missing, f"{relative(page)} lacks messages that examples show:\n" + "\n".join(missing)


def test_a_missing_message_is_noticed() -> None:
    text = generalise(PAGES[0].read_text(encoding="utf-8"))
    assert generalise("RuntimeError: Event loop is closed") in text
    assert generalise("RuntimeError: Event loop is open") not in text
    assert generalise("coroutine 'fetch' was never awaited") in text  # quoted names vary


def test_chinese_headings_keep_the_message_as_python_prints_it() -> None:
    en, zh = ([entry.title for entry in entries(page)] for page in PAGES)
    assert zh == en, "docs/zh/errors.md: entry headings must be the English messages, in the same order"
