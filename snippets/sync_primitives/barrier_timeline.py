# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.timeline import Timeline


async def main() -> None:
    timeline = Timeline()
    barrier = asyncio.Barrier(3)  # three parties

    async def player(name: str, loading: float) -> None:
        with timeline.span(name):
            await asyncio.sleep(loading)  # each one gets ready in its own time
        with timeline.span(name, "wait"):
            await barrier.wait()  # ... and waits here for the other two
        with timeline.span(name):
            await asyncio.sleep(0.1)  # then all three start together

    await asyncio.gather(player("a", 0.1), player("b", 0.3), player("c", 0.2))
    print(timeline.svg("Barrier(3): nobody goes on until all three have arrived"))


asyncio.run(main())
