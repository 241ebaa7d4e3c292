# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it blocks on time.sleep: real time must pass
# ///

import asyncio
import threading
import time


async def fetch(name: str, delay: float, order: list[str]) -> str:
    order.append(f"{name} starts")
    await asyncio.sleep(delay)  # stands in for a network request
    order.append(f"{name} ends")
    return f"{name} on {threading.current_thread().name}"


async def blocking(name: str, delay: float, order: list[str]) -> str:
    order.append(f"{name} starts")
    time.sleep(delay)  # blocks the only thread: nothing else can run meanwhile
    order.append(f"{name} ends")
    return name


async def main() -> None:
    order: list[str] = []
    a = await fetch("a", 0.1, order)
    b = await fetch("b", 0.2, order)
    print(f"sequential:        {[a, b]}\n  {', '.join(order)}")

    order = []
    results = await asyncio.gather(fetch("a", 0.1, order), fetch("b", 0.2, order))
    print(f"gather:            {results}\n  {', '.join(order)}")

    order = []
    results = await asyncio.gather(blocking("a", 0.1, order), blocking("b", 0.1, order))
    print(f"gather, blocking:  {results}\n  {', '.join(order)}")


asyncio.run(main())
