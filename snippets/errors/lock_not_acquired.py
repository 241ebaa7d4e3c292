import asyncio


async def main() -> None:
    lock = asyncio.Lock()
    condition = asyncio.Condition()
    for what, step in (
        ("Lock.release() without acquire()", lock.release),
        ("Condition.notify() outside `async with`", condition.notify),
    ):
        try:
            step()
        except RuntimeError as exc:
            print(f"{what}: RuntimeError: {exc}")
    try:
        await condition.wait()
    except RuntimeError as exc:
        print(f"Condition.wait() outside `async with`: RuntimeError: {exc}")
    async with lock:  # the fix: acquire and release in one statement
        print(f"inside `async with lock`: locked={lock.locked()}")


asyncio.run(main())
