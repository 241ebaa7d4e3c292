import asyncio

from snippets.messages import asyncio_log


async def flush() -> None:
    raise ConnectionError("cannot flush: server gone")


async def flusher() -> None:
    try:
        await asyncio.sleep(10)
    finally:
        await flush()  # cleanup that fails replaces the CancelledError


async def main() -> None:
    asyncio.create_task(flusher(), name="flusher")
    await asyncio.sleep(0)
    print("main: returning; asyncio.run() cancels what is left")


with asyncio_log() as log:
    asyncio.run(main())
for record in log:
    print(record)
