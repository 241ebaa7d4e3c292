import asyncio

calls = 0


async def fetch_data() -> str:
    global calls
    calls += 1
    await asyncio.sleep(0.1)
    return f"data #{calls}"


async def main() -> None:
    coro = fetch_data()  # a coroutine object: the body has not started yet
    print("first await:", await coro)
    try:
        await coro  # the same object again
    except RuntimeError as exc:
        print(f"second await: {type(exc).__name__}: {exc}")

    # Calling the coroutine function again builds a brand-new coroutine object.
    fresh = fetch_data()
    print("fresh object:", fresh is not coro)
    print("fresh await:", await fresh)


asyncio.run(main())
