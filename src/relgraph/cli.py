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
from datetime import date, datetime
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


#: The formats of every command whose output is a table: for people (table, md) and as data (json, csv).
TABLE = ("table", "json", "csv", "md")


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


def _emit(
    rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None, empty: str | None = None
) -> None:
    """``rows`` on stdout in ``fmt``; with no rows, the note ``empty`` on stderr says why nothing came."""
    from relgraph.formats import render

    if fmt in ("table", "md"):  # for people: 0.842, not 0.8421052631578947 (json and csv keep the exact value)
        rows = [{k: round(v, 3) if isinstance(v, float) else v for k, v in row.items()} for row in rows]
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

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Each command with its whole first sentence (click cuts it to fit one line), wrapped."""
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit=1_000)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


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
_MAX_BYTES = click.option(
    "--max-bytes", type=click.IntRange(1), default=None, help="Largest article accepted, in bytes (default 5 MB)."
)
_ENCODING = click.option(
    "--encoding",
    metavar="NAME",
    help="Encoding of every input, e.g. cp1256 or latin-1 (default: UTF-8, or as a BOM says).",
)


_WAIT = click.option("--wait", is_flag=True, help="Wait for another process using the store instead of failing.")
_JOBS = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Extract in this many worker processes (results in input order, as with one).",
)
_DASK = click.option(
    "--dask",
    metavar="ADDRESS",
    help="Extract on a Dask cluster: its scheduler's address, e.g. tcp://10.0.0.5:8786 "
    "(relgraph installed on the workers; see docs/cluster.md).",
)


class _Progress:
    """On a terminal, a bar on stderr (tqdm: articles, the total where it is known, rate, time left);
    off one, nothing: the command's summary line at the end says what was done."""

    def __init__(self, paths: Sequence[str] = (), live: bool = True) -> None:
        self.count = 0
        self.bar: Any = None
        if live and sys.stderr.isatty():
            from tqdm import tqdm  # only on a terminal: no import cost for scripts and pipes

            self.bar = tqdm(total=_total(paths), unit=" articles", file=sys.stderr, dynamic_ncols=True,
                            mininterval=0.25, leave=False)  # fmt: skip

    def tick(self) -> None:
        self.count += 1
        if self.bar is not None:
            self.bar.update()

    def say(self, text: str) -> None:
        """A message on stderr, above the bar."""
        if self.bar is not None:
            self.bar.clear()
        click.echo(text, err=True)
        if self.bar is not None:
            self.bar.refresh()

    def clear(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _total(paths: Sequence[str]) -> int | None:
    """How many articles ``paths`` hold, counted quickly (files, and lines of JSON Lines); None from stdin."""
    from pathlib import Path

    from relgraph.articles import SUFFIXES

    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        files = (
            [f for f in path.rglob("*") if f.suffix.lower() in SUFFIXES and f.is_file()] if path.is_dir() else [path]
        )
        for f in files:
            try:
                total += _lines(f) if f.suffix.lower() == ".jsonl" else 1
            except OSError:
                total += 1
    return total


def _lines(path: Any) -> int:
    """The non-blank lines of a file, read in blocks."""
    count = 0
    with open(path, "rb") as stream:
        while block := stream.read(1 << 20):
            count += block.count(b"\n")
        if block[-1:] not in (b"\n", b""):
            count += 1
    return count


def _mention_row(m: Mention) -> dict[str, Any]:
    return {**m.to_json(), "confidence": m.confidence}  # exact as data; tables round it


def _skipped(item: Skipped, progress: _Progress) -> None:
    progress.say(f"{'Note' if item.note else 'Error'}: {item}")


def _summary(read: int, skipped: Sequence[Skipped], always: bool = True) -> None:
    """The batch's closing line (always, or only after an error); exit status 1 after an error."""
    from relgraph.articles import summary

    failed = any(not s.note for s in skipped)
    if always or failed:
        click.echo(summary(read, skipped), err=True)
    if failed:
        sys.exit(1)


@cli.command(
    epilog=_example(
        "relgraph extract article.txt --published 2025-04-16\n"
        "relgraph extract corpus.jsonl --format table\ncat article.txt | relgraph extract -"
    )
)
@_INPUTS
@_LANG
@_PUBLISHED
@_MAX_BYTES
@_ENCODING
@_JOBS
@_DASK
@_format_option("jsonl", *TABLE, default="jsonl")
@click.option(
    "--explain", is_flag=True, help="Print every trigger instead: the frame it tried, its events, or why it gave none."
)
def extract(
    paths: tuple[str, ...],
    lang: str | None,
    published: date | None,
    max_bytes: int | None,
    encoding: str | None,
    jobs: int,
    dask: str | None,
    fmt: str,
    explain: bool,
) -> None:
    """Extract dated diplomatic events from articles (.txt, .jsonl, .html, URLs, directories, - for stdin).

    Prints one event per line (JSON Lines) with the article, the evidence and its offsets; with --explain,
    one line per trigger word found, with the decision taken on it and its reason.
    """
    from relgraph import api
    from relgraph.articles import DEFAULT_MAX_BYTES, Skipped
    from relgraph.formats import write_rows

    if explain:
        _explain(paths, lang, published, max_bytes or DEFAULT_MAX_BYTES, encoding, fmt)
        return

    read, skipped, rows = 0, [], []
    counter = _Progress(paths, live=not sys.stdout.isatty())  # no bar over the events printed on a terminal
    for item in api.extract(
        paths,
        lang=lang,
        published=published,
        max_bytes=max_bytes or DEFAULT_MAX_BYTES,
        jobs=jobs,
        dask=dask,
        encoding=encoding,
    ):
        counter.tick()
        if isinstance(item, Skipped):
            _skipped(item, counter)
            skipped.append(item)
            continue
        read += 1
        if fmt == "jsonl":
            write_rows([_mention_row(m) for m in item.mentions], "jsonl", sys.stdout)
        else:
            rows += [_mention_row(m) for m in item.mentions]
    counter.clear()
    if fmt in ("table", "md"):
        _emit(
            [{**r, "actors": " ".join(r["actors"])} for r in rows],
            fmt,
            ["article", "type", "actors", "date", "place", "evidence"],
        )
    elif fmt in ("json", "csv"):
        _emit(rows, fmt, list(rows[0]) if rows else None)
    _summary(read, skipped)


def _explain(
    paths: tuple[str, ...], lang: str | None, published: date | None, max_bytes: int, encoding: str | None, fmt: str
) -> None:
    """``extract --explain``: the decision on every trigger of every article."""
    from relgraph import api
    from relgraph.articles import Skipped

    read, skipped, rows = 0, [], []
    flat = fmt in ("table", "md", "csv")  # a count of events in a cell, the events themselves in JSON
    for item in api.explain(paths, lang=lang, published=published, max_bytes=max_bytes, encoding=encoding):
        if isinstance(item, Skipped):
            _skipped(item, _Progress(live=False))
            skipped.append(item)
            continue
        read += 1
        rows += [{**d.to_json(), "events": len(d.mentions)} if flat else d.to_json() for d in item.decisions]
    _emit(rows, fmt, ["article", "trigger", "start", "type", "frame", "outcome", "reason", "events"] if flat else None)
    _summary(read, skipped)


@cli.command(
    epilog=_example(
        "relgraph ingest articles/ --store ./graph\nrelgraph ingest news.jsonl --jobs 4\n"
        "relgraph ingest archive/ --dask tcp://10.0.0.5:8786 --store http://10.0.0.6:7878"
    )
)
@_INPUTS
@_store_option
@_LANG
@_PUBLISHED
@_MAX_BYTES
@_ENCODING
@_WAIT
@_JOBS
@_DASK
def ingest(
    paths: tuple[str, ...],
    store: str | None,
    lang: str | None,
    published: date | None,
    max_bytes: int | None,
    encoding: str | None,
    wait: bool,
    jobs: int,
    dask: str | None,
) -> None:
    """Extract events from articles and store them; ingesting the same article twice changes nothing.

    Each article is stored in one transaction. A bad input is named on stderr and skipped;
    the exit status is then 1. On a terminal, a progress line counts the articles.
    """
    from relgraph import api
    from relgraph.articles import DEFAULT_MAX_BYTES, Skipped
    from relgraph.formats import counted

    counter = _Progress(paths)

    def progress(item: object) -> None:
        if isinstance(item, Skipped):
            _skipped(item, counter)
        counter.tick()

    try:
        report = api.ingest(
            paths,
            store=store,
            lang=lang,
            published=published,
            max_bytes=max_bytes or DEFAULT_MAX_BYTES,
            progress=progress,
            wait=wait,
            jobs=jobs,
            dask=dask,
            encoding=encoding,
        )
    finally:
        counter.clear()
    replacing = f" ({report.replaced} replacing a stored article with the same id)" if report.replaced else ""
    click.echo(
        f"{counted(report.read, 'article')} read: {report.changed} stored{replacing}, {report.unchanged} unchanged; "
        f"{counted(report.mentions, 'mention')}; {counted(report.events, 'event')} in {report.store}",
        err=True,
    )
    _summary(report.read, report.skipped, always=False)


class _IntervalParam(click.ParamType[float, Any]):
    """``90``, ``30s``, ``15m``, ``2h`` or ``1d``, as seconds."""

    name = "interval"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        if isinstance(value, float):
            return value
        from relgraph.watch import parse_interval

        try:
            return parse_interval(str(value))
        except ValueError:
            self.fail(f"{value!r} is not an interval: use e.g. 90 (seconds), 30s, 15m, 2h or 1d", param, ctx)


@cli.command(
    epilog=_example(
        "relgraph watch https://example.org/world/rss.xml --every 15m --store ./graph\n"
        "relgraph watch https://example.org/feed.atom --once --store ./graph   # from cron"
    )
)
@click.argument("feeds", nargs=-1, required=True, metavar="FEED_URL...")
@click.option(
    "--every",
    type=_IntervalParam(),
    default="15m",
    show_default=True,
    help="Time between polls: 90 (seconds), 30s, 15m, 2h, 1d.",
)
@click.option("--once", is_flag=True, help="Poll once and exit (for cron); exit status 1 after an error.")
@_store_option
@_LANG
@_PUBLISHED
@_MAX_BYTES
def watch(
    feeds: tuple[str, ...],
    every: float,
    once: bool,
    store: str | None,
    lang: str | None,
    published: date | None,
    max_bytes: int | None,
) -> None:
    """Poll RSS/Atom feeds and ingest each new item's page, until Ctrl-C or SIGTERM.

    Each item (by its guid, or its link) is fetched and read once: the store remembers it, so a
    restarted watch repeats and misses nothing. One line per poll on stderr (new items, articles,
    mentions, errors), and an Error: line per failed feed or page; a failing feed is tried again
    later, waiting longer after each failure, and the other feeds go on. Pages are cached on disk
    ($RELGRAPH_CACHE, else the user's cache directory).
    """
    from relgraph import api
    from relgraph.articles import DEFAULT_MAX_BYTES

    report = api.watch(
        feeds,
        store=store,
        every=every,
        once=once,
        lang=lang,
        published=published,
        max_bytes=max_bytes or DEFAULT_MAX_BYTES,
        log=lambda line: click.echo(line, err=True),
        report=lambda item: _skipped(item, _Progress(live=False)),
    )
    if once and report.errors:
        sys.exit(1)


def _ids_from(source: IO[str] | None) -> list[str]:
    """Article ids one a line (an id too long for a command line: the system caps one at 128 KB)."""
    return [] if source is None else [line.rstrip("\r\n") for line in source if line.rstrip("\r\n")]


@cli.command(epilog=_example("relgraph retract qatar-russia-2025-04-16\nrelgraph retract --ids-from ids.txt"))
@click.argument("article_ids", nargs=-1, metavar="ARTICLE_ID...")
@click.option(
    "--ids-from",
    "ids_from",
    type=click.File("r", encoding="utf-8"),
    metavar="FILE",
    help="Also the ids in FILE, one a line (- for stdin).",
)
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


TIMELINE_COLUMNS = ("date", "type", "actors", "place", "who", "sources")
TIMELINE_CSV_COLUMNS = ("date", "also_reported", "type", "actors", "former_states", "place", "persons", "sources")
#: The roles ``timeline`` filters on (``relgraph.timeline.ROLE_FILTERS``, not imported: start-up stays fast).
TIMELINE_ROLES = (
    "initiator",
    "target",
    "recognizer",
    "recognized",
    "sender",
    "host",
    "visitor",
    "mediator",
    "expeller",
    "expelled",
)


def _print_timeline(rows: Sequence[TimelineRow], fmt: str, empty: str | None = None) -> None:
    """A timeline on stdout: for reading (table, md: † marks a former state), or as data (json, csv)."""
    if fmt == "json":
        _emit([r.to_json() for r in rows], "json", empty=empty)
    elif fmt == "csv":  # data: codes and dates as they are, the former states and other dates in columns of their own
        _emit(
            [
                {
                    "date": r.date,
                    "also_reported": " ".join(r.also_reported),
                    "type": r.type,
                    "actors": " ".join(r.actors),
                    "former_states": " ".join(c for c in r.actors if c in r.former),
                    "place": r.place,
                    "persons": "; ".join(a.summary for a in r.persons),
                    "sources": "; ".join(f"{s.article}: {s.evidence}" for s in r.sources),
                }
                for r in rows
            ],
            "csv",
            TIMELINE_CSV_COLUMNS,
            empty,
        )
    else:
        _emit(_timeline_table(rows), fmt, TIMELINE_COLUMNS, empty)
        if any(r.former for r in rows):
            click.echo(("\n" if fmt == "md" else "") + "† former state (as it was on the event's date)")
        if any(r.maybe for r in rows):
            click.echo(
                ("\n" if fmt == "md" else "") + "* only possibly in the range: undated (≤ the day its first "
                "article was published) or dated more coarsely than the range"
            )
    maybe = sum(r.maybe for r in rows)
    if maybe:
        from relgraph.formats import counted

        click.echo(
            f"Note: {counted(maybe, 'event')} kept whose possible dates overlap the range but may fall "
            "outside it (undated ones are bounded by their article's publication date).",
            err=True,
        )


def _timeline_table(rows: Sequence[TimelineRow]) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        date_text = r.when + ("*" if r.maybe else "")
        if r.also_reported:
            date_text += ", also reported " + ", ".join(r.also_reported)
        actors = [f"{c}†" if c in r.former else c for c in r.actors]
        cells = [_source_cell(s) for s in r.sources] or [""]
        out.append({"date": date_text, "type": r.type, "actors": " ".join(actors), "place": r.place or "",
                    "who": r.who, "sources": cells[0]})  # fmt: skip
        out += [{"sources": cell} for cell in cells[1:]]  # every source on a line of its own, under its event
    return out


def _source_cell(source: Any) -> str:
    """``article (published): quote``."""
    return f"{source.article}{f' ({source.published})' if source.published else ''}: {source.evidence}"


def _role_options(f: F) -> F:
    """``--visitor STATE``, ``--host STATE`` ...: one option per role a timeline filters on."""
    for role in reversed(TIMELINE_ROLES):
        f = click.option(
            f"--{role}", f"role_{role}", metavar="STATE", help=f"Only events where this state is the {role}."
        )(f)
    return f


@cli.command(
    epilog=_example(
        "relgraph timeline Qatar Russia\nrelgraph timeline QA --type visit --since 2000\n"
        "relgraph timeline قطر روسيا --format json\n"
        "relgraph timeline --visitor Egypt --type visit\nrelgraph timeline Russia --person Putin"
    )
)
@click.argument("states", nargs=-1, metavar="[STATE [STATE]]")
@click.option("--since", type=_DateParam("earliest"), help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", type=_DateParam("latest"), help="Up to this date.")
@click.option("--type", "types", multiple=True, metavar="TYPE", help="Only events of this type (repeatable).")
@click.option("--person", metavar="NAME", help="Only events where a person of this name (or office) acted.")
@_role_options
@_store_option
@_format_option(*TABLE)
def timeline(
    states: tuple[str, ...],
    since: date | None,
    until: date | None,
    types: tuple[str, ...],
    person: str | None,
    store: str | None,
    fmt: str,
    **roles: str | None,
) -> None:
    """The dated events of one state, or between two, in chronological order, with their sources and the
    persons who acted.

    A state is an ISO code or an English or Arabic name. Former states come along with their
    successors (Russia with the USSR) and are marked † in the table. --person and the roles
    (--visitor, --host ...) filter; without a state, a role's state (or the person) picks the events.
    """
    from relgraph import api
    from relgraph.model import EventType

    if len(states) > 2:
        raise click.UsageError("give one state, or two for a pair")
    wanted = {name.removeprefix("role_"): state for name, state in roles.items() if state}
    if not states and not wanted and not person:
        raise click.UsageError("give one state, two for a pair, a role (--visitor STATE ...) or --person")
    for t in types:
        EventType.from_slug(t)
    rows = api.timeline(states, since=since, until=until, types=types, person=person, roles=wanted, store=store)
    subject = (
        f"events between {states[0]} and {states[1]}"
        if len(states) == 2
        else f"events of {states[0]}"
        if states
        else "events"
    )
    acting = [f"--{role} {state}" for role, state in wanted.items()] + ([f"--person {person}"] if person else [])
    if acting:
        subject += f" with {' and '.join(acting)}"
    empty = _none_found(
        subject, filters=" with these --since, --until or --type filters" if since or until or types else ""
    )
    _print_timeline(rows, fmt, empty)


def _refs(sources: Sequence[Any]) -> str:
    return ", ".join(dict.fromkeys(s.article for s in sources))


@cli.command(
    epilog=_example('relgraph status Qatar "Saudi Arabia" --at 2019-01-01\nrelgraph status QA RU --format json')
)
@click.argument("a", metavar="STATE")
@click.argument("b", metavar="STATE")
@click.option("--at", type=_DateParam("latest"), help="As it stood on this date (default: the whole record).")
@_store_option
@_format_option(*TABLE)
def status(a: str, b: str, at: date | None, store: str | None, fmt: str) -> None:
    """Whether two states had relations, each side's embassy and head of mission, on a date, with sources.

    Former and successor states count (the USSR's relations carry to Russia). An undated event counts
    from its article's publication date (shown ≤ DATE); what is uncertain is said in the notes.
    """
    from relgraph import api

    lines = api.status(a, b, at=at, store=store)
    if fmt == "json":
        _emit([line.to_json() for line in lines], "json")
        return
    _emit(
        [
            {
                "aspect": line.aspect,
                "status": line.status,
                "since": line.since or "",
                "sources": _refs(line.sources),
                "notes": "; ".join(line.notes),
            }
            for line in lines
        ],
        fmt,
        ("aspect", "status", "since", "sources", "notes"),
    )
    if all(line.status == "not reported" for line in lines):
        click.echo(_none_found(f"relations, embassies or missions between {a} and {b}", at), err=True)


@cli.command(epilog=_example('relgraph history Qatar "Saudi Arabia"\nrelgraph history QA RU --format json'))
@click.argument("a", metavar="STATE")
@click.argument("b", metavar="STATE")
@_store_option
@_format_option(*TABLE)
def history(a: str, b: str, store: str | None, fmt: str) -> None:
    """Two states' relations, embassies and heads of mission as periods ("severed 2017-06-05 – 2021-01")."""
    from relgraph import api

    periods = api.history(a, b, store=store)
    if fmt == "json":
        _emit([p.to_json() for p in periods], "json", empty=_none_found(f"status events between {a} and {b}"))
        return
    _emit(
        [
            {
                "aspect": p.aspect,
                "status": p.status,
                "from": p.start or "?",
                "to": p.end or "now",
                "sources": _refs(p.sources),
                "notes": "; ".join(p.notes),
            }
            for p in periods
        ],
        fmt,
        ("aspect", "status", "from", "to", "sources", "notes"),
        _none_found(f"status events between {a} and {b}"),
    )


@cli.command(epilog=_example("relgraph states\nrelgraph states --format csv > states.csv"))
@_store_option
@_format_option(*TABLE)
def states(store: str | None, fmt: str) -> None:
    """Every state in the store: its events, partners, counts per type, first and last event."""
    from relgraph import api

    found = api.states(store=store)
    if fmt == "json":
        _emit([s.to_json() for s in found], "json", empty=_none_found("events"))
        return
    _emit([{"state": s.state, "name": s.name + ("†" if s.former else ""), "events": s.events,
            "partners": s.partners, "types": ", ".join(f"{t} {n}" for t, n in s.types), "first": s.first,
            "last": s.last} for s in found], fmt, ("state", "name", "events", "partners", "types", "first", "last"),
          _none_found("events"))  # fmt: skip


@cli.command(epilog=_example("relgraph stats\nrelgraph stats --format json"))
@_store_option
@_format_option(*TABLE)
def stats(store: str | None, fmt: str) -> None:
    """What the store holds: articles, events per type and language, date range, store size."""
    from relgraph import api
    from relgraph.formats import counted

    found = api.stats(store=store)
    if fmt == "json":
        click.echo(_json_object(found.to_json()))
        return
    langs = sorted({lang for row in found.events_by_type.values() for lang in row})
    per_type = [{"type": t, **{lang or "unknown": row.get(lang, 0) for lang in langs}}
                for t, row in found.events_by_type.items()]  # fmt: skip
    columns = ["type", *(lang or "unknown" for lang in langs)]
    if fmt == "csv":  # as data: the events per type and language (the totals are in --format json)
        _emit(per_type, "csv", columns)
        return
    languages = ", ".join(f"{n} {lang or 'unknown'}" for lang, n in sorted(found.articles_by_language.items()))
    size = "" if found.size_bytes is None else f"; {found.size_bytes / 1e6:.1f} MB on disk"
    click.echo(f"{found.store}: {counted(found.articles, 'article')} ({languages or 'none'}), "
               f"{counted(found.mentions, 'mention')}, {counted(found.events, 'event')} "
               f"({found.undated} undated), {found.first or '-'} to {found.last or '-'}; "
               f"{counted(found.quads, 'quad')}{size}" + ("\n" if fmt == "md" else ""))  # fmt: skip
    _emit(per_type, fmt, columns, _none_found("events"))


def _json_object(value: dict[str, Any]) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, indent=2)


@cli.command(epilog=_example("relgraph search embassy\nrelgraph search 'اعادة العلاقات' --format json"))
@click.argument("text")
@_store_option
@_format_option(*TABLE)
def search(text: str, store: str | None, fmt: str) -> None:
    """Find the evidence quotes that contain TEXT (Arabic hamza, alef and ta marbuta variants match alike)."""
    from relgraph import api

    hits = api.search(text, store=store)
    empty = f"No quote in the store contains {text!r}."
    if fmt == "json":
        _emit([h.to_json() for h in hits], "json", empty=empty)
        return
    _emit(
        [{**h.to_json(), "date": h.when, "actors": " ".join(h.actors)} for h in hits],
        fmt,
        ("date", "type", "actors", "article", "evidence", "event"),
        empty,
    )


@cli.command(epilog=_example("relgraph show 3f1c9a0b2d4e5f60"))
@click.argument("event_id", metavar="EVENT")
@_store_option
@_format_option(*TABLE)
def show(event_id: str, store: str | None, fmt: str) -> None:
    """One event and every mention that supports it: article, quote, offsets, extractor.

    EVENT is an event's id (the `event` field of `timeline --format json`), or its first few hex digits.
    """
    from relgraph import api

    found = api.provenance(event_id, store=store)
    event = found.event
    rows = [{**_mention_row(m), "event": event.id} for m in event.mentions]
    if fmt == "json":
        _emit(
            [
                {
                    "event": event.id,
                    "type": event.type.slug,
                    "actors": list(event.actors),
                    "date": event.date.iso if event.date else None,
                    "place": event.place,
                    "also_reported": [d.iso for d in event.alternatives],
                    "mentions": rows,
                    "articles": [a.to_json() for a in found.articles],
                }
            ],
            "json",
        )
        return
    if fmt == "csv":
        _emit(rows, "csv", ["event", "article", "type", "actors", "date", "place", "evidence", "start", "end",
                            "confidence", "extractor"])  # fmt: skip
        return
    click.echo(f"{event.type.slug} {' '.join(event.actors)} {event.date.iso if event.date else 'undated'}")
    _emit(rows, fmt, ["article", "date", "evidence", "start", "end", "extractor"])
    fetched = [
        {"article": a.id, "url": a.url, "fetched": _instant(a.fetched), "http date": _instant(a.http_date)}
        for a in found.articles
        if a.url is not None
    ]
    if fetched:  # the pages the articles were read from
        click.echo()
        _emit(fetched, "table", ["article", "url", "fetched", "http date"])


def _instant(value: datetime | None) -> str:
    return "" if value is None else value.isoformat().replace("+00:00", "Z")


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


@cli.command(
    epilog=_example(
        "relgraph sparql 'SELECT ?e ?date WHERE { GRAPH ?g { ?e a rg:Visit ; "
        "rg:earliest ?date } }'\n"
        "relgraph sparql examples/queries/pair-timeline.rq --format csv"
    )
)
@click.argument("query", metavar="QUERY|FILE|-")
@_store_option
@_format_option(*TABLE)
def sparql(query: str, store: str | None, fmt: str) -> None:
    """Run a SPARQL query; the prefixes rg:, xsd:, rdfs:, owl:, skos:, prov:, dcterms:, sem: are predefined."""
    from relgraph import api

    result = api.sparql(_read_query(query), store=store)
    # relgraph writes named graphs only: a pattern outside GRAPH, and DESCRIBE, see the empty default graph
    hint = (
        "No results. relgraph keeps every triple in a named graph: match inside GRAPH ?g { ... } "
        "(DESCRIBE reads only the default graph, which is empty)."
    )
    if result.boolean is not None:
        click.echo("true" if result.boolean else "false")
        if not result.boolean:
            click.echo(hint, err=True)
        return
    _emit([dict(r) for r in result.rows], fmt, list(result.variables), hint)


@cli.command(
    epilog=_example(
        "relgraph export --format trig -o graph.trig\nrelgraph export --article qatar-russia-2025-04-16 --format ttl"
    )
)
@_store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["ttl", "trig", "nq", "nt", "jsonld", "csv", "graphml", "gexf"]),
    default="trig",
    show_default=True,
    help="RDF serialisation; csv: one row per event with its sources; graphml, gexf: the state graph.",
)
@click.option("--article", help="Only this article's named graph (csv, graphml, gexf: the events it reports).")
@click.option(
    "--article-from",
    "article_from",
    type=click.File("r", encoding="utf-8"),
    metavar="FILE",
    help="Only the article whose id is FILE's first line, as --article (- for stdin).",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default stdout).")
def export(store: str | None, fmt: str, article: str | None, article_from: IO[str] | None, output: str | None) -> None:
    """Write the graph as RDF, the events as CSV, or the state graph as GraphML or GEXF (Gephi, yEd)."""
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


@cli.command(
    epilog=_example("relgraph serve --store ./graph --port 7878\nrelgraph timeline Qatar --store http://127.0.0.1:7878")
)
@_store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True, help="Port to listen on.")
@click.option(
    "--cors",
    "origins",
    multiple=True,
    metavar="ORIGIN",
    help="Let web pages of this origin (e.g. https://yasgui.example.org) query it; repeatable.",
)
@click.option(
    "--page",
    type=click.Path(dir_okay=False, writable=True),
    help="Also write an offline SPARQL page for this endpoint that knows relgraph's prefixes and examples "
    "(the page, opened from a file, is let in: origin null).",
)
def serve(store: str | None, host: str, port: int, origins: tuple[str, ...], page: str | None) -> None:
    """Serve the store as a read-only SPARQL endpoint (http://HOST:PORT/query) until Ctrl-C or SIGTERM.

    SPARQLWrapper, rdflib's SPARQLStore, YASGUI or relgraph itself (--store http://HOST:PORT) can query
    it. It serves relgraph's pages too: a SPARQL page that knows relgraph's prefixes and examples at
    http://HOST:PORT/, the graph at /graph (?state=QA&since=1990&until=2020&at=2018&types=visit,meeting)
    and a timeline at /timeline (?a=QA&b=SA), made from the store. While it runs, relgraph can still read the store, but
    nothing writes to it: the server holds the store's reader lock, so `relgraph ingest` and `retract`
    fail (or wait, with --wait) until it stops. Queries using SERVICE are refused, and no other web
    page may read it unless --cors names its origin.
    """
    from relgraph import api
    from relgraph.rdf.endpoint import is_loopback

    if not is_loopback(host):
        click.echo(
            f"Warning: {host} is reachable from other machines: whoever reaches it can read the whole "
            "store (give --host 127.0.0.1 to serve this machine only).",
            err=True,
        )

    def ready(url: str) -> None:
        click.echo(f"Serving {store or api.default_store_path()} read-only at {url}/query "
                   f"(pages: {url}/, {url}/graph, {url}/timeline?a=QA&b=SA); Ctrl-C stops it.", err=True)  # fmt: skip
        if page:
            click.echo(f"A SPARQL page with relgraph's prefixes: {api.sparql_page(page, f'{url}/query')}", err=True)

    api.serve(store=store, host=host, port=port, ready=ready, cors=(*origins, "null") if page else origins)


# -- networks -----------------------------------------------------------------------------------------


@cli.group(
    cls=_Group, epilog=_example("relgraph graph central --measure betweenness\nrelgraph graph path QA US --at 1990")
)
def graph() -> None:
    """Network views of the store: states as nodes, dated events as edges (networkx)."""


_AT = click.option("--at", type=_DateParam("latest"), help="The graph as it stood on this date.")


_LINK_COLUMNS = ("from", "to", "name", "events", "types", "first", "last")


def _links(links: Iterable[Any], fmt: str) -> list[dict[str, Any]]:
    return [
        {
            "from": link.source,
            "to": link.target,
            "name": link.name,
            "events": link.count,
            "types": list(link.types) if fmt == "json" else ", ".join(link.types),
            "first": link.first,
            "last": link.last,
        }
        for link in links
    ]


@graph.command(epilog=_example("relgraph graph central --measure pagerank --top 5"))
@click.option(
    "--measure",
    type=click.Choice(["degree", "betweenness", "eigenvector", "pagerank"]),
    default="degree",
    show_default=True,
)
@click.option("--top", type=click.IntRange(1), default=10, show_default=True)
@_AT
@_store_option
@_format_option(*TABLE)
def central(measure: str, top: int, at: date | None, store: str | None, fmt: str) -> None:
    """The most central states."""
    from dataclasses import asdict

    from relgraph import api

    _emit(
        [asdict(c) for c in api.central(measure, top=top, at=at, store=store)],
        fmt,
        ("rank", "state", "name", "score"),
        _none_found("events between states", at),
    )


@graph.command(epilog=_example("relgraph graph path Qatar Ukraine"))
@click.argument("a", metavar="STATE")
@click.argument("b", metavar="STATE")
@_AT
@_store_option
@_format_option(*TABLE)
def path(a: str, b: str, at: date | None, store: str | None, fmt: str) -> None:
    """The shortest chain of relations between two states, hop by hop."""
    from relgraph import api

    _emit(
        _links(api.path(a, b, at=at, store=store), fmt),
        fmt,
        _LINK_COLUMNS,
        _none_found(f"chain of relations between {a} and {b}", at),
    )


@graph.command(epilog=_example("relgraph graph neighbors Qatar --at 2000-01-01"))
@click.argument("state", metavar="STATE")
@_AT
@_store_option
@_format_option(*TABLE)
def neighbors(state: str, at: date | None, store: str | None, fmt: str) -> None:
    """Who a state is linked to, since when, and by what."""
    from relgraph import api

    _emit(
        _links(api.neighbors(state, at=at, store=store), fmt),
        fmt,
        _LINK_COLUMNS,
        _none_found(f"relations of {state}", at),
    )


@graph.command(epilog=_example("relgraph graph communities --format json"))
@_AT
@_store_option
@_format_option(*TABLE)
def communities(at: date | None, store: str | None, fmt: str) -> None:
    """Groups of states more linked to each other than to the rest (Louvain)."""
    from relgraph import api

    _emit(
        [
            {"community": c.index, "size": c.size, "states": list(c.states) if fmt == "json" else " ".join(c.states)}
            for c in api.communities(at=at, store=store)
        ],
        fmt,
        ("community", "size", "states"),
        _none_found("events between states", at),
    )


@cli.command(
    epilog=_example(
        "relgraph viz -o relations.html\nrelgraph viz --state QA --since 1988 -o qatar.html\n"
        "relgraph viz --timeline Qatar Russia -o qatar-russia.html"
    )
)
@click.argument("states", nargs=-1)
@click.option(
    "--timeline",
    is_flag=True,
    help="Draw STATES' history (one state, or a pair) as swimlanes on a time axis instead of the graph.",
)
@click.option("--state", help="Focus on this state and its relations.")
@click.option("--since", type=_DateParam("earliest"))
@click.option("--until", type=_DateParam("latest"))
@_AT
@click.option("--type", "types", multiple=True, metavar="TYPE", help="Only events of this type (repeatable).")
@click.option(
    "-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True), help="The HTML file to write."
)
@_store_option
def viz(
    states: tuple[str, ...],
    timeline: bool,
    state: str | None,
    since: date | None,
    until: date | None,
    at: date | None,
    types: tuple[str, ...],
    output: str,
    store: str | None,
) -> None:
    """Write an interactive graph of states and their relations as one HTML file that opens offline."""
    from relgraph import api

    if timeline != bool(states) or len(states) > 2:
        raise click.UsageError("--timeline takes one state or two (relgraph viz --timeline Qatar Russia -o t.html)")
    if timeline and (state or since or until or at or types):
        raise click.UsageError(
            "--timeline draws a whole history: --state, --since, --until, --at and --type do not apply"
        )
    if timeline:
        written = api.viz_timeline(
            output, *states, store=store, note=lambda text: click.echo(f"note: {text}", err=True)
        )
        click.echo(f"wrote {written}", err=True)
        return
    written = api.viz(
        output,
        state=state,
        since=since,
        until=until,
        at=at,
        types=types,
        store=store,
        note=lambda text: click.echo(f"note: {text}", err=True),
    )
    click.echo(f"wrote {written}", err=True)


# -- evaluation and the demo -------------------------------------------------------------------------------


@cli.command(name="eval", epilog=_example("relgraph eval gold.jsonl --lang ar --show-errors"))
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--lang",
    type=click.Choice(["ar", "en"]),
    help="Score the gold articles in this language (each annotated article has its own: it is read in it).",
)
@click.option("--only-lang", type=click.Choice(["ar", "en"]), help="The same as --lang.")
@_format_option(*TABLE)
@click.option("--show-errors", is_flag=True, help="List every miss and false positive with its evidence.")
def eval_(gold: str, lang: str | None, only_lang: str | None, fmt: str, show_errors: bool) -> None:
    """Score the extractors on hand-annotated articles: precision, recall, F1 per type, relaxed and strict."""
    from dataclasses import asdict

    from relgraph import api

    report = api.evaluate(gold, only_lang=only_lang or lang)
    if fmt == "json":
        payload: dict[str, Any] = {"articles": report.articles, "scores": report.rows()}
        if show_errors:
            payload["errors"] = [asdict(e) for e in report.errors]
        import json

        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    if show_errors and fmt != "csv":
        for e in report.errors:
            note = " (date only)" if e.strict_only else ""
            actors = " ".join(e.actors)
            click.echo(f"{e.kind}{note}: {e.article} {e.type} {actors} {e.date or 'undated'} | {e.evidence}")
        click.echo()
    _emit(report.rows(), fmt)


@cli.command(epilog=_example("relgraph demo\nrelgraph demo --store /tmp/demo-store -o demo.html"))
@_store_option
@click.option(
    "-o",
    "--output",
    default="relgraph-demo.html",
    show_default=True,
    type=click.Path(dir_okay=False, writable=True),
    help="Where to write the HTML graph.",
)
def demo(store: str | None, output: str) -> None:
    """Ingest the bundled Arabic sample, print the Qatar–Russia timeline and write the HTML graph."""
    from relgraph import api

    result = api.demo(store=store, output=output)
    click.echo(f"Ingested the sample into {result.ingest.store} ({result.ingest.events} events).", err=True)
    _print_timeline(result.timeline, "table")
    click.echo(f"Wrote the graph to {result.html}; open it in a browser (it needs no network).", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
