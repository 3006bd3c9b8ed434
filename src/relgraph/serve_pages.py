"""The pages ``relgraph serve`` serves itself, beside the SPARQL endpoint: what each URL asks for, checked.

- ``/``: the SPARQL page (:mod:`relgraph.sparql_page`) for the endpoint's own ``/query``, opening on a
  query that returns rows, with links to the two pages below;
- ``/graph``: the graph page of the store's data (:mod:`relgraph.viz`), with ``state``, ``since``,
  ``until``, ``at`` and ``types`` as ``relgraph viz`` has them (``/graph?since=1990&types=visit,meeting``);
- ``/timeline``: the timeline page of one state or a pair (``/timeline?a=QA&b=SA``).

Every parameter is checked before anything is read: a state is a code or a name the gazetteer knows,
a date is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, a type is one of the event types; a parameter that
is unknown, given twice or wrong gets ``400 Bad Request`` with a message that says why (plain text,
never HTML). Only values checked that way reach the pages, which escape all they show. Any other path
is the SPARQL server's (``/query``, ``/store``...).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qs, urlsplit

from relgraph.errors import BadRequestError, RelgraphError, StoreError
from relgraph.model import EventType, PartialDate

__all__ = ["Answer", "GraphView", "TimelineView", "parse_view", "respond"]

_LONGEST = 200  # characters a parameter's value may have
_HEADERS_HTML = (
    # The pages load nothing: the browser refuses any request but to this server's own /query.
    (
        "Content-Security-Policy",
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
        "img-src data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
)


@dataclass(frozen=True)
class GraphView:
    """``/graph``: the graph of the store's events, filtered as ``relgraph viz`` filters them."""

    state: str | None = None
    since: date | None = None
    until: date | None = None
    at: date | None = None
    types: tuple[EventType, ...] = ()


@dataclass(frozen=True)
class TimelineView:
    """``/timeline``: the history of ``a`` (with ``b``: of the pair)."""

    a: str
    b: str | None = None


@dataclass(frozen=True)
class SparqlView:
    """``/``: the SPARQL page."""


@dataclass(frozen=True)
class Answer:
    """What the server sends: a status, headers and a body."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes


def parse_view(target: str, resolve: Callable[[str], str]) -> GraphView | TimelineView | SparqlView | None:
    """The page a request target (``/graph?since=1990``) asks for, its parameters checked; ``None``: not a page.

    ``resolve`` turns a state's code or name into its code (raising
    :class:`~relgraph.errors.UnknownStateError`). Raises :class:`~relgraph.errors.BadRequestError`.
    """
    parts = urlsplit(target)
    allowed = {"/": (), "/graph": ("state", "since", "until", "at", "types"), "/timeline": ("a", "b")}
    if parts.path not in allowed:
        return None
    try:
        given = parse_qs(
            parts.query, keep_blank_values=True, strict_parsing=bool(parts.query), errors="strict", max_num_fields=20
        )
    except (ValueError, UnicodeDecodeError) as e:
        raise BadRequestError(f"the query string cannot be read: {e}") from e
    names = allowed[parts.path]
    for name, values in given.items():
        if name not in names:
            known = ", ".join(names) if names else "none"
            raise BadRequestError(f"{parts.path} takes no parameter {name!r} (it takes: {known})")
        if len(values) > 1:
            raise BadRequestError(f"{name} is given {len(values)} times; give it once")
        if len(values[0]) > _LONGEST:
            raise BadRequestError(f"{name} is longer than {_LONGEST} characters")
    value = {name: values[0].strip() for name, values in given.items() if values[0].strip()}
    if parts.path == "/":
        return SparqlView()
    if parts.path == "/timeline":
        if "a" not in value:
            raise BadRequestError("/timeline needs a state: /timeline?a=QA, or a pair: /timeline?a=QA&b=SA")
        a, b = _state(value["a"], resolve), _state(value["b"], resolve) if "b" in value else None
        if a == b:
            raise BadRequestError(f"a={value['a']} and b={value['b']} name the same state; give two different states")
        return TimelineView(a, b)
    types = tuple(dict.fromkeys(_type(slug) for slug in value.get("types", "").split(",") if slug.strip()))
    return GraphView(
        state=_state(value["state"], resolve) if "state" in value else None,
        since=_date("since", value.get("since"), latest=False),
        until=_date("until", value.get("until"), latest=True),
        at=_date("at", value.get("at"), latest=True),
        types=types,
    )


def respond(
    target: str,
    *,
    resolve: Callable[[str], str],
    sparql: Callable[[], str],
    graph: Callable[[GraphView], str],
    timeline: Callable[[TimelineView], str],
) -> Answer | None:
    """The answer to a ``GET`` of ``target``, or ``None`` when it is no page (the SPARQL server's to answer).

    ``sparql``, ``graph`` and ``timeline`` make the pages; a :class:`~relgraph.errors.RelgraphError`
    they raise is the client's fault (400) unless it is a :class:`~relgraph.errors.StoreError` (500).
    """
    try:
        view = parse_view(target, resolve)
        if view is None:
            return None
        if isinstance(view, SparqlView):
            page = sparql()
        elif isinstance(view, GraphView):
            page = graph(view)
        else:
            page = timeline(view)
    except StoreError as e:
        return _text(500, f"the store could not be read: {e}")
    except RelgraphError as e:
        return _text(400, str(e))
    return Answer(200, (("Content-Type", "text/html; charset=utf-8"), *_HEADERS_HTML), page.encode("utf-8"))


def _text(status: int, message: str) -> Answer:
    headers = (("Content-Type", "text/plain; charset=utf-8"), ("X-Content-Type-Options", "nosniff"),
               ("Cache-Control", "no-store"))  # fmt: skip
    return Answer(status, headers, f"{message}\n".encode())


def _state(name: str, resolve: Callable[[str], str]) -> str:
    try:
        return resolve(name)
    except RelgraphError as e:
        raise BadRequestError(str(e)) from e


def _date(name: str, text: str | None, *, latest: bool) -> date | None:
    if text is None:
        return None
    try:
        parsed = PartialDate.parse(text)
    except RelgraphError as e:
        raise BadRequestError(f"{name}={text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from e
    return parsed.latest if latest else parsed.earliest


def _type(slug: str) -> EventType:
    try:
        return EventType.from_slug(slug.strip())
    except RelgraphError as e:
        raise BadRequestError(f"types: {e}") from e
