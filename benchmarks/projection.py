"""A projection to 10M events from runs of ``benchmarks/million.py`` at several sizes: a fit, not a measurement.

Reads the ``--json`` files of ``million.py`` runs (100k, 300k and 1M events, say), and for each
query, and for incremental ingest (CPU time an article, less swayed by other processes than wall
time), fits a power law ``t = c * events ** k`` to the medians by least squares on the
logarithms, then gives ``k`` (about 0: bounded, the number of events does not matter; 1: linear
in the events), the value the fit gives at ``--to`` events (10M by default) and the value at the
largest measured size scaled by ``(to / largest) ** k``. The sizes are the events each run made
(after fusion); a query not measured at every size is left out. Nothing is run against a store;
with fewer than two sizes there is nothing to fit.

A query whose answer grows with the store (a pair's timeline: the pair's events grow with it in
``million.py``'s corpus) is also fitted per row: the median over the rows, in µs, against the
events. ``k`` about 0 there says the query costs what its own rows cost, whatever else the store
holds; above 0, each row costs more in a larger store (the page cache, the indexes' depth).

    python benchmarks/projection.py small.json large.json [--to 10000000]
"""

from __future__ import annotations

import argparse
import json
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

INGEST = "incremental ingest, CPU ms an article"


def points(runs: list[dict[str, Any]]) -> dict[str, dict[int, float]]:
    """Per query (and ingest), the median in ms at each size (events after fusion)."""
    found: defaultdict[str, dict[int, float]] = defaultdict(dict)
    for run in runs:
        events = int(run["generate"]["events"])
        for name, timing in run["query"]["queries"].items():
            found[name][events] = float(timing["median_ms"])
        if run.get("ingest"):
            done = run["ingest"]
            found[INGEST][events] = 1000 * float(done["cpu_seconds"]) / int(done["articles"])  # less swayed by load
    return dict(found)


def rows(runs: list[dict[str, Any]]) -> dict[str, dict[int, int]]:
    """Per query, the rows it answered at each size."""
    found: defaultdict[str, dict[int, int]] = defaultdict(dict)
    for run in runs:
        for name, timing in run["query"]["queries"].items():
            found[name][int(run["generate"]["events"])] = int(timing["rows"])
    return dict(found)


def fit(measured: dict[int, float]) -> tuple[float, float]:
    """``(c, k)`` of ``t = c * n ** k``, least squares over ``log t`` against ``log n``."""
    xs = [math.log(n) for n in measured]
    ys = [math.log(t) for t in measured.values()]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    k = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum((x - mean_x) ** 2 for x in xs)
    return math.exp(mean_y - k * mean_x), k


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("runs", nargs="+", type=Path, help="JSON files written by million.py --json")
    parser.add_argument("--to", type=int, default=10_000_000, help="events to project to")
    args = parser.parse_args()
    runs = [run for file in args.runs for run in json.loads(file.read_text(encoding="utf-8"))]
    sizes = sorted({int(run["generate"]["events"]) for run in runs})
    if len(sizes) < 2:
        parser.error(f"runs at two sizes or more are needed to fit; these have {sizes}")
    print(f"sizes (events): {', '.join(f'{n:,}' for n in sizes)}; projected to {args.to:,}")
    for name, measured in points(runs).items():
        if len(measured) < len(sizes):
            print(f"- {name}: not measured at every size, not fitted")
            continue
        c, k = fit(measured)
        largest = max(measured)
        scaled = measured[largest] * (args.to / largest) ** k
        at = ", ".join(f"{measured[n]:,.1f}" for n in sorted(measured))
        print(f"- {name}: {at} ms; k = {k:.2f}; at {args.to:,}: fit {c * args.to**k:,.0f} ms, "
              f"from the largest run {scaled:,.0f} ms")  # fmt: skip
    answered = rows(runs)
    growing = {name: found for name, found in answered.items()
               if len(found) == len(sizes) and min(found.values()) > 0 and found[sizes[-1]] > 2 * found[sizes[0]]
               }  # fmt: skip
    if growing:
        print("per row, for the queries whose answer grows with the store (µs a row; k about 0: a row costs the same")
        print("whatever the store holds):")
    for name, found in growing.items():
        per_row = {n: 1000 * points(runs)[name][n] / found[n] for n in sizes}
        _, k = fit(per_row)
        at = ", ".join(f"{per_row[n]:,.1f} ({found[n]:,} rows)" for n in sizes)
        print(f"- {name}: {at}; k = {k:.2f}")


if __name__ == "__main__":
    main()
