# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.clock import LoopClock


async def step(clock: LoopClock, name: str, delay: float) -> None:
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:  # what the code inside the block sees
        print(f"{name}: CancelledError {clock.stamp()}")
        raise
    print(f"{name}: done {clock.stamp()}")


async def main() -> None:
    clock = LoopClock()
    try:
        async with asyncio.timeout(0.3) as cm:  # one deadline for every await inside
            await step(clock, "connect", 0.1)
            await step(clock, "query", 0.1)
            await step(clock, "download", 0.3)  # would end at t=0.5s
        print("after the block")  # skipped: the block raised
    except TimeoutError as exc:
        print(f"{type(exc).__name__} {clock.stamp()}, expired(): {cm.expired()}")
        print(f"caused by: {type(exc.__cause__).__name__}")


asyncio.run(main())
