import asyncio

from snippets.clock import LoopClock

background: set[asyncio.Task] = set()


async def upload(clock: LoopClock, parts: int) -> None:
    sent = 0
    try:
        for _ in range(parts):
            await asyncio.sleep(0.2)
            sent += 1
    except asyncio.CancelledError:
        print(f"upload: cancelled at {clock.stamp()}")
        raise
    finally:
        print(f"upload: {sent} of {parts} parts sent")


async def main(drain: bool) -> None:
    clock = LoopClock()
    task = asyncio.create_task(upload(clock, parts=2))
    background.add(task)
    task.add_done_callback(background.discard)
    await asyncio.sleep(0.3)  # the request that started the upload is long done
    if drain and background:  # wait() refuses an empty set
        await asyncio.wait(background, timeout=1.0)  # give background work a deadline
    print(f"main returns at {clock.stamp()}")


print("-- main returns at once:")
asyncio.run(main(drain=False))
print("-- main drains the background tasks first:")
asyncio.run(main(drain=True))
