# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.clock import LoopClock


async def stubborn_step(clock: LoopClock) -> None:
    try:
        await asyncio.sleep(0.3)
    except asyncio.CancelledError:
        print(f"step: cancelled {clock.stamp()}, ignoring it")  # the bug
    await asyncio.sleep(0.2)  # carries on as if nothing happened
    print(f"step: finished {clock.stamp()}")


async def main() -> None:
    clock = LoopClock()
    try:
        async with asyncio.timeout(0.1) as cm:
            await stubborn_step(clock)
        print(f"block ended normally {clock.stamp()}, expired(): {cm.expired()}")
    except TimeoutError:
        print("TimeoutError")  # never printed


asyncio.run(main())
