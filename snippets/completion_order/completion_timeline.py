import asyncio

from snippets.timeline import Timeline


async def main() -> None:
    timeline = Timeline()

    async def fetch(name: str, delay: float) -> str:
        with timeline.span(name):
            await asyncio.sleep(delay)
        return name

    async def handle(lane: str, results: list) -> None:
        with timeline.span(lane):
            await asyncio.sleep(0.1 * len(results))  # 0.1 s per result

    async def with_as_completed(tasks: list[asyncio.Task]) -> None:
        for next_done in asyncio.as_completed(tasks):
            with timeline.span("as_completed", "wait"):
                result = await next_done
            await handle("as_completed", [result])

    async def with_gather(tasks: list[asyncio.Task]) -> None:
        with timeline.span("gather", "wait"):
            results = await asyncio.gather(*tasks)
        await handle("gather", results)

    args = [("slow", 0.5), ("fast", 0.1), ("medium", 0.3)]  # argument order
    tasks = [asyncio.create_task(fetch(name, delay)) for name, delay in args]
    await asyncio.gather(with_as_completed(tasks), with_gather(tasks))
    print(timeline.svg("as_completed handles each result as it arrives; gather waits"))


asyncio.run(main())
