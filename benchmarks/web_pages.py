"""What reading a news page for its main text costs, side by side with the visible-text reading it replaced.

Each page is a synthetic news page (a menu, a body of a few paragraphs, related articles, a
footer), 2-3 KB of HTML. Three things are timed on the same pages, alternating runs:
the visible text (the old ``.html`` reading), the main text with trafilatura (the new one),
and extracting the events of the page's text, which both readings are followed by. The
figures are ratios, so the VM's speed does not matter. Run: ``python benchmarks/web_pages.py
[--pages 200] [--runs 5]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from datetime import date

from relgraph.api import extract_article
from relgraph.model import Article
from relgraph.web.page import page_article, visible_text

STATES = [
    "Qatar",
    "Jordan",
    "Egypt",
    "Turkey",
    "Brazil",
    "Israel",
    "Morocco",
    "Iran",
    "Kenya",
    "Somalia",
    "Chile",
    "Bolivia",
    "Sweden",
    "Iraq",
    "Japan",
    "Peru",
    "Ghana",
    "Togo",
    "Nepal",
    "Bhutan",
]
VERBS = [
    "restored diplomatic relations",
    "signed a trade agreement",
    "held talks in Geneva",
    "agreed to reopen their embassies",
]


def page(rng: random.Random, n: int) -> str:
    a, b, c, d = rng.sample(STATES, 4)
    body = "".join(
        f"<p>{a} and {b} {rng.choice(VERBS)} on Monday, officials of both governments told reporters after a "
        f"meeting that lasted most of the day and covered trade, energy and the return of ambassadors.</p>"
        for _ in range(rng.randint(4, 8))
    )
    related = "".join(f"<li><a href='/r{i}'>{c} and {d} {rng.choice(VERBS)}</a></li>" for i in range(6))
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{a} and {b} news {n}</title>"
        f"<meta property='article:published_time' content='2024-03-05T09:00:00Z'></head><body>"
        f"<nav><ul>{''.join(f'<li><a href=/s{i}>Section {i}</a></li>' for i in range(12))}</ul></nav>"
        f"<article><h1>{a} and {b} news {n}</h1>{body}</article><aside><ul>{related}</ul></aside>"
        f"<footer><p>{d} and {c} {rng.choice(VERBS)}. Copyright 2024.</p></footer></body></html>"
    )


def seconds(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(15)
    pages = [page(rng, n) for n in range(args.pages)]
    articles = [page_article(f"p{n}", p, name=f"p{n}", source=None) for n, p in enumerate(pages)]
    size = sum(len(p.encode()) for p in pages) / len(pages)

    def visible() -> None:
        for p in pages:
            visible_text(p)

    def main_text() -> None:
        for n, p in enumerate(pages):
            page_article(f"p{n}", p, name=f"p{n}", source=None, published=date(2024, 3, 5))

    def extract() -> None:
        for a in articles:
            extract_article(Article(a.id, a.text, "en", a.published))

    main_text()  # warm: imports, lexicons, caches
    extract()
    times: dict[str, list[float]] = {"visible text": [], "main text": [], "extraction": []}
    for _ in range(args.runs):
        times["visible text"].append(seconds(visible))
        times["main text"].append(seconds(main_text))
        times["extraction"].append(seconds(extract))
    best = {name: min(values) for name, values in times.items()}
    print(f"{args.pages} pages of {size / 1000:.1f} KB, best of {args.runs} alternating runs (CPU seconds):")
    for name, value in best.items():
        median = statistics.median(times[name])
        print(f"  {name:13s} {value * 1000 / args.pages:7.2f} ms a page  (median of the runs {median:.3f} s)")
    print(f"main text / visible text: {best['main text'] / best['visible text']:.1f}x")
    print(f"main text / extraction:   {best['main text'] / best['extraction']:.2f}x")
    kept = sum(len(a.text) for a in articles) / sum(len(visible_text(p)) for p in pages)
    print(f"text kept by the main-text reading: {kept:.0%} of the visible text")


if __name__ == "__main__":
    main()
