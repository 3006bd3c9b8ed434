"""The command line end to end, on the bundled sample: each command's output, and its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from relgraph import api
from relgraph.cli import cli

QUERIES = sorted((Path(__file__).parent.parent / "examples" / "queries").glob("*.rq"))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    result = CliRunner().invoke(cli, ["ingest", str(api.sample_path()), "--store", str(path)])
    assert result.exit_code == 0, result.output
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_timeline_of_the_sample_in_order_with_sources(store: Path) -> None:
    code, out, _ = run("timeline", "Qatar", "Russia", "--store", str(store), "--format", "json")
    assert code == 0
    rows = json.loads(out)
    dated = [(r["date"], r["type"]) for r in rows if r["date"]]
    assert dated == [
        ("1988-08-01", "relations_established"),
        ("1989-11", "embassy_opened"),
        ("1989-11", "embassy_opened"),
        ("1991-12-06", "recognition"),
        ("2007-02", "visit"),
        ("2025-04-16", "meeting"),
        ("2025-04-16", "visit"),
    ]
    for row in rows:
        assert row["sources"], row
        assert all(s["article"] and s["evidence"] for s in row["sources"])
    soviet = [r for r in rows if r["date"] and r["date"] < "1991"]
    assert soviet
    assert all("SU" in r["actors"] and r["former_states"] == ["SU"] for r in soviet)


def test_timeline_accepts_codes_and_arabic_names(store: Path) -> None:
    by_code = run("timeline", "QA", "RU", "--store", str(store), "--format", "csv")
    by_arabic = run("timeline", "قطر", "روسيا", "--store", str(store), "--format", "csv")
    assert by_code[0] == 0
    assert by_arabic[0] == 0
    assert by_code[1] == by_arabic[1]
    assert by_code[1].count("\n") == 9  # header and eight events


def test_timeline_table_marks_former_states(store: Path) -> None:
    code, out, _ = run("timeline", "QA", "RU", "--store", str(store))
    assert code == 0
    assert "SU†" in out
    assert "former state" in out


def test_timeline_filters_by_type_and_date(store: Path) -> None:
    code, out, _ = run(
        "timeline", "QA", "--type", "visit", "--since", "2000", "--store", str(store), "--format", "json"
    )
    assert code == 0
    assert [(r["date"], r["type"]) for r in json.loads(out)] == [("2007-02", "visit"), ("2025-04-16", "visit")]


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_every_example_query_returns_rows_on_the_sample(store: Path, query: Path) -> None:
    code, out, err = run("sparql", str(query), "--store", str(store), "--format", "json")
    assert code == 0, err
    assert len(json.loads(out)) >= 1


def test_at_least_five_example_queries() -> None:
    assert len(QUERIES) >= 5


def test_sparql_json_is_one_object_per_row(store: Path) -> None:
    code, out, _ = run(
        "sparql", "SELECT ?e WHERE { GRAPH ?g { ?e a rg:Visit } }", "--store", str(store), "--format", "json"
    )
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 2
    assert all(set(r) == {"e"} for r in rows)


def test_extract_prints_one_event_per_line_with_offsets() -> None:
    code, out, _ = run("extract", str(api.sample_path()), "--published", "2025-04-16")
    assert code == 0
    text = api.sample_path().read_text(encoding="utf-8")
    events = [json.loads(line) for line in out.splitlines()]
    assert len(events) == 8
    for e in events:
        assert text[e["start"] : e["end"]] == e["evidence"]
        assert {"article", "type", "actors", "date", "place", "confidence"} <= set(e)


def test_extract_reads_stdin() -> None:
    text = api.sample_path().read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "-", "--published", "2025-04-16"], input=text)
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 8


def test_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert run("ingest", str(api.sample_path()), "--store", str(store))[0] == 0
    first = run("export", "--store", str(store), "--format", "nq")[1]
    code, _, err = run("ingest", str(api.sample_path()), "--store", str(store))
    assert code == 0
    assert "0 stored, 1 unchanged" in err
    assert run("export", "--store", str(store), "--format", "nq")[1] == first


def test_demo_works_in_a_fresh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.delenv("RELGRAPH_STORE", raising=False)
    monkeypatch.chdir(tmp_path)
    code, out, err = run("demo")
    assert code == 0, err
    assert out.index("1988-08-01") < out.index("1989-11") < out.index("1991-12-06") < out.index("2007-02")
    assert (tmp_path / "relgraph-demo.html").is_file()
    assert (tmp_path / "home" / ".local" / "share" / "relgraph" / "store").is_dir()


# -- errors: one line, exit status 1, no traceback --------------------------------------------------------


def _one_error_line(err: str, *needles: str) -> None:
    lines = [line for line in err.splitlines() if line.startswith("Error:")]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0]


def test_missing_file(tmp_path: Path) -> None:
    code, _, err = run("ingest", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "store"))
    assert code == 1
    _one_error_line(err, "nope.txt", "no such file")


def test_unknown_state(store: Path) -> None:
    code, _, err = run("timeline", "Atlantis", "--store", str(store))
    assert code == 1
    _one_error_line(err, "unknown state 'Atlantis'")


def test_invalid_sparql(store: Path) -> None:
    code, _, err = run("sparql", "SELECT * WHERE {", "--store", str(store))
    assert code == 1
    _one_error_line(err, "SPARQL")


def test_unknown_type(store: Path) -> None:
    code, _, err = run("timeline", "QA", "--type", "vist", "--store", str(store))
    assert code == 1
    _one_error_line(err, "unknown event type 'vist'")


def test_missing_store(tmp_path: Path) -> None:
    code, _, err = run("timeline", "QA", "--store", str(tmp_path / "empty"))
    assert code == 1
    _one_error_line(err, "no relgraph store")


def test_bad_usage_exits_2() -> None:
    assert run("timeline")[0] == 2
    assert run("timeline", "QA", "--since", "yesterday")[0] == 2


def test_every_help_ends_with_an_example() -> None:
    names = [
        [],
        ["extract"],
        ["ingest"],
        ["timeline"],
        ["sparql"],
        ["graph"],
        ["graph", "central"],
        ["viz"],
        ["export"],
        ["demo"],
        ["eval"],
        ["retract"],
        ["show"],
    ]
    for name in names:
        code, out, _ = run(*name, "--help")
        assert code == 0
        tail = out.strip().splitlines()[-6:]
        assert any(line.strip() == "Example:" for line in tail), name
