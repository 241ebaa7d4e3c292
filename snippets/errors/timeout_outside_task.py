# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def limited() -> str:
    async with asyncio.timeout(1):
        return "in time"


async def main() -> None:
    loop = asyncio.get_running_loop()
    done = loop.create_future()

    def callback() -> None:
        # A coroutine driven by hand from a plain callback runs in no task.
        coroutine = limited()
        try:
            coroutine.send(None)
        except RuntimeError as exc:
            done.set_result(f"RuntimeError: {exc}")
        coroutine.close()

    loop.call_soon(callback)
    print(f"driven from a callback: {await done}")

    deadline = asyncio.timeout(1)
    async with deadline:
        pass
    try:
        async with deadline:  # a Timeout object is good for one block only
            pass
    except RuntimeError as exc:
        print(f"entered twice: RuntimeError: {exc}")
    print(f"the fix, run it as a task: {await asyncio.create_task(limited())}")


asyncio.run(main())
