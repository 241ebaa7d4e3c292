# /// script
# requires-python = ">=3.11"
# ///
import asyncio


async def job(name: str) -> str:
    await asyncio.sleep(0.1)
    return name


async def fail() -> None:
    await asyncio.sleep(0.1)
    raise ValueError("boom")


async def report_on_cancel(group: asyncio.TaskGroup) -> None:
    try:
        await asyncio.sleep(1)
    finally:  # cancelled because a sibling failed: the group is shutting down
        report = job("send a report")
        try:
            group.create_task(report)
        except RuntimeError as exc:
            print(f"while it shuts down: RuntimeError: {exc}")
            report.close()  # before 3.13 the rejected coroutine is left unclosed


async def main() -> None:
    async with asyncio.TaskGroup() as group:
        group.create_task(job("a"))
    late = job("late")
    try:
        group.create_task(late)  # the block has ended: the group is closed
    except RuntimeError as exc:
        print(f"after the block: RuntimeError: {exc}")
        late.close()

    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(fail())
            group.create_task(report_on_cancel(group))
    except* ValueError as errors:
        print(f"the group raised: {errors.exceptions!r}")


asyncio.run(main())
