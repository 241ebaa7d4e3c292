import asyncio
from collections import Counter

from snippets.clock import LoopClock

gauge = {"running": 0, "peak": 0}


async def quick_call(sem: asyncio.Semaphore, clock: LoopClock) -> str:
    async with sem:
        gauge["running"] += 1
        gauge["peak"] = max(gauge["peak"], gauge["running"])
        await asyncio.sleep(0)  # a fast response: it yields, but takes ~no time
        gauge["running"] -= 1
        return clock.stamp()


async def main() -> None:
    clock = LoopClock()
    sem = asyncio.Semaphore(2)
    stamps = await asyncio.gather(*(quick_call(sem, clock) for _ in range(100)))
    for stamp, calls in Counter(stamps).items():
        print(f"{stamp}: {calls} calls finished")
    print(f"peak concurrency: {gauge['peak']}")


asyncio.run(main())
