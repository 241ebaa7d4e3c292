"""`make test-load`: cold strict builds on a machine whose cores are all busy. A test, run by CI.

Starts one CPU-bound burner process per core (`while True: pass`), then makes N cold builds of the
site (SNIPPETS_CACHE=false, each into its own folder), and reports:

- every warning of every build, among them each example output that differed from its recording;
- every run the build repeated as `python <file>` (a real-clock or forked run that surprised:
  the log line "running it again");
- every file that differs between the builds' HTML trees, byte for byte.

Exits with 1 if any build failed or warned, or if the trees differ. The burners are killed when it
ends, however it ends; each also stops by itself after `--burner-limit` seconds, so none can outlive
a killed run by long.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BURNER = "import time\nend = time.monotonic() + {limit}\nwhile time.monotonic() < end:\n    pass\n"


def start_burners(count: int, limit: float) -> list[subprocess.Popen]:
    """`count` processes that each keep one core busy for at most `limit` seconds."""
    return [
        subprocess.Popen([sys.executable, "-c", BURNER.format(limit=limit)], start_new_session=True)
        for _ in range(count)
    ]


def stop(burners: list[subprocess.Popen]) -> None:
    for burner in burners:
        if burner.poll() is None:
            burner.kill()
        burner.wait(timeout=10)


def build(site: Path, timeout: float) -> tuple[int, str, float]:
    """One cold strict build into `site`: (exit code, log, seconds)."""
    env = {**os.environ, "SNIPPETS_CACHE": "false", "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "properdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", str(site)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return proc.returncode, proc.stdout + proc.stderr, time.perf_counter() - started


def differing_files(first: Path, other: Path) -> list[str]:
    """Files present in only one tree, or with different bytes, relative to the trees."""
    found = []

    def walk(cmp: filecmp.dircmp, prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only + cmp.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(first, other), "")
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--builds", type=int, default=3, help="cold builds to make (default 3)")
    parser.add_argument(
        "--burners", type=int, default=os.cpu_count() or 2, help="busy processes (default: one per core)"
    )
    parser.add_argument("--build-timeout", type=float, default=900, help="seconds one build may take")
    args = parser.parse_args()
    limit = args.builds * args.build_timeout + 60
    burners = start_burners(args.burners, limit)
    # SIGTERM (CI cancelling the job) must not leave the burners behind either.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    failures = 0
    try:
        with tempfile.TemporaryDirectory(prefix="test-load-") as tmp:
            sites = []
            for n in range(1, args.builds + 1):
                site = Path(tmp) / f"site-{n}"
                code, log, seconds = build(site, args.build_timeout)
                load = os.getloadavg()[0]
                warnings = [line for line in log.splitlines() if line.startswith(("WARNING", "ERROR", "Aborted"))]
                retried = [line for line in log.splitlines() if "running it again" in line]
                print(
                    f"build {n}/{args.builds}: exit {code}, {seconds:.0f} s, load {load:.1f}, "
                    f"{len(warnings)} warnings, {len(retried)} runs repeated (real clock or forked)"
                )
                for line in warnings + retried:
                    print(f"  {line}")
                if code != 0:
                    failures += 1
                    print(log[-4000:])
                else:
                    sites.append(site)
            for n, site in enumerate(sites[1:], 2):
                diff = differing_files(sites[0], site)
                print(f"HTML tree of build {n} vs build 1: {len(diff)} files differ")
                for name in diff:
                    print(f"  {name}")
                failures += bool(diff)
    finally:
        stop(burners)
    print("test-load:", "passed" if not failures else f"FAILED ({failures} problems)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
