import asyncio

from snippets.ratelimit import TokenBucket
from snippets.timeline import Timeline


async def main() -> None:
    timeline = Timeline()

    async def request(lane: str, sem: asyncio.Semaphore, bucket=None) -> None:
        with timeline.span(lane, "wait"):
            await sem.acquire()
            if bucket is not None:
                await bucket.acquire()
        try:
            with timeline.span(lane):
                await asyncio.sleep(0.1)  # the call itself
        finally:
            sem.release()

    burst_sem, paced_sem = asyncio.Semaphore(2), asyncio.Semaphore(2)
    bucket = TokenBucket(rate=5, capacity=1)  # one call every 0.2 s
    await asyncio.gather(
        *(request(f"burst {i}", burst_sem) for i in (1, 2, 3)),
        *(request(f"paced {i}", paced_sem, bucket) for i in (1, 2, 3)),
    )
    timeline.spans = [s for s in timeline.spans if s.end > s.start]  # drop empty waits
    print(timeline.svg("A semaphore alone lets calls burst; a token bucket paces them"))


asyncio.run(main())
