"""Sport and leisure: talks, trips and meetings that are no diplomacy (the language's ``off_domain`` words), told by
their sentence or by the whole article, and holidays (``leisure``), a head of state's or government's excepted."""

from __future__ import annotations

from relgraph.extractors.reading import Reading
from relgraph.extractors.sieve import at_least, found_in

_SPORTS_WORDS = (5, 500)  # a sports report: at least 5 sports words (off_domain), and one per 500 characters


def sport(reading: Reading, sentence: tuple[int, int], sports: dict[str, bool]) -> str | None:
    """Why talks or a trip are sport: a sports word in the sentence, or the whole article a sports report
    ("تلتقي المكسيك مع بنما غدا": a fixture); ``sports`` keeps the article's answer."""
    if found_in(reading.lang.pattern("off_domain"), reading.low, *sentence):
        return "sport in its sentence (off_domain)"
    if "report" not in sports:
        sports["report"] = sports_report(reading)
    return "a sports report (off_domain all through the article)" if sports["report"] else None


def sports_report(reading: Reading) -> bool:
    """Whether the article is about sport: its fixtures and team trips are no diplomacy."""
    least, chars = _SPORTS_WORDS
    needed = max(least, len(reading.low) // chars)
    return at_least(reading.lang.pattern("off_domain"), reading.low, needed)


def leisure(reading: Reading, sentence: tuple[int, int]) -> bool:
    """A holiday or a tourist trip in the sentence (``leisure``): a visit only for a head of state or government."""
    return found_in(reading.lang.pattern("leisure"), reading.low, *sentence)
