import asyncio

from snippets.timeline import Timeline


async def main() -> None:
    timeline = Timeline()

    async def worker(name: str) -> None:
        try:
            with timeline.span(name):
                await asyncio.sleep(0.4)
        except asyncio.CancelledError:
            with timeline.span("cleanup"):
                await asyncio.sleep(0.1)  # close connections, flush buffers
            raise

    other = asyncio.create_task(worker("other"))  # never cancelled
    doomed = asyncio.create_task(worker("worker"))
    with timeline.span("main"):
        await asyncio.sleep(0.2)
    doomed.cancel()
    with timeline.span("main", "wait"):
        await asyncio.gather(doomed, return_exceptions=True)  # until cleanup ends
    await other
    print(timeline.svg("worker is cancelled at 200 ms and cleans up; other is not"))


asyncio.run(main())
