"""Where the store lives and who may use it.

A store is a directory (the embedded pyoxigraph store) or the URL of a SPARQL 1.1
server. The embedded store has one writer at a time: an advisory lock file beside
the store (``<store>.lock``) says who holds it, and a second writer gets a
:class:`~relgraph.errors.StoreLockedError` naming the holder, or waits its turn.
Readers take no lock and need no write access: they open the store read-only
(pyoxigraph's ``Store.read_only``, a RocksDB read-only instance) and see the
articles whose transactions had been written when they opened it, each whole (an
article is one transaction); they read on while an ingest runs. ``relgraph
serve`` alone takes a reader's (shared) lock, to keep writers out while a server
reads for hours.

A new store is made atomically: built in a hidden sibling (``.<name>.relgraph-new``)
and moved in, its ``CURRENT`` file last, by the writer holding the lock, so two
writers racing to create one queue on the lock, and a kill midway leaves no folder
that looks like a store or refuses to become one: the next writer cleans it.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from relgraph.errors import StoreError, StoreLockedError

if TYPE_CHECKING:
    from relgraph.rdf.store import Store

__all__ = [
    "STORE_ENV",
    "default_store_path",
    "existing",
    "is_server",
    "location",
    "open_store",
    "own_files",
    "store_lock",
    "writable",
]

STORE_ENV = "RELGRAPH_STORE"


# -- stores ----------------------------------------------------------------------------------------------


def default_store_path() -> Path:
    """``$RELGRAPH_STORE``, or ``store`` under the user's data directory (e.g. ``~/.local/share/relgraph``)."""
    configured = os.environ.get(STORE_ENV)
    if configured:
        return Path(configured)
    from platformdirs import user_data_dir

    return Path(user_data_dir("relgraph", appauthor=False)) / "store"


def location(store: str | os.PathLike[str] | None) -> str:
    return str(store) if store is not None else str(default_store_path())


@contextmanager
def open_store(
    store: str | os.PathLike[str] | None = None, *, write: bool = False, wait: bool = False, create: bool = True
) -> Iterator[Store]:
    """Open the store at ``store`` (a directory or an ``http(s)://`` SPARQL endpoint) for one verb.

    ``write`` takes the writer's lock, then creates the store unless ``create`` is False; ``wait``
    waits for the lock instead of failing. A reader (the store must exist) takes no lock and opens
    the store read-only: it reads while a writer writes, and needs no write access.
    """
    where = location(store)
    if is_server(where):
        from relgraph.rdf.lease import lease
        from relgraph.rdf.sparql_store import SparqlStore

        with SparqlStore(where) as server:
            if not write:
                yield server
                return
            with lease(where, wait=wait):  # one writer at a time, whichever machine it runs on
                yield server
        return
    from relgraph.rdf.store import OxigraphStore

    path = Path(where)
    if not write:  # no lock, no write: a reader's open never waits for, nor blocks, a writer
        with OxigraphStore(existing(path), read_only=True) as reader:
            yield reader
        return
    if create:
        # A folder that can never hold a store is refused before any lock file is made beside it, unless another
        # writer holds the lock: then what is there may be its store in the making, seen again under the lock.
        if not _lock_path(path).exists():
            _check_place(path)
        _make_parent(path)
    else:
        existing(path)
    with store_lock(path, exclusive=True, wait=wait):  # creating is writing: racing creators queue here
        if create:
            _check_place(path)
        with OxigraphStore(writable(path) if create else existing(path)) as writer:
            yield writer


def own_files(location: str) -> tuple[str, ...]:
    """The files an embedded store at ``location`` is made of (its directory and lock file); none for a server."""
    return () if is_server(location) else (location, str(_lock_path(Path(location))))


def _lock_path(path: Path) -> Path:
    real = path.resolve()  # "." has no name to add ".lock" to; a link and its target share one lock
    return real.parent / (real.name + ".lock")


def is_server(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def existing(path: Path) -> Path:
    """``path`` when a store is there, else a :class:`StoreError` saying what is there instead."""
    if not (path / "CURRENT").is_file():
        if path.exists() and not path.is_dir():
            raise StoreError(f"no relgraph store at {path}: it is a file; give --store a store directory")
        raise StoreError(f"no relgraph store at {path}; run `relgraph ingest` (or `relgraph demo`) first")
    return path


# The files RocksDB (under pyoxigraph) makes in a store directory: a folder holding only these and no
# CURRENT is a store whose making was cut short (by an older relgraph, or by hand), not a user's folder.
_ENGINE_FILE = re.compile(
    r"\d+\.(?:log|sst|blob)|LOCK|LOG(?:\.old\.\d+)?|IDENTITY|(?:MANIFEST|OPTIONS)-\d+(?:\.dbtmp)?"
    r"|CURRENT\.dbtmp|\d+\.dbtmp"
)


def _check_place(path: Path) -> None:
    """A :class:`StoreError` when ``path`` can never hold a store (a file, a folder of other files)."""
    if (path / "CURRENT").is_file():
        return
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store directory; give --store a new or empty directory")
    if path.is_dir() and any(not _ours(entry.name) for entry in path.iterdir()):
        raise StoreError(f"{path} holds other files and no relgraph store; give --store a new or empty directory")


def _ours(name: str) -> bool:
    """A name a store folder may hold besides a store: hidden files (.DS_Store), and a cut-short store's files."""
    return name.startswith(".") or _ENGINE_FILE.fullmatch(name) is not None


def _make_parent(path: Path) -> None:
    try:
        path.resolve().parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create the store {path}: {e.strerror or e}") from e


def writable(path: Path) -> Path:
    """``path`` when it holds a store or can become one (new, empty, or a cut-short store), made; else a
    :class:`StoreError`. Call it holding the writer's lock (:func:`store_lock`).

    A store is never made inside a file or among other files (a folder of articles given as
    ``--store`` by mistake). It is built beside ``path`` and moved in, ``CURRENT`` last: whatever
    kills the process midway, ``path`` never holds a store without ``CURRENT``, and the next call
    finishes the work.
    """
    if (path / "CURRENT").is_file():
        return path
    _check_place(path)
    _make_parent(path)
    real = path.resolve()
    building = real.parent / f".{real.name}.relgraph-new"
    try:
        shutil.rmtree(building, ignore_errors=True)  # what a killed creator left
        _build(building)
        real.mkdir(exist_ok=True)
        for leftover in real.iterdir():  # a cut-short store's files (hidden ones stay)
            if _ENGINE_FILE.fullmatch(leftover.name):
                leftover.unlink()
        for made in sorted(building.iterdir(), key=lambda f: f.name == "CURRENT"):  # CURRENT last
            os.replace(made, real / made.name)
        building.rmdir()
    except OSError as e:
        raise StoreError(f"cannot create the store {path}: {e.strerror or e}") from e
    return path


def _build(folder: Path) -> None:
    """An empty pyoxigraph store in ``folder``, written out and closed."""
    import pyoxigraph

    made = pyoxigraph.Store(str(folder))
    made.flush()
    del made  # pyoxigraph closes the store (and its LOCK) when the object goes


@contextmanager
def store_lock(path: Path, *, exclusive: bool, wait: bool) -> Iterator[IO[str]]:
    """An advisory lock on ``<store>.lock``: exclusive for a writer, shared for a server that reads on.

    A shared lock needs no write access: it opens an existing lock file read-only.
    """
    import fcntl

    lock_path = _lock_path(path)
    try:
        try:
            handle = open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115 (closed by the with below)
        except PermissionError:
            if exclusive:
                raise
            handle = open(lock_path, encoding="utf-8")  # noqa: SIM115 (a lock needs no write access)
    except OSError as e:
        raise StoreError(f"cannot open the store's lock file {lock_path}: {e.strerror or e}") from e
    with handle:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(handle, mode | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            handle.seek(0)
            writer = handle.read().strip() or "another process"
            if exclusive:
                raise StoreLockedError(
                    f"the store {path} is in use by another process (writing, or serving it); wait for it with --wait"
                ) from None
            raise StoreLockedError(
                f"the store {path} is being written to by {writer}; try again when it is done, "
                "or query it through a SPARQL server"
            ) from None
        if exclusive:
            handle.seek(0)
            handle.truncate()
            handle.write(f"relgraph (pid {os.getpid()})")
            handle.flush()
        try:
            yield handle
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
