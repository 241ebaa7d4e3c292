"""The options of the site's MkDocs plugin (docsbuild/plugin.py), as mkdocs.yml writes them."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from docsbuild import interpreters
from docsbuild.runner import DEFAULT_TIMEOUT


class PythonVersions(c.BaseConfigOption[tuple[str, ...]]):
    """`all`, or x.y versions separated by commas (`3.12,3.13`), or a YAML list of them.

    A single version read by `!ENV` arrives as a YAML number (`3.10` as 3.1), so a number is taken
    as the verified version it equals.
    """

    def __init__(self, default: str = "all") -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> tuple[str, ...]:
        if value == "all":
            return interpreters.VERSIONS
        items = value.split(",") if isinstance(value, str) else value if isinstance(value, list) else [value]
        chosen = []
        for item in items:
            match = [v for v in interpreters.VERSIONS if v == str(item).strip() or v == _as_number(item)]
            if not match:
                raise c.ValidationError(
                    f"{item!r} is not a verified version; write `all` or some of {', '.join(interpreters.VERSIONS)}"
                )
            chosen += match
        return tuple(v for v in interpreters.VERSIONS if v in chosen)


def _as_number(item: object) -> str | None:
    return next((v for v in interpreters.VERSIONS if float(v) == item), None) if isinstance(item, float) else None


class PluginConfig(Config):
    """The plugin's options (`plugins: - asyncio-in-practice:` in mkdocs.yml)."""

    timeout = c.Type((int, float), default=DEFAULT_TIMEOUT)
    """Seconds an example may run before it is killed and the build fails; a fence may set its
    own (`timeout="3"`)."""
    jobs = c.Type(int, default=0)
    """How many examples run at once; 0: four per core (they mostly wait)."""
    python_versions = PythonVersions(default="all")
    """Which CPython versions run the examples, among those found on this machine
    (docsbuild/interpreters.py): `all`, or a narrower choice such as `3.12` for a quicker build."""
    cache = c.Type(bool, default=True)
    """Reuse outputs stored by earlier builds (`.cache/snippet-outputs/`); off: run every example afresh."""
    render_only = c.Type(bool, default=False)
    """Show the recorded outputs and run nothing: for benchmarks of rendering alone, never for a published site."""
    execution_log = c.Optional(c.Type(str))
    """A file to which every execution appends the example's path: tests and benchmarks count runs with it."""
    publish = c.Type(bool, default=True)
    """Add what the published site needs (docsbuild/published_site.py, docsbuild/search_index.py);
    off: only run and render the examples, as the tests' small fixture sites do."""
