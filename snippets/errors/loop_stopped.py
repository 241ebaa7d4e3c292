import asyncio


async def work() -> str:
    asyncio.get_running_loop().stop()  # e.g. a signal handler or callback that stops it
    await asyncio.sleep(0.1)
    return "done"


loop = asyncio.new_event_loop()
task = loop.create_task(work())
try:
    loop.run_until_complete(task)
except RuntimeError as exc:
    print(f"RuntimeError: {exc}")
print(f"task still pending: {not task.done()}")
print(f"the fix, let it finish: {loop.run_until_complete(task)}")
loop.close()
