import asyncio

from snippets.tasks import describe, task_names


async def main() -> None:
    me = asyncio.current_task()
    me.set_name("main")
    fast = asyncio.create_task(asyncio.sleep(0.1), name="fast")
    slow = asyncio.create_task(asyncio.sleep(0.2), name="slow")

    tasks = asyncio.all_tasks()
    print(f"type:        {type(tasks).__name__}")
    print(f"started:     {task_names(tasks)}")
    print(f"has current: {me in tasks}")

    await fast
    print(f"fast done:   {task_names(asyncio.all_tasks())}")
    await slow
    print(f"slow done:   {task_names(asyncio.all_tasks())}")
    # We still hold both finished tasks; all_tasks() just no longer lists them.
    print(f"held:        {describe(fast)}; {describe(slow)}")


asyncio.run(main())
