import asyncio
import functools

from snippets.messages import asyncio_log


def on_tick(counter: dict) -> None:
    counter["ticks"] += 1
    raise KeyError("missing")  # a bug in a plain callback


def on_done(name: str, task: asyncio.Task) -> None:
    raise ValueError(f"{name} handler broke")


async def main() -> None:
    loop = asyncio.get_running_loop()
    loop.call_soon(on_tick, {"ticks": 0})
    task = asyncio.create_task(asyncio.sleep(0), name="job")
    task.add_done_callback(functools.partial(on_done, "job"))
    await task
    await asyncio.sleep(0)
    print("main: carried on, nothing was raised here")


with asyncio_log() as log:
    asyncio.run(main())
for record in log:
    print(record)
