import asyncio
import gc
import os
import re
import warnings

FRAME = re.compile(r'  File "(.+)", line (\d+), in (\S+)\n    (.*)')
saved: list[str] = []


async def save(order: str) -> None:
    saved.append(order)


async def handle(order: str) -> None:
    save(order)  # BUG: no await. This only creates a coroutine object.


async def main() -> None:
    # Debug mode also logs any step slower than 0.1 s, and formatting the warning below
    # can take that long on a busy machine (3.15 imports more for it): allow 1 s here.
    asyncio.get_running_loop().slow_callback_duration = 1
    await handle("order-1")


def this_file_only(message: str) -> str:
    """Show this file's frames by name; fold asyncio's own frames into '...'."""

    def frame(match: re.Match) -> str:
        path, line, function, source = match.groups()
        if path != __file__:
            return "  ..."
        name = os.path.basename(path)
        return f'  File "{name}", line {line}, in {function}\n    {source}'

    return re.sub(r"(  \.\.\.\n)+", "  ...\n", FRAME.sub(frame, message))


for debug in (False, True):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(main(), debug=debug)
        gc.collect()
    print(f"debug={debug}: saved={saved}")
    for warning in caught:
        message = this_file_only(str(warning.message)).replace("\n", "\n  ")
        print(f"  {warning.category.__name__}: {message}")
