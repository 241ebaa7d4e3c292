"""A small token-bucket rate limiter: `rate` calls per second, bursts of `capacity`.

A `Semaphore` bounds how many calls are in progress, not how many start per second;
this is the tool for the second kind of limit. The rate-limit examples import it, so
it lives once, here.
"""

from __future__ import annotations

import asyncio

__all__ = ["TokenBucket"]

# 0.9 + 0.1 tokens can add up to a hair below 1 in floating point; counting that as a
# whole token keeps the bucket from sleeping for femtoseconds, again and again, on an
# exact clock.
_SLACK = 1e-9


class TokenBucket:
    """At most `rate` calls per second on average, in bursts of up to `capacity`.

    Create it inside a coroutine, so that a loop is running. It reads `loop.time()`,
    the monotonic clock the event loop runs its timers on (the wall clock can jump);
    it computes the tokens earned since it last looked and sleeps exactly until the
    next one is due, instead of polling; and its lock hands out tokens to waiting
    callers in arrival order.

    Parameters:
        rate: Tokens added per second: the long-run average rate.
        capacity: The most tokens the bucket holds: the largest burst.

    Examples:
        ```py
        import asyncio

        from snippets.clock import LoopClock
        from snippets.ratelimit import TokenBucket

        async def main() -> None:
            clock = LoopClock()
            bucket = TokenBucket(rate=10, capacity=1)
            for _ in range(3):
                await bucket.acquire()
            print(clock.stamp())
            #> t=0.2s

        asyncio.run(main())
        ```
    """

    def __init__(self, rate: float, capacity: int) -> None:
        self.rate, self.capacity, self.tokens = rate, capacity, float(capacity)
        self.loop = asyncio.get_running_loop()
        self.updated = self.loop.time()
        self.lock = asyncio.Lock()

    async def acquire(self) -> None:
        """Wait until a token is available, and take it."""
        async with self.lock:
            while True:
                now = self.loop.time()
                elapsed, self.updated = now - self.updated, now
                self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
                if self.tokens >= 1 - _SLACK:
                    self.tokens = max(0.0, self.tokens - 1)
                    return
                # Not enough: sleep until the next whole token is due.
                await asyncio.sleep((1 - self.tokens) / self.rate)
