import asyncio
from collections import Counter

from snippets.clock import LoopClock
from snippets.ratelimit import TokenBucket


async def token_then_slot(sem, bucket, request) -> None:
    await bucket.acquire()
    async with sem:  # the token is already spent while the call waits here
        await request


async def slot_then_token(sem, bucket, request) -> None:
    async with sem:
        await bucket.acquire()  # the token is taken right before the call
        await request


async def run(limited) -> list[int]:
    clock, starts = LoopClock(), []
    sem, bucket = asyncio.Semaphore(1), TokenBucket(rate=10, capacity=1)

    async def call(latency: float) -> None:
        starts.append(round(clock.elapsed() * 10))  # the 0.1 s window it started in
        await asyncio.sleep(latency)

    calls = [call(0.3), call(0), call(0), call(0)]  # the first is slow, the rest quick
    await asyncio.gather(*(limited(sem, bucket, request) for request in calls))
    counts = Counter(starts)
    return [counts[window] for window in range(max(starts) + 1)]


async def main() -> None:
    for limited in (token_then_slot, slot_then_token):
        print(f"{limited.__name__}: calls started per 0.1 s: {await run(limited)}")


asyncio.run(main())
