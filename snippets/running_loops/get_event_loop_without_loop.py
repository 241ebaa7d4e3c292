import asyncio
import warnings


def try_get_event_loop(situation: str) -> asyncio.AbstractEventLoop | None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            loop = asyncio.get_event_loop()
            outcome = f"a loop, running={loop.is_running()}"
        except RuntimeError as exc:
            loop, outcome = None, f"RuntimeError: {exc}"
    print(f"{situation:19}: {outcome}")
    for warning in caught:
        print(f"  {warning.category.__name__}: {warning.message}")
    return loop


async def main() -> None:
    try_get_event_loop("inside a coroutine")


loop = try_get_event_loop("nothing set yet")  # 3.10-3.13: creates a loop and sets it
if loop is not None:
    loop.close()
asyncio.run(main())
try_get_event_loop("after asyncio.run()")  # run() unset its loop when it finished
