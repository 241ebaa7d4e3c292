# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.clock import LoopClock


async def step(clock: LoopClock, name: str, delay: float) -> None:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name}: cancelled {clock.stamp()}")
        raise
    print(f"{name}: done {clock.stamp()}")


async def main() -> None:
    clock = LoopClock()
    try:
        async with asyncio.timeout(0.3) as deadline:  # one deadline for the whole block
            await step(clock, "connect", 0.1)
            await asyncio.gather(
                step(clock, "query", 0.1),
                step(clock, "report", 0.3),  # would end at t=0.4s
            )
    except TimeoutError as exc:
        print(f"{type(exc).__name__} {clock.stamp()}, expired: {deadline.expired()}")


asyncio.run(main())
