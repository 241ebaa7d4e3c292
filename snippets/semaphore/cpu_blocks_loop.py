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


async def heartbeat(beats: list[int]) -> None:
    while True:
        await asyncio.sleep(0.1)
        beats.append(1)


async def main() -> None:
    sem = asyncio.Semaphore(1)

    async def in_coroutine() -> None:
        async with sem:
            crunch(0.3)

    async def in_thread() -> None:
        async with sem:
            await asyncio.to_thread(crunch, 0.3)

    for work in (in_coroutine, in_thread):
        beats: list[int] = []
        heart = asyncio.create_task(heartbeat(beats))
        await work()
        heart.cancel()
        print(f"{work.__name__:>12}: heartbeat ticked meanwhile: {len(beats) > 0}")


asyncio.run(main())
