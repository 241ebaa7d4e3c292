# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it blocks on time.sleep and starts a thread: real time must pass
# ///

import asyncio
import time


async def heartbeat(beats: list[int]) -> None:
    while True:
        await asyncio.sleep(0.1)
        beats.append(1)


async def awaits_sleep() -> None:
    await asyncio.sleep(0.35)  # suspends this task: the loop runs the others


async def calls_time_sleep() -> None:
    time.sleep(0.35)  # blocks the thread: the loop runs nothing meanwhile


async def uses_to_thread() -> None:
    await asyncio.to_thread(time.sleep, 0.35)  # blocks a worker thread instead


async def main() -> None:
    for work in (awaits_sleep, calls_time_sleep, uses_to_thread):
        beats: list[int] = []
        heart = asyncio.create_task(heartbeat(beats))
        await asyncio.sleep(0)  # let the heartbeat start
        await work()
        heart.cancel()
        print(f"{work.__name__:>16}: heartbeat ran meanwhile: {len(beats) > 0}")


asyncio.run(main())
