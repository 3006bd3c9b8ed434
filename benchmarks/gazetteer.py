"""How long the gazetteer takes to load, once per process, on the extraction path.

Each run is a fresh interpreter: it times ``import relgraph.gazetteer`` and then
``Gazetteer.default()`` (reading the three JSON files and indexing every folded
form), and a thousand ``resolve`` calls. Target: load well under 50 ms.

    python benchmarks/gazetteer.py [--runs 10]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

_CHILD = """
import json, time
t0 = time.perf_counter()
import relgraph.gazetteer as gz
t1 = time.perf_counter()
g = gz.Gazetteer.default()
t2 = time.perf_counter()
names = [s.name_en for s in g] + [s.name_ar for s in g]
for i in range(1000):
    g.resolve(names[i % len(names)])
t3 = time.perf_counter()
forms = sum(1 for lang in ("en", "ar") for _ in g.surface_forms(lang))
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "resolve": (t3 - t2) / 1000, "forms": forms}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    command = [sys.executable, "-c", _CHILD]
    outputs = (subprocess.run(command, capture_output=True, check=True, text=True).stdout for _ in range(args.runs))
    runs = [json.loads(out) for out in outputs]
    for key, unit, scale in (("import", "ms", 1e3), ("load", "ms", 1e3), ("resolve", "µs", 1e6)):
        values = sorted(r[key] * scale for r in runs)
        print(f"{key:8} median {statistics.median(values):7.1f} {unit}  (min {values[0]:.1f}, max {values[-1]:.1f})")
    print(f"surface forms: {runs[0]['forms']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
