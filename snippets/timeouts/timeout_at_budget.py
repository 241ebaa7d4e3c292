# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.clock import LoopClock


async def call(clock: LoopClock, name: str, delay: float) -> None:
    await asyncio.sleep(delay)
    print(f"  {name} done {clock.stamp()}")


async def main() -> None:
    print("timeout(0.3) per call: each call gets its own 0.3 s")
    clock = LoopClock()
    for name in ("first", "second"):
        async with asyncio.timeout(0.3):
            await call(clock, name, 0.2)

    print("timeout_at(deadline): both calls share one 0.3 s budget")
    clock = LoopClock()
    deadline = asyncio.get_running_loop().time() + 0.3
    try:
        for name in ("first", "second"):
            async with asyncio.timeout_at(deadline):
                await call(clock, name, 0.2)
    except TimeoutError:
        print(f"  TimeoutError {clock.stamp()}")


asyncio.run(main())
