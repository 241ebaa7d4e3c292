import asyncio
from collections import Counter

from snippets.clock import LoopClock
from snippets.ratelimit import TokenBucket


class FakeAPI:
    """Allows 10 calls per second: a 4th call within any 0.3 s gets 429."""

    def __init__(self) -> None:
        self.clock, self.accepted = LoopClock(), []

    async def get(self) -> int:
        now = round(self.clock.elapsed() * 10)  # in 0.1 s windows
        if sum(1 for t in self.accepted if t > now - 3) >= 3:
            return 429  # Too Many Requests, answered at once
        self.accepted.append(now)
        await asyncio.sleep(0.1)
        return 200


async def client(api: FakeAPI, sem: asyncio.Semaphore, bucket=None) -> int:
    async with sem:
        if bucket is not None:
            await bucket.acquire()
        return await api.get()


async def main() -> None:
    api, sem = FakeAPI(), asyncio.Semaphore(3)
    statuses = await asyncio.gather(*(client(api, sem) for _ in range(6)))
    print(f"Semaphore(3) only:     {sorted(Counter(statuses).items())}")

    api, sem, bucket = FakeAPI(), asyncio.Semaphore(3), TokenBucket(10, capacity=1)
    statuses = await asyncio.gather(*(client(api, sem, bucket) for _ in range(6)))
    print(f"Semaphore(3) + bucket: {sorted(Counter(statuses).items())}")


asyncio.run(main())
