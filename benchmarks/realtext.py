"""Speed of ``relgraph extract`` and ``relgraph ingest`` on real news, through the command people run.

The text is the unlabeled real news of ``../shared/corpus/unlabeled/`` (its
README; next to this repository, never copied into it): read at run time into
temporary JSON Lines files, deleted afterwards. Without that folder the
benchmark says so and exits 0. Four sets of ``--articles`` articles each:

- ``ar-dense`` / ``en-dense``: diplomatic articles of 4 KB or more. An article
  is taken when its text names at least two of a few diplomatic words (embassy,
  ambassador, foreign minister, visit, talks, relations...); one of 4 KB (UTF-8)
  or more is taken as it is, shorter ones are joined in file order, a blank line
  between them, until the text reaches 4 KB (the English corpora hold few long
  articles). Arabic: SaudiNewsNet 2015; English: the U.S. recognition guide,
  the world-news wire of 2004 and Reuters 1987, in that order (they make 359
  such articles in all, so ``en-dense`` has at most 359).
- ``ar-stream`` / ``en-stream``: the plain news stream as it comes, the first
  articles of the same files, every one of them whatever its size or subject.

Each run is a fresh ``relgraph extract FILE > out`` (or ``relgraph ingest FILE
--store NEW``) process, start-up, reading, extraction and writing included;
its CPU time (user + system, all its threads: RocksDB's too) comes from
``wait4``, so what other processes on a shared machine do blurs it less than
wall time. The figure is articles per CPU second. Runs alternate (every set,
then again, ``--rounds`` times), and each figure is the median with the range
over the rounds: the machine is shared and its speed drifts between minutes.

``--against OTHER`` runs a second ``relgraph`` executable (another checkout's
venv: the code before a change) alternately with this one, in the same rounds,
and gives the ratio of each round's pair (this / other) with its range; and it
compares the two ``extract`` outputs byte for byte.

    python benchmarks/realtext.py [--articles 1000] [--rounds 3] [--sets ar-dense,en-dense,ar-stream,en-stream]
                                  [--ingest | --commands ingest] [--against /path/to/venv/bin/relgraph] [--corpus DIR]

``--reports N`` measures ingest with many reports of one event instead (the
issue's "a big summit reported by hundreds of papers"): ``--articles`` real
dense Arabic articles, each ingested ``N`` times under new ids, round-robin
(every article once, then every one again with a new id, ...), in this process
through ``relgraph.api.ingest`` (what ``relgraph ingest`` calls); the rate per
CPU second of each tenth of the run, the last tenth against the first, and the
peak resident memory.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "unlabeled"
SIZE = 4096  # bytes of UTF-8: a "4 KB" article

FILES = {
    "ar": ["ar-saudinewsnet-2015.jsonl.gz"],
    "en": ["en-us-history-guide.jsonl.gz", "en-world-news-2004.jsonl.gz", "en-reuters-1987.jsonl.gz"],
}
#: Words of diplomacy (stems, matched as substrings); an article naming two of them is "diplomatic".
WORDS = {
    "ar": [
        "سفير",
        "سفار",
        "وزير الخارجية",
        "زيار",
        "زار ",
        "استقبل",
        "مباحثات",
        "العلاقات",
        "دبلوماسي",
        "اتفاقي",
        "قمة",
        "وفد",
    ],
    "en": [
        "ambassador",
        "embassy",
        "foreign minister",
        "visit",
        "talks",
        "diplomat",
        "relations",
        "summit",
        "agreement",
        "treaty",
        "envoy",
        "delegation",
    ],
}


def _read(corpus: Path, lang: str) -> Iterator[dict[str, object]]:
    for name in FILES[lang]:
        with gzip.open(corpus / name, "rt", encoding="utf-8") as lines:
            for line in lines:
                yield json.loads(line)


def _diplomatic(text: str, lang: str) -> bool:
    lowered = text.lower()
    return sum(word in lowered for word in WORDS[lang]) >= 2


def dense(corpus: Path, lang: str, n: int) -> Iterator[dict[str, object]]:
    """``n`` diplomatic articles of at least 4 KB, shorter ones joined in file order."""
    made, parts, size = 0, [], 0
    for article in _read(corpus, lang):
        text = str(article["text"])
        if not _diplomatic(text, lang):
            continue
        parts.append(article)
        size += len(text.encode("utf-8")) + 2
        if size < SIZE:
            continue
        first = parts[0]
        yield {
            "id": f"{lang}-dense-{made}",
            "lang": lang,
            "published": first.get("published"),
            "text": "\n\n".join(str(p["text"]) for p in parts),
            "source": first.get("source"),
        }
        made, parts, size = made + 1, [], 0
        if made == n:
            return


def stream(corpus: Path, lang: str, n: int) -> Iterator[dict[str, object]]:
    """The first ``n`` articles as they come."""
    for made, article in enumerate(_read(corpus, lang)):
        if made == n:
            return
        yield {**article, "id": f"{lang}-stream-{made}"}


def write_set(corpus: Path, name: str, n: int, folder: Path) -> tuple[Path, int, float]:
    """The set ``name`` (``ar-dense``...) as a JSON Lines file; its path, articles and mean KB."""
    lang, kind = name.split("-")
    path = folder / f"{name}.jsonl"
    count = size = 0
    with path.open("w", encoding="utf-8") as out:
        for article in (dense if kind == "dense" else stream)(corpus, lang, n):
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
            count += 1
            size += len(str(article["text"]).encode("utf-8"))
    return path, count, size / max(count, 1) / 1024


def run(command: list[str], stdout: Path | None) -> tuple[float, float, int, float]:
    """Run ``command``; its CPU seconds (user + system, from wait4), wall seconds, exit status and peak RSS (MB)."""
    with open(stdout or os.devnull, "wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime, wall, process.returncode, usage.ru_maxrss / 1024


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):,.0f} ({min(values):,.0f}-{max(values):,.0f})"


def _ratio(values: list[float]) -> str:
    return f"{statistics.median(values):.2f}x ({min(values):.2f}-{max(values):.2f})"


def speed(args: argparse.Namespace, corpus: Path, folder: Path) -> None:
    exes = {"this": args.relgraph, **({"other": args.against} if args.against else {})}
    sets = {}
    for name in args.sets.split(","):
        path, count, kb = write_set(corpus, name, args.articles, folder)
        sets[name] = path, count
        print(f"{name}: {count:,} articles, {kb:.2f} KB mean ({path.stat().st_size / 1e6:.1f} MB of JSON Lines)")
    commands = list(dict.fromkeys([*args.commands.split(","), *(["ingest"] if args.ingest else [])]))
    rates: dict[tuple[str, str, str], list[float]] = {}
    walls: dict[tuple[str, str, str], list[float]] = {}
    peaks: dict[tuple[str, str, str], list[float]] = {}
    outputs: dict[tuple[str, str], Path] = {}
    for round_ in range(args.rounds):
        for name, (path, count) in sets.items():
            for command in commands:
                for who, exe in exes.items():
                    out = folder / f"{name}.{who}.out" if command == "extract" else None
                    store = folder / f"store-{name}-{who}-{round_}"
                    line = (
                        [exe, "extract", str(path)]
                        if command == "extract"
                        else [exe, "ingest", str(path), "--store", str(store)]
                    )
                    cpu, wall, status, rss = run(line, out)
                    shutil.rmtree(store, ignore_errors=True)
                    if status not in (0, 1):
                        raise SystemExit(f"{' '.join(line)} exited {status}")
                    rates.setdefault((name, command, who), []).append(count / cpu)
                    walls.setdefault((name, command, who), []).append(count / wall)
                    peaks.setdefault((name, command, who), []).append(rss)
                    if out is not None:
                        outputs[name, who] = out
        print(f"round {round_ + 1} of {args.rounds} done", file=sys.stderr)
    print(f"\nrelgraph: {args.relgraph}" + (f"\nother:    {args.against}" if args.against else ""))
    print(
        f"{'set':10} {'command':8} {'who':6} {'articles/CPU s, median (range)':>32} {'articles/s wall':>24} "
        f"{'peak RSS MB':>12}"
    )
    for (name, command, who), values in rates.items():
        print(
            f"{name:10} {command:8} {who:6} {_spread(values):>32} {_spread(walls[name, command, who]):>24} "
            f"{max(peaks[name, command, who]):>12,.0f}"
        )
    if args.against:
        print("\nthis / other, per round (alternating runs):")
        for name in sets:
            for command in commands:
                pairs = [
                    a / b for a, b in zip(rates[name, command, "this"], rates[name, command, "other"], strict=True)
                ]
                same = ""
                if command == "extract":
                    same = (
                        "identical output" if _same(outputs[name, "this"], outputs[name, "other"]) else "OUTPUT DIFFERS"
                    )
                print(f"{name:10} {command:8} {_ratio(pairs):>24}  {same}")
    print("(one machine shared with other engineers: compare ratios of alternating runs, not absolute rates)")


def _same(a: Path, b: Path) -> bool:
    return a.read_bytes() == b.read_bytes()


def reports(args: argparse.Namespace, corpus: Path) -> None:
    """Ingest ``--articles`` dense Arabic articles ``--reports`` times each under new ids; rate per tenth."""
    from relgraph import api
    from relgraph.model import Article

    base = [Article(str(a["id"]), str(a["text"]), "ar", None, None) for a in dense(corpus, "ar", args.articles)]
    total = len(base) * args.reports

    def articles() -> Iterator[Article]:
        for copy in range(args.reports):
            for article in base:
                yield Article(f"{article.id}-r{copy}", article.text, "ar", article.published, article.source)

    # extraction is not what this measures: extract each text once, then ingest copies of the result
    extracted = {a.id: api.extract_article(a) for a in base}
    marks: list[tuple[int, float]] = []
    with tempfile.TemporaryDirectory(prefix="relgraph-reports-") as folder:
        from relgraph.repository import Repository
        from relgraph.store_access import open_store

        with open_store(Path(folder) / "store", write=True) as store:
            repo = Repository(store)
            for i, article in enumerate(articles()):
                if i % max(total // 10, 1) == 0:
                    marks.append((i, time.process_time()))
                original = extracted[article.id.rsplit("-r", 1)[0]]
                mentions = [replace(m, article=article.id) for m in original.mentions]
                repo.ingest(article, mentions, api.digest(article, original.extractor))
            marks.append((total, time.process_time()))
            events = repo.counts().events
    print(f"{len(base)} articles x {args.reports} reports = {total:,} ingests, {events:,} events")
    rates = [(j - i) / (b - a) for (i, a), (j, b) in itertools.pairwise(marks) if j > i]
    print("articles per CPU second, each tenth of the run:", ", ".join(f"{r:,.0f}" for r in rates))
    steady = statistics.median(rates[-3:]) / statistics.median(rates[:3])  # less swayed by one busy tenth
    print(
        f"last tenth / first: {rates[-1] / rates[0]:.2f}; last three / first three (medians): {steady:.2f}; peak RSS "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sets", default="ar-dense,en-dense,ar-stream,en-stream")
    parser.add_argument("--ingest", action="store_true", help="also time relgraph ingest of each set")
    parser.add_argument("--commands", default="extract", help="which of extract,ingest to time")
    parser.add_argument("--against", help="another relgraph executable, run alternately with this one")
    parser.add_argument("--relgraph", default=str(Path(sys.executable).parent / "relgraph"))
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--reports", type=int, help="ingest each article this many times under new ids")
    args = parser.parse_args()
    if not (args.corpus / "README.md").exists():
        print(f"skipped: no real-text corpus at {args.corpus} (see this script's docstring)")
        return
    if args.reports:
        reports(args, args.corpus)
        return
    with tempfile.TemporaryDirectory(prefix="relgraph-realtext-") as folder:
        speed(args, args.corpus, Path(folder))


if __name__ == "__main__":
    main()
