"""Whether a regular expression matches a text some number of times, without running it over a text that cannot
hold that many matches.

Python's regex engine tries a pattern that starts with ``\\b`` (as the lexicon's word patterns do) at every
character: some 30 ns each, 130 µs for a dense Arabic article. But every match of such a pattern holds one of a
few fixed strings (``\\b(?:و|ف)?(?:ال)?(?:مباراة|منتخب|...)`` holds "مباراة" or "منتخب" or ...), which one
Aho-Corasick pass finds in C in a quarter of that time. Matches do not overlap, so each holds its own occurrence
of one of those strings: fewer occurrences than ``n`` means fewer than ``n`` matches, and the pattern need not
run. The strings are read from the pattern's parse (CPython's own parser, as ``re.compile`` reads it); a pattern
they cannot be read from (a case-insensitive one, one that can match without any fixed string, another Python's
parse) is simply run.
"""

from __future__ import annotations

import re
from importlib import import_module
from typing import Any

__all__ = ["any_in", "at_least", "found_in", "last_word_in", "required"]

#: The sieve of each pattern seen, by its source and flags: an automaton of its required strings, or ``None``.
_SIEVES: dict[tuple[str, int], Any] = {}
_SETS: dict[frozenset[str], Any] = {}  #: the automaton of each set of strings seen (``None``: it holds "")


def at_least(pattern: re.Pattern[str], text: str, n: int) -> bool:
    """Whether ``pattern.finditer(text)`` finds ``n`` matches or more (it stops at the ``n``-th)."""
    sieve = _sieve(pattern)
    if sieve is not None:
        held = 0  # occurrences of the required strings, overlapping ones too: at least as many as matches
        for _ in sieve.iter(text):
            held += 1
            if held >= n:
                break
        if held < n:
            return False
    found = pattern.finditer(text)
    return sum(1 for _, _ in zip(range(n), found, strict=False)) >= n


def found_in(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``pattern.search(text, start, end)`` finds a match (which lies in ``text[start:end]``). The sieve
    reads a slice: the automaton's ``iter(text, start, end)`` converts the whole text first, at every call."""
    sieve = _sieve(pattern)
    if sieve is not None and next(sieve.iter(text[start:end]), None) is None:
        return False
    return pattern.search(text, start, end) is not None


def any_in(strings: frozenset[str], text: str, start: int, end: int) -> bool:
    """Whether one of ``strings`` occurs in ``text[start:end]`` (a word of a set can be among the words there only
    if it does): one pass of their automaton, made on first use."""
    if strings not in _SETS:
        _SETS[strings] = _automaton(strings)
    automaton = _SETS[strings]
    return automaton is None or next(automaton.iter(text[start:end]), None) is not None  # (a slice: as found_in)


def last_word_in(words: frozenset[str], text: str, start: int, end: int) -> int:
    """Where the last word of ``words`` in ``text[start:end]`` starts, or -1 (found through :func:`any_in` first)."""
    if not any_in(words, text, start, end):
        return -1
    return max((m.start() for m in _WORD.finditer(text, start, end) if m.group() in words), default=-1)


_WORD = re.compile(r"[^\W_]+")


def _sieve(pattern: re.Pattern[str]) -> Any:
    """The automaton of the strings ``pattern`` requires (made on first use), or ``None``."""
    key = (pattern.pattern, pattern.flags)
    if key not in _SIEVES:
        _SIEVES[key] = _automaton(required(pattern))
    return _SIEVES[key]


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` holds, or ``None`` where none can be told."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parser, constants = import_module("re._parser"), import_module("re._constants")
        return _sequence(parser.parse(pattern.pattern, pattern.flags).data, constants)
    except Exception:  # another Python's parse
        return None


def _sequence(items: list[tuple[Any, Any]], c: Any) -> frozenset[str] | None:
    """Of a sequence, the most telling of what its parts require: a run of literal characters, or one part's."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        if op is not None and (part := _item(op, av, c)) is not None:
            options.append(part)
    return max(options, key=lambda strings: min(map(len, strings)), default=None)


def _item(op: Any, av: Any, c: Any) -> frozenset[str] | None:
    """What one part of a sequence requires: a group's or a repeated part's content, every branch's."""
    if op is c.SUBPATTERN:
        _, add_flags, _, content = av
        return None if add_flags & re.IGNORECASE else _sequence(content.data, c)
    if op is c.ATOMIC_GROUP:
        return _sequence(av.data, c)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        least, _, content = av
        return _sequence(content.data, c) if least >= 1 else None
    if op is c.BRANCH:
        strings: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch.data, c)
            if found is None:
                return None
            strings |= found
        return frozenset(strings)
    return None  # a class of characters, an assertion, a back reference ...: nothing fixed


def _automaton(strings: frozenset[str] | None) -> Any:
    if not strings or "" in strings:
        return None
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for string in strings:
        automaton.add_word(string, None)
    automaton.make_automaton()
    return automaton
