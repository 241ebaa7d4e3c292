# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # a real child process: it prints sizes and outcomes, never times
# ///

import asyncio
import sys
from asyncio.subprocess import PIPE

# The child writes 1 MiB of warnings to stderr, then its result to stdout.
CHILD = """
import sys
sys.stderr.write("warning\\n" * 131072)
sys.stderr.flush()
print("result")
"""


async def main() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=PIPE, stderr=PIPE
    )
    try:  # read stdout first, then stderr: the classic deadlock, bounded here
        out = await asyncio.wait_for(proc.stdout.read(), timeout=0.3)
        print(f"stdout.read(): {out!r}")  # never printed
    except asyncio.TimeoutError as exc:  # 3.10: not the built-in TimeoutError
        print(f"stdout.read(): {type(exc).__name__} after 0.3 s")
        print(f"  the child is still running: {proc.returncode is None}")
        proc.kill()
        await proc.communicate()  # empties both pipes, then waits for the exit
        print(f"  killed: returncode={proc.returncode}")

    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, stdout=PIPE, stderr=PIPE
    )
    out, err = await proc.communicate()  # reads both pipes together, then waits
    print(f"communicate(): stdout={out!r}, stderr: {len(err) // 1024} KiB")
    print(f"  returncode={proc.returncode}")


asyncio.run(main())
