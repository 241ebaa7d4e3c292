# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.clock import LoopClock


async def guarded(clock: LoopClock) -> None:
    me = asyncio.current_task()
    try:
        async with asyncio.timeout(0.1):
            try:
                await asyncio.sleep(1)
            finally:
                print(
                    f"  timeout fired {clock.stamp()}, cancelling()={me.cancelling()}"
                )
                await asyncio.sleep(0.2)  # slow cleanup
    except TimeoutError:
        print(f"  TimeoutError {clock.stamp()}, cancelling()={me.cancelling()}")


async def main() -> None:
    print("only the timeout cancels the task:")
    clock = LoopClock()
    await asyncio.create_task(guarded(clock))

    print("someone else cancels it during the cleanup:")
    clock = LoopClock()
    task = asyncio.create_task(guarded(clock))
    await asyncio.sleep(0.2)
    task.cancel()
    print(f"  main: cancel() {clock.stamp()}, cancelling()={task.cancelling()}")
    try:
        await task
    except asyncio.CancelledError:
        print(f"  main: the task was cancelled, not timed out {clock.stamp()}")


asyncio.run(main())
