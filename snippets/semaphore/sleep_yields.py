# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it blocks on time.sleep: real time must pass
# ///

import asyncio
import time


async def blocking_pause() -> None:
    time.sleep(0)  # blocks the thread; the event loop never gets control


async def yielding_pause() -> None:
    await asyncio.sleep(0)  # suspends this task and lets the loop run others


async def worker(name: str, pause, order: list[str]) -> None:
    for step in range(3):
        order.append(f"{name}{step}")
        await pause()


async def main() -> None:
    for pause in (blocking_pause, yielding_pause):
        order: list[str] = []
        await asyncio.gather(worker("A", pause, order), worker("B", pause, order))
        print(f"{pause.__name__:>14}: {' '.join(order)}")


asyncio.run(main())
