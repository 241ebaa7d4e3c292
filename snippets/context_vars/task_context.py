# /// script
# requires-python = ">=3.11"
# ///

import asyncio
import contextvars
from contextvars import ContextVar

user: ContextVar[str] = ContextVar("user", default="anonymous")


async def login() -> None:
    user.set("alice")  # in its own copy, this change would vanish with the task


async def main() -> None:
    await asyncio.create_task(login())
    print(f"after a task with its own copy: {user.get()!r}")

    shared = contextvars.copy_context()
    await asyncio.create_task(login(), context=shared)  # runs in `shared` itself
    print(f"after a task run in `shared`: shared[user]={shared[user]!r}")
    print(f"and main's own context: {user.get()!r}")


asyncio.run(main())
