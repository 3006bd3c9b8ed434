"""relgraph's command line: each command parses its options, calls one function of
:mod:`relgraph.api` and formats what comes back. Data goes to stdout, messages
to stderr; a :class:`~relgraph.errors.RelgraphError` becomes one ``Error:``
line and exit status 1, bad usage exit status 2.

Only click is imported at start-up; everything else is imported by the
command that needs it, so ``relgraph --help`` stays fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from relgraph.api import TimelineRow
    from relgraph.articles import Skipped
    from relgraph.model import Mention

F = TypeVar("F", bound=Callable[..., Any])


# -- shared options -------------------------------------------------------------------------------------


def _store_option(f: F) -> F:
    return click.option(
        "--store",
        metavar="DIR|URL",
        envvar="RELGRAPH_STORE",
        help="The store: a directory (embedded store) or a SPARQL endpoint URL. "
        "Default: $RELGRAPH_STORE, else the user's data directory.",
    )(f)


def _format_option(*choices: str, default: str = "table") -> Callable[[F], F]:
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=default, show_default=True, help="Output format."
    )


class _DateParam(click.ParamType[date, Any]):
    """YYYY, YYYY-MM or YYYY-MM-DD; ``bound`` picks the first or the last day of a partial date."""

    name = "date"

    def __init__(self, bound: str = "earliest") -> None:
        self.bound = bound

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        from relgraph.errors import InvalidDateError
        from relgraph.model import PartialDate

        try:
            parsed = PartialDate.parse(str(value))
        except InvalidDateError:
            self.fail(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD", param, ctx)
        return parsed.earliest if self.bound == "earliest" else parsed.latest


class _DayParam(click.ParamType[date, Any]):
    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a day: use YYYY-MM-DD", param, ctx)


def _emit(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None,
          empty: str | None = None) -> None:
    """``rows`` on stdout in ``fmt``; with no rows, the note ``empty`` on stderr says why nothing came."""
    from relgraph.formats import render

    out = render(list(rows), fmt, columns)
    if out:
        click.echo(out, nl=not out.endswith("\n"))
    if not rows and empty:
        click.echo(empty, err=True)


def _none_found(what: str, at: date | None = None, filters: str = "") -> str:
    return f"No {what} in the store{f' as it stood on {at}' if at else ''}{filters}."


def _example(text: str) -> str:
    return "\b\nExample:\n" + "\n".join("  " + line for line in text.strip().splitlines())


# -- the group --------------------------------------------------------------------------------------------


class _Group(click.Group):
    """Turns relgraph's errors into one ``Error:`` line and exit status 1 (click's own: exit 2)."""

    def invoke(self, ctx: click.Context) -> Any:
        from relgraph.errors import RelgraphError

        try:
            return super().invoke(ctx)
        except RelgraphError as e:
            message = " ".join(str(e).split())
            raise click.ClickException(message if len(message) <= 400 else message[:399] + "…") from e
        except BrokenPipeError:  # `relgraph extract a.txt | head`: the reader has all it wanted, not an error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # what is still buffered goes nowhere
            ctx.exit(0)


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=_example("relgraph demo\nrelgraph timeline Qatar Russia"),
)
@click.version_option(package_name="relgraph")
def cli() -> None:
    """Read Arabic and English news into a knowledge graph of dated diplomatic events between states."""


def main() -> None:
    """The console script."""
    cli(prog_name="relgraph")


# -- extract / ingest -----------------------------------------------------------------------------------------

_INPUTS = click.argument("paths", nargs=-1, required=True, metavar="PATH...")
_LANG = click.option("--lang", type=click.Choice(["ar", "en"]), help="Language of every article (default: detected).")
_PUBLISHED = click.option("--published", type=_DayParam(), help="Publication date for articles that give none.")
_MAX_BYTES = click.option("--max-bytes", type=click.IntRange(1), default=None,
                          help="Largest article accepted, in bytes (default 5 MB).")
_ENCODING = click.option("--encoding", metavar="NAME",
                         help="Encoding of every input, e.g. cp1256 or latin-1 (default: UTF-8, or as a BOM says).")


_WAIT = click.option("--wait", is_flag=True, help="Wait for another process using the store instead of failing.")
_JOBS = click.option("-j", "--jobs", type=click.IntRange(1), default=1, show_default=True,
                     help="Extract in this many worker processes (results in input order, as with one).")
_DASK = click.option("--dask", metavar="ADDRESS",
                     help="Extract on a Dask cluster: its scheduler's address, e.g. tcp://10.0.0.5:8786 "
                     "(relgraph installed on the workers; see docs/cluster.md).")


class _Progress:
    """A one-line article counter on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.count = 0
        self.live = sys.stderr.isatty()

    def tick(self) -> None:
        self.count += 1
        if self.live and self.count % 25 == 0:
            click.echo(f"\r{self.count} articles…", err=True, nl=False)

    def clear(self) -> None:
        if self.live and self.count >= 25:
            click.echo("\r\033[K", err=True, nl=False)


def _mention_row(m: Mention) -> dict[str, Any]:
    return m.to_json()


def _skipped(item: Skipped) -> None:
    click.echo(f"{'Note' if item.note else 'Error'}: {item}", err=True)


def _summary(read: int, skipped: Sequence[Skipped], always: bool = True) -> None:
    """The batch's closing line (always, or only after an error); exit status 1 after an error."""
    from relgraph.articles import summary

    failed = any(not s.note for s in skipped)
    if always or failed:
        click.echo(summary(read, skipped), err=True)
    if failed:
        sys.exit(1)


@cli.command(epilog=_example("relgraph extract article.txt --published 2025-04-16\n"
                             "relgraph extract corpus.jsonl --format table\ncat article.txt | relgraph extract -"))
@_INPUTS
@_LANG
@_PUBLISHED
@_MAX_BYTES
@_ENCODING
@_JOBS
@_DASK
@_format_option("jsonl", "json", "table", default="jsonl")
def extract(paths: tuple[str, ...], lang: str | None, published: date | None, max_bytes: int | None,
            encoding: str | None, jobs: int, dask: str | None, fmt: str) -> None:
    """Extract dated diplomatic events from articles (.txt, .jsonl, .html, directories, - for stdin).

    Prints one event per line (JSON Lines) with the article, the evidence and its offsets.
    """
    from relgraph import api
    from relgraph.articles import DEFAULT_MAX_BYTES, Skipped
    from relgraph.formats import write_rows

    read, skipped, rows = 0, [], []
    for item in api.extract(paths, lang=lang, published=published, max_bytes=max_bytes or DEFAULT_MAX_BYTES,
                            jobs=jobs, dask=dask, encoding=encoding):
        if isinstance(item, Skipped):
            _skipped(item)
            skipped.append(item)
            continue
        read += 1
        if fmt == "jsonl":
            write_rows([_mention_row(m) for m in item.mentions], "jsonl", sys.stdout)
        else:
            rows += [_mention_row(m) for m in item.mentions]
    if fmt == "table":
        _emit(rows, fmt, ["article", "type", "actors", "date", "place", "evidence"])
    elif fmt == "json":
        _emit(rows, fmt)
    _summary(read, skipped)


@cli.command(epilog=_example("relgraph ingest articles/ --store ./graph\nrelgraph ingest news.jsonl --jobs 4\n"
                             "relgraph ingest archive/ --dask tcp://10.0.0.5:8786 --store http://10.0.0.6:7878"))
@_INPUTS
@_store_option
@_LANG
@_PUBLISHED
@_MAX_BYTES
@_ENCODING
@_WAIT
@_JOBS
@_DASK
def ingest(paths: tuple[str, ...], store: str | None, lang: str | None, published: date | None,
           max_bytes: int | None, encoding: str | None, wait: bool, jobs: int, dask: str | None) -> None:
    """Extract events from articles and store them; ingesting the same article twice changes nothing.

    Each article is stored in one transaction. A bad input is named on stderr and skipped;
    the exit status is then 1. On a terminal, a progress line counts the articles.
    """
    from relgraph import api
    from relgraph.articles import DEFAULT_MAX_BYTES, Skipped
    from relgraph.formats import counted

    counter = _Progress()

    def progress(item: object) -> None:
        if isinstance(item, Skipped):
            counter.clear()
            _skipped(item)
        counter.tick()

    try:
        report = api.ingest(paths, store=store, lang=lang, published=published,
                            max_bytes=max_bytes or DEFAULT_MAX_BYTES, progress=progress, wait=wait, jobs=jobs,
                            dask=dask, encoding=encoding)
    finally:
        counter.clear()
    replacing = f" ({report.replaced} replacing a stored article with the same id)" if report.replaced else ""
    click.echo(
        f"{counted(report.read, 'article')} read: {report.changed} stored{replacing}, {report.unchanged} unchanged; "
        f"{counted(report.mentions, 'mention')}; {counted(report.events, 'event')} in {report.store}",
        err=True,
    )
    _summary(report.read, report.skipped, always=False)


def _ids_from(source: IO[str] | None) -> list[str]:
    """Article ids one a line (an id too long for a command line: the system caps one at 128 KB)."""
    return [] if source is None else [line.rstrip("\r\n") for line in source if line.rstrip("\r\n")]


@cli.command(epilog=_example("relgraph retract qatar-russia-2025-04-16\nrelgraph retract --ids-from ids.txt"))
@click.argument("article_ids", nargs=-1, metavar="ARTICLE_ID...")
@click.option("--ids-from", "ids_from", type=click.File("r", encoding="utf-8"), metavar="FILE",
              help="Also the ids in FILE, one a line (- for stdin).")
@_store_option
@_WAIT
def retract(article_ids: tuple[str, ...], ids_from: IO[str] | None, store: str | None, wait: bool) -> None:
    """Remove articles from the store and re-derive the events they supported."""
    from relgraph import api
    from relgraph.errors import RelgraphError
    from relgraph.formats import counted

    article_ids = (*article_ids, *_ids_from(ids_from))
    if not article_ids:
        raise click.UsageError("give the ids of the articles to retract, or --ids-from FILE")
    missing = api.retract(article_ids, store=store, wait=wait)
    click.echo(f"retracted {counted(len(article_ids) - len(missing), 'article')}", err=True)
    if missing:
        raise RelgraphError(f"not in the store: {', '.join(missing)}")


# -- timeline / show / sparql / export -------------------------------------------------------------------


TIMELINE_COLUMNS = ("date", "type", "actors", "place", "sources")
TIMELINE_CSV_COLUMNS = ("date", "also_reported", "type", "actors", "former_states", "place", "sources")


def _print_timeline(rows: Sequence[TimelineRow], fmt: str, empty: str | None = None) -> None:
    """A timeline on stdout: for reading (table, md: † marks a former state), or as data (json, csv)."""
    if fmt == "json":
        _emit([r.to_json() for r in rows], "json", empty=empty)
    elif fmt == "csv":  # data: codes and dates as they are, the former states and other dates in columns of their own
        _emit([{
            "date": r.date, "also_reported": " ".join(r.also_reported), "type": r.type, "actors": " ".join(r.actors),
            "former_states": " ".join(c for c in r.actors if c in r.former), "place": r.place,
            "sources": "; ".join(f"{s.article}: {s.evidence}" for s in r.sources),
        } for r in rows], "csv", TIMELINE_CSV_COLUMNS, empty)
    else:
        _emit(_timeline_table(rows), fmt, TIMELINE_COLUMNS, empty)
        if any(r.former for r in rows):
            click.echo(("\n" if fmt == "md" else "") + "† former state (as it was on the event's date)")


def _timeline_table(rows: Sequence[TimelineRow]) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        date_text = r.date or "undated"
        if r.also_reported:
            date_text += ", also reported " + ", ".join(r.also_reported)
        actors = [f"{c}†" if c in r.former else c for c in r.actors]
        out.append({
            "date": date_text,
            "type": r.type,
            "actors": " ".join(actors),
            "place": r.place or "",
            "sources": "; ".join(f"{s.article}: {s.evidence}" for s in r.sources),
        })
    return out


@cli.command(epilog=_example("relgraph timeline Qatar Russia\nrelgraph timeline QA --type visit --since 2000\n"
                             "relgraph timeline قطر روسيا --format json"))
@click.argument("states", nargs=-1, required=True, metavar="STATE [STATE]")
@click.option("--since", type=_DateParam("earliest"), help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", type=_DateParam("latest"), help="Up to this date.")
@click.option("--type", "types", multiple=True, metavar="TYPE", help="Only events of this type (repeatable).")
@_store_option
@_format_option("table", "json", "csv", "md")
def timeline(states: tuple[str, ...], since: date | None, until: date | None, types: tuple[str, ...],
             store: str | None, fmt: str) -> None:
    """The dated events of one state, or between two, in chronological order, with their sources.

    A state is an ISO code or an English or Arabic name. Former states come along with their
    successors (Russia with the USSR) and are marked † in the table.
    """
    from relgraph import api
    from relgraph.model import EventType

    if len(states) > 2:
        raise click.UsageError("give one state, or two for a pair")
    for t in types:
        EventType.from_slug(t)
    rows = api.timeline(states, since=since, until=until, types=types, store=store)
    subject = f"events between {states[0]} and {states[1]}" if len(states) == 2 else f"events of {states[0]}"
    empty = _none_found(subject, filters=" with these --since, --until or --type filters" if since or until or types
                        else "")
    _print_timeline(rows, fmt, empty)


@cli.command(epilog=_example("relgraph show 3f1c9a0b2d4e5f60"))
@click.argument("event_id", metavar="EVENT")
@_store_option
@_format_option("table", "json")
def show(event_id: str, store: str | None, fmt: str) -> None:
    """One event and every mention that supports it: article, quote, offsets, extractor.

    EVENT is an event's id (the `event` field of `timeline --format json`), or its first few hex digits.
    """
    from relgraph import api

    event = api.show(event_id, store=store)
    rows = [{**m.to_json(), "event": event.id} for m in event.mentions]
    if fmt == "json":
        _emit([{
            "event": event.id, "type": event.type.slug, "actors": list(event.actors),
            "date": event.date.iso if event.date else None, "place": event.place,
            "also_reported": [d.iso for d in event.alternatives], "mentions": rows,
        }], "json")
        return
    click.echo(f"{event.type.slug} {' '.join(event.actors)} {event.date.iso if event.date else 'undated'}")
    _emit(rows, "table", ["article", "date", "evidence", "start", "end", "extractor"])


def _read_query(query: str) -> str:
    from pathlib import Path

    if query == "-":
        return sys.stdin.read()
    if query.endswith((".rq", ".sparql")) or (len(query) < 4096 and "\n" not in query and Path(query).is_file()):
        from relgraph.errors import QueryError

        try:
            return Path(query).read_text(encoding="utf-8-sig")  # an editor's byte-order mark is no query text
        except OSError as e:
            raise QueryError(f"cannot read the query file {query}: {e.strerror}") from e
        except UnicodeDecodeError as e:
            raise QueryError(f"the query file {query} is not UTF-8 text; save it as UTF-8") from e
    return query


@cli.command(epilog=_example("relgraph sparql 'SELECT ?e ?date WHERE { GRAPH ?g { ?e a rg:Visit ; "
                             "rg:earliest ?date } }'\n"
                             "relgraph sparql examples/queries/pair-timeline.rq --format csv"))
@click.argument("query", metavar="QUERY|FILE|-")
@_store_option
@_format_option("table", "json", "csv")
def sparql(query: str, store: str | None, fmt: str) -> None:
    """Run a SPARQL query; the prefixes rg:, xsd:, rdfs:, owl:, skos:, prov:, dcterms:, sem: are predefined."""
    from relgraph import api

    result = api.sparql(_read_query(query), store=store)
    # relgraph writes named graphs only: a pattern outside GRAPH, and DESCRIBE, see the empty default graph
    hint = ("No results. relgraph keeps every triple in a named graph: match inside GRAPH ?g { ... } "
            "(DESCRIBE reads only the default graph, which is empty).")
    if result.boolean is not None:
        click.echo("true" if result.boolean else "false")
        if not result.boolean:
            click.echo(hint, err=True)
        return
    _emit([dict(r) for r in result.rows], fmt, list(result.variables), hint)


@cli.command(epilog=_example("relgraph export --format trig -o graph.trig\n"
                             "relgraph export --article qatar-russia-2025-04-16 --format ttl"))
@_store_option
@click.option("--format", "fmt", type=click.Choice(["ttl", "trig", "nq", "nt", "jsonld"]), default="trig",
              show_default=True, help="RDF serialisation.")
@click.option("--article", help="Only this article's named graph.")
@click.option("--article-from", "article_from", type=click.File("r", encoding="utf-8"), metavar="FILE",
              help="Only the named graph of the article whose id is FILE's first line (- for stdin).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default stdout).")
def export(store: str | None, fmt: str, article: str | None, article_from: IO[str] | None, output: str | None) -> None:
    """Write the whole graph, or one article's named graph, as RDF."""
    from relgraph import api

    if article_from is not None:
        article = next(iter(_ids_from(article_from)), None)
        if article is None:
            raise click.UsageError("--article-from names a file with no article id")

    data = api.export(format=fmt, article=article, store=store)
    if output:
        from relgraph.formats import write_file

        write_file(output, data)
    else:
        sys.stdout.buffer.write(data)


@cli.command(epilog=_example("relgraph serve --store ./graph --port 7878\n"
                             "relgraph timeline Qatar --store http://127.0.0.1:7878"))
@_store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True, help="Port to listen on.")
@click.option("--cors", "origins", multiple=True, metavar="ORIGIN",
              help="Let web pages of this origin (e.g. https://yasgui.example.org) query it; repeatable.")
def serve(store: str | None, host: str, port: int, origins: tuple[str, ...]) -> None:
    """Serve the store as a read-only SPARQL endpoint (http://HOST:PORT/query) until Ctrl-C or SIGTERM.

    YASGUI, SPARQLWrapper, rdflib's SPARQLStore or relgraph itself (--store http://HOST:PORT) can query
    it; a YASGUI page is at http://HOST:PORT/. While it runs, relgraph can still read the store, but
    nothing writes to it: the server holds the store's reader lock, so `relgraph ingest` and `retract`
    fail (or wait, with --wait) until it stops. Queries using SERVICE are refused, and no other web
    page may read it unless --cors names its origin.
    """
    from relgraph import api
    from relgraph.rdf.endpoint import is_loopback

    if not is_loopback(host):
        click.echo(f"Warning: {host} is reachable from other machines: whoever reaches it can read the whole "
                   "store (give --host 127.0.0.1 to serve this machine only).", err=True)

    def ready(url: str) -> None:
        click.echo(f"Serving {store or api.default_store_path()} read-only at {url}/query "
                   f"(YASGUI: {url}/); Ctrl-C stops it.", err=True)  # fmt: skip

    api.serve(store=store, host=host, port=port, ready=ready, cors=origins)


# -- networks -----------------------------------------------------------------------------------------


@cli.group(cls=_Group,
           epilog=_example("relgraph graph central --measure betweenness\nrelgraph graph path QA US --at 1990"))
def graph() -> None:
    """Network views of the store: states as nodes, dated events as edges (networkx)."""


_AT = click.option("--at", type=_DateParam("latest"), help="The graph as it stood on this date.")


_LINK_COLUMNS = ("from", "to", "name", "events", "types", "first", "last")


def _links(links: Iterable[Any]) -> list[dict[str, Any]]:
    return [{
        "from": link.source, "to": link.target, "name": link.name, "events": link.count,
        "types": ", ".join(link.types), "first": link.first, "last": link.last,
    } for link in links]


@graph.command(epilog=_example("relgraph graph central --measure pagerank --top 5"))
@click.option("--measure", type=click.Choice(["degree", "betweenness", "eigenvector", "pagerank"]),
              default="degree", show_default=True)
@click.option("--top", type=click.IntRange(1), default=10, show_default=True)
@_AT
@_store_option
@_format_option("table", "json", "csv")
def central(measure: str, top: int, at: date | None, store: str | None, fmt: str) -> None:
    """The most central states."""
    from dataclasses import asdict

    from relgraph import api

    _emit([asdict(c) for c in api.central(measure, top=top, at=at, store=store)], fmt,
          ("rank", "state", "name", "score"), _none_found("events between states", at))


@graph.command(epilog=_example("relgraph graph path Qatar Ukraine"))
@click.argument("a", metavar="STATE")
@click.argument("b", metavar="STATE")
@_AT
@_store_option
@_format_option("table", "json", "csv")
def path(a: str, b: str, at: date | None, store: str | None, fmt: str) -> None:
    """The shortest chain of relations between two states, hop by hop."""
    from relgraph import api

    _emit(_links(api.path(a, b, at=at, store=store)), fmt, _LINK_COLUMNS,
          _none_found(f"chain of relations between {a} and {b}", at))


@graph.command(epilog=_example("relgraph graph neighbors Qatar --at 2000-01-01"))
@click.argument("state", metavar="STATE")
@_AT
@_store_option
@_format_option("table", "json", "csv")
def neighbors(state: str, at: date | None, store: str | None, fmt: str) -> None:
    """Who a state is linked to, since when, and by what."""
    from relgraph import api

    _emit(_links(api.neighbors(state, at=at, store=store)), fmt, _LINK_COLUMNS,
          _none_found(f"relations of {state}", at))


@graph.command(epilog=_example("relgraph graph communities --format json"))
@_AT
@_store_option
@_format_option("table", "json", "csv")
def communities(at: date | None, store: str | None, fmt: str) -> None:
    """Groups of states more linked to each other than to the rest (Louvain)."""
    from relgraph import api

    _emit([{"community": c.index, "size": c.size, "states": " ".join(c.states)}
           for c in api.communities(at=at, store=store)], fmt, ("community", "size", "states"),
          _none_found("events between states", at))


@cli.command(epilog=_example("relgraph viz -o relations.html\nrelgraph viz --state QA --since 1988 -o qatar.html"))
@click.option("--state", help="Focus on this state and its relations.")
@click.option("--since", type=_DateParam("earliest"))
@click.option("--until", type=_DateParam("latest"))
@_AT
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="The HTML file to write.")
@_store_option
def viz(state: str | None, since: date | None, until: date | None, at: date | None, output: str,
        store: str | None) -> None:
    """Write an interactive graph of states and their relations as one HTML file that opens offline."""
    from relgraph import api

    written = api.viz(output, state=state, since=since, until=until, at=at, store=store)
    click.echo(f"wrote {written}", err=True)


# -- evaluation and the demo -------------------------------------------------------------------------------


@cli.command(name="eval", epilog=_example("relgraph eval gold.jsonl --lang ar --show-errors"))
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@_LANG
@_format_option("table", "json")
@click.option("--show-errors", is_flag=True, help="List every miss and false positive with its evidence.")
def eval_(gold: str, lang: str | None, fmt: str, show_errors: bool) -> None:
    """Score the extractors on hand-annotated articles: precision, recall, F1 per type, relaxed and strict."""
    from dataclasses import asdict

    from relgraph import api

    report = api.evaluate(gold, lang=lang)
    if fmt == "json":
        payload: dict[str, Any] = {"articles": report.articles, "scores": report.rows()}
        if show_errors:
            payload["errors"] = [asdict(e) for e in report.errors]
        import json

        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    if show_errors:
        for e in report.errors:
            note = " (date only)" if e.strict_only else ""
            actors = " ".join(e.actors)
            click.echo(f"{e.kind}{note}: {e.article} {e.type} {actors} {e.date or 'undated'} | {e.evidence}")
        click.echo()
    _emit(report.rows(), "table")


@cli.command(epilog=_example("relgraph demo\nrelgraph demo --store /tmp/demo-store -o demo.html"))
@_store_option
@click.option("-o", "--output", default="relgraph-demo.html", show_default=True,
              type=click.Path(dir_okay=False, writable=True), help="Where to write the HTML graph.")
def demo(store: str | None, output: str) -> None:
    """Ingest the bundled Arabic sample, print the Qatar–Russia timeline and write the HTML graph."""
    from relgraph import api

    result = api.demo(store=store, output=output)
    click.echo(f"Ingested the sample into {result.ingest.store} ({result.ingest.events} events).", err=True)
    _print_timeline(result.timeline, "table")
    click.echo(f"Wrote the graph to {result.html}; open it in a browser (it needs no network).", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
