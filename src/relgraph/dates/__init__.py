"""Temporal expressions in Arabic and English, resolved to :class:`~relgraph.model.PartialDate`.

The grammar is relgraph's own (regular expressions over the lexicon in
``data/lexicon/dates.<lang>.json``): dateparser finds nothing in most Arabic
news phrasings and is 40-85x slower. :func:`find_dates` works on normalised
text (:func:`relgraph.text.normalize`) and its offsets index that text;
:func:`parse_date` and :func:`find_dateline` normalise for themselves.

>>> from datetime import date
>>> [(e.text, str(e.date)) for e in find_dates("وصل الوزير امس الى الدوحه", "ar", date(2025, 4, 16))]
[('امس', '2025-04-15')]
>>> str(parse_date("the following September", "en"))
'None'
>>> str(parse_date("أواخر الثمانينات", "ar", date(2025, 1, 1))), parse_date("أواخر الثمانينات", "ar").earliest
('198X', datetime.date(1985, 1, 1))
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from relgraph.dates.grammar import Grammar, build
from relgraph.dates.lexicon import LANGUAGES, DateLexicon, load
from relgraph.dates.semantics import interpret
from relgraph.errors import LexiconError
from relgraph.model import PartialDate, Precision
from relgraph.text import normalize

__all__ = ["TimeExpression", "add_language", "find_dateline", "find_dates", "keep_grammars", "parse_date"]


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression found in a text.

    ``start``/``end`` index the text :func:`find_dates` was given
    (``text == given[start:end]``); ``date`` is ``None`` when the expression
    cannot be resolved (a relative one with no publication date, a month-day
    with no year and nothing to take it from); ``relative`` says that it was
    resolved against the publication date or the previous expression;
    ``attributive`` that it is a bare year that modifies the noun after it ("the
    1906 treaty"): that noun's date, not the sentence's.
    """

    start: int
    end: int
    text: str
    date: PartialDate | None
    relative: bool
    attributive: bool = False


#: The compiled grammars by language, built on first use (the shipped ones) or by :func:`add_language`.
_GRAMMARS: dict[str, Grammar] = {}
#: How a shipped language's grammar is made on first use: built here, or as :func:`keep_grammars` says.
_MAKE: list[Callable[[str], Grammar]] = [lambda lang: build(load(lang))]


def _grammar(lang: str) -> Grammar:
    grammar = _GRAMMARS.get(lang)
    if grammar is None:
        grammar = _GRAMMARS[lang] = _MAKE[-1](lang)
    return grammar


def keep_grammars(make: Callable[[str], Grammar]) -> None:
    """Make the shipped languages' grammars with ``make`` from now on: the extractors keep them on disk with their
    compiled vocabulary (:mod:`relgraph.extractors.compiled`), for the 45 ms the Arabic one takes to compile."""
    _MAKE.append(make)


def add_language(words: DateLexicon) -> None:
    """Read dates in ``words.language`` from now on with ``words`` (:func:`relgraph.dates.lexicon.from_data`).

    How a language that is not shipped gets its dates: the functions here take a language's code, and the
    extractor's reading asks for its language's. A shipped language's words are not replaced: every reader in
    the process shares them (:class:`~relgraph.errors.LexiconError`).
    """
    if words.language in LANGUAGES:
        raise LexiconError(
            f"dates.{words.language}.json",
            "language",
            "the date words of a shipped language are not replaced in a running process; edit data/lexicon/ instead",
        )
    _GRAMMARS[words.language] = build(words)


def find_dates(text: str, lang: str, published: date | None = None) -> list[TimeExpression]:
    """Every temporal expression of normalised ``text``, in text order, non-overlapping, longest first.

    ``lang`` is ``"ar"``, ``"en"`` or one added with :func:`add_language`; ``published`` anchors relative
    expressions ("أمس", "last month"); expressions that refer to an earlier one
    ("the following September", "a month earlier") are resolved against the
    previous expression that has a date.
    """
    grammar = _grammar(lang)
    out: list[TimeExpression] = []
    previous: PartialDate | None = None
    determiners = grammar.lexicon.determiners
    for m, span in grammar.expressions(text):
        for r in interpret(grammar, m, span, published, previous):
            written = text[r.start : r.end]
            attributive = bool(determiners) and written.isdigit() and _attributive(text, r.start, r.end, determiners)
            out.append(TimeExpression(r.start, r.end, written, r.date, r.relative, attributive))
            previous = r.date or previous
    return out


_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_WORD_AFTER = re.compile(r"\s+[^\W\d]")


def _attributive(text: str, start: int, end: int, determiners: frozenset[str]) -> bool:
    """A bare year between a determiner and a word ("the 1906 treaty", "its 2015 agreement")."""
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return before is not None and before.group(1).lower() in determiners and _WORD_AFTER.match(text, end) is not None


def parse_date(phrase: str, lang: str, published: date | None = None) -> PartialDate | None:
    """The date of one phrase ("في السادس من ديسمبر عام 1991", "mid-2017"), or ``None``.

    The phrase is normalised here; when it holds more than one expression the
    first one's date is returned.
    """
    found = find_dates(normalize(phrase).text.strip(), lang, published)
    return found[0].date if found else None


def find_dateline(text: str, lang: str) -> date | None:
    """An article's own date from its first lines, or ``None``.

    A dateline is a full date (day, month and year, stated outright) that ends
    one of the first five lines, give or take a time, an agency or a few words
    before a dash: "Published: 13 February 2026", "برلين 25 شوال 1436 هـ الموافق
    10 اغسطس 2015 م واس", "..., اليوم الأربعاء 16 أبريل 2025 06:33 مساءً",
    "DOHA, Oct 8, 2021 (Reuters) - The minister ...". A sentence that starts
    with a date ("On 28th January, 2022, the two states signed ...") is not a
    dateline, and "DOHA, Oct 8 (Reuters)" gives no year, so no date.
    """
    lines = [line for line in normalize(text[:3000]).text.split("\n") if line.strip()][:5]
    for line in lines:
        for e in find_dates(line, lang):
            if e.date is None or e.relative or e.date.precision is not Precision.DAY:
                continue
            tail = line[e.end :].split(" - ", 1)[0]
            if sum(any(c.isalnum() for c in w) for w in tail.split()) <= 3 and "." not in tail:
                return e.date.earliest
    return None
