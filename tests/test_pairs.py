"""Pair totals kept by the writer (relgraph.pairs, id:graph/pairs): the graph commands read them instead of every
event, and answer what reading every event answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from relgraph import api, graph, pairs
from relgraph.model import Article, EventOutline, EventType, Mention, PartialDate
from relgraph.rdf.vocab import PAIRS_GRAPH
from relgraph.repository import Repository
from relgraph.store_access import open_store

# (article, type, actors, date): made up for these tests
REPORTS = [
    ("a1", EventType.VISIT, ("QA", "RU"), "2020-05-01"),
    ("a2", EventType.VISIT, ("RU", "QA"), "2020-05-01"),  # another visit: the other visits the one
    ("a3", EventType.MEETING, ("QA", "SA"), "2021"),
    ("a4", EventType.MEDIATION, ("QA", "US", "IR"), "2022-02"),
    ("a5", EventType.MEETING, ("SA", "AE"), None),
    ("a6", EventType.RELATIONS_SEVERED, ("SA", "QA"), "2017-06-05"),
    ("a7", EventType.RELATIONS_RESTORED, ("QA", "SA"), "2021-01-05"),
    ("a8", EventType.AGREEMENT_SIGNED, ("AE", "IL"), "2020-09-15"),
    ("a9", EventType.MEETING, ("US", "IL"), "2020-09"),
    ("a10", EventType.MEETING, ("QA", "SA"), "2021-01"),
]


def mention(article: str, kind: EventType, actors: tuple[str, ...], when: str | None) -> Mention:
    quote = f"a made-up report {article}"
    return Mention(article, kind, actors, PartialDate.parse(when) if when else None, None, quote, 0, len(quote), 0.9,
                   "test", "1")  # fmt: skip


def build(path: Path) -> Path:
    with open_store(path, write=True) as opened:
        repo = Repository(opened)
        for article, kind, actors, when in REPORTS:
            text = Article(article, "a made-up report " + article)
            repo.ingest(text, [mention(article, kind, actors, when)], article)
        repo.retract("a10")  # a pair's last meeting goes: its totals are counted again from its events
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("pairs") / "store")


def outlines(store: Path) -> list[EventOutline]:
    with open_store(store) as opened:
        return Repository(opened).outlines()


def test_the_writer_keeps_what_counting_the_events_gives(store: Path) -> None:
    with open_store(store) as opened:
        kept = Repository(opened).pair_totals()
    assert kept == pairs.totals(outlines(store))
    with open_store(store) as opened:
        assert Repository(opened).pair_counts([EventType.MEETING]) == pairs.counts(kept, [EventType.MEETING])
    assert kept[("QA", "SA")][EventType.MEETING].count == 1
    assert kept[("QA", "SA")][EventType.MEETING].last is not None
    assert kept[("QA", "SA")][EventType.MEETING].last.iso == "2021"  # type: ignore[union-attr]
    assert ("IR", "US") not in kept  # a mediator links to each party, the parties not to each other
    assert kept[("IR", "QA")][EventType.MEDIATION].count == 1


def test_the_commands_answer_what_reading_every_event_answers(store: Path) -> None:
    events = outlines(store)
    for measure in graph.MEASURES:
        assert api.central(measure, top=20, store=store) == graph.central(events, measure, 20)
    assert api.communities(store=store) == graph.communities(events)
    assert api.path("RU", "IL", store=store) == graph.path(events, "RU", "IL")
    assert [link.target for link in api.path("RU", "IL", store=store)] == ["QA", "US", "IL"]
    assert api.neighbors("QA", store=store) == graph.neighbors(events, "QA")


def test_a_store_without_pair_totals_answers_the_same_and_gets_them_at_its_next_write(tmp_path: Path) -> None:
    old = build(tmp_path / "old")
    with open_store(old, write=True) as opened:
        assert opened.drop_graph(PAIRS_GRAPH)  # as a store written before the totals were kept
    events = outlines(old)
    assert api.central("degree", top=20, store=old) == graph.central(events, "degree", 20)
    assert api.communities(store=old) == graph.communities(events)
    with open_store(old, write=True) as opened:
        repo = Repository(opened)
        repo.ingest(Article("late", "a made-up report late"), [mention("late", EventType.VISIT, ("OM", "QA"), None)],
                    "late")  # fmt: skip
        assert opened.count(PAIRS_GRAPH) > 0
        assert repo.pair_totals() == pairs.totals(repo.outlines())
