import asyncio


async def fetch_config():
    await asyncio.sleep(0.1)
    return {"retries": 3}


def load_config():
    """A synchronous helper that hides asyncio.run() inside."""
    coro = fetch_config()
    try:
        return asyncio.run(coro)
    finally:
        coro.close()  # if asyncio.run() refused it: no never-awaited warning


print("called from plain sync code:", load_config())


async def main():
    try:
        load_config()  # called while main's loop is running
    except RuntimeError as exc:
        print(f"called from a coroutine: {type(exc).__name__}: {exc}")


asyncio.run(main())
