"""The shapes of temporal expressions, as regular expressions built from a :class:`DateLexicon`.

Two patterns per language, both compiled once per process:

- the *scanner* finds expressions in text. Its alternatives are tried in order
  at each position, longest shapes first (ranges before single dates, dates
  before bare weekdays); group ``x`` is an expression, group ``y`` a bare year
  or month that counts only after a context word ("in 1989", "في نوفمبر"),
  which :meth:`Grammar.expressions` checks;
- the *tokenizer* cuts a found expression into numbers, numeric dates and
  lexicon phrases for :mod:`relgraph.dates.semantics`.

Running the scanner at every position of a 4 KB article costs 1-2 ms, so
:meth:`Grammar.matches` runs it only where an expression can start: at an
*anchor* (a digit, or a word no expression goes without: a month, a weekday,
an ordinal, a unit, a deictic or decade word), found with one Aho-Corasick
pass, and at the words just before it that an expression can hold ("between",
"the following", "قبل ستة"); there a guard first checks the word (or number)
can start an expression at all. Both shortcuts leave the matches as a full
scan without the guard finds them (a property test checks it).

The grammar is written over normalised text (see :mod:`relgraph.text`), with
the lexicon's words folded the same way; the scanner reads the text lower-cased.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from relgraph.dates.lexicon import CATEGORIES, DateLexicon, alternation
from relgraph.text.normalize import lower

__all__ = ["Grammar", "build"]

S = r"[^\S\n]+"  # spaces within a line
S0 = r"[^\S\n]*"
END = r"(?![^\W\d_])"  # no letter follows
DAY = r"(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d)"
#: A year that may stand alone after a context word: 1000-2199.
YEAR4 = r"(?<!\d)(?<!\d[,.])(?:1\d|2[01])\d\d(?![^\W_]|[,.]\d)"
NUMERIC = (
    r"(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{1,2}-\d{1,2}-\d{4})"
    r"(?![\d/.-]\d)"
)
#: Categories whose words anchor an expression (with the digits).
ANCHORS = ("months", "hijri_months", "weekdays", "ordinals", "deictic", "units", "decades", "year_words")
#: How many words an expression may hold before its first anchor ("the end of the following year").
LEAD_WORDS = 6
#: The words an expression can start with (with digits and the grammar's own words below): checked first, it
#: rejects a position in one step instead of one per shape.
FIRSTS = (*ANCHORS, "qualifiers", "anaphora", "shifts", "offsets", "numbers", "range_open")
LITERALS = {"ar": ["يوم", "اليوم", "عقد", "من", "ذلك"], "en": ["the", "of"]}
#: What can follow a day or a short number inside an expression.
NUMBER_FOLLOWERS = ("months", "hijri_months", "eras", "units", "range_separators", "coordinators")
_GAP = frozenset(" \t-/(),'")
_LAST_WORD = re.compile(r"([^\W\d_]+)[^\S\n]*$")
_LOWER_WORD = re.compile(r"\b[a-z]+\.?")


@dataclass(frozen=True, slots=True, eq=False)
class Grammar:
    """A language's compiled patterns and the lexicon they were built from."""

    lexicon: DateLexicon
    scanner: re.Pattern[str]
    tokenizer: re.Pattern[str]
    anchors: Any  # ahocorasick.Automaton: anchor word -> its length
    leads: frozenset[str]  # every word an expression can hold before its first anchor
    clitics: str  # the letters that attach to a word, as one string

    def unclitic(self, word: str) -> str:
        """``word`` without one leading clitic letter ("وفي" -> "في"), if it has one."""
        return word[1:] if word[:1] and word[0] in self.clitics else word

    def expressions(self, text: str) -> Iterator[tuple[re.Match[str], tuple[int, int]]]:
        """The expressions of ``text`` as scanner matches and the span of each (clitics left out).

        A bare year or month counts after a context word ("in", "the", "في",
        "منذ"; a year also at the start of a line), and an English month name
        that is an ordinary word in lower case ("may", "march") does not count.
        """
        capitalised = self.lexicon.capitalised
        for m in self.matches(text):
            span = m.span("x" if m.group("x") is not None else "y")
            if m.group("x") is None and not (self._after_context(text, span[0]) or _heading_year(text, span)):
                continue
            if capitalised and any(w in capitalised for w in _LOWER_WORD.findall(text, *span)):
                continue
            yield m, span

    def _after_context(self, text: str, start: int) -> bool:
        before = text[max(0, start - 24) : start].rstrip(" \t")
        if not before or before.endswith("\n"):
            return text[start].isdigit()
        last = _LAST_WORD.search(before)
        word = last.group(1).lower() if last else ""
        return word in self.lexicon.contexts or self.unclitic(word) in self.lexicon.contexts

    def matches(self, text: str) -> Iterator[re.Match[str]]:
        """The scanner's matches in ``text``, in order and non-overlapping, as a full scan would find them.

        The scanner reads lower-cased text (offsets are the same; a character that
        lower-cases to two is left as it is): ``match.string`` is that text.
        """
        lowered = lower(text)
        clitics = self.clitics
        match, lead_starts = self.scanner.match, self._lead_starts
        pos = 0  # the end of the last match; positions before ``pos`` are done
        for last, length in self.anchors.iter(lowered):
            start = last - length + 1
            if start < pos or (start and text[start - 1].isdigit() and text[start].isdigit()):
                continue  # (inside a number: most anchors are digits, this is _anchored's first test, inline)
            if not _anchored(text, start, last + 1, clitics):
                continue
            for candidate in lead_starts(lowered, pos, start):
                m = match(lowered, candidate)
                if m:
                    yield m
                    break
            pos = m.end() if m else start + 1

    def _lead_starts(self, text: str, lo: int, start: int) -> list[int]:
        """``start``, after the starts of the words before it (back to ``lo``) that an expression can hold."""
        out, leads, clitics = [start], self.leads, self.clitics
        while len(out) <= LEAD_WORDS:
            end = out[-1]
            while end > lo and text[end - 1] in _GAP:
                end -= 1
            begin = text.rfind(" ", lo, end) + 1 or lo  # (rfind finds at lo or after, or nothing: -1)
            word = text[begin:end]
            if not word.isalpha():  # "(the", a line break, a number: keep the letters that end it
                letters = len(word)
                while letters and word[letters - 1].isalpha():
                    letters -= 1
                begin, word = begin + letters, word[letters:]
            if not word:
                break
            if not (
                word in leads
                or (word[0] in clitics and word[1:] in leads)  # word or unclitic(word)
                or (end == out[-1] and len(word) <= 3 and word.strip(clitics) in ("", "ا"))
            ):  # وبـ، الـ + anchor
                break
            out.append(begin)
        return out[::-1]


def build(lex: DateLexicon, *, guard: bool = True) -> Grammar:
    """Compile the scanner and the tokenizer of ``lex``'s language, with the shapes it names (``lex.shapes``).

    ``guard=False`` leaves out the scanner's first-word guard (a shortcut that
    must not change what it finds): the reference the tests compare with.
    """

    def w(*categories: str) -> str:
        return f"(?:{lex.alt(*categories)}){END}"

    # A year of three or four digits (not the tail of "2,000"), with an optional era mark ("1991م", "1436 هـ").
    year = rf"(?:(?<!\d)(?<!\d[,.])\d{{3}}|(?<!\d)\d{{4}})(?:{S0}{w('eras')})?(?![^\W_]|[,.]\d)"
    shapes = {"ar": _arabic, "en": _english}[lex.shapes](w, year)
    bare = f"{YEAR4}|{w('months')}"
    letters = "".join(sorted(lex.clitics))
    clitics = f"[{letters}]{{0,2}}?" if letters else ""
    first = alternation(lex.words(*FIRSTS) | set(LITERALS[lex.shapes]))
    # A number of one to three digits goes on with what every shape that starts with one has next: a month, an
    # era, a unit, a separator, "of" ("من"), or the punctuation of a numeric date ("15 ملفا", "300 million": no date).
    after = alternation(lex.words(*NUMBER_FOLLOWERS) | {"of", "من"})
    short = rf"\d{{1,3}}(?:st|nd|rd|th|s)?{S0}(?:[-/.]|(?:{after}){END})"
    decade = rf"(?<!\d)\d{{1,3}}0s{END}"  # "the 90s" goes on with anything
    first_word = rf"(?=\d{{4}}|{short}|{decade}|'\d|(?:{first}){END})" if guard else ""
    article = r"(?:ال(?=\d))?" if lex.shapes == "ar" else ""  # الـ15 من سبتمبر, once the tatweel is gone
    scanner = re.compile(rf"(?<![^\W_]){clitics}{article}{first_word}(?:(?P<x>{'|'.join(shapes)})|(?P<y>{bare}))")
    everything = alternation(lex.words())
    # Every match consumes a token (unknown words and characters as "other"), so finditer never retries.
    tokenizer = re.compile(
        rf"\s*(?:(?P<iso>{NUMERIC})|(?P<dec>(?<!\d)(?:\d{{3}}0|'?\d0)s){END}|(?P<num>\d+)(?:st|nd|rd|th)?"
        rf"|(?<![^\W\d_]){clitics}(?P<word>{everything}){END}|(?P<punct>[-/(),])|(?P<other>[^\W\d_]+|\S))"
    )
    import ahocorasick

    anchors = ahocorasick.Automaton()
    for word in [*lex.words(*ANCHORS), *"0123456789"]:
        anchors.add_word(word, len(word))
    anchors.make_automaton()
    words = lex.words(*(c for c in CATEGORIES if c != "contexts")) | set(LITERALS[lex.shapes])
    leads = frozenset(part for phrase in words for part in re.split(r"[\s\-/(),'.]+", phrase) if part)
    return Grammar(lex, scanner, tokenizer, anchors, leads, letters)


def _anchored(text: str, start: int, end: int, clitics: str) -> bool:
    """Whether an anchor found at ``start``..``end`` is a word (or a number) of its own, clitics allowed."""
    if text[start].isdigit():  # the first digit of a number
        return start == 0 or not text[start - 1].isdigit()
    if end < len(text) and text[end].isalpha():
        return False
    word = start
    while word > 0 and start - word < 2 and text[word - 1] in clitics:  # up to two clitics: للعام، وبالأمس
        word -= 1
    return word == 0 or not text[word - 1].isalpha()


def _english(w: Callable[..., str], year: str) -> list[str]:
    the = f"(?:the{S})?"
    day = rf"{DAY}(?:st|nd|rd|th)?{END}"
    month, weekday, ordinal = w("months"), w("weekdays"), w("ordinals")
    comma_year = f"(?:{S0},?{S0}{year})"
    dmy = f"{the}(?:{day}(?:{S}of)?|{ordinal}{S}of){S}{month}{comma_year}?"
    mdy = f"{month}{S}{the}{day}{comma_year}?"
    my = f"{month}{S0},?{S}{year}"
    hijri = f"(?:{day}{S}(?:of{S})?)?{w('hijri_months')}{S0},?{S}{year}"
    cal = f"(?:{weekday}{S0},?{S0})?(?:{NUMERIC}|{dmy}|{mdy}|{my}|{hijri})"
    shift_unit = f"(?:{w('offsets')}{S})?{w('shifts')}{S}(?:{w('units')}|{weekday}|{month})"
    decade = rf"(?:\d{{3}}0s|'?\d0s|{w('decades')}){END}"
    century = rf"{S}of{S}the{S}(?:{ordinal}|\d{{1,2}}(?:st|nd|rd|th)){S}{w('century_words')}"
    qualifier = f"{w('qualifiers')}(?:-|{S})"
    sep = f"{S0}{w('range_separators', 'coordinators')}{S0}"
    part = f"(?:{the}(?:{day}|{ordinal})(?:{S}(?:of{S})?{month})?|{month}(?:{S}{day})?){comma_year}?|{YEAR4}"
    return [
        # from 23 to 30 July 1980, between 1985 and 1989, between March and May
        f"{w('range_open')}{S}(?:{part}){sep}(?:{cal}|{YEAR4}|{month})",
        f"{month}{S}{day}{sep}{day}{comma_year}?",  # July 23-30, 1980
        f"(?:{day}(?:{S}(?:of{S})?{month})?|{month}{S}{day}){sep}{cal}",  # 23-30 July 1980; 9th November and 24th ...
        f"{YEAR4}{S0}-{S0}{YEAR4}",  # 1985-1989
        # A date, or one glossed by another: 1 Ramadan 1436 AH, corresponding to 18 June 2015
        f"{cal}(?:{S0},?{S0}{w('gloss')}{S0}{cal})?",
        # mid-2017, the end of July, late last year, the end of the year
        f"{qualifier}{the}(?:{cal}|{month}|{year}|{shift_unit}|(?<=the ){w('units')})",
        f"{the}(?:{qualifier}{the})?{decade}(?:{century})?",  # the 1980s, the late '80s
        f"{w('anaphora')}{S}(?:{w('units')}|{month}|{weekday})",  # the following September, the same day
        shift_unit,  # last month, last Tuesday, earlier this year
        w("deictic"),  # today, the day before yesterday
        rf"(?:{w('numbers')}|\d{{1,3}}|the){S}{w('units')}{S}{w('offsets')}",  # six months ago, a month earlier
        weekday,
        f"{the}{w('year_words')}{S}{year}",  # the year 1989
        rf"(?<!\d)\d{{1,4}}{S0}{w('eras')}",  # 622 AD
    ]


def _arabic(w: Callable[..., str], year: str) -> list[str]:
    one_month = w("months")
    # Paired names: مارس/آذار, أيار (مايو), يوليو تموز.
    month = rf"{one_month}(?:{S0}/{S0}{one_month}|{S0}\({S0}{one_month}{S0}\)|{S}{one_month})?"
    weekday, ordinal, year_word = w("weekdays"), w("ordinals"), w("year_words")
    shift, anaphora, unit = w("shifts"), w("anaphora"), w("units")
    day = f"(?:{DAY}{END}|(?:اليوم{S})?{ordinal})(?:{S}من)?"  # 16 / الـ16 من / الأول من / اليوم التاسع عشر من
    year_part = f"(?:{S0},?{S0}(?:من{S})?(?:{year_word}{S})?{year})"  # 2025 / عام 1988 / من عام 1989
    # سبتمبر من العام التالي، نوفمبر من العام الماضي، من نفس العام
    relative_year = f"(?:{S}(?:من{S})?(?:{year_word}{S}(?:{shift}|{anaphora})|{anaphora}{S}{year_word}))"
    prefix = f"(?:(?:هذا{S})?(?:يوم|اليوم){S})?(?:{weekday}{S0},?{S0}(?:{w('gloss')}{S0})?)?"
    gregorian = (
        f"{prefix}(?:{day}{S}{month}(?:{year_part}|{relative_year}|{S}{shift})?"
        f"|{month}(?:{year_part}|{relative_year}|{S}(?:{shift}|{anaphora})))"
    )
    hijri = f"(?:{day}{S})?{w('hijri_months')}{S0},?{S}(?:من{S})?(?:{year_word}{S})?{year}"
    cal = f"(?:{NUMERIC}|{hijri}|{gregorian})"
    unit_shift = f"(?:{unit}{S}{shift}|{shift}{S}{unit})"
    sep = f"{S0}{w('range_separators', 'coordinators')}{S0}"
    part = f"(?:{day}(?:{S}{month})?{year_part}?|{month}{year_part}?|(?:{year_word}{S})?{year})"
    return [
        # من 23 إلى 30 يوليوز 1980، بين عامي 1985 و1989
        f"{w('range_open')}{S}{part}{sep}(?:{cal}|(?:{year_word}{S})?{year}|{month}{year_part}?)",
        f"{DAY}{sep}{gregorian}",  # 23-30 يوليو 1980
        f"{YEAR4}{S0}-{S0}{YEAR4}",
        f"{cal}(?:{S0},?{S0}{w('gloss')}{S0}{cal})?",  # a date, or 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م
        # مطلع الشهر الجاري، منتصف 2017، نهاية العام
        f"{w('qualifiers')}{S}(?:{cal}|{month}|(?:{year_word}{S})?{year}|{unit_shift}|(?=ال){unit})",
        # أواخر الثمانينات، ثمانينات القرن الماضي، عقد التسعينيات
        f"(?:{w('qualifiers')}{S})?(?:عقد{S})?{w('decades')}(?:{S}(?:من{S})?{w('century_words')}{S}(?:{ordinal}|{shift}))?",
        rf"{w('offsets')}{S}ب?(?:(?:{w('numbers')}|\d{{1,3}}){S})?(?!ال){unit}(?!{S0}\d)",  # قبل ستة أشهر
        f"(?:{unit}{S}{anaphora}|{anaphora}{S}(?=ال){unit})",  # العام التالي، اليوم نفسه، نفس اليوم
        unit_shift,  # الشهر الماضي، هذا العام
        f"{w('deictic')}(?:{S0},?{S0}{weekday})?",  # أمس الأحد، أول أمس
        f"(?:يوم{S})?{weekday}(?:{S}{shift})?",  # الثلاثاء الماضي
        f"(?:{year_word}{S}{year}|(?<!\\d)\\d{{1,4}}{S0}{w('eras')})",  # عام 1949، 1991م
    ]


def _heading_year(text: str, span: tuple[int, int]) -> bool:
    """A bare year that ends its line after a comma: a section heading's date ("Relations Interrupted, 1975.")."""
    rest = text[span[1] : span[1] + 3].lstrip(".")
    return text[max(0, span[0] - 2) : span[0]].rstrip(" ") in (",", "،") and (not rest or rest[0] == "\n")
