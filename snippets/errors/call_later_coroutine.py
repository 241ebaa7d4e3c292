import asyncio
import gc

from snippets.messages import caught_warnings

refreshed: list[str] = []


async def refresh_token() -> None:
    refreshed.append("token")


async def main() -> None:
    loop = asyncio.get_running_loop()
    try:
        loop.call_later(0.1, refresh_token)  # BUG: a callback must be a plain function
    except TypeError as exc:  # only in debug mode
        print(f"  call_later: TypeError: {exc}")
    await asyncio.sleep(0.2)


async def after(delay: float, job) -> None:
    await asyncio.sleep(delay)
    await job()


async def main_fixed() -> None:
    later = asyncio.create_task(after(0.1, refresh_token))  # a task, not a callback
    await asyncio.sleep(0.2)
    await later


for debug in (False, True):
    print(f"debug={debug}:")
    with caught_warnings() as warnings:
        asyncio.run(main(), debug=debug)
        gc.collect()
    print(f"  refreshed={refreshed}")
    for warning in warnings:
        print(f"  {warning}")

asyncio.run(main_fixed())
print(f"fixed: refreshed={refreshed}")
