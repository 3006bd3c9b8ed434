"""Worker processes die with their parent (issue 13 item 6): ``ingest --jobs 2`` killed with SIGKILL left
its workers running for a minute and more; now they are gone within seconds. And Ctrl-C of a parallel
ingest works even when the tests were started with SIGINT ignored (item 11): the child gets default
signal handling back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc")


def _default_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _processes() -> dict[int, tuple[int, str]]:
    """Every process: its parent and its state letter (Z: a zombie, gone but for its exit status)."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2 :].split()
            found[int(entry.name)] = (int(fields[1]), fields[0])
    return found


def _descendants(pid: int) -> set[int]:
    table = _processes()
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, (parent, _) in table.items() if parent in frontier} - found
        found |= frontier
    return found


def _running(pids: set[int]) -> set[int]:
    table = _processes()
    return {p for p in pids if p in table and table[p][1] != "Z"}


def test_workers_die_when_a_parallel_ingest_is_killed(synthetic_corpus: Callable[[int], Path], tmp_path: Path) -> None:
    command = [sys.executable, "-c", "from relgraph.cli import main; main()", "ingest", str(synthetic_corpus(20_000)),
               "--store", str(tmp_path / "store"), "--jobs", "2"]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               preexec_fn=_default_signals)  # fmt: skip
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while len(workers) < 3 and time.monotonic() < deadline:  # the fork server and two workers
        time.sleep(0.2)
        workers = _descendants(process.pid)
    assert process.poll() is None, "the ingest ended before it could be killed"
    assert len(workers) >= 3, workers
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 15
    while _running(workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = _running(workers)
    for pid in left:  # not to leave them to the rest of the suite
        os.kill(pid, signal.SIGKILL)
    assert not left, f"{len(left)} worker processes outlived their killed parent by 15 s"
