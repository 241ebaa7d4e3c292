# /// script
# requires-python = ">=3.11"
# ///

import asyncio


async def fail(exc: Exception) -> None:
    raise exc


async def run(*errors: Exception) -> None:
    async with asyncio.TaskGroup() as tg:
        for exc in errors:
            tg.create_task(fail(exc))


async def main() -> None:
    print("one ValueError, plain except ValueError:")
    try:
        try:
            await run(ValueError("bad value"))
        except ValueError:
            print("  caught")  # never printed
    except ExceptionGroup as group:
        print(f"  missed: {group!r}")

    print("two except* clauses for three errors:")
    try:
        await run(ValueError("bad value"), KeyError("missing"), ValueError("worse"))
    except* ValueError as group:
        print(f"  except* ValueError: {group.exceptions}")
    except* KeyError as group:
        print(f"  except* KeyError:   {group.exceptions}")

    print("no clause matches the TypeError:")
    try:
        try:
            await run(ValueError("bad value"), TypeError("wrong type"))
        except* ValueError as group:
            print(f"  except* ValueError: {group.exceptions}")
    except* TypeError as group:
        print(f"  the outer handler gets: {group.exceptions}")


asyncio.run(main())
