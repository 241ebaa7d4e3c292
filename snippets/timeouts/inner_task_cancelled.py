# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.clock import LoopClock
from snippets.tasks import describe


async def download(clock: LoopClock) -> str:
    try:
        await asyncio.sleep(1)
        return "data"
    except asyncio.CancelledError:
        print(f"  download: cancelled {clock.stamp()}, cleaning up for 0.1 s")
        await asyncio.sleep(0.1)
        raise


async def main() -> None:
    print("wait_for(task, timeout=0.2):")
    clock = LoopClock()
    task = asyncio.create_task(download(clock), name="download")
    try:
        await asyncio.wait_for(task, timeout=0.2)
    except TimeoutError:
        print(f"  TimeoutError {clock.stamp()}; {describe(task)}")

    print("async with timeout(0.2): await task")
    clock = LoopClock()
    task = asyncio.create_task(download(clock), name="download")
    try:
        async with asyncio.timeout(0.2):
            await task
    except TimeoutError:
        print(f"  TimeoutError {clock.stamp()}; {describe(task)}")


asyncio.run(main())
