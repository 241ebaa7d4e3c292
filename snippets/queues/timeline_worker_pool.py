import asyncio

from snippets.timeline import Timeline


async def worker(queue: asyncio.Queue, timeline: Timeline) -> None:
    while True:
        name, seconds, queued_at = await queue.get()
        try:
            timeline.add(name, "wait", queued_at, timeline.now())  # time in the queue
            with timeline.span(name):
                await asyncio.sleep(seconds)
        finally:
            queue.task_done()


async def main() -> None:
    timeline = Timeline()
    queue: asyncio.Queue = asyncio.Queue()
    jobs = {"job 1": 0.2, "job 2": 0.1, "job 3": 0.1, "job 4": 0.2, "job 5": 0.1}
    for name, seconds in jobs.items():
        queue.put_nowait((name, seconds, timeline.now()))
    workers = [asyncio.create_task(worker(queue, timeline)) for _ in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(
        timeline.svg(
            "Five jobs, two workers: each job waits in the queue for a free one"
        )
    )


asyncio.run(main())
