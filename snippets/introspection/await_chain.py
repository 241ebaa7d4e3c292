import asyncio


async def inner() -> None:
    await asyncio.sleep(0.2)


async def outer() -> None:
    await inner()


def await_chain(task: asyncio.Task) -> list[str]:
    """Follow cr_await from the task's coroutine down to the innermost one."""
    names = []
    coro = task.get_coro()
    while asyncio.iscoroutine(coro):
        names.append(coro.__qualname__)
        coro = coro.cr_await
    return names


async def main() -> None:
    task = asyncio.create_task(outer(), name="worker")
    await asyncio.sleep(0.1)  # let the worker start and suspend
    print(f"get_stack():  {[f.f_code.co_name for f in task.get_stack()]}")
    print(f"await chain:  {' -> '.join(await_chain(task))}")
    await task


asyncio.run(main())
