"""Orthographic normalisation with offsets, and sentence splitting, Arabic and English."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relgraph.text.normalize import _PAIRS, _TABLE, fold, lower, normalize
from relgraph.text.sentences import split_sentences


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("أحمد إبراهيم آمنة ٱلله", "احمد ابراهيم امنه الله"),  # hamza and madda on alef, wasla
        ("مسؤول مسئول", "مسءول مسءول"),  # hamza on waw and on yaa fold together
        ("السفارة السفاره", "السفاره السفاره"),  # taa marbuta and haa
        ("مستشفى مستشفي", "مستشفي مستشفي"),  # alef maqsura and yaa
        ("أُسِّسَتْ العلاقاتُ", "اسست العلاقات"),  # diacritics
        ("الرئيـــس", "الرءيس"),  # tatweel
        ("١٩٨٨ ۱۹۸۹", "1988 1989"),  # Arabic-Indic and Persian digits
        ("نعم، لا؛ ماذا؟", "نعم, لا; ماذا?"),  # Arabic punctuation
        ("«قطر» “Qatar” ‘x’", '"قطر" "qatar" \'x\''),  # quotation marks
        ("ﻻ بأس", "لا باس"),  # lam-alef ligature, expanded
        ("ک ی", "ك ي"),  # Persian letters
    ],
)
def test_fold(written: str, folded: str) -> None:
    assert fold(written) == folded


def test_the_fast_translation_equals_str_translate() -> None:
    """The chained replacements never feed one another: no replacement contains a character that is replaced."""
    replaced = {old for old, _ in _PAIRS}
    assert not any(ch in replaced for _, new in _PAIRS for ch in new)
    sample = "أُسِّسَتْ ﻻ ١٩٨٨ «قطر» مسؤول ـــ ﬁne\u200b"
    assert normalize(sample).text == sample.translate(_TABLE)


def test_offsets_map_back_through_deletions_and_expansions() -> None:
    text = "قالَ: ﻻ أُسِّسَتْ في ١٩٨٨ـ"
    norm = normalize(text)
    start = norm.text.index("1988")
    lo, hi = norm.original_span(start, start + 4)
    assert text[lo:hi] == "١٩٨٨ـ"  # the trailing tatweel belongs to the word
    start = norm.text.index("لا")
    assert norm.original_span(start, start + 2) == (text.index("ﻻ"), text.index("ﻻ") + 1)


@given(st.text(alphabet=st.sampled_from(list("abc أإآةىـًٌَّ ﻻﻷ\u200b١٢ﬁ،.\n")), max_size=40))
def test_every_normalised_character_points_at_its_origin(text: str) -> None:
    norm = normalize(text)
    expected: list[int] = []
    for i, ch in enumerate(text):
        expected += [i] * len(_TABLE.get(ord(ch), ch))
    assert [norm.original_offset(j) for j in range(len(norm.text))] == expected


@given(st.text(max_size=60))
def test_lower_keeps_the_length(text: str) -> None:
    assert len(lower(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Mr. Blinken visited Doha. He met the Emir.", ["Mr. Blinken visited Doha.", "He met the Emir."]),
        ("The U.S. Embassy reopened. Talks resumed.", ["The U.S. Embassy reopened.", "Talks resumed."]),
        ("Trade rose 1.3 percent. Exports fell.", ["Trade rose 1.3 percent.", "Exports fell."]),
        ("زار الوزير موسكو. ثم عاد إلى الرياض? نعم", ["زار الوزير موسكو.", "ثم عاد إلى الرياض?", "نعم"]),
        ("عنوان بلا نقطة\nوالنص يبدأ هنا.", ["عنوان بلا نقطة", "والنص يبدأ هنا."]),
        ("مصر..«السادات» يزور", ["مصر..", "«السادات» يزور"]),
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences


@given(st.text(max_size=200))
def test_sentences_are_ordered_trimmed_substrings(text: str) -> None:
    last = 0
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        assert s.start >= last
        last = s.end


def test_a_wire_line_wrapped_before_a_capitalised_word_reads_as_a_space() -> None:
    from relgraph.text import normalize

    text = (
        "Mr Balladur, who also had private talks with U.K. Prime\nMinister Margaret Thatcher, left.\n"
        "Short Heading\nThe text.\n    Indented paragraph\nآخر سطر عربي طويل بما يكفي ليتجاوز الحد المطلوب تماما\nNext"
    )
    norm = normalize(text).text
    assert "U.K. Prime Minister Margaret" in norm  # a full line of wire copy goes on
    assert "Short Heading\nThe text." in norm  # a heading is short
    assert "تماما\nNext" in norm  # not after Arabic script
    assert len(norm) == len(text)


def test_a_soft_line_wrap_reads_as_a_space_and_keeps_offsets() -> None:
    from relgraph.text import normalize

    text = "Chile and Peru signed two\ncooperation treaties.\nThe End\n\nNext"
    norm = normalize(text)
    assert norm.text == "Chile and Peru signed two cooperation treaties.\nThe End\n\nNext"
    assert len(norm.text) == len(text)
