import asyncio

from snippets.clock import LoopClock

gauge = {"running": 0, "peak": 0}


async def job(sem: asyncio.Semaphore, clock: LoopClock) -> str:
    async with sem:
        gauge["running"] += 1
        gauge["peak"] = max(gauge["peak"], gauge["running"])
        start = clock.stamp()
        await asyncio.sleep(0.2)
        gauge["running"] -= 1
        return f"{start} -> {clock.stamp()}"


async def main() -> None:
    clock = LoopClock()
    sem = asyncio.Semaphore(2)
    spans = await asyncio.gather(*(job(sem, clock) for _ in range(5)))
    for i, span in enumerate(spans):
        print(f"job {i}: {span}")
    print(f"peak concurrency: {gauge['peak']}")


asyncio.run(main())
