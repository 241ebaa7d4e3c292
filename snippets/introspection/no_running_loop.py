import asyncio

# Outside any event loop there is nothing to ask.
for func in (asyncio.current_task, asyncio.all_tasks):
    try:
        func()
    except RuntimeError as exc:
        print(f"{func.__name__}(): {type(exc).__name__}: {exc}")


async def main() -> None:
    loop = asyncio.get_running_loop()
    seen = loop.create_future()
    # A plain callback runs on the loop, but not inside any Task.
    loop.call_soon(lambda: seen.set_result(asyncio.current_task()))
    print(f"current_task() in a callback: {await seen}")
    in_main = asyncio.current_task()
    print(f"current_task() in main(): a Task? {isinstance(in_main, asyncio.Task)}")


asyncio.run(main())
