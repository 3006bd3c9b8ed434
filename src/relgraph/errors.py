"""One exception tree, rooted in :class:`RelgraphError`.

The CLI turns any ``RelgraphError`` into one ``Error: <message>`` line and exit
status 1; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "ArticleError",
    "BadRequestError",
    "ClusterError",
    "ExtractorError",
    "FetchError",
    "InvalidDateError",
    "LexiconError",
    "MentionError",
    "QueryError",
    "RelgraphError",
    "ServerRefusedError",
    "StoreError",
    "StoreLockedError",
    "UnknownEventError",
    "UnknownEventTypeError",
    "UnknownExtractorError",
    "UnknownFormatError",
    "UnknownLanguageError",
    "UnknownMeasureError",
    "UnknownStateError",
]


def _choices(names: Iterable[str], limit: int = 20) -> str:
    names = sorted(names)
    shown = ", ".join(names[:limit])
    return shown + (f", ... ({len(names) - limit} more)" if len(names) > limit else "")


class RelgraphError(Exception):
    """Base of every error relgraph raises on purpose."""


class InvalidDateError(RelgraphError, ValueError):
    """A date that does not exist or is not written at a known precision."""


class UnknownEventTypeError(RelgraphError, ValueError):
    def __init__(self, slug: str, known: Iterable[str]) -> None:
        from difflib import get_close_matches

        known = list(known)
        close = get_close_matches(slug, known, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        super().__init__(f"unknown event type {slug!r}; {hint}known types: {_choices(known)}")
        self.slug = slug


class UnknownStateError(RelgraphError, LookupError):
    def __init__(self, name: str, suggestions: Iterable[str] = ()) -> None:
        hint = list(suggestions)
        extra = (
            f"; did you mean {', '.join(hint)}?" if hint else "; give an ISO 3166 code, or an English or Arabic name"
        )
        super().__init__(f"unknown state {name!r}{extra}")
        self.name = name


class UnknownExtractorError(RelgraphError, LookupError):
    def __init__(self, name: str, known: Iterable[str]) -> None:
        super().__init__(f"unknown extractor {name!r}; registered extractors: {_choices(known)}")
        self.name = name


class UnknownMeasureError(RelgraphError, ValueError):
    def __init__(self, name: str, known: Iterable[str]) -> None:
        super().__init__(f"unknown centrality measure {name!r}; known measures: {_choices(known)}")
        self.name = name


class UnknownFormatError(RelgraphError, ValueError):
    def __init__(self, name: str, known: Iterable[str]) -> None:
        super().__init__(f"unknown output format {name!r}; known formats: {_choices(known)}")
        self.name = name


class ExtractorError(RelgraphError):
    """An extractor plugin that does not meet the Extractor protocol."""


class LexiconError(ExtractorError, ValueError):
    """A lexicon file that breaks ``data/lexicon/schema.json``: one line naming the file, the key and what is allowed.

    ``file`` is the lexicon's name (``data/lexicon/en.json``), ``key`` the path to the bad value inside it
    (``triggers[3].frame``), ``allowed`` the keys or values the schema allows there.
    """

    def __init__(self, file: str, key: str, problem: str, allowed: Iterable[str] = ()) -> None:
        self.file, self.key, self.allowed = file, key, tuple(allowed)
        where = f"{file}: {key}: " if key else f"{file}: "
        listed = f"; allowed: {_choices(self.allowed, limit=100)}" if self.allowed else ""
        super().__init__(where + problem + listed)


class ArticleError(RelgraphError):
    """An input that cannot be read as an article. ``path`` names it, ``line`` too for JSONL."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.reason = reason
        self.line = line


class FetchError(ArticleError):
    """A URL that could not be fetched (a page, or a feed): ``path`` is the URL, ``reason`` says why.

    ``transient`` when trying again later may succeed (a timeout, a refused connection, HTTP 5xx or 429).
    """

    def __init__(self, url: str, reason: str, *, transient: bool = False) -> None:
        super().__init__(url, reason)
        self.transient = transient


class StoreError(RelgraphError):
    """The store cannot be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process writes to the embedded store."""


class QueryError(RelgraphError, ValueError):
    """An invalid SPARQL query, or one the store refused."""


class ServerRefusedError(QueryError, StoreError):
    """A SPARQL server answered a query, an update or a Graph Store request with an error ``status``.

    Both a :class:`QueryError` (the request was refused) and a :class:`StoreError` (the store failed it).
    """

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class ClusterError(RelgraphError):
    """A Dask cluster that cannot be reached, or whose workers cannot run this relgraph."""


class UnknownEventError(RelgraphError, LookupError):
    """No event with this id in the store, or several (``candidates``) whose ids start with it."""

    def __init__(self, event_id: str, candidates: Iterable[str] = (), hint: str = "") -> None:
        self.candidates = tuple(candidates)
        if self.candidates:
            message = f"several events have an id starting with {event_id!r}: {', '.join(self.candidates)}"
            super().__init__(message + "; give more of the id")
        else:
            super().__init__(f"no event {event_id!r} in the store{f'; {hint}' if hint else ''}")
        self.event_id = event_id


class MentionError(RelgraphError, ValueError):
    """A mention ingested with an article it does not come from."""


class UnknownLanguageError(RelgraphError, ValueError):
    def __init__(self, lang: str, known: Iterable[str]) -> None:
        super().__init__(f"unknown language {lang!r}; known languages: {_choices(known)}")
        self.lang = lang


class OutputError(RelgraphError):
    """A file the user asked for (``-o``) cannot be written."""


class BadRequestError(RelgraphError, ValueError):
    """A request to ``relgraph serve``'s pages with a parameter that is unknown, repeated or wrong (HTTP 400)."""
