# /// script
# requires-python = ">=3.14"
# ///

import asyncio


def chain(graph: asyncio.FutureCallGraph) -> str:
    """'task (coroutines)', then who awaits it, up to the outermost task."""
    parts = []
    while True:
        ours = [
            entry.frame.f_code.co_qualname
            for entry in graph.call_stack
            if entry.frame.f_globals.get("__name__") == "__main__"  # this file only
        ]
        parts.append(f"{graph.future.get_name()} ({', '.join(ours)})")
        if not graph.awaited_by:
            return " <- ".join(parts)
        graph = graph.awaited_by[0]


async def play(track: str) -> None:
    await asyncio.sleep(0.2)


async def album(tracks: list[str]) -> None:
    async with asyncio.TaskGroup() as group:
        for track in tracks:
            group.create_task(play(track), name=track)


async def main() -> None:
    asyncio.current_task().set_name("main")
    async with asyncio.TaskGroup() as group:
        group.create_task(album(["intro", "outro"]), name="album")
        await asyncio.sleep(0.1)  # every task is now waiting somewhere
        for task in sorted(asyncio.all_tasks(), key=asyncio.Task.get_name):
            print(chain(asyncio.capture_call_graph(task)))


asyncio.run(main())
