"""Make ``data/world/land-110m.json``, the world outline the HTML graph draws behind the states.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python tools/world_outline.py package/land-110m.json data/world/land-110m.json

Reads world-atlas's TopoJSON land (Natural Earth 1:110m land, public domain; world-atlas is
ISC-licensed), joins each polygon's arcs into rings, leaves out Antarctica (nothing to draw
there, and an equirectangular map makes it huge), simplifies each ring (Douglas–Peucker,
:data:`TOLERANCE` degrees) and writes the outer rings as flat lists of tenths of a degree
(longitude, latitude, longitude, latitude...).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

TOLERANCE = 0.3  # degrees
SOUTH = -60.0  # rings wholly south of this latitude (Antarctica) are left out
SMALLEST = 0.5  # square degrees: smaller islands are left out


def arcs_of(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Every arc of the topology in degrees (its points are delta-encoded and quantized)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def unwrapped(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring that crosses the antimeridian (Chukotka, Fiji) kept in one piece: longitudes past 180° go on."""
    out = points[:1]
    for lon, lat in points[1:]:
        previous = out[-1][0]
        while lon - previous > 180:
            lon -= 360
        while previous - lon > 180:
            lon += 360
        out.append((lon, lat))
    if min(lon for lon, _ in out) < -180:  # the ring's larger part west of the antimeridian: shift it east
        out = [(lon + 360, lat) for lon, lat in out]
    return out


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas–Peucker, without recursion."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        far, index = 0.0, -1
        for i in range(first + 1, last):
            x, y = points[i]
            if length == 0:
                d = ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            else:
                d = abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / length
            if d > far:
                far, index = d, i
        if far > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def area(points: list[tuple[float, float]]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True))) / 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    args = parser.parse_args()
    topology = json.loads(args.source.read_text(encoding="utf-8"))
    arcs = arcs_of(topology)
    rings = []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            outer = unwrapped(ring(polygon[0], arcs))
            if max(lat for _, lat in outer) < SOUTH or area(outer) < SMALLEST:
                continue
            simple = simplify(outer, TOLERANCE)
            if len(simple) >= 4:
                rings.append([round(v * 10) for point in simple for v in point])
    rings.sort(key=len, reverse=True)
    out = {
        "about": "Natural Earth 1:110m land (public domain), through world-atlas 2.0.2 (ISC), simplified by "
        "tools/world_outline.py: outer rings, tenths of a degree, longitude then latitude.",
        "rings": rings,
    }
    args.target.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(rings)} rings, {sum(len(r) for r in rings) // 2} points, {args.target.stat().st_size} bytes")


if __name__ == "__main__":
    main()
