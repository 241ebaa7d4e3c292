import asyncio
from collections import Counter

from snippets.clock import LoopClock
from snippets.ratelimit import TokenBucket


async def main() -> None:
    clock = LoopClock()
    bucket = TokenBucket(rate=10, capacity=3)
    starts = []

    async def call() -> None:
        await bucket.acquire()
        starts.append(round(clock.elapsed() * 10))  # the 0.1 s window it started in

    await asyncio.gather(*(call() for _ in range(8)))
    counts = Counter(starts)
    print(f"calls started per 0.1 s: {[counts[w] for w in range(max(starts) + 1)]}")
    print(f"all 8 started by {clock.stamp()}")


asyncio.run(main())
