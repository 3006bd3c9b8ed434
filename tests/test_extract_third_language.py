"""A third language from data alone: French, from a lexicon and date words in ``tests/fixtures/french``.

The steps are those of ``docs/extending.md`` ("A language"): a lexicon under the schema, date words that
borrow the English date shapes, the states' French names in the lexicon, and :class:`LexiconExtractor` over
them. No Python is added to relgraph for it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from relgraph.dates import find_dates
from relgraph.errors import LexiconError
from relgraph.extractors import Extractor
from relgraph.extractors.arabic import ArabicExtractor
from relgraph.extractors.english import EnglishExtractor
from relgraph.extractors.lexical import LexiconExtractor
from relgraph.gazetteer import Gazetteer
from relgraph.model import Article

Events = Callable[..., set[tuple[str, tuple[str, ...], str | None]]]


@pytest.fixture(scope="module")
def french(fixtures_dir: Path) -> LexiconExtractor:
    folder = fixtures_dir / "french"
    return LexiconExtractor.from_files("fr", folder / "fr.json", folder / "dates.fr.json", name="french")


def test_a_recognition_with_its_day(french: Extractor, events_of: Events) -> None:
    found = events_of(french, "La France a reconnu le Kosovo le 18 février 2008.", "fr")
    assert found == {("recognition", ("FR", "XK"), "2008-02-18")}


def test_a_visit_by_a_minister_named_by_office_and_demonym(french: Extractor) -> None:
    text = "Le ministre marocain des Affaires étrangères s'est rendu à Paris lundi."
    (visit,) = french.extract(Article("t", text, "fr", date(2024, 3, 6)))  # a Wednesday
    assert (visit.type.slug, visit.actors, visit.place) == ("visit", ("MA", "FR"), "Paris")
    assert str(visit.date) == "2024-03-04"  # lundi: the Monday before publication
    assert visit.extractor == "french"
    assert text[visit.start : visit.end] == visit.evidence


def test_the_french_words_decide_what_is_a_fact(french: Extractor, fixtures_dir: Path, events_of: Events) -> None:
    """A plan, "va reconnaître", because the lexicon's modality says so: without it, a recognition."""
    text = "La France va reconnaître le Kosovo."
    assert events_of(french, text, "fr") == set()
    folder = fixtures_dir / "french"
    data = json.loads((folder / "fr.json").read_text(encoding="utf-8"))
    del data["modality"]
    dates = json.loads((folder / "dates.fr.json").read_text(encoding="utf-8"))
    no_modality = LexiconExtractor("fr", lexicon=data, dates=dates)
    assert events_of(no_modality, text, "fr") == {("recognition", ("FR", "XK"), None)}
    assert events_of(french, "Le Maroc a reconnu le Kosovo.", "fr") == {("recognition", ("MA", "XK"), None)}


def test_french_dates_are_read_once_their_words_are_added(french: LexiconExtractor) -> None:
    assert french.lang.code == "fr"  # compiling the extractor's language adds its date words
    (found,) = find_dates("le 3 mars 1999", "fr")
    assert (found.text, str(found.date)) == ("3 mars 1999", "1999-03-03")


def test_a_language_without_date_words_is_refused_by_name(fixtures_dir: Path) -> None:
    data = json.loads((fixtures_dir / "french" / "fr.json").read_text(encoding="utf-8"))
    with pytest.raises(LexiconError, match="no date words for language 'xx'"):
        LexiconExtractor("xx", lexicon=data).extract(Article("t", "La France a reconnu le Kosovo.", "xx"))


def test_the_date_words_of_a_shipped_language_stay_as_shipped(fixtures_dir: Path) -> None:
    words = json.loads((fixtures_dir / "french" / "dates.fr.json").read_text(encoding="utf-8"))
    with pytest.raises(LexiconError, match="shipped language"):
        EnglishExtractor(dates={**words, "language": "en"}).extract(Article("t", "Qatar recognized Kosovo.", "en"))
    (found,) = find_dates("on 3 March 1999", "en")
    assert str(found.date) == "1999-03-03"


def test_a_broken_fixture_lexicon_is_named_by_its_path(fixtures_dir: Path, tmp_path: Path) -> None:
    data = json.loads((fixtures_dir / "french" / "fr.json").read_text(encoding="utf-8"))
    data["triggers"][0]["class"] = "verbe"
    lexicon = tmp_path / "fr.json"
    lexicon.write_text(json.dumps(data), encoding="utf-8")
    extractor = LexiconExtractor.from_files("fr", lexicon, fixtures_dir / "french" / "dates.fr.json")
    with pytest.raises(LexiconError, match=rf"^{tmp_path}/fr.json: triggers\[0\].class: 'verbe' is not a known value"):
        extractor.extract(Article("t", "La France a reconnu le Kosovo.", "fr"))


# -- the shipped extractors take their lexicon and gazetteer as arguments ---------------------------------------------


def test_english_over_a_tiny_lexicon(events_of: Events) -> None:
    tiny = {
        "syntax": {"clitics": False, "verb_first": False, "modifiers_first": True, "cased": True},
        "auxiliaries": ["has"],
        "triggers": [
            {"type": "recognition", "frame": "recognize", "class": "verb", "object": [""], "forms": ["acknowledged"]}
        ],
    }
    english = EnglishExtractor(lexicon=tiny)
    assert events_of(english, "Qatar acknowledged Kosovo in 2011.", "en") == {("recognition", ("QA", "XK"), "2011")}
    assert events_of(english, "Qatar recognized Kosovo in 2011.", "en") == set()  # not a trigger of this lexicon
    assert events_of(EnglishExtractor(), "Qatar recognized Kosovo in 2011.", "en") == {
        ("recognition", ("QA", "XK"), "2011")
    }


def test_arabic_over_a_gazetteer_of_its_own(events_of: Events) -> None:
    default = Gazetteer.default()
    small = Gazetteer([s for s in default if s.code != "XK"])
    text = "اعترفت قطر بكوسوفو عام 2011."
    assert events_of(ArabicExtractor(), text, "ar") == {("recognition", ("QA", "XK"), "2011")}
    assert events_of(ArabicExtractor(gazetteer=small), text, "ar") == set()  # Kosovo is not a state it knows
