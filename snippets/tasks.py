"""Helpers to print what asyncio is running, in an order that does not depend on luck.

`asyncio.all_tasks()` returns a `set`, and set iteration order is an implementation detail. These
helpers sort by task name, so an example prints the same lines on every run.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

__all__ = ["describe", "task_names"]


def task_names(tasks: Iterable[asyncio.Task]) -> list[str]:
    """Return the names of `tasks`, sorted.

    Parameters:
        tasks: Any iterable of tasks, for example the set from `asyncio.all_tasks()`.

    Returns:
        The task names in alphabetical order.

    Examples:
        ```py
        import asyncio

        from snippets.tasks import task_names

        async def main() -> None:
            asyncio.current_task().set_name("main")
            worker = asyncio.create_task(asyncio.sleep(0.1), name="worker")
            print(task_names(asyncio.all_tasks()))
            #> ['main', 'worker']
            await worker

        asyncio.run(main())
        ```
    """
    return sorted(task.get_name() for task in tasks)


def describe(task: asyncio.Task) -> str:
    """Summarise a task's state in one line, without addresses or timings.

    Parameters:
        task: The task to describe.

    Returns:
        `name: state`, where state is `pending`, `cancelled`, `failed (ExcType)` or `done -> result`.

    Examples:
        ```py
        import asyncio

        from snippets.tasks import describe

        async def main() -> None:
            task = asyncio.create_task(asyncio.sleep(0, result=42), name="answer")
            print(describe(task))
            #> answer: pending
            await task
            print(describe(task))
            #> answer: done -> 42

        asyncio.run(main())
        ```
    """
    name = task.get_name()
    if not task.done():
        return f"{name}: pending"
    if task.cancelled():
        return f"{name}: cancelled"
    if (exc := task.exception()) is not None:
        return f"{name}: failed ({type(exc).__name__})"
    return f"{name}: done -> {task.result()!r}"
