import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
log = logging.getLogger("background")
background: set[asyncio.Task] = set()


def _finished(task: asyncio.Task) -> None:
    background.discard(task)  # drop the reference: the task is done
    if task.cancelled():
        log.warning("%s was cancelled", task.get_name())
    elif (exc := task.exception()) is not None:  # retrieve it, so it is not lost
        log.error("%s failed: %r", task.get_name(), exc)


def spawn(coro, name: str) -> asyncio.Task:
    """Run `coro` in the background: keep it alive, and log how it ends."""
    task = asyncio.create_task(coro, name=name)
    background.add(task)
    task.add_done_callback(_finished)
    return task


async def job(delay: float, fail: bool = False) -> None:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError("mail server refused the connection")


async def main() -> None:
    spawn(job(0.1), name="audit-log")
    spawn(job(0.1, fail=True), name="send-email")
    cache = spawn(job(0.3), name="warm-cache")
    cache.cancel()
    print(f"main: {len(background)} background tasks running")
    await asyncio.sleep(0.2)
    print(f"main: {len(background)} background tasks left")
    try:
        cache.exception()  # why _finished checks cancelled() first
    except asyncio.CancelledError as exc:
        print(f"warm-cache.exception() raises {type(exc).__name__}")


asyncio.run(main())
