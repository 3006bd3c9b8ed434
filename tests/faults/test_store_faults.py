"""The embedded store under faults (issue 13 items 4, 5, 10; issue 11's reads during an ingest).

- SIGKILL at random points of ``ingest`` creating a new store: never a folder relgraph then refuses;
  a re-run completes. The long loop (more tries) is ``benchmarks/faults.py``.
- A store cut short by an older relgraph (engine files, no ``CURRENT``) is cleaned and made.
- Two writers starting at once on a new path: one gets the lock's message (or, with ``--wait``, waits).
- A reader needs no write access, and reads while an ingest holds the write lock, each article whole.

Every child restores default SIGINT handling, so the suite passes when started with SIGINT ignored.
"""

from __future__ import annotations

import ctypes
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from relgraph import api

RELGRAPH = [sys.executable, "-c", "from relgraph.cli import main; main()"]
ARTICLE = "Qatar and Egypt agreed on Tuesday to restore full diplomatic relations."


def _default_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _as_a_user() -> None:
    """Default signals, and no root right to write (or read) every file: an unprivileged user's view."""
    _default_signals()
    if os.geteuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
            if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def start(*args: str, user: bool = False) -> subprocess.Popen[str]:
    return subprocess.Popen([*RELGRAPH, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_as_a_user if user else _default_signals)  # fmt: skip


def run(*args: str, user: bool = False, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*RELGRAPH, *args], capture_output=True, text=True, timeout=timeout,
                          preexec_fn=_as_a_user if user else _default_signals)  # fmt: skip


def articles(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "batch.jsonl").open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"a{i}", "text": ARTICLE, "published": "2024-05-01"}) + "\n")
    return folder


def test_sigkill_while_ingest_creates_a_store_never_leaves_a_folder_it_refuses(tmp_path: Path) -> None:
    corpus = articles(tmp_path / "in", 3)
    rng = random.Random(13)
    outcomes = {"no store yet": 0, "store": 0}
    for attempt in range(8):  # bounded; benchmarks/faults.py tries more
        store = tmp_path / f"store-{attempt}"
        process = start("ingest", str(corpus), "--store", str(store))
        time.sleep(rng.uniform(0.2, 1.5))  # start-up, then the store being made, then the ingest
        process.kill()
        process.communicate()
        made = (store / "CURRENT").is_file()
        assert made or not store.exists() or not any(store.iterdir()), sorted(os.listdir(store))
        outcomes["store" if made else "no store yet"] += 1
        rerun = run("ingest", str(corpus), "--store", str(store))
        assert rerun.returncode == 0, rerun.stderr
        assert "holds other files" not in rerun.stderr
        with api.open_store(store) as opened:
            assert len(opened.query("SELECT ?g WHERE { GRAPH ?g { ?s a rg:Article } }").rows) == 3
        assert not list(tmp_path.glob(f".store-{attempt}.relgraph-new*")), "the building folder was left"
    assert sum(outcomes.values()) == 8


def test_a_store_cut_short_by_an_older_relgraph_is_made_not_refused(tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    for name in ("LOCK", "LOG", "IDENTITY", "000004.log", "MANIFEST-000005", "OPTIONS-000007", ".DS_Store"):
        (store / name).write_bytes(b"")  # what a kill left before CURRENT was written: it was refused forever
    report = api.ingest(articles(tmp_path / "in", 2), store=store)
    assert (report.read, report.changed) == (2, 2)
    assert (store / ".DS_Store").exists()
    other = tmp_path / "notes"
    other.mkdir()
    (other / "todo.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(api.RelgraphError, match="holds other files and no relgraph store"):
        api.ingest(articles(tmp_path / "in", 2), store=other)
    assert (other / "todo.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("wait", [False, True], ids=["no-wait", "wait"])
def test_two_writers_racing_on_a_new_path_get_the_locks_answer(tmp_path: Path, wait: bool) -> None:
    corpus = articles(tmp_path / "in", 40)
    for attempt in range(5):
        store = tmp_path / f"store-{attempt}"
        extra = ["--wait"] if wait else []
        both = [start("ingest", str(corpus), "--store", str(store), *extra) for _ in range(2)]
        results = [(p.wait(timeout=120), p.communicate()[1]) for p in both]
        errors = [err for status, err in results if status != 0]
        for err in errors:
            assert "holds other files" not in err, err  # the wrong message, in 5 of 10 tries before
            assert "in use by another process" in err, err
        assert len(errors) == 0 if wait else len(errors) <= 1, results
        with api.open_store(store) as opened:
            assert len(opened.query("SELECT ?g WHERE { GRAPH ?g { ?s a rg:Article } }").rows) == 40


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="drops Linux capabilities to act as a user")
def test_a_reader_needs_no_write_access(tmp_path: Path) -> None:
    store = tmp_path / "store"
    api.ingest(articles(tmp_path / "in", 2), store=store)
    lock = tmp_path / "store.lock"
    lock.unlink()
    for path in (store, *store.iterdir()):
        path.chmod(0o555 if path.is_dir() else 0o444)
    tmp_path.chmod(0o555)  # no lock file can be made beside it either
    try:
        answer = run("sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a rg:Article } }", "--store",
                     str(store), "--format", "json", user=True)  # fmt: skip
        timeline = run("timeline", "Qatar", "--store", str(store), "--format", "json", user=True)
    finally:
        tmp_path.chmod(0o755)
        store.chmod(0o755)
    assert answer.returncode == 0, answer.stderr  # it needed write access to the lock file
    assert json.loads(answer.stdout) == [{"n": 2}]
    assert timeline.returncode == 0, timeline.stderr
    assert json.loads(timeline.stdout)
    assert not lock.exists()


# One snapshot: each article graph's mention nodes, and the count its record says it has.
WHOLE = (
    "SELECT ?g ?record (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?m a rg:Mention . "
    "OPTIONAL { ?a a rg:Article ; rg:record ?record } } } GROUP BY ?g ?record"
)


@pytest.mark.slow
def test_timeline_and_sparql_answer_during_an_ingest_of_2000_articles_each_article_whole(
    synthetic_corpus: Callable[[int], Path], tmp_path: Path
) -> None:
    from relgraph.rdf.mapping import article_from_record

    store = tmp_path / "store"
    ingest = start("ingest", str(synthetic_corpus(2000)), "--store", str(store))
    deadline = time.monotonic() + 300
    while not (store / "CURRENT").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    seen: list[int] = []
    timelines = 0
    while ingest.poll() is None and time.monotonic() < deadline:
        answer = run("sparql", WHOLE, "--store", str(store), "--format", "json")
        assert answer.returncode == 0, answer.stderr
        rows = json.loads(answer.stdout) if answer.stdout.strip() else []
        for row in rows:  # never a graph with fewer mentions than its article has, or with no article
            assert row["record"] is not None, f"mentions without their article: {row}"
            assert article_from_record(row["record"]).mentions == row["n"], f"half an article: {row}"
        seen.append(len(rows))
        shown = run("timeline", "Egypt", "--store", str(store), "--format", "json")
        assert shown.returncode == 0, shown.stderr
        timelines += 1
        time.sleep(1)  # the two cores are the ingest's too
    _, err = ingest.communicate(timeout=300)
    assert ingest.returncode == 1, err  # the corpus's bad lines, named
    assert "in use" not in err
    with api.open_store(store) as opened:
        total = len(opened.query(WHOLE).rows)
    during = [n for n in seen if 0 < n < total]
    assert len(during) >= 2, (seen, total)  # read while it grew
    assert timelines >= 2


def _records(store: Path) -> tuple[set[str], int]:
    """The article ids a store holds, and how many of its article graphs are not whole."""
    from relgraph.rdf.mapping import article_from_record

    with api.open_store(store) as opened:
        rows = opened.query(WHOLE).rows
        half = sum(1 for r in rows if r["record"] is None or article_from_record(str(r["record"])).mentions != r["n"])
        ids = {article_from_record(str(r["record"])).id for r in rows if r["record"] is not None}
    return ids, half


def test_sigkill_during_a_retract_leaves_whole_articles_and_a_rerun_completes(
    synthetic_corpus: Callable[[int], Path], tmp_path: Path
) -> None:
    import shutil

    full = tmp_path / "full"
    api.ingest([synthetic_corpus(600)], store=full)
    everything, _ = _records(full)
    gone = sorted(everything)[: 2 * len(everything) // 3]
    (tmp_path / "gone.txt").write_text("\n".join(gone) + "\n", encoding="utf-8")
    shutil.copytree(full, tmp_path / "clean")
    began = time.monotonic()
    assert run("retract", "--ids-from", str(tmp_path / "gone.txt"), "--store", str(tmp_path / "clean")).returncode == 0
    took = time.monotonic() - began
    rng = random.Random(7)
    landed = 0
    for attempt in range(4):  # bounded; benchmarks/faults.py tries more
        store = tmp_path / f"retract-{attempt}"
        shutil.copytree(full, store)
        process = start("retract", "--ids-from", str(tmp_path / "gone.txt"), "--store", str(store))
        time.sleep(rng.uniform(0.4, 0.95) * took)  # start-up is the first part of it
        process.kill()
        process.communicate()
        after, half = _records(store)
        assert half == 0
        assert after >= everything - set(gone)  # nothing kept was lost
        left = sorted(set(gone) & after)
        landed += 0 < len(left) < len(gone)
        if left:
            (tmp_path / "left.txt").write_text("\n".join(left) + "\n", encoding="utf-8")
            rerun = run("retract", "--ids-from", str(tmp_path / "left.txt"), "--store", str(store))
            assert rerun.returncode == 0, rerun.stderr
        assert _records(store) == (everything - set(gone), 0)
        with api.open_store(store) as mine, api.open_store(tmp_path / "clean") as clean:
            assert mine.count() == clean.count()  # quad for quad as many as a clean retract
    print(f"{landed} of 4 kills landed half way through the retract")
