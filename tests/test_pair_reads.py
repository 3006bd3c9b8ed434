"""A pair's reads start from the pair: one query for a pair and its lineage's combinations (Qatar with Russia is
QA-RU and QA-SU), each article's source and publication date from its mentions' records. Property-tested on real
stores of generated articles: the same events as reading each combination, the same timeline rows and status as
reading each article's record (a store written before mentions held them), the sources what the articles say."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from itertools import product

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode, Quad

from relgraph.fusion import fuse
from relgraph.gazetteer import Gazetteer
from relgraph.keys import event_order
from relgraph.model import Article, Event, EventType, Mention, PartialDate, SourceRef, State
from relgraph.rdf import mapping, vocab
from relgraph.rdf.store import OxigraphStore, insert_data
from relgraph.repository import Repository
from relgraph.status import STATUS_TYPES, StatusLine, status
from relgraph.timeline import TimelineRow, event_rows, events, rows

STATES = [
    State("QA", "QAT", "Q846", "Qatar", "قطر"),
    State("RU", "RUS", "Q159", "Russia", "روسيا"),
    State("SU", "SUN", "Q15180", "Soviet Union", "الاتحاد السوفيتي", valid_to=date(1991, 12, 25), status="former"),
    State("US", "USA", "Q30", "United States", "الولايات المتحدة"),
    State("EG", "EGY", "Q79", "Egypt", "مصر"),
]
CODES = [s.code for s in STATES]
TYPES = [EventType.VISIT, EventType.MEETING, EventType.RELATIONS_ESTABLISHED, EventType.RELATIONS_SEVERED,
         EventType.EMBASSY_OPENED, EventType.AMBASSADOR_RECALLED, EventType.MEDIATION]  # fmt: skip
DATES = ["1988", "1988-08", "1988-08-01", "1991-12-28", "2025-04", "2025-04-16", "2025-04-17"]
TEXT = "Words of a report written for this test, long enough for the offsets of a few quotes in it. " * 3
#: What a test asks for: a state, a pair, three states.
ASKED = [["QA", "RU"], ["RU"], ["US", "RU"], ["QA", "RU", "US"], ["SU", "EG"]]

Corpus = list[tuple[Article, list[Mention]]]


@st.composite
def corpora(draw: st.DrawFn) -> Corpus:
    """A few articles (with or without a source and a publication date), each with up to four mentions among five
    states, of status types and others, dated at several precisions or undated."""
    corpus = []
    for i in range(draw(st.integers(1, 6))):
        published = draw(st.one_of(st.none(), st.dates(date(1988, 9, 1), date(2026, 1, 1))))
        source = draw(st.one_of(st.none(), st.sampled_from(["Gulf Wire", 'a "quoted" {desk}', "Nile Courier"])))
        article = Article(f"art-{i}", TEXT, "en", published, source)
        mentions = []
        for j in range(draw(st.integers(0, 4))):
            kind = draw(st.sampled_from(TYPES))
            actors = tuple(draw(st.permutations(CODES))[: 3 if kind is EventType.MEDIATION else 2])
            when = draw(st.one_of(st.none(), st.sampled_from(DATES)))
            start = 7 * j
            mentions.append(Mention(article.id, kind, actors, None if when is None else PartialDate.parse(when), None,
                                    TEXT[start : start + 20], start, start + 20, 0.7, "hand", "1"))  # fmt: skip
        corpus.append((article, mentions))
    return corpus


def stored(corpus: Corpus) -> Repository:
    repo = Repository(OxigraphStore(), states=STATES)
    for article, mentions in corpus:
        repo.ingest(article, mentions, f"digest-{article.id}")
    return repo


def as_written_before(repo: Repository) -> Repository:
    """The same store with its mentions' records as written before they held their article's source and date."""
    found = repo.store.query("SELECT ?g ?m ?r WHERE { GRAPH ?g { ?m a rg:Mention ; rg:record ?r } }")
    old, new = [], []
    for row in found:
        graph, node = NamedNode(str(row["g"])), NamedNode(str(row["m"]))
        record = json.loads(str(row["r"]))
        assert {"source", "published"} <= set(record)  # written with its article
        old.append(Quad(node, vocab.Terms.record, Literal(str(row["r"]), datatype=vocab.Terms.rdf_JSON), graph))
        bare = {k: v for k, v in record.items() if k not in ("source", "published")}
        text = json.dumps(bare, ensure_ascii=False, separators=(",", ":"))
        new.append(Quad(node, vocab.Terms.record, Literal(text, datatype=vocab.Terms.rdf_JSON), graph))
    if old:
        repo.store.update("DELETE DATA" + insert_data(old).removeprefix("INSERT DATA"))
        repo.store.update(insert_data(new))
    return Repository(repo.store)


def combos(codes: Sequence[str]) -> list[tuple[str, ...]]:
    gazetteer = Gazetteer.default()
    found = product(*(sorted(gazetteer.lineage(c)) for c in codes))
    return [c for c in found if len(set(c)) == len(c)]


def pair_status(repo: Repository, a: str, b: str) -> list[StatusLine]:
    """What ``api.status(a, b)`` answers, on an open store."""
    found = events(repo, [a, b], list(STATUS_TYPES), None, None)
    sources = {row.event: row.sources for row in event_rows(repo, found)}
    gazetteer = Gazetteer.default()
    return status(found, a, b, None, sources=sources, kin_a=gazetteer.lineage(a), kin_b=gazetteer.lineage(b))


def expected_sources(corpus: Corpus, row: TimelineRow) -> list[tuple[str | None, str | None]]:
    articles = {a.id: a for a, _ in corpus}
    return [(articles[s.article].source, None if (p := articles[s.article].published) is None else p.isoformat())
            for s in row.sources]  # fmt: skip


def _sources(row: TimelineRow) -> list[tuple[str | None, str | None]]:
    return [(s.source, s.published) for s in row.sources]


_SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SLOW
@given(corpora(), st.sampled_from([(), tuple(STATUS_TYPES), (EventType.VISIT, EventType.MEDIATION)]))
def test_one_query_for_the_lineage_reads_what_each_combination_reads(corpus: Corpus, types: tuple[EventType, ...]
                                                                      ) -> None:  # fmt: skip
    repo = stored(corpus)
    fused = fuse([m for _, ms in corpus for m in ms])
    for codes in ASKED:
        chosen = combos(codes)
        together = repo.events_among(chosen, types)
        each: dict[str, Event] = {e.id: e for c in chosen for e in repo.events(c, types)}
        assert together == sorted(each.values(), key=event_order)  # mentions, dates, bounds and all
        # and what fusion makes of every mention, whatever the store: the events where one combination acts
        wanted = {e.id: set(e.mentions) for e in fused
                  if (not types or e.type in types) and any(set(c) <= set(e.actors) for c in chosen)}  # fmt: skip
        assert {e.id: set(e.mentions) for e in together} == wanted
        # with dates too (in a subquery after the pair's events: as joins, every dated event was scanned)
        since, until = date(1990, 1, 1), date(2025, 4, 16)
        dated = {e.id for e in fused
                 if e.id in wanted and e.date and e.date.latest >= since and e.date.earliest <= until}  # fmt: skip
        assert {e.id for e in repo.events_among(chosen, types, since, until)} == dated
        undated = {e.id for e in fused if e.id in wanted and e.date is None}
        assert {e.id for e in repo.events_among(chosen, types, undated=True)} == undated


@_SLOW
@given(corpora())
def test_timelines_and_status_read_the_sources_from_the_mentions_as_from_the_articles(corpus: Corpus) -> None:
    repo = stored(corpus)
    now = {tuple(c): rows(repo, c, [], None, None) for c in ASKED}
    since = {tuple(c): rows(repo, c, [], date(1990, 1, 1), date(2025, 4, 16)) for c in ASKED}
    statuses = {p: pair_status(repo, *p) for p in [("QA", "RU"), ("US", "RU"), ("EG", "SU")]}
    for found in now.values():
        for row in found:  # what the articles say, whichever record it is read from
            assert _sources(row) == expected_sources(corpus, row)
    before = as_written_before(repo)
    assert {tuple(c): rows(before, c, [], None, None) for c in ASKED} == now
    assert {tuple(c): rows(before, c, [], date(1990, 1, 1), date(2025, 4, 16)) for c in ASKED} == since
    assert {p: pair_status(before, *p) for p in statuses} == statuses


def test_a_re_ingested_articles_new_source_and_date_are_read() -> None:
    text = "Qatar's emir visited Moscow on 16 April 2025, a report written for this test."
    visit = Mention("art-1", EventType.VISIT, ("QA", "RU"), PartialDate.parse("2025-04-16"), "Moscow", text[:30], 0, 30,
                    0.8, "hand", "1")  # fmt: skip
    repo = Repository(OxigraphStore(), states=STATES)
    repo.ingest(Article("art-1", text, "en", date(2025, 4, 17), "Gulf Wire"), [visit], "d1")
    (row,) = rows(repo, ["QA", "RU"], [], None, None)
    assert row.sources == (SourceRef("art-1", text[:30], 0, 30, "2025-04-16", "Gulf Wire", "2025-04-17", "hand/1"),)
    repo.ingest(Article("art-1", text, "en", date(2025, 4, 18), "Nile Courier"), [visit], "d2")
    (row,) = rows(repo, ["QA", "RU"], [], None, None)
    assert [(s.source, s.published) for s in row.sources] == [("Nile Courier", "2025-04-18")]


def test_a_mention_record_holds_its_articles_source_and_date_and_reads_back_the_same_mention() -> None:
    m = Mention("art-2", EventType.MEETING, ("RU", "QA"), None, None, TEXT[:12], 0, 12, 0.6, "hand", "1")
    for article, source in [
        (Article("art-2", TEXT, "ar", date(2025, 4, 16), 'a "quoted" {desk}'), ('a "quoted" {desk}', "2025-04-16")),
        (Article("art-2", TEXT), (None, None)),
    ]:
        record = mapping.mention_record(m, article).value
        assert mapping.mention_from_record(record) == m
        assert mapping.mention_source_from_record(record) == (m, source)
    assert mapping.mention_source_from_record(mapping.mention_record(m).value) == (m, None)  # written before
