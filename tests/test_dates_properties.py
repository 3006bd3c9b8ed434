"""Properties of relgraph.dates on any text: it never raises, spans are exact and ordered, dates are real."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relgraph.dates import find_dateline, find_dates, parse_date
from relgraph.dates.grammar import build
from relgraph.dates.lexicon import LANGUAGES, load
from relgraph.text import normalize

# Words the grammar knows, in both languages, with digits and the punctuation dates use: random sequences of
# them reach far more of the grammar than random characters do.
_WORDS = sorted({w for lang in LANGUAGES for w in load(lang).words()})
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.integers(0, 3000).map(str),
    st.sampled_from(["-", "/", ",", "(", ")", ".", "'", "\n", "هـ", "م", "th", "s", "1991م", "2015-08-10"]),
    st.text(max_size=3),
)
DATEISH = st.lists(_PIECES, max_size=25).flatmap(
    lambda pieces: st.lists(st.sampled_from([" ", "", "  "]), min_size=len(pieces), max_size=len(pieces)).map(
        lambda gaps: "".join(p + g for p, g in zip(pieces, gaps, strict=True))
    )
)
PUBLISHED = st.one_of(st.none(), st.dates(), st.sampled_from([date.min, date.max, date(2025, 4, 16)]))
LANGS = st.sampled_from(LANGUAGES)


def _check(text: str, lang: str, published: date | None) -> None:
    found = find_dates(text, lang, published)
    end = 0
    for e in found:
        assert end <= e.start < e.end <= len(text)
        assert e.text == text[e.start : e.end]
        if e.date is not None:
            assert 1 <= e.date.earliest.year <= e.date.latest.year <= 9999
        end = e.end


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), LANGS, PUBLISHED)
def test_any_text_gives_exact_ordered_spans(text: str, lang: str, published: date | None) -> None:
    _check(text, lang, published)
    _check(normalize(text).text, lang, published)


@pytest.mark.slow
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(DATEISH, LANGS, PUBLISHED)
def test_date_like_text_gives_exact_ordered_spans(text: str, lang: str, published: date | None) -> None:
    _check(text, lang, published)
    parse_date(text, lang, published)
    find_dateline(text, lang)


_GRAMMARS = {lang: build(load(lang)) for lang in LANGUAGES}
_UNGUARDED = {lang: build(load(lang), guard=False) for lang in LANGUAGES}


@pytest.mark.slow
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(DATEISH, LANGS)
def test_scanning_near_anchors_finds_what_a_full_scan_finds(text: str, lang: str) -> None:
    """Both shortcuts (scanning only near anchors, the first-word guard) leave the matches as they are."""
    text = normalize(text).text
    near_anchors = [m.span() for m in _GRAMMARS[lang].matches(text)]
    full = [m.span() for m in _UNGUARDED[lang].scanner.finditer(text.lower())]
    assert near_anchors == full
