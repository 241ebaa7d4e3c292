# /// script
# requires-python = ">=3.11"
# ///

import asyncio

from snippets.tasks import describe


async def fail() -> None:
    raise ValueError("child failed")


async def serve(uncancel: bool) -> None:
    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.1, me.cancel)  # a hand-made timeout
    try:
        await asyncio.sleep(1)  # a request that takes too long
    except asyncio.CancelledError:
        if uncancel:
            me.uncancel()  # this cancellation was ours, and it is handled
    print(f"  request abandoned, cancelling()={me.cancelling()}")

    try:
        async with asyncio.TaskGroup() as tg:  # later, in the same task
            tg.create_task(fail())
    except* ValueError:
        print("  TaskGroup error handled")
    await asyncio.sleep(0.1)
    print("  next request")


async def main() -> None:
    for uncancel in (False, True):
        print(f"uncancel={uncancel}:")
        task = asyncio.create_task(serve(uncancel), name="serve")
        await asyncio.gather(task, return_exceptions=True)
        print(f"  {describe(task)}")


asyncio.run(main())
