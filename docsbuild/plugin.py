"""The site's MkDocs plugin: runs the examples behind the Python fence, and adds what the published site needs.

Listed last under `plugins:` in mkdocs.yml (entry point `asyncio-in-practice`, pyproject.toml), so
that its events come after those of the other plugins, as the hooks it replaces did. It

- registers the Python fence with pymdownx.superfences (docsbuild/fence.py), bound to this
  build's `BuildContext`: the executor, the interpreters, the time limit and the current page;
- starts every included example before rendering (docsbuild/execution.py), or in a live reload
  only those of the pages that are stale (docsbuild/preview.py);
- adds the generated parts of pages (glossary, translation status) and the translation banners;
- publishes the examples the fence linked as standalone scripts, and adds hreflang links,
  robots.txt and llms.txt per language (docsbuild/published_site.py) and the search index
  (docsbuild/search_index.py);
- ends the build with one line: how many examples ran, came from the cache, or were skipped.

Every option below can be overridden from the environment where mkdocs.yml declares it (`!ENV`).
The plugin keeps its state on itself, and MkDocs keeps the plugin across the live reloads of
`properdocs serve` (it defines `on_startup`), so a reload reuses the runs already done.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority

from docsbuild import glossary, interpreters, notices, preview, published_site, run_here, search_index, translations
from docsbuild.cache import CACHE_DIR, OutputCache
from docsbuild.execution import Executor
from docsbuild.fence import BuildContext, custom_fence
from docsbuild.pages import executed_examples, executed_runs, includes_with_lines, page_runs
from docsbuild.plugin_config import PluginConfig

log = logging.getLogger("mkdocs.plugins.docsbuild")

NAME = "asyncio-in-practice"
"""The plugin's name under `plugins:` (its entry point), also the prefix of its summary line."""

PERMALINK_TITLE = {"en": "Permanent link", "zh": "永久链接"}


def build_language(config: Any) -> str:
    """The language being built (`en`, `zh`): the one way the plugin and the fence find it.

    static-i18n builds each language in turn and names it `current_language`, which is still unset
    when this plugin's `on_config` runs before static-i18n's in the first build (then it is the
    default language). Without static-i18n (the tests' fixture sites): the theme's language.
    """
    i18n = config.plugins.get("i18n")
    language = getattr(i18n, "current_language", None) or getattr(i18n, "default_language", None)
    return language or config["theme"].get("language") or "en"


class SitePlugin(BasePlugin[PluginConfig]):
    """Runs the examples of the pages and publishes the site (see the module's docstring)."""

    def __init__(self) -> None:
        self.context: BuildContext | None = None
        self.dirty = False
        """Whether this process makes dirty builds (`make serve`)."""
        self.search_indexed = False
        """Whether this `make serve` process has built the search index. Pagefind indexes the whole
        site, so a preview indexes it once, at its first build."""
        self.templates = preview.CompiledTemplates()
        self.default_outputs: dict[str, bytes] = {}
        """Files every language build writes at the top of the site, as the default language wrote them."""
        self._settings: tuple[Any, ...] = ()

    def on_startup(self, *, command: str, dirty: bool = False) -> None:
        # A dirty build (`make serve`) runs only the examples of the pages it renders again.
        self.dirty = dirty
        if dirty:
            preview.quiet_dirty_notice()
        if self.config.publish:
            published_site.lighter_highlighting()

    @event_priority(100)  # before mkdocstrings reads its locale, and markdown-exec saves the Markdown settings
    def on_config(self, config: Any) -> Any:
        context = self._context(config)
        fences = config["mdx_configs"].setdefault("pymdownx.superfences", {}).setdefault("custom_fences", [])
        # Ours replaces any other Python fence, and the one this plugin added in the previous language's build.
        fences[:] = [fence for fence in fences if fence.get("name") != "python"]
        fences.append(custom_fence(context))
        # The API reference's section titles ("Parameters:", "Returns:") in the language being built;
        # the docstrings themselves stay English. mkdocstrings would take the theme's language, which
        # static-i18n sets for each language only after mkdocstrings has read it.
        context.language = language = build_language(config)
        i18n, mkdocstrings = config.plugins.get("i18n"), config.plugins.get("mkdocstrings")
        if mkdocstrings is not None:
            mkdocstrings.config.locale = language
        # The title of the headings' permalink sign (Python-Markdown's toc, one setting for all pages).
        if "toc" in config["mdx_configs"]:
            config["mdx_configs"]["toc"]["permalink_title"] = PERMALINK_TITLE.get(language, PERMALINK_TITLE["en"])
        # Once per build or live reload, not in the builds static-i18n starts for its other languages
        # (each of them calls on_config too): a failing example's diff is printed once, not per language.
        if not getattr(i18n, "building", False):
            context.begin_build()
        return config

    def _context(self, config: Any) -> BuildContext:
        # Examples run from the directory holding mkdocs.yml: the repository, or a test's fixture site.
        root = Path(config["config_file_path"]).resolve().parent
        options = self.config
        settings = (root, options.jobs, options.cache, options.render_only, options.execution_log)
        if self.context is None or settings != self._settings:  # the first build, or mkdocs.yml changed
            self._settings = settings
            if self.context is not None:
                self.context.executor.close()  # its fork servers, with the old settings
            executor = Executor(
                root=root,
                jobs=options.jobs or None,
                store=OutputCache(root / CACHE_DIR) if options.cache else None,
                render_only=options.render_only,
                execution_log=Path(options.execution_log) if options.execution_log else None,
                forkserver=True,  # docsbuild/forkserver.py: the recordings come from `python <file>`
            )
            self.context = BuildContext(root=root, executor=executor, pythons={}, timeout=0.0)
        self.context.publish = options.publish
        self.context.pythons = interpreters.available(options.python_versions)
        self.context.timeout = float(options.timeout)
        return self.context

    @event_priority(50)  # before mkdocs-llmstxt reads its sections in its own on_files
    def _llms_sections(self, files: Any, config: Any) -> Any:
        if self.config.publish:
            published_site.llms_sections(files, config, self._require_context().language)
        return files

    @event_priority(-110)  # after static-i18n (-100), which replaces the files with its own
    def _start_stale_examples(self, files: Any, config: Any) -> Any:
        # Only a dirty build (`make serve`) asks which pages changed: include examples and shared inputs.
        context = self._require_context()
        preview.track(files, root=context.root, docs_dir=Path(config["docs_dir"]))
        if self.dirty:
            stale = preview.stale_pages(files)
            runs = [run for page in stale for run in page_runs(page, context.root, context.timeout)]
            context.executor.prefetch(runs, pythons=context.pythons)
        return files

    on_files = CombinedEvent(_llms_sections, _start_stale_examples)

    @event_priority(-110)  # after static-i18n, which makes the navigation of each language
    def on_nav(self, nav: Any, config: Any, files: Any) -> Any:
        preview.read_titles(nav, config)
        return nav

    def on_env(self, env: Any, config: Any, files: Any) -> Any:
        if self.dirty:  # a live reload: compile the theme's templates once per process, not per save
            env.bytecode_cache = self.templates
        return env

    def on_pre_build(self, config: Any) -> None:
        context = self._require_context()
        if self.config.publish:
            try:  # every download line names the Run button's runtime: say at once if it is missing
                run_here.runtime_version(context.root)
            except FileNotFoundError as exc:
                raise PluginError(str(exc)) from None
        if self.dirty:
            return  # on_files starts the examples of the pages that are stale
        runs = executed_runs(Path(config["docs_dir"]), root=context.root, default_timeout=context.timeout)
        context.executor.prefetch(runs, pythons=context.pythons)

    def on_page_markdown(self, markdown: str, page: Any, config: Any, files: Any) -> str:
        context = self._require_context()
        root = context.root
        # Read the file itself rather than `markdown`, which has lost its front matter, so lines match.
        for line, include in includes_with_lines(Path(page.file.abs_src_path).read_text(encoding="utf-8")):
            if not (root / include).is_file():
                # pymdownx.snippets would stop the build too, but with a traceback that names no page.
                raise PluginError(f"{page.file.src_uri}:{line}: included file {include} does not exist")
        # A translation includes the same examples as its English twin; say so while translators work.
        source, docs = Path(page.file.abs_src_path), Path(config["docs_dir"])
        for problem in translations.twin_include_problems(source, docs, root):
            log.warning(problem)
        context.page, context.page_url = page.file.src_uri, page.url
        try:  # which file each executed block renders, for the fence
            context.includes = {block: fence.includes[0] for block, fence in executed_examples(source).items()}
        except ValueError as exc:
            raise PluginError(f"{page.file.src_uri}:{exc}") from exc
        language = context.language
        # Generated parts of a page, from the data they describe.
        if "<!-- glossary-table -->" in markdown:
            markdown = markdown.replace("<!-- glossary-table -->", glossary.table(language, root / "glossary.yml"))
        if "<!-- translation-status -->" in markdown:
            table = notices.status_table(language, translations.statuses(root))
            markdown = markdown.replace("<!-- translation-status -->", table)
        return markdown

    def on_page_content(self, html: str, page: Any, config: Any, files: Any) -> str:
        return self._translation_banner(html, page)

    def _translation_banner(self, html: str, page: Any) -> str:
        context = self._require_context()
        if context.language != "zh":
            return html
        source = Path(page.file.abs_src_path)
        if "zh" not in source.parts:  # the English page, shown because no translation exists
            return notices.banner("missing", page_url=page.url, since=None) + html
        state = translations.status(source.relative_to(context.root / "docs" / "zh").as_posix(), context.root)
        if state.state == "outdated":
            return notices.banner("outdated", page_url=page.url, since=state.since) + html
        return html

    def on_template_context(self, context: Any, template_name: str, config: Any) -> Any:
        return published_site.home_alternates(context, template_name, config) if self.config.publish else context

    def on_post_template(self, output_content: str, template_name: str, config: Any) -> str:
        return published_site.valid_html(output_content) if self.config.publish else output_content

    def on_post_page(self, output: str, page: Any, config: Any) -> str:
        if not self.config.publish:
            return output
        return published_site.absolute_alternates(published_site.valid_html(output), page, config)

    def on_post_build(self, config: Any) -> None:
        if self.config.publish:
            context = self._require_context()
            published_site.publish(config, context.language, context.linked, self.default_outputs)
        if not search_index.last_language_build(config):
            return
        if self.config.publish and not (self.dirty and self.search_indexed):
            search_index.build_index(config)
            self.search_indexed = True
        log.info(self.summary())

    def summary(self) -> str:
        """One line on this build's examples: how many ran, came from a cache, or were skipped."""
        context = self._require_context()
        executor = context.executor
        pythons = f"{len(context.pythons)} Python{'' if len(context.pythons) == 1 else 's'}"
        # A real-clock example whose first output surprised runs once more (execution.RETRIES):
        # every run counts, and the repeats are named in the log and counted here.
        ran, reused = len(executor.ran) + len(executor.retried), len(executor.asked - executor.ran)
        repeated = f" ({len(executor.retried)} repeated)" if executor.retried else ""
        reused_as = "shown from their recordings (render_only)" if executor.render_only else "cached"
        return (
            f"{NAME}: {len(context.shown)} examples × {pythons}: "
            f"{ran} ran{repeated}, {reused} {reused_as}, {len(context.skipped)} skipped"
        )

    def on_shutdown(self) -> None:
        if self.context is not None:
            self.context.executor.close()

    def _require_context(self) -> BuildContext:
        if self.context is None:
            raise PluginError(f"{NAME}: the plugin's on_config did not run")
        return self.context
