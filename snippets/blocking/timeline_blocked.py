# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it blocks on time.sleep: real time must pass
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
        time.sleep(0.4)  # blocking: the whole loop stops here
        order.append(("parse", "end"))

    await asyncio.gather(fetch("fetch a"), parse(), fetch("fetch b"))
    timeline = Timeline(tick=0.2, clock=False)  # 200 ms steps
    timeline.replay(order, {"fetch a": 1, "parse": 2, "fetch b": 1})
    print(timeline.svg("time.sleep(0.4) in a coroutine stops every task"))


asyncio.run(main())
