import asyncio
import gc
import re

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
for line in ignored:
    # Which coroutine is named, read_forever() or the Queue.get() it awaits, depends
    # on the order in which the garbage collector finalises them: a CPython detail.
    print(re.sub(r"<coroutine object [^>]*>", "<coroutine object …>", line))
