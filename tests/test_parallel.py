"""Parallel and distributed extraction: in input order, bounded, and the same results as the serial run.

The done criterion: 1,000 synthetic articles (with a bad line after every 100th) ingested serially, with
``--jobs 2`` and on a real Dask ``LocalCluster`` (scheduler and two worker processes) give the same
mentions, the same events and the same quads.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from relgraph import api, parallel
from relgraph.articles import Skipped
from relgraph.cli import cli
from relgraph.errors import ClusterError
from relgraph.fusion import fuse
from relgraph.model import Article
from relgraph.repository import Repository
from relgraph.store_access import open_store


def items(n: int, bad_every: int = 0) -> Iterator[Article | Skipped]:
    for i in range(n):
        if bad_every and i % bad_every == 0:
            yield Skipped(f"input-{i}", None, "unreadable")
        yield Article(f"a{i}", f"text {i}", "en")


def fake_batch(articles: list[Article]) -> list[Any]:
    return [("done", a.id) for a in articles]


# -- in_order: the mechanism -----------------------------------------------------------------------------


def test_results_come_in_input_order_whatever_order_batches_finish_in() -> None:
    def slow_first(articles: list[Article]) -> list[Any]:
        time.sleep(0.05 if articles and articles[0].id == "a0" else 0)
        return fake_batch(articles)

    with ThreadPoolExecutor(4) as pool:
        out = list(parallel.in_order(items(40, bad_every=7), lambda b: pool.submit(slow_first, b), size=3, window=4))
    expected = [item if isinstance(item, Skipped) else ("done", item.id) for item in items(40, bad_every=7)]
    assert out == expected


@pytest.mark.parametrize(("size", "window"), [(1, 1), (4, 2), (16, 4)])
def test_no_more_than_window_batches_are_read_ahead(size: int, window: int) -> None:
    read = 0

    def counted() -> Iterator[Article | Skipped]:
        nonlocal read
        for item in items(200):
            read += 1
            yield item

    most = 0
    for n, _ in enumerate(parallel.in_order(counted(), lambda b: _done(fake_batch(b)), size=size, window=window), 1):
        most = max(most, read - n)
    assert most < size * window  # flat memory: what was read and not yet handed on stays bounded


def _done(value: list[Any]) -> Future[list[Any]]:
    future: Future[list[Any]] = Future()
    future.set_result(value)
    return future


def test_a_failing_batch_raises_in_the_caller() -> None:
    def failing(articles: list[Article]) -> list[Any]:
        raise RuntimeError("extractor bug")

    with ThreadPoolExecutor(2) as pool, pytest.raises(RuntimeError, match="extractor bug"):
        list(parallel.in_order(items(10), lambda b: pool.submit(failing, b), size=2, window=2))


def test_skipped_only_batches_pass_through_unchanged() -> None:
    skipped = [Skipped(f"f{i}", None, "empty") for i in range(5)]
    calls = threading.Event()

    def submit(batch: list[Article]) -> Future[list[Any]]:
        if batch:
            calls.set()
        return _done(fake_batch(batch))

    assert list(parallel.in_order(skipped, submit, size=2, window=2)) == skipped
    assert not calls.is_set()


# -- the three routes over the same 1,000 articles ---------------------------------------------------------


def mention_lines(extracted: list[api.Extracted | Skipped]) -> list[str]:
    """Everything a run produced, as text: each article's mentions (JSON) and each skipped input, in order."""
    return [
        str(item) if isinstance(item, Skipped)
        else json.dumps([m.to_json() for m in item.mentions], sort_keys=True, ensure_ascii=False) + item.extractor
        for item in extracted
    ]  # fmt: skip


def ingested(corpus: Path, store: Path, **route: Any) -> tuple[list[str], list[str], set[ox.Quad]]:
    """Ingest ``corpus`` by one route: what it extracted, the stored event ids, every stored quad."""
    seen: list[api.Extracted | Skipped] = []
    report = api.ingest([corpus], store=store, progress=seen.append, **route)
    assert report.read == 1000
    assert len(report.skipped) == 10
    with open_store(store) as opened:
        events = [e.id for e in Repository(opened).events()]
        quads = set(ox.parse(opened.dump("nq"), format=ox.RdfFormat.N_QUADS))
    assert len(events) == report.events
    return mention_lines(seen), events, quads


@pytest.fixture(scope="module")
def serial(synthetic_corpus: Callable[[int], Path], tmp_path_factory: pytest.TempPathFactory) -> Any:
    return ingested(synthetic_corpus(1000), tmp_path_factory.mktemp("serial") / "store")


@pytest.mark.slow
def test_the_serial_run_finds_events_to_compare(serial: Any) -> None:
    mentions, events, quads = serial
    assert sum(line.count('"type"') for line in mentions) > 1500
    assert len(events) > 1000
    assert len(quads) > 20_000


@pytest.mark.slow
def test_two_worker_processes_ingest_exactly_what_one_process_does(
    serial: Any, synthetic_corpus: Callable[[int], Path], tmp_path: Path
) -> None:
    mentions, events, quads = ingested(synthetic_corpus(1000), tmp_path / "store", jobs=2)
    assert mentions == serial[0]
    assert events == serial[1]
    assert len(quads) == len(serial[2])
    assert quads == serial[2]


@pytest.mark.slow
def test_a_dask_cluster_ingests_exactly_what_one_process_does(
    serial: Any, synthetic_corpus: Callable[[int], Path], tmp_path: Path
) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        mentions, events, quads = ingested(synthetic_corpus(1000), tmp_path / "store", dask=cluster.scheduler_address)
    assert mentions == serial[0]
    assert events == serial[1]
    assert quads == serial[2]


# -- the command line and the errors ----------------------------------------------------------------------


@pytest.mark.slow
def test_extract_with_jobs_prints_what_the_serial_run_prints(synthetic_corpus: Callable[[int], Path]) -> None:
    runs = [CliRunner().invoke(cli, ["extract", str(synthetic_corpus(150)), *extra]) for extra in ([], ["-j", "2"])]
    assert [r.exit_code for r in runs] == [1, 1]  # the bad line is reported, and the batch goes on
    assert runs[0].stdout.count("\n") > 150
    assert runs[1].stdout == runs[0].stdout
    assert runs[1].stderr == runs[0].stderr


def test_an_unreachable_scheduler_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, unused_port: int) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr(parallel, "DASK_CONNECT_TIMEOUT", 1)
    address = f"tcp://127.0.0.1:{unused_port}"
    with pytest.raises(ClusterError, match=f"cannot reach the Dask scheduler at {address}"):
        list(api.extract([api.sample_path()], dask=address))


def test_workers_with_another_relgraph_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    class Client:
        def wait_for_workers(self, n: int, timeout: float) -> None:
            pass

        def run(self, function: Callable[[], str]) -> dict[str, str]:
            return {"tcp://w1:1": function(), "tcp://w2:1": "0.0.1"}

    with pytest.raises(ClusterError, match=r"must run relgraph .*: tcp://w2:1 has 0\.0\.1"):
        parallel._check_workers(Client(), "tcp://s:8786")


def test_jobs_must_be_positive() -> None:
    result = CliRunner().invoke(cli, ["extract", str(api.sample_path()), "--jobs", "0"])
    assert result.exit_code == 2


@pytest.mark.slow
def test_ctrl_c_during_a_parallel_ingest_stops_it_without_a_traceback_per_worker(
    synthetic_corpus: Callable[[int], Path], tmp_path: Path
) -> None:
    import os
    import signal
    import subprocess
    import sys

    store = tmp_path / "store"
    command = [sys.executable, "-c", "from relgraph.cli import main; main()", "ingest",
               str(synthetic_corpus(20_000)), "--store", str(store), "--jobs", "2"]  # fmt: skip
    # the child must not inherit an ignored SIGINT (nohup, a background job, some CI runners start pytest so)
    process = subprocess.Popen(
        command,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while not (store / "CURRENT").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(2)  # the workers are extracting
    assert process.poll() is None, "the ingest ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group
    _, err = process.communicate(timeout=60)
    assert process.returncode != 0
    assert "Traceback" not in err, err


@pytest.mark.slow
def test_a_dask_ingest_into_a_new_store_bulk_loads_the_workers_shards(
    serial: Any, synthetic_corpus: Callable[[int], Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workers write N-Quads shards, the writer bulk-loads them and fuses once: the serial run's store."""
    distributed = pytest.importorskip("distributed")
    loaded: list[Path] = []
    load_shards = Repository.load_shards

    def spied(repo: Repository, shards: list[Path]) -> int:
        loaded.extend(shards)
        assert all(path.stat().st_size > 0 for path in shards)
        return load_shards(repo, shards)

    monkeypatch.setattr(Repository, "load_shards", spied)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        mentions, events, quads = ingested(synthetic_corpus(1000), tmp_path / "store", dask=cluster.scheduler_address)
    assert len(loaded) >= 1000 // parallel.DASK_BATCH  # one shard a batch
    assert not any(path.exists() for path in loaded)  # the shards are gone once loaded
    assert mentions == serial[0]
    assert events == serial[1]
    assert quads == serial[2]


def test_shards_loaded_without_their_fusion_are_fused_by_the_next_writer(
    synthetic_corpus: Callable[[int], Path], tmp_path: Path
) -> None:
    """A bulk load stopped before its fusion leaves a mark: the next ingest fuses every stored mention first."""
    articles = [a for a in api.read_articles([synthetic_corpus(40)]) if isinstance(a, Article)]
    folder = tmp_path / "shards"
    folder.mkdir()
    done = parallel.shard_batch(articles[:30], None, str(folder))
    with open_store(tmp_path / "store", write=True) as opened:
        repo = Repository(opened)
        repo.write_states()
        opened.update("INSERT DATA { <https://w3id.org/relgraph/id/graph/events> rg:fusionPending true }")
        opened.load(next(folder.glob("*.nq")), "nq")  # stopped here: articles, no events
        assert Repository(opened).counts().events == 0
    with open_store(tmp_path / "store", write=True) as opened:
        late = parallel.extract_article(articles[30])
        Repository(opened).ingest(late.article, late.mentions, api.digest(late.article, late.extractor))
        stored = Repository(opened).events()
    every = [m for item in [*done, late] if isinstance(item, parallel.Extracted) for m in item.mentions]
    assert len(every) > 30
    published = {a.id: a.published for a in articles}
    assert stored == [e.bounded_by(published) for e in fuse(every)]
