# /// script
# requires-python = ">=3.14"
# ///

import asyncio
import re


def tidy(graph: str) -> str:
    """Hide what changes from run to run: task ids (addresses) and folder paths."""
    graph = re.sub(r"id=0x[0-9a-f]+", "id=0x…", graph)
    return re.sub(r"File '(?:[^']*[/\\])?([^'/\\]+)'", r"File '\1'", graph)


async def save(order: str) -> None:
    print(tidy(asyncio.format_call_graph()))  # print_call_graph() prints it as is


async def handle(order: str) -> None:
    await save(order)


async def main() -> None:
    asyncio.current_task().set_name("main")
    await asyncio.create_task(handle("order-1"), name="handler")


asyncio.run(main())
