import asyncio


async def helper() -> asyncio.Task:
    # A coroutine you await directly runs inside the caller's task.
    return asyncio.current_task()


async def child() -> asyncio.Task:
    return asyncio.current_task()


async def main() -> None:
    me = asyncio.current_task()
    print(f"main() runs inside a Task: {isinstance(me, asyncio.Task)}")
    print(f"that Task runs: {me.get_coro().__qualname__}()")
    print(f"await helper() sees the same Task: {await helper() is me}")

    task = asyncio.create_task(child())
    seen = await task
    print(f"child() sees its own Task: {seen is task}")
    print(f"child()'s Task is not main's: {seen is not me}")


asyncio.run(main())
