"""Exports for other tools: the events as CSV and a pandas DataFrame, the state graph as GraphML and GEXF.

Read back with pandas and networkx, as an analyst's spreadsheet or Gephi would, and counted.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from click.testing import CliRunner

from relgraph import api
from relgraph.cli import cli
from relgraph.errors import RelgraphError
from relgraph.model import Article, EventType, Mention, PartialDate

T = EventType
# Invented for these tests.
ONE = Article("one", "Qatar's emir visited Moscow in April 2019. Qatar and Russia met again in 2020. "
              "Qatar and Oman signed a trade accord. Qatar opened an embassy in Muscat in 1975.", "en",
              date(2020, 6, 1), "a wire")  # fmt: skip
TWO = Article("two", "Russia's president visited Doha on 3 May 2021, and the two states met that day.", "en",
              date(2021, 5, 4), "a paper")  # fmt: skip


def told(article: Article, phrase: str, kind: EventType, actors: tuple[str, ...], when: str | None) -> Mention:
    start = article.text.index(phrase)
    day = None if when is None else PartialDate.parse(when)
    return Mention(article.id, kind, actors, day, None, phrase, start, start + len(phrase), 0.8, "hand", "1")


MENTIONS = {
    ONE: [
        told(ONE, "Qatar's emir visited Moscow in April 2019", T.VISIT, ("QA", "RU"), "2019-04"),
        told(ONE, "Qatar and Russia met again in 2020", T.MEETING, ("QA", "RU"), "2020"),
        told(ONE, "Qatar and Oman signed a trade accord", T.AGREEMENT_SIGNED, ("QA", "OM"), None),
        told(ONE, "Qatar opened an embassy in Muscat in 1975", T.EMBASSY_OPENED, ("QA", "OM"), "1975"),
    ],
    TWO: [
        told(TWO, "Russia's president visited Doha on 3 May 2021", T.VISIT, ("RU", "QA"), "2021-05-03"),
        told(TWO, "the two states met that day", T.MEETING, ("RU", "QA"), "2021-05-03"),
    ],
}


@pytest.fixture(scope="module")
def store(hand_store: Callable[[dict[Article, list[Mention]]], str]) -> str:
    return hand_store(MENTIONS)


def test_csv_has_one_row_per_event_with_its_sources(store: str) -> None:
    out = CliRunner().invoke(cli, ["export", "--format", "csv", "--store", store])
    assert out.exit_code == 0, out.output
    frame = pd.read_csv(io.StringIO(out.stdout), dtype=str, keep_default_na=False)
    assert len(frame) == 6
    assert list(frame.columns) == list(api.EVENT_COLUMNS)
    assert sorted(frame["type"]) == ["agreement_signed", "embassy_opened", "meeting", "meeting", "visit", "visit"]
    accord = frame[frame["type"] == "agreement_signed"].iloc[0]
    assert (accord["date"], accord["latest"], accord["actors"]) == ("", "2020-06-01", "QA; OM")  # article-bounded
    assert accord["sources"] == "one: Qatar and Oman signed a trade accord"
    assert list(frame["date"][:2]) == ["1975", "2019-04"]  # chronological, precision kept
    only_two = api.events_table(article="two", store=store)
    assert [r["type"] for r in only_two] == ["meeting", "visit"]
    with pytest.raises(RelgraphError, match="no article"):
        api.events_table(article="three", store=store)


def test_events_frame_is_a_dataframe_with_days_that_sort(store: str) -> None:
    frame = api.events_frame(store=store)
    assert isinstance(frame, pd.DataFrame)
    assert frame.shape == (6, len(api.EVENT_COLUMNS))
    assert str(frame["earliest"].dtype).startswith("datetime64")
    assert frame["earliest"].isna().sum() == 1  # the undated accord
    assert frame.groupby("type").size().to_dict() == {
        "agreement_signed": 1,
        "embassy_opened": 1,
        "meeting": 2,
        "visit": 2,
    }
    assert frame.loc[frame["type"] == "visit", "sources"].map(len).tolist() == [1, 1]


@pytest.mark.parametrize(("fmt", "read"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_state_graph_opens_in_networkx_with_counts_per_type(store: str, tmp_path: Path, fmt: str, read: object) -> None:
    target = tmp_path / f"states.{fmt}"
    out = CliRunner().invoke(cli, ["export", "--format", fmt, "-o", str(target), "--store", store])
    assert out.exit_code == 0, out.output
    graph = read(target)  # type: ignore[operator]
    assert sorted(graph.nodes) == ["OM", "QA", "RU"]
    assert graph.number_of_edges() == 2
    qa_ru = graph.edges["QA", "RU"]
    assert (int(qa_ru["weight"]), int(qa_ru["visit"]), int(qa_ru["meeting"]), int(qa_ru["recognition"])) == (4, 2, 2, 0)
    assert (qa_ru["first"], qa_ru["last"]) == ("2019-04", "2021-05-03")
    qa_om = graph.edges["QA", "OM"]
    assert (int(qa_om["weight"]), qa_om["types"], qa_om["first"], qa_om["last"]) == (
        2,
        "embassy_opened,agreement_signed",
        "1975",
        "1975",
    )
    label = graph.nodes["QA"].get("label")
    assert label == "Qatar"
