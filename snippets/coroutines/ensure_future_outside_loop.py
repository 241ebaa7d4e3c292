import asyncio
import re
import warnings


async def fetch_data() -> str:
    await asyncio.sleep(0.1)
    return "data"


def start_outside_a_loop(start) -> asyncio.Task | None:
    """Call `start` (create_task or ensure_future) before any loop runs; report it."""
    label = f"{start.__name__}()"
    coro = fetch_data()
    task = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            task = start(coro)
        except RuntimeError as exc:
            coro.close()  # never awaited: close it so no RuntimeWarning is emitted
            print(f"{label:16} raised {type(exc).__name__}: {exc}")
    for warning in caught:  # 3.12 and 3.13 warn here; 3.10 and 3.11 don't
        print(f"{label:16} warned {warning.category.__name__}: {warning.message}")
    if task is not None:
        print(f"{label:16} returned a {type(task).__name__}, on a loop nobody runs")
    return task


start_outside_a_loop(asyncio.create_task)
early = start_outside_a_loop(asyncio.ensure_future)


async def main() -> None:
    if early is None:
        print("nothing to await: ensure_future() failed at once, like create_task()")
        return
    print(
        "same loop as asyncio.run()'s?", early.get_loop() is asyncio.get_running_loop()
    )
    try:
        await early
    except RuntimeError as exc:
        message = re.sub(
            r"^Task .* got Future .* attached",
            "Task <...> got Future <...> attached",
            str(exc),
        )
        print(f"await in asyncio.run(): {type(exc).__name__}: {message}")


asyncio.run(main())
if (
    early is not None
):  # the task still waits on the loop it was bound to: finish it there
    print("run on its own loop instead:", early.get_loop().run_until_complete(early))
    early.get_loop().close()
