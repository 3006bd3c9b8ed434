"""Sentence splitting for news and encyclopedia text, Arabic and English.

Works on normalised text (Arabic punctuation already mapped to ASCII), so one
rule set serves both languages: a line break ends a sentence; ``. ! ?`` end one
when followed by a space and not part of an abbreviation ("U.S.", "Dr.",
"Sept.") or a number ("1.3").

>>> [s.text for s in split_sentences("Mr. Blinken visited Doha. He met the Emir.\\nزار الوزير موسكو. ثم عاد")]
['Mr. Blinken visited Doha.', 'He met the Emir.', 'زار الوزير موسكو.', 'ثم عاد']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "mt",
        "ft",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "gen",
        "col",
        "lt",
        "capt",
        "cmdr",
        "adm",
        "sen",
        "rep",
        "gov",
        "prof",
        "jr",
        "sr",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
        "approx",
        "ca",
        "fig",
        "vol",
        "pp",
        "op",
        "amb",
        "hon",
        "rev",
        "sec",
        "maj",
        "brig",
        "messrs",
        "mme",
        "mlle",
    ]
)
_END = re.compile(r"\.{2,}|[.!?]+[\"')\]]*(?=\s)|\n+")
_TOKEN_BEFORE = re.compile(r"(\S+)$")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _TOKEN_BEFORE.search(text, max(0, dot - 64), dot)
    if not m:
        return False
    token = m.group(1).lstrip("(\"'")
    if text[dot] != ".":
        return False
    # Initials and dotted acronyms: "U.S.", "H.E.", "J."
    if re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", token):
        return True
    return token.lower() in _ABBREVIATIONS


def split_sentences(text: str) -> Iterator[Sentence]:
    """Yield the sentences of ``text`` with their offsets, leading and trailing space trimmed."""
    start = 0
    for m in _END.finditer(text):
        if m.group() == "." and _is_abbreviation(text, m.start()):
            continue
        end = m.end() if not m.group().startswith("\n") else m.start()
        yield from _trimmed(text, start, end)
        start = m.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield Sentence(start, end, text[start:end])
