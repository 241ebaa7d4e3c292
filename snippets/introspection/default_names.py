import asyncio
import re

DEFAULT_NAME = re.compile(r"Task-(\d+)")


async def own_name() -> str:
    return asyncio.current_task().get_name()


# Two separate asyncio.run() calls: two event loops, one process.
first_run = asyncio.run(own_name())
second_run = asyncio.run(own_name())


async def main() -> None:
    later = asyncio.create_task(own_name())
    names = [first_run, second_run, await later]
    matches = [DEFAULT_NAME.fullmatch(name) for name in names]
    print(f"all look like Task-N: {all(matches)}")
    print(f"all different:        {len(set(names)) == len(names)}")
    numbers = [int(match.group(1)) for match in matches]
    # The counter is not reset per loop: it only ever grows in this process.
    print(f"counter keeps growing across loops: {numbers == sorted(numbers)}")


asyncio.run(main())
