import asyncio
from collections import Counter

from snippets.clock import LoopClock


async def call(sem: asyncio.Semaphore, latency: float, clock: LoopClock, starts: list):
    async with sem:
        starts.append(round(clock.elapsed() * 10))  # the 0.1 s window it started in
        await asyncio.sleep(latency)  # the server's response time


async def main() -> None:
    sem = asyncio.Semaphore(4)
    for latency in (0.2, 0.1, 0.0):
        clock, starts = LoopClock(), []
        await asyncio.gather(*(call(sem, latency, clock, starts) for _ in range(8)))
        counts = Counter(starts)
        per_window = [counts[window] for window in range(max(starts) + 1)]
        print(f"response time {latency}s: calls started per 0.1 s: {per_window}")


asyncio.run(main())
