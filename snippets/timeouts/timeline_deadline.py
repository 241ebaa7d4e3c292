# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.timeline import Timeline


async def main() -> None:
    timeline = Timeline()

    async def step(name: str, delay: float) -> None:
        with timeline.span(name):
            await asyncio.sleep(delay)

    with timeline.span("timeout(0.5)", "wait"):
        try:
            async with asyncio.timeout(0.5):
                await step("connect", 0.1)
                await asyncio.gather(step("query A", 0.2), step("query B", 0.3))
                await step("download", 0.4)  # would end at 800 ms
        except TimeoutError:
            pass
    await step("fallback", 0.1)  # e.g. serve a cached copy
    print(timeline.svg("asyncio.timeout(0.5): the download is cut at the deadline"))


asyncio.run(main())
