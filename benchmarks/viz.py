"""How fast the HTML graph opens: 200 states and 2,000 events, drawn in headless Chromium.

Prints the time to render the page in Python, its size, and the time from
navigation to the network drawn (vis-network's first ``afterDrawing``), plus
the wall time until then. Target: under 3 s to the drawn network (pyvis's
defaults spent 73 s in physics on such a graph). Needs Debian's Chromium
(``.ci/install-browser.sh``) and Playwright for Python.

    python benchmarks/viz.py [--states 200] [--events 2000] [--out graph.html] [--png graph.png]
    python benchmarks/viz.py --store STORE   # `relgraph viz` on a store, start-up included (target: 1 s)

With ``--store`` (a store holding the development corpus) it times the whole command,
``relgraph viz`` and ``relgraph viz --timeline``, in a fresh process each run, beside
``relgraph --version`` (start-up alone), and prints the ratio of each to the 1 s target and the
CPU time of each (the wall time on an idle core); then the same pages asked of ``relgraph serve``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from relgraph.gazetteer import Gazetteer
from relgraph.model import Event, EventType, Mention, PartialDate
from relgraph.viz import render_html


def synthetic(n_states: int, n_events: int, seed: int = 1) -> list[Event]:
    """Events among ``n_states`` states of the gazetteer (real capitals), busier states more often."""
    rng = random.Random(seed)
    codes = rng.sample(sorted(state.code for state in Gazetteer.default()), n_states)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(n_states)]
    events = []
    for i in range(n_events):
        kind = rng.choice(list(EventType))
        a, b = rng.choices(codes, weights=weights, k=2)
        while b == a:
            b = rng.choice(codes)
        day = date(1950, 1, 1) + timedelta(days=rng.randrange(27_000))
        when = PartialDate.from_date(day)
        mentions = tuple(
            Mention(f"article-{rng.randrange(5000)}", kind, (a, b), when, None, quote, 0, len(quote), 0.9, "bench", "1")
            for quote in [f"Officials of {a} and {b} took part in a {kind.slug.replace('_', ' ')} on {day}."]
            * rng.randint(1, 3)
        )
        events.append(Event(f"event-{i}", kind, (a, b), when, None, mentions))
    return events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--states", type=int, default=200)
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, help="keep the page here")
    parser.add_argument("--png", type=Path, help="keep a screenshot here")
    parser.add_argument("--store", type=Path, help="time the command on this store instead")
    args = parser.parse_args()
    if args.store:
        command_times(args.store, args.runs)
        return

    events = synthetic(args.states, args.events)
    started = time.perf_counter()
    page_html = render_html(events, title="Benchmark")
    rendered = time.perf_counter() - started
    out = args.out or Path(tempfile.mkdtemp()) / "graph.html"
    out.write_text(page_html, encoding="utf-8")
    print(f"render_html: {rendered:.2f} s for {args.states} states, {args.events} events")
    print(f"page size: {len(page_html.encode()) / 1e6:.2f} MB")

    from playwright.sync_api import sync_playwright

    # Chromium launched exactly as the browser test launches it.
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from test_viz_browser import ARGS, CHROMIUM

    drawn, walls = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        for run in range(args.runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            started = time.perf_counter()
            page.goto(out.resolve().as_uri())
            page.wait_for_selector("body[data-drawn=true]", timeout=120_000)
            walls.append(time.perf_counter() - started)
            drawn.append(page.evaluate("window.relgraphDrawnAt") / 1000)
            if run == 0 and args.png:
                page.screenshot(path=str(args.png))
            page.close()
        browser.close()
    print(f"navigation to drawn network (in page): median {statistics.median(drawn):.2f} s, max {max(drawn):.2f} s")
    print(f"wall time from goto to drawn: median {statistics.median(walls):.2f} s, max {max(walls):.2f} s")


def command_times(store: Path, runs: int) -> None:
    """Wall time of whole commands, each in a fresh process, interleaved so that load hits them alike."""
    import subprocess

    out = Path(tempfile.mkdtemp())
    commands = {
        "relgraph --version": ["--version"],
        "relgraph viz": ["viz", "--store", str(store), "-o", str(out / "graph.html")],
        "relgraph viz --timeline US IR": [
            "viz",
            "--timeline",
            "US",
            "IR",
            "--store",
            str(store),
            "-o",
            str(out / "timeline.html"),
        ],
    }
    import resource

    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, argv in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "relgraph.cli", *argv], check=True, capture_output=True)
            walls[name].append(time.perf_counter() - started)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus[name].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    for name, times in walls.items():
        median = statistics.median(times)
        cpu = statistics.median(cpus[name])  # what the wall time would be on an idle core
        print(f"{name}: median {median:.2f} s = {median / 1.0:.2f} of the 1 s target (CPU {cpu:.2f} s)")
    served_times(store, runs)


def served_times(store: Path, runs: int) -> None:
    """The same pages asked of ``relgraph serve`` (made on each request, in the serving process)."""
    import urllib.request

    from relgraph.rdf.endpoint import served

    with served(store) as base:
        for target in ("/graph", "/timeline?a=US&b=IR"):
            times = []
            for _ in range(runs + 1):  # the first request imports what the pages need: not counted
                started = time.perf_counter()
                with urllib.request.urlopen(f"{base}{target}", timeout=60) as answer:
                    size = len(answer.read())
                times.append(time.perf_counter() - started)
            print(
                f"GET {target} from relgraph serve: median {statistics.median(times[1:]):.3f} s "
                f"(first {times[0]:.2f} s), {size / 1e6:.2f} MB"
            )


if __name__ == "__main__":
    main()
