import asyncio
from collections.abc import AsyncIterator


async def ticker() -> AsyncIterator[int]:
    try:
        for n in range(100):
            await asyncio.sleep(0)
            yield n
    finally:
        print("3. the generator's finally: closed by shutdown_asyncgens()")


async def background() -> None:
    try:
        await asyncio.sleep(10)
    finally:
        print("2. the pending task's finally: cancelled by asyncio.run()")


kept: list[AsyncIterator[int]] = []  # anything that outlives main(): a cache, a client


async def main() -> None:
    stream = ticker()
    kept.append(stream)
    print(f"first value: {await anext(stream)}")  # started, then abandoned
    task = asyncio.create_task(background())
    await asyncio.sleep(0)  # let the task start
    print(f"1. main() returns; the task is {'done' if task.done() else 'pending'}")


asyncio.run(main())
print("4. asyncio.run() has returned: the loop is closed")
