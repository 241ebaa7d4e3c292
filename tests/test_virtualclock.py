"""The virtual loop clock (`docsbuild.virtualclock`) and which examples run on it (`catalog.clock`).

The clock itself is tested in this process (`virtual_clock()` patches and restores asyncio); how
the runner installs it into an example's interpreter is tested through `run_example`, as the build
uses it.
"""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import pytest

from docsbuild import interpreters
from docsbuild.catalog import MetadataError, clock, examples, relative, supports
from docsbuild.runner import run_example
from docsbuild.virtualclock import virtual_clock
from tests.test_runner import write


def test_a_long_sleep_takes_no_time_and_moves_the_loop_clock_by_exactly_its_length() -> None:
    async def main() -> tuple[float, float]:
        loop = asyncio.get_running_loop()
        start = loop.time()
        await asyncio.sleep(100)
        return start, loop.time()

    started = time.perf_counter()
    with virtual_clock():
        assert asyncio.run(main()) == (0.0, 100.0)
    assert time.perf_counter() - started < 5


def test_timeouts_and_concurrent_sleeps_follow_the_loop_clock() -> None:
    async def main() -> list[tuple[str, float]]:
        loop = asyncio.get_running_loop()
        events = []

        async def nap(name: str, seconds: float) -> None:
            await asyncio.sleep(seconds)
            events.append((name, loop.time()))

        await asyncio.gather(nap("b", 0.2), nap("a", 0.1))
        try:
            await asyncio.wait_for(asyncio.sleep(10), timeout=0.3)
        except TimeoutError:
            events.append(("timeout", loop.time()))
        return events

    with virtual_clock():
        events = asyncio.run(main())
    assert [name for name, _ in events] == ["a", "b", "timeout"]
    assert [round(at, 9) for _, at in events] == [0.1, 0.2, 0.5]


def test_every_new_loop_starts_at_zero_even_in_a_thread() -> None:
    times = []

    def in_thread() -> None:
        loop = asyncio.new_event_loop()
        times.append(loop.time())
        loop.close()

    with virtual_clock():
        thread = threading.Thread(target=in_thread)
        thread.start()
        thread.join()
        loop = asyncio.new_event_loop()
        times.append(loop.run_until_complete(asyncio.sleep(3, result=None)) or loop.time())
        loop.close()
    assert times == [0.0, 3.0]


def test_the_clock_is_restored_after_the_block() -> None:
    with virtual_clock():
        pass
    loop = asyncio.new_event_loop()
    try:
        assert abs(loop.time() - time.monotonic()) < 1
    finally:
        loop.close()


def test_a_loop_with_no_timer_waits_for_real_and_a_thread_still_wakes_it() -> None:
    async def main() -> tuple[str, float, float]:
        loop = asyncio.get_running_loop()
        future = loop.create_future()

        def worker() -> None:
            time.sleep(0.3)  # real time, while the loop blocks in its selector
            loop.call_soon_threadsafe(future.set_result, "woken")

        threading.Thread(target=worker).start()
        started = time.perf_counter()
        result = await future
        return result, loop.time(), time.perf_counter() - started

    with virtual_clock():
        result, loop_time, waited = asyncio.run(main())
    assert result == "woken"
    assert loop_time == 0.0, "no timer was due, so the loop clock must not move"
    assert waited >= 0.25, "the loop returned without the thread's wake-up"


RAISES = """\
import asyncio


async def main():
    await asyncio.sleep(0.5)
    raise ValueError("boom")


asyncio.run(main())
"""

WHO_AM_I = """\
import sys

print(__name__, sys.argv, __file__)
"""


@pytest.mark.parametrize("code", [RAISES, WHO_AM_I], ids=["traceback", "main-and-argv"])
def test_an_example_on_the_virtual_clock_runs_as_python_file(tmp_path: Path, code: str) -> None:
    write(tmp_path, {"snippets/t/x.py": code})
    example = tmp_path / "snippets/t/x.py"
    virtual = run_example(example, root=tmp_path, on_clock="virtual")
    real = run_example(example, root=tmp_path, on_clock="real")
    assert (virtual.stdout, virtual.stderr, virtual.returncode) == (real.stdout, real.stderr, real.returncode)
    assert virtual.seconds < real.seconds or code is WHO_AM_I


WRONG_CLOCK = {
    "thread": "import threading\n\nthreading.Thread(target=print).start()\n",
    "to_thread": "import asyncio\n\nasyncio.run(asyncio.to_thread(print))\n",
    "time.sleep": "import time\n\ntime.sleep(0.1)\n",
    "subprocess": "import subprocess\nimport sys\n\nsubprocess.run([sys.executable, '-c', ''])\n",
    "process pool": (
        "import concurrent.futures\n\nwith concurrent.futures.ProcessPoolExecutor(1) as pool:\n"
        "    pool.submit(print).result()\n"
    ),
}


@pytest.mark.parametrize("code", WRONG_CLOCK.values(), ids=WRONG_CLOCK.keys())
def test_real_time_under_the_virtual_clock_fails_loudly(tmp_path: Path, code: str) -> None:
    write(tmp_path, {"snippets/t/needs_real_time.py": code})
    example = tmp_path / "snippets/t/needs_real_time.py"
    outcome = run_example(example, root=tmp_path, timeout=20)
    assert not outcome.ok
    assert "VirtualClockError" in outcome.stderr
    assert 'declare `clock = "real"`' in outcome.stderr
    assert 'File "snippets/t/needs_real_time.py", line' in outcome.stderr
    assert run_example(example, root=tmp_path, on_clock="real", timeout=20).returncode == 0


def _metadata(body: str) -> str:
    return f"# /// script\n# [tool.asyncio-in-practice]\n{body}# ///\n\nprint(1)\n"


def test_examples_run_on_the_virtual_clock_unless_they_declare_real(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "snippets/t/plain.py": "print(1)\n",
            "snippets/t/real.py": _metadata('# clock = "real"  # a thread\n'),
            "snippets/t/virtual.py": _metadata('# clock = "virtual"\n'),
        },
    )
    assert [clock(tmp_path / f"snippets/t/{n}.py", tmp_path) for n in ("plain", "real", "virtual")] == [
        "virtual",
        "real",
        "virtual",
    ]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("# runs-alone = true\n", "snippets/t/bad.py:3: unknown key `runs-alone`"),
        ('# clock = "wall"\n', "snippets/t/bad.py:3: clock = 'wall'"),
    ],
    ids=["runs-alone", "unknown-clock"],
)
def test_a_wrong_declaration_names_file_and_line(tmp_path: Path, body: str, message: str) -> None:
    write(tmp_path, {"snippets/t/bad.py": _metadata(body)})
    with pytest.raises(MetadataError, match=message.replace("(", r"\(")):
        clock(tmp_path / "snippets/t/bad.py", tmp_path)


REAL = [e for e in examples() if clock(e) == "real"]


@pytest.mark.parametrize("example", REAL, ids=relative)
def test_an_example_declared_real_does_need_real_time(example: Path) -> None:
    # The declaration is not a way out: on the virtual clock, the example must trip the guard.
    version = interpreters.current()
    if not supports(example, version):
        pytest.skip(f"{relative(example)} does not run on {version}")
    outcome = run_example(example, on_clock="virtual", timeout=20)
    assert "VirtualClockError" in outcome.stderr, (
        f'{relative(example)} declares clock = "real" but runs without a thread, process or time.sleep: '
        f"drop the declaration so it runs on the virtual clock\n{outcome.stderr}"
    )


def test_no_example_asks_to_run_alone() -> None:
    assert not [relative(e) for e in examples() if "runs-alone" in e.read_text(encoding="utf-8")]
