"""Fault injection, in bounded loops: what a kill or a race does to the embedded store (docs/reliability.md).

    python benchmarks/faults.py [--articles 300] [--tries 10] [--seed 13] [--retract 100]

Each scenario runs ``relgraph`` as a user would (its own process, default signal handling) and
counts tries, failures and articles lost:

- ``ingest``: SIGKILL at a random moment of an ingest into a new store; the store must then hold
  whole articles only (each article graph as many mentions as its record says), a re-run must
  complete, and the result must equal a clean ingest (articles, mentions, events, quads).
- ``retract``: SIGKILL at a random moment of a retract of ``--retract`` ids from a copy of a full
  store; whole articles only, a re-run completes, and the result equals a clean retract.
- ``create``: SIGKILL within the first second of an ingest into a new path (start-up, then the store
  being made): the path must never be a folder relgraph then refuses.
- ``race``: two ingests started at once on a new path, without and with ``--wait``: the loser gets
  the lock's message (never "holds other files"), and with ``--wait`` both complete.

Articles lost: those a finished re-run should have stored (or kept) and did not. The corpus is made
here from sentences written for this benchmark (no corpus text).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RELGRAPH = [sys.executable, "-c", "from relgraph.cli import main; main()"]
STATES = ["Qatar", "Egypt", "Oman", "Jordan", "Kuwait", "Morocco", "Tunisia", "Algeria", "Iraq", "Lebanon", "Sudan",
          "Yemen", "Libya", "Bahrain", "Turkey", "Iran", "Russia", "China", "France", "Brazil"]  # fmt: skip
SENTENCES = [
    "{a} and {b} agreed on {day} to restore full diplomatic relations.",
    "The foreign minister of {a} visited {b} on {day} for talks on trade.",
    "{a} recalled its ambassador from {b} on {day}.",
    "{a} opened an embassy in {b} on {day}.",
]
WHOLE = (
    "SELECT ?g ?record (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?m a rg:Mention . "
    "OPTIONAL { ?a a rg:Article ; rg:record ?record } } } GROUP BY ?g ?record"
)
ARTICLES = "SELECT ?record WHERE { GRAPH ?g { ?s a rg:Article ; rg:record ?record } }"


def _default_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def relgraph(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*RELGRAPH, *args], capture_output=True, text=True, timeout=timeout,
                          preexec_fn=_default_signals)  # fmt: skip


def start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([*RELGRAPH, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_default_signals)  # fmt: skip


def corpus(path: Path, n: int, rng: random.Random) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = " ".join(
                rng.choice(SENTENCES).format(a=a, b=b, day=f"{rng.randint(1, 28)} May {rng.randint(1990, 2023)}")
                for a, b in (rng.sample(STATES, 2) for _ in range(rng.randint(2, 4)))
            )
            f.write(json.dumps({"id": f"f{i:05d}", "text": text, "published": "2024-06-01"}) + "\n")
    return path


def snapshot(store: Path) -> dict[str, object]:
    """What the store holds: article ids, and whether every article graph is whole."""
    from relgraph.rdf.mapping import article_from_record
    from relgraph.store_access import open_store

    if not (store / "CURRENT").is_file():
        return {"ids": set(), "half": 0, "counts": (0, 0, 0, 0)}
    from relgraph.repository import Repository

    with open_store(store) as opened:
        rows = opened.query(WHOLE).rows
        half = sum(1 for r in rows if r["record"] is None or article_from_record(str(r["record"])).mentions != r["n"])
        ids = {article_from_record(str(r["record"])).id for r in opened.query(ARTICLES).rows}
        c = Repository(opened).counts()
    return {"ids": ids, "half": half, "counts": (c.articles, c.mentions, c.events, c.quads)}


def ingest_kills(work: Path, data: Path, tries: int, rng: random.Random) -> dict[str, int]:
    clean = work / "clean"
    began = time.monotonic()
    relgraph("ingest", str(data), "--store", str(clean))
    took = time.monotonic() - began
    reference = snapshot(clean)
    expected: set[str] = reference["ids"]  # type: ignore[assignment]
    failures = lost = half = landed = 0
    for attempt in range(tries):
        store = work / f"ingest-{attempt}"
        process = start("ingest", str(data), "--store", str(store))
        time.sleep(rng.uniform(0.1, took))
        process.kill()
        process.communicate()
        after = snapshot(store)
        half += int(after["half"])  # type: ignore[call-overload]
        landed += 0 < len(after["ids"]) < len(expected)  # type: ignore[arg-type]
        rerun = relgraph("ingest", str(data), "--store", str(store))
        final = snapshot(store)
        missing = len(expected - final["ids"])  # type: ignore[operator]
        lost += missing
        failures += (
            rerun.returncode != 0 or bool(after["half"]) or missing > 0 or (final["counts"] != reference["counts"])
        )
        shutil.rmtree(store, ignore_errors=True)
    return {
        "tries": tries,
        "failures": failures,
        "articles lost": lost,
        "half articles seen": half,
        "killed half way": landed,
    }


def retract_kills(work: Path, data: Path, tries: int, count: int, rng: random.Random) -> dict[str, int]:
    full = work / "full"
    relgraph("ingest", str(data), "--store", str(full))
    ids = sorted(snapshot(full)["ids"])  # type: ignore[call-overload]
    gone = rng.sample(ids, min(count, len(ids)))
    keep = set(ids) - set(gone)
    reference_store = work / "retracted"
    shutil.copytree(full, reference_store)
    (work / "gone.txt").write_text("\n".join(gone) + "\n", encoding="utf-8")
    began = time.monotonic()
    relgraph("retract", "--ids-from", str(work / "gone.txt"), "--store", str(reference_store))
    took = time.monotonic() - began
    reference = snapshot(reference_store)
    failures = lost = half = landed = 0
    for attempt in range(tries):
        store = work / f"retract-{attempt}"
        shutil.copytree(full, store)
        process = start("retract", "--ids-from", str(work / "gone.txt"), "--store", str(store))
        time.sleep(rng.uniform(0.4, 0.95) * took)  # start-up is the first part of it
        process.kill()
        process.communicate()
        after = snapshot(store)
        half += int(after["half"])  # type: ignore[call-overload]
        left = sorted(set(gone) & after["ids"])  # type: ignore[operator]
        landed += 0 < len(left) < len(gone)
        (work / "left.txt").write_text("".join(f"{i}\n" for i in left), encoding="utf-8")
        rerun = relgraph("retract", "--ids-from", str(work / "left.txt"), "--store", str(store)) if left else None
        final = snapshot(store)
        missing = len(keep - final["ids"])  # type: ignore[operator]
        lost += missing
        failures += (
            (rerun is not None and rerun.returncode != 0)
            or bool(after["half"])
            or missing > 0
            or (final["counts"] != reference["counts"])
        )
        shutil.rmtree(store, ignore_errors=True)
    return {
        "tries": tries,
        "failures": failures,
        "articles lost": lost,
        "half articles seen": half,
        "killed half way": landed,
    }


def create_kills(work: Path, data: Path, tries: int, rng: random.Random) -> dict[str, int]:
    failures = made = 0
    for attempt in range(tries):
        store = work / f"create-{attempt}"
        process = start("ingest", str(data), "--store", str(store))
        time.sleep(rng.uniform(0.05, 1.0))
        process.kill()
        process.communicate()
        made += (store / "CURRENT").is_file()
        rerun = relgraph("ingest", str(data), "--store", str(store))
        failures += rerun.returncode != 0 or "holds other files" in rerun.stderr
        shutil.rmtree(store, ignore_errors=True)
    return {"tries": tries, "failures": failures, "killed with the store made": made}


def races(work: Path, data: Path, tries: int, wait: bool) -> dict[str, int]:
    wrong = failures = refused = 0
    for attempt in range(tries):
        store = work / f"race-{wait}-{attempt}"
        both = [start("ingest", str(data), "--store", str(store), *(["--wait"] if wait else [])) for _ in range(2)]
        results = [(p.wait(timeout=600), p.communicate()[1]) for p in both]
        errors = [err for status, err in results if status != 0]
        wrong += sum("in use by another process" not in err for err in errors)
        refused += len(errors)
        failures += len(errors) > (0 if wait else 1) or any("in use by another process" not in e for e in errors)
        shutil.rmtree(store, ignore_errors=True)
    return {"tries": tries, "failures": failures, "wrong messages": wrong, "refused (lock's message)": refused}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--tries", type=int, default=10)
    parser.add_argument("--retract", type=int, default=100)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="relgraph-faults-") as tmp:
        work = Path(tmp)
        data = corpus(work / "corpus.jsonl", args.articles, rng)
        small = corpus(work / "small.jsonl", 20, rng)
        results = {
            f"SIGKILL during ingest ({args.articles} articles)": ingest_kills(work, data, args.tries, rng),
            f"SIGKILL during retract ({args.retract} ids)": retract_kills(work, data, args.tries, args.retract, rng),
            "SIGKILL while a new store is made": create_kills(work, small, 2 * args.tries, rng),
            "two writers at once on a new path": races(work, small, args.tries, wait=False),
            "two writers at once on a new path, --wait": races(work, small, args.tries, wait=True),
        }
    for name, figures in results.items():
        print(f"| {name} | " + "; ".join(f"{k}: {v}" for k, v in figures.items()) + " |")


if __name__ == "__main__":
    main()
