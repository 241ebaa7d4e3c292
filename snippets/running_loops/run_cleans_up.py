# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it blocks on time.sleep and starts a thread: real time must pass
# ///

import asyncio
import time


async def heartbeat():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("heartbeat: cancelled by asyncio.run() on the way out")
        raise


async def read_rows():
    try:
        yield "row 1"
        yield "row 2"
    finally:
        print("read_rows: finally block ran, cursor closed")


def export_file():
    time.sleep(0.2)
    print("export_file: thread finished; asyncio.run() waited for it")


leftovers = []  # keep references, so that only asyncio.run() can clean these up


async def main():
    leftovers.append(asyncio.create_task(heartbeat()))
    leftovers.append(asyncio.create_task(asyncio.to_thread(export_file)))
    rows = read_rows()
    leftovers.append(rows)
    print("main got", await anext(rows))
    await asyncio.sleep(0)  # let both tasks start
    print("main returns: two tasks pending, a generator half-read")


asyncio.run(main())
