"""The runner behind the fence: isolation, time limits, execute-once and the persistent cache.

These tests call the runner directly on tiny example trees in a temporary folder; the build-level
behaviour is covered by test_fence.py and test_site.py.
"""

from __future__ import annotations

import textwrap
import time
from contextlib import closing
from pathlib import Path

import pytest

from docsbuild.cache import OutputCache
from docsbuild.execution import Executor
from docsbuild.runner import run_example
from tests.conftest import process_is_running


def write(root: Path, files: dict[str, str]) -> None:
    for name, code in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(code))


@pytest.fixture
def execution_log(tmp_path: Path) -> Path:
    return tmp_path / "executions.log"


def executions(log: Path) -> list[str]:
    return log.read_text().splitlines() if log.exists() else []


PROBE = """\
import asyncio
import threading

print(type(asyncio.get_event_loop_policy()).__name__, threading.active_count())
"""

POLLUTERS = {
    "snippets/iso/sets_policy.py": """\
        import asyncio


        class Odd(asyncio.DefaultEventLoopPolicy):
            pass


        asyncio.set_event_loop_policy(Odd())
        print("policy set")
        """,
    "snippets/iso/leaves_thread.py": """\
        # /// script
        # [tool.asyncio-in-practice]
        # clock = "real"
        # ///
        import threading
        import time

        threading.Thread(target=time.sleep, args=(30,), daemon=True).start()
        print("thread left running")
        """,
    "snippets/iso/probe.py": PROBE,
}


@pytest.mark.parametrize("forkserver", [False, True], ids=["python-file", "forked"])
def test_an_example_cannot_change_the_next_ones_output(tmp_path: Path, forkserver: bool) -> None:
    write(tmp_path, POLLUTERS)
    alone = run_example(tmp_path / "snippets/iso/probe.py", root=tmp_path)
    store = OutputCache(tmp_path / "cache")
    with closing(Executor(root=tmp_path, jobs=1, store=store, forkserver=forkserver)) as executor:
        for name in ("sets_policy", "leaves_thread", "probe"):
            outcome = executor.outcome(tmp_path / f"snippets/iso/{name}.py")
            assert outcome.ok, outcome
    assert outcome.stdout == alone.stdout == "_UnixDefaultEventLoopPolicy 1\n"


@pytest.mark.parametrize("forkserver", [False, True], ids=["python-file", "forked"])
def test_a_hanging_example_is_killed_at_its_limit_with_everything_it_started(tmp_path: Path, forkserver: bool) -> None:
    write(
        tmp_path,
        {
            "snippets/bad/hangs.py": """\
                # /// script
                # [tool.asyncio-in-practice]
                # clock = "real"
                # ///
                import subprocess
                import sys
                import time

                child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
                print(child.pid, flush=True)
                time.sleep(60)
                """
        },
    )
    started = time.monotonic()
    with closing(Executor(root=tmp_path, jobs=1, forkserver=forkserver)) as executor:
        outcome = executor.outcome(tmp_path / "snippets/bad/hangs.py", timeout=1.5)
    assert outcome.timed_out and not outcome.ok
    assert 1.5 <= time.monotonic() - started < 10
    assert "snippets/bad/hangs.py: killed after its time limit of 1.5 s" in outcome.problem(
        tmp_path / "snippets/bad/hangs.py", 1.5, tmp_path
    )
    grandchild = int(outcome.stdout.split()[0])
    time.sleep(0.2)
    assert not process_is_running(grandchild), "the example's child process survived the time-out"


def test_each_distinct_example_runs_once_however_often_it_is_asked_for(tmp_path: Path, execution_log: Path) -> None:
    write(tmp_path, {"snippets/t/a.py": 'print("a")\n', "snippets/t/b.py": 'print("b")\n'})
    executor = Executor(root=tmp_path, store=OutputCache(tmp_path / "cache"), execution_log=execution_log)
    runs = [(tmp_path / "snippets/t/a.py", 10.0), (tmp_path / "snippets/t/b.py", 10.0)] * 3
    executor.prefetch(runs)  # as two languages and a fallback page would
    assert [executor.outcome(path, limit).stdout for path, limit in runs] == ["a\n", "b\n"] * 3
    assert sorted(executions(execution_log)) == ["snippets/t/a.py", "snippets/t/b.py"]


HELPER_TREE = {
    "snippets/__init__.py": "",
    "snippets/helper.py": "VALUE = 1\n",
    "snippets/t/uses_helper.py": "from snippets.helper import VALUE\n\nprint(VALUE)\n",
    "snippets/t/standalone.py": 'print("standalone")\n',
    # Only outputs that match their recording are cached.
    "snippets/t/uses_helper.out": "1\n",
    "snippets/t/standalone.out": "standalone\n",
}


def test_the_cache_is_invalidated_by_a_changed_helper_module(tmp_path: Path, execution_log: Path) -> None:
    write(tmp_path, HELPER_TREE)
    store = OutputCache(tmp_path / "cache")
    runs = [(tmp_path / "snippets/t/uses_helper.py", 10.0), (tmp_path / "snippets/t/standalone.py", 10.0)]

    def build() -> list[str]:
        # A new Executor is what a new build process starts with: only the on-disk cache persists.
        executor = Executor(root=tmp_path, store=store, execution_log=execution_log)
        executor.prefetch(runs)
        return [executor.outcome(path, limit).stdout for path, limit in runs]

    assert build() == ["1\n", "standalone\n"]
    assert len(executions(execution_log)) == 2
    assert build() == ["1\n", "standalone\n"]
    assert len(executions(execution_log)) == 2, "a warm rebuild executes nothing"
    (tmp_path / "snippets/helper.py").write_text("VALUE = 2\n")
    assert build() == ["2\n", "standalone\n"]
    assert executions(execution_log)[2:] == ["snippets/t/uses_helper.py"], "only the importer re-runs"


def test_a_cached_output_never_hides_a_failure(tmp_path: Path, execution_log: Path) -> None:
    write(tmp_path, {"snippets/t/flaky.py": "import pathlib\n\nprint(pathlib.Path('state').read_text())\n"})
    store = OutputCache(tmp_path / "cache")
    example = tmp_path / "snippets/t/flaky.py"
    assert not Executor(root=tmp_path, store=store, execution_log=execution_log).outcome(example).ok  # no state yet
    (tmp_path / "state").write_text("ok")
    assert Executor(root=tmp_path, store=store, execution_log=execution_log).outcome(example).ok, "failure cached"
    assert len(executions(execution_log)) == 2


def test_an_output_that_contradicts_its_recording_is_not_cached(tmp_path: Path, execution_log: Path) -> None:
    write(tmp_path, {"snippets/t/a.py": 'print("surprise")\n', "snippets/t/a.out": "expected\n"})
    store = OutputCache(tmp_path / "cache")
    for _ in range(2):
        executor = Executor(root=tmp_path, store=store, execution_log=execution_log)
        assert executor.outcome(tmp_path / "snippets/t/a.py").stdout == "surprise\n"
    assert len(executions(execution_log)) == 2, "a run that disagrees with its recording is tried afresh"


def test_a_surprising_real_clock_output_is_run_again_once_and_named(tmp_path: Path, execution_log: Path) -> None:
    real = '# /// script\n# [tool.asyncio-in-practice]\n# clock = "real"\n# ///\n'
    write(
        tmp_path,
        {
            "snippets/t/real.py": real + "print('surprise')\n",
            "snippets/t/real.out": "expected\n",
            "snippets/t/virtual.py": "print('surprise')\n",
            "snippets/t/virtual.out": "expected\n",
        },
    )
    executor = Executor(root=tmp_path, store=OutputCache(tmp_path / "cache"), execution_log=execution_log)
    for name in ("real", "virtual"):
        assert executor.outcome(tmp_path / f"snippets/t/{name}.py").stdout == "surprise\n"
    assert sorted(executions(execution_log)) == ["snippets/t/real.py", "snippets/t/real.py", "snippets/t/virtual.py"]
    assert [name.split(" on ")[0] for name in executor.retried] == ["snippets/t/real.py"]
