import asyncio

from snippets.clock import LoopClock


async def worker(name: str, ready: asyncio.Event, clock: LoopClock) -> str:
    await ready.wait()  # every waiter wakes up on set()
    return f"{name} started {clock.stamp()}"


async def main() -> None:
    clock = LoopClock()
    ready = asyncio.Event()
    workers = [asyncio.create_task(worker(n, ready, clock)) for n in ("a", "b", "c")]
    await asyncio.sleep(0.2)  # e.g. the configuration is loading
    print(f"main: set() {clock.stamp()}")
    ready.set()
    print(await asyncio.gather(*workers))

    await ready.wait()  # an Event stays set: a later wait() returns at once
    print(f"main: wait() after set() returned {clock.stamp()}")
    ready.clear()  # until clear()
    print(f"main: is_set() after clear(): {ready.is_set()}")


asyncio.run(main())
