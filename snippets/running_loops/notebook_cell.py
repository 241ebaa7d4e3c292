import ast
import asyncio

CELLS = ["await asyncio.sleep(0.1, result='done')", "asyncio.run(job)"]


async def run_cell(source, namespace):
    """Roughly what IPython does with a notebook cell."""
    code = compile(source, "<cell>", "eval", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    result = eval(code, namespace)  # with a top-level await, this is a coroutine
    if asyncio.iscoroutine(result):
        result = await result  # awaited inside the loop that is already running
    return result


async def main():  # plays the kernel: its loop runs the whole time
    try:
        compile(CELLS[0], "<cell>", "eval")
    except SyntaxError as exc:
        print(f"compiled without the flag: SyntaxError: {exc.msg}")
    namespace = {"asyncio": asyncio, "job": asyncio.sleep(0.1)}
    for number, source in enumerate(CELLS, start=1):
        print(f"In [{number}]: {source}")
        try:
            print(f"Out[{number}]: {await run_cell(source, namespace)!r}")
        except RuntimeError as exc:
            print(f"{type(exc).__name__}: {exc}")
    namespace["job"].close()


asyncio.run(main())
