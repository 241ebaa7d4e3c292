import asyncio
from unittest.mock import AsyncMock, patch


async def with_retries(operation, delays=(1, 2, 4), sleep=asyncio.sleep):
    """Retry with backoff: up to 7 s of waiting. The sleep can be injected."""
    for delay in (*delays, None):
        try:
            return await operation()
        except ConnectionError:
            if delay is None:
                raise
            await sleep(delay)


async def wait_until_ready(check, interval: float = 5.0) -> None:
    """Polls every 5 s, calling asyncio.sleep directly."""
    while not await check():
        await asyncio.sleep(interval)


async def main() -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()

    # 1. Inject the sleep: the test passes a fake that only records.
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    flaky = AsyncMock(side_effect=[ConnectionError(), ConnectionError(), "ok"])
    print(f"injected: {await with_retries(flaky, sleep=fake_sleep)!r}, slept {slept}")

    # 2. Patch asyncio.sleep for code that calls it directly.
    check = AsyncMock(side_effect=[False, False, True])
    with patch("asyncio.sleep", new_callable=AsyncMock) as sleep:
        await wait_until_ready(check)
    print(f"patched: ready after {sleep.await_count} sleeps of {sleep.await_args.args}")

    print(f"13 s of waiting took under 1 s: {loop.time() - start < 1}")


asyncio.run(main())
