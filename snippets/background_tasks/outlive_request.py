import asyncio

from snippets.timeline import Timeline


async def main() -> None:
    timeline = Timeline()
    background: set[asyncio.Task] = set()

    async def job(lane: str, delay: float, fail: bool = False) -> None:
        with timeline.span(lane):
            await asyncio.sleep(delay)
            if fail:
                raise ConnectionError(f"{lane} failed")

    def spawn(lane: str, delay: float, fail: bool = False) -> None:
        task = asyncio.create_task(job(lane, delay, fail))
        background.add(task)
        task.add_done_callback(background.discard)

    async def handle_request() -> None:
        with timeline.span("request"):
            await asyncio.sleep(0.1)  # load the order
            spawn("send email", 0.4)
            spawn("thumbnail", 0.2)
            spawn("webhook", 0.3, fail=True)
            await asyncio.sleep(0.1)  # save it

    await handle_request()  # the response is out at 0.2 s
    # The background work goes on; wait for it (and retrieve its errors) here.
    await asyncio.gather(*background, return_exceptions=True)
    print(timeline.svg("Background tasks outlive the request that started them"))


asyncio.run(main())
