import asyncio
import gc

from snippets.messages import unraisable


async def read_forever(queue: asyncio.Queue) -> None:
    await queue.get()  # on the way out, get() cleans up with the loop


async def start_reader() -> asyncio.Task:
    task = asyncio.create_task(read_forever(asyncio.Queue()))
    await asyncio.sleep(0)
    return task


# A task left pending by run_until_complete(), finalised after close().
loop = asyncio.new_event_loop()
reader = loop.run_until_complete(start_reader())
loop.close()
loop.set_exception_handler(lambda loop, context: None)  # hides "Task was destroyed"
with unraisable() as ignored:
    del reader
    gc.collect()
print("\n".join(ignored))
