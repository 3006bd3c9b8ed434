"""Fusion rules (relgraph.fusion): one test per rule, and properties over random mention sets."""

from __future__ import annotations

from datetime import date
from random import Random

from hypothesis import given
from hypothesis import strategies as st

from relgraph.fusion import fuse
from relgraph.keys import fusion_key, mention_id, pair_keys
from relgraph.model import Event, EventType, Mention, PartialDate

VISIT, MEETING, MEDIATION = EventType.VISIT, EventType.MEETING, EventType.MEDIATION
ESTABLISHED, RECOGNITION = EventType.RELATIONS_ESTABLISHED, EventType.RECOGNITION


def m(
    day: str | None, article: str = "a", kind: EventType = VISIT, actors: tuple[str, ...] = ("QA", "RU"),
    place: str | None = None, start: int = 0,
) -> Mention:  # fmt: skip
    when = None if day is None else PartialDate.parse(day)
    return Mention(article, kind, actors, when, place, "evidence", start, start + 8, 0.9, "test", "1")


def dates(events: list[Event]) -> list[str | None]:
    return [None if e.date is None else e.date.iso for e in events]


# -- same event or not -------------------------------------------------------------------------------------


def test_compatible_dates_make_one_event_with_the_most_precise_date() -> None:
    events = fuse([m("1991", "a"), m("1991-12-06", "b"), m("1991-12", "c")])
    assert len(events) == 1
    assert events[0].date == PartialDate.day(1991, 12, 6)
    assert events[0].articles == ("a", "b", "c")


def test_recurring_visits_on_different_days_stay_apart() -> None:
    events = fuse([m("1991-12-06", "a"), m("1991-12-25", "b")])
    assert dates(events) == ["1991-12-06", "1991-12-25"]
    assert [e.articles for e in events] == [("a",), ("b",)]


def test_undirected_types_match_actors_as_a_set() -> None:
    events = fuse([m("2020-05-01", "a", MEETING, ("QA", "RU")), m("2020-05-01", "b", MEETING, ("RU", "QA"))])
    assert len(events) == 1
    assert events[0].articles == ("a", "b")


def test_directed_types_need_the_same_first_actor() -> None:
    events = fuse([m("2020-05-01", "a", VISIT, ("QA", "RU")), m("2020-05-01", "b", VISIT, ("RU", "QA"))])
    assert sorted(e.actors for e in events) == [("QA", "RU"), ("RU", "QA")]


def test_directed_types_compare_the_other_actors_as_a_set() -> None:
    same = fuse([m(None, "a", MEDIATION, ("QA", "RU", "UA")), m(None, "b", MEDIATION, ("QA", "UA", "RU"))])
    other = fuse([m(None, "a", MEDIATION, ("QA", "RU", "UA")), m(None, "b", MEDIATION, ("RU", "QA", "UA"))])
    assert len(same) == 1
    assert len(other) == 2


def test_different_types_never_fuse() -> None:
    assert len(fuse([m("2020-05-01", "a", VISIT), m("2020-05-01", "a", MEETING)])) == 2


# -- once per pair ---------------------------------------------------------------------------------------------


def test_once_per_pair_events_keep_disagreeing_dates_as_alternatives() -> None:
    events = fuse([m("1988-08-01", "a", ESTABLISHED, ("QA", "SU")), m("1988-08-02", "b", ESTABLISHED, ("SU", "QA"))])
    assert len(events) == 1
    (event,) = events
    assert event.articles == ("a", "b")
    assert event.date == PartialDate.day(1988, 8, 1)  # equal precision and support: the earlier
    assert event.alternatives == (PartialDate.day(1988, 8, 2),)


def test_the_date_more_sources_support_wins_at_equal_precision() -> None:
    mentions = [m("1988-08-02", "a", ESTABLISHED), m("1988-08-01", "b", ESTABLISHED), m("1988-08-02", "c", ESTABLISHED)]
    (event,) = fuse(mentions)
    assert event.date == PartialDate.day(1988, 8, 2)
    assert event.alternatives == (PartialDate.day(1988, 8, 1),)


def test_compatible_coarse_dates_are_not_alternatives() -> None:
    (event,) = fuse([m("1988", "a", RECOGNITION), m("1988-08-01", "b", RECOGNITION), m("1989", "c", RECOGNITION)])
    assert event.date == PartialDate.day(1988, 8, 1)
    assert event.alternatives == (PartialDate.year_of(1989),)


def test_recurring_events_have_no_alternatives() -> None:
    assert all(e.alternatives == () for e in fuse([m("1988-08-01", "a"), m("1988-08-02", "b"), m("1988", "c")]))


def test_recognition_is_directed() -> None:
    assert len(fuse([m("1991", "a", RECOGNITION, ("QA", "RU")), m("1991", "b", RECOGNITION, ("RU", "QA"))])) == 2


# -- undated and coarse mentions ---------------------------------------------------------------------------


def test_an_undated_mention_joins_the_only_cluster() -> None:
    (event,) = fuse([m("2025-04-16", "a"), m(None, "b")])
    assert event.articles == ("a", "b")
    assert event.date == PartialDate.day(2025, 4, 16)


def test_undated_mentions_with_several_clusters_make_one_undated_event() -> None:
    events = fuse([m("2025-04-16", "a"), m("2024-10-02", "b"), m(None, "c"), m(None, "d")])
    assert dates(events) == ["2024-10-02", "2025-04-16", None]
    assert events[-1].articles == ("c", "d")


def test_a_coarse_mention_joins_the_only_compatible_cluster() -> None:
    events = fuse([m("1991-03-05", "a"), m("1992-06-01", "b"), m("1991", "c")])
    assert [e.articles for e in events] == [("a", "c"), ("b",)]


def test_a_coarse_mention_compatible_with_two_clusters_stands_alone() -> None:
    events = fuse([m("1991-03-05", "a"), m("1991-09-10", "b"), m("1991", "c"), m("1991", "d"), m("199X", "e")])
    assert dates(events) == ["199X", "1991", "1991-03-05", "1991-09-10"]
    assert [e.articles for e in events] == [("e",), ("c", "d"), ("a",), ("b",)]


def test_bounded_dates_fuse_by_their_interval() -> None:
    late_eighties = PartialDate.decade_of(1980, bounds=(date(1985, 1, 1), date(1989, 12, 31)))
    early = Mention("a", VISIT, ("QA", "RU"), PartialDate.decade_of(1980, (date(1980, 1, 1), date(1984, 12, 31))),
                    None, "e", 0, 1, 0.5, "t", "1")  # fmt: skip
    late = Mention("b", VISIT, ("QA", "RU"), late_eighties, None, "e", 0, 1, 0.5, "t", "1")
    events = fuse([early, late, m("1989-11", "c")])
    assert [e.articles for e in events] == [("a",), ("b", "c")]
    assert events[1].date == PartialDate.month_of(1989, 11)


# -- what the fused event says ---------------------------------------------------------------------------------


def test_the_place_is_the_most_frequent_one_ties_alphabetical() -> None:
    (event,) = fuse([m("2025", "a", place="Moscow"), m("2025", "b", place="Doha"), m("2025", "c", place="Moscow")])
    assert event.place == "Moscow"
    (tie,) = fuse([m("2025", "a", place="Moscow"), m("2025", "b", place="Doha"), m("2025", "c")])
    assert tie.place == "Doha"
    assert fuse([m("2025")])[0].place is None


def test_actors_come_from_the_mention_with_the_best_date() -> None:
    coarse = m("2020", "a", MEETING, ("RU", "QA"))
    precise = m("2020-02-03", "b", MEETING, ("QA", "RU"))
    assert fuse([coarse, precise])[0].actors == ("QA", "RU")


def test_ids_are_stable_and_distinct() -> None:
    mentions = [m("1991-12-06", "a"), m("1991-12-25", "b"), m(None, "c", ESTABLISHED)]
    first, again = fuse(mentions), fuse(list(reversed(mentions)))
    assert [e.id for e in first] == [e.id for e in again]
    assert len({e.id for e in first}) == 3


def test_a_once_per_pair_event_keeps_its_id_as_sources_are_added() -> None:
    before = fuse([m("1988", "a", ESTABLISHED)])[0].id
    after = fuse([m("1988", "a", ESTABLISHED), m("1988-08-01", "b", ESTABLISHED)])[0].id
    assert before == after


def test_events_come_in_chronological_order_undated_last() -> None:
    events = fuse([m(None, "x", MEETING), m("2001", "y"), m("1999-05-05", "z", MEDIATION, ("QA", "RU", "UA"))])
    assert dates(events) == ["1999-05-05", "2001", None]


# -- keys and ids --------------------------------------------------------------------------------------------


def test_fusion_keys_read_well_and_stay_unambiguous() -> None:
    assert fusion_key(m(None, kind=VISIT, actors=("QA", "RU"))) == "visit|QA|RU"
    assert fusion_key(m(None, kind=MEETING, actors=("RU", "QA"))) == "meeting|QA,RU"
    assert fusion_key(m(None, kind=MEDIATION, actors=("QA", "UA", "RU"))) == "mediation|QA|RU,UA"
    hostile = [("A|B", "C"), ("A", "B|C"), ("A,B", "C"), ("A", "B,C")]
    assert len({fusion_key(m(None, kind=MEETING, actors=a)) for a in hostile}) == 4


def test_pair_keys_cover_every_unordered_pair() -> None:
    assert pair_keys(["RU", "QA"]) == ("QA|RU",)
    assert pair_keys(["UA", "QA", "RU"]) == ("QA|RU", "QA|UA", "RU|UA")
    assert pair_keys(["A|B", "C"]) == ("A%7CB|C",)


def test_mention_ids_depend_on_everything_the_mention_says() -> None:
    base = m("2025-04-16")
    assert mention_id(base) == mention_id(m("2025-04-16"))
    variants = [m("2025-04-17"), m("2025-04-16", "b"), m("2025-04-16", start=3), m("2025-04-16", place="Doha")]
    assert len({mention_id(v) for v in [base, *variants]}) == 5


# -- properties over random mention sets ---------------------------------------------------------------------

_dates = st.sampled_from([None, "1988", "1988-08", "1988-08-01", "1988-08-02", "1991", "1991-12-06", "198X"])
_mentions = st.builds(
    m,
    _dates,
    st.sampled_from(["a", "b", "c"]),
    st.sampled_from([VISIT, MEETING, ESTABLISHED, RECOGNITION]),
    st.sampled_from([("QA", "RU"), ("RU", "QA"), ("QA", "SU")]),
    st.sampled_from([None, "Doha", "Moscow"]),
    st.integers(0, 3),
)


@given(st.lists(_mentions, max_size=14), st.randoms())
def test_fusion_does_not_depend_on_input_order(mentions: list[Mention], rnd: Random) -> None:
    shuffled = list(mentions)
    rnd.shuffle(shuffled)
    assert fuse(shuffled) == fuse(mentions)


@given(st.lists(_mentions, max_size=14))
def test_every_mention_lands_in_one_event_of_its_key(mentions: list[Mention]) -> None:
    events = fuse(mentions)
    assert sorted(map(mention_id, mentions)) == sorted(mention_id(x) for e in events for x in e.mentions)
    for e in events:
        assert len({fusion_key(x) for x in e.mentions}) == 1
        dated = [x.date for x in e.mentions if x.date is not None]
        assert e.date is None if not dated else e.date in dated
        assert not any(x.more_precise_than(e.date) for x in dated if e.date is not None)
        if not e.type.once_per_pair:
            assert e.alternatives == ()
            assert all(x.compatible(e.date) for x in dated if e.date is not None)
    assert len({e.id for e in events}) == len(events)


def _clusters_by_comparison(mentions: list[Mention]) -> list[list[Mention]]:
    """The clustering rule stated plainly (every mention against every cluster), to check the indexed one."""
    clusters: list[list[Mention]] = []
    for m in mentions:
        candidates = [c for c in clusters if m.date is None or c[0].date is None or m.date.compatible(c[0].date)]
        if len(candidates) != 1:
            candidates = [c for c in candidates if c[0].date == m.date]
        if candidates:
            candidates[0].append(m)
        else:
            clusters.append([m])
    return clusters


_DATES = st.one_of(
    st.none(),
    st.builds(PartialDate.day, st.integers(1990, 1992), st.integers(1, 12), st.integers(1, 28)),
    st.builds(PartialDate.month_of, st.integers(1990, 1992), st.integers(1, 12)),
    st.builds(PartialDate.year_of, st.integers(1990, 1992)),
    st.builds(PartialDate.decade_of, st.just(1990)),
)


@given(st.lists(_DATES, max_size=40))
def test_the_indexed_clustering_equals_comparing_every_cluster(dates: list[PartialDate | None]) -> None:
    from relgraph.fusion import _clusters, _finest_first

    mentions = sorted(
        (
            Mention(f"a{i}", EventType.VISIT, ("QA", "RU"), d, None, "x", 0, 1, 0.8, "t", "1")
            for i, d in enumerate(dates)
        ),
        key=_finest_first,
    )
    assert _clusters(mentions) == _clusters_by_comparison(mentions)
