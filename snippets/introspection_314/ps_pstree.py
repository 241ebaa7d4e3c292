# /// script
# requires-python = ">=3.14"
# [tool.asyncio-in-practice]
# clock = "real"  # it starts a process: real time must pass
# ///

import re
import subprocess
import sys

APP = """
import asyncio
import ctypes
import sys

if sys.platform == "linux":  # like `setpriv --ptracer any`: let a sibling read us
    ctypes.CDLL(None).prctl(0x59616D61, ctypes.c_ulong(-1), 0, 0, 0)  # Yama

async def play(track):
    await asyncio.sleep(60)

async def album(tracks):
    async with asyncio.TaskGroup() as group:
        for track in tracks:
            group.create_task(play(track), name=track)

async def main():
    asyncio.current_task().set_name("main")
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, lambda: print("ready", flush=True))  # all tasks waiting
    async with asyncio.TaskGroup() as group:
        group.create_task(album(["intro", "outro"]), name="album")

asyncio.run(main())
"""


def inspect(command: str, pid: int) -> list[str]:
    """Run `python -m asyncio <command> <pid>` and return its lines."""
    args = [sys.executable, "-m", "asyncio", command, str(pid)]
    proc = subprocess.run(args, capture_output=True, text=True)
    if proc.returncode:  # e.g. not allowed to read the other process's memory
        sys.exit(f"{command} failed:\n{proc.stdout}{proc.stderr}")
    return proc.stdout.splitlines()


app = subprocess.Popen([sys.executable, "-c", APP], stdout=subprocess.PIPE, text=True)
try:
    app.stdout.readline()  # "ready": every task is parked at an await
    print("$ python -m asyncio pstree PID")
    for line in inspect("pstree", app.pid):
        print(re.sub(r" \S+:\d+$", "", line))  # drop file:line, which vary
    print("\n$ python -m asyncio ps PID")
    for line in inspect("ps", app.pid):  # thread and task ids change on every run
        line = re.sub(r"^\d+ +", lambda m: "TID".ljust(len(m[0])), line)
        line = re.sub(r"0x[0-9a-f]{2,} *", lambda m: "0x…".ljust(len(m[0])), line)
        print(line.rstrip())
finally:
    app.kill()
    app.wait()
