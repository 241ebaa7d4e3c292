"""The site's plugin (docsbuild/plugin.py): its options as mkdocs.yml declares them, and what they switch.

In-process, without a build: the options are read from the real mkdocs.yml with the `!ENV` tag
MkDocs uses (pyyaml-env-tag), and the plugin's events are called on a small stand-in config.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml
from mkdocs.exceptions import PluginError
from yaml_env_tag import add_env_tag

from docsbuild.catalog import ROOT
from docsbuild.plugin import NAME, SitePlugin

ENVIRONMENT = {
    "SNIPPETS_JOBS": ("3", "jobs", 3),
    "SNIPPETS_PYTHON_VERSIONS": ("3.10", "python_versions", ("3.10",)),
    "SNIPPETS_CACHE": ("false", "cache", False),
    "SNIPPETS_RENDER_ONLY": ("true", "render_only", True),
    "SNIPPETS_EXECUTION_LOG": ("/tmp/runs.log", "execution_log", "/tmp/runs.log"),
}
"""Each override the build reads from the environment: (value set, option, value it gives)."""


def site_options() -> dict[str, Any]:
    """The plugin's entry in mkdocs.yml, read as MkDocs reads it (with `!ENV` resolved now)."""

    class Loader(yaml.SafeLoader):
        pass

    add_env_tag(Loader)
    Loader.add_constructor("!relative", lambda loader, node: None)  # paths, not our plugin's options
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    entries = [entry[NAME] for entry in config["plugins"] if isinstance(entry, dict) and NAME in entry]
    assert len(entries) == 1, f"mkdocs.yml lists the {NAME} plugin {len(entries)} times"
    return entries[0]


def loaded(options: dict[str, Any]) -> SitePlugin:
    plugin = SitePlugin()
    errors, warnings = plugin.load_config(options)
    assert not errors and not warnings, (errors, warnings)
    return plugin


def test_every_environment_override_is_declared_in_mkdocs_yml(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    defaults = loaded(site_options()).config
    assert (defaults.jobs, defaults.cache, defaults.render_only, defaults.execution_log) == (0, True, False, None)
    for name, (value, option, expected) in ENVIRONMENT.items():
        monkeypatch.setenv(name, value)
        assert loaded(site_options()).config[option] == expected, f"{name}={value} did not set `{option}`"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("all", ("3.10", "3.11", "3.12", "3.13", "3.14", "3.15")), ("3.13,3.12", ("3.12", "3.13")), (3.1, ("3.10",))],
)
def test_python_versions_accepts_what_the_environment_gives(value: object, expected: tuple[str, ...]) -> None:
    assert loaded({"python_versions": value}).config.python_versions == expected


def test_an_unknown_python_version_is_refused_with_the_choices() -> None:
    errors, _ = SitePlugin().load_config({"python_versions": "3.9"})
    assert "'3.9' is not a verified version; write `all` or some of 3.10, 3.11" in str(errors)


class StandInConfig(dict):
    """What the plugin reads of MkDocs' config: items (the theme's language among them), and `plugins`."""

    plugins: dict[str, Any] = {}


def configured(plugin: SitePlugin, root: Path) -> StandInConfig:
    config = StandInConfig(config_file_path=str(root / "mkdocs.yml"), mdx_configs={}, theme={"language": "en"})
    plugin.on_config(config)
    return config


def test_the_fence_is_registered_once_and_bound_to_the_plugins_build(tmp_path: Path) -> None:
    plugin = loaded({"timeout": 3, "python_versions": "3.12"})
    config = configured(plugin, tmp_path)
    plugin.on_config(config)  # static-i18n calls on_config again for each language
    fences = config["mdx_configs"]["pymdownx.superfences"]["custom_fences"]
    assert [fence["name"] for fence in fences] == ["python"]
    context = fences[0]["format"].args[0]
    assert context is plugin.context
    assert (context.root, context.timeout) == (tmp_path, 3.0)
    assert set(context.pythons) <= {"3.12"}


@pytest.mark.parametrize(
    ("i18n", "expected"),
    [
        (None, "en"),  # no static-i18n (the tests' fixture sites): the theme's language
        (SimpleNamespace(current_language=None, default_language="en"), "en"),  # its first on_config
        (SimpleNamespace(current_language="zh", default_language="en"), "zh"),  # its zh build
    ],
)
def test_the_fence_renders_in_the_language_being_built(tmp_path: Path, i18n: object, expected: str) -> None:
    plugin = loaded({"python_versions": "3.12"})
    config = StandInConfig(config_file_path=str(tmp_path / "mkdocs.yml"), mdx_configs={}, theme={"language": "en"})
    config.plugins = {"i18n": i18n} if i18n else {}
    plugin.on_config(config)
    assert plugin.context.language == expected


@pytest.mark.parametrize(("cache", "executions"), [(True, 1), (False, 2)])
def test_the_cache_option_decides_whether_a_new_build_runs_an_example_again(
    tmp_path: Path, cache: bool, executions: int
) -> None:
    example = tmp_path / "snippets" / "t" / "a.py"
    example.parent.mkdir(parents=True)
    example.write_text('print("a")\n')
    example.with_suffix(".out").write_text("a\n")
    log = tmp_path / "runs.log"
    for _ in range(2):  # two build processes: only the on-disk cache is shared
        plugin = loaded({"cache": cache, "execution_log": str(log)})
        configured(plugin, tmp_path)
        assert plugin.context.executor.outcome(example).stdout == "a\n"
    assert len(log.read_text().splitlines()) == executions
    assert plugin.summary().endswith(f"{executions - 1} ran, {2 - executions} cached, 0 skipped")


def test_the_summary_counts_examples_pythons_runs_and_skips(tmp_path: Path) -> None:
    plugin = loaded({"cache": False})
    configured(plugin, tmp_path)
    context = plugin.context
    context.pythons = {"3.11": "python3.11", "3.12": "python3.12"}
    context.shown.update({tmp_path / "a.py", tmp_path / "b.py"})
    context.skipped.add((tmp_path / "b.py", "3.11"))
    context.executor.asked.update({"k1", "k2", "k3"})
    context.executor.ran.update({"k1", "k2"})
    assert plugin.summary() == f"{NAME}: 2 examples × 2 Pythons: 2 ran, 1 cached, 1 skipped"
    context.executor.retried.append("snippets/t/a.py on Python 3.12")  # a real-clock run repeated
    assert plugin.summary() == f"{NAME}: 2 examples × 2 Pythons: 3 ran (1 repeated), 1 cached, 1 skipped"
    configured(plugin, tmp_path)  # the next build (a live reload) counts afresh
    assert ": 0 examples × " in plugin.summary()
    assert plugin.summary().endswith(": 0 ran, 0 cached, 0 skipped")


def test_no_build_module_reads_its_settings_from_the_environment() -> None:
    readers = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "docsbuild").glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "SNIPPETS_" in line and "environ" in line
    ]
    assert not readers, f"declare the option in mkdocs.yml with !ENV instead: {readers}"


def test_the_package_docstring_names_every_build_module() -> None:
    import docsbuild

    modules = sorted(p.stem for p in (ROOT / "docsbuild").glob("*.py") if not p.name.startswith("_"))
    missing = [name for name in modules if f"`{name}`" not in (docsbuild.__doc__ or "")]
    assert not missing, f"docsbuild/__init__.py does not describe: {', '.join(missing)}"


def test_a_missing_browser_runtime_stops_the_build_saying_what_to_run(tmp_path: Path) -> None:
    # Every download line names the Run button's runtime; a fresh checkout without `make` lacks it.
    plugin = loaded({"python_versions": "3.12"})
    config = configured(plugin, tmp_path)
    with pytest.raises(PluginError, match=r"package.json is missing: run `make build` \(it runs `npm ci"):
        plugin.on_pre_build(config)
