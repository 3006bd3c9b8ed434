"""How fast the CLI starts: `relgraph --help` against `python -c "import click, pyoxigraph"`.

The target (issue 2): at most 1.5 times the bare imports, which is what the CLI
cannot avoid. Run: ``python benchmarks/startup.py [--runs 30]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import sysconfig
import time


def median_seconds(command: list[str], runs: int) -> float:
    subprocess.run(command, check=True, capture_output=True)  # warm the file cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    scripts = os.pathsep.join([sysconfig.get_path("scripts"), os.environ.get("PATH", "")])  # this Python's first
    relgraph = shutil.which("relgraph", path=scripts) or sys.exit("relgraph is not installed in this environment")
    baseline = median_seconds([sys.executable, "-c", "import click, pyoxigraph"], args.runs)
    commands = {
        "relgraph --help": [relgraph, "--help"],
        "relgraph timeline --help": [relgraph, "timeline", "--help"],
    }
    print(f"python -c 'import click, pyoxigraph': {baseline * 1000:7.1f} ms (median of {args.runs})")
    for name, command in commands.items():
        t = median_seconds(command, args.runs)
        verdict = "ok" if t <= 1.5 * baseline else "OVER the 1.5x target"
        print(f"{name:34s} {t * 1000:7.1f} ms  = {t / baseline:.2f}x  {verdict}")


if __name__ == "__main__":
    main()
