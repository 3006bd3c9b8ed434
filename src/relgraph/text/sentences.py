"""Sentence splitting for news and encyclopedia text, Arabic and English.

Works on normalised text (Arabic punctuation already mapped to ASCII), so one
rule set serves both languages: a line break ends a sentence; ``. ! ?`` end one
when followed by a space in the same line and not part of an abbreviation ("U.S.", "Dr.",
"Sept.") or a number ("1.3").

>>> [s.text for s in split_sentences("Mr. Blinken visited Doha. He met the Emir.\\nزار الوزير موسكو. ثم عاد")]
['Mr. Blinken visited Doha.', 'He met the Emir.', 'زار الوزير موسكو.', 'ثم عاد']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Sentence", "char_positions", "sentence_spans", "split_sentences"]

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

_LONGEST = max(map(len, _ABBREVIATIONS))

#: What ends a sentence: line breaks, an ellipsis, or ``. ! ?`` (with closing quotes) before a space in the same
#: line (a line is split as if it were the whole text). Tried only where one of its first characters is.
_END = re.compile(r"\n+|\.{2,}|[.!?]+[\"')\]]*(?=[^\S\n])")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation or initials: the word before it, looking back
    at most 64 characters."""
    if dot == 0 or not ("a" <= text[dot - 1] <= "z" or "A" <= text[dot - 1] <= "Z"):
        return False  # initials and abbreviations end in a Latin letter (Arabic text: always here)
    if dot > _LONGEST and text[dot - _LONGEST - 1 : dot].isalpha():
        return False  # a word longer than every abbreviation, with no dot among its last letters: most words here
    window = text[max(0, dot - 64) : dot]
    token = window.rsplit(None, 1)[-1].lstrip("(\"'")
    # Initials and dotted acronyms: "U.S.", "H.E.", "J."
    return _INITIALS.fullmatch(token) is not None or token.lower() in _ABBREVIATIONS


def char_positions(text: str, chars: str) -> list[int]:
    """Where any of ``chars`` occurs in ``text``, in order: ``str.find`` skips along in C, where a regular
    expression (even a character class) looks at every character in turn, several times slower."""
    found: list[int] = []
    for char in chars:
        i = text.find(char)
        while i >= 0:
            found.append(i)
            i = text.find(char, i + 1)
    found.sort()
    return found


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each sentence of ``text``, leading and trailing space trimmed, in order."""
    spans: list[tuple[int, int]] = []
    start = done = 0
    for candidate in char_positions(text, "\n.!?"):  # what _END.finditer(text) would find, tried where it can
        if candidate < done or (m := _END.match(text, candidate)) is None:
            continue
        s, e = m.span()
        done = e
        if text[s] == "\n":
            end = s
        elif e - s == 1 and text[s] == "." and s and text[s - 1].isascii() and _is_abbreviation(text, s):
            continue  # (an abbreviation ends in a Latin letter: Arabic text never calls the check)
        else:
            end = e
        _trimmed(text, start, end, spans)
        start = e
    _trimmed(text, start, len(text), spans)
    return spans


def split_sentences(text: str) -> Iterator[Sentence]:
    """Yield the sentences of ``text`` with their offsets, leading and trailing space trimmed."""
    for start, end in sentence_spans(text):
        yield Sentence(start, end, text[start:end])


def _trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Add ``text[start:end]`` without the spaces around it to ``spans``, unless nothing is left."""
    while start < end and text[start].isspace():  # a space or two at most: no copy of the sentence
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
