import asyncio
import io
import re

FUNCTION = re.compile(r", in (\w+)$", re.MULTILINE)


async def inner() -> None:
    await asyncio.sleep(0.2)


async def outer() -> None:
    print("outer: about to await inner()")
    await inner()


async def main() -> None:
    task = asyncio.create_task(outer(), name="worker")
    await asyncio.sleep(0.1)  # let the worker start and suspend

    for frame in task.get_stack():
        offset = frame.f_lineno - frame.f_code.co_firstlineno
        print(f"get_stack(): {frame.f_code.co_name}, line +{offset} after its def")

    buffer = io.StringIO()
    task.print_stack(file=buffer)
    report = buffer.getvalue()  # traceback-style text with file paths
    print(f"print_stack() header names the task: {'worker' in report.splitlines()[0]}")
    print(f"print_stack() functions: {FUNCTION.findall(report)}")

    await task
    print(f"finished task, get_stack(): {task.get_stack()}")


asyncio.run(main())
