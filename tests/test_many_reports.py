"""One event for many reports, end to end: two articles, one event each, both sources,
the most precise date; ingest again changes nothing; retract one, the other stays whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from relgraph import api
from relgraph.cli import cli

# Two reports of our own writing, one more precise than the other.
PRECISE = (
    "أقامت قطر علاقات دبلوماسية مع الاتحاد السوفيتي في الأول من أغسطس عام 1988. "
    "واعترفت قطر بالاتحاد الروسي في السادس من ديسمبر 1991."
)
VAGUE = (
    "أسست قطر علاقاتها الدبلوماسية مع الاتحاد السوفيتي عام 1988. وكانت الدوحة قد اعترفت بالاتحاد الروسي في ديسمبر 1991."
)
DISAGREEING = "Qatar established diplomatic relations with the Soviet Union on 2 August 1988."


def write_corpus(path: Path, *items: tuple[str, str, str]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for article_id, lang, text in items:
            out.write(
                json.dumps(
                    {"id": article_id, "lang": lang, "published": "2020-05-01", "text": text}, ensure_ascii=False
                )
                + "\n"
            )
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def timeline(store: Path) -> list[dict[str, object]]:
    code, out, err = run("timeline", "QA", "RU", "--store", str(store), "--format", "json")
    assert code == 0, err
    rows: list[dict[str, object]] = json.loads(out)
    return rows


@pytest.fixture
def store(tmp_path: Path) -> Path:
    corpus = write_corpus(tmp_path / "two.jsonl", ("precise", "ar", PRECISE), ("vague", "ar", VAGUE))
    assert run("ingest", str(corpus), "--store", str(tmp_path / "store"))[0] == 0
    return tmp_path / "store"


def by_type(rows: list[dict[str, object]]) -> dict[object, dict[str, object]]:
    found = {r["type"]: r for r in rows}
    assert len(found) == len(rows), "one event per type expected"
    return found


def test_two_reports_make_one_event_each_with_both_sources(store: Path) -> None:
    rows = by_type(timeline(store))
    assert set(rows) == {"relations_established", "recognition"}
    relations, recognition = rows["relations_established"], rows["recognition"]
    assert (relations["date"], relations["actors"]) == ("1988-08-01", ["QA", "SU"])
    assert (recognition["date"], recognition["actors"]) == ("1991-12-06", ["QA", "RU"])
    for row in (relations, recognition):
        assert sorted(s["article"] for s in row["sources"]) == ["precise", "vague"]  # type: ignore[union-attr]


def test_ingesting_them_again_leaves_the_quad_count_unchanged(store: Path, tmp_path: Path) -> None:
    before = api.export(format="nq", store=store)
    corpus = write_corpus(tmp_path / "again.jsonl", ("precise", "ar", PRECISE), ("vague", "ar", VAGUE))
    code, _, err = run("ingest", str(corpus), "--store", str(store))
    assert code == 0
    assert "0 stored, 2 unchanged" in err
    assert api.export(format="nq", store=store) == before


def test_retracting_one_leaves_the_others_events_whole(store: Path) -> None:
    code, _, _ = run("retract", "precise", "--store", str(store))
    assert code == 0
    rows = by_type(timeline(store))
    assert set(rows) == {"relations_established", "recognition"}
    assert rows["relations_established"]["date"] == "1988"
    assert rows["recognition"]["date"] == "1991-12"
    assert all([s["article"] for s in r["sources"]] == ["vague"] for r in rows.values())  # type: ignore[attr-defined]


def test_retracting_an_unknown_article_is_an_error(store: Path) -> None:
    code, _, err = run("retract", "nope", "--store", str(store))
    assert code == 1
    assert "Error: not in the store: nope" in err


def test_show_prints_every_mention(store: Path) -> None:
    event = by_type(timeline(store))["recognition"]["event"]
    code, out, _ = run("show", str(event), "--store", str(store), "--format", "json")
    assert code == 0
    shown = json.loads(out)[0]
    assert shown["type"] == "recognition"
    assert sorted(m["article"] for m in shown["mentions"]) == ["precise", "vague"]
    assert all(m["evidence"] and m["end"] > m["start"] for m in shown["mentions"])


def test_a_once_per_pair_event_keeps_disagreeing_dates_as_alternatives(store: Path, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "other.jsonl", ("disagreeing", "en", DISAGREEING))
    assert run("ingest", str(corpus), "--store", str(store))[0] == 0
    relations = by_type(timeline(store))["relations_established"]
    assert relations["date"] == "1988-08-01"
    assert relations["also_reported"] == ["1988-08-02"]
    _, out, _ = run("timeline", "QA", "RU", "--store", str(store))
    assert "1988-08-01, also reported 1988-08-02" in out
