"""Extraction of one article (:func:`extract_article`) and of many: here, in worker processes or on a Dask cluster,
results in input order.

Extraction is a pure function of an article, so it parallelises; writing does
not (fusion reads what the previous article wrote), so one process writes. The reader and the writer stay in the calling
process; articles travel to the workers in batches and come back with their
mentions, and :func:`in_order` hands them on in the order they were read, so a
parallel run's output, and the store it fills, are the serial run's.

At most ``window`` batches are in flight (read ahead, being extracted, or done
and waiting for an earlier one), so memory stays flat however long the input.

- ``jobs=N``: a :class:`~concurrent.futures.ProcessPoolExecutor` of N processes,
  started by a fork server (not by forking this process, whose store may be
  running threads). Each process builds its extractors once, and dies with the
  process that started it: a watcher thread in each worker ends it within half a
  second of that process's end, however it ended (SIGKILL leaves the pool no
  chance to shut down; its workers and the fork server used to run on).
- ``dask=ADDRESS``: ``dask.distributed`` (``pip install 'relgraph[dask]'``); the
  workers need this relgraph installed. See ``docs/cluster.md``. With
  ``shards=FOLDER`` (what ``relgraph ingest --dask`` does into a new store) each
  batch's worker also writes its articles' quads to an N-Quads file in that
  folder (:func:`shard_batch`), for the writer to bulk-load
  (:meth:`relgraph.repository.Repository.load_shards`) instead of writing
  article by article.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

from relgraph.articles import Skipped
from relgraph.errors import ClusterError, ExtractorError, UnknownExtractorError
from relgraph.model import Article, Mention
from relgraph.text.detect import detect_language

if TYPE_CHECKING:
    from concurrent.futures import Future

    from relgraph.extractors import Extractor
    from relgraph.extractors.outcomes import Decision

__all__ = [
    "Explained",
    "Extracted",
    "explain_article",
    "extract_all",
    "extract_article",
    "extract_batch",
    "in_order",
    "relgraph_version",
    "shard_batch",
]

#: Articles per task: enough to amortise sending a task, few enough to keep every worker busy.
PROCESS_BATCH = 16
DASK_BATCH = 64
#: Seconds to wait for a Dask scheduler to answer, and then for a first worker to join it.
DASK_CONNECT_TIMEOUT = 10
DASK_WORKER_TIMEOUT = 60

Item: TypeAlias = "Article | Skipped"


@dataclass(frozen=True, slots=True)
class Extracted:
    """One article and the mentions its extractor found."""

    article: Article
    mentions: tuple[Mention, ...]
    extractor: str


def _extractor_for(article: Article, lang: str | None) -> tuple[Article, Extractor]:
    from relgraph.extractors import extractor_for

    language = lang or article.lang or detect_language(article.text)
    if article.lang != language:
        article = replace(article, lang=language)  # every other field kept (a fetched page's retrieval too)
    return article, extractor_for(language)


def extract_article(article: Article, lang: str | None = None) -> Extracted:
    """Extract one article with the extractor of its language (``lang``, its own, or detected)."""
    article, extractor = _extractor_for(article, lang)
    return Extracted(article, tuple(extractor.extract(article)), f"{extractor.name}/{extractor.version}")


@dataclass(frozen=True, slots=True)
class Explained:
    """One article and its extractor's decision on each trigger."""

    article: Article
    decisions: tuple[Decision, ...]


def explain_article(article: Article, lang: str | None = None) -> Explained:
    """What the extractor of the article's language decided about each of its triggers, and why."""
    from relgraph.extractors import Explaining

    article, extractor = _extractor_for(article, lang)
    if not isinstance(extractor, Explaining):
        raise ExtractorError(f"extractor {extractor.name!r} cannot explain its decisions")
    return Explained(article, tuple(extractor.explain(article)))


class _Pending(Protocol):
    """A batch being extracted: a :class:`concurrent.futures.Future` or a ``distributed.Future``."""

    def result(self) -> list[Extracted | Skipped]: ...


def extract_batch(articles: list[Article], lang: str | None) -> list[Extracted | Skipped]:
    """What a worker runs: extract each article (the extractors are built once per process).

    An article in a language no extractor reads (a JSON Lines ``"lang": "fr"``) is skipped, named.
    """
    done: list[Extracted | Skipped] = []
    for article in articles:
        try:
            done.append(extract_article(article, lang))
        except UnknownExtractorError:
            done.append(
                Skipped(
                    f"article {article.id!r}",
                    None,
                    f"no extractor reads its language "
                    f"{lang or article.lang!r}; give --lang, or leave 'lang' out to detect it",
                )
            )
    return done


def shard_batch(articles: list[Article], lang: str | None, folder: str) -> list[Extracted | Skipped]:
    """:func:`extract_batch`, and the quads of the articles extracted (each article's graph, as
    :meth:`relgraph.repository.Repository.ingest` writes it) in a new N-Quads file of ``folder``.

    The file is written under a temporary name and renamed when whole, so the writer loads only whole shards.
    """
    import uuid

    import pyoxigraph as ox

    from relgraph.keys import digest
    from relgraph.rdf.mapping import article_quads

    done = extract_batch(articles, lang)
    quads = [q for item in done if isinstance(item, Extracted)
             for q in article_quads(item.article, item.mentions, digest(item.article, item.extractor))]  # fmt: skip
    name = os.path.join(folder, f"shard-{uuid.uuid4().hex}")
    ox.serialize(quads, name + ".part", ox.RdfFormat.N_QUADS)
    os.replace(name + ".part", name + ".nq")
    return done


def in_order(
    items: Iterable[Item], submit: Callable[[list[Article]], _Pending], *, size: int, window: int
) -> Iterator[Extracted | Skipped]:
    """Send the articles among ``items`` to ``submit`` in batches of ``size``, at most ``window`` at a time;
    yield every item extracted, skipped items in their place, in input order."""
    pending: deque[tuple[list[Item], _Pending]] = deque()
    source = iter(items)
    while chunk := list(islice(source, size)):
        pending.append((chunk, submit([item for item in chunk if isinstance(item, Article)])))
        while len(pending) >= window:
            yield from _merged(*pending.popleft())
    while pending:
        yield from _merged(*pending.popleft())


def _merged(chunk: list[Item], batch: _Pending) -> Iterator[Extracted | Skipped]:
    done = iter(batch.result())
    for item in chunk:
        yield item if isinstance(item, Skipped) else next(done)


def _now(articles: list[Article], lang: str | None) -> Future[list[Extracted | Skipped]]:
    """Extract here and now: the serial run, through the same path as the parallel ones."""
    from concurrent.futures import Future

    finished: Future[list[Extracted | Skipped]] = Future()
    finished.set_result(extract_batch(articles, lang))
    return finished


def extract_all(
    items: Iterable[Item],
    *,
    lang: str | None = None,
    jobs: int = 1,
    dask: str | None = None,
    shards: str | None = None,
) -> Iterator[Extracted | Skipped]:
    """Extract the articles among ``items`` here (``jobs=1``), in ``jobs`` processes, or on the Dask
    cluster at ``dask``; skipped items pass through. Results are in input order whatever the route.
    ``shards``: a folder the Dask workers write their articles' quads to (:func:`shard_batch`)."""
    if dask is not None:
        yield from _on_dask(items, lang, dask, shards)
    elif jobs > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_start, initargs=(os.getpid(),)) as pool:
            yield from in_order(
                items, lambda batch: pool.submit(extract_batch, batch, lang), size=PROCESS_BATCH, window=2 * jobs
            )
    else:
        yield from in_order(items, partial(_now, lang=lang), size=1, window=1)


def _worker_start(parent: int) -> None:
    """A worker ignores Ctrl-C (the parent stops, and shuts the pool down, without a traceback per worker),
    and ends when ``parent``, the process that started the pool, has ended."""
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch, args=(parent, os.getppid()), name="relgraph-parent-watch", daemon=True).start()


_WATCH_EVERY = 0.5  # seconds between two looks at the parent


def _watch(parent: int, spawner: int) -> None:
    """End this process once ``parent`` is gone, or once it is no longer the child of ``spawner`` (the fork
    server, which ends with the parent)."""
    import time

    while _alive(parent) and os.getppid() == spawner:
        time.sleep(_WATCH_EVERY)
    os._exit(1)


def _alive(pid: int) -> bool:
    """Whether process ``pid`` runs: it exists and (where /proc tells) is no zombie waiting to be reaped."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return True  # no /proc here: existing is running
    return stat[stat.rindex(b")") + 2 : stat.rindex(b")") + 3] != b"Z"


def relgraph_version() -> str:
    """This relgraph's version (what a Dask worker reports, to be compared with the client's)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("relgraph")
    except PackageNotFoundError:  # pragma: no cover - running from a checkout that is not installed
        return "unknown"


def _on_dask(
    items: Iterable[Item], lang: str | None, address: str, shards: str | None = None
) -> Iterator[Extracted | Skipped]:
    try:
        from distributed import Client
    except ImportError as e:
        raise ClusterError("--dask needs dask.distributed: pip install 'relgraph[dask]'") from e
    try:
        client = Client(address, timeout=DASK_CONNECT_TIMEOUT, set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as e:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {' '.join(str(e).split())}") from e
    with client:
        threads = _check_workers(client, address)
        submit: Callable[[list[Article]], Any] = (
            partial(client.submit, extract_batch, lang=lang, pure=False) if shards is None
            else partial(client.submit, shard_batch, lang=lang, folder=shards, pure=False)
        )  # fmt: skip
        yield from in_order(items, submit, size=DASK_BATCH, window=2 * threads)


def _check_workers(client: Any, address: str) -> int:
    """Wait for a worker, check that every worker runs this relgraph; return how many threads they have."""
    try:
        client.wait_for_workers(1, timeout=DASK_WORKER_TIMEOUT)
    except TimeoutError as e:
        raise ClusterError(f"the Dask cluster at {address} has no workers (waited {DASK_WORKER_TIMEOUT} s)") from e
    mine = relgraph_version()
    try:
        theirs: dict[str, str] = client.run(relgraph_version)
    except Exception as e:  # whatever stops a worker from importing relgraph.parallel
        raise ClusterError(f"the Dask workers at {address} cannot run relgraph: {e}; install relgraph {mine} "
                           "on every worker") from e  # fmt: skip
    stale = sorted(f"{worker} has {found}" for worker, found in theirs.items() if found != mine)
    if stale:
        raise ClusterError(f"the Dask workers at {address} must run relgraph {mine}: {'; '.join(stale)}")
    return max(1, int(sum(client.nthreads().values())))
