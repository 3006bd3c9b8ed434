"""The extractors' fast paths give what the plain reading gives, and the same in every process."""

from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relgraph.extractors import get_extractor
from relgraph.extractors.language import language
from relgraph.extractors.persons import _name_matches
from relgraph.extractors.positions import _LAST_WORD, Words, _last_word
from relgraph.extractors.reading import read
from relgraph.extractors.rules import RuleExtractor
from relgraph.extractors.scanning import Entry, Hit, _without_overlaps, spaced
from relgraph.extractors.sieve import any_in, at_least, found_in, last_word_in, required
from relgraph.model import Article
from relgraph.text.normalize import _FULL_LINE, _unwrapped
from relgraph.text.sentences import _ABBREVIATIONS, _is_abbreviation, sentence_spans, split_sentences

_GROUP_SENTENCES = (
    ("english", "en", "The GCC states established diplomatic relations with Cuba in 1993."),
    ("arabic", "ar", "أقامت دول مجلس التعاون الخليجي علاقات دبلوماسية مع كوبا عام 1993."),
)
_SCRIPT = """
import json, sys
from relgraph.extractors import get_extractor
from relgraph.model import Article
out = []
for name, lang, text in json.loads(sys.argv[1]):
    out.append([m.to_json() for m in get_extractor(name).extract(Article("t", text, lang))])
print(json.dumps(out))
"""


@pytest.mark.slow
def test_group_members_come_out_in_the_same_order_whatever_the_hash_seed() -> None:
    runs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _SCRIPT, json.dumps(_GROUP_SENTENCES)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(done.stdout))
    assert all(len(found) >= 2 for found in runs[0])  # a group makes one event per member
    assert runs[0] == runs[1] == runs[2]


@given(st.lists(st.sampled_from([*"ab .?!\n\"')\t", "Dr", "U.S", "..", "قطر"]), max_size=30).map("".join))
def test_a_text_splits_into_the_sentences_of_its_lines(text: str) -> None:
    """Sentences never cross a line: splitting the whole text gives what splitting it line by line gives."""
    by_line: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        by_line += [(offset + s, offset + e) for s, e in sentence_spans(line)]
        offset += len(line) + 1
    assert sentence_spans(text) == by_line
    assert [(s.start, s.end) for s in split_sentences(text)] == by_line


@given(
    st.text(alphabet="وفبلاx -", max_size=40),
    st.lists(st.text(alphabet="وفبلاx -", min_size=1, max_size=5), min_size=1, max_size=4, unique=True),
)
def test_names_are_found_where_a_regular_expression_finds_them(text: str, names: list[str]) -> None:
    names.sort(key=len, reverse=True)
    pattern = re.compile(r"(?<![^\W_])(?:[وفبل]{0,2})?(" + "|".join(map(re.escape, names)) + r")(?![^\W_])")
    expected = [(m.start(), m.start(1), m.end(1)) for m in pattern.finditer(text)]
    assert _name_matches(text, names, frozenset("وفبل")) == expected


_WORDY = st.lists(st.sampled_from(["ab", "_", "1", " ", "   ", ".", "-", "\n", "\u00a0", "قطر", "²"]), max_size=80)


@given(_WORDY.map("".join) | st.text(max_size=120), st.integers(0, 160), st.integers(0, 160), st.integers(0, 4))
def test_words_are_the_words_a_regular_expression_finds(text: str, a: int, b: int, n: int) -> None:
    words, found = Words(text), re.compile(r"[^\W_]+").findall(text, a, b)
    assert words.between(a, b) == found
    assert words.count(a, b) == len(found)
    assert words.within(a, b, n) is (len(found) <= n)


def test_a_city_the_lexicon_spells_two_ways_is_read_once_and_stays_a_city() -> None:
    """ "St Petersburg" and "St. Petersburg" fold alike: one hit, not two (the second made the first a capital)."""
    english = get_extractor("english")
    assert isinstance(english, RuleExtractor)
    article = Article("t", "Egypt opened an embassy in St Petersburg in 2019.", "en", date(2024, 5, 16))
    hits = [h for h in english.lang.lexicon.scan(article.text.lower(), article.text) if h.entry.kind == "place"]
    assert len(hits) == 1
    assert [(a.kind, a.codes) for a in read(article, english.lang).actors] == [("name", ("EG",)), ("city", ("RU",))]


def _overlaps_resolved_one_by_one(hits: list[Hit]) -> list[Hit]:
    """The reference: every hit, longest first, taken unless it overlaps one taken (the very same span is kept)."""
    kept: list[Hit] = []
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if all((k.start, k.end) == (h.start, h.end) or k.end <= h.start or h.end <= k.start for k in kept):
            kept.append(h)
    return sorted(kept, key=lambda h: (h.start, h.end))


_SPANS = st.tuples(st.integers(0, 30), st.integers(1, 6)).map(lambda s: (s[0], s[0] + s[1]))


@given(st.lists(_SPANS, max_size=25))
def test_overlapping_hits_are_sorted_out_as_one_by_one(spans: list[tuple[int, int]]) -> None:
    hits = [Hit(s, e, "", "", Entry(str(i), "prep", i)) for i, (s, e) in enumerate(spans)]
    assert _without_overlaps(list(hits)) == _overlaps_resolved_one_by_one(hits)


def test_an_extractor_that_has_read_an_article_can_be_sent_to_another_process() -> None:
    """Its caches (kept beside it, not on it) do not stop it being pickled, as a worker pool may need."""
    texts = {"arabic": "زار أمير قطر موسكو في 3 مايو 1988.", "english": "Qatar's Emir visited Moscow in 1988."}
    for name, text in texts.items():
        extractor, article = get_extractor(name), Article("t", text, None, date(2024, 5, 16))
        assert extractor.extract(article)
        assert pickle.loads(pickle.dumps(extractor)).extract(article) == extractor.extract(article)


@given(st.text(st.characters(max_codepoint=127)) | st.text())
def test_spaced_text_keeps_letters_digits_and_spaces_in_ascii_and_beyond(text: str) -> None:
    """The ASCII table gives what the regex gives: every character but a letter, a digit or a space is a space."""
    assert spaced(text) == re.sub(r"[^\w ]|_", " ", text)


@given(
    st.lists(
        st.sampled_from([*"aZ. (\n'", "dr", "Sept", "approx", "U.S", "messrs", "embassies", "x" * 70]),
        min_size=1,
        max_size=12,
    ).map("".join)
)
def test_a_full_stop_ends_an_abbreviation_as_the_plain_rule_says(text: str) -> None:
    """The early answer for long words agrees with the rule: the word before the dot is initials or a known
    abbreviation, ending in a Latin letter."""
    dot = len(text)
    text += "."
    token = text[max(0, dot - 64) : dot].rsplit(None, 1)[-1].lstrip("(\"'") if text[:dot].strip() else ""
    plain = (
        text[dot - 1].isascii()
        and text[dot - 1].isalpha()
        and (re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", token) is not None or token.lower() in _ABBREVIATIONS)
    )
    assert _is_abbreviation(text, dot) == plain


@given(st.text(st.sampled_from([*"ab1_ -.,\n\t\u00a0\u2003\x1cوال٣\u200f"])), st.data())
def test_the_last_word_is_the_one_a_regular_expression_finds(text: str, data: st.DataObject) -> None:
    """Found from the end, the word before a position is the one ``_LAST_WORD.search`` finds (spaces and word
    letters as the regex engine has them, the stretch cut where it starts)."""
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    found = _LAST_WORD.search(text, lo, hi)
    assert _last_word(text, lo, hi) == (found.group(1) if found else None)


_OFF_DOMAIN = {lang: language(lang).pattern("off_domain") for lang in ("ar", "en")}
_PATTERNS = [
    *_OFF_DOMAIN.values(),
    re.compile(r"\b(?:ab|a-?bc)+d\b"),
    re.compile(r"x(?:ab|cd){2,}y?"),
    re.compile(r"(?:qu|q)(?=u)u*"),
]
_PIECES = [
    *sorted({s for p in _PATTERNS for s in required(p) or ()}),
    *"abcdxyquو ل",
    "ال",
    " ",
    "-",
    "\n",
    "كرة القدم",
    "semi-final",
]


@given(
    st.sampled_from(_PATTERNS),
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.integers(1, 8),
)
def test_a_pattern_is_found_n_times_where_running_it_finds_it_n_times(
    pattern: re.Pattern[str], text: str, n: int
) -> None:
    assert at_least(pattern, text, n) == (sum(1 for _ in pattern.finditer(text)) >= n)


@given(st.sampled_from(_PATTERNS), st.lists(st.sampled_from(_PIECES), max_size=40).map("".join), st.data())
def test_a_pattern_is_found_in_a_stretch_where_searching_the_stretch_finds_it(
    pattern: re.Pattern[str], text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert found_in(pattern, text, start, end) == (pattern.search(text, start, end) is not None)


@given(
    st.frozensets(st.sampled_from(["ab", "b", "cd", "سيقوم", "ستتم", ""]), max_size=3),
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.data(),
)
def test_a_set_of_strings_is_in_a_stretch_where_one_of_them_is(
    strings: frozenset[str], text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text) + 2))
    end = data.draw(st.integers(0, len(text) + 2))
    expected = any(s in text[start:end] for s in strings) or not strings or "" in strings  # (can't tell: True)
    assert any_in(strings, text, start, end) == expected


def test_the_strings_a_pattern_requires_are_in_every_match_and_none_are_told_where_none_is_fixed() -> None:
    assert required(re.compile(r"x(?:ab|cd)+y")) == {"ab", "cd"}
    assert required(re.compile(r"semi-?final")) == {"final"}
    assert {"منتخب", "world cup"} <= (required(_OFF_DOMAIN["ar"]) or set()) | (required(_OFF_DOMAIN["en"]) or set())
    for nothing_fixed in (r"\d+", r"a?b*", r"(?i)abc", r"(?:ab|\w)c?", r"(?=abc)\w"):
        assert required(re.compile(nothing_fixed)) is None, nothing_fixed
    assert at_least(re.compile(r"(?i)ab"), "AB ab", 2)  # run as it is


def _unwrapped_by_characters(text: str) -> str:
    """The reference: every soft wrap's newline turned into a space, one character at a time."""
    chars = list(text)
    for i, char in enumerate(text):
        if char != "\n" or not i or not (text[i - 1].isalnum() or text[i - 1] == ","):
            continue
        lower_next = "a" <= text[i + 1 : i + 2] <= "z"
        line = i - text.rfind("\n", 0, i)  # a full line of Latin script, then a capitalised word: "Prime\nMinister"
        capital_next = text[i - 1] in _LATIN and "A" <= text[i + 1 : i + 2] <= "Z" and "a" <= text[i + 2 : i + 3] <= "z"
        if lower_next or (capital_next and line > _FULL_LINE):
            chars[i] = " "
    return "".join(chars)


_LATIN = set("abcdefghijklmnopqrstuvwxyz,")


@given(
    st.lists(st.sampled_from(["\n", "a", "B", "Ba", ",", ".", " ", "7", "ب", "wire", "a" * 40]), max_size=40).map(
        "".join
    )
)
def test_soft_wraps_become_spaces_as_one_character_at_a_time(text: str) -> None:
    assert _unwrapped(text) == _unwrapped_by_characters(text)
    assert len(_unwrapped(text)) == len(text)


@given(st.lists(st.sampled_from(["that", "than", "thatch", "a", " ", ",", "إن"]), max_size=30).map("".join))
def test_the_last_word_of_a_set_is_found_as_a_scan_of_every_word_finds_it(text: str) -> None:
    words = frozenset({"that", "إن"})
    by_scan = [m.start() for m in re.finditer(r"[^\W_]+", text) if m.group() in words]
    assert last_word_in(words, text, 0, len(text)) == (by_scan[-1] if by_scan else -1)
