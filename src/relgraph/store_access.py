"""Where the store lives and who may use it.

A store is a directory (the embedded pyoxigraph store) or the URL of a SPARQL 1.1
server. The embedded store has one writer or any number of readers at a time:
pyoxigraph leaves reading while another process writes undefined, so an advisory
lock file beside the store (``<store>.lock``) says who holds it. A second writer,
or a reader during an ingest, gets a :class:`~relgraph.errors.StoreLockedError`
naming the holder, or waits its turn.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from relgraph.errors import StoreError, StoreLockedError

if TYPE_CHECKING:
    from relgraph.rdf.store import Store

__all__ = [
    "STORE_ENV", "default_store_path", "existing", "is_server", "location", "open_store", "own_files", "store_lock",
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

    ``write`` takes the writer's lock (creating the store unless ``create`` is False), else a
    reader's (the store must exist); ``wait`` waits for the lock instead of failing.
    """
    where = location(store)
    if is_server(where):
        from relgraph.rdf.sparql_store import SparqlStore

        with SparqlStore(where) as server:
            yield server
        return
    from relgraph.rdf.store import OxigraphStore

    path = writable(Path(where)) if write and create else existing(Path(where))
    with store_lock(path, exclusive=write, wait=wait):
        opened = OxigraphStore(path, read_only=not write)
        try:
            yield opened
        finally:
            opened.close()


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


def writable(path: Path) -> Path:
    """``path`` when it holds a store or can become one (new or empty), created; else a :class:`StoreError`.

    A store is never made inside a file or among other files (a folder of articles given as
    ``--store`` by mistake).
    """
    if (path / "CURRENT").is_file():
        return path
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store directory; give --store a new or empty directory")
    if path.is_dir() and any(not entry.name.startswith(".") for entry in path.iterdir()):  # .DS_Store is no file
        raise StoreError(f"{path} holds other files and no relgraph store; give --store a new or empty directory")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create the store {path}: {e.strerror or e}") from e
    return path


@contextmanager
def store_lock(path: Path, *, exclusive: bool, wait: bool) -> Iterator[IO[str]]:
    """An advisory lock on ``<store>.lock``: exclusive for a writer, shared for readers."""
    import fcntl

    lock_path = _lock_path(path)
    try:
        handle = open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115 (closed by the with below)
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
                    f"the store {path} is in use by another process (reading or writing); wait for it with --wait"
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
