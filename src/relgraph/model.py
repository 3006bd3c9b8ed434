"""relgraph's domain values: pure, immutable, no I/O.

Everything that flows between the stages of the pipeline (articles, dates,
mentions, events) is one of these frozen dataclasses, so a stage can be tested
on plain values and results can be compared with ``==``.

>>> d = PartialDate.parse("1989-11")
>>> d.precision, d.earliest.isoformat(), d.latest.isoformat()
(<Precision.MONTH: 'month'>, '1989-11-01', '1989-11-30')
>>> PartialDate.parse("1991").compatible(PartialDate.parse("1991-12-06"))
True
>>> PartialDate.parse("1991-12-06").compatible(PartialDate.parse("1991-12-25"))
False
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum, StrEnum

from relgraph.errors import InvalidDateError

__all__ = [
    "ActingPerson",
    "Article",
    "Event",
    "EventOutline",
    "EventType",
    "Mention",
    "Occurrence",
    "PartialDate",
    "Precision",
    "Retrieval",
    "SourceRef",
    "State",
    "Succession",
]


class Precision(StrEnum):
    """How much of a date the text gives, finest first."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    DECADE = "decade"

    @property
    def rank(self) -> int:
        """0 for a day, 3 for a decade: smaller is more precise."""
        return _PRECISION_RANK[self]


_Day = date  # for fields declared after a field named ``date``

_PRECISION_RANK = {Precision.DAY: 0, Precision.MONTH: 1, Precision.YEAR: 2, Precision.DECADE: 3}
#: Which of month and day each precision gives.
_FIELDS = {
    Precision.DAY: (True, True),
    Precision.MONTH: (True, False),
    Precision.YEAR: (False, False),
    Precision.DECADE: (False, False),
}
#: Days in each month of a common year (February in a leap year is asked of the calendar).
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_ISO_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$|^(\d{3})X$")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to a day, a month, a year or a decade.

    ``bounds`` narrows the interval for qualified expressions ("late 1980s" is a
    decade-precision date from 1985 to 1989; "mid-2017" is the year 2017 from
    May to August) without pretending to more precision than the text gives.
    Construct with :meth:`day`, :meth:`month_of`, :meth:`year_of`,
    :meth:`decade_of` or :meth:`parse`.
    """

    precision: Precision
    year: int
    month: int | None = None
    day_of_month: int | None = None
    bounds: tuple[date, date] | None = field(default=None, compare=True)

    def __post_init__(self) -> None:
        year, month, day = self.year, self.month, self.day_of_month
        if (month is not None, day is not None) != _FIELDS[self.precision]:
            raise InvalidDateError(f"{self.precision} date with month={month} day={day}")
        if not 1 <= year <= 9999:
            raise InvalidDateError(f"year {year} out of range")
        if month is not None:
            if not 1 <= month <= 12:
                raise InvalidDateError(f"month {month} out of range")
            if day is not None and not 1 <= day <= (
                _MONTH_DAYS[month] if day <= 28 or month != 2 else calendar.monthrange(year, 2)[1]
            ):
                raise InvalidDateError(f"{year}-{month:02d} has no day {day}")
        elif self.precision is Precision.DECADE and year % 10:
            raise InvalidDateError(f"decade must start on a multiple of ten, not {year}")
        if self.bounds is not None:
            lo, hi = self.bounds
            natural = (self._natural_earliest(), self._natural_latest())
            if not (natural[0] <= lo <= hi <= natural[1]):
                raise InvalidDateError(f"bounds {lo}..{hi} fall outside {self.iso}")
            if (lo, hi) == natural:  # no narrower than the date itself: one value, one way to write it
                object.__setattr__(self, "bounds", None)

    # -- construction ---------------------------------------------------------

    @classmethod
    def day(cls, year: int, month: int, day: int) -> PartialDate:
        return cls(Precision.DAY, year, month, day)

    @classmethod
    def month_of(cls, year: int, month: int, bounds: tuple[date, date] | None = None) -> PartialDate:
        return cls(Precision.MONTH, year, month, bounds=bounds)

    @classmethod
    def year_of(cls, year: int, bounds: tuple[date, date] | None = None) -> PartialDate:
        return cls(Precision.YEAR, year, bounds=bounds)

    @classmethod
    def decade_of(cls, year: int, bounds: tuple[date, date] | None = None) -> PartialDate:
        return cls(Precision.DECADE, year - year % 10, bounds=bounds)

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls.day(value.year, value.month, value.day)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or a decade ``YYYX``."""
        m = _ISO_RE.match(text.strip())
        if not m:
            raise InvalidDateError(f"not an ISO 8601 date at day, month, year or decade precision: {text!r}")
        if m.group(4):
            return cls.decade_of(int(m.group(4)) * 10)
        year, month, day = int(m.group(1)), m.group(2), m.group(3)
        if day:
            return cls.day(year, int(month), int(day))
        if month:
            return cls.month_of(year, int(month))
        return cls.year_of(year)

    # -- views ----------------------------------------------------------------

    @property
    def iso(self) -> str:
        """ISO 8601 at this date's precision; a decade is written ``198X`` (EDTF)."""
        if self.precision is Precision.DECADE:
            return f"{self.year // 10:03d}X"
        if self.precision is Precision.YEAR:
            return f"{self.year:04d}"
        if self.precision is Precision.MONTH:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day_of_month:02d}"

    @property
    def earliest(self) -> date:
        return self.bounds[0] if self.bounds else self._natural_earliest()

    @property
    def latest(self) -> date:
        return self.bounds[1] if self.bounds else self._natural_latest()

    def _natural_earliest(self) -> date:
        return date(self.year, self.month or 1, self.day_of_month or 1)

    def _natural_latest(self) -> date:
        if self.precision is Precision.DECADE:
            return date(self.year + 9, 12, 31)
        month = self.month or 12
        day = self.day_of_month or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def contains(self, other: PartialDate) -> bool:
        """True when ``other``'s interval lies inside this one's."""
        return self.earliest <= other.earliest and other.latest <= self.latest

    def compatible(self, other: PartialDate) -> bool:
        """True when one date refines the other: 1991 and 1991-12-06 are, 1991-12-06 and 1991-12-25 are not."""
        return self.contains(other) or other.contains(self)

    def more_precise_than(self, other: PartialDate) -> bool:
        """Finer precision wins; at equal precision, the narrower interval."""
        if self.precision.rank != other.precision.rank:
            return self.precision.rank < other.precision.rank
        return (self.latest - self.earliest) < (other.latest - other.earliest)

    def __str__(self) -> str:
        return self.iso


@dataclass(frozen=True, slots=True)
class Retrieval:
    """Where and when a page was fetched: its URL (after redirects), the time (UTC) and the server's ``Date``."""

    url: str
    fetched: datetime
    http_date: datetime | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One text to read. ``published`` anchors relative dates; ``None`` leaves them unresolved.

    ``retrieval`` says where and when a fetched page was read (None for a file).
    """

    id: str
    text: str
    lang: str | None = None
    published: date | None = None
    source: str | None = None
    retrieval: Retrieval | None = field(default=None, repr=False)  # left out of repr: a file's articles have none


class EventType(Enum):
    """The vocabulary of ``corpus/ANNOTATION.md``.

    Each member carries its roles (in actor order), whether the order of actors
    matters for matching, whether it happens once per pair of states (so sources
    that disagree on its date still report one event), its CAMEO code and its
    PLOVER category.
    """

    RELATIONS_ESTABLISHED = ("relations_established", ("party", "party"), False, True, "054", "SUPPORT")
    RELATIONS_RESTORED = ("relations_restored", ("party", "party"), False, False, "054", "SUPPORT")
    RELATIONS_SEVERED = ("relations_severed", ("initiator", "target"), False, False, "161", "SANCTION")
    RECOGNITION = ("recognition", ("recognizer", "recognized"), True, True, "054", "SUPPORT")
    EMBASSY_OPENED = ("embassy_opened", ("sender", "host"), True, False, "054", "SUPPORT")
    EMBASSY_CLOSED = ("embassy_closed", ("sender", "host"), True, False, "161", "SANCTION")
    VISIT = ("visit", ("visitor", "host"), True, False, "042", "CONSULT")
    MEETING = ("meeting", ("party", "party"), False, False, "040", "CONSULT")
    MEDIATION = ("mediation", ("mediator", "party"), True, False, "045", "CONSULT")
    NEGOTIATION = ("negotiation", ("party", "party"), False, False, "046", "CONSULT")
    AGREEMENT_SIGNED = ("agreement_signed", ("signatory", "signatory"), False, False, "057", "SUPPORT")
    AMBASSADOR_APPOINTED = ("ambassador_appointed", ("sender", "host"), True, False, "05", "SUPPORT")
    AMBASSADOR_RECALLED = ("ambassador_recalled", ("sender", "host"), True, False, "161", "SANCTION")
    DIPLOMAT_EXPELLED = ("diplomat_expelled", ("expeller", "expelled"), True, False, "166", "SANCTION")

    def __init__(
        self, slug: str, roles: tuple[str, str], directed: bool, once_per_pair: bool, cameo: str, plover: str
    ) -> None:
        self.slug = slug
        self.roles = roles
        self.directed = directed
        self.once_per_pair = once_per_pair
        self.cameo = cameo
        self.plover = plover

    def role(self, index: int) -> str:
        """The role of the actor at ``index``: the last role repeats (a mediator, then parties)."""
        return self.roles[min(index, len(self.roles) - 1)]

    @property
    def is_status(self) -> bool:
        """Whether the event sets a legal status (relations, recognition): a decision to set it is the event ("agreed
        to establish relations", "قررت قطع العلاقات"), where an act (a visit, an embassy opened, an envoy recalled)
        must be reported done (``corpus/ANNOTATION.md``, decisions vs acts)."""
        return self.slug.startswith("relations_") or self.slug == "recognition"

    @property
    def class_name(self) -> str:
        """The ontology class, ``relations_established`` → ``RelationsEstablished``."""
        return "".join(part.capitalize() for part in self.slug.split("_"))

    @classmethod
    def from_slug(cls, slug: str) -> EventType:
        member = _BY_SLUG.get(slug)
        if member is None:
            from relgraph.errors import UnknownEventTypeError

            raise UnknownEventTypeError(slug, list(_BY_SLUG))
        return member

    def __str__(self) -> str:
        return self.slug


_BY_SLUG: dict[str, EventType] = {member.slug: member for member in EventType}


@dataclass(frozen=True, slots=True)
class Succession:
    """``successor`` took over from a state on ``date`` (USSR → Russia on 1991-12-26).

    ``continues`` is true when the successor is the same state in law (Russia continues
    the USSR); false when it is a new state (Czechia) or one that absorbed it (Germany).
    """

    successor: str
    date: date
    continues: bool = False


@dataclass(frozen=True, slots=True)
class State:
    """A state of the gazetteer: a UN member or observer, Kosovo or Taiwan, or a former state."""

    code: str
    alpha3: str
    wikidata: str
    name_en: str
    name_ar: str
    aliases_en: tuple[str, ...] = ()
    aliases_ar: tuple[str, ...] = ()
    capital_en: str | None = None
    capital_ar: tuple[str, ...] = ()
    capital_coords: tuple[float, float] | None = None
    capital_aliases_en: tuple[str, ...] = ()
    shared_capital: tuple[str, ...] = ()  # another state's capital that was this one's while it stood: "Berlin"
    demonyms_en: tuple[str, ...] = ()
    demonyms_ar: tuple[str, ...] = ()
    titles_en: tuple[str, ...] = ()
    titles_ar: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_to: date | None = None
    successors: tuple[Succession, ...] = ()
    predecessors: tuple[str, ...] = ()
    status: str = "member"  # "member", "observer", "partially_recognised" or "former"

    @property
    def former(self) -> bool:
        return self.valid_to is not None

    def existed_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass(frozen=True, slots=True)
class ActingPerson:
    """A person an article names as acting for a state in an event: "أمير قطر الشيخ تميم بن حمد".

    ``name`` and ``office`` are as the article writes them (``office`` ``None`` when the text gives none
    before the name: "Putin said"); ``state`` is the code of the event's actor they act for, as the event
    writes it (the USSR in 1988); ``id`` is the gazetteer's id of the person where it knows them
    (``vladimir-putin``), else ``None``.
    """

    name: str
    state: str
    office: str | None = None
    id: str | None = None

    def to_json(self) -> dict[str, str | None]:
        return {"name": self.name, "office": self.office, "state": self.state, "id": self.id}


@dataclass(frozen=True, slots=True)
class Mention:
    """What one article says happened: one event as one extractor read it.

    ``start``/``end`` index ``evidence`` in the article's text:
    ``article_text[start:end] == evidence``.
    """

    article: str
    type: EventType
    actors: tuple[str, ...]
    date: PartialDate | None
    place: str | None
    evidence: str
    start: int
    end: int
    confidence: float
    extractor: str
    version: str
    persons: tuple[ActingPerson, ...] = ()  # the people the text names as acting for its actors, in text order

    def to_json(self) -> dict[str, object]:
        """The event JSON of ANNOTATION.md, with offsets, confidence, extractor and the persons who acted."""
        return {
            "article": self.article,
            "type": self.type.slug,
            "actors": list(self.actors),
            "date": self.date.iso if self.date else None,
            "place": self.place,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "confidence": round(self.confidence, 3),
            "extractor": f"{self.extractor}/{self.version}",
            "persons": [p.to_json() for p in self.persons],
        }


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world event, supported by one or more mentions (from one or many articles).

    ``date`` is the most precise of the mentions' dates; ``alternatives`` holds
    dates that other mentions give and that disagree with it (only for events
    that happen once per pair, see :attr:`EventType.once_per_pair`). ``bound``,
    for an undated event, is the day by which it had happened: the earliest
    publication date of the articles reporting it (``None`` when dated, or when
    no article gives one); the repository stores it (``rg:latest``) and readers of a store
    written before set it (:meth:`bounded_by`); fusion never does.
    """

    id: str
    type: EventType
    actors: tuple[str, ...]
    date: PartialDate | None
    place: str | None
    mentions: tuple[Mention, ...]
    alternatives: tuple[PartialDate, ...] = ()
    bound: _Day | None = None

    @property
    def articles(self) -> tuple[str, ...]:
        """The ids of the articles that report this event, each once, in mention order."""
        return tuple(dict.fromkeys(m.article for m in self.mentions))

    @property
    def persons(self) -> tuple[ActingPerson, ...]:
        """The persons its mentions name, each once (by gazetteer id, else by name and state), the first
        mention that gives an office winning."""
        found: dict[tuple[str, str], ActingPerson] = {}
        for m in self.mentions:
            for p in m.persons:
                key = (p.state, p.id or p.name)
                if key not in found or (found[key].office is None and p.office is not None):
                    found[key] = p
        return tuple(found.values())

    def bounded_by(self, published: Mapping[str, _Day | None]) -> Event:
        """This event, if undated, with its :attr:`bound`: the earliest of its articles' publication dates in
        ``published`` (article id -> date; an article missing or without one bounds nothing)."""
        days = [d for d in (published.get(a) for a in self.articles) if d is not None]
        return replace(self, bound=min(days)) if self.date is None and days else self

    @property
    def acting(self) -> tuple[tuple[ActingPerson, str], ...]:
        """:attr:`persons`, each with the role their state plays (``visitor``)."""
        return tuple((p, self.type.role(self.actors.index(p.state))) for p in self.persons if p.state in self.actors)


@dataclass(frozen=True, slots=True)
class EventOutline:
    """An event without its mentions: who did what and when, all a graph of states needs.

    :meth:`relgraph.repository.Repository.outlines` reads every stored event's outline
    from one short literal, several times faster than the events with their quotes.
    ``bound`` is :attr:`Event.bound`.
    """

    id: str
    type: EventType
    actors: tuple[str, ...]
    date: PartialDate | None
    bound: _Day | None = None


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a fact came from: an article, the quote and its offsets, the extractor that read it."""

    article: str
    evidence: str
    start: int
    end: int
    date: str | None
    source: str | None
    published: str | None
    extractor: str


#: An event read whole or as its outline: what the views that need only type, actors and date take.
Occurrence = Event | EventOutline
