"""Rows of results as text for standard output: ``table``, ``json``, ``jsonl``, ``csv`` and ``md``.

A row is a mapping from column name to a string, number, ``None`` or a list of
those. ``columns`` picks and orders the columns; without it a table, JSON
array or Markdown table has every key of every row in the order first seen, a
CSV file the keys of its first row, and JSON Lines each row as it is.

>>> rows = [{"date": "1988-08-01", "pair": "QA|SU", "sources": ["ar-001", "en-004"]}]
>>> print(render(rows, "table"), end="")
date        pair   sources
----------  -----  --------------
1988-08-01  QA|SU  ar-001; en-004
>>> print(render(rows, "md"), end="")
| date | pair | sources |
| --- | --- | --- |
| 1988-08-01 | QA\\|SU | ar-001; en-004 |
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain
from pathlib import Path
from typing import TextIO

from relgraph.errors import OutputError, UnknownFormatError

__all__ = ["DEFAULT_MAX_WIDTH", "FORMATS", "counted", "render", "write_file", "write_rows"]

FORMATS = ("table", "json", "jsonl", "csv", "md")
DEFAULT_MAX_WIDTH = 48
"""The widest a table cell gets, in terminal columns, before it is cut with an ellipsis."""

Row = Mapping[str, object]

# Valid inside JSON strings but line breaks to str.splitlines() and many readers: escaped in JSON Lines.
_UNICODE_LINE_BREAKS = {c: f"\\u{c:04x}" for c in (0x85, 0x2028, 0x2029)}


def render(
    rows: Iterable[Row], fmt: str, columns: Sequence[str] | None = None, *, max_width: int = DEFAULT_MAX_WIDTH
) -> str:
    """``rows`` as one string in the format ``fmt`` (one of :data:`FORMATS`)."""
    out = io.StringIO()
    write_rows(rows, fmt, out, columns, max_width=max_width)
    return out.getvalue()


def write_rows(
    rows: Iterable[Row],
    fmt: str,
    stream: TextIO,
    columns: Sequence[str] | None = None,
    *,
    max_width: int = DEFAULT_MAX_WIDTH,
) -> None:
    """Write ``rows`` to ``stream`` in the format ``fmt``.

    ``jsonl`` and ``csv`` are written a row at a time as ``rows`` yields them;
    ``table``, ``json`` and ``md`` need every row first (column widths, one array).

    - ``table``: aligned columns for a terminal. Cells are one line, cut to
      ``max_width`` display columns with ``…``; control characters show as
      ``�``; cells with right-to-left text are wrapped in Unicode directional
      isolates so a bidi terminal shows them in reading order without
      disturbing the columns around them; number columns are right-aligned.
    - ``json``: an indented array of objects; ``jsonl``: an object a line.
      Both keep lists as arrays, ``None`` as ``null`` and non-ASCII as is
      (but for U+0085, U+2028 and U+2029, escaped in JSON Lines so that
      every reader sees one object a line).
    - ``csv``: RFC 4180 (quoted where needed, CRLF line ends) with a header;
      lists joined with ``"; "``, ``None`` empty.
    - ``md``: a GitHub Markdown table; ``|`` escaped, line breaks as ``<br>``.
    """
    if fmt not in FORMATS:
        raise UnknownFormatError(fmt, FORMATS)
    if fmt == "jsonl":
        for row in rows:
            line = json.dumps(_pick(row, columns), ensure_ascii=False, default=str)
            stream.write(line.translate(_UNICODE_LINE_BREAKS) + "\n")
        return
    if fmt == "csv":
        remaining = iter(rows)
        first = next(remaining, None)
        names = list(columns if columns is not None else first or ())
        if not names:
            return
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(names)
        rest = chain([first] if first is not None else [], remaining)
        writer.writerows([_text(row.get(name)) for name in names] for row in rest)
        return
    listed = list(rows)
    names = list(columns if columns is not None else dict.fromkeys(key for row in listed for key in row))
    if fmt == "json":
        json.dump([_pick(row, columns) for row in listed], stream, ensure_ascii=False, indent=2, default=str)
        stream.write("\n")
    elif names:
        stream.write(_table(listed, names, max_width) if fmt == "table" else _markdown(listed, names))


def _pick(row: Row, columns: Sequence[str] | None) -> dict[str, object]:
    return dict(row) if columns is None else {name: row.get(name) for name in columns}


def _text(value: object) -> str:
    """A cell as text: ``None`` empty, a list joined with ``"; "``."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(map(_text, value))
    return str(value)


_LINE_BREAKS = re.compile("\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_CONTROLS = {c: " " if c == 9 else "\ufffd" for c in chain(range(0x20), range(0x7F, 0xA0))}


def _one_line(text: str, line_break: str) -> str:
    """``text`` on one line (breaks replaced by ``line_break``), other control characters made harmless."""
    return _LINE_BREAKS.sub(line_break, text).translate(_CONTROLS)


def counted(n: int, noun: str) -> str:
    """``"1 article"``, ``"2 articles"``: a count and its noun (a regular plural)."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def write_file(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write ``data`` (text as UTF-8) to the file ``path`` the user named; :class:`OutputError` if it cannot be."""
    try:
        with open(path, "wb") as out:
            out.write(data.encode("utf-8") if isinstance(data, str) else data)
    except OSError as e:
        raise OutputError(f"cannot write {os.fspath(path)}: {e.strerror or e}") from e
    return Path(path)


# -- table -----------------------------------------------------------------------

_ISOLATE = "\u2068{}\u2069"  # FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _width(text: str) -> int:
    """Terminal columns ``text`` takes: wide East Asian characters two, marks and format characters none."""
    return sum(map(_char_width, text))


def _cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns, ending in ``…`` when cut; a base letter keeps its marks."""
    if _width(text) <= width:
        return text
    kept: list[str] = []
    used = 0
    for ch in text:
        used += _char_width(ch)
        if used > width - 1:
            break
        kept.append(ch)
    return "".join(kept) + "…"


_BIDI_ISOLATED = frozenset({"R", "AL", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})


def _needs_isolate(text: str) -> bool:
    """Right-to-left letters or explicit direction controls, which would reorder the cells around them."""
    return any(unicodedata.bidirectional(ch) in _BIDI_ISOLATED for ch in text)


def _table(rows: list[Row], names: list[str], max_width: int) -> str:
    values: list[Sequence[object]] = [names, *([row.get(name) for name in names] for row in rows)]
    cells = [[_cut(_one_line(_text(value), " "), max_width) for value in line] for line in values]
    widths = [max(map(_width, column)) for column in zip(*cells, strict=True)]
    numeric = [bool(rows) and all(isinstance(row.get(name), int | float | None) for row in rows) for name in names]
    rule = ["-" * width for width in widths]
    lines = []
    for line in [cells[0], rule, *cells[1:]]:
        padded = []
        for text, width, right in zip(line, widths, numeric, strict=True):
            pad = " " * (width - _width(text))
            shown = _ISOLATE.format(text) if _needs_isolate(text) else text
            padded.append(pad + shown if right else shown + pad)
        lines.append("  ".join(padded).rstrip())
    return "\n".join(lines) + "\n"


# -- Markdown ---------------------------------------------------------------------


def _markdown(rows: list[Row], names: list[str]) -> str:
    def cell(value: object) -> str:
        return _one_line(_text(value), "<br>").replace("|", "\\|")

    lines: list[Sequence[object]] = [names, ["---"] * len(names), *([row.get(name) for name in names] for row in rows)]
    return "".join("| " + " | ".join(map(cell, line)) + " |\n" for line in lines)
