"""The site as it is published: what readers, crawlers and tools get beyond the pages.

- A "download source" link under every executed example, to the example as a standalone script
  (`snippets/<topic>/<name>.py` with the helpers it imports put inline, docsbuild/standalone.py),
  which the copy button copies too (overrides/assets/javascripts/standalone-copy.js). The fence
  (docsbuild/fence.py) puts it right after each example (`download_line`), and the Run button
  (docsbuild/run_here.py) attaches to it.
- `<link rel="alternate" hreflang>` with absolute URLs (static-i18n writes relative ones, which
  search engines ignore), plus `x-default` pointing at the English page.
- `robots.txt` naming the sitemap; the 404 page's language switcher pointing at the home pages;
  no empty `tabindex` attributes (invalid HTML).
- One `objects.inv` per language (mkdocstrings' inventory of the API reference): each language
  build writes its own at the site root, so the Chinese one is moved to zh/ and made relative to it.
- Highlighted code without spans around plain names, punctuation and whitespace (lighter pages).
- One `llms.txt` and `llms-full.txt` per language, by the mkdocs-llmstxt plugin. static-i18n runs
  the same plugin instance once per language and writes every build into one site_dir, so the
  plugin is given each language's pages here and its zh output is moved under zh/.

Called by the plugin's events (docsbuild/plugin.py) and the fence, which hold the state passed in here.
Nothing here affects what an example prints.
"""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url
from mkdocstrings import Inventory

from docsbuild import run_here
from docsbuild.standalone import StandaloneError, standalone_text

DOWNLOAD_LABEL = {"en": "Download the source: ", "zh": "下载源码："}
LLMS_DESCRIPTION = {
    "en": "Each page as Markdown, examples with the output they printed when the site was built. "
    "The same content in Chinese: zh/llms.txt.",
    "zh": "每个页面的 Markdown 版本，示例附带构建网站时实际运行得到的输出。英文版：上一级目录的 llms.txt。",
}

# Files that every language build writes at the top of the site: the default language's are kept.
_SHARED = ("llms.txt", "404.html", "objects.inv")


def _default_language(config: Any) -> str:
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "default_language", None) or "en"


def lighter_highlighting() -> None:
    """Give highlighted code fewer spans where Material's colours do not tell tokens apart."""
    # Pygments wraps every token in a <span>, which made most of the elements of the heaviest pages
    # (gather: 2,959 elements before; errors: 7,087, over 4,600 of them spans). Without a class,
    # Pygments writes a token as plain text in the code's colour; tokens of one class next to each
    # other share a span. So these tokens lose their span:
    # - names, `True`/`False`/`None` and whitespace: Material colours them like the code around them
    #   (`.n` and `.kc` are --md-code-hl-name-color, which is --md-code-fg-color) or not at all;
    # - string prefixes (`f`), magic names (`__name__`) and magic methods: Material has no colour
    #   for them;
    # - punctuation and operators (mostly the `.` of attribute access, `=` and `->`): they were a
    #   shade lighter than the code; 1,019 spans on the errors page.
    # And the `{` and `}` of an f-string are part of the string (Material gives `.si` the string's
    # colour), so they share its span. Keywords, word operators (`in`, `is`, `not`), strings,
    # numbers, built-ins and comments keep their spans and colours.
    from pygments.token import STANDARD_TYPES, Keyword, Name, Operator, Punctuation, String, Text

    unstyled = (Name, Keyword.Constant, Text.Whitespace, String.Affix, Name.Variable.Magic, Name.Function.Magic)
    for token in (*unstyled, Punctuation, Operator):
        STANDARD_TYPES[token] = ""
    STANDARD_TYPES[String.Interpol] = STANDARD_TYPES[String.Double]


def llms_sections(files: Any, config: Any, language: str) -> None:
    """Give mkdocs-llmstxt the pages of this build's `language`; call it before llmstxt's own `on_files`."""
    llms = config.plugins.get("llmstxt")
    if llms is None:
        return
    default = _default_language(config)
    translations = _nav_translations(config, language)
    uris = set(files.src_uris)

    def source(page: str) -> str:  # a page missing in this language falls back to the default one
        return f"{language}/{page}" if f"{language}/{page}" in uris else f"{default}/{page}"

    # One section per top-level nav entry, in nav order, titled as the nav is in this language.
    sections: dict[str, list[str]] = {}
    for entry in config.nav or []:
        title, target = next(iter(entry.items())) if isinstance(entry, dict) else (config.site_name, entry)
        sections[translations.get(title, title)] = [source(page) for page in _nav_pages(target)]
    llms.config.sections = sections
    llms.config.markdown_description = LLMS_DESCRIPTION.get(language)
    llms.config.full_output = "llms-full.txt" if language == default else f"{language}/llms-full.txt"


def _nav_pages(target: Any) -> list[str]:
    if isinstance(target, str):
        return [] if "://" in target else [target]
    if isinstance(target, dict):
        return [page for value in target.values() for page in _nav_pages(value)]
    return [page for item in target for page in _nav_pages(item)]


def _nav_translations(config: Any, language: str) -> dict[str, str]:
    i18n = config.plugins.get("i18n")
    for lang in getattr(getattr(i18n, "config", None), "languages", None) or []:
        if lang.locale == language:
            return dict(lang.nav_translations or {})
    return {}


def download_line(example: str, *, page_url: str, language: str, html: bool, root: Path) -> str:
    """The HTML that follows an executed example on the published site: its download line, with
    the Run button's attributes, then a note when the example cannot run in the browser.

    `example` is relative to `root` (`snippets/gather/x.py`), `page_url` is the page's URL
    (`gather/`), `language` the page's (`en`, `zh`); `html` says the example prints HTML (a
    timeline), which the Run button shows as such. Called by the fence (docsbuild/fence.py).
    """
    href = get_relative_url(example, page_url or ".")
    # The Run button (docsbuild/run_here.py, assets/javascripts/run-here.js) attaches here.
    run_attrs, run_note = run_here.download_attributes(example, page_url, language, root)
    html_attr = ' data-html="yes"' if html else ""
    label = DOWNLOAD_LABEL.get(language, DOWNLOAD_LABEL["en"])
    return (
        f'<p class="md-snippet-download"{run_attrs}{html_attr}><a href="{escape(href)}" download>'
        f"{label}<code>{escape(Path(example).name)}</code></a></p>{run_note}"
    )


def valid_html(output: str) -> str:
    """`output` without the attributes the HTML checker rejects."""
    # Material gives section labels in the navigation `tabindex=""`, which the HTML checker rejects
    # (not an integer); browsers treat it as no tabindex at all, so dropping it changes nothing.
    return output.replace(' tabindex=""', "")


def absolute_alternates(output: str, page: Any, config: Any) -> str:
    """`output` with absolute hreflang links, plus `x-default` pointing at the default language."""
    if not page.canonical_url:
        return output
    head, sep, body = output.partition("</head>")
    parts, done, hrefs = [], 0, {}
    for start, end, href, language in _AlternateLinks(head).links:
        hrefs[language] = absolute = urljoin(page.canonical_url, href)
        parts += [head[done:start], f'<link rel="alternate" href="{escape(absolute)}" hreflang="{escape(language)}">']
        done = end
    default_href = hrefs.get(_default_language(config))
    if default_href:
        parts.append(f'\n          <link rel="alternate" href="{escape(default_href)}" hreflang="x-default">')
    return "".join([*parts, head[done:], sep, body])


class _AlternateLinks(HTMLParser):
    """The `<link rel="alternate" hreflang>` tags of `head`, found by Python's HTML parser:
    `links` holds `(start, end, href, hreflang)`, offsets into `head` and unescaped values."""

    def __init__(self, head: str) -> None:
        super().__init__()
        self.links: list[tuple[int, int, str, str]] = []
        self._line_starts = [0] + [i + 1 for i, char in enumerate(head) if char == "\n"]
        self.feed(head)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and values.get("rel") == "alternate" and values.get("hreflang"):
            line, column = self.getpos()
            start = self._line_starts[line - 1] + column
            end = start + len(self.get_starttag_text() or "")
            self.links.append((start, end, values.get("href") or "", values["hreflang"] or ""))


def home_alternates(context: Any, template_name: str, config: Any) -> Any:
    """The template context, with the 404 page's language switcher pointing at the home pages."""
    # The 404 page has no translation to point at: its language switcher offers the home pages.
    # static-i18n sets `config.extra.alternate` as an attribute for each page (the one Jinja reads
    # first), so the 404 page would otherwise link to the translations of the last page rendered.
    alternates = getattr(config.extra, "alternate", None) or config.extra.get("alternate")
    if template_name == "404.html" and alternates:
        base = urlsplit(config.site_url or "/").path.rstrip("/") + "/"
        default = _default_language(config)
        roots = [{**a, "link": base if a["lang"] == default else f"{base}{a['lang']}/"} for a in alternates]
        config.extra.alternate = roots
    return context


def publish(config: Any, language: str, linked: set[str], default_outputs: dict[str, bytes]) -> None:
    """Write what the build of `language` adds to the site: the Run button's runtime, the `linked`
    examples as standalone scripts, robots.txt; `default_outputs` keeps the default language's shared files."""
    site = Path(config.site_dir)
    root = Path(config.config_file_path).resolve().parent
    run_here.publish(site, root)
    # What readers download runs on its own: the helpers it imports are put inline. Making that
    # text mostly waits for ruff, so the examples are done side by side.
    examples = sorted(linked)
    with ThreadPoolExecutor(thread_name_prefix="standalone") as pool:
        texts = [pool.submit(standalone_text, root / example, root) for example in examples]
    for example, text in zip(examples, texts, strict=True):
        target = site / example
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            target.write_text(text.result(), encoding="utf-8")
        except StandaloneError as exc:
            raise PluginError(str(exc)) from exc
    if language == _default_language(config):
        sitemap = urljoin(config.site_url or "/", "sitemap.xml")
        (site / "robots.txt").write_text(f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n", encoding="utf-8")
        default_outputs.update({name: (site / name).read_bytes() for name in _SHARED if (site / name).is_file()})
        return
    # This language's build wrote its own version of these files over the default language's:
    # move it into the language's folder and put the default one back.
    for name, kept in default_outputs.items():
        if (site / name).is_file():
            (site / language).mkdir(exist_ok=True)
            shutil.move(site / name, site / language / name)
            (site / name).write_bytes(kept)
    if (site / language / "objects.inv").is_file():
        _rebase_inventory(site / language / "objects.inv", f"{language}/", project=config.site_name)


def _rebase_inventory(path: Path, prefix: str, *, project: str) -> None:
    """Make the URIs of an inventory moved into a language's folder relative to that folder.

    mkdocstrings writes them relative to the site root (`zh/reference/#x`); intersphinx and
    autorefs resolve them against the inventory's own address (`.../zh/objects.inv`). The project
    is named as the language's site is (mkdocstrings took the name before static-i18n set it).
    """
    with path.open("rb") as file:
        inventory = Inventory.parse_sphinx(file)
    inventory.project = project
    for item in inventory.values():
        item.uri = item.uri.removeprefix(prefix)
    path.write_bytes(inventory.format_sphinx())
