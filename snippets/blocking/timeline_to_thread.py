# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it blocks on time.sleep and starts a thread: real time must pass
# ///

import asyncio
import time

from snippets.timeline import Timeline


async def main() -> None:
    timeline = Timeline(tick=0.2)  # 200 ms steps

    async def fetch(name: str) -> None:
        with timeline.span(name):
            await asyncio.sleep(0.2)  # a 0.2 s network call

    async def parse() -> None:
        with timeline.span("parse"):
            await asyncio.to_thread(time.sleep, 0.4)  # blocks a worker thread

    await asyncio.gather(fetch("fetch a"), parse(), fetch("fetch b"))
    print(timeline.svg("asyncio.to_thread() keeps the loop free for the others"))


asyncio.run(main())
