import asyncio


def qualified_name(exc: BaseException) -> str:
    return f"{type(exc).__module__}.{type(exc).__name__}"


async def main() -> None:
    same = asyncio.TimeoutError is TimeoutError
    print(f"asyncio.TimeoutError is TimeoutError: {same}")
    for label, expected in [
        ("TimeoutError", TimeoutError),
        ("asyncio.TimeoutError", asyncio.TimeoutError),
    ]:
        try:
            await asyncio.wait_for(asyncio.sleep(1), timeout=0.1)
        except expected as exc:
            print(f"except {label}: caught {qualified_name(exc)}")
        except Exception as exc:
            print(f"except {label}: missed {qualified_name(exc)}")


asyncio.run(main())
