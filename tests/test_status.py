"""A pair's status on a date and its history (relgraph.status, api.status, api.history, `relgraph status|history`).

The articles are invented for these tests: they sever, restore, close and reopen, and in one two sources
disagree on the day of a restoration. Their mentions are written by hand, so what is tested is the
status logic over a real store, not the extractors.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from relgraph import api
from relgraph.cli import cli
from relgraph.graph import snapshot
from relgraph.model import Article, Event, EventType, Mention, PartialDate
from relgraph.repository import Repository
from relgraph.status import bounded, history, place, status
from relgraph.store_access import open_store

T = EventType


def told(article: Article, phrase: str, kind: EventType, actors: tuple[str, ...], when: str | None) -> Mention:
    start = article.text.index(phrase)
    day = None if when is None else PartialDate.parse(when)
    return Mention(article.id, kind, actors, day, None, phrase, start, start + len(phrase), 0.8, "hand", "1")


SPLIT = Article("gulf-split",
                "Saudi Arabia cut diplomatic ties with Qatar on 5 June 2017 and shut its embassy in Doha.",
                "en", date(2017, 6, 6))  # fmt: skip
MENDED = Article("gulf-mended", "Riyadh and Doha mended their ties in January 2021.", "en", date(2021, 1, 20))
REOPENED = Article("gulf-reopened", "The Saudi embassy in Doha has opened its doors again.", "en", date(2021, 8, 13))
ORIGIN = Article("gulf-origin", "Qatar and Saudi Arabia have had diplomatic relations since 1971.", "en",
                 date(2010, 3, 1))  # fmt: skip
AGENCY = Article("agency", "The two states resumed relations on 5 January 2021.", "en", date(2021, 1, 6))
PAPER = Article("paper", "Saudi Arabia and Qatar resumed relations on 4 January 2021, the paper says.", "en",
                date(2021, 1, 7))  # fmt: skip

GULF = {
    ORIGIN: [told(ORIGIN, "have had diplomatic relations since 1971", T.RELATIONS_ESTABLISHED, ("QA", "SA"), "1971")],
    SPLIT: [
        told(SPLIT, "Saudi Arabia cut diplomatic ties with Qatar on 5 June 2017", T.RELATIONS_SEVERED, ("SA", "QA"),
             "2017-06-05"),
        told(SPLIT, "shut its embassy in Doha", T.EMBASSY_CLOSED, ("SA", "QA"), "2017-06-05"),
    ],
    MENDED: [told(MENDED, "Riyadh and Doha mended their ties in January 2021", T.RELATIONS_RESTORED, ("SA", "QA"),
                  "2021-01")],
    REOPENED: [told(REOPENED, "The Saudi embassy in Doha has opened its doors again", T.EMBASSY_OPENED, ("SA", "QA"),
                    None)],
}  # fmt: skip


Fill = Callable[[dict[Article, list[Mention]]], str]


@pytest.fixture(scope="module")
def gulf(hand_store: Fill) -> str:
    return hand_store(GULF)


def lines(store: str, at: date | None = None) -> dict[str, tuple[str, str | None, list[str]]]:
    return {line.aspect: (line.status, line.since, [s.article for s in line.sources])
            for line in api.status("Qatar", "Saudi Arabia", at=at, store=store)}  # fmt: skip


def test_status_on_a_date_between_the_severance_and_the_restoration(gulf: str) -> None:
    found = lines(gulf, date(2019, 1, 1))
    assert found["relations"] == ("severed", "2017-06-05", ["gulf-split"])
    assert found["SA embassy in Doha"] == ("closed", "2017-06-05", ["gulf-split"])
    assert found["QA embassy in Riyadh"] == ("not reported", None, [])
    notes = {line.aspect: line.notes for line in api.status("QA", "SA", at=date(2019, 1, 1), store=gulf)}
    # the undated reopening may have come before 2019: said, not guessed
    assert any("≤ 2021-08-13" in n and "may have come before 2019-01-01" in n for n in notes["SA embassy in Doha"])


def test_status_before_the_split_and_after_the_reopening(gulf: str) -> None:
    assert lines(gulf, date(2000, 1, 1))["relations"] == ("established", "1971", ["gulf-origin"])
    assert lines(gulf, date(2017, 6, 4))["SA embassy in Doha"][0] == "not reported"
    now = lines(gulf)
    assert now["relations"] == ("restored", "2021-01", ["gulf-mended"])
    assert now["SA embassy in Doha"] == ("open", "≤ 2021-08-13", ["gulf-reopened"])  # the undated one, bounded
    assert lines(gulf, date(2021, 8, 13))["SA embassy in Doha"][0] == "open"
    assert lines(gulf, date(2021, 8, 12))["SA embassy in Doha"][0] == "closed"


def test_history_gives_the_periods_with_their_sources(gulf: str) -> None:
    periods = [(p.aspect, p.status, p.start, p.end, [s.article for s in p.sources])
               for p in api.history("قطر", "SA", store=gulf)]  # fmt: skip
    assert periods == [
        ("relations", "established", "1971", "2017-06-05", ["gulf-origin"]),
        ("relations", "severed", "2017-06-05", "2021-01", ["gulf-split"]),
        ("relations", "restored", "2021-01", None, ["gulf-mended"]),
        ("SA embassy in Doha", "closed", "2017-06-05", "≤ 2021-08-13", ["gulf-split"]),
        ("SA embassy in Doha", "open", "≤ 2021-08-13", None, ["gulf-reopened"]),
    ]


def test_graph_at_counts_an_undated_restoration_from_its_article_date(hand_store: Fill) -> None:
    store = hand_store({
        SPLIT: GULF[SPLIT],
        REOPENED: [told(REOPENED, "The Saudi embassy in Doha has opened its doors again", T.RELATIONS_RESTORED,
                        ("SA", "QA"), None)],
    })  # fmt: skip
    assert api.neighbors("QA", at=date(2019, 1, 1), store=store) == []  # severed, closed
    (link,) = api.neighbors("QA", at=date(2022, 1, 1), store=store)  # restored by 2021-08-13: no longer off forever
    assert (link.target, link.types) == ("SA", ("relations_restored",))
    assert lines(store, date(2022, 1, 1))["relations"] == ("restored", "≤ 2021-08-13", ["gulf-reopened"])


def test_two_sources_that_disagree_on_the_day_are_both_named(hand_store: Fill) -> None:
    store = hand_store({
        SPLIT: GULF[SPLIT][:1],
        AGENCY: [told(AGENCY, "resumed relations on 5 January 2021", T.RELATIONS_RESTORED, ("QA", "SA"),
                      "2021-01-05")],
        PAPER: [told(PAPER, "Saudi Arabia and Qatar resumed relations on 4 January 2021", T.RELATIONS_RESTORED,
                     ("SA", "QA"), "2021-01-04")],
    })  # fmt: skip
    (line,) = [line for line in api.status("QA", "SA", store=store) if line.aspect == "relations"]
    assert (line.status, line.since) == ("restored", "2021-01-04")
    assert [s.article for s in line.sources] == ["paper", "agency"]
    assert any("also reported restored 2021-01-05" in n and "disagree" in n for n in line.notes)
    periods = [p for p in api.history("QA", "SA", store=store) if p.aspect == "relations"]
    assert [(p.status, p.start, p.end) for p in periods] == [
        ("severed", "2017-06-05", "2021-01-04"),
        ("restored", "2021-01-04", None),
    ]
    assert any("no establishment" in n for n in periods[0].notes)


def test_former_states_count_for_their_successors(hand_store: Fill) -> None:
    old = Article("moscow-1988", "Qatar and the Soviet Union established relations on 1 August 1988.", "en",
                  date(1988, 8, 2))  # fmt: skip
    store = hand_store({old: [told(old, "established relations on 1 August 1988", T.RELATIONS_ESTABLISHED,
                                             ("QA", "SU"), "1988-08-01")]})  # fmt: skip
    for pair in (("Qatar", "Russia"), ("SU", "QA")):
        (relations, *_) = api.status(*pair, store=store)
        assert (relations.status, relations.since) == ("established", "1988-08-01")


# -- placement, on plain events -------------------------------------------------------------------------------


def event(eid: str, kind: EventType, actors: tuple[str, ...], when: str | None, bound: date | None = None) -> Event:
    return Event(eid, kind, actors, PartialDate.parse(when) if when else None, None, (), bound=bound)


def test_an_undated_severance_comes_before_the_restoration_that_needs_it() -> None:
    cut = event("cut", T.RELATIONS_SEVERED, ("SA", "QA"), None, date(2021, 8, 13))
    mend = event("mend", T.RELATIONS_RESTORED, ("SA", "QA"), "2021-01")
    origin = event("origin", T.RELATIONS_ESTABLISHED, ("SA", "QA"), "1971")
    placed, rest = place([cut, mend, origin], lambda e: ("r", e.type is not T.RELATIONS_SEVERED))
    assert [e.id for _, e in placed] == ["origin", "cut", "mend"]
    assert rest == []
    now = status([cut, mend, origin], "QA", "SA")
    assert (now[0].status, now[0].since) == ("restored", "2021-01")
    assert [e.id for e in snapshot([cut, mend, origin], date(2022, 1, 1))] == ["mend"]  # the cut ended the first spell


def test_an_undated_event_with_no_publication_date_is_not_placed_and_is_said() -> None:
    lost = event("lost", T.RELATIONS_RESTORED, ("SA", "QA"), None)
    placed, rest = place([lost], lambda e: ("r", True))
    assert placed == []
    assert rest == [lost]
    (relations, *_) = status([lost], "QA", "SA")
    assert relations.status == "not reported"
    assert "not placed" in relations.notes[0]
    assert "not placed" in history([lost], "QA", "SA")[0].notes[0]


def test_bounded_takes_the_earliest_publication_of_an_undated_events_articles() -> None:
    quote = "made up"
    ms = tuple(Mention(a, T.VISIT, ("QA", "RU"), None, None, quote, 0, 7, 0.5, "hand", "1") for a in ("x", "y", "z"))
    undated = Event("u", T.VISIT, ("QA", "RU"), None, None, ms)
    dated = Event("d", T.VISIT, ("QA", "RU"), PartialDate.parse("2020"), None, ms[:1])
    assert [e.bound for e in bounded([undated, dated], {"x": date(2021, 5, 1), "y": date(2021, 3, 1), "z": None})] == [
        date(2021, 3, 1),
        None,
    ]


# -- the commands -----------------------------------------------------------------------------------------------


def test_status_and_history_commands(gulf: str) -> None:
    runner = CliRunner()
    out = runner.invoke(cli, ["status", "Qatar", "Saudi Arabia", "--at", "2019-01-01", "--store", gulf])
    assert out.exit_code == 0, out.output
    assert out.stdout.splitlines()[0].split() == ["aspect", "status", "since", "sources", "notes"]
    assert any(line.startswith("relations") and "severed" in line and "gulf-split" in line
               for line in out.stdout.splitlines())  # fmt: skip
    out = runner.invoke(cli, ["history", "QA", "SA", "--format", "json", "--store", gulf])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.stdout)
    assert [(r["status"], r["start"], r["end"]) for r in rows if r["aspect"] == "relations"] == [
        ("established", "1971", "2017-06-05"),
        ("severed", "2017-06-05", "2021-01"),
        ("restored", "2021-01", None),
    ]
    assert rows[1]["sources"][0]["evidence"].startswith("Saudi Arabia cut diplomatic ties")
    out = runner.invoke(cli, ["status", "QA", "QA", "--store", gulf])
    assert out.exit_code == 1
    assert "same state" in out.output


# -- undated events, bounded by their article's publication date -------------------------------------------------


def test_timeline_since_keeps_an_undated_event_of_an_article_published_in_range(gulf: str) -> None:
    rows = api.timeline(["QA", "SA"], since=date(2021, 1, 1), store=gulf)
    reopened = [r for r in rows if r.type == "embassy_opened"]
    assert [(r.date, r.latest, r.when, r.maybe) for r in reopened] == [(None, "2021-08-13", "≤ 2021-08-13", True)]
    assert [r.type for r in rows] == ["relations_restored", "embassy_opened"]  # sorted by the bound, not last
    assert [r.type for r in api.timeline(["QA", "SA"], since=date(2021, 9, 1), store=gulf)] == []
    assert "embassy_opened" in [r.type for r in api.timeline(["QA", "SA"], until=date(2018, 1, 1), store=gulf)]
    everything = api.timeline(["QA", "SA"], store=gulf)
    assert not any(r.maybe for r in everything)
    assert [r.when for r in everything][-1] == "≤ 2021-08-13"


def test_timeline_command_says_which_rows_only_may_be_in_the_range(gulf: str) -> None:
    out = CliRunner().invoke(cli, ["timeline", "QA", "SA", "--since", "2021", "--store", gulf])
    assert out.exit_code == 0, out.output
    table = out.stdout.splitlines()
    assert any(line.startswith("≤ 2021-08-13*") and "gulf-reopened (2021-08-13)" in line for line in table)
    assert table[-1].startswith("* only possibly in the range")
    assert "1 event kept whose possible dates overlap the range" in out.stderr
    out = CliRunner().invoke(cli, ["timeline", "QA", "SA", "--since", "2021", "--format", "json", "--store", gulf])
    rows = json.loads(out.stdout)
    assert [(r["date"], r["latest"], r["only_possibly_in_range"]) for r in rows] == [
        ("2021-01", "2021-01-31", False),
        (None, "2021-08-13", True),
    ]


def test_the_example_query_gives_the_bounds_relgraph_uses(gulf: str) -> None:
    query = (Path(__file__).parent.parent / "examples" / "queries" / "undated-events-bounded.rq").read_text()
    rows = api.sparql(query, store=gulf).rows
    with open_store(gulf) as opened:
        bounds = Repository(opened).undated_bounds()
    assert {str(r["event"]).rsplit("/", 1)[-1]: str(r["latest"]) for r in rows} == {
        k: v.isoformat() for k, v in bounds.items()
    }
    assert [(r["type"], r["latest"]) for r in rows] == [("EmbassyOpened", "2021-08-13")]


def test_the_timeline_table_shows_every_source_with_its_article_date(hand_store: Fill) -> None:
    store = hand_store({SPLIT: GULF[SPLIT][:1], MENDED: GULF[MENDED],
                        AGENCY: [told(AGENCY, "resumed relations on 5 January 2021", T.RELATIONS_RESTORED,
                                      ("QA", "SA"), "2021-01-05")]})  # fmt: skip
    out = CliRunner().invoke(cli, ["timeline", "QA", "SA", "--store", store])
    assert out.exit_code == 0, out.output
    table = out.stdout.splitlines()[2:]
    assert table[1].startswith("2021-01-05")  # the finer date of the two reports of one restoration
    assert table[2].startswith(" ")  # its second source, on a line of its own
    assert "agency (2021-01-06): resumed relations" in table[1] + table[2]
    assert "gulf-mended (2021-01-20): Riyadh and Doha" in table[1] + table[2]
    assert len(table) == 3
