"""Extraction throughput with ``--jobs 1``, ``--jobs 2`` (and ``--dask`` on a local cluster): articles/s.

Synthetic articles (the tests' own templates, tests/conftest.py) are written to a JSON Lines file, then
``relgraph extract FILE --jobs N`` runs in its own process for each setting, its output thrown away.
Reported per run: wall time and articles/s; the CPU seconds of the whole process tree (relgraph, its
workers, the Dask workers), sampled with psutil, and articles per CPU second (what one core does,
whatever else the machine runs); and how busy the machine was meanwhile (the share of all cores
that was idle, and the load average before the run), since other processes take cores too.

    python benchmarks/parallel.py [--articles 2000] [--jobs 1 2] [--dask] [--repeat 2] [--ingest]

``--ingest`` runs ``relgraph ingest FILE --store NEW`` instead (a new store each run): with ``--dask`` the
workers write N-Quads shards that the writer bulk-loads, then fuses once; with ``--jobs`` the writer
stores article by article.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil


def corpus(n: int, folder: Path) -> Path:
    spec = importlib.util.spec_from_file_location("conftest", Path(__file__).parent.parent / "tests" / "conftest.py")
    assert spec is not None
    assert spec.loader is not None
    conftest = importlib.util.module_from_spec(spec)
    sys.modules["conftest"] = conftest  # its dataclasses look their module up
    spec.loader.exec_module(conftest)
    return conftest.write_jsonl(folder / "articles.jsonl", conftest.synthetic_articles(n))  # type: ignore[no-any-return]


def measure(command: list[str], extra: list[psutil.Process]) -> dict[str, float]:
    """Run ``command``: wall time, CPU seconds of its process tree and of ``extra``, the machine's idle share."""
    idle_before = psutil.cpu_times()
    load = os.getloadavg()[0]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = psutil.Process(process.pid)
    cpu: dict[int, float] = {}
    base = {p.pid: sum(p.cpu_times()[:2]) for p in extra}

    def sample() -> None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.Error:  # it has ended
            tree = []
        for p in [*tree, *extra]:
            try:
                times = p.cpu_times()
                cpu[p.pid] = times.user + times.system
            except psutil.Error:
                pass  # ended between listing and reading: its last sample stands

    while process.poll() is None:
        sample()
        time.sleep(0.05)
    wall = time.perf_counter() - start
    sample()
    idle_after = psutil.cpu_times()
    busy = sum(idle_after) - sum(idle_before)
    idle = (idle_after.idle - idle_before.idle) / busy if busy else 0.0
    used = sum(cpu.values()) - sum(base.values())
    return {"wall": wall, "cpu": used, "idle": idle, "load": load}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--dask", action="store_true", help="also run on a LocalCluster of two worker processes")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--ingest", action="store_true", help="time relgraph ingest into a new store instead")
    args = parser.parse_args()
    relgraph = [sys.executable, "-m", "relgraph.cli"]
    print(f"{os.cpu_count()} cores; {args.articles} synthetic articles; each setting run {args.repeat} times")
    print(f"{'setting':<12}{'wall s':>8}{'art/s':>8}{'CPU s':>8}{'art/CPU s':>11}{'idle':>7}{'load':>7}")
    with tempfile.TemporaryDirectory() as folder:
        path = corpus(args.articles, Path(folder))
        settings: list[tuple[str, list[str]]] = [(f"--jobs {j}", ["--jobs", str(j)]) for j in args.jobs]
        cluster = None
        if args.dask:
            from distributed import LocalCluster

            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
            settings.append(("--dask", ["--dask", cluster.scheduler_address]))
        workers = psutil.Process().children(recursive=True) if cluster else []
        try:
            for run in range(args.repeat):
                for name, options in settings:
                    extra = workers if name == "--dask" else []
                    store = Path(folder) / f"store-{run}-{name.replace(' ', '')}"
                    command = (
                        ["ingest", str(path), "--store", str(store)]
                        if args.ingest
                        else ["extract", str(path), "--format", "jsonl"]
                    )
                    m = measure([*relgraph, *command, *options], extra)
                    print(f"{name:<12}{m['wall']:8.1f}{args.articles / m['wall']:8.0f}{m['cpu']:8.1f}"
                          f"{args.articles / m['cpu']:11.0f}{m['idle']:7.0%}{m['load']:7.2f}")  # fmt: skip
        finally:
            if cluster is not None:
                cluster.close()


if __name__ == "__main__":
    main()
