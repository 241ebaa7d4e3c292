import asyncio

from snippets.timeline import Timeline


async def job(timeline: Timeline, sem: asyncio.Semaphore, name: str) -> None:
    with timeline.span(name, "wait"):
        await sem.acquire()
    try:
        with timeline.span(name):
            await asyncio.sleep(0.2)
    finally:
        sem.release()


async def main() -> None:
    timeline = Timeline()
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(timeline, sem, f"job {i}") for i in range(5)))
    print(
        timeline.svg("Five jobs under Semaphore(2): never more than two bars at once")
    )


asyncio.run(main())
