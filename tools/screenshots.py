"""The README's screenshots of the HTML views, at 1400x900, in headless Chromium (Debian's, through Playwright).

    python tools/screenshots.py --dev-store STORE [--out docs/images]

Writes ``graph.png`` (the development corpus's graph, one edge pinned), ``graph-gulf.png`` (the same
zoomed in on the Gulf), ``timeline-sample.png``
(the bundled sample's Qatar–Russia timeline, one mark opened) and ``timeline-dev.png`` (the
United States and Iran, 1850 to today, from the development corpus). STORE is a store
holding the development corpus (``relgraph ingest ../shared/corpus/dev.jsonl --store STORE``).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from relgraph import api

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev-store", required=True, type=Path)
    parser.add_argument("--out", type=Path, default=Path("docs/images"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    args.out.mkdir(parents=True, exist_ok=True)

    graph = api.viz(work / "graph.html", store=args.dev_store)
    sample = api.demo(store=work / "sample", output=work / "demo.html").ingest.store
    sample_timeline = api.viz_timeline(work / "timeline-sample.html", "Qatar", "Russia", store=sample)
    dev_timeline = api.viz_timeline(work / "timeline-dev.html", "United States", "Iran", store=args.dev_store)

    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(graph.as_uri())
        page.wait_for_selector("body[data-drawn=true]")
        canvas = page.locator("#mynetwork canvas").bounding_box()
        assert canvas is not None
        at = page.evaluate(
            "() => network.canvasToDOM(network.body.edges[edges.getIds().find((id) => id.startsWith('QA|AE'))]"
            ".edgeType.getPoint(0.5))"
        )
        page.mouse.click(canvas["x"] + at["x"], canvas["y"] + at["y"])
        page.screenshot(path=str(args.out / "graph.png"))
        page.locator("#rg-close").click()
        page.evaluate("network.moveTo({position: network.getPositions(['BH']).BH, scale: 1.7, animation: false})")
        page.mouse.move(5, 5)
        page.evaluate("document.querySelectorAll('div.vis-tooltip').forEach((t) => { t.style.visibility = 'hidden'; })")
        page.screenshot(path=str(args.out / "graph-gulf.png"))
        page.close()
        for source, name, mark in (
            (sample_timeline, "timeline-sample.png", ".rg-mark"),
            (dev_timeline, "timeline-dev.png", ".rg-period"),
        ):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(source.as_uri())
            page.wait_for_selector("body[data-drawn=true]")
            page.locator(f"#rg-chart {mark}").last.click()
            page.screenshot(path=str(args.out / name))
            page.close()
        serve_page(browser, sample, work, args.out / "serve.png")
        browser.close()
    for name in ("graph.png", "graph-gulf.png", "timeline-sample.png", "timeline-dev.png", "serve.png"):
        print(args.out / name, (args.out / name).stat().st_size, "bytes")


def serve_page(browser: object, store: Path, work: Path, png: Path) -> None:
    """``relgraph serve`` on the sample's store, its page at ``/`` opened (it runs its default query)."""
    from relgraph.rdf.endpoint import served

    with served(store) as base:
        page = browser.new_page(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
        page.goto(f"{base}/")
        page.wait_for_function("() => /rows/.test(document.getElementById('rg-status').textContent)")
        page.screenshot(path=str(png))
        page.close()


if __name__ == "__main__":
    main()
