"""The status of a pair of states on a date, and its history as periods, each with its sources.

Three things stand between two states and are turned on and off: their diplomatic
relations (established or restored: on; severed: off), each side's embassy in the
other's country (opened; closed) and each side's head of mission there (appointed;
recalled, or its diplomats expelled). Each is a **line**: the line's events, in
order, say what stood when.

Undated events are placed, never dropped, when an article bounds them: an event
whose text gives no date had happened by the day its earliest article was published
(:func:`bounded` sets :attr:`~relgraph.model.Event.bound`). :func:`place` orders a
line's events by the day by which each had certainly happened:

- a dated event by the start of its date (``2021-01`` from 2021-01-01), as the
  graph's snapshots always did;
- an undated establishment before the line's first dated event (relations are
  established before anything else happens to them), or at its bound;
- an undated severance, closure or recall just before the first dated restoration
  reported with no severance before it (a restoration restores something severed),
  when that restoration is no later than the bound; otherwise at its bound;
- any other undated event at its bound ("restored ≤ 2021-08-13").

Where that placement is not certain (an undated event that may have come earlier, a
date that may fall after the day asked about, two events of a line that overlap,
sources that disagree on a date), the line says so in its notes rather than guessing.

:func:`snapshot_order` is what :func:`relgraph.graph.snapshot` walks, so ``graph
--at`` and ``status --at`` agree.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from relgraph.model import Event, EventType, Occurrence, SourceRef

__all__ = ["STATUS_TYPES", "Period", "StatusLine", "bounded", "date_text", "history", "place", "status"]

_E = TypeVar("_E", bound=Occurrence)

#: The types that turn a line on or off, and the word a line's state takes after each.
_WORDS: dict[EventType, tuple[str, bool, str]] = {
    EventType.RELATIONS_ESTABLISHED: ("relations", True, "established"),
    EventType.RELATIONS_RESTORED: ("relations", True, "restored"),
    EventType.RELATIONS_SEVERED: ("relations", False, "severed"),
    EventType.EMBASSY_OPENED: ("embassy", True, "open"),
    EventType.EMBASSY_CLOSED: ("embassy", False, "closed"),
    EventType.AMBASSADOR_APPOINTED: ("mission", True, "appointed"),
    EventType.AMBASSADOR_RECALLED: ("mission", False, "recalled"),
    EventType.DIPLOMAT_EXPELLED: ("mission", False, "expelled"),
}
#: What ``status`` and ``history`` read of a pair's events.
STATUS_TYPES: tuple[EventType, ...] = tuple(_WORDS)


def bounded(events: Iterable[Event], published: Mapping[str, date | None]) -> list[Event]:
    """``events``, each undated one with its bound: the earliest of its articles' publication dates.

    ``published`` maps article ids to publication dates; an article missing or without one bounds nothing.
    """
    return [event.bounded_by(published) for event in events]


def date_text(event: Occurrence) -> str:
    """How a date is shown: ``1989-11``; ``≤ 2021-08-13`` for an undated event its article bounds; ``undated``."""
    if event.date is not None:
        return event.date.iso
    return f"≤ {event.bound.isoformat()}" if event.bound is not None else "undated"


def place(
    events: Iterable[_E], line: Callable[[_E], tuple[Hashable, bool] | None]
) -> tuple[list[tuple[date, _E]], list[_E]]:
    """The events that can be placed, as (the day by which each had happened, event), in order; and the rest.

    ``line`` gives an event's line and whether it turns the line on, or ``None`` for an event on no line
    (a visit: placed at its date, or its bound). Undated events with no bound are the rest.
    """
    lines: dict[Hashable, list[tuple[_E, bool]]] = {}
    ranked: list[tuple[date, int, date, str, _E]] = []
    rest: list[_E] = []
    for event in events:
        if event.date is None and event.bound is None:
            rest.append(event)
            continue
        found = line(event)
        if found is None:
            day = event.date.earliest if event.date is not None else event.bound
            assert day is not None
            ranked.append((day, 1, event.date.latest if event.date else day, event.id, event))
        else:
            lines.setdefault(found[0], []).append((event, found[1]))
    for members in lines.values():
        ranked += _place_line(members)
    ranked.sort(key=lambda r: r[:4])
    return [(day, event) for day, _, _, _, event in ranked], rest


def _place_line(members: list[tuple[_E, bool]]) -> list[tuple[date, int, date, str, _E]]:
    """One line's events with the day each is placed at, a rank among events of one day, and a tie-break."""
    dated = sorted(((e, on) for e, on in members if e.date is not None), key=lambda x: _span(x[0]))
    out = [(_span(e)[0], 1, _span(e)[1], e.id, e) for e, _ in dated]
    first = dated[0][0].date.earliest if dated and dated[0][0].date else None
    for event, on in members:
        if event.date is not None or event.bound is None:
            continue
        day, rank = event.bound, 2
        if event.type is EventType.RELATIONS_ESTABLISHED:
            day, rank = (min(day, first) if first is not None else day), 0
        elif not on:
            previous_on = True  # what stood before the dated event looked at: a restoration after "on" lacks a cut
            for other, other_on in dated:
                start = _span(other)[0]
                if start > event.bound:
                    break
                if other.type is EventType.RELATIONS_RESTORED and previous_on:
                    day, rank = start, 0
                    break
                previous_on = other_on
        out.append((day, rank, day, event.id, event))
    return out


def _span(event: Occurrence) -> tuple[date, date]:
    assert event.date is not None
    return event.date.earliest, event.date.latest


# -- a pair's lines ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatusLine:
    """What stood on one line of a pair on a day: ``status`` (``established``, ``severed``, ``open``, ...,
    ``not reported``) since ``since`` (a date as :func:`date_text` writes it), the events behind it
    (ids, latest last) and their sources, and what is uncertain about it."""

    aspect: str
    status: str
    since: str | None
    events: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"aspect": self.aspect, "status": self.status, "since": self.since, "events": list(self.events),
                "sources": [_source_json(s) for s in self.sources], "notes": list(self.notes)}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Period:
    """A spell of one line: ``status`` from ``start`` to ``end`` (``None``: it still stands), begun by the
    events ``events`` (ids; several when sources report the same turn more than once), with their sources."""

    aspect: str
    status: str
    start: str | None
    end: str | None
    events: tuple[str, ...]
    sources: tuple[SourceRef, ...]
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"aspect": self.aspect, "status": self.status, "start": self.start, "end": self.end,
                "events": list(self.events), "sources": [_source_json(s) for s in self.sources],
                "notes": list(self.notes)}  # fmt: skip


def _source_json(s: SourceRef) -> dict[str, Any]:
    return {"article": s.article, "source": s.source, "published": s.published, "evidence": s.evidence,
            "start": s.start, "end": s.end, "date": s.date, "extractor": s.extractor}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Pair:
    """Two states with their lineages (a former state counts for its successors and back) and their names."""

    a: str
    b: str
    kin_a: Collection[str]
    kin_b: Collection[str]
    capitals: Mapping[str, str]

    def side(self, code: str) -> str | None:
        return self.a if code in self.kin_a else self.b if code in self.kin_b else None

    def aspects(self) -> list[tuple[Hashable, str]]:
        out: list[tuple[Hashable, str]] = [(("relations",), "relations")]
        for sender, host in ((self.a, self.b), (self.b, self.a)):
            where = self.capitals.get(host) or host
            out.append((("embassy", sender, host), f"{sender} embassy in {where}"))
            out.append((("mission", sender, host), f"{sender} head of mission in {where}"))
        return out

    def on(self, key: Hashable, placed: Iterable[tuple[date, _E]]) -> list[tuple[date, _E]]:
        """The placed events of the line ``key``."""
        return [(day, e) for day, e in placed if (found := self.line(e)) is not None and found[0] == key]

    def line(self, event: Occurrence) -> tuple[Hashable, bool] | None:
        word = _WORDS.get(event.type)
        if word is None:
            return None
        family, on, _ = word
        if family == "relations":
            return ("relations",), on
        actors = list(dict.fromkeys(event.actors))
        if len(actors) < 2:
            return None
        first, others = self.side(actors[0]), {self.side(c) for c in actors[1:]}
        other = self.b if first == self.a else self.a
        if first is None or other not in others:
            return None
        # an expulsion by A of B's diplomats ends B's mission in A: the expelled are the sender
        sender, host = (other, first) if event.type is EventType.DIPLOMAT_EXPELLED else (first, other)
        return (family, sender, host), on


def _pair(a: str, b: str, kin_a: Collection[str], kin_b: Collection[str],
          capitals: Mapping[str, str] | None) -> _Pair:  # fmt: skip
    return _Pair(a, b, kin_a or {a}, kin_b or {b}, capitals or {})


def _word(event: Occurrence) -> str:
    return _WORDS[event.type][2]


def _ids_sources(chosen: Sequence[Occurrence], sources: Mapping[str, Sequence[SourceRef]]
                 ) -> tuple[tuple[str, ...], tuple[SourceRef, ...]]:  # fmt: skip
    ids = tuple(e.id for e in chosen)
    return ids, tuple(s for i in ids for s in sources.get(i, ()))


def _alternatives(event: Occurrence) -> list[str]:
    alternatives = getattr(event, "alternatives", ())
    return [f"{_word(event)} {event.date.iso if event.date else ''} is also reported as {d.iso}"
            for d in alternatives]  # fmt: skip


def _unplaced(rest: Sequence[Occurrence]) -> list[str]:
    return [f"an undated report that {_word(e)} (event {e.id[:8]}) has no publication date to bound it: "
            "not placed" for e in rest]  # fmt: skip


def status(
    events: Iterable[Occurrence],
    a: str,
    b: str,
    at: date | None = None,
    *,
    kin_a: Collection[str] = (),
    kin_b: Collection[str] = (),
    capitals: Mapping[str, str] | None = None,
    sources: Mapping[str, Sequence[SourceRef]] | None = None,
) -> list[StatusLine]:
    """Each line of the pair ``a``, ``b`` as it stood on ``at`` (today's record when ``None``).

    ``kin_a``/``kin_b`` are the codes that stand for each side (its lineage); ``capitals`` names
    where each side's missions are; ``sources`` gives each event's sources by id.
    """
    pair = _pair(a, b, kin_a, kin_b, capitals)
    placed, rest = place(list(events), pair.line)
    out = []
    for key, aspect in pair.aspects():
        on_line = pair.on(key, placed)
        before = [(day, e) for day, e in on_line if at is None or day <= at]
        notes: list[str] = []
        if at is not None:
            for day, e in on_line:
                if day > at and e.date is None:
                    notes.append(f"an undated report that {_word(e)} ({date_text(e)}) may have come before {at}")
                elif day <= at and e.date is not None and e.date.latest > at:
                    notes.append(f"{_word(e)} {e.date.iso} may fall after {at}")
        notes += _unplaced([e for _, e in pair.on(key, [(date.min, e) for e in rest])])
        if not before:
            out.append(StatusLine(aspect, "not reported", None, (), (), tuple(notes)))
            continue
        last = before[-1][1]
        turn = _since_last_turn(before)
        notes[:0] = _alternatives(last) + _disagreements(turn)
        ids, refs = _ids_sources(turn, sources or {})
        out.append(StatusLine(aspect, _word(last), date_text(turn[0]), ids, refs, tuple(notes)))
    return out


def _since_last_turn(line: Sequence[tuple[date, Occurrence]]) -> list[Occurrence]:
    """The events since the line last turned (on to off or off to on): the reports of the state that stands."""
    last_on = _WORDS[line[-1][1].type][1]
    turn: list[Occurrence] = []
    for _, event in reversed(line):
        if _WORDS[event.type][1] != last_on:
            break
        turn.insert(0, event)
    return turn


def _disagreements(turn: Sequence[Occurrence]) -> list[str]:
    """Notes on reports of one turn that say it more than once (sources that disagree on its date or kind)."""
    if len(turn) < 2:
        return []
    first = turn[0]
    notes = []
    for event in turn[1:]:
        if event.type is EventType.RELATIONS_RESTORED and first.type is EventType.RELATIONS_ESTABLISHED:
            notes.append(f"restored {date_text(event)} with no severance reported before it")
        else:
            notes.append(f"also reported {_word(event)} {date_text(event)}: the sources disagree, "
                         f"or it happened again with nothing reported between")  # fmt: skip
    return notes


def history(
    events: Iterable[Occurrence],
    a: str,
    b: str,
    *,
    kin_a: Collection[str] = (),
    kin_b: Collection[str] = (),
    capitals: Mapping[str, str] | None = None,
    sources: Mapping[str, Sequence[SourceRef]] | None = None,
) -> list[Period]:
    """Each line of the pair as periods, oldest first: from one turn to the next (the last to ``None``, now)."""
    pair = _pair(a, b, kin_a, kin_b, capitals)
    placed, rest = place(list(events), pair.line)
    out: list[Period] = []
    for key, aspect in pair.aspects():
        line = pair.on(key, placed)
        turns: list[list[Occurrence]] = []
        for _, event in line:
            if turns and _WORDS[turns[-1][0].type][1] == _WORDS[event.type][1]:
                turns[-1].append(event)
            else:
                turns.append([event])
        unplaced = _unplaced([e for _, e in pair.on(key, [(date.min, e) for e in rest])])
        for index, turn in enumerate(turns):
            first = turn[0]
            nxt = turns[index + 1][0] if index + 1 < len(turns) else None
            notes = [n for e in turn for n in _alternatives(e)] + _disagreements(turn)
            if index == 0 and not _WORDS[first.type][1] and key == ("relations",):
                notes.append("no establishment of relations is reported before it")
            if (
                nxt is not None
                and nxt.date is not None
                and first.date is not None
                and nxt.date.earliest <= first.date.latest
                and nxt.date.earliest != first.date.earliest
            ):
                notes.append(f"{_word(first)} {first.date.iso} and {_word(nxt)} {nxt.date.iso} overlap: "
                             "their order is not certain")  # fmt: skip
            if index == len(turns) - 1:
                notes += unplaced
            ids, refs = _ids_sources(turn, sources or {})
            out.append(
                Period(aspect, _word(first), date_text(first), date_text(nxt) if nxt else None, ids, refs, tuple(notes))
            )
        if not turns and unplaced:
            out.append(Period(aspect, "not reported", None, None, (), (), tuple(unplaced)))
    return out
