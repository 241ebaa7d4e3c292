import asyncio


async def fail(name: str) -> None:
    raise ValueError(f"{name} broke")


async def sibling() -> str:
    await asyncio.sleep(0.1)
    return "sibling: finished normally"


def report(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    print(f"exception handler: {context['message']}: {context['exception']!r}")


async def main() -> None:
    asyncio.get_running_loop().set_exception_handler(report)
    awaited = asyncio.create_task(fail("awaited"), name="awaited")
    inspected = asyncio.create_task(fail("inspected"), name="inspected")
    ignored = asyncio.create_task(fail("ignored"), name="ignored")
    print(await asyncio.create_task(sibling(), name="sibling"))
    try:
        await awaited
    except ValueError as exc:
        print(f"await awaited: {type(exc).__name__}: {exc}")
    print(f"inspected.exception(): {inspected.exception()!r}")
    del awaited, inspected, ignored  # the last references go: the tasks are destroyed
    print("main: done")


asyncio.run(main())
