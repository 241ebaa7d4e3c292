"""MkDocs hooks: start every example before rendering, and tell the fence where it is.

Kept thin on purpose: the logic lives in the modules it imports, which stay loaded across live
reloads (hooks themselves are re-imported on every rebuild).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from docsbuild import fence, glossary, interpreters, notices, preview, translations
from docsbuild.execution import shared_executor
from docsbuild.pages import executed_runs, includes_with_lines, page_runs
from docsbuild.runner import DEFAULT_TIMEOUT

PERMALINK_TITLE = {"en": "Permanent link", "zh": "永久链接"}


def on_startup(*, dirty: bool = False, **_: Any) -> None:
    # A dirty build (`make serve`) runs only the examples of the pages it renders again.
    preview.dirty = dirty
    if dirty:
        preview.quiet_dirty_notice()


@event_priority(100)  # before mkdocstrings reads its locale in its own on_config
def on_config(config: Any, **_: Any) -> None:
    # Examples run from the directory holding mkdocs.yml: the repository, or a test's fixture site.
    fence.current.root = Path(config["config_file_path"]).resolve().parent
    # The API reference's section titles ("Parameters:", "Returns:") in the language being built;
    # the docstrings themselves stay English. mkdocstrings would take the theme's language, which
    # static-i18n sets for each language only after mkdocstrings has read it.
    i18n, mkdocstrings = config.plugins.get("i18n"), config.plugins.get("mkdocstrings")
    language = i18n and (getattr(i18n, "current_language", None) or getattr(i18n, "default_language", None))
    if language and mkdocstrings is not None:
        mkdocstrings.config.locale = language
    # The title of the headings' permalink sign (Python-Markdown's toc, one setting for all pages).
    if language and "toc" in config["mdx_configs"]:
        config["mdx_configs"]["toc"]["permalink_title"] = PERMALINK_TITLE.get(language, PERMALINK_TITLE["en"])
    # Once per build or live reload, not in the builds static-i18n starts for its other languages
    # (each of them calls on_config too): a failing example's diff is printed once, not per language.
    if not getattr(config["plugins"].get("i18n"), "building", False):
        fence.current.warned.clear()


@event_priority(-110)  # after static-i18n (-100), which replaces the files with its own
def on_files(files: Any, config: Any, **_: Any) -> Any:
    # Only a dirty build (`make serve`) asks which pages changed: include examples and shared inputs.
    root = fence.current.root
    preview.track(files, root=root, docs_dir=Path(config["docs_dir"]))
    if preview.dirty:
        timeout = _configured_timeout(config)
        runs = [run for page in preview.stale_pages(files) for run in page_runs(page, root, timeout)]
        shared_executor(root).prefetch(runs, pythons=interpreters.available())
    return files


@event_priority(-110)  # after static-i18n, which makes the navigation of each language
def on_nav(nav: Any, config: Any, **_: Any) -> Any:
    preview.read_titles(nav, config)
    return nav


def on_env(env: Any, **_: Any) -> Any:
    if preview.dirty:  # a live reload: compile the theme's templates once per process, not per save
        preview.reuse_compiled_templates(env)
    return env


def on_pre_build(config: Any, **_: Any) -> None:
    root = fence.current.root
    executor = shared_executor(root)
    executor.forget_failures()
    if preview.dirty:
        return  # on_files starts the examples of the pages that are stale
    runs = executed_runs(Path(config["docs_dir"]), root=root, default_timeout=_configured_timeout(config))
    executor.prefetch(runs, pythons=interpreters.available())


def on_page_markdown(markdown: str, page: Any, config: Any, **_: Any) -> str:
    # Read the file itself rather than `markdown`, which has lost its front matter, so lines match.
    for line, include in includes_with_lines(Path(page.file.abs_src_path).read_text(encoding="utf-8")):
        if not (fence.current.root / include).is_file():
            # pymdownx.snippets would stop the build too, but with a traceback that names no page.
            raise PluginError(f"{page.file.src_uri}:{line}: included file {include} does not exist")
    # A translation includes the same examples as its English twin; say so while translators work.
    source, docs = Path(page.file.abs_src_path), Path(config["docs_dir"])
    for problem in translations.twin_include_problems(source, docs, fence.current.root):
        fence.log.warning(problem)
    fence.current.page = page.file.src_uri
    fence.current.language = language = config["theme"]["language"] if "language" in config["theme"] else "en"
    # Generated parts of a page, from the data they describe.
    if "<!-- glossary-table -->" in markdown:
        markdown = markdown.replace(
            "<!-- glossary-table -->", glossary.table(language, fence.current.root / "glossary.yml")
        )
    if "<!-- translation-status -->" in markdown:
        markdown = markdown.replace(
            "<!-- translation-status -->", notices.status_table(language, translations.statuses(fence.current.root))
        )
    return markdown


def on_page_content(html: str, page: Any, config: Any, **_: Any) -> str:
    if fence.current.language != "zh":
        return html
    source = Path(page.file.abs_src_path)
    if "zh" not in source.parts:  # the English page, shown because no translation exists
        return notices.banner("missing", page_url=page.url, since=None) + html
    state = translations.status(source.relative_to(fence.current.root / "docs" / "zh").as_posix(), fence.current.root)
    if state.state == "outdated":
        return notices.banner("outdated", page_url=page.url, since=state.since) + html
    return html


def _configured_timeout(config: Any) -> float:
    # The time limit configured on the fence in mkdocs.yml, so prefetching uses the same key as rendering.
    for custom in config["mdx_configs"].get("pymdownx.superfences", {}).get("custom_fences", []):
        timeout = getattr(custom.get("format"), "timeout", None)
        if timeout is not None:
            return timeout
    return DEFAULT_TIMEOUT
