import asyncio


async def too_slow() -> None:
    await asyncio.wait_for(asyncio.sleep(1), timeout=0.1)


async def main() -> None:
    print(
        f"asyncio.TimeoutError is TimeoutError: {asyncio.TimeoutError is TimeoutError}"
    )
    print(f"its bases: {[cls.__name__ for cls in asyncio.TimeoutError.__mro__[1:]]}")
    handlers = [
        ("asyncio.TimeoutError", asyncio.TimeoutError),
        ("TimeoutError", TimeoutError),
        ("OSError", OSError),
    ]
    for label, handler in handlers:
        try:
            await too_slow()
        except handler:
            print(f"except {label}: caught")
        except Exception as exc:
            print(f"except {label}: missed {type(exc).__module__}.{type(exc).__name__}")


asyncio.run(main())
