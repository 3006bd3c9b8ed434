"""Knowing the store: `relgraph states`, `relgraph stats`, `relgraph search` (and their api functions).

The articles are invented for these tests; their mentions are written by hand.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from click.testing import CliRunner

from relgraph import api
from relgraph.cli import cli
from relgraph.model import Article, EventType, Mention, PartialDate

T = EventType
AR = Article("ar-1", "أعلنت قطر وعُمان إعادة العلاقات الدبلوماسية في مارس 2019. وزار أمير قطر مسقط.", "ar",
             date(2019, 3, 20))  # fmt: skip
EN = Article("en-1", "Qatar and Oman restored diplomatic relations in March 2019. Russia's envoy visited Doha in 2018.",
             "en", date(2019, 3, 21))  # fmt: skip


def told(article: Article, phrase: str, kind: EventType, actors: tuple[str, ...], when: str | None) -> Mention:
    start = article.text.index(phrase)
    day = None if when is None else PartialDate.parse(when)
    return Mention(article.id, kind, actors, day, None, phrase, start, start + len(phrase), 0.8, "hand", "1")


MENTIONS = {
    AR: [told(AR, "أعلنت قطر وعُمان إعادة العلاقات الدبلوماسية في مارس 2019", T.RELATIONS_RESTORED, ("QA", "OM"),
              "2019-03"),
         told(AR, "وزار أمير قطر مسقط", T.VISIT, ("QA", "OM"), None)],
    EN: [told(EN, "Qatar and Oman restored diplomatic relations in March 2019", T.RELATIONS_RESTORED, ("QA", "OM"),
              "2019-03"),
         told(EN, "Russia's envoy visited Doha in 2018", T.VISIT, ("RU", "QA"), "2018")],
}  # fmt: skip


@pytest.fixture(scope="module")
def store(hand_store: Callable[[dict[Article, list[Mention]]], str]) -> str:
    return hand_store(MENTIONS)


def test_states_count_each_states_events_partners_and_dates(store: str) -> None:
    found = {s.state: s for s in api.states(store=store)}
    assert list(found) == ["QA", "OM", "RU"]  # most events first
    qa = found["QA"]
    assert (qa.name, qa.events, qa.partners, qa.first, qa.last) == ("Qatar", 3, 2, "2018", "2019-03")
    assert dict(qa.types) == {"relations_restored": 1, "visit": 2}
    assert (found["OM"].events, found["OM"].first) == (2, "2019-03")
    out = CliRunner().invoke(cli, ["states", "--format", "json", "--store", store])
    rows = json.loads(out.stdout)
    assert rows[0]["types"] == {"relations_restored": 1, "visit": 2}
    assert isinstance(rows[0]["events"], int)


def test_stats_counts_articles_events_per_type_and_language(store: str) -> None:
    found = api.stats(store=store)
    assert (found.articles, found.mentions, found.events, found.undated) == (2, 4, 3, 1)
    assert found.articles_by_language == {"ar": 1, "en": 1}
    assert found.events_by_type == {"relations_restored": {"ar": 1, "en": 1}, "visit": {"ar": 1, "en": 1}}
    assert (found.first, found.last) == ("2018-01-01", "2019-03-31")
    assert found.size_bytes is not None
    assert found.size_bytes > 0
    out = CliRunner().invoke(cli, ["stats", "--store", store])
    assert out.exit_code == 0, out.output
    assert "2 articles (1 ar, 1 en), 4 mentions, 3 events (1 undated)" in out.stdout
    assert json.loads(CliRunner().invoke(cli, ["stats", "--format", "json", "--store", store]).stdout)["events"] == 3


@pytest.mark.parametrize("query", ["اعاده العلاقات", "إعادة العلاقات", "اعادة العلاقات الدبلوماسيه", "وعمان"])
def test_search_matches_arabic_after_the_normalisation_of_extraction(store: str, query: str) -> None:
    hits = api.search(query, store=store)
    assert [(h.article, h.type) for h in hits] == [("ar-1", "relations_restored")]


def test_search_command(store: str) -> None:
    out = CliRunner().invoke(cli, ["search", "VISITED", "--store", store])
    assert out.exit_code == 0, out.output
    assert [line.split()[0] for line in out.stdout.splitlines()[2:]] == ["2018"]
    out = CliRunner().invoke(cli, ["search", "مسقط", "--format", "json", "--store", store])
    (hit,) = json.loads(out.stdout)
    assert (hit["date"], hit["latest"], hit["actors"]) == (None, "2019-03-20", ["QA", "OM"])
    out = CliRunner().invoke(cli, ["search", "nothing like this", "--store", store])
    assert out.exit_code == 0
    assert "No quote in the store contains" in out.stderr
