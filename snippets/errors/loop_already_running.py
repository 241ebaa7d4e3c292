import asyncio
import gc

from snippets.messages import caught_warnings


async def fetch() -> str:
    await asyncio.sleep(0)
    return "data"


def fetch_sync_same_loop() -> str:
    """A synchronous helper that drives the current loop, called from async code."""
    loop = asyncio.get_event_loop()
    return loop.run_until_complete(fetch())


def fetch_sync_new_loop() -> str:
    """The same helper with a loop of its own."""
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(fetch())
    finally:
        loop.close()


async def main() -> None:
    for helper in (fetch_sync_same_loop, fetch_sync_new_loop):
        with caught_warnings() as warnings:
            try:
                helper()
            except RuntimeError as exc:
                print(f"{helper.__name__}: RuntimeError: {exc}")
            gc.collect()  # the coroutine given to run_until_complete() never ran
        print("  and " + "\n  and ".join(warnings))
    print(f"the fix, await it: {await fetch()}")


asyncio.run(main())
