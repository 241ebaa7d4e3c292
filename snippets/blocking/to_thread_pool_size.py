# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it blocks on time.sleep and starts a thread: real time must pass
# ///

import asyncio
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
running, peak = 0, 0  # calls running now, and at most


def blocking_call() -> None:
    global running, peak
    with lock:
        running += 1
        peak = max(peak, running)
    time.sleep(0.2)
    with lock:
        running -= 1


async def at_once(n: int) -> int:
    """Make n blocking calls through to_thread(); return how many ran at once."""
    global peak
    peak = 0
    await asyncio.gather(*(asyncio.to_thread(blocking_call) for _ in range(n)))
    return peak


async def main() -> None:
    cpus = getattr(os, "process_cpu_count", os.cpu_count)() or 1  # 3.13+ uses the first
    size = min(32, cpus + 4)  # the default executor's number of threads
    print(f"min(32, cpus + 4) calls: all at once: {await at_once(size) == size}")
    more = size + 1
    print(f"one call more:           all at once: {await at_once(more) == more}")

    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(max_workers=2))
    print(f"2 threads, 3 calls:      at most {await at_once(3)} at once")


asyncio.run(main())
