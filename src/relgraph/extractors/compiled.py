"""A language's compiled vocabulary kept on disk, so that a process loads it instead of compiling it again.

Compiling a shipped language (its lexicon and the gazetteer's names into one Aho-Corasick automaton, the
triggers inflected from their lemmas ...) takes some 65 ms of every ``relgraph extract`` process; loading the
result takes some 20. The copy is keyed by everything it is made from: the bytes of the package's code and of
its data files (``data/lexicon``, ``data/gazetteer``), the Python version and pyahocorasick's (whose automaton
is kept in its own format). A change to any of them makes a new key, so a copy is never stale; one that cannot
be read is compiled again, and one that cannot be written is simply not kept.

The folder is ``$RELGRAPH_LANGUAGE_CACHE``, else ``languages`` under the user's cache directory (e.g.
``~/.cache/relgraph``); ``RELGRAPH_LANGUAGE_CACHE=off`` keeps nothing. It is the user's own, like the fetched
pages' cache: a copy is loaded with :mod:`pickle`, so only the user should be able to write there (the files are
made readable by their owner only).

Regular expressions are kept as the code CPython's regex engine runs (what ``re.compile`` makes of the pattern;
the key holds the Python version), so loading them skips parsing and compiling: the date grammar's scanner alone
takes 45 ms to compile (Arabic). Code the engine refuses, or a Python that makes it otherwise, compiles the
pattern again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
from collections.abc import Callable, Iterable
from functools import cache
from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TypeVar

from relgraph.dates import keep_grammars
from relgraph.dates.grammar import Grammar, build
from relgraph.dates.lexicon import load
from relgraph.extractors.collector import collected_after

__all__ = ["LANGUAGE_CACHE_ENV", "cached", "folder"]

LANGUAGE_CACHE_ENV = "RELGRAPH_LANGUAGE_CACHE"
_PACKAGE = Path(__file__).resolve().parents[1]  # src/relgraph (or site-packages/relgraph)
_T = TypeVar("_T")


def folder() -> Path | None:
    """Where compiled languages are kept, or ``None`` (``$RELGRAPH_LANGUAGE_CACHE=off``)."""
    configured = os.environ.get(LANGUAGE_CACHE_ENV)
    if configured == "off":
        return None
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("relgraph")) / "languages"


def _sources() -> Iterable[Path]:
    """The files the compiled vocabulary depends on: the package's code and its lexicon and gazetteer data."""
    yield from sorted(p for pattern in ("**/*.py", "**/*.so", "**/*.pyd") for p in _PACKAGE.glob(pattern))
    for data in ("lexicon", "gazetteer"):
        yield from sorted(p for p in (_PACKAGE / "data" / data).glob("*.json") if p.is_file())


def key(name: str, extra: bytes = b"") -> str:
    """The key of ``name`` compiled from these sources (and ``extra``): a hash of all of them."""
    digest = hashlib.sha256(f"{name}\0{sys.version}\0{_ahocorasick()}\0".encode())
    digest.update(extra)
    digest.update(_sources_digest())
    return digest.hexdigest()[:32]


@cache
def _sources_digest() -> bytes:
    """A hash of :func:`_sources`, their names and bytes: read once per process (1.4 MB), for every name kept."""
    digest = hashlib.sha256()
    for path in _sources():
        digest.update(str(path.relative_to(_PACKAGE)).encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.digest()


def _ahocorasick() -> str:
    try:
        return version("pyahocorasick")
    except PackageNotFoundError:
        return "?"


@collected_after  # the load makes some hundred thousand objects for good: no collection walks them meanwhile
def cached(name: str, kind: type[_T], build: Callable[[], _T], extra: bytes = b"") -> _T:
    """``build()``, or the copy of its result kept under ``name`` for these sources; the result is kept."""
    where = folder()
    if where is None:
        return build()
    path = where / f"{name}-{key(name, extra)}.pickle"
    try:
        with path.open("rb") as file:
            value = pickle.load(file)
        if isinstance(value, kind):
            return value
    except Exception:  # missing, cut short, written by other code: compile it again
        pass
    value = build()
    _keep(path, value, name)
    return value


def _keep(path: Path, value: object, name: str) -> None:
    """Write ``value`` to ``path`` whole (a temporary file moved in place), readable by its owner only, and leave
    the newest few copies of ``name``; a folder that cannot be written keeps nothing."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                pickler = pickle.Pickler(file, protocol=pickle.HIGHEST_PROTOCOL)
                pickler.dispatch_table = {re.Pattern: _frozen}  # this pickler's own: pickle elsewhere is as it was
                pickler.dump(value)
            os.replace(temporary, path)
            _prune(path.parent, name)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except Exception:  # a folder that cannot be written, a value that cannot be pickled: nothing is kept
        pass


def _frozen(pattern: re.Pattern[str]) -> tuple[Callable[..., re.Pattern[str]], tuple[object, ...]]:
    """How ``pattern`` is pickled: as what ``re._compiler.compile`` hands the engine (the same steps, in CPython 3.11
    to 3.13), or as its source where those steps are not there."""
    try:
        parser, compiler = import_module("re._parser"), import_module("re._compiler")  # (no stubs: private)
        parsed = parser.parse(pattern.pattern, pattern.flags)
        code = list(map(int, compiler._code(parsed, pattern.flags)))  # (some are named constants: ints)
        state = parsed.state
        names = [None] * state.groups
        for name, index in state.groupdict.items():
            names[index] = name
        return _thawed, (pattern.pattern, pattern.flags | state.flags, code, state.groups - 1, state.groupdict, names)
    except Exception:  # another Python's engine
        return re.compile, (pattern.pattern, pattern.flags)


def _thawed(
    source: str, flags: int, code: list[int], groups: int, names: dict[str, int], indexed: list[str | None]
) -> re.Pattern[str]:
    """The pattern :func:`_frozen` kept, handed to the engine as ``re.compile`` would; compiled again if the engine
    refuses the code (it checks it)."""
    try:
        compiled: re.Pattern[str] = import_module("_sre").compile(source, flags, code, groups, names, tuple(indexed))
        return compiled
    except Exception:
        return re.compile(source, flags)


def _kept_grammar(lang: str) -> Grammar:
    """A shipped language's date grammar, kept as its vocabulary is (:func:`relgraph.dates.keep_grammars`)."""
    return cached(f"dates-{lang}", Grammar, lambda: build(load(lang)))


keep_grammars(_kept_grammar)

KEPT = 4  #: copies kept of each name (other checkouts or versions of the code); older ones are deleted


def _prune(where: Path, name: str) -> None:
    """Delete all but the :data:`KEPT` newest copies of ``name`` in ``where``."""
    copies = sorted(where.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in copies[KEPT:]:
        old.unlink(missing_ok=True)
