"""Multi-pattern matching of lexicon entries with Arabic clitics and English word boundaries.

All of an extractor's vocabulary (state names, capitals, demonyms, titles, triggers, cue words) goes into one
Aho-Corasick automaton, built once per process; an article is scanned in one pass and each raw hit is kept only
if the letters around it are clitics its word class allows:

- Arabic names take conjunctions and prepositions (و ف ب ل ك), and the article ال when written with it (بالاتحاد);
- nisba adjectives take both and inflect (الروسي, روسية, القطريين);
- nouns take pronoun suffixes, their taa marbuta turning into ت (زيارته);
- verbs take و ف, the future prefix س and object pronouns (سيزور, استقبله);
- English words stand alone; names must be capitalised in the original.

The letters of the clitics are the language's (:class:`Clitics`, from the ``clitics`` of its lexicon's
``morphology`` block); the code knows only where each kind of clitic goes.

>>> from relgraph.text.normalize import lower, normalize
>>> arabic = Clitics(conjunctions=("و", "ف"), prepositions=("ب", "ل", "ك"), article="ال",
...                  article_prepositions=("ب", "ك"), contracted_article="لل", verb_prefixes=("س", "ل"),
...                  pronouns=("ه", "ها", "هم"), nisba_endings=("ه", "ين"), taa=("ه", "ت"))
>>> lex = Lexicon([Entry("قطر", "state", "QA", "name"), Entry("الروسي", "state", "RU", "nisba"),
...                Entry("زيارة", "trigger", "visit", "noun")], lang="ar", clitics=arabic)
>>> text = normalize("زيارته لقطر مع الوفد الروسية").text
>>> [(h.entry.value, h.prefix, h.suffix) for h in lex.scan(lower(text), text)]
[('visit', '', 'ه'), ('QA', 'ل', ''), ('RU', 'ال', 'ه')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from itertools import compress, count
from operator import itemgetter, lt
from typing import NamedTuple

import ahocorasick

from relgraph.extractors.kinds import HitKind
from relgraph.text.normalize import fold

__all__ = ["PREFIX", "SPAN", "START", "STOP", "Clitics", "Entry", "Hit", "Lexicon", "spaced"]

_CLASSES = {"name", "nisba", "noun", "verb", "word", "en_name", "en_word"}


@dataclass(frozen=True, slots=True)
class Clitics:
    """The clitics a language writes onto its words (the ``clitics`` of its lexicon's ``morphology`` block); none
    by default. Which word class takes which is the scanner's: a name takes conjunctions and prepositions (and the
    article, when written with it), a nisba those and its endings, a noun pronouns, a verb its prefixes and
    pronouns, a function word conjunctions only; an English-style word or name only ``suffixes``."""

    conjunctions: tuple[str, ...] = ()  # و ف
    prepositions: tuple[str, ...] = ()  # ب ل ك
    article: str = ""  # ال
    article_prepositions: tuple[str, ...] = ()  # the prepositions written before the article as they are: ب ك
    contracted_article: str = ""  # a preposition and the article written as one: لل
    verb_prefixes: tuple[str, ...] = ()  # the future and purpose prefixes: س ل
    pronouns: tuple[str, ...] = ()  # pronoun suffixes: ه ها هم ...
    nisba_endings: tuple[str, ...] = ()  # a nisba's inflections: ه ين ون ...
    case_endings: tuple[str, ...] = ()  # written on an indefinite noun: the alif of the accusative (اجتماعا)
    taa: tuple[str, str] | None = None  # a noun's last letter (folded) and what it turns into before a pronoun
    suffixes: tuple[str, ...] = ()  # on a word that stands alone: a plural s


class _Shapes:
    """The prefixes and suffixes each word class allows, worked out from a language's :class:`Clitics`."""

    def __init__(self, clitics: Clitics) -> None:
        conj = ("", *clitics.conjunctions)
        self.indefinite = frozenset(c + p for c in conj for p in ("", *clitics.prepositions))
        self.definite = (
            frozenset(c + p + clitics.article for c in conj for p in ("", *clitics.article_prepositions))
            | {c + clitics.contracted_article for c in conj}
            if clitics.article
            else frozenset()
        )
        self.verb_prefixes = frozenset(c + f for c in conj for f in ("", *clitics.verb_prefixes))
        self.pronouns = frozenset({"", *clitics.pronouns})
        self.noun_endings = self.pronouns | set(clitics.case_endings)  # "عقد الوزيران اجتماعا"
        self.some_pronoun = self.pronouns - {""}  # after the ت of a taa marbuta
        self.nisba_endings = frozenset({"", *clitics.nisba_endings})
        self.article_prefixes = self.indefinite | self.definite
        self.article = clitics.article
        self.taa = clitics.taa
        suffixes = tuple(sorted({"", *clitics.suffixes}))
        #: Word classes whose forms stand alone between word boundaries, with the few clitics they allow: their
        #: keys carry the spaces around them, so the automaton never reports them inside another word.
        self.bounded = {"word": (conj, ("",)), "en_word": (("",), suffixes), "en_name": (("",), suffixes)}


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon item: its written ``form``, what it is (``kind``, ``value``) and its word class.

    ``word_class`` is one of ``name`` (Arabic proper name), ``nisba`` (Arabic
    relational adjective), ``noun``, ``verb``, ``word`` (an Arabic function word
    or fixed phrase: only و ف before it), ``en_name`` (capitalised English name)
    and ``en_word``. ``data`` carries anything else the extractor attached.
    """

    form: str
    kind: HitKind
    value: Hashable
    word_class: str = "word"
    data: Hashable = None

    def __post_init__(self) -> None:
        if self.word_class not in _CLASSES:
            raise ValueError(f"unknown word class {self.word_class!r} for {self.form!r}")


class Hit(NamedTuple):
    """An entry found at ``text[start:end]``; ``prefix`` and ``suffix`` are the clitics around it. A named tuple:
    an article has hundreds, made in the scanner's inner loop."""

    start: int
    end: int
    prefix: str
    suffix: str
    entry: Entry

    @property
    def word_start(self) -> int:
        return self.start - len(self.prefix)

    @property
    def word_end(self) -> int:
        return self.end + len(self.suffix)


@dataclass(frozen=True, slots=True)
class _Key:
    """How a stored key relates to its entry: the letters of the article it dropped, and the suffixes it needs."""

    entry: Entry
    definite: bool
    taa: bool  # the key ends in the ت of a taa marbuta and needs a pronoun suffix

    def reading(self) -> tuple[Hashable, ...]:
        """What a hit of this key says, whatever the spelling of its form: one of two entries that differ only
        there ("إلى" and "الى", "St Petersburg" and "St. Petersburg") would give the same hit again."""
        e = self.entry
        return e.kind, e.value, e.word_class, e.data, len(e.form) > 1 and e.form.isupper(), self.definite, self.taa

    def clitics(self, shapes: _Shapes) -> tuple[frozenset[str], frozenset[str]]:
        """The prefixes and the suffixes the word around the key may have."""
        cls = self.entry.word_class
        article = shapes.definite if self.definite else shapes.indefinite
        if cls == "verb":
            return shapes.verb_prefixes, shapes.pronouns
        if self.taa:
            return article, shapes.some_pronoun
        if cls == "nisba":
            return shapes.article_prefixes, shapes.nisba_endings
        if cls == "noun" and not self.definite and self.entry.kind == HitKind.TRIGGER:
            return article, shapes.noun_endings  # an event noun; "سفيرا" (as ambassador) is no office's mention
        return article, (frozenset({""}) if cls == "name" else shapes.pronouns)


_NOT_WORD = re.compile(r"[^\w ]")  # one character class, which the regex engine skips along fast
#: What :func:`spaced` turns into a space in ASCII text (the English news, mostly): ``str.translate`` maps ASCII
#: through a table in C some eight times faster than the regex looks at each character.
_ASCII_NOT_WORD = {c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) == " ")}


def spaced(text: str) -> str:
    """``text`` with every character that is not part of a word (a letter or a digit) turned into a space, same
    length: its words are what ``text.split(" ")`` leaves."""
    if text.isascii():
        return text.translate(_ASCII_NOT_WORD)
    return _NOT_WORD.sub(" ", text.replace("_", " "))


class _Bounded(NamedTuple):
    """A key with its spaces, ``" " + prefix + form + suffix + " "``: who it is, and how it splits."""

    #: For each entry with this spelling: how far before the automaton's end offset its form starts and ends, its
    #: prefix and suffix, the entry, whether it must be capitalised, and whether it is an actor (:func:`_bounded`).
    readings: tuple[tuple[int, int, str, str, Entry, bool, bool], ...]


class _Open(NamedTuple):
    """A key matched anywhere; the word around each hit is found (at most ``before`` letters before it and
    ``after`` after) and its clitics checked."""

    length: int
    before: int
    after: int
    readings: tuple[tuple[frozenset[str], frozenset[str], Entry, bool], ...]  # (prefixes, suffixes, entry, actor)


class Lexicon:
    """An Aho-Corasick automaton over folded forms; :meth:`scan` returns boundary-checked hits.

    Forms of the classes that stand alone (function words, English) are stored
    with the spaces around them and matched in a copy of the text whose
    punctuation is spaces: the automaton never reports them inside another word.
    Arabic names, nouns, verbs and nisbas, which take clitics, are matched
    anywhere and their clitics checked around each hit.

    Hits of the same ``layer`` (``actor`` kinds against each other, everything
    else against each other) do not overlap: the longest wins, then the first.
    """

    def __init__(
        self,
        entries: Iterable[Entry],
        lang: str,
        actor_kinds: Iterable[HitKind] = (HitKind.STATE,),
        clitics: Clitics = Clitics(),
    ) -> None:
        self.lang = lang
        self.clitics = clitics
        shapes = self._shapes = _Shapes(clitics)
        self.actor_kinds = frozenset(actor_kinds)
        open_keys: dict[str, list[_Key]] = defaultdict(list)
        bounded_keys: dict[str, list[tuple[str, str, _Key]]] = defaultdict(list)
        seen: set[tuple[Hashable, ...]] = set()  # (key, prefix, suffix, reading): a second spelling adds nothing
        for entry in entries:
            form = spaced(fold(entry.form)).strip()  # "St. Petersburg" keeps two spaces, as its text will
            if not form:
                continue
            bounded = shapes.bounded.get(entry.word_class)
            if bounded is not None:
                meta = _Key(entry, False, False)
                reading = meta.reading()
                for prefix in bounded[0]:
                    for suffix in bounded[1]:
                        key = f" {prefix}{form}{suffix} "
                        if (key, prefix, suffix, reading) not in seen:
                            seen.add((key, prefix, suffix, reading))
                            bounded_keys[key].append((prefix, suffix, meta))
                continue
            for key, meta in self._open_keys(entry, form):
                seen_as = (key, "", "", meta.reading())
                if seen_as not in seen:
                    seen.add(seen_as)
                    open_keys[key].append(meta)
        self._automaton = ahocorasick.Automaton()
        actor = self.actor_kinds
        longest: dict[frozenset[str], int] = {}  # the longest clitic of each set (the word classes share a few sets)
        for key, metas in open_keys.items():
            readings = tuple((*m.clitics(shapes), m.entry, m.entry.kind in actor) for m in metas)
            before = max(_longest(prefixes, longest) for prefixes, _, _, _ in readings)
            after = max(_longest(suffixes, longest) for _, suffixes, _, _ in readings)
            self._automaton.add_word(key, _Open(len(key), before, after, readings))
        for key, spellings in bounded_keys.items():
            self._automaton.add_word(key, _bounded(key, spellings, actor))
        self.size = len(open_keys) + len(bounded_keys)
        if self.size:
            self._automaton.make_automaton()

    def _open_keys(self, entry: Entry, form: str) -> Iterable[tuple[str, _Key]]:
        article, taa = self._shapes.article, self._shapes.taa
        definite = (
            bool(article)
            and form.startswith(article)
            and len(form) > 3
            and entry.word_class in ("name", "nisba", "noun")
        )
        bare = form[len(article) :] if definite else form
        yield bare, _Key(entry, definite, False)
        if taa is not None and entry.word_class == "noun" and bare.endswith(taa[0]):  # زيارته, مقر إقامته
            yield bare[: -len(taa[0])] + taa[1], _Key(entry, definite, True)

    def scan(self, text: str, original: str | None = None, spaced_text: str | None = None) -> list[Hit]:
        """Hits in ``text``, which must already be folded (lower-cased normalised text).

        ``original`` is the normalised text before lower-casing (same length): it
        is only consulted to require a capital on English names. ``spaced_text`` is
        ``spaced(text)``, if the caller has it.
        """
        actors, others = self.layers(text, original, spaced_text)
        hits = actors + others
        hits.sort(key=SPAN)
        return hits

    def layers(
        self, text: str, original: str | None = None, spaced_text: str | None = None
    ) -> tuple[list[Hit], list[Hit]]:
        """:meth:`scan`'s hits as two lists in text order: of the actor kinds, and of the others."""
        if not self.size:
            return [], []
        actors: list[Hit] = []
        others: list[Hit] = []
        keep = (others.append, actors.append)  # by the reading's actor flag
        new = tuple.__new__  # a Hit without the named tuple's Python-level __new__
        # Offsets in the padded copy are one more than in the text; its spaces are where the text has no letter.
        padded = " " + (spaced(text) if spaced_text is None else spaced_text) + " "
        for end, payload in self._automaton.iter(padded):
            if type(payload) is _Bounded:
                for before, after, prefix, suffix, entry, capital, actor in payload.readings:
                    if not capital or _capitalised(entry.form, original, end - before, end - after):
                        keep[actor](new(Hit, (end - before, end - after, prefix, suffix, entry)))
                continue
            length, before, after, readings = payload
            start = end - length  # the key is text[start:end]
            # The word around the key, with only the clitics its readings allow; a space either side settles most.
            if padded[start] == " ":
                prefix = ""
            else:
                # The word starts at text[left] (a conditional, not max(): this runs for most hits).
                left = padded.rfind(" ", start - before if start > before else 0, start)
                if left < 0:
                    continue
                prefix = text[left:start]
            if padded[end + 1] == " ":
                suffix = ""
            else:
                right = padded.find(" ", end + 2, end + after + 2)  # the word ends before text[right - 1]
                if right < 0:
                    continue
                suffix = text[end : right - 1]
            for prefixes, suffixes, entry, actor in readings:
                if prefix in prefixes and suffix in suffixes:
                    keep[actor](new(Hit, (start, end, prefix, suffix, entry)))
        return _without_overlaps(actors), _without_overlaps(others)


def _bounded(key: str, spellings: list[tuple[str, str, _Key]], actor: frozenset[HitKind]) -> _Bounded:
    """What ``key`` (``" " + prefix + form + suffix + " "``) says: for each spelling, where its form starts and ends
    before the offset the automaton reports (the key's last character, in the padded text: one more than the text's)."""
    return _Bounded(
        tuple(
            (len(key) - 1 - len(p), 1 + len(s), p, s, m.entry, m.entry.word_class == "en_name", m.entry.kind in actor)
            for p, s, m in spellings
        )
    )


def _longest(clitics: frozenset[str], known: dict[frozenset[str], int]) -> int:
    """The length of the longest of ``clitics``, worked out once per set (``known``)."""
    length = known.get(clitics)
    if length is None:
        length = known[clitics] = max(map(len, clitics))
    return length


SPAN = itemgetter(0, 1)  #: A hit's ``(start, end)``, as a sort key.
START, STOP, PREFIX = itemgetter(0), itemgetter(1), itemgetter(2)  #: A hit's start, end, prefix.


def _capitalised(form: str, original: str | None, start: int, stop: int) -> bool:
    """An English name is capitalised in the text; an acronym ("US") is written in capitals; a form that opens in
    lower case ("al-Assad", "permanent members of the Security Council") has the capitals of its form written."""
    if original is None:
        return True
    written = original[start:stop]
    if form[:1].islower():
        return all(w.isupper() for f, w in zip(form, written, strict=False) if f.isupper())
    return written.isupper() if len(form) > 1 and form.isupper() else written[:1].isupper()


def _without_overlaps(hits: list[Hit]) -> list[Hit]:
    """Keep the longest hit where hits overlap (ties: the earlier start, then the order found); in text order.

    Hits of the very same span are all kept (a word can be two things: "opened" relations or an embassy).
    Most hits overlap no other: a run of hits that overlap one another starts where a hit overlaps the one
    before it (found in C), and only a run of different spans is sorted out.
    """
    hits.sort(key=SPAN)
    joins = list(compress(count(1), map(lt, map(START, hits[1:]), map(STOP, hits))))  # overlaps the one before
    if not joins:
        return hits
    kept: list[Hit] = []
    done = 0  # hits before this one are kept or dropped
    for join in joins:
        if join < done:
            continue  # inside the run just sorted out
        first = last = join - 1
        reach = hits[first].end
        while last + 1 < len(hits) and hits[last + 1].start < reach:  # the run: hits that overlap those before
            last += 1
            reach = max(reach, hits[last].end)
        run = hits[first : last + 1]
        kept += hits[done:first]
        kept += run if SPAN(run[0]) == SPAN(run[-1]) else _longest_first(run)  # one span: a word read twice
        done = last + 1
    return kept + hits[done:]


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Of overlapping hits, the longest, then those that overlap nothing taken, then the next longest ..."""
    if len(hits) == 2:  # four runs in five: the longer, else the first (their spans differ)
        return [hits[0] if hits[0].end - hits[0].start >= hits[1].end - hits[1].start else hits[1]]
    kept: list[Hit] = []
    taken: list[tuple[int, int]] = []  # disjoint spans, in order
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        span = (h.start, h.end)
        i = bisect_left(taken, span)
        if i < len(taken) and taken[i] == span:
            kept.append(h)
        elif (i == 0 or taken[i - 1][1] <= h.start) and (i == len(taken) or taken[i][0] >= h.end):
            taken.insert(i, span)
            kept.append(h)
    kept.sort(key=SPAN)
    return kept
