"""The glossary: one data file (`glossary.yml`) behind the glossary pages and the terminology lint.

The official Python zh_CN translation renders some terms in two ways (协程 and 协同程序, 任务组
and 任务分组). The glossary picks one for each term, and `rejected_uses` finds the others in a
Chinese page, so the site stays consistent however many people translate it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from docsbuild.catalog import ROOT
from docsbuild.pages import scan

GLOSSARY = ROOT / "glossary.yml"

# Text a page may use to *discuss* a rejected variant: Chinese in code font, quotations, comments.
# Code font around Latin text only (`except`, `Task`) stays: it is part of the sentence.
_EXEMPT = re.compile(r"`[^`\n]*[\u3400-\u9fff][^`\n]*`|“[^”\n]*”|「[^」\n]*」|<!--.*?-->", re.S)
# In a variant, "…" stands for a few words of Latin text or code between its parts: "except…处理器"
# matches "`except asyncio.CancelledError:` 处理器" but not a Chinese clause in between.
_GAP = "[^\u3400-\u9fff。，；：！？]{0,60}?"


@dataclass(frozen=True)
class Term:
    en: str
    zh: str
    keep_english: bool
    rejected: tuple[str, ...]  # substrings; "…" stands for a few words of Latin text or code
    official: str
    why_en: str
    why_zh: str


@cache
def terms(path: Path = GLOSSARY) -> tuple[Term, ...]:
    """Every glossary entry, in the file's order."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(
        Term(
            en=t["en"],
            zh=t["zh"],
            keep_english=bool(t.get("keep_english", False)),
            rejected=tuple(t.get("rejected") or ()),
            official=t.get("official", ""),
            why_en=t.get("why_en", ""),
            why_zh=t.get("why_zh", ""),
        )
        for t in data["terms"]
    )


def rejected_uses(text: str, path: Path = GLOSSARY) -> list[tuple[int, str, Term]]:
    """`(line, variant, term)` for every rejected variant used in `text` outside code and quotes."""
    found = []
    for number, line in scan(text).prose:
        prose = _EXEMPT.sub("", line)
        for term in terms(path):
            found += [(number, variant, term) for variant in term.rejected if _pattern(variant).search(prose)]
    return found


@cache
def _pattern(variant: str) -> re.Pattern[str]:
    return re.compile(_GAP.join(re.escape(part) for part in variant.split("…")))


def table(language: str, path: Path = GLOSSARY) -> str:
    """The glossary as a Markdown table, in the page's language."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    if language == "zh":
        rows = ["| 英文 | 中文 | 不用 | 官方译文 | 说明 |", "|---|---|---|---|---|"]
        for t in terms(path):
            zh = f"`{t.zh}`（保留英文）" if t.keep_english else t.zh
            rows.append(
                f"| {cell(t.en)} | {cell(zh)} | {cell('、'.join(t.rejected))} | {cell(t.official)} | {cell(t.why_zh)} |"
            )
    else:
        rows = ["| English | Chinese | Not used | Official zh_CN | Why |", "|---|---|---|---|---|"]
        for t in terms(path):
            zh = f"`{t.zh}` (kept in English)" if t.keep_english else t.zh
            rows.append(
                f"| {cell(t.en)} | {cell(zh)} | {cell(', '.join(t.rejected))} | {cell(t.official)} | {cell(t.why_en)} |"
            )
    return "\n".join(rows)
