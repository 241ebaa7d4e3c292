import asyncio


async def upload() -> None:
    raise ValueError("disk full")


def report(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    print(f"  {context['message']}: {context['exception']!r}")
    print(f"  context keys: {sorted(context)}")
    if "source_traceback" in context:  # where the task was created: this file's frames
        for frame in context["source_traceback"]:
            if frame.filename == __file__:
                print(f"    line {frame.lineno}, in {frame.name}: {frame.line}")


async def main() -> None:
    asyncio.get_running_loop().set_exception_handler(report)
    task = asyncio.create_task(upload(), name="upload")
    await asyncio.sleep(0.1)  # the task fails; nobody awaits it
    del task  # the last reference goes: asyncio reports the lost exception


for debug in (False, True):
    print(f"debug={debug}:")
    asyncio.run(main(), debug=debug)
