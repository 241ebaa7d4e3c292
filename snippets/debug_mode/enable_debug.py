# /// script
# [tool.asyncio-in-practice]
# clock = "real"  # it starts a process: real time must pass
# ///

import asyncio
import os
import subprocess
import sys

APP = """
import asyncio

async def main():
    print(asyncio.get_running_loop().get_debug())

asyncio.run(main())
"""
SWITCHES = ("PYTHONASYNCIODEBUG", "PYTHONDEVMODE")  # start every run without them


def run_app(*options: str, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in SWITCHES}
    proc = subprocess.run(
        [sys.executable, *options, "-c", APP],
        env={**clean, **env},
        capture_output=True,
        text=True,
    )
    return proc.stdout.strip() + proc.stderr  # stderr stays empty


async def main() -> bool:
    return asyncio.get_running_loop().get_debug()


print(f"python app.py                      -> {run_app()}")
print(f"PYTHONASYNCIODEBUG=1 python app.py -> {run_app(PYTHONASYNCIODEBUG='1')}")
print(f"python -X dev app.py               -> {run_app('-X', 'dev')}")
print(f"asyncio.run(main(), debug=True)    -> {asyncio.run(main(), debug=True)}")
