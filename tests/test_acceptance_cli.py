"""Acceptance: what a user who gets a path, a pair or a pipe wrong sees.

One ``Error:`` line and exit status 1 for a mistake, never a traceback; a note on stderr
when a command finds nothing, never a silent empty table; ``| head`` is no failure.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from relgraph import api
from relgraph.cli import cli
from relgraph.errors import OutputError, RelgraphError, StoreError

# Our own text: two events of Egypt (with Qatar and with Türkiye), none of Chile.
ARTICLE = (
    "CAIRO, March 3, 2021 - Egypt and Qatar agreed on Wednesday to restore diplomatic relations. "
    "Egypt recalled its ambassador from Turkey in 2013, officials said."
)


def ingested(folder: Path) -> Path:
    """A store under ``folder`` holding ARTICLE, read from standard input (its id: ``stdin``)."""
    assert api.ingest(["-"], store=folder / "store", stdin=io.StringIO(ARTICLE)).events >= 2
    return folder / "store"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ingested(tmp_path_factory.mktemp("acceptance"))


@pytest.fixture
def empty_store(tmp_path: Path) -> Path:
    ids = [i.article.id for i in api.extract(["-"], stdin=io.StringIO(ARTICLE)) if isinstance(i, api.Extracted)]
    assert api.retract(ids, store=ingested(tmp_path)) == []
    return tmp_path / "store"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    assert not isinstance(result.exception, (OSError, RelgraphError)), result.exc_info
    return result.exit_code, result.stdout, result.stderr


def error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("Error: "), err
    return lines[0]


# -- stores that are not stores --------------------------------------------------------------------------


@pytest.mark.parametrize(("store", "why"), [("a.txt", "is a file"), (".", "holds other files")])
def test_ingest_into_a_file_or_a_folder_of_other_files_is_an_error_and_changes_nothing(
    tmp_path: Path, store: str, why: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run("ingest", str(article), "--store", str(tmp_path / store))
    assert code == 1
    assert why in error_line(err)
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_an_empty_folder_becomes_a_store(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / ".DS_Store").write_bytes(b"\0")  # a file manager's: the folder is still empty
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert api.ingest([article], store=tmp_path / "store").changed == 1
    assert api.ingest([article], store=tmp_path / "store").unchanged == 1  # a store now: reopened as one


def test_reading_a_file_as_a_store_says_it_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="is a file"):
        api.timeline(["EG"], store=tmp_path / "notes.txt")


def test_retract_from_a_mistyped_store_makes_no_store(tmp_path: Path) -> None:
    code, _, err = run("retract", "a", "--store", str(tmp_path / "typo"))
    assert code == 1
    assert "no relgraph store" in error_line(err)
    assert not (tmp_path / "typo").exists()


def test_two_texts_piped_in_are_two_articles(tmp_path: Path) -> None:
    store = ingested(tmp_path)
    other = "Chile and Peru signed a trade agreement in 2011."
    assert api.ingest(["-"], store=store, stdin=io.StringIO(other)).changed == 1
    assert [row.type for row in api.timeline(["Chile"], store=store)] == ["agreement_signed"]
    assert api.timeline(["Egypt", "Qatar"], store=store)  # the first text's events are still there
    assert api.ingest(["-"], store=store, stdin=io.StringIO(other)).unchanged == 1


def test_an_article_in_a_language_no_extractor_reads_is_skipped_not_fatal(tmp_path: Path) -> None:
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text(
        json.dumps({"id": "fr1", "lang": "fr", "text": "La France et le Chili ont signé un accord en 2011."})
        + "\n"
        + json.dumps({"id": "en1", "lang": "en", "text": "Chile and Peru signed a trade agreement in 2011."})
        + "\n",
        encoding="utf-8",
    )
    code, out, err = run("extract", str(corpus))
    assert code == 1
    assert [json.loads(line)["article"] for line in out.splitlines()] == ["en1"]
    assert "Error: article 'fr1': no extractor reads its language 'fr'" in err
    code, out, _ = run("extract", str(corpus), "--lang", "en")  # --lang overrides the article's own
    assert code == 0
    assert "en1" in {json.loads(line)["article"] for line in out.splitlines()}


def test_an_id_stored_from_another_folder_is_replaced_and_the_report_says_so(tmp_path: Path) -> None:
    (tmp_path / "2012").mkdir()
    (tmp_path / "2011").mkdir()
    (tmp_path / "2012" / "report.txt").write_text("Kenya and Peru signed an agreement in 2012.", encoding="utf-8")
    (tmp_path / "2011" / "report.txt").write_text("Chile and Peru signed an agreement in 2011.", encoding="utf-8")
    store = str(tmp_path / "store")
    assert run("ingest", str(tmp_path / "2012"), "--store", store)[0] == 0
    code, _, err = run("ingest", str(tmp_path / "2011"), "--store", store)
    assert code == 0
    assert "1 stored (1 replacing a stored article with the same id)" in err
    assert [row.actors for row in api.timeline("Peru", store=store)] == [("CL", "PE")]
    assert "replacing" not in run("ingest", str(tmp_path / "2011"), "--store", store)[2]  # unchanged now


def test_a_store_kept_among_the_articles_is_not_read_as_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for _ in range(2):  # the second time, the store and its lock file lie in the folder
        code, _, err = run("ingest", str(tmp_path), "--store", str(tmp_path / "graph"))
        assert code == 0, err
    assert "0 stored, 1 unchanged" in err
    monkeypatch.chdir(tmp_path / "graph")
    code, _, err = run("ingest", "..", "--store", ".")  # the current folder as the store: it has no name
    assert code == 0, err
    assert "ignored" not in err


def test_files_of_other_kinds_in_a_folder_are_a_note_not_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    code, _, err = run("ingest", str(tmp_path), "--store", str(tmp_path / "graph"))
    assert code == 0, err
    assert f"Note: {tmp_path}: ignored 2 files that are not" in err
    assert "Error" not in err
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")  # an article that cannot be read still fails
    code, _, err = run("extract", str(tmp_path))
    assert code == 1
    assert f"Error: {tmp_path / 'empty.txt'}: empty file" in err
    assert err.splitlines()[-1] == f"read 1 article; skipped 1: {tmp_path / 'empty.txt'}"


def test_counts_of_one_are_singular(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Chile and Peru signed a trade agreement in 2011.", encoding="utf-8")
    code, _, err = run("ingest", str(tmp_path / "one.txt"), "--store", str(tmp_path / "graph"))
    assert code == 0
    assert err.startswith("1 article read: 1 stored, 0 unchanged; 1 mention; 1 event in ")
    assert run("retract", "one", "--store", str(tmp_path / "graph"))[2] == "retracted 1 article\n"


# -- output files ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["viz"], ["export", "--format", "ttl"]])
def test_an_output_file_in_a_missing_folder_is_one_error_line(store: Path, tmp_path: Path, command: list[str]) -> None:
    target = tmp_path / "missing" / "out.file"
    code, out, err = run(*command, "-o", str(target), "--store", str(store))
    assert code == 1
    assert str(target) in error_line(err)
    assert out == ""


def test_viz_to_a_missing_folder_raises_output_error(store: Path, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="cannot write"):
        api.viz(tmp_path / "missing" / "graph.html", store=store)


# -- finding nothing ----------------------------------------------------------------------------------------


def test_timeline_of_a_state_without_events_says_so(store: Path) -> None:
    code, out, err = run("timeline", "Chile", "--store", str(store))
    assert code == 0
    assert out.splitlines()[0].split() == ["date", "type", "actors", "place", "who", "sources"]
    assert len(out.splitlines()) == 2  # the header and its rule
    assert "No events of Chile in the store" in err


def test_timeline_of_an_emptied_store_says_so_in_every_format(empty_store: Path) -> None:
    for fmt in ("table", "json", "csv", "md"):
        code, _out, err = run("timeline", "Egypt", "--store", str(empty_store), "--format", fmt)
        assert code == 0
        assert "No events of Egypt in the store" in err, fmt
    assert json.loads(run("timeline", "Egypt", "--store", str(empty_store), "--format", "json")[1]) == []


def test_timeline_names_its_filters_when_they_leave_nothing(store: Path) -> None:
    _, full, _ = run("timeline", "Egypt", "Qatar", "--store", str(store), "--format", "csv")
    assert full.count("\n") >= 2  # the header and the restoration
    code, _, err = run("timeline", "Egypt", "Qatar", "--since", "2030", "--store", str(store))
    assert code == 0
    assert "No events between Egypt and Qatar" in err
    assert "--since" in err


def test_viz_of_a_state_without_events_is_a_page_that_says_so_and_a_note(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "chile.html"
    code, out, err = run("viz", "--state", "Chile", "--since", "2030", "-o", str(target), "--store", str(store))
    assert code == 0
    assert out == ""
    assert "note: no events to draw" in err
    page = target.read_text(encoding="utf-8")
    assert 'id="rg-empty">No events to draw (since 2030-01-01) for CL.</p>' in page
    assert "since 2030-01-01" in page.split('class="rg-meta">')[1].split("</p>")[0]  # the subtitle states it


def test_viz_timeline_of_the_sample_pair_draws_its_periods_and_events(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "qa-ru.html"
    code, out, err = run("viz", "--timeline", "Egypt", "Qatar", "-o", str(target), "--store", str(store))
    assert code == 0, err
    assert out == ""
    page = target.read_text(encoding="utf-8")
    data = json.loads(page.split("var relgraph = ")[1].split(";\n")[0])
    assert [(lane["name"], [p["status"] for p in lane["periods"]]) for lane in data["lanes"]] == [
        ("relations", ["restored"])
    ]
    assert data["lanes"][0]["periods"][0]["start"] == "2021-03-03"
    assert [(row["name"], len(row["marks"])) for row in data["rows"]] == [("relations restored", 1)]
    assert "src=" not in page
    assert "href=" not in page.split("<script>")[0]
    code, _, err = run("viz", "--timeline", "-o", str(target), "--store", str(store))
    assert code == 2
    assert "one state or two" in err
    code, _, err = run("viz", "--timeline", "Egypt", "--at", "2020", "-o", str(target), "--store", str(store))
    assert code == 2
    assert "do not apply" in err
    code, _, err = run("viz", "--timeline", "Egypt", "-o", str(tmp_path / "eg.html"), "--store", str(store))
    assert code == 0
    page = (tmp_path / "eg.html").read_text(encoding="utf-8")
    data = json.loads(page.split("var relgraph = ")[1].split(";\n")[0])
    assert [(lane["name"], [p["status"] for p in lane["periods"]]) for lane in data["lanes"]] == [
        ("relations with Qatar", ["restored"]),
        ("Egypt's head of mission in Ankara", ["recalled"]),  # the recall, on the lane of the pair it concerns
    ]


def test_timeline_csv_is_data_with_former_states_in_a_column_of_their_own(tmp_path: Path) -> None:
    store = str(tmp_path / "graph")
    api.demo(store=store, output=tmp_path / "demo.html")
    code, out, _ = run("timeline", "Qatar", "Russia", "--store", store, "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["date", "also_reported", "type", "actors", "former_states", "place", "persons", "sources"]
    assert all("†" not in row["actors"] for row in rows)  # codes as they are, for a spreadsheet or a join
    soviet = [row for row in rows if "SU" in row["actors"].split()]
    assert soviet
    assert all(row["former_states"] == "SU" for row in soviet)
    assert [row["date"] for row in rows if row["type"] == "mediation"] == [""]  # undated is empty, not a word
    code, out, _ = run("timeline", "Qatar", "Russia", "--store", store, "--format", "md")
    assert out.endswith("|\n\n† former state (as it was on the event's date)\n")  # after the table, not in it


def test_a_pair_of_one_state_is_an_error(store: Path) -> None:
    code, _, err = run("timeline", "Egypt", "EG", "--store", str(store))
    assert code == 1
    assert "same state" in error_line(err)
    with pytest.raises(RelgraphError, match="same state"):
        api.timeline(["مصر", "Egypt"], store=store)


@pytest.mark.parametrize(
    ("args", "note"),
    [
        (["path", "Qatar", "Chile"], "No chain of relations between Qatar and Chile"),
        (["neighbors", "Chile"], "No relations of Chile"),
    ],
)
def test_graph_commands_that_find_nothing_print_the_header_and_say_so(store: Path, args: list[str], note: str) -> None:
    code, out, err = run("graph", *args, "--store", str(store), "--format", "csv")
    assert code == 0
    assert out.strip() == "from,to,name,events,types,first,last"
    assert note in err


def test_graph_commands_on_an_emptied_store_say_so(empty_store: Path) -> None:
    for command in ("central", "communities"):
        code, out, err = run("graph", command, "--store", str(empty_store))
        assert code == 0
        assert out.strip(), command  # a header, not a blank line
        assert "No events between states in the store" in err


def test_sparql_outside_named_graphs_hints_at_graph(store: Path) -> None:
    code, out, err = run("sparql", "SELECT ?e WHERE { ?e a rg:RelationsRestored }", "--store", str(store))
    assert code == 0
    assert "GRAPH ?g" in err
    code, out, err = run(
        "sparql", "SELECT ?e WHERE { GRAPH ?g { ?e a rg:RelationsRestored } }", "--store", str(store), "--format", "csv"
    )
    assert code == 0
    assert out.count("\n") == 2
    assert err == ""
    code, out, err = run("sparql", "ASK { ?e a rg:RelationsRestored }", "--store", str(store))
    assert (code, out.strip()) == (0, "false")
    assert "GRAPH ?g" in err
    code, out, err = run("sparql", "ASK { GRAPH ?g { ?e a rg:RelationsRestored } }", "--store", str(store))
    assert (code, out.strip(), err) == (0, "true", "")
    describe = "DESCRIBE ?e WHERE { GRAPH ?g { ?e a rg:RelationsRestored } }"
    assert "DESCRIBE reads only the default graph" in run("sparql", describe, "--store", str(store))[2]


def test_a_query_file_saved_with_a_byte_order_mark_or_not_in_utf8(store: Path, tmp_path: Path) -> None:
    query = "SELECT ?e WHERE { GRAPH ?g { ?e a rg:RelationsRestored } }\r\n"
    (tmp_path / "bom.rq").write_bytes(b"\xef\xbb\xbf" + query.encode("utf-8"))
    code, out, err = run("sparql", str(tmp_path / "bom.rq"), "--store", str(store), "--format", "csv")
    assert (code, out.count("\n"), err) == (0, 2, "")
    (tmp_path / "utf16.rq").write_bytes(query.encode("utf-16"))
    code, _, err = run("sparql", str(tmp_path / "utf16.rq"), "--store", str(store))
    assert code == 1
    assert "is not UTF-8 text" in error_line(err)


def test_show_takes_the_start_of_an_event_id(store: Path) -> None:
    event = json.loads(run("timeline", "Egypt", "Qatar", "--store", str(store), "--format", "json")[1])[0]["event"]
    full = run("show", event, "--store", str(store))
    assert full[0] == 0
    assert run("show", event[:6], "--store", str(store)) == full


def test_eval_of_nothing_is_an_error_not_a_perfect_score(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    gold = {"id": "g1", "lang": "en", "text": "Chile and Peru signed a trade agreement in 2011.", "events": []}
    (tmp_path / "en.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    for args in (["empty.jsonl"], ["en.jsonl", "--only-lang", "ar"]):
        code, out, err = run("eval", str(tmp_path / args[0]), *args[1:])
        assert code == 1
        assert "no annotated articles" in error_line(err)
        assert out == ""


# -- pipes --------------------------------------------------------------------------------------------------


def test_a_reader_that_stops_early_is_not_a_failure(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head` that has already read what it wanted: the first write fails
    try:
        done = subprocess.run(
            [sys.executable, "-c", "from relgraph.cli import main; main()", "extract", str(article)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr


# -- from Python --------------------------------------------------------------------------------------------


def test_a_lone_string_is_one_path_state_id_or_type(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # "." among the letters of "a.txt" would be this folder
    Path("a.txt").write_text(ARTICLE, encoding="utf-8")
    Path("other.txt").write_text("Chile and Peru signed a trade agreement in 2011.", encoding="utf-8")
    assert [item.article.id for item in api.extract("a.txt") if isinstance(item, api.Extracted)] == ["a"]
    report = api.ingest(Path("a.txt"), store=tmp_path / "store")
    assert (report.read, report.skipped) == (1, ())
    restored = api.timeline("Egypt", store=store, types="relations_restored")
    assert [row.type for row in restored] == ["relations_restored"]
    assert restored == api.timeline(["Egypt"], store=store, types=["relations_restored"])
    assert api.retract("a", store=tmp_path / "store") == []
