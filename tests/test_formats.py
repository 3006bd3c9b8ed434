"""Rendering rows: table, json, jsonl, csv and md, on awkward cell values."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relgraph.errors import RelgraphError, UnknownFormatError
from relgraph.formats import DEFAULT_MAX_WIDTH, FORMATS, render, write_rows

ARABIC = "قطعت الدولتان علاقاتهما الدبلوماسية"
ARABIC_MARKED = "وَقَّعَ البَلَدَانِ اتِّفَاقِيَّةً لِلتَّعَاوُنِ الثَّقَافِيِّ فِي العَاصِمَةِ أَمْسِ"
ROWS: list[dict[str, Any]] = [
    {"id": "ar-1", "quote": ARABIC, "actors": ["QA", "RU"], "confidence": 0.875, "place": None},
    {
        "id": 'en "2"',
        "quote": "Talks, at last | said one\nsaid another",
        "actors": [],
        "confidence": 1,
        "place": "Doha",
    },
]
COLUMNS = ["id", "quote", "actors", "confidence", "place"]
ISOLATES = "\u2068\u2069"


def display_width(text: str) -> int:
    return sum(
        0
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf")
        else 2
        if unicodedata.east_asian_width(ch) in ("W", "F")
        else 1
        for ch in text
    )


def split_markdown_row(line: str) -> list[str]:
    assert line.startswith("| ")
    assert line.endswith(" |")
    return [cell.replace("\\|", "|") for cell in re.split(r"(?<!\\) \| ", line[2:-2])]


# -- json, jsonl ----------------------------------------------------------------


def test_json_is_an_indented_array_of_the_rows() -> None:
    out = render(ROWS, "json")
    assert json.loads(out) == ROWS
    assert ARABIC in out  # not \u-escaped
    assert out.startswith("[\n  {\n")
    assert out.endswith("]\n")


def test_jsonl_is_an_object_a_line() -> None:
    out = render(ROWS, "jsonl")
    lines = out.splitlines()
    assert len(lines) == len(ROWS)  # the newline inside a quote is escaped
    assert [json.loads(line) for line in lines] == ROWS
    assert ARABIC in out


def test_columns_pick_and_order_and_fill_with_null() -> None:
    out = render(ROWS, "jsonl", ["place", "id", "missing"])
    assert [json.loads(line) for line in out.splitlines()] == [
        {"place": None, "id": "ar-1", "missing": None},
        {"place": "Doha", "id": 'en "2"', "missing": None},
    ]
    assert list(json.loads(render(ROWS, "json", ["confidence", "id"]))[0]) == ["confidence", "id"]


def test_empty_results() -> None:
    assert render([], "json") == "[]\n"
    assert render([], "jsonl") == ""
    assert render([], "table") == ""
    assert render([], "csv") == ""
    assert render([], "md") == ""
    assert render([], "csv", ["a", "b"]) == "a,b\r\n"
    assert render([], "md", ["a", "b"]) == "| a | b |\n| --- | --- |\n"


# -- csv ---------------------------------------------------------------------------


def test_csv_is_rfc_4180_and_reads_back() -> None:
    out = render(ROWS, "csv")
    assert out.startswith("id,quote,actors,confidence,place\r\n")
    assert '"en ""2"""' in out  # quotes doubled, the cell quoted
    assert list(csv.reader(io.StringIO(out, newline=""))) == [
        COLUMNS,
        ["ar-1", ARABIC, "QA; RU", "0.875", ""],
        ['en "2"', "Talks, at last | said one\nsaid another", "", "1", "Doha"],
    ]


def test_csv_columns_come_from_the_first_row_unless_given() -> None:
    rows = [{"a": 1, "b": 2}, {"b": 3, "c": 4}]
    assert render(rows, "csv") == "a,b\r\n1,2\r\n,3\r\n"
    assert render(rows, "csv", ["c", "a"]) == "c,a\r\n,1\r\n4,\r\n"


# -- Markdown ------------------------------------------------------------------------


def test_markdown_table_escapes_pipes_and_line_breaks() -> None:
    lines = render(ROWS, "md").splitlines()
    assert len(lines) == 2 + len(ROWS)
    assert split_markdown_row(lines[0]) == COLUMNS
    assert lines[1] == "| --- | --- | --- | --- | --- |"
    assert split_markdown_row(lines[2]) == ["ar-1", ARABIC, "QA; RU", "0.875", ""]
    assert split_markdown_row(lines[3]) == ['en "2"', "Talks, at last | said one<br>said another", "", "1", "Doha"]


def test_markdown_union_of_columns_in_order_first_seen() -> None:
    lines = render([{"a": 1}, {"b": "x", "a": 2}], "md").splitlines()
    assert lines == ["| a | b |", "| --- | --- |", "| 1 |  |", "| 2 | x |"]


# -- table ------------------------------------------------------------------------


def test_table_aligns_columns_by_display_width() -> None:
    rows = [
        {"state": "QA", "name": "قطر", "note": "short", "end": "z01"},
        {"state": "JP", "name": "日本", "note": "double-width characters", "end": "z02"},
        {"state": "RU", "name": ARABIC_MARKED, "note": "", "end": "z03"},
    ]
    lines = render(rows, "table").splitlines()
    assert len(lines) == 2 + len(rows)
    bare = [line.translate({ord(c): None for c in ISOLATES}) for line in lines]
    widths = {display_width(line) for line in bare}
    assert len(widths) == 1, bare  # every line ends at the same column: "end" is as wide as its values
    ends = {display_width(line[: line.rindex("z")]) for line in bare[2:]}
    assert ends == {display_width(bare[0][: bare[0].rindex("end")])}
    assert set(bare[1]) == {"-", " "}


def test_right_to_left_cells_are_isolated_and_others_not() -> None:
    out = render(ROWS, "table")
    assert f"\u2068{ARABIC}\u2069" in out
    assert "\u2068ar-1" not in out
    assert out.count("\u2068") == out.count("\u2069") == 1


def test_direction_controls_in_data_are_isolated_too() -> None:
    out = render([{"a": "abc\u202edef"}], "table")  # RIGHT-TO-LEFT OVERRIDE, as in a hostile quote
    assert "\u2068abc\u202edef\u2069" in out


def test_long_cells_are_cut_with_an_ellipsis() -> None:
    long = "The ministers discussed trade, energy and education at length " * 3
    out = render([{"quote": long}], "table", max_width=30)
    cell = out.splitlines()[2]
    assert cell.endswith("…")
    assert display_width(cell) == 30
    assert long.startswith(cell[:-1])
    assert len(render([{"quote": long}], "table").splitlines()[2]) == DEFAULT_MAX_WIDTH


def test_cutting_arabic_keeps_each_letter_with_its_marks() -> None:
    for width in range(5, 30):
        cell = render([{"q": ARABIC_MARKED}], "table", max_width=width).splitlines()[2].strip(ISOLATES)
        kept = cell[:-1]
        assert cell.endswith("…")
        assert ARABIC_MARKED.startswith(kept)
        assert not unicodedata.combining(ARABIC_MARKED[len(kept)])  # the next character starts a new letter
        assert display_width(cell) <= width


def test_wide_characters_count_double_when_cutting() -> None:
    cell = render([{"q": "日本国の外務大臣が訪問した"}], "table", max_width=9).splitlines()[2]
    assert cell == "日本国の…"
    assert display_width(cell) == 9


def test_table_cells_are_one_line_without_control_characters() -> None:
    out = render([{"q": "line one\nline two\r\nthree\tfour \x1b[31mred\x07"}], "table")
    assert out.splitlines()[2] == "line one line two three four \ufffd[31mred\ufffd"


def test_number_columns_are_right_aligned() -> None:
    lines = render([{"n": 5, "name": "a"}, {"n": 1234, "name": "b"}, {"n": None, "name": "c"}], "table").splitlines()
    assert lines[0] == "   n  name"
    assert lines[2] == "   5  a"
    assert lines[3] == "1234  b"
    assert lines[4] == "      c"


def test_lists_and_none_in_a_table() -> None:
    lines = render(ROWS, "table").splitlines()
    assert "QA; RU" in lines[2]
    assert not lines[2].endswith(" ")  # no trailing padding


# -- streaming, errors ------------------------------------------------------------


class Recorder(io.StringIO):
    """A stream remembering how many rows had been made when each write came."""

    def __init__(self, made: list[int]) -> None:
        super().__init__()
        self.made = made
        self.at: list[int] = []

    def write(self, s: str) -> int:
        self.at.append(len(self.made))
        return super().write(s)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_jsonl_and_csv_are_written_as_rows_come(fmt: str) -> None:
    made: list[int] = []

    def rows() -> Iterator[dict[str, object]]:
        for i in range(100):
            made.append(i)
            yield {"i": i, "quote": ARABIC}

    stream = Recorder(made)
    write_rows(rows(), fmt, stream)
    assert stream.at[0] < 5  # the first row went out long before the last was made
    assert stream.getvalue() == render([{"i": i, "quote": ARABIC} for i in range(100)], fmt)


def test_unknown_format_names_the_known_ones() -> None:
    with pytest.raises(UnknownFormatError, match=r"unknown output format 'xml'; known formats: csv, json, jsonl, md"):
        render(ROWS, "xml")
    assert issubclass(UnknownFormatError, RelgraphError)


# -- properties ---------------------------------------------------------------------

cells = st.one_of(st.none(), st.text(), st.integers(), st.floats(allow_nan=False), st.lists(st.text(), max_size=3))
rows_strategy = st.lists(st.dictionaries(st.sampled_from(["a", "b", "c"]), cells), max_size=5)


@given(rows_strategy)
@settings(max_examples=200)
def test_csv_and_json_round_trip(rows: list[dict[str, Any]]) -> None:
    assert json.loads(render(rows, "json")) == rows
    assert [json.loads(line) for line in render(rows, "jsonl").splitlines()] == rows
    names = list(dict.fromkeys(key for row in rows for key in row))
    parsed = list(csv.reader(io.StringIO(render(rows, "csv", names), newline="")))
    expected = [
        ["" if v is None else "; ".join(v) if isinstance(v, list) else str(v) for v in (row.get(n) for n in names)]
        for row in rows
    ]
    assert parsed == ([names, *expected] if names else [])


@given(rows_strategy)
@settings(max_examples=200)
def test_every_format_renders_anything(rows: list[dict[str, Any]]) -> None:
    for fmt in FORMATS:
        assert isinstance(render(rows, fmt), str)
    table = render(rows, "table", max_width=12)
    assert all(ch in "\n" or unicodedata.category(ch) != "Cc" for ch in table)
    lines = render(rows, "md").splitlines()
    if lines:
        assert {len(re.findall(r"(?<!\\)\|", line)) for line in lines} == {lines[1].count("|")}


def test_jsonl_escapes_unicode_line_separators() -> None:
    rows = [{"q": "one\u2028two\u2029three\x85four"}]
    out = render(rows, "jsonl")
    assert len(out.splitlines()) == 1
    assert json.loads(out) == rows[0]
