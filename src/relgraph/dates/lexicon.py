"""The words of the date grammar, one data file per language.

``data/lexicon/dates.<lang>.json`` holds month names (several families for
Arabic), Hijri months, weekdays, ordinal day words, number words, units,
relative words and qualifiers, written in their natural spelling. They are
folded here with :func:`relgraph.text.fold` so that they meet the normalised
text the grammar runs on, and loaded once per process.

Lists indexed by value (``months``, ``hijri_months``, ``weekdays``,
``ordinals``) give the forms of month 1, 2, ... (weekday 0 = Monday); the other
categories map a phrase to its value. ``contexts`` are the words after which
a bare year or month counts ("in 1989"); ``capitalised`` the month names that
are ordinary words in lower case ("may", "march"); ``clitics`` the one-letter
conjunctions and prepositions written onto the next word ("وفي", "لعام");
``shapes`` whose date shapes the grammar uses, Arabic's or English's ("18
février 2008" has English's). Every file is checked against
``data/lexicon/schema.json`` (``#/$defs/dates``) when it is read; a language
that is not shipped is read with :func:`from_data` and registered with
:func:`relgraph.dates.add_language`.

>>> lex = load("ar")
>>> lex.months["اغسطس"], lex.months["اب"], lex.ordinals["الحادي والعشرين"]
(8, 8, 21)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from relgraph.errors import LexiconError, RelgraphError
from relgraph.resources import read_json
from relgraph.text import fold

__all__ = ["CATEGORIES", "LANGUAGES", "SHAPES", "DateLexicon", "alternation", "folded_pairs", "from_data", "load"]

#: The languages whose date words are shipped in ``data/lexicon/``.
LANGUAGES = ("ar", "en")
#: The families of date shapes the grammar knows (:mod:`relgraph.dates.grammar`), named by the language they were
#: written for.
SHAPES = ("ar", "en")

#: Categories written as lists of forms, and the value of their first item.
INDEXED = {"months": 1, "hijri_months": 1, "weekdays": 0, "ordinals": 1}
#: Categories that are plain word lists (each word's value is ``True``).
WORD_LISTS = (
    "year_words",
    "century_words",
    "contexts",
    "range_open",
    "range_separators",
    "coordinators",
    "gloss",
    "capitalised",
    "clitics",
)


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """One language's date words, folded: category -> folded phrase -> value; ``shapes``, one of :data:`SHAPES`."""

    language: str
    shapes: str
    months: Mapping[str, int]
    hijri_months: Mapping[str, int]
    weekdays: Mapping[str, int]
    ordinals: Mapping[str, int]
    numbers: Mapping[str, int]
    units: Mapping[str, tuple[str, int | None]]
    deictic: Mapping[str, int]
    shifts: Mapping[str, int]
    anaphora: Mapping[str, int]
    offsets: Mapping[str, tuple[str, int]]
    qualifiers: Mapping[str, str]
    decades: Mapping[str, int]
    eras: Mapping[str, str]
    year_words: frozenset[str]
    century_words: frozenset[str]
    contexts: frozenset[str]
    range_open: frozenset[str]
    range_separators: frozenset[str]
    coordinators: frozenset[str]
    gloss: frozenset[str]
    capitalised: frozenset[str]  # words that name a month only when capitalised ("May", not "may")
    clitics: frozenset[str]  # letters that attach to the word they precede (Arabic و ف ب ل ك)
    determiners: frozenset[str]  # words before a bare year that make it a noun's modifier ("the 1906 treaty")

    def words(self, *categories: str) -> set[str]:
        """Every folded phrase of the named categories (of all of them when none is named)."""
        out: set[str] = set()
        for name in categories or CATEGORIES:
            out.update(getattr(self, name))
        return out

    def alt(self, *categories: str) -> str:
        """A regex matching any phrase of the categories (see :func:`alternation`)."""
        return alternation(self.words(*categories))


def folded_pairs(raw: Mapping[str, Any], category: str) -> list[tuple[str, Any]]:
    """``(folded phrase, value)`` for every phrase of one category of a raw data file, duplicates kept."""
    data = raw[category]
    if category in INDEXED:
        base = INDEXED[category]
        families = data.values() if isinstance(data, dict) else [data]
        return [(fold(form), i + base) for family in families for i, forms in enumerate(family) for form in forms]
    if category in WORD_LISTS:
        return [(fold(word), True) for word in data]
    return [(fold(k), tuple(v) if isinstance(v, list) else v) for k, v in data.items()]


#: Every category of a data file that the grammar reads (``determiners`` is read after it, on what it found).
CATEGORIES = tuple(
    name for name in DateLexicon.__dataclass_fields__ if name not in ("language", "shapes", "determiners")
)


@cache
def load(lang: str) -> DateLexicon:
    """The shipped lexicon of ``lang`` (``"ar"`` or ``"en"``), read, checked and folded once per process."""
    if lang not in LANGUAGES:
        raise RelgraphError(f"no date grammar for language {lang!r}; known: {', '.join(LANGUAGES)}")
    return from_data(lang, read_json("lexicon", f"dates.{lang}.json"), f"data/lexicon/dates.{lang}.json")


def from_data(lang: str, raw: Mapping[str, Any], file: str) -> DateLexicon:
    """The lexicon of ``lang`` from the parsed contents of a date words file (``file`` names it in errors).

    Raises :class:`~relgraph.errors.LexiconError` when the data breaks ``data/lexicon/schema.json``. A category
    left out is empty; ``shapes`` defaults to the language's own when it has some.
    """
    from relgraph.schema import check

    check(raw, "dates", file)
    shapes = raw.get("shapes", lang)
    if shapes not in SHAPES:
        raise LexiconError(file, "shapes", "missing: a language with no date shapes of its own borrows some", SHAPES)
    fields: dict[str, Any] = {}
    for name in CATEGORIES:
        pairs = folded_pairs(raw, name) if name in raw else []
        fields[name] = frozenset(k for k, _ in pairs) if name in WORD_LISTS else dict(pairs)
    determiners = frozenset(fold(word) for word in raw.get("determiners", ()))
    return DateLexicon(language=lang, shapes=shapes, determiners=determiners, **fields)


_SPACE = r"[^\S\n]+"


def alternation(phrases: Iterable[str]) -> str:
    """A trie-shaped regex for ``phrases`` (longest first), a space in a phrase matching any run of spaces.

    A trie lets the regex engine reject a position after one character instead
    of trying every phrase in turn.

    >>> p = re.compile(alternation(["jan", "jan.", "january", "june"]))
    >>> [p.match(s).group() for s in ("january 5", "jan. 5", "june")]
    ['january', 'jan.', 'june']
    """
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, Any]) -> str:
    branches = [(_SPACE if ch == " " else re.escape(ch)) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
