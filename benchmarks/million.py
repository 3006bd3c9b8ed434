"""A million events: bulk ingest, disk, memory and the queries users run, at 100k and 1M events.

The corpus is synthetic and made here (no corpus text): the gazetteer's 197
living states, the busiest first (a fixed list of permanent members and
regional powers, then the rest in a seeded order; Qatar is placed 60th so that
Qatar-Russia has a few hundred events at 1M), pairs drawn with probability
proportional to the product of Zipf weights ``1 / rank ** 0.8`` (so a few
pairs are very busy and most are quiet); all 14 event types in plausible shares
(meetings and visits most, severances and closures rarely; events that happen
once per pair happen at most once); days from 1945 to 2026, more of them in
recent years; each actor written as the state it was then (``Gazetteer.as_of``:
Russia before 1992 is the USSR, Czechia and Slovakia before 1993 are
Czechoslovakia); mixed precision (60 % to the day, 20 % to the month, 14 % to
the year, 6 % to the decade, older events coarser; 2 % undated); 1 to 3
mentions per event, each from its own synthetic article (articles carry up to
four mentions of different events), later mentions at the same or a coarser
precision, some once-per-pair events with a disagreeing date.

Events are made by :func:`relgraph.fusion.fuse` from the mentions, pair by pair,
so the store holds exactly what :class:`relgraph.repository.Repository` would
hold after ingesting the same articles one by one (and can go on ingesting
incrementally). They are written through the bulk path: the quads of
:mod:`relgraph.rdf.mapping` serialised to an N-Quads file, loaded with
:meth:`relgraph.rdf.store.OxigraphStore.load` (pyoxigraph's ``bulk_load``).

Each size runs in three processes, so each peak resident memory is that
phase's own: *generate* (fusion, mapping, serialisation), *load* (the bulk
load into a store on disk, then its compaction) and *query*: the Qatar-Russia
timeline as ``relgraph timeline QA RU`` computes it (``relgraph.timeline.rows``:
``Repository.events_among`` for QA-RU and QA-SU, one query, the articles' sources and dates from
their mentions' records)
on the open store, the same through ``api.timeline`` (opening the store
read-only each time), the status of Qatar and Russia as ``relgraph status QA
RU`` computes it (``relgraph.status.status`` over the pair's status events,
lineages included, and their sources) on the open store and through
``api.status`` (opening the store each time), events per type per year
(``examples/queries/events-per-type-per-year.rq``), Qatar's neighbours, and the
states two hops from Qatar (first hop in a subquery), ``relgraph graph
central``, ``communities``, ``path`` and ``neighbors`` as the API computes
them (from the pairs' totals of ``id:graph/pairs``; neighbours from Qatar's
events), and, to compare, the most central states from every event's
``rg:outline``, as before the totals were kept. Then the commands the issue
sets targets for, each run as a user runs it, a fresh ``relgraph`` process
(start-up and imports included, output to a pipe): ``relgraph timeline QA
RU``, ``relgraph status QA RU``, ``relgraph graph central`` and ``relgraph
graph communities``. Each query: the first
run in the fresh process ("cold": the store just opened, the operating
system's page cache as the load left it), then one warm-up and the median and
best of ``--runs`` runs. Last, ``--ingest`` articles are ingested one by one
through the repository into the loaded store (articles/s).

    python benchmarks/million.py [--events 100000 1000000] [--keep DIR] [--quick] [--runs 7] [--json FILE]

``--quick`` is a CI-sized run (20,000 events, 3 runs, under half a minute).
Stores go to a temporary folder (under ``$TMPDIR``) and are deleted, unless
``--keep DIR``. This is a script, never a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from relgraph import pairs
from relgraph.fusion import fuse
from relgraph.gazetteer import Gazetteer
from relgraph.model import Article, EventType, Mention, PartialDate, Precision
from relgraph.rdf import mapping
from relgraph.rdf.store import OxigraphStore
from relgraph.rdf.vocab import EVENTS_GRAPH, state_iri
from relgraph.repository import Repository

QUERIES = Path(__file__).resolve().parent.parent / "examples" / "queries"

#: The busiest states first; the rest follow in a seeded order, and Qatar is put at rank QATAR_RANK.
BUSIEST = ("US", "RU", "CN", "FR", "GB", "DE", "TR", "IR", "SA", "IN", "EG", "JP", "IL", "UA", "AE", "PK", "IT",
           "BR", "KR", "ES", "ID", "NG", "ZA", "MX", "CA", "IQ", "SY", "JO", "PL", "DZ")  # fmt: skip
QATAR_RANK = 60
ZIPF = 0.8
#: Relative shares of the event types (percent).
TYPE_SHARES = {
    EventType.MEETING: 24, EventType.VISIT: 20, EventType.AGREEMENT_SIGNED: 12, EventType.NEGOTIATION: 9,
    EventType.AMBASSADOR_APPOINTED: 7, EventType.MEDIATION: 4, EventType.DIPLOMAT_EXPELLED: 4,
    EventType.EMBASSY_OPENED: 3, EventType.AMBASSADOR_RECALLED: 3, EventType.RELATIONS_ESTABLISHED: 3,
    EventType.RECOGNITION: 3, EventType.RELATIONS_SEVERED: 2, EventType.RELATIONS_RESTORED: 2,
    EventType.EMBASSY_CLOSED: 2,
}  # fmt: skip
RECURRING = [t for t in TYPE_SHARES if not t.once_per_pair and t is not EventType.MEDIATION]
FIRST_DAY, LAST_DAY = date(1945, 1, 1), date(2026, 6, 30)
MENTIONS_PER_ARTICLE = 4
SOURCES = ("Gulf Wire", "Levant Daily", "Maghreb Post", "Nile Courier", "Eurasia Review", "Atlantic Desk")


# -- the corpus --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One real-world event before anyone reports it: its type, actors (as they were then) and day."""

    kind: EventType
    actors: tuple[str, ...]
    day: date | None
    precision: Precision
    mentions: int


def ranked_states(gazetteer: Gazetteer, rng: random.Random) -> list[str]:
    """The living states, busiest first."""
    rest = sorted(s.code for s in gazetteer if not s.former and s.code not in BUSIEST and s.code != "QA")
    rng.shuffle(rest)
    ranked = [*BUSIEST, *rest]
    ranked.insert(QATAR_RANK - 1, "QA")
    return ranked


def _day(rng: random.Random) -> date:
    """A day from 1945 to mid-2026, more of them in recent years (news volume grows)."""
    span = (LAST_DAY - FIRST_DAY).days
    return FIRST_DAY + timedelta(days=int(span * rng.random() ** 0.6))


def _precision(rng: random.Random, day: date) -> Precision:
    """60 % day, 20 % month, 14 % year, 6 % decade over the corpus; older events coarser."""
    old = day.year < 1980
    weights = (45, 22, 21, 12) if old else (65, 19, 12, 4)
    return rng.choices(list(Precision), weights=weights)[0]


def occurrences(n: int, gazetteer: Gazetteer, seed: int) -> dict[tuple[str, str], list[Occurrence]]:
    """About ``n`` occurrences, grouped by their pair of parties as they were then (sorted codes)."""
    rng = random.Random(seed)
    ranked = ranked_states(gazetteer, rng)
    weight = {code: 1 / (rank + 1) ** ZIPF for rank, code in enumerate(ranked)}
    pairs = [(a, b) for i, a in enumerate(ranked) for b in ranked[i + 1 :]]
    kinds, kind_weights = list(TYPE_SHARES), list(TYPE_SHARES.values())
    once: set[tuple[EventType, str, frozenset[str]]] = set()
    grouped: defaultdict[tuple[str, str], list[Occurrence]] = defaultdict(list)
    for a, b in rng.choices(pairs, weights=[weight[a] * weight[b] for a, b in pairs], k=n):
        day = _day(rng)
        parties = [gazetteer.as_of(a, day), gazetteer.as_of(b, day)]
        if parties[0] == parties[1]:
            continue  # Czechia and Slovakia in 1980 are both Czechoslovakia
        rng.shuffle(parties)
        kind = rng.choices(kinds, weights=kind_weights)[0]
        actors: tuple[str, ...] = tuple(parties)
        if kind is EventType.MEDIATION:
            mediator = gazetteer.as_of(rng.choices(ranked, weights=list(weight.values()))[0], day)
            actors = (mediator, *parties) if mediator not in parties else actors
            kind = kind if mediator not in parties else EventType.MEETING
        if kind.once_per_pair:
            key = (kind, actors[0] if kind.directed else "", frozenset(actors))
            if key in once:
                kind = rng.choice(RECURRING)  # it happened already: something else happens
            once.add(key)
        count = rng.choices((1, 2, 3), weights=(50, 30, 20))[0]
        undated = rng.random() < 0.02
        grouped[(min(parties), max(parties))].append(
            Occurrence(kind, actors, None if undated else day, _precision(rng, day), count)
        )
    return grouped


def at_precision(day: date, precision: Precision) -> PartialDate:
    """``day`` as a text that gives it at ``precision`` writes it."""
    if precision is Precision.DAY:
        return PartialDate.from_date(day)
    if precision is Precision.MONTH:
        return PartialDate.month_of(day.year, day.month)
    return PartialDate.year_of(day.year) if precision is Precision.YEAR else PartialDate.decade_of(day.year)


def say(kind: EventType, actors: Sequence[str], when: PartialDate | None, names: dict[str, str]) -> str:
    """The evidence of a synthetic mention: "Qatar and Russia: visit, 2025-04-16."."""
    return f"{' and '.join(names[c] for c in actors)}: {kind.slug.replace('_', ' ')}, {when or 'no date given'}."


class Articles:
    """Synthetic articles, one stream per mention rank, so an event's mentions come from different articles.

    An article closes after :data:`MENTIONS_PER_ARTICLE` mentions; its quads (node and mentions)
    are handed to ``emit``.
    """

    def __init__(self, emit: Callable[[list[ox.Quad]], None], rng: random.Random) -> None:
        self.emit = emit
        self.rng = rng
        self.open: dict[int, tuple[Article, list[Mention], list[date]]] = {}
        self.count = 0

    def _new(self) -> tuple[Article, list[Mention], list[date]]:
        self.count += 1
        lang = self.rng.choice(("ar", "en"))
        return Article(f"syn-{self.count:07d}", "", lang, None, self.rng.choice(SOURCES)), [], []

    def mention(self, stream: int, occurrence: Occurrence, when: PartialDate | None, names: dict[str, str]) -> Mention:
        article, mentions, days = self.open.get(stream) or self._new()
        actors = occurrence.actors
        if not occurrence.kind.directed and self.rng.random() < 0.3:
            actors = tuple(reversed(actors))
        evidence = say(occurrence.kind, actors, when, names)
        start = 40 + 180 * len(mentions)
        place = None
        if occurrence.kind in (EventType.VISIT, EventType.MEETING) and self.rng.random() < 0.6:
            place = names["@" + actors[-1]] or None
        m = Mention(article.id, occurrence.kind, actors, when, place, evidence, start, start + len(evidence),
                    round(self.rng.uniform(0.5, 0.95), 2), "synthetic", "1")  # fmt: skip
        mentions.append(m)
        days.append(occurrence.day or LAST_DAY)
        if len(mentions) == MENTIONS_PER_ARTICLE:
            self._close(stream, article, mentions, days)
        else:
            self.open[stream] = (article, mentions, days)
        return m

    def _close(self, stream: int, article: Article, mentions: list[Mention], days: list[date]) -> None:
        published = min(LAST_DAY, max(days) + timedelta(days=self.rng.randint(0, 3)))
        dated = Article(article.id, article.text, article.lang, published, article.source)
        self.emit(mapping.article_quads(dated, mentions, f"digest-{article.id}"))
        self.open.pop(stream, None)

    def close_all(self) -> None:
        for stream, (article, mentions, days) in sorted(self.open.items()):
            self._close(stream, article, mentions, days)


def mentions_of(occurrence: Occurrence, articles: Articles, rng: random.Random, names: dict[str, str]) -> list[Mention]:
    """The occurrence as 1 to 3 articles report it: the first at its precision, the others as precise or coarser."""
    found = []
    for rank in range(occurrence.mentions):
        when = None
        if occurrence.day is not None:
            day = occurrence.day
            precision = occurrence.precision
            if rank:
                precision = rng.choice([p for p in Precision if p.rank >= occurrence.precision.rank])
                if occurrence.kind.once_per_pair and precision is Precision.DAY and rng.random() < 0.15:
                    day = min(LAST_DAY, day + timedelta(days=rng.randint(1, 3)))  # a source that disagrees
            when = at_precision(day, precision)
        found.append(articles.mention(rank, occurrence, when, names))
    return found


def generate(n: int, out: Path, seed: int = 2025) -> dict[str, Any]:
    """Write the corpus's quads (states, articles and mentions, fused events) to the N-Quads file ``out``."""
    gazetteer = Gazetteer.default()
    names = {s.code: s.name_en for s in gazetteer} | {"@" + s.code: s.capital_en or "" for s in gazetteer}
    start = time.perf_counter()
    grouped = occurrences(n, gazetteer, seed)
    rng = random.Random(seed + 1)
    counts = {"occurrences": sum(map(len, grouped.values())), "mentions": 0, "events": 0, "quads": 0}
    buffer: list[ox.Quad] = []
    with out.open("wb") as sink:

        def emit(quads: list[ox.Quad]) -> None:
            buffer.extend(quads)
            if len(buffer) > 200_000:
                flush()

        def flush() -> None:
            counts["quads"] += len(buffer)
            ox.serialize(buffer, sink, ox.RdfFormat.N_QUADS)
            buffer.clear()

        emit(mapping.state_quads(gazetteer))
        articles = Articles(emit, rng)
        kept: dict[pairs.Pair, dict[EventType, pairs.Totals]] = {}  # what the writer keeps per pair of states
        for pair in sorted(grouped):
            mentions = [m for o in grouped[pair] for m in mentions_of(o, articles, rng, names)]
            events = fuse(mentions)
            counts["mentions"] += len(mentions)
            counts["events"] += len(events)
            for event in events:
                emit(mapping.event_quads(event))
                for linked in pairs.linked(event):
                    kept[linked] = pairs.updated(kept.get(linked, {}), linked, [], [event])[0]
        for linked, found in sorted(kept.items()):
            emit(mapping.pair_quads(linked, found))
        articles.close_all()
        flush()
    qa_ru = sum(len(grouped.get(p, [])) for p in (("QA", "RU"), ("QA", "SU")))
    return {**counts, "articles": articles.count, "qa_ru_occurrences": qa_ru,
            "seconds": time.perf_counter() - start, "nquads_bytes": out.stat().st_size}  # fmt: skip


# -- measuring ---------------------------------------------------------------------------------------------


def peak_rss_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def disk_bytes(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def load(store_path: Path, nquads: Path) -> dict[str, Any]:
    """Bulk-load the N-Quads file into a new store on disk, then compact it (pyoxigraph's ``optimize``)."""
    start = time.perf_counter()
    store = OxigraphStore(store_path)
    store.load(nquads)
    store.raw.flush()
    loaded, size = time.perf_counter() - start, disk_bytes(store_path)
    store.raw.optimize()
    store.close()
    return {"seconds": loaded, "store_bytes": size, "optimize_seconds": time.perf_counter() - start - loaded,
            "optimized_bytes": disk_bytes(store_path)}  # fmt: skip


def timed(run: Callable[[], int], runs: int) -> dict[str, Any]:
    """The first (cold) run, then one warm-up, then the median and best of ``runs`` runs, in ms."""
    start = time.perf_counter()
    size = run()
    cold = time.perf_counter() - start
    run()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return {"rows": size, "cold_ms": cold * 1000, "median_ms": statistics.median(times) * 1000,
            "best_ms": min(times) * 1000}  # fmt: skip


QATAR = f"VALUES ?qatar {{ {state_iri('QA')} }}"
NEIGHBOURS = f"""
SELECT ?other (COUNT(?event) AS ?events) (MIN(?earliest) AS ?first) WHERE {{
  {QATAR}
  GRAPH {EVENTS_GRAPH} {{ ?event rg:actor ?qatar , ?other . OPTIONAL {{ ?event rg:earliest ?earliest }} }}
  FILTER(?other != ?qatar)
}}
GROUP BY ?other ORDER BY DESC(?events)"""
#: Partners of Qatar's partners: the first hop through Qatar's events (a few thousand), the second
#: through the distinct pair keys (one scan of one index; a join of every event's actors with
#: every other's took 7 s at 100k events).
TWO_HOPS = f"""
SELECT ?state (COUNT(DISTINCT ?partner) AS ?via) WHERE {{
  {{ SELECT DISTINCT ?partner WHERE {{
    {QATAR} GRAPH {EVENTS_GRAPH} {{ ?e rg:actor ?qatar , ?p }} FILTER(?p != ?qatar)
    BIND(STRAFTER(STR(?p), "/id/state/") AS ?partner) }} }}
  {{ SELECT ?partner ?state WHERE {{
    {{ SELECT DISTINCT ?key WHERE {{ GRAPH {EVENTS_GRAPH} {{ ?f rg:pairKey ?key }} }} }}
    VALUES ?side {{ 1 2 }}
    BIND(IF(?side = 1, STRBEFORE(?key, "|"), STRAFTER(?key, "|")) AS ?partner)
    BIND(IF(?side = 1, STRAFTER(?key, "|"), STRBEFORE(?key, "|")) AS ?state) }} }}
  FILTER(?state != "QA")
}}
GROUP BY ?state ORDER BY DESC(?via) ?state"""


def query(store_path: Path, runs: int) -> dict[str, Any]:
    """Time the queries on the loaded store, opened read-only as ``relgraph timeline`` opens it."""
    from relgraph import api
    from relgraph.timeline import rows

    Gazetteer.default()  # loaded once per process, before the store is timed
    opened = time.perf_counter()
    store = OxigraphStore(store_path, read_only=True)
    repo = Repository(store)
    open_ms = (time.perf_counter() - opened) * 1000

    per_type_year = (QUERIES / "events-per-type-per-year.rq").read_text(encoding="utf-8")
    results = {
        "timeline QA RU (timeline.rows, the store open)": timed(
            lambda: len(rows(repo, ["QA", "RU"], [], None, None)), runs
        ),
        "status QA RU (status.status over the pair's status events, the store open)": timed(
            lambda: len(_status(repo, "QA", "RU")), runs
        ),
        "events per type per year": timed(lambda: len(store.query(per_type_year)), runs),
        "Qatar's neighbours": timed(lambda: len(store.query(NEIGHBOURS)), runs),
        "two hops from Qatar": timed(lambda: len(store.query(TWO_HOPS)), runs),
    }
    store.close()
    results["timeline QA RU (api.timeline, opening the store)"] = timed(
        lambda: len(api.timeline(["QA", "RU"], store=store_path)), runs
    )
    results["status QA RU (api.status, opening the store)"] = timed(
        lambda: len(api.status("QA", "RU", store=store_path)), runs
    )
    few = max(1, runs // 3)
    results["most central states (api.central: the pairs' totals, networkx degree)"] = timed(
        lambda: len(api.central("degree", store=store_path)), runs
    )
    results["communities (api.communities: the pairs' totals, Louvain)"] = timed(
        lambda: len(api.communities(store=store_path)), runs
    )
    results["path QA to BR (api.path: the pairs' totals, then the hops' events)"] = timed(
        lambda: len(api.path("QA", "BR", store=store_path)), runs
    )
    results["neighbors QA (api.neighbors: Qatar's events' outlines)"] = timed(
        lambda: len(api.neighbors("QA", store=store_path)), few
    )
    results["most central states as before (every event's outline, networkx degree)"] = timed(
        lambda: len(_central_from_outlines(store_path)), few
    )
    for command in (["timeline", "QA", "RU"], ["status", "QA", "RU"], ["graph", "central"], ["graph", "communities"]):
        results[f"relgraph {' '.join(command)} (a fresh process)"] = timed(
            lambda command=command: _command(command, store_path), few
        )
    return {"open_ms": open_ms, "queries": results}


def _status(repo: Repository, a: str, b: str) -> list[Any]:
    """``api.status(a, b)`` on an open store: the pair's status events (lineages included), their sources."""
    from relgraph.status import STATUS_TYPES, status
    from relgraph.timeline import event_rows, events

    found = events(repo, [a, b], list(STATUS_TYPES), None, None)
    sources = {row.event: row.sources for row in event_rows(repo, found)}
    gazetteer = Gazetteer.default()
    capitals = {c: gazetteer.get(c).capital_en or gazetteer.get(c).name_en for c in (a, b)}
    return status(found, a, b, None, sources=sources, kin_a=gazetteer.lineage(a), kin_b=gazetteer.lineage(b),
                  capitals=capitals)  # fmt: skip


def _command(argv: list[str], store_path: Path) -> int:
    """Run ``relgraph ARGV --store STORE`` as a user does (the venv's script, a new process); its lines of output."""
    script = Path(sys.executable).with_name("relgraph")
    done = subprocess.run([str(script), *argv, "--store", str(store_path)], check=True, capture_output=True, text=True)
    return len(done.stdout.splitlines())


def _central_from_outlines(store_path: Path) -> list[Any]:
    """``relgraph graph central`` as it was before the pairs' totals: every event's outline read, then networkx."""
    from relgraph import graph

    with OxigraphStore(store_path, read_only=True) as store:
        outlines = Repository(store).outlines()
    return graph.central(outlines, "degree")


def ingest(store_path: Path, articles: int, seed: int = 99) -> dict[str, Any]:
    """Ingest ``articles`` new articles, one event each, one by one through the repository into the loaded store."""
    gazetteer = Gazetteer.default()
    names = {s.code: s.name_en for s in gazetteer}
    grouped = occurrences(articles, gazetteer, seed)
    batches = []
    for n, o in enumerate(o for pair in sorted(grouped) for o in grouped[pair]):
        when = None if o.day is None else at_precision(o.day, o.precision)
        article = Article(f"late-{n}", "", "en", LAST_DAY, SOURCES[0])
        text = say(o.kind, o.actors, when, names)
        batches.append((article, [Mention(article.id, o.kind, o.actors, when, None, text, 0, len(text), 0.8,
                                          "synthetic", "1")]))  # fmt: skip
    store = OxigraphStore(store_path)
    repo = Repository(store)
    start, cpu = time.perf_counter(), time.process_time()
    for article, mentions in batches:
        repo.ingest(article, mentions, f"digest-{article.id}")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    store.close()
    return {"articles": len(batches), "seconds": seconds, "cpu_seconds": cpu}


# -- driver ------------------------------------------------------------------------------------------------


def phase(name: str, argv: Sequence[str]) -> dict[str, Any]:
    """Run one phase in a fresh process; its JSON answer, with its peak RSS and the load average."""
    command = [sys.executable, __file__, "--phase", name, *argv]
    before = os.getloadavg()[0]
    answer: dict[str, Any] = json.loads(subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout)
    answer["load_average"] = (round(before, 2), round(os.getloadavg()[0], 2))
    return answer


def run_phase(args: argparse.Namespace) -> None:
    store, nquads = Path(args.store), Path(args.store + ".nq")
    if args.phase == "generate":
        result = generate(args.events[0], nquads)
    elif args.phase == "load":
        result = load(store, nquads)
    elif args.phase == "query":
        result = query(store, args.runs)
    else:
        result = ingest(store, args.ingest)
    print(json.dumps({**result, "peak_rss_mb": peak_rss_mb()}))


def measure(n: int, folder: Path, args: argparse.Namespace) -> dict[str, Any]:
    store = folder / f"events-{n}"
    common = ["--store", str(store), "--events", str(n), "--runs", str(args.runs), "--ingest", str(args.ingest)]
    made = phase("generate", common)
    print(f"  generated {made['events']} events ({made['mentions']} mentions, {made['articles']} articles, "
          f"{made['quads']} quads) in {made['seconds']:.1f} s", file=sys.stderr)  # fmt: skip
    loaded = phase("load", common)
    Path(str(store) + ".nq").unlink()
    print(f"  loaded in {loaded['seconds']:.1f} s", file=sys.stderr)
    queried = phase("query", common)
    ingested = phase("ingest", common) if args.ingest else None
    return {"events": n, "generate": made, "load": loaded, "query": queried, "ingest": ingested}


def report(result: dict[str, Any]) -> str:
    made, loaded, queried = result["generate"], result["load"], result["query"]
    lines = [
        f"## {made['events']:,} events ({made['occurrences']:,} occurrences drawn, {made['mentions']:,} mentions, "
        f"{made['articles']:,} articles, {made['quads']:,} quads; Qatar-Russia/USSR occurrences: "
        f"{made['qa_ru_occurrences']})",
        f"- generate (fusion, mapping, N-Quads): {made['seconds']:.1f} s, {made['events'] / made['seconds']:,.0f} "
        f"events/s, {made['nquads_bytes'] / 2**20:,.0f} MB of N-Quads, peak RSS {made['peak_rss_mb']} MB, "
        f"load average {made['load_average']}",
        f"- bulk load: {loaded['seconds']:.1f} s, {made['events'] / loaded['seconds']:,.0f} events/s, "
        f"{made['quads'] / loaded['seconds']:,.0f} quads/s, store on disk {loaded['store_bytes'] / 2**20:,.0f} MB, "
        f"peak RSS {loaded['peak_rss_mb']} MB, load average {loaded['load_average']}",
        f"- compaction (``optimize``): {loaded['optimize_seconds']:.1f} s, store on disk "
        f"{loaded['optimized_bytes'] / 2**20:,.0f} MB",
        f"- queries (store opened read-only in {queried['open_ms']:.0f} ms; peak RSS {queried['peak_rss_mb']} MB, "
        f"load average {queried['load_average']}):",
    ]
    for name, t in queried["queries"].items():
        lines.append(f"  - {name}: {t['rows']} rows; cold {t['cold_ms']:.1f} ms, median {t['median_ms']:.1f} ms, "
                     f"best {t['best_ms']:.1f} ms")  # fmt: skip
    if result["ingest"]:
        done = result["ingest"]
        lines.append(f"- incremental ingest into the loaded store: {done['articles']} articles in "
                     f"{done['seconds']:.1f} s, {done['articles'] / done['seconds']:.1f} articles/s, "
                     f"{1000 * done['cpu_seconds'] / done['articles']:.2f} CPU ms an article, "
                     f"peak RSS {done['peak_rss_mb']} MB")  # fmt: skip
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--events", type=int, nargs="+", default=[100_000, 1_000_000], help="corpus sizes")
    parser.add_argument("--keep", metavar="DIR", help="keep the stores in DIR (events-N) instead of deleting them")
    parser.add_argument("--quick", action="store_true", help="a CI-sized run: 20,000 events, 3 runs")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per query, after one warm-up")
    parser.add_argument("--ingest", type=int, default=200, help="articles ingested incrementally at the end (0: none)")
    parser.add_argument("--json", metavar="FILE", help="also write every figure as JSON")
    parser.add_argument("--phase", choices=("generate", "load", "query", "ingest"), help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        run_phase(args)
        return
    if args.quick:
        args.events, args.runs, args.ingest = [20_000], 3, 20
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="relgraph-million-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = []
    try:
        for n in args.events:
            print(f"{n:,} events ...", file=sys.stderr)
            results.append(measure(n, folder, args))
            print(report(results[-1]), flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
