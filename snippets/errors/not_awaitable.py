import asyncio


def fetch_sync() -> int:  # BUG: meant to be `async def`
    return 42


async def fetch() -> int:
    return 42


async def main() -> None:
    for what, step in (
        ("await on a plain value", lambda: fetch_sync()),
        ("gather() of a plain value", lambda: asyncio.gather(fetch_sync())),
        ("gather() of the function itself", lambda: asyncio.gather(fetch)),
    ):
        try:
            await step()
        except TypeError as exc:
            print(f"{what}: TypeError: {exc}")
    print(f"the fix: {await fetch()}, {await asyncio.gather(fetch())}")


asyncio.run(main())
