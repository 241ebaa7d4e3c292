import asyncio
from collections.abc import AsyncIterator
from contextlib import aclosing


async def rows(name: str) -> AsyncIterator[int]:
    print(f"  {name}: connection opened")
    opener = asyncio.current_task()
    try:
        for row in range(10):
            await asyncio.sleep(0)  # one round trip per row
            yield row
    finally:
        await asyncio.sleep(0)  # closing politely needs an await too
        same = asyncio.current_task() is opener
        print(f"  {name}: connection closed, in the task that opened it: {same}")


async def main() -> None:
    print("break out of `async for`:")
    async for row in rows("plain"):
        if row == 1:
            break
    print("  after the loop")
    await asyncio.sleep(0.1)  # the cleanup runs later, in a task of its own
    print("  0.1 s later")

    print("the same inside `async with aclosing(...)`:")
    async with aclosing(rows("aclosing")) as stream:
        async for row in stream:
            if row == 1:
                break
    print("  after the block")


asyncio.run(main())
