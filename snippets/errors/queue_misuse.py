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
    queue: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
    queue.put_nowait(1)
    queue.get_nowait()
    queue.task_done()

    def put_two() -> None:
        queue.put_nowait(1)
        queue.put_nowait(2)  # maxsize=1

    for name, step in (
        ("task_done() again", queue.task_done),  # one task_done() per get(), no more
        ("get_nowait() on an empty queue", queue.get_nowait),
        ("put_nowait() on a full queue", put_two),
    ):
        try:
            step()
        except (ValueError, asyncio.QueueEmpty, asyncio.QueueFull) as exc:
            print(f"{name}: {show(exc)}")


asyncio.run(main())
