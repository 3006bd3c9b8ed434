"""What holds for both extractors: any input is read without error into well-formed mentions, and the
sample and the development set score as issue 4 requires (those read ``../shared/`` and skip without it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relgraph.extractors import get_extractor
from relgraph.model import Article

SHARED = Path(__file__).resolve().parents[2] / "shared"
PUBLISHED = date(2025, 4, 16)
#: Words and phrases each extractor knows (and some it does not), to assemble texts that do give mentions.
WORDS = {
    "english": [
        "Qatar",
        "the U.S.",
        "Egypt's",
        "Egyptian President",
        "visited",
        "met",
        "with",
        "in",
        "1988",
        "on Monday",
        "established",
        "diplomatic relations",
        "embassy",
        "recalled its ambassador from",
        "will",
        "not",
        "the two countries",
        "Russia",
        "Moscow",
        ",",
        ".",
        "\n",
        "and",
        "signed a treaty",
        "recognized",
        "expelled",
        "diplomats",
        "“",
        "ﬁ",
        "\u00a0",
    ],
    "arabic": [
        "قطر",
        "وروسيا",
        "زار",
        "الدوحة",
        "موسكو",
        "في",
        "عام 1988",
        "أقامت",
        "العلاقات الدبلوماسية",
        "مع",
        "بين",
        "سفارتها",
        "سيزور",
        "لم",
        "البلدين",
        "وزير الخارجية القطري",
        "استقبل",
        "أمس",
        "،",
        ".",
        "\n",
        "ﻻ",
        "ـ",
        "َ",
    ],
}
LANG = {"english": "en", "arabic": "ar"}


def check(name: str, text: str, published: date | None) -> None:
    """Every mention quotes the original text at its offsets, names two or more distinct states, and is not
    dated after the article was published."""
    for m in get_extractor(name).extract(Article("t", text, LANG[name], published)):
        assert text[m.start : m.end] == m.evidence
        assert len(set(m.actors)) == len(m.actors) >= 2
        assert published is None or m.date is None or m.date.earliest <= published


@pytest.mark.parametrize("name", sorted(WORDS))
@settings(max_examples=150, deadline=None)
@given(text=st.text())
def test_any_text_is_read_without_error(name: str, text: str) -> None:
    check(name, text, PUBLISHED)


@pytest.mark.parametrize("name", sorted(WORDS))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_mentions_of_any_wording_are_well_formed(name: str, data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(WORDS[name]), max_size=30))
    check(name, " ".join(words), data.draw(st.sampled_from([None, PUBLISHED])))


def overall(name: str, corpus: str) -> dict[str, object]:
    from relgraph.evaluation import evaluate, read_gold

    extractor = get_extractor(name)
    gold = [g for g in read_gold(SHARED / "corpus" / corpus) if g.article.lang == LANG[name]]
    return evaluate(gold, {g.article.id: extractor.extract(g.article) for g in gold}).rows()[-1]


needs_corpus = pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus is not here")


@needs_corpus
def test_the_sample_article_is_extracted_exactly() -> None:
    row = overall("arabic", "seed.jsonl")
    assert (row["type"], row["strict_p"], row["strict_r"]) == ("overall", 1.0, 1.0)


@needs_corpus
# A ratchet: the floors are what the extractors measure on the 66-article development set, raised as they improve
# (never lowered). The target is 0.90 strict F1 in each language.
@pytest.mark.parametrize(("name", "f1", "precision"), [("arabic", 0.93, 0.96), ("english", 0.905, 0.945)])
def test_development_set_scores(name: str, f1: float, precision: float) -> None:
    row = overall(name, "dev.jsonl")
    assert row["type"] == "overall"
    assert row["strict_f1"] >= f1  # type: ignore[operator]
    assert row["strict_p"] >= precision  # type: ignore[operator]
