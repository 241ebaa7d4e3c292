# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # threads run on the real clock; the output shows only orderings
# ///
import asyncio
import threading


class Job:
    """What the thread and the coroutine share: threading objects, not asyncio ones."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.stop = threading.Event()
        self.finished = threading.Event()
        self.outcome = ""


def export(job: Job, go_on: threading.Event) -> None:
    job.started.set()
    go_on.wait()  # a long blocking call: a query, a download, a file copy
    job.outcome = "file written"
    job.finished.set()


def export_in_steps(job: Job) -> None:
    job.started.set()
    for _ in range(50):
        if job.stop.wait(0.1):  # between steps, check whether the caller gave up
            job.outcome = "stopped early, nothing written"
            break
    else:
        job.outcome = "all 50 steps done, file written"
    job.finished.set()


async def cancel_once_started(task: asyncio.Task, job: Job) -> None:
    await asyncio.to_thread(job.started.wait)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: the await was cancelled")


async def main() -> None:
    job, go_on = Job(), threading.Event()
    task = asyncio.create_task(asyncio.to_thread(export, job, go_on))
    await cancel_once_started(task, job)
    print(f"main: has the thread finished? {job.finished.is_set()}")
    go_on.set()  # the blocking call returns in its own time...
    await asyncio.to_thread(job.finished.wait)
    print(f"main: ...and then its work still happens: {job.outcome}")

    job = Job()
    task = asyncio.create_task(asyncio.to_thread(export_in_steps, job))
    try:
        await cancel_once_started(task, job)
    finally:
        job.stop.set()  # tell the thread; it checks between steps
    await asyncio.to_thread(job.finished.wait)
    print(f"main: with a stop flag: {job.outcome}")


asyncio.run(main())
