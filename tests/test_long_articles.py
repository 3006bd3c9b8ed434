"""What an article costs: its length (the per-sentence lookups are by position), not fixed costs paid again.

How long a long article takes is measured by ``benchmarks/long_article.py`` (100 KB, 1 MB and
4.9 MB, as ratios), and articles per CPU second through the CLI by ``benchmarks/realtext.py``;
these tests hold the lookups that made it quadratic to the plain definition, and the extractor
lookup to once per process.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relgraph import api, extractors
from relgraph.dates import TimeExpression
from relgraph.extractors.language import language
from relgraph.extractors.reading import Reading, read
from relgraph.model import Article

_PIECES = {
    "en": [
        "Egypt hosted talks with Jordan",
        " on 3 May 2024",
        " in 1988",
        " yesterday",
        " last month",
        " two days after the visit",
        " in the late 1980s",
        ". ",
        "; ",
        "\n",
        " and Qatar",
        " the following year",
    ],
    "ar": [
        "استقبلت مصر وفدا من الأردن",
        " في 3 مايو 2024",
        " عام 1988",
        " أمس",
        " الشهر الماضي",
        " بعد الزيارة بيومين",
        " في أواخر الثمانينات",
        ". ",
        "، ",
        "\n",
        " وقطر",
        " في العام التالي",
    ],
}


def _plain_dates_in(reading: Reading, sentence: tuple[int, int]) -> list[TimeExpression]:
    """``Reading.dates_in`` as it is defined: every date within the sentence, scanned from the first."""
    start, end = sentence
    anchored = reading.lang.pattern("event_anchored")
    return [
        d
        for d in reading.dates
        if start <= d.start and d.end <= end and anchored.match(reading.low, d.start, min(end, d.end + 4)) is None
    ]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["en", "ar"]), st.data())
def test_the_dates_of_a_sentence_are_those_within_it(lang: str, data: st.DataObject) -> None:
    text = "".join(data.draw(st.lists(st.sampled_from(_PIECES[lang]), min_size=1, max_size=40)))
    reading = read(Article("t", text, lang, date(2024, 5, 16)), language(lang))
    assert [d.start for d in reading.dates] == sorted(d.start for d in reading.dates)  # what the lookup needs
    for sentence in [*reading.sentences, (0, len(reading.text)), (0, 0)]:
        assert reading.dates_in(sentence) == _plain_dates_in(reading, sentence)


def test_a_long_article_finds_the_dates_of_each_sentence() -> None:
    sentence = "Egypt hosted talks with Jordan on 3 May 2024 and again in 1988. "
    reading = read(Article("t", sentence * 500, "en", date(2024, 5, 16)), language("en"))
    assert len(reading.dates) == 1000
    assert len(reading.sentences) == 500
    last = reading.sentences[-1]
    assert [d.text for d in reading.dates_in(last)] == ["3 May 2024", "1988"]
    assert reading.dates_in(last) == _plain_dates_in(reading, last)


def test_the_installed_extractors_are_looked_up_once_per_process_not_per_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scans = []
    real = extractors.entry_points

    def counted(**selection: str) -> object:
        scans.append(selection)
        return real(**selection)

    monkeypatch.setattr(extractors, "entry_points", counted)
    extractors.extractor_for.cache_clear()
    texts = [f"The foreign minister of Egypt visited Amman on {day} May 2024." for day in range(1, 6)]
    found = [api.extract_article(Article(f"a{i}", text, "en", date(2024, 5, 16))) for i, text in enumerate(texts)]
    first = len(scans)
    found += [api.extract_article(Article(f"b{i}", text, "en", date(2024, 5, 16))) for i, text in enumerate(texts)]
    assert all(item.mentions for item in found)
    assert {item.extractor for item in found} == {"english/" + extractors.extractor_for("en").version}
    assert first >= 1  # the registry was read: for the first article
    assert len(scans) == first  # and not again for the nine after it
