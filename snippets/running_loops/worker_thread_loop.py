# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it starts a thread: real time must pass
# ///

import asyncio
from concurrent.futures import ThreadPoolExecutor

from snippets.clock import LoopClock


async def fetch_config():
    await asyncio.sleep(0.3)
    return {"retries": 3}


def load_config():
    """Sync code called on the loop's thread that must return a plain value."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, fetch_config()).result()  # blocks until done


async def heartbeat(clock):
    for due in (0.2, 0.4):
        await asyncio.sleep(0.2)
        print(f"{clock.stamp()} heartbeat (due at t={due}s)")


async def main():
    clock = LoopClock()
    beat = asyncio.create_task(heartbeat(clock))
    config = await asyncio.to_thread(asyncio.run, fetch_config())
    print(f"{clock.stamp()} to_thread(asyncio.run, ...) -> {config}")
    config = load_config()  # the loop is stuck here for 0.3 s
    print(f"{clock.stamp()} load_config() -> {config}")
    await beat


asyncio.run(main())
