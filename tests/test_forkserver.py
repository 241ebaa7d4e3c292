"""The fork server (docsbuild/forkserver.py): a forked run is `python <file>` in all an example sees.

Each probe runs both ways, forked and as `python <file>` (runner.run_example), under every
interpreter found, and the two outcomes must be equal. Isolation and time limits are tested for
both ways in test_runner.py.
"""

from __future__ import annotations

import shutil
import sys
import textwrap
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from docsbuild import execution, interpreters
from docsbuild.execution import Executor
from docsbuild.forkserver import SERVE, ForkServer
from docsbuild.runner import environment, run_example
from tests.conftest import process_is_running

PROBES = {
    "start": """\
        import asyncio, atexit, gc, logging, os, signal, stat, sys, threading, traceback
        main = sys.modules["__main__"]
        print(__name__, __file__, sys.argv, sys.path[0], __spec__, type(__loader__).__name__)
        print([name for name in vars(main) if name.startswith("__")])
        print(sys.stdin.read() == "", sys.stdout.encoding, sys.stdout.line_buffering, sys.stderr.errors)
        print(signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGCHLD), signal.getsignal(signal.SIGPIPE))
        print(os.getpgid(0) == os.getpid() == os.getsid(0), threading.active_count(), gc.isenabled())
        print(gc.get_freeze_count(), sorted(os.listdir("/proc/self/fd")), os.getcwd())
        print(type(asyncio.get_event_loop_policy()).__name__, asyncio.run(asyncio.sleep(0, "ran")))
        print([stat.S_IFMT(os.fstat(fd).st_mode) for fd in (0, 1, 2)], sys.stdin.seekable(), sys.stdout.seekable())
        print(sys.orig_argv[1:], logging.getLogger().makeRecord("n", 20, "f", 1, "m", (), None).relativeCreated < 5000)
        atexit.register(lambda: print("at exit:", "__file__" in vars(main), flush=True))

        def fail():
            raise ValueError("caught")

        try:
            fail()
        except ValueError:
            traceback.print_exc(file=sys.stdout)

        async def never():
            pass

        kept = never()  # never awaited: Python reports it on stderr when the module is cleared at exit
        sys.stderr.flush()
        """,
    "uncaught": """\
        def fail():
            raise ValueError("uncaught")

        print("before", flush=True)
        fail()
        """,
    "exits": 'import sys\nprint("out")\nsys.exit("a message and status 1")\n',
    "syntax": 'print("never")\nprint(:)\n',
    "late": """\
        import subprocess, sys

        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(0.3); print('from a process left running')"])
        print("the example ends")
        """,
}
"""Programs whose every line of output, stderr and exit status must be the same both ways. Each
clock runs the first; the others (errors, a process) run on the real clock only."""


CASES = [
    (version, on_clock, probe)
    for version in interpreters.available()
    for on_clock in ("real", "virtual")
    for probe in (PROBES if on_clock == "real" else ["start"])
]


@pytest.mark.parametrize(("version", "on_clock", "probe"), CASES, ids=lambda v: str(v))
def test_a_forked_run_prints_what_python_file_prints(tmp_path: Path, version: str, on_clock: str, probe: str) -> None:
    python = interpreters.available()[version]
    example = tmp_path / "snippets" / "probe" / f"{probe}.py"
    example.parent.mkdir(parents=True)
    example.write_text(textwrap.dedent(PROBES[probe]))
    where = {"root": tmp_path, "python": python, "on_clock": on_clock}
    plain = run_example(example, **where)
    with closing(ForkServer(python, environment(tmp_path, on_clock), tmp_path)) as server:
        forked = run_example(example, forkserver=server, **where)
    assert (forked.stdout, forked.stderr, forked.returncode) == (plain.stdout, plain.stderr, plain.returncode)
    assert plain.stdout or plain.stderr, "the probe printed nothing"


def test_a_server_that_stops_mid_run_takes_the_run_down_and_plain_runs_take_over(tmp_path: Path) -> None:
    example = tmp_path / "snippets" / "t" / "leaves_a_process.py"
    example.parent.mkdir(parents=True)
    real = '# /// script\n# [tool.asyncio-in-practice]\n# clock = "real"\n# ///\n'
    example.write_text(
        real + "import subprocess, time\n\n"
        'left = subprocess.Popen(["sleep", "30"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n'
        'with open("left", "a") as record:\n    record.write(f"{left.pid}\\n")\n'
        'time.sleep(1)\nprint("done")\n'
    )
    executor = Executor(root=tmp_path, jobs=1, forkserver=True)
    server = executor._forkserver(sys.executable, "real")
    assert server is not None

    def stop_once_the_run_has_started() -> None:
        while not (tmp_path / "left").exists():
            time.sleep(0.05)
        server._process.kill()

    stopper = threading.Thread(target=stop_once_the_run_has_started)
    stopper.start()
    try:
        outcome = executor.outcome(example, 10.0, sys.executable)
    finally:
        stopper.join()
        executor.close()
    assert outcome.ok and outcome.stdout == "done\n", outcome
    forked, plain = (int(pid) for pid in (tmp_path / "left").read_text().split())
    time.sleep(0.2)
    assert not process_is_running(forked), "what the forked run started outlived its server"
    assert executor._forkserver(sys.executable, "real") is None, "the next runs are plain ones"


def test_a_forked_run_that_surprises_is_repeated_as_python_file(tmp_path: Path) -> None:
    # A full stack walk shows the server's frames above the example's (docsbuild/_forkserver/serve.py),
    # so this example prints something else when forked; `python <file>` decides.
    example = tmp_path / "snippets" / "t" / "stack.py"
    example.parent.mkdir(parents=True)
    example.write_text("import traceback\n\nprint(len(traceback.extract_stack()))\n")
    example.with_suffix(".out").write_text("1\n")
    log = tmp_path / "executions.log"
    with closing(Executor(root=tmp_path, jobs=1, execution_log=log, forkserver=True)) as executor:
        assert executor.outcome(example).stdout == "1\n"
    assert log.read_text().splitlines() == ["snippets/t/stack.py"] * 2
    assert [name.split(" on ")[0] for name in executor.retried] == ["snippets/t/stack.py"]


def test_a_server_whose_code_changed_is_replaced(tmp_path: Path, monkeypatch) -> None:
    # Under `make serve` the executor lives across rebuilds: an edit to serve.py (or the virtual
    # clock) must not leave examples forked from the code the server loaded before it, even when
    # the edit comes in the middle of a build.
    serve = tmp_path / "serve.py"
    shutil.copy(SERVE, serve)
    monkeypatch.setattr(execution, "SERVE", serve)
    example = tmp_path / "snippets" / "t" / "hello.py"
    example.parent.mkdir(parents=True)
    example.write_text('print("hello")\n')
    with closing(Executor(root=tmp_path, jobs=1, forkserver=True)) as executor:
        first = executor._forkserver(sys.executable, "virtual")
        executor.begin_build()
        assert executor._forkserver(sys.executable, "virtual") is first, "restarted with its code unchanged"
        serve.write_text(serve.read_text() + "# edited\n")
        assert executor._forkserver(sys.executable, "virtual") not in (first, None), "not replaced"
        assert first is not None and first._process.poll() is None, "stopped while its runs may go on"
        assert executor.outcome(example, 10.0, sys.executable).stdout == "hello\n"
        executor.begin_build()
        assert first._process.poll() is not None, "the replaced server still runs after the build"
