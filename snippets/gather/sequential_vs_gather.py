# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it blocks on time.sleep: real time must pass
# ///

import asyncio
import threading
import time

from snippets.clock import LoopClock


async def fetch(name: str, delay: float) -> str:
    await asyncio.sleep(delay)  # stands in for a network request
    return f"{name} on {threading.current_thread().name}"


async def blocking(name: str, delay: float) -> str:
    time.sleep(delay)  # blocks the only thread: nothing else can run meanwhile
    return name


async def main() -> None:
    clock = LoopClock()
    a = await fetch("a", 0.1)
    b = await fetch("b", 0.2)
    print(f"sequential:        {[a, b]} {clock.stamp()}")

    clock = LoopClock()
    results = await asyncio.gather(fetch("a", 0.1), fetch("b", 0.2))
    print(f"gather:            {results} {clock.stamp()}")

    clock = LoopClock()
    results = await asyncio.gather(blocking("a", 0.1), blocking("b", 0.1))
    print(f"gather, blocking:  {results} {clock.stamp()}")


asyncio.run(main())
