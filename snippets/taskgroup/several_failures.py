# /// script
# requires-python = ">=3.11"
# ///

import asyncio


async def parse(text: str) -> int:
    return int(text)  # fails before its first await


async def lookup(key: str) -> str:
    return {"a": "apple"}[key]


async def download() -> str:
    await asyncio.sleep(0.1)
    return "data"


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(parse("x"))
            tg.create_task(lookup("b"))
            slow = tg.create_task(download())
    except ExceptionGroup as group:
        print(f"{type(group).__name__}: {group}")
        for exc in group.exceptions:
            print(f"  {type(exc).__name__}: {exc}")
    print(f"download cancelled: {slow.cancelled()}")


asyncio.run(main())
