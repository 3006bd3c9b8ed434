"""An undated event's bound, the day by which it had happened, is stored with it (``rg:latest`` alone, and in its
record) when an article is ingested or retracted, not only worked out by readers (issue 11). The texts are
written for these tests."""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest

from relgraph.model import Article, EventType, Mention
from relgraph.rdf import vocab
from relgraph.rdf.store import OxigraphStore
from relgraph.repository import Repository

TEXT = "Qatar reopened its embassy in Riyadh, officials said."


def article(article_id: str, published: date | None) -> tuple[Article, list[Mention]]:
    said = Mention(article_id, EventType.EMBASSY_OPENED, ("QA", "SA"), None, "Riyadh", TEXT[:36], 0, 36, 0.8, "t", "1")
    return Article(article_id, TEXT, "en", published), [said]


def ingest(repo: Repository, article_id: str, published: date | None) -> None:
    art, mentions = article(article_id, published)
    repo.ingest(art, mentions, f"{article_id}-{published}")


def stored_latest(repo: Repository) -> list[str]:
    rows = repo.store.query(f"SELECT ?latest WHERE {{ GRAPH {vocab.EVENTS_GRAPH} {{ ?e rg:latest ?latest }} }}")
    return sorted(str(row["latest"]) for row in rows)


@pytest.fixture
def repo() -> Repository:
    return Repository(OxigraphStore(), states=[])


def test_an_undated_event_is_stored_with_its_articles_date_as_its_latest_day(repo: Repository) -> None:
    ingest(repo, "later", date(2021, 8, 13))
    (event,) = repo.events()
    assert (event.date, event.bound) == (None, date(2021, 8, 13))  # read back from the record
    assert stored_latest(repo) == ["2021-08-13"]
    assert not repo.store.query(f"ASK {{ GRAPH {vocab.EVENTS_GRAPH} {{ ?e rg:earliest ?d }} }}").boolean
    # SPARQL filters on rg:latest keep it, as relgraph timeline --since does
    since = (
        f'SELECT ?e WHERE {{ GRAPH {vocab.EVENTS_GRAPH} {{ ?e rg:latest ?l FILTER(?l >= "2021-01-01"^^xsd:date) }} }}'
    )
    assert len(repo.store.query(since).rows) == 1
    assert [e.id for e in repo.events(since=date(2021, 1, 1))] == [event.id]
    assert repo.events(since=date(2021, 9, 1)) == []


def test_the_bound_follows_the_articles_that_report_the_event(repo: Repository) -> None:
    ingest(repo, "later", date(2021, 8, 13))
    ingest(repo, "earlier", date(2020, 5, 1))  # a second report, published before: the bound moves back
    (event,) = repo.events()
    assert set(event.articles) == {"later", "earlier"}
    assert (event.bound, stored_latest(repo)) == (date(2020, 5, 1), ["2020-05-01"])
    assert repo.undated_bounds() == {event.id: date(2020, 5, 1)}
    repo.retract("earlier")
    assert stored_latest(repo) == ["2021-08-13"]
    ingest(repo, "later", date(2019, 2, 3))  # the same article again, dated otherwise
    assert stored_latest(repo) == ["2019-02-03"]


def test_an_article_without_a_date_bounds_nothing(repo: Repository) -> None:
    ingest(repo, "undated", None)
    (event,) = repo.events()
    assert event.bound is None
    assert stored_latest(repo) == []
    assert repo.undated_bounds() == {}


def test_a_store_written_before_bounds_were_stored_still_gets_them_from_its_articles(repo: Repository) -> None:
    ingest(repo, "later", date(2021, 8, 13))
    (event,) = repo.events()
    repo.store.update(f"DELETE WHERE {{ GRAPH {vocab.EVENTS_GRAPH} {{ ?e rg:latest ?l }} }}")
    old_record = ox.Literal(
        str(repo.store.query(f"SELECT ?r WHERE {{ GRAPH {vocab.EVENTS_GRAPH} {{ ?e rg:record ?r }} }}").rows[0]["r"])
        .replace(',"bound":"2021-08-13"', ""), datatype=vocab.Terms.rdf_JSON)  # fmt: skip
    repo.store.update(f"DELETE WHERE {{ GRAPH {vocab.EVENTS_GRAPH} {{ ?e rg:record ?r }} }}")
    repo.store.update(f"INSERT DATA {{ GRAPH {vocab.EVENTS_GRAPH} {{ {vocab.event_iri(event.id)} rg:record "
                      f"{old_record} }} }}")  # fmt: skip
    assert repo.events()[0].bound is None
    assert repo.undated_bounds() == {event.id: date(2021, 8, 13)}


@pytest.mark.slow  # pyshacl
def test_the_shapes_take_a_bound_alone_on_an_event_and_nowhere_else(repo: Repository) -> None:
    from relgraph.rdf.validation import validate

    ingest(repo, "later", date(2021, 8, 13))
    assert validate(repo.store).conforms
    (mention,) = (str(r["m"]) for r in repo.store.query("SELECT ?m WHERE { GRAPH ?g { ?m a rg:Mention } }"))
    repo.store.update(f'INSERT DATA {{ GRAPH {vocab.article_graph("later")} {{ <{mention}> rg:latest '
                      '"2021-08-13"^^xsd:date } }')  # fmt: skip
    report = validate(repo.store)
    assert not report.conforms
    assert "all four or none" in report.text
