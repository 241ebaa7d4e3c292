"""`make lighthouse`: Lighthouse scores for five pages in each language. A benchmark, not a test.

Builds the site into a temporary folder, serves it on 127.0.0.1 under /asyncio-in-practice/ with
gzip (as GitHub Pages serves it), and runs Lighthouse 12.2.3 (tools/node, Node 20) in Debian's
Chromium against each page, with Lighthouse's default mobile settings (simulated slow 4G and a
4x slower CPU). Prints a table and writes bench/results/lighthouse.json.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tools.site_server import serve

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "tools" / "node" / "node_modules" / ".bin" / "lighthouse"
RESULTS = ROOT / "bench" / "results" / "lighthouse.json"
# The home page, the heaviest pages by element count (counted 2026-11-30: errors ~5,150, then the
# topic pages gather ~1,600 and running-loops ~1,550) and the API reference (~1,570).
PAGES = {
    "home": "",
    "errors": "errors/",
    "gather": "gather/",
    "running-loops": "running-loops/",
    "reference": "reference/",
}
LANGUAGES = {"en": "", "zh": "zh/"}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
# The metrics the performance score is made of, and two diagnostics behind them (milliseconds,
# except cumulative-layout-shift, unitless, and dom-size, elements), as Lighthouse simulated them.
METRICS = [
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "speed-index",
    "cumulative-layout-shift",
    "mainthread-work-breakdown",
    "dom-size",
]
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run"


def build(site: Path) -> None:
    cmd = [sys.executable, "-m", "properdocs", "build", "--strict", "-q", "-f", "mkdocs.yml", "-d", str(site)]
    subprocess.run(cmd, cwd=ROOT, check=True)


def audit(url: str, chrome: str, preset: str | None) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        cmd = [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report.name}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={CHROME_FLAGS}",
        ]
        if preset:
            cmd.append(f"--preset={preset}")
        subprocess.run(cmd, check=True, env={**os.environ, "CHROME_PATH": chrome})
        result = json.loads(Path(report.name).read_text(encoding="utf-8"))
    scores = {c: round(result["categories"][c]["score"] * 100) for c in CATEGORIES}
    failed = {
        c: [
            ref["id"]
            for ref in result["categories"][c]["auditRefs"]
            if ref["weight"] and (result["audits"][ref["id"]]["score"] or 0) < 0.9
        ]
        for c in CATEGORIES
    }
    metrics = {m: round(result["audits"][m].get("numericValue", 0), 3) for m in METRICS}
    return {"scores": scores, "metrics": metrics, "below_90": {c: ids for c, ids in failed.items() if ids}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", choices=["desktop"], help="Lighthouse's desktop settings instead of mobile")
    parser.add_argument("--site", type=Path, help="audit this already built site instead of building one")
    parser.add_argument("--page", action="append", help="audit only this page, e.g. zh/gather (repeatable)")
    parser.add_argument(
        "--runs",
        type=int,
        default=3,
        help="audit each page this many times and keep the run with the median performance score "
        "(default 3: single runs of one page varied by up to 5 points on a quiet machine; simulated "
        "throttling scales the CPU time measured here, so a loaded machine scores lower)",
    )
    args = parser.parse_args()
    chrome = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            build(site)
        rows = {}
        with serve(site, "/asyncio-in-practice/", compress=True) as url:
            for language, prefix in LANGUAGES.items():
                for kind, path in PAGES.items():
                    if args.page and f"{language}/{kind}" not in args.page:
                        continue
                    started = time.monotonic()
                    runs = sorted(
                        (audit(url + prefix + path, chrome, args.preset) for _ in range(args.runs)),
                        key=lambda run: run["scores"]["performance"],
                    )
                    scores = runs[len(runs) // 2]
                    rows[f"{language}/{kind}"] = {"url": prefix + path, **scores}
                    print(f"{language}/{kind}: {time.monotonic() - started:.0f} s", file=sys.stderr)
    runs = f", median of {args.runs} runs" if args.runs > 1 else ""
    print(f"\nLighthouse 12.2.3, {args.preset or 'mobile'} settings, gzip on{runs}:\n")
    print(f"{'page':<18}" + "".join(f"{c:>16}" for c in CATEGORIES))
    for name, row in rows.items():
        print(f"{name:<18}" + "".join(f"{row['scores'][c]:>16}" for c in CATEGORIES))
        m = row["metrics"]
        print(
            f"{'':<18}  FCP {m['first-contentful-paint']:.0f} ms, LCP {m['largest-contentful-paint']:.0f} ms, "
            f"TBT {m['total-blocking-time']:.0f} ms, SI {m['speed-index']:.0f} ms, "
            f"CLS {m['cumulative-layout-shift']:.3f}, main thread {m['mainthread-work-breakdown']:.0f} ms, "
            f"{m['dom-size']:.0f} elements"
        )
        for category, ids in row["below_90"].items():
            print(f"{'':<18}  {category} audits below 0.9: {', '.join(ids)}")
    load = os.getloadavg()
    print(f"\nload average while auditing (1, 5, 15 min): {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {"preset": args.preset or "mobile", "runs": args.runs, "load_average": load, "pages": rows}, indent=2
        )
        + "\n"
    )
    print(f"\nwritten to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
