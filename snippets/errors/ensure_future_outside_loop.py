import asyncio
import re

from snippets.messages import caught_warnings, normalise


async def fetch() -> str:
    return "data"


async def main(early: asyncio.Future) -> str:
    return await early


# At import time no loop runs: ensure_future() binds the task to the loop that
# get_event_loop() returns, not to the one asyncio.run() creates later.
coroutine = fetch()
with caught_warnings() as warnings:
    try:
        early = asyncio.ensure_future(coroutine)
    except RuntimeError as exc:  # 3.14+: get_event_loop() no longer creates a loop
        print(f"ensure_future(): RuntimeError: {exc}")
        coroutine.close()
        early = None
print("\n".join(warnings) or "no warning")

if early is not None:
    try:
        asyncio.run(main(early))
    except RuntimeError as exc:
        message = re.sub(r" cb=\[[^\]]*\]", "", normalise(str(exc)))
        print(f"RuntimeError: {message}")
    early.get_loop().run_until_complete(early)  # it can only run on its own loop
    early.get_loop().close()
    print(f"on its own loop: {early.result()}")
