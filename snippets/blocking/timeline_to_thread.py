# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it blocks on time.sleep and starts a thread: real time must pass
# ///

import asyncio
import time

from snippets.timeline import Timeline


async def main() -> None:
    order: list[tuple[str, str]] = []  # what happened, in the order it happened

    async def fetch(name: str) -> None:
        order.append((name, "start"))
        await asyncio.sleep(0.2)  # a 0.2 s network call
        order.append((name, "end"))

    async def parse() -> None:
        order.append(("parse", "start"))
        await asyncio.to_thread(time.sleep, 0.4)  # blocks a worker thread
        order.append(("parse", "end"))

    await asyncio.gather(fetch("fetch a"), parse(), fetch("fetch b"))
    timeline = Timeline(tick=0.2, clock=False)  # 200 ms steps
    timeline.replay(order, {"fetch a": 1, "parse": 2, "fetch b": 1})
    print(timeline.svg("asyncio.to_thread() keeps the loop free for the others"))


asyncio.run(main())
