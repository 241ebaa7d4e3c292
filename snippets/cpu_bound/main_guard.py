import multiprocessing
import re
import subprocess
import sys
import tempfile
from pathlib import Path

APP = """
import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def square(n: int) -> int:
    return n * n


async def main() -> None:
    loop = asyncio.get_running_loop()
    context = multiprocessing.get_context("forkserver")  # Linux's default from 3.14
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        print(await loop.run_in_executor(pool, square, 7))

"""
GUARD = 'if __name__ == "__main__":'
VARIANTS = {
    "asyncio.run(main()) at top level": "asyncio.run(main())\n",
    f"under {GUARD}": f"{GUARD}\n    asyncio.run(main())\n",
}


def run(source: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder, "app.py")
        script.write_text(source)
        return subprocess.run([sys.executable, script], capture_output=True, text=True)


print(f"default start method here: {multiprocessing.get_start_method()}")
for label, ending in VARIANTS.items():
    proc = run(APP + ending)
    print(f"{label}\n  exit code {proc.returncode}, printed {proc.stdout.split()}")
    errors = proc.stderr.splitlines()
    for i, line in enumerate(errors):
        if line == "RuntimeError: ":  # in the worker, which imports app.py again
            print(
                "  worker: RuntimeError:", errors[i + 1].strip(), errors[i + 2].strip()
            )
    if proc.returncode:  # the caller's own exception: the last "Name: message" line
        caller = [line for line in errors if re.match(r"[\w.]+: ", line)][-1]
        print("  caller:", caller.removeprefix("concurrent.futures.process."))
