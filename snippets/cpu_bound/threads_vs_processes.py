# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # CPU work in threads and processes: real time must pass
# ///

import asyncio
import os
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

N = 1_000_000  # one call: about a tenth of a second of pure-Python work


def crunch(n: int) -> tuple[int, float]:
    """CPU-bound, pure Python; returns who ran it and the CPU time it used, in seconds.

    Defined at top level: worker processes import it."""
    started = time.thread_time()  # CPU time of this thread only, not wall time
    total = 0
    for i in range(n):
        total += i * i
    return os.getpid(), time.thread_time() - started


async def two_calls(pool) -> tuple[set[int], float]:
    """Run `crunch` twice at once in `pool`: the PIDs that ran it, CPU time / wall."""
    loop = asyncio.get_running_loop()
    started = time.perf_counter()
    calls = [loop.run_in_executor(pool, crunch, N) for _ in range(2)]
    results = await asyncio.gather(*calls)
    wall = time.perf_counter() - started
    return {pid for pid, _ in results}, sum(cpu for _, cpu in results) / wall


async def main() -> None:
    with ThreadPoolExecutor(2) as threads, ProcessPoolExecutor(2) as processes:
        pids, ratio = await two_calls(threads)
        # Under the GIL, two threads together get at most one core's worth of CPU time
        # per second of wall time, however many cores are free: they take turns.
        share = "at most 1.0" if ratio <= 1.1 else f"{ratio:.2f}"
        print(f"threads:   PIDs {'this one' if pids == {os.getpid()} else pids}")
        print(f"threads:   CPU time / wall time: {share}")
        pids, _ = await two_calls(processes)
        others = os.getpid() not in pids
        print(f"processes: PIDs other than this one: {others}, each with its own GIL")


# Worker processes import this file: they must not run main().
if __name__ == "__main__":
    asyncio.run(main())
