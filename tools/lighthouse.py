"""`make lighthouse`: Lighthouse scores for four pages in each language. A benchmark, not a test.

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
# The home page, the two heaviest topic pages (by element count: gather, then semaphore) and the
# API reference.
PAGES = {
    "home": "",
    "gather": "gather/",
    "semaphore": "semaphore/",
    "reference": "reference/",
}
LANGUAGES = {"en": "", "zh": "zh/"}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
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
    return {"scores": scores, "below_90": {c: ids for c, ids in failed.items() if ids}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preset", choices=["desktop"], help="Lighthouse's desktop settings instead of mobile")
    args = parser.parse_args()
    chrome = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(site)
        rows = {}
        with serve(site, "/asyncio-in-practice/", compress=True) as url:
            for language, prefix in LANGUAGES.items():
                for kind, path in PAGES.items():
                    started = time.monotonic()
                    scores = audit(url + prefix + path, chrome, args.preset)
                    rows[f"{language}/{kind}"] = {"url": prefix + path, **scores}
                    print(f"{language}/{kind}: {time.monotonic() - started:.0f} s", file=sys.stderr)
    print(f"\nLighthouse 12.2.3, {args.preset or 'mobile'} settings, gzip on:\n")
    print(f"{'page':<14}" + "".join(f"{c:>16}" for c in CATEGORIES))
    for name, row in rows.items():
        print(f"{name:<14}" + "".join(f"{row['scores'][c]:>16}" for c in CATEGORIES))
        for category, ids in row["below_90"].items():
            print(f"{'':<14}  {category} audits below 0.9: {', '.join(ids)}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"preset": args.preset or "mobile", "pages": rows}, indent=2) + "\n")
    print(f"\nwritten to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
