"""The closed vocabularies of the extractor: kinds of reference, office levels, the roles prepositions give, and
modalities.

Each is a :class:`~enum.StrEnum`: a member is equal to its string, so the lexicon's data (plain strings, checked
against ``data/lexicon/schema.json``) compares with it as it is, while a misspelt member in the code is an error
mypy reports. ``tests/test_kinds.py`` keeps each one and the schema's list of the same values in step.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["NO_STATE", "PEOPLE", "PLACES", "HitKind", "Level", "Modality", "RefKind", "Role"]


class RefKind(StrEnum):
    """What a reference (:class:`~relgraph.extractors.positions.ActorRef`) is a reference to."""

    OFFICIAL = "official"  # an office and the state it belongs to: "وزير الخارجية الإيراني", "Egyptian President"
    PERSON = "person"  # a person the gazetteer knows, or one named after an office
    OFFICE = "office"  # an office the text gives no state: "the Crown Prince"
    NAME = "name"  # a state's name, or a regime: "نظام الأسد"
    CAPITAL = "capital"  # a capital standing for its government
    CITY = "city"  # a place in a state (a visit to Jeddah is a visit to Saudi Arabia)
    VENUE = "venue"  # a place where states meet, no state's (Geneva)
    GROUP = "group"  # a group of states: "دول الخليج"
    ORG = "org"  # an organisation: no state, no agent
    POLITY = "polity"  # a state the gazetteer does not hold: "the Kingdom of Hanover", "the Duchy of Nassau"
    PAIR = "pair"  # "البلدين", "the two countries": the pair under discussion
    TOPIC = "topic"  # a demonym modifying something other than an office: "الأزمة الأوكرانية"
    DEMONYM = "demonym"  # (a frame's ``visitor`` param only: the references are topics or officials)
    KINGDOM = "kingdom"  # "المملكة", "the Kingdom": the last kingdom named
    COUNTRY_PRONOUN = "country_pronoun"  # "بلاده", "this country", before it is resolved
    PRONOUN = "pronoun"  # a country pronoun, resolved: the state of the last official


#: References to people acting for a state.
PEOPLE = (RefKind.OFFICIAL, RefKind.PERSON, RefKind.OFFICE)
#: References to parties that are no state of the gazetteer's.
NO_STATE = (RefKind.ORG, RefKind.POLITY)
#: References that can say where an event happened.
PLACES = (RefKind.CAPITAL, RefKind.CITY, RefKind.VENUE)


class Level(StrEnum):
    """The level of an office (the keys of the lexicon's ``offices``)."""

    HEAD = "head"  # of state or government
    MINISTER = "minister"
    ENVOY = "envoy"  # an ambassador, a chargé d'affaires
    BODY = "body"  # a government, a ministry, a delegation: no one's name follows


class Role(StrEnum):
    """The role a preposition (or a proclitic) gives the reference it governs: a reference's ``cue``."""

    NONE = ""  # governed by no preposition: a subject or a bare object
    ABOUT = "about"
    AGAINST = "against"
    AGENT = "agent"  # a passive's agent: "by Syria"
    AS = "as"
    AT = "at"
    BEFORE = "before"
    BETWEEN = "between"
    BY = "by"
    FOR = "for"
    FROM = "from"
    IN = "in"
    OF = "of"
    ON = "on"
    TO = "to"
    TOWARD = "toward"
    VIA = "via"
    WITH = "with"


class Modality(StrEnum):
    """Why a trigger reports no fact (or, :attr:`AGREEMENT`, reports a decision): the categories of the lexicon's
    ``modality`` words, and those the code finds from the verb's form."""

    ABOUT = "about"  # the topic of talks: "talks on restoring ties"
    AGREEMENT = "agreement"  # a decision: the event where the event is a status ("agreed to establish relations")
    CANCELLED = "cancelled"
    CLAIM = "claim"
    CONDITION = "condition"
    DENIAL = "denial"
    FUTURE = "future"
    GENERIC = "generic"  # a generic plural (a trigger's ``generic_forms``)
    INTENT = "intent"
    MAYBE = "maybe"
    NEGATION = "negation"
    NEVER = "never"
    POSSIBILITY = "possibility"  # only an imperfect verb takes it: "قد يزور" may visit, "وقد زار" (he) visited
    STATE = "state"  # a status that goes on, no act: "relations remain severed"
    TOPIC = "topic"


class HitKind(StrEnum):
    """What a lexicon entry (:class:`~relgraph.extractors.scanning.Entry`) is, and so each hit of it."""

    # The actors: what references are made of.
    STATE = "state"  # a state's name, capital, adjective or title
    GROUP = "group"  # a group of states
    ORG = "org"  # an organisation
    PERSON = "person"  # a person the gazetteer knows
    PLACE = "place"  # a city or a venue
    PAIR = "pair"  # a pair anaphor
    KINGDOM = "kingdom"  # a kingdom anaphor
    COUNTRY_PRONOUN = "country_pronoun"  # "بلاده", "this country"
    PERSON_NAME = "person_name"  # a later mention of a person named after an office
    # The cues: what the frames and the conditions read around a trigger.
    TRIGGER = "trigger"  # a word that signals an event
    OFFICE = "office"  # an office, by its level
    PREP = "prep"  # a preposition, by its role
    MODAL = "modal"  # a modal word, by its modality
    MODAL_AFTER = "modal_after"  # a modal word after the trigger ("is planned")
    ANNOUNCE = "announce"  # a verb that announces ("أعلنت"): a decision, not yet the act
    HONORIFIC = "honorific"  # "صاحب السمو": skipped before a name
    LEXEME = "lexeme"  # a whole word a trigger with clitics would misread
    BREAK = "break"  # a clause-opening word ("حيث", "when")
    CONTACT = "contact"  # indirect contact ("by telephone")
    LOCHEAD = "lochead"  # a head noun of a place ("العاصمة", "capital")
    EPONYM = "eponym"  # a noun a person's name after it names ("مطار", "University")
    REGIME = "regime"  # "نظام", "regime": with a leader's surname, the state
    IMPERSONAL = "impersonal"  # an impersonal passive ("تم")
    BLOCKER = "blocker"  # a word no date of the trigger's lies across
    BOUND = "bound"  # "since": a date after it bounds, dates no event
    WHEN = "when"  # "when", "عندما": the clause after it has the time of the one before
    OCCUR = "occur"  # "occurred", "took place": a relative on an event noun with it dates that event
    GATHER = "gather"  # "جمع", "brought together": a relative on a meeting noun with it names the meeting's parties
    TIME_PREP = "time_prep"  # "before", "قبل": a time before an event a noun names
