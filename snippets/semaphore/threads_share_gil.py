# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # CPU work and a thread: real time must pass
# ///

import asyncio
import time


def crunch(seconds: float) -> None:
    """Pure-Python CPU work: no await, no I/O."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


async def main() -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    # Two threads that each want a full core for 0.3 s.
    await asyncio.gather(asyncio.to_thread(crunch, 0.3), asyncio.to_thread(crunch, 0.3))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    # CPU time / wall time is the number of cores the process kept busy.
    print(f"two CPU-bound threads kept more than one core busy: {cpu / wall > 1.5}")


asyncio.run(main())
