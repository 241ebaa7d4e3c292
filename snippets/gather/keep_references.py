import asyncio
import gc

from snippets.tasks import task_names

background: set[asyncio.Task] = set()


async def worker(name: str) -> None:
    try:
        await asyncio.Event().wait()  # waits on something only this task refers to
    finally:
        print(f"{name}: cleaning up")


def report(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    print(f"exception handler: {context['message']}")


async def main() -> None:
    asyncio.current_task().set_name("main")
    asyncio.get_running_loop().set_exception_handler(report)

    asyncio.create_task(worker("forgotten"), name="forgotten")
    task = asyncio.create_task(worker("kept"), name="kept")
    background.add(task)
    task.add_done_callback(background.discard)
    del task

    await asyncio.sleep(0)  # both workers start and wait
    gc.collect()  # the garbage collector may run at any moment
    print(f"alive after gc: {task_names(asyncio.all_tasks())}")

    for task in background:
        task.cancel()
    await asyncio.gather(*background, return_exceptions=True)
    print(f"background tasks left: {len(background)}")


asyncio.run(main())
