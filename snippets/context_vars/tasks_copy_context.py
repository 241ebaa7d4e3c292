import asyncio
from contextvars import ContextVar

request_id: ContextVar[str] = ContextVar("request_id", default="-")


async def handle(name: str) -> str:
    print(f"{name}: sees {request_id.get()!r} at the start")
    request_id.set(name)  # changes this task's copy only
    await asyncio.sleep(0.1)
    return f"{name} still sees {request_id.get()!r}"


async def main() -> None:
    request_id.set("main")
    early = asyncio.create_task(handle("early"))  # copies the context now
    request_id.set("main, later")  # after the copy: `early` does not see this
    print(await asyncio.gather(early, handle("late")))  # `late` becomes a task now
    print(f"main: still sees {request_id.get()!r}")  # the tasks' set() stayed in them


asyncio.run(main())
