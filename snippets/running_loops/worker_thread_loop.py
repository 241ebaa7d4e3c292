# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it starts a thread: real time must pass
# ///

import asyncio
from concurrent.futures import ThreadPoolExecutor


async def fetch_config():
    await asyncio.sleep(0.5)
    return {"retries": 3}


def load_config():
    """Sync code called on the loop's thread that must return a plain value."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, fetch_config()).result()  # blocks until done


async def heartbeat(beats: list[int]):
    while True:
        await asyncio.sleep(0.05)  # ten beats due during each 0.5 s job
        beats.append(len(beats) + 1)


async def main():
    beats: list[int] = []
    beat = asyncio.create_task(heartbeat(beats))
    before = len(beats)
    config = await asyncio.to_thread(asyncio.run, fetch_config())
    print(f"to_thread(asyncio.run, ...) -> {config}")
    print(f"  the heartbeat kept beating meanwhile: {len(beats) > before}")
    before = len(beats)
    config = load_config()  # the loop is stuck here until the job is done
    print(f"load_config() -> {config}")
    print(f"  beats while the loop was stuck: {len(beats) - before}")
    beat.cancel()


asyncio.run(main())
