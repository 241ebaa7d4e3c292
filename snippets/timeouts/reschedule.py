# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.clock import LoopClock

IDLE = 0.2  # give up after 0.2 s without a new chunk


async def main() -> None:
    loop = asyncio.get_running_loop()
    clock = LoopClock()
    try:
        async with asyncio.timeout(None) as cm:
            print(f"no deadline yet: when() = {cm.when()}")
            for gap in [0.1, 0.1, 0.1, 0.5]:
                cm.reschedule(loop.time() + IDLE)  # (re)start the idle countdown
                await asyncio.sleep(gap)  # waiting for the next chunk
                print(f"chunk {clock.stamp()}")
    except TimeoutError:
        print(f"TimeoutError {clock.stamp()}: no chunk for {IDLE} s")


asyncio.run(main())
