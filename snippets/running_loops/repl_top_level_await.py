# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it starts a process: real time must pass
# ///

import asyncio
import re
import sys
from asyncio.subprocess import PIPE

REPLS = {"python -i": ["-q", "-i"], "python -m asyncio": ["-m", "asyncio"]}
SETUP = """import asyncio
async def main(): return await asyncio.sleep(0.1, result="ok")

"""
LINES = ["await main()", "asyncio.run(main())"]


async def type_into(repl, line):
    """Start a REPL, type SETUP and then `line`; report what `line` produced."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, *REPLS[repl], stdin=PIPE, stdout=PIPE, stderr=PIPE
    )
    out, err = await proc.communicate((SETUP + line + "\n").encode())
    values = out.decode().replace(">>> ", "").replace("... ", "").split()  # no prompts
    errors = re.findall(r"^\w+Error: .*$", err.decode(), re.MULTILINE)  # no banner
    return f"{repl:<18}>>> {line:<20} {(values + errors)[0]}"


async def main():
    sessions = [type_into(repl, line) for repl in REPLS for line in LINES]
    for report in await asyncio.gather(*sessions):  # four REPLs at once
        print(report)


asyncio.run(main())
