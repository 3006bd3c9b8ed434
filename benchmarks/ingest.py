"""Ingest throughput into the embedded store, fusion included, at 1,000 and 10,000 articles.

Synthetic articles (no extraction): each has 1 to 5 mentions among the
gazetteer's states (busier states more often, so some fusion keys grow large),
dates mostly to the day, some to the month or year, a few undated; a fifth of
the mentions repeat an earlier article's event, so fusion has work to do.
Each size runs in its own process, so the peak resident memory reported is that
run's own. Throughput is also shown per tenth of the run, per CPU second of the
process (all its threads, RocksDB's too: other processes on a shared machine do
not blur it): if ingest grew with the size of the store, the last tenth would
be much slower than the first. An
ingest re-reads the stored mentions that share a fusion key with the new ones
(never the others): their number per article is shown too; ``--uniform`` makes
every state as busy as any other, so it stays near zero.

    python benchmarks/ingest.py [--sizes 1000 10000] [--memory] [--uniform]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta

from relgraph.gazetteer import Gazetteer
from relgraph.keys import fusion_key
from relgraph.model import Article, EventType, Mention, PartialDate
from relgraph.rdf.store import OxigraphStore
from relgraph.repository import Repository


def articles(n: int, uniform: bool = False, seed: int = 7) -> list[tuple[Article, list[Mention]]]:
    """``n`` synthetic articles with their mentions; ``uniform``: every state as busy as any other."""
    rng = random.Random(seed)
    codes = sorted(state.code for state in Gazetteer.default())
    weights = [1.0 if uniform else 1 / (rank + 1) ** 0.8 for rank in range(len(codes))]
    seen: list[tuple[EventType, tuple[str, str], PartialDate | None]] = []
    batch = []
    for i in range(n):
        mentions = []
        text = ""
        for _ in range(rng.randint(1, 5)):
            if seen and rng.random() < 0.2:
                kind, actors, when = rng.choice(seen)
            else:
                kind = rng.choice(list(EventType))
                a, b = rng.choices(codes, weights=weights, k=2)
                actors = (a, b if b != a else codes[(codes.index(a) + 1) % len(codes)])
                day = date(1950, 1, 1) + timedelta(days=rng.randrange(27_000))
                coarser = [PartialDate.month_of(day.year, day.month), PartialDate.year_of(day.year), None]
                when = rng.choice([PartialDate.from_date(day)] * 6 + coarser)
                seen.append((kind, actors, when))
            quote = f"Officials of {actors[0]} and {actors[1]}: a {kind.slug.replace('_', ' ')} ({when or 'undated'})."
            start = len(text)
            text += quote + " "
            mentions.append(Mention(f"bench-{i}", kind, actors, when, None, quote, start, start + len(quote), 0.8,
                                    "bench", "1"))  # fmt: skip
        batch.append((Article(f"bench-{i}", text, "en", date(2024, 1, 1), "synthetic"), mentions))
    return batch


def run(size: int, in_memory: bool, uniform: bool) -> dict[str, object]:
    data = articles(size, uniform)
    tenth = max(1, size // 10)
    shared = Counter[str]()
    per_tenth, reread_per_tenth, reread = [], [], 0
    with tempfile.TemporaryDirectory() as folder:
        repo = Repository(OxigraphStore(None if in_memory else folder), states=Gazetteer.default())
        repo.write_states()
        wall, cpu = time.perf_counter(), time.process_time()
        chunk = cpu
        for n, (article, mentions) in enumerate(data, 1):
            repo.ingest(article, mentions, str(n))
            for key in {fusion_key(m) for m in mentions}:
                reread += shared[key]
                shared[key] += sum(fusion_key(m) == key for m in mentions)
            if n % tenth == 0:
                now = time.process_time()
                per_tenth.append(round(tenth / (now - chunk)))
                reread_per_tenth.append(round(reread / tenth, 1))
                chunk, reread = now, 0
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        counts = repo.counts()
    return {
        "articles": size,
        "seconds": round(wall, 2),
        "articles_per_s": round(size / wall),
        "articles_per_cpu_s": round(size / cpu),
        "per_tenth": per_tenth,
        "reread_per_tenth": reread_per_tenth,
        "mentions": counts.mentions,
        "events": counts.events,
        "quads": counts.quads,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--memory", action="store_true", help="an in-memory store instead of one on disk")
    parser.add_argument("--uniform", action="store_true", help="all states equally busy (no hot fusion keys)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a single size, in this process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run(args.one, args.memory, args.uniform)))
        return
    print(f"store: {'in memory' if args.memory else 'on disk'}; states: {'uniform' if args.uniform else 'Zipf'}")
    for size in args.sizes:
        flags = [flag for flag, on in (("--memory", args.memory), ("--uniform", args.uniform)) if on]
        command = [sys.executable, __file__, "--one", str(size), *flags]
        result = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
        print(
            f"{result['articles']:>6} articles: {result['articles_per_s']:>5} articles/s ({result['seconds']} s; "
            f"{result['articles_per_cpu_s']} per CPU second), "
            f"{result['mentions']} mentions -> {result['events']} events, {result['quads']} quads, "
            f"peak RSS {result['peak_rss_mb']} MB\n        articles per CPU second, per tenth: {result['per_tenth']}\n"
            f"        stored mentions re-read per article (sharing a fusion key), per tenth: "
            f"{result['reread_per_tenth']}"
        )


if __name__ == "__main__":
    main()
