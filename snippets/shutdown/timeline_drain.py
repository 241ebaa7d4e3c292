import asyncio
import os
import signal

from snippets.timeline import Timeline


async def handle(timeline: Timeline, name: str, seconds: float) -> None:
    with timeline.span(name):
        await asyncio.sleep(seconds)


async def main() -> None:
    timeline = Timeline()
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.call_later(0.2, os.kill, os.getpid(), signal.SIGTERM)
    requests = {"req 1": 0.1, "req 2": 0.3, "req 3": 0.9}
    in_flight = {asyncio.create_task(handle(timeline, *r)) for r in requests.items()}
    await asyncio.sleep(0)  # let the requests start: their lanes come first

    with timeline.span("accepting"):
        await stop.wait()
    with timeline.span("draining", kind="wait"):
        _, pending = await asyncio.wait(in_flight, timeout=0.3)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    loop.remove_signal_handler(signal.SIGTERM)
    print(timeline.svg("SIGTERM at 200 ms: stop accepting, drain for 300 ms, cancel"))


asyncio.run(main())
