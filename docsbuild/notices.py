"""What a Chinese reader is told about translation state: banners and the status table.

A translation that is older than its English page says so at the top, with a link to the English
page; an English page shown in the Chinese site because it has no translation yet says that too,
instead of silently passing for a Chinese page.
"""

from __future__ import annotations

from html import escape

from mkdocs.utils import get_relative_url

from docsbuild.translations import Status, statuses

STATES = {
    "en": {"up to date": "up to date", "outdated": "outdated", "missing": "missing: the English page is shown"},
    # The words docs/zh/translation-status.md uses for the same states.
    "zh": {"up to date": "已是最新", "outdated": "已过时", "missing": "尚未翻译：显示英文原文"},
}

TEXT = {
    "outdated": (
        "译文可能已过时",
        "英文原文{since}改过，这页译文还没有跟上。内容请以"
        '<a href="{en_url}" hreflang="en">英文版</a>为准；'
        '想帮忙更新译文，步骤见<a href="{guide_url}">贡献指南</a>。',
    ),
    "missing": (
        "这一页还没有中文译文",
        '下面显示的是英文原文。想帮忙翻译？步骤见<a href="{guide_url}">贡献指南</a>。',
    ),
}


def banner(kind: str, *, page_url: str, since: str | None) -> str:
    """An admonition for the top of a Chinese page (`kind`: "outdated" or "missing"), as HTML.

    HTML rather than Markdown: these links are computed, and must not go through link validation
    as if an author had written them.
    """
    en_url = get_relative_url(page_url.removeprefix("zh/") or "./", page_url)
    guide_url = get_relative_url("zh/contributing/", page_url)
    title, body = TEXT[kind]
    since_text = f"在 {since} " if since and since[0].isdigit() else ""
    body = body.format(en_url=escape(en_url), guide_url=escape(guide_url), since=since_text)
    return (
        f'<div class="admonition warning translation-notice"><p class="admonition-title">{title}</p>'
        f"<p>{body}</p></div>\n"
    )


def status_table(language: str, rows: list[Status] | None = None) -> str:
    """Every page with its translation state, as a Markdown table in `language`."""
    states = STATES.get(language, STATES["en"])
    if language == "zh":
        lines = ["| 页面 | 中文译文 | 英文原文修改于 |", "|---|---|---|"]
    else:
        lines = ["| Page | Chinese translation | English changed on |", "|---|---|---|"]
    for s in rows if rows is not None else statuses():
        lines.append(f"| [{s.page}]({s.page}) | {states[s.state]} | {s.since or ''} |")
    return "\n".join(lines)
