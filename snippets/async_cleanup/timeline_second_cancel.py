import asyncio

from snippets.timeline import Timeline


async def main() -> None:
    timeline = Timeline()
    for lane in ("plain", "plain: close", "shielded", "shielded: close"):
        timeline.add(lane, "wait", 0, 0)  # an empty span: only fixes the lane order

    async def close(lane: str) -> None:
        with timeline.span(lane):
            await asyncio.sleep(0.2)  # 0.2 s of polite closing

    async def plain() -> None:
        try:
            with timeline.span("plain"):
                await asyncio.sleep(1)
        finally:
            await close("plain: close")

    async def shielded() -> None:
        try:
            with timeline.span("shielded"):
                await asyncio.sleep(1)
        finally:
            closing = asyncio.create_task(close("shielded: close"))
            try:
                with timeline.span("shielded", "wait"):
                    await asyncio.shield(closing)
            except asyncio.CancelledError:
                with timeline.span("shielded", "wait"):
                    await closing
                raise

    tasks = [asyncio.create_task(plain()), asyncio.create_task(shielded())]
    for _ in range(2):  # cancel both at 100 ms, and again at 200 ms
        await asyncio.sleep(0.1)
        for task in tasks:
            task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(timeline.svg("A second cancel() at 200 ms cuts a plain cleanup short"))


asyncio.run(main())
