"""Who acts for a state on an event's day: the persons a mention names, with the gazetteer's id of the one who held
office then, and officials the text calls former.

The gazetteer knows heads of state and government and foreign ministers, not every office they held before or
after: a name it knows, long after its bearer's last term, may be someone else's ("Carter" in 2015 is the defense
secretary, not the president of 1977-81), and the bearer may hold another office (a climate envoy, the head of a
council). So the terms decide the id, never whether the person acts for the state.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from relgraph.extractors.kinds import RefKind
from relgraph.extractors.language import Language
from relgraph.extractors.reading import ActorRef, Reading, named_person
from relgraph.extractors.roles import Candidate
from relgraph.extractors.site import Site
from relgraph.gazetteer import Gazetteer, Person
from relgraph.model import ActingPerson

__all__ = ["acting_persons", "former"]

#: How long after a term's end news may still tell of the person's acts in office without a date of their own, and
#: how long a term's given end may be off for an act dated after it: within these the name is still theirs.
_LATE_NEWS = timedelta(days=365)
_TERM_SLACK = timedelta(days=31)


def acting_persons(
    gazetteer: Gazetteer,
    reading: Reading,
    candidate: Candidate,
    actors: Sequence[str],
    written: Callable[[tuple[str, ...]], tuple[str, ...]],
    day: date | None,
    sentence: tuple[int, int],
) -> tuple[ActingPerson, ...]:
    """The persons the references the candidate used in its ``sentence`` name, each acting for one of ``actors``
    (its state as ``written`` for the event's day), with the gazetteer's id where it knows who held the office
    then."""
    found: dict[tuple[str, str], ActingPerson] = {}
    s_lo, s_hi = sentence
    when = day or reading.article.published
    for ref in candidate.used:
        named = named_person(reading, ref) if len(ref.codes) == 1 and s_lo <= ref.start < s_hi else None
        if named is None:
            continue
        state = next(iter(written(ref.codes)), "")
        name, office = named
        person_id = _person_id(gazetteer, name, ref.codes[0], when, _LATE_NEWS if day is None else _TERM_SLACK)
        if state in actors and (person_id is not None or _plausible_name(name, reading.lang)):
            found.setdefault((state, name), ActingPerson(name, state, office, person_id))
    return tuple(found.values())


def _person_id(gazetteer: Gazetteer, name: str, state: str, when: date | None, slack: timedelta) -> str | None:
    """The gazetteer's id of the one person it knows by ``name`` who acted for ``state`` (when ``when`` is known:
    in office within ``slack`` of it; "Carter" in 2015 is not the president of 1977–81)."""
    ids = {p.id for p in gazetteer.person(name) if state in p.states and _in_office(p, state, when, slack)}
    return ids.pop() if len(ids) == 1 else None


def _in_office(person: Person, state: str, when: date | None, slack: timedelta) -> bool:
    """Whether ``person`` held an office for ``state`` on ``when`` or before it (within ``slack`` after the term's
    end): a future president's acts as an envoy are his; "Carter" decades after the term is someone else."""
    return when is None or any(
        code == state and (end is None or when <= end + slack) for code, _, end in person.spans()
    )


def _plausible_name(name: str, lang: Language) -> bool:
    """Whether a name the gazetteer does not know is likely one: in a script without capitals, where any word
    after an office may be taken for a name ("بمناسبة", "وتلقى"), two words or more, not opening with a
    conjunction ("وعقد معه")."""
    words = name.split()
    return lang.cased or (len(words) >= 2 and not lang.has("conjunctions", words[0][:1]))


def former(site: Site, ref: ActorRef) -> bool:
    """``ref`` is an official the text calls former ("former President Carter", "الرئيس الأمريكي الأسبق"): the
    language's ``former_markers`` in its span or the word right before or after it. In a report of the day he
    acts for no state; in a dated account of the past, he held the office then."""
    if ref.kind not in (RefKind.OFFICIAL, RefKind.OFFICE, RefKind.PERSON):
        return False
    words, markers = site.reading.words_between, site.lang.words["former_markers"]
    near = [
        *words(max(0, ref.start - 16), ref.start)[-1:],
        *words(ref.start, ref.end),
        *words(ref.end, ref.end + 16)[:1],
    ]
    return not markers.isdisjoint(near)
