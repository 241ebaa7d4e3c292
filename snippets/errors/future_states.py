import asyncio


def show(exc: BaseException) -> str:
    """What the last line of a traceback shows: the qualified name, then the message."""
    module = type(exc).__module__
    name = (
        type(exc).__qualname__
        if module == "builtins"
        else f"{module}.{type(exc).__qualname__}"
    )
    return f"{name}: {exc}" if str(exc) else name


async def main() -> None:
    loop = asyncio.get_running_loop()
    pending = loop.create_future()
    done = loop.create_future()
    done.set_result(1)
    cancelled = loop.create_future()
    cancelled.cancel()
    task = asyncio.create_task(asyncio.sleep(0))
    for what, call in (
        ("result() of a pending future", pending.result),
        ("exception() of a pending future", pending.exception),
        ("set_result() on a done future", lambda: done.set_result(2)),
        ("result() of a cancelled future", cancelled.result),
        ("set_result() on a task", lambda: task.set_result(3)),
    ):
        try:
            call()
        except (asyncio.InvalidStateError, asyncio.CancelledError, RuntimeError) as exc:
            print(f"{what}: {show(exc)}")
    await task


asyncio.run(main())
