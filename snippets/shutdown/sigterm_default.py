# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # a child process: it prints outcomes, never times
# ///

import asyncio
import sys

CHILD = """
import asyncio, os, signal, sys

async def main():
    loop = asyncio.get_running_loop()
    if sys.argv[1] == "handler":
        loop.add_signal_handler(signal.SIGTERM, asyncio.current_task().cancel)
    loop.call_later(0.1, os.kill, os.getpid(), signal.SIGTERM)
    try:
        await asyncio.sleep(10)
    finally:
        print("finally runs", flush=True)

try:
    asyncio.run(main())
except asyncio.CancelledError:
    print("asyncio.run() raised CancelledError")
"""


async def run_child(mode: str) -> None:
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, mode, stdout=asyncio.subprocess.PIPE
    )
    out, _ = await child.communicate()
    print(f"{mode}: exit code {child.returncode}, output {out.decode().splitlines()}")


async def main() -> None:
    await run_child("default")
    await run_child("handler")


asyncio.run(main())
