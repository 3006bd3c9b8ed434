"""Reading one article: who is named where, in which sentence, governed by which preposition.

:func:`read` turns an article into a :class:`Reading`: the normalised text,
its sentences and clauses, the time expressions, the trigger hits, and the
actor references with what the frames need to assign roles:

- an *official* reference covers an office and the state it belongs to
  ("وزير الخارجية الإيراني", "Egyptian President", "China's Foreign
  Minister"), and the person's name after it, which is remembered so that a
  later "ظريف" or "Sadat" refers back to the same state;
- a *name* reference is a state's name or a capital standing for its government;
- a *person* is one the gazetteer knows ("Putin", "السادات"), or a name met
  after an office;
- a *city* is a place in a state (a visit to Jeddah is a visit to Saudi
  Arabia), a *venue* a place where states meet (Geneva, New York), no state's;
- a *topic* reference is a demonym modifying something other than an office
  ("الأزمة الأوكرانية": a party to a crisis, not an agent);
- *anaphors* ("البلدين", "the two countries", "المملكة", "بلاده", "this
  country") resolve against the discourse: the pair of states the text is
  about, the last kingdom named, the state of the last official;
- each reference carries its *cue*, the preposition that governs it
  (``in``, ``to``, ``with``, ``at``, ``from``, ``between``, ``for`` ... or
  ``""``), read from its clitics or the word before it, and inherited by
  coordinated references ("بين قطر وروسيا").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import accumulate, chain, repeat
from operator import itemgetter
from operator import sub as minus
from typing import Generic, NamedTuple, TypeVar

from relgraph.dates import TimeExpression, find_dates
from relgraph.extractors.language import NAME_OR_CAPITAL, WORD_LIKE, Language, TriggerSpec
from relgraph.extractors.scanning import PREFIX, SPAN, START, STOP, Entry, Hit, spaced
from relgraph.model import Article
from relgraph.text.normalize import NormText, fold, lower, normalize
from relgraph.text.sentences import char_positions, sentence_spans

__all__ = ["ActorRef", "Clause", "Reading", "conjoined", "named_person", "read"]

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NAME_TOKEN_AR = re.compile(r"[\u0621-\u064a]{2,}")
_BOUNDARY = re.compile(r"[.!?;:\n]")
_PUNCTUATION = re.compile(r"[^\w\s']")


class ActorRef(NamedTuple):
    """A reference to one or more states in the normalised text.

    A named tuple, like :class:`~relgraph.extractors.scanning.Hit`: an article has dozens, made, compared (``a
    in refs``) and copied with a change (``_replace``) in the extractor's inner loops, where a frozen dataclass
    costs several times as much.
    """

    start: int
    end: int
    codes: tuple[str, ...]
    kind: str  # official | name | capital | topic | group | pair | kingdom | pronoun | person | office | city | venue
    cue: str = ""
    agentive: bool = True
    level: str | None = None  # for officials: head | minister | envoy | body
    name: str | None = None  # for a city or a venue: its English name
    who: tuple[int, int] | None = None  # for a person, an official or an office: where the person's name is

    def resolved(self, codes: tuple[str, ...], kind: str) -> ActorRef:
        """This reference standing for ``codes``, as ``kind`` (``_replace``, without its keyword machinery)."""
        return ActorRef(self.start, self.end, codes, kind, self.cue, self.agentive, self.level, self.name, self.who)


_CODES = itemgetter(2)  # of an ActorRef


class Clause(NamedTuple):
    """A sentence's part between clause breaks ("when", "حيث", ";")."""

    start: int
    end: int


class Words:
    """The words of a text: its spaced copy (``scanning.spaced(low)``: the same letters and digits, spaces for
    the rest), which ``str.split`` cuts into words in C. Nothing is indexed: most questions are about a few words
    near a reference, and :meth:`within` answers one about a long stretch from its first words.
    """

    def __init__(self, low: str, spaced_text: str | None = None) -> None:
        self.low = low
        self.spaced = spaced(low) if spaced_text is None else spaced_text

    def count(self, a: int, b: int) -> int:
        """How many words overlap ``low[a:b]`` (as ``len(_WORD.findall(low, a, b))``)."""
        return len(self.spaced[a:b].split())

    def within(self, a: int, b: int, n: int) -> bool:
        """Whether at most ``n`` words overlap ``low[a:b]`` (``count(a, b) <= n``), looking no further than
        it takes: ``n`` is small, the stretch may be long."""
        if b <= a:
            return True
        if b - a > _GLANCE and len(self.spaced[a : a + _GLANCE].split(None, n)) > n:
            return False
        return len(self.spaced[a:b].split(None, n)) <= n

    def between(self, a: int, b: int) -> list[str]:
        """The words of ``low[a:b]``, cut at its edges (as ``_WORD.findall(low, a, b)``)."""
        return self.spaced[a:b].split()


_GLANCE = 64  # characters: where more than a few words are, they are in the first of these


_T = TypeVar("_T", Hit, ActorRef)


class _Hits(Generic[_T]):
    """Lexicon hits of a few kinds (or references), in text order, with the lookups by position the reading
    needs."""

    def __init__(self, hits: Sequence[_T], ordered: bool = False) -> None:
        """``ordered``: ``hits`` are in text order already (a kind's cues are)."""
        self.hits: list[_T] = list(hits) if ordered else sorted(hits, key=SPAN)
        self.starts = list(map(START, self.hits))
        self.ends = list(map(STOP, self.hits))
        self._reach: list[int] | None = None  # the furthest end so far, for covers()

    def first_from(self, pos: int) -> _T | None:
        """The first hit starting at or after ``pos``."""
        i = bisect_left(self.starts, pos)
        return self.hits[i] if i < len(self.hits) else None

    def last_until(self, pos: int) -> _T | None:
        """The last hit ending at or before ``pos`` (the hits of one kind do not overlap)."""
        i = bisect_right(self.ends, pos) - 1
        return self.hits[i] if i >= 0 else None

    def before(self, pos: int) -> Iterator[_T]:
        """The hits ending at or before ``pos``, nearest first."""
        for i in range(bisect_left(self.starts, pos) - 1, -1, -1):
            if self.hits[i].end <= pos:
                yield self.hits[i]

    def any_in(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, start)
        return i < len(self.hits) and self.hits[i].start < end

    def starts_at(self, pos: int, words: Words) -> bool:
        """Whether a hit starts right after ``pos``, with no word between."""
        hit = self.first_from(pos)
        return hit is not None and words.within(pos, hit.start, 0)

    def ends_at(self, pos: int, words: Words) -> bool:
        """Whether a hit ends right before ``pos``, with no word between."""
        hit = self.last_until(pos)
        return hit is not None and words.within(hit.end, pos, 0)

    def covers(self, pos: int) -> bool:
        """Whether a hit that starts at or before ``pos`` ends after it."""
        if self._reach is None:
            self._reach = list(accumulate(self.ends, max))
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self._reach[i] > pos


@dataclass
class Reading:
    """An article as the frames see it. Offsets are into ``norm.text``; lists are in text order."""

    article: Article
    lang: Language
    norm: NormText
    low: str
    words: Words
    sentences: list[tuple[int, int]]
    clauses: list[Clause]
    actors: list[ActorRef]
    triggers: list[Hit]
    cues: list[Hit]
    dates: list[TimeExpression]
    home: str | None
    pairs: list[tuple[int, tuple[str, str]]] = field(default_factory=list)  # (sentence start, pair in force)
    kinds: dict[str, list[Hit]] = field(default_factory=dict)  # the cues of each kind, in text order
    trigger_sentences: list[tuple[int, int]] = field(default_factory=list)  # sentence_of() of each trigger
    #: The state whose own record of its relations the article is (its ``source`` names the publisher): the implicit
    #: party of "the Legation was raised to an Embassy"
    recorder: str | None = None

    def __post_init__(self) -> None:
        self._actor_starts = [a.start for a in self.actors]
        self._trigger_starts = list(map(START, self.triggers))
        self._sentence_starts = [s for s, _ in self.sentences]
        self._clause_starts = [c.start for c in self.clauses]
        self._pair_starts = [s for s, _ in self.pairs]
        self._kind_starts: dict[str | None, list[int]] = {}
        self._named: dict[tuple[int, int], tuple[tuple[ActorRef, ...], frozenset[str]]] = {}
        self._dates: dict[tuple[int, int], list[TimeExpression]] = {}
        self._date_starts = [d.start for d in self.dates]  # in text order (find_dates)

    @property
    def text(self) -> str:
        return self.norm.text

    def clause_of(self, pos: int) -> Clause:
        i = bisect_right(self._clause_starts, pos) - 1
        return self.clauses[i] if i >= 0 and pos < self.clauses[i].end else Clause(pos, pos)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        return _sentence_at(self.sentences, self._sentence_starts, pos)

    def actors_in(self, start: int, end: int) -> list[ActorRef]:
        lo, hi = bisect_left(self._actor_starts, start), bisect_left(self._actor_starts, end)
        return [a for a in self.actors[lo:hi] if a.end <= end]

    def actors_from(self, start: int, end: int, backwards: bool = False) -> Iterator[ActorRef]:
        """:meth:`actors_in`, one at a time (the last first, ``backwards``): for a walk that stops early."""
        starts = self._actor_starts
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        for i in range(hi - 1, lo - 1, -1) if backwards else range(lo, hi):
            a = self.actors[i]
            if a.end <= end:
                yield a

    def cues_in(self, start: int, end: int, kind: str | None = None) -> list[Hit]:
        """The cues (of ``kind``, or all) within ``start:end``."""
        hits = self.cues if kind is None else self.kinds.get(kind, [])
        starts = self._kind_starts.get(kind)
        if starts is None:
            starts = self._kind_starts[kind] = list(map(START, hits))
        return [h for h in hits[bisect_left(starts, start) : bisect_left(starts, end)] if h.end <= end]

    def named_in(self, sentence: tuple[int, int]) -> tuple[tuple[ActorRef, ...], frozenset[str]]:
        """The references to states in ``sentence`` and the states they name, worked out once per sentence."""
        found = self._named.get(sentence)
        if found is None:
            refs = tuple(a for a in self.actors_in(*sentence) if a.codes)
            found = self._named[sentence] = refs, frozenset(chain.from_iterable(map(_CODES, refs)))
        return found

    def triggers_in(self, start: int, end: int) -> list[Hit]:
        """The triggers that start in ``start:end``."""
        return self.triggers[bisect_left(self._trigger_starts, start) : bisect_left(self._trigger_starts, end)]

    @cached_property
    def counterpart(self) -> str | None:
        """In a state's own record of its relations, the state the record is about: the one it names most often
        besides the recorder ("Establishment of Diplomatic Relations, 1924" on the page about Ireland)."""
        if self.recorder is None:
            return None
        named = Counter(c for a in self.actors if a.agentive for c in a.codes if c != self.recorder)
        return named.most_common(1)[0][0] if named else None

    def pair_at(self, pos: int) -> tuple[str, str] | None:
        """The pair of states under discussion at ``pos``: the last sentence before it that named two."""
        i = bisect_right(self._pair_starts, pos) - 1
        return self.pairs[i][1] if i >= 0 else None

    def words_between(self, a: int, b: int) -> list[str]:
        return self.words.between(a, b)

    def distance(self, a: int, b: int) -> int:
        """The words between ``a`` and ``b``, each reference to a state counting as one word."""
        words = self.words.count(a, b)
        for r in self.actors_in(a, b):
            n = self.words.count(r.start, r.end)
            if n > 1:
                words -= n - 1
        return words

    def bare_words(self, a: int, b: int) -> int:
        """The words between ``a`` and ``b`` that are no reference to a state: "قطع المملكة علاقاتها" has none
        between its masdar and its object."""
        return self.words.count(a, b) - sum(self.words.count(r.start, r.end) for r in self.actors_in(a, b))

    def bare_undated(self, a: int, b: int, sentence: tuple[int, int]) -> int:
        """:meth:`bare_words` less those of the dates of ``sentence``: "وصل أمس وزير الخارجية", "أعادت الكويت
        والعراق أمس العلاقات" have none between the verb and its argument."""
        return self.bare_words(a, b) - sum(self.words.count(max(a, d.start), min(b, d.end))
                                           for d in self.dates_in(sentence) if d.start < b and d.end > a)

    def dates_in(self, sentence: tuple[int, int]) -> list[TimeExpression]:
        """The time expressions within ``sentence``, worked out once per sentence."""
        found = self._dates.get(sentence)
        if found is None:
            start, end = sentence
            anchored = self.lang.pattern("event_anchored")  # "two days after the visit": relative to an event
            within = self.dates[bisect_left(self._date_starts, start) : bisect_right(self._date_starts, end)]
            found = self._dates[sentence] = [d for d in within if d.end <= end
                                             and anchored.match(self.low, d.start, min(end, d.end + 4)) is None]
        return found


def read(article: Article, lang: Language, *, only_with_triggers: bool = False) -> Reading:
    """Read ``article`` with the vocabulary of ``lang``: one scan, then sentences, dates and references.

    With ``only_with_triggers``, an article the scan finds no trigger in (most news) is not read further:
    the reading has its text and nothing else; nor one whose every trigger needs an argument the article never
    mentions ("reached" with no agreement anywhere in it).
    """
    norm = normalize(article.text)
    text = norm.text
    low = lower(text)
    spaced_low = spaced(low)
    actor_hits, cue_hits = lang.lexicon.layers(low, text, spaced_low)
    kinds: dict[str, list[Hit]] = {}
    for h in cue_hits:
        kinds.setdefault(h.entry.kind, []).append(h)
    # A lexeme read on the very span of a trigger is that word, not the trigger: "طبعًا" (of course) is no dual of
    # طبع; longer lexemes have already won in the scan.
    lexemes = {(h.start, h.end) for h in kinds.get("lexeme", ())}
    triggers = [h for h in kinds.get("trigger", ()) if (h.start, h.end) not in lexemes]
    kinds["trigger"] = triggers
    if only_with_triggers and not _possible(triggers, low, lang):
        return Reading(article, lang, norm, low, Words(""), [], [], [], [], [], [], None)
    sentences = sentence_spans(text)
    clauses = _clauses(sentences, kinds.get("break", []), text)
    dates = find_dates(text, lang.code, article.published)
    filed = [h for h in actor_hits if _filed_from(h, text, dates)]
    actor_hits = [h for h in actor_hits if h not in filed]
    # The state whose officials an article leaves unnamed: its news agency's, else where it was filed from.
    home = _home(text, low, lang) or next((str(h.entry.value) for h in filed if h.entry.kind == "state"), None)
    words = Words(low, spaced_low)
    starts = [s for s, _ in sentences]
    placed = [_sentence_at(sentences, starts, h.start) for h in triggers]  # each trigger's sentence
    active = sorted({s for s in placed if s[0] < s[1]})  # the sentences with a trigger
    actors = _actors(actor_hits, cue_hits, kinds, words, text, lang, home, active, article.published)
    actors, pairs = _resolve_anaphora(actors, sentences, lang, home)
    return Reading(article, lang, norm, low, words, sentences, clauses, actors, triggers, cue_hits, dates, home, pairs,
                   kinds, placed, _recorder(article.source, lang))


def _recorder(source: str | None, lang: Language) -> str | None:
    """The state the article's source is the official record of (``record_keepers`` of the lexicon)."""
    if not source:
        return None
    found = lang.pattern("record_keepers").search(source.lower())
    return lang.record_keepers[found.group()] if found else None


def _sentence_at(sentences: Sequence[tuple[int, int]], starts: Sequence[int], pos: int) -> tuple[int, int]:
    """The sentence (of ``sentences``, whose ``starts`` these are) holding ``pos``; ``(pos, pos)`` between them."""
    i = bisect_right(starts, pos) - 1
    return sentences[i] if i >= 0 and pos < sentences[i][1] else (pos, pos)


def _home(text: str, low: str, lang: Language) -> str | None:
    """The state of the news agency the article names where datelines put it: in its first 300 or last 200
    characters, set off by punctuation ("الرباط (ومع)", "DOHA, May 2 (QNA) -"), capitalised in a cased script."""
    pattern = lang.pattern("agencies")
    tail = max(300, len(low) - 200)
    for lo, hi in ((0, min(len(low), 300)), (tail, len(low))):
        for m in pattern.finditer(low, lo, min(len(low), hi + 40)):
            start, end = m.span()
            if start >= hi:
                break
            if (not lang.cased or text[start].isupper()) and _set_off(text, start, end):
                return lang.agencies[m.group()]
    return None


def _set_off(text: str, start: int, end: int) -> bool:
    """Punctuation, a line break or the text's edge on one side of ``text[start:end]``."""
    before = text[max(0, start - 3) : start].strip(" ")
    after = text[end : end + 3].strip(" ")
    marks = "()-–:|/«»\"\n"
    return (not before or before[-1] in marks) or (not after or after[0] in marks)


def _filed_from(hit: Hit, text: str, dates: Sequence[TimeExpression]) -> bool:
    """A city that opens a line of the article's head and a date follows ("DOHA, May 2 (QNA) -", "الدوحة 16
    أبريل"): where the report was filed, not an actor."""
    if hit.entry.kind not in ("state", "place") or hit.start > 300 or (hit.entry.kind == "state" and
                                                                       hit.entry.data != "capital"):
        return False
    line_start = text.rfind("\n", 0, hit.word_start) + 1
    if text[line_start : hit.word_start].strip():
        return False
    after = next((d for d in dates if d.start >= hit.end), None)
    return after is not None and not text[hit.end : after.start].strip(" ,")


def _possible(triggers: Sequence[Hit], low: str, lang: Language) -> bool:
    """Whether any trigger can give an event: one that needs nothing, or whose need the article mentions."""
    seen: dict[int, bool] = {}
    for hit in triggers:
        spec = hit.entry.value
        assert isinstance(spec, TriggerSpec)
        index = spec.index
        pattern = lang.needs.get(index)
        if pattern is None:
            return True
        if index not in seen:
            seen[index] = pattern.search(low) is not None
        if seen[index]:
            return True
    return False


def _clauses(sentences: Sequence[tuple[int, int]], breaks: Sequence[Hit], text: str) -> list[Clause]:
    """Sentences cut at ; : and at clause-opening words ("حيث", "when", "while" ...).

    Commas do not cut: Arabic news strings whole reports together with them
    ("أعلنت موريتانيا، الأحد، استئناف العلاقات"); nor does a word set off by commas on both sides ("did
    not, however, recognise": the negation stays in force).
    """
    cuts = sorted({h.start for h in breaks if not (text[h.start - 2 : h.start - 1] in _COMMAS
                                                   and text[h.end : h.end + 1] in _COMMAS)}
                  .union(char_positions(text, ";:")))
    if not cuts:  # most articles: a clause per sentence, made in C
        return list(map(tuple.__new__, repeat(Clause), sentences))
    out: list[Clause] = []
    for start, end in sentences:
        pos = start
        for i in cuts[bisect_left(cuts, start) : bisect_left(cuts, end)]:
            mark = text[i] in ";:"
            if i > pos or mark:
                if i > pos:
                    out.append(Clause(pos, i))
                pos = i + 1 if mark else i
        if pos < end:
            out.append(Clause(pos, end))
    return out


_COMMAS = frozenset({",", "،"})  # a clause-opening word between these (", however,") opens no clause


#: The prepositions after which a word-like name is a place ("إلى مسقط", "في مالي").
_PLACE_CUES = frozenset({"to", "in", "from", "at", "by"})


def _visited(hit: Hit, triggers: Sequence[Hit], words: Words) -> bool:
    """A travel verb that takes its host as a bare object ("زار") is a few words before ``hit``."""
    before = _Hits(triggers, ordered=True).last_until(hit.start - len(hit.prefix))
    spec = before.entry.value if before is not None else None
    return (before is not None and isinstance(spec, TriggerSpec) and spec.frame == "travel"
            and "object" in spec.param("goal") and words.within(before.end, hit.start, 5))


def _next_word(low: str, pos: int) -> str:
    """The word that starts after ``pos`` (past spaces), or ""."""
    m = _NEXT_WORD.match(low, pos)
    return m.group(1) if m else ""


_NEXT_WORD = re.compile(r"\s*([^\W_]+)")
_LAST_WORD = re.compile(r"([^\W_]+)\s*$")


def _actors(
    actor_hits: Sequence[Hit], cues: Sequence[Hit], kinds: dict[str, list[Hit]], words: Words, text: str,
    lang: Language, home: str | None, active: Sequence[tuple[int, int]], published: date | None,
) -> list[ActorRef]:
    """The references to states; ``active`` are the sentences with a trigger, where prepositions matter.
    ``kinds`` holds the ``cues`` of each kind."""
    low = words.low
    offices = _Hits(kinds.get("office", []), ordered=True)
    honorifics = kinds.get("honorific", [])
    heads = [h for h in cues if h.entry.kind == "lochead" or (h.entry.kind == "office" and h.entry.value == "body")]
    if lang.modifiers_first:  # "in the Saudi capital": an adjective before a head is skipped with it
        heads += [h for h in actor_hits if h.entry.data == "demonym"]
    cue_of = _Cues(kinds.get("prep", []), heads, words, lang, active).of
    # Nouns a person's name or title after them names: "مطار بن غوريون", "جامعة الملك سعود" (no one acting).
    institutions = _Hits(kinds.get("eponym", []), ordered=True)
    eponymous = _Hits(sorted([*kinds.get("lochead", ()), *institutions.hits], key=START), ordered=True)
    refs: list[ActorRef] = []
    used_offices: dict[int, tuple[str, ...]] = {}  # an office's start -> the state(s) the text gave it
    persons: dict[str, tuple[str, ...]] = {}
    # Where a word the lexicon knows starts (a name ends before it): worked out in C unless honorifics need
    # leaving out.
    every = [*actor_hits, *cues]
    stops: set[int] = set(map(minus, map(START, every), map(len, map(PREFIX, every)))) if not honorifics else {
        h.start - len(h.prefix) for h in every if h.entry.kind != "honorific"}

    for hit in actor_hits:
        kind = hit.entry.kind
        word_start = hit.start - len(hit.prefix)
        codes: tuple[str, ...]
        word_like = False
        if kind == "state":
            if _compounded(low, word_start, lang):
                continue  # "the one-China policy", "pro-Iran militias": a modifier, not the state
            codes = (str(hit.entry.value),)
            sub = str(hit.entry.data or "name")
            if sub == NAME_OR_CAPITAL:  # "إلى عمان", "زار ... عمان" Amman; "أعلنت عمان" Oman
                visited = cue_of(hit) in _PLACE_CUES or _visited(hit, kinds.get("trigger", []), words)
                sub = "capital" if visited else "name"
                codes = (str(hit.entry.value[sub == "capital"]),)  # type: ignore[index]
            elif sub.startswith(WORD_LIKE):
                word_like, sub = True, sub[len(WORD_LIKE):]
        elif kind == "group":
            # the members when the article was written (now, when undated): BRICS in 2015 is five states
            codes = tuple(m.code for m in hit.entry.value if m.member_on(published))  # type: ignore[attr-defined]
            sub = "group"
        elif kind == "org":
            refs.append(ActorRef(word_start, hit.end, (), "org", "", False))
            continue
        elif kind == "person":
            if eponymous.ends_at(word_start, words):
                continue  # a place named after a person: "مطار بن غوريون", "King Fahd Palace"
            codes = _state_of(hit.entry.value, published)  # type: ignore[arg-type]
            if lang.cased and _other_given_name(hit, word_start, text, offices, honorifics, words):
                codes = ()  # "Lib Dem leader Charles Kennedy" is not President Kennedy, and acts for no state
            start = _honoured(word_start, honorifics, words)  # "صاحب السمو الملكي الأمير محمد بن سلمان"
            refs.append(ActorRef(start, hit.end, codes, "person", cue_of(hit), True, "head", None,
                                 (hit.start, hit.end)))
            continue
        elif kind == "place":
            place: tuple[str | None, str] = hit.entry.value  # type: ignore[assignment]
            prev = refs[-1] if refs else None
            if prev is not None and (prev.start, prev.end) == (word_start, hit.end) and prev.codes == place[:1]:
                # A city that also stands for its government ("Tel Aviv"): a capital of a kind.
                refs[-1] = prev._replace(kind="capital", level=None, name=place[1])
                continue
            refs.append(ActorRef(word_start, hit.end, (place[0],) if place[0] else (),
                                 "city" if place[0] else "venue", cue_of(hit), False, None, place[1]))
            continue
        else:
            if kind == "kingdom" and lang.has("kingdom_named_by", _next_word(low, hit.end)):
                continue  # "the Kingdom of the Two Sicilies": a kingdom it names, not the one the text is about
            refs.append(ActorRef(word_start, hit.end, (), kind, cue_of(hit), True))
            continue
        office = _governing_office(hit, offices, words, lang, sub)
        start = word_start if office is None else min(office.start - len(office.prefix), word_start)
        end = hit.end if office is None else max(office.end, hit.end)
        if office is not None:
            used_offices[office.start] = codes
            ref_kind, agentive, level = "official", True, str(office.entry.value)
        elif sub == "demonym":
            ref_kind, agentive, level = "topic", False, None
        elif sub == "capital":
            ref_kind, agentive, level = "capital", True, None
        elif sub == "title":
            ref_kind, agentive, level = "official", True, "head"
        else:
            ref_kind, agentive, level = "name", True, None
        cue_from = office if office is not None and office.start < hit.start else hit
        cue = cue_of(cue_from)
        if word_like and office is not None and office.start < hit.start and _definite(low, hit, lang) and not (
                _definite(low, office, lang)):
            continue  # "وزير المالية", the minister of finance (a construct state): "الوزير المالي" is Malian
        if word_like and not (office is not None if sub == "demonym" else cue in _PLACE_CUES and
                              not lang.has("not_a_place_after", _next_word(low, hit.end))):
            continue  # "مالي" financial, "مسقط رأسه" a birthplace: not the state
        who = None
        if ref_kind == "official" and level != "body":  # "الحكومة الألمانية" is followed by no one's name
            name_end, name = _person_name(end, low, text, honorifics, lang, stops)
            if name:
                end, who = name_end, (name_end - len(name), name_end)
                for key in _name_keys(name, lang):
                    persons.setdefault(key, codes)
        refs.append(ActorRef(start, end, codes, ref_kind if kind == "state" else "group", cue, agentive, level,
                             None, who))

    # Offices with no state: a title only one state uses ("Secretary of State"), else the one state the text
    # gave the same office before ("the Saudi Crown Prince ... the Crown Prince"), else the home state of the
    # news agency (not for bodies: "the government" of a dateline is anyone's), or left for the frames.
    covered = _Hits(refs)
    people = _Hits([r for r in refs if r.kind == "person" and r.codes])
    holders: dict[str, set[str]] = {}  # office as written -> the states the text gave it so far
    for office in offices.hits:
        form = low[office.start : office.end]
        if office.start in used_offices:
            holders.setdefault(form, set()).update(used_offices[office.start])
            continue
        if covered.covers(office.start) or eponymous.ends_at(office.start - len(office.prefix), words) or (
                institutions.starts_at(office.end, words)):
            continue  # "مدينة الملك عبدالله" is named after a king; "رئيس جامعة" heads a university, not a state
        person = people.first_from(office.end)
        # "President Mukherjee ... the President": the same office. Only where a bare title stands alone (English);
        # an Arabic head noun heads any genitive after it ("رئيس المكتب السياسي لحركة حماس").
        if (lang.modifiers_first and person is not None and office.entry.value in ("head", "minister")
                and words.within(office.end, person.start, 0)):
            holders.setdefault(form, set()).update(person.codes)
        held = holders.get(form, set())
        own = lang.office_states.get(form) or (next(iter(held)) if len(held) == 1 else None)
        state = own or (home if office.entry.value != "body" else None)  # "the government" of a dateline: anyone's
        codes = (state,) if state else ()
        body = office.entry.value == "body"
        name_end, name = (office.end, "") if body else _person_name(office.end, low, text, honorifics, lang, stops)
        if name and codes:
            for key in _name_keys(name, lang):
                persons.setdefault(key, codes)
        refs.append(ActorRef(office.start, max(office.end, name_end), codes, "office",
                             cue_of(office), True, str(office.entry.value), None,
                             (name_end - len(name), name_end) if name else None))

    refs += _regimes(kinds, _Hits(sorted(refs, key=SPAN)), words, lang, published, cue_of)
    refs = [r for r in refs if r.kind not in ("name", "topic") or not _currency(r, low, lang)]
    refs = _with_persons(refs, persons, words, text, lang, cue_of)
    refs.sort(key=SPAN)
    return _coordinated(_shared_offices(_titled_persons(_dedupe_overlaps(refs), words, lang), words, lang), words, lang)


def _compounded(low: str, start: int, lang: Language) -> bool:
    """Whether a state's name is joined by a hyphen to one of the lexicon's ``compound_prefixes`` ("one-china")."""
    if start < 2 or low[start - 1] != "-":
        return False
    found = _LAST_WORD.search(low, max(0, start - 16), start - 1)
    return found is not None and lang.has("compound_prefixes", found.group(1))


_LAST_WORD_BEFORE = re.compile(r"([^\W\d_][\w.'-]*)[^\S\n]+$")


def _other_given_name(hit: Hit, start: int, text: str, offices: _Hits[Hit], honorifics: Sequence[Hit],
                      words: Words) -> bool:
    """A known person's surname alone, right after a capitalised word that is neither a title nor an honorific
    nor the first of its sentence, names someone else: "Charles Kennedy", "Edward Kennedy"."""
    if " " in text[hit.start : hit.end].strip():
        return False
    before = _LAST_WORD_BEFORE.search(text, max(0, start - 40), start)
    given = before.group(1) if before is not None else ""
    if not given[:1].isupper() or len(given) < 3 or given.endswith("."):  # "Richard M. Nixon", "George W Bush"
        return False
    if offices.ends_at(start, words) or any(words.within(h.end, start, 0) for h in honorifics if h.end <= start):
        return False
    assert before is not None
    opening = before.start() == 0 or _BOUNDARY.search(text, max(0, before.start() - 3), before.start())
    return not opening and not _title_case(text, start)


def _title_case(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is a headline in title case ("Gunfire Erupts During Powell Visit")."""
    line = text[text.rfind("\n", 0, pos) + 1 : (text.find("\n", pos) + 1 or len(text) + 1) - 1]
    long_words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def _currency(ref: ActorRef, low: str, lang: Language) -> bool:
    """``ref`` (a name or an adjective) names a currency, no state acting: "U.S. dollars", "دولار أمريكي", "ريال
    سعودي" (the language's ``currencies`` right after it where modifiers come first, right before it otherwise)."""
    currencies = lang.pattern("currencies")
    if lang.modifiers_first:
        return currencies.match(low, ref.end) is not None
    word = _LAST_WORD.search(low, max(0, ref.start - 24), ref.start)
    return word is not None and currencies.fullmatch(word.group(1)) is not None


def _regimes(kinds: dict[str, list[Hit]], covered: _Hits[ActorRef], words: Words, lang: Language,
             published: date | None, cue_of: Callable[[Hit], str]) -> Iterator[ActorRef]:
    """A leader's surname with a regime noun names the leader's state: "نظام الأسد", "حكومة صدام", "the Assad
    regime" (the noun before the surname in Arabic, after it in English); a surname alone is no one."""
    low = words.low
    for noun in kinds.get("regime", ()):
        if lang.modifiers_first:
            m = _LAST_WORD.search(low, max(0, noun.start - len(noun.prefix) - 40), noun.start - len(noun.prefix))
        else:
            m = _NEXT_WORD.match(low, noun.end)
        if m is None or covered.covers(m.start(1)):
            continue  # nothing there, or a person's or a state's name already
        spans = lang.surnames.get(fold(m.group(1)))
        codes = _state_of(spans, published) if spans else ()
        if codes:
            start, end = min(m.start(1), noun.start - len(noun.prefix)), max(m.end(1), noun.end)
            yield ActorRef(start, end, codes, "name", cue_of(noun), True)


def _state_of(spans: Sequence[tuple[str, date, date | None]], published: date | None) -> tuple[str, ...]:
    """The state a known person acts for: the only one, or the one of their term at publication (if any)."""
    states = {code for code, _, _ in spans}
    if len(states) == 1:
        return (states.pop(),)
    if published is None:
        return ()
    return tuple([code for code, start, end in spans if start <= published and (end is None or published <= end)][:1])


def _shared_offices(refs: list[ActorRef], words: Words, lang: Language) -> list[ActorRef]:
    """A demonym joined by "and" to an official's shares the office: "the Jordanian and Syrian foreign ministers"."""
    out = list(refs)
    for i in range(len(out) - 2, -1, -1):
        r, nxt = out[i], out[i + 1]
        if r.kind == "topic" and nxt.kind == "official" and conjoined(lang, words, r.end, nxt.start):
            out[i] = ActorRef(r.start, r.end, r.codes, "official", r.cue, True, nxt.level)
    return out


def _titled_persons(refs: list[ActorRef], words: Words, lang: Language) -> list[ActorRef]:
    """An office followed by a known person is one reference: "الرئيس الروسي فلاديمير بوتين" (the same
    state); "الرئيس بوتين", "President Barack Obama" (the text gives the office no state: the person's, whatever
    state a dateline or the office's usual holder suggests); not across a reported clause ("المتحدث بأن ...")."""
    out: list[ActorRef] = []
    for r in refs:
        prev = out[-1] if out else None
        if r.kind == "person" and r.codes and _org_title(out, r, words):
            r = r.resolved((), "person")  # "Arab League chief Ahmed Aboul Gheit": acting for the organisation
        elif (prev is not None and r.kind == "person" and r.codes and words.within(prev.end, r.start, 1)
                and (prev.kind == "office" or (prev.kind == "official" and prev.codes == r.codes))
                and lang.words["complementizers"].isdisjoint(words.between(prev.end, r.start))):
            out[-1] = prev._replace(end=r.end, codes=r.codes, kind="official", who=r.who)
            continue
        elif (prev is not None and r.kind == "person" and prev.kind == "official" and prev.who is not None
                and prev.level != "body" and words.within(prev.end, r.start, 0)):
            # "Kuwait's Foreign Minister Ahmad Nasser": the name goes on, another state's leader's surname in it.
            out[-1] = prev._replace(end=r.end, who=(prev.who[0], r.end))
            continue
        elif (prev is not None and prev.kind == "person" and prev.codes and r.kind == "office" and not r.codes
                and r.level != "body" and _appended(words.between(prev.end, r.start), lang)):
            # "سامح شكري وزير الخارجية", "John Kerry, Secretary of State": the office in apposition is his
            out[-1] = prev._replace(end=r.end, kind="official", level=r.level, who=prev.who or (prev.start, prev.end))
            continue
        elif (prev is not None and prev.kind == "official" and prev.who is not None and prev.end > prev.who[1]
              and r.kind == "office" and not r.codes and r.level != "body" and _appended(
                  words.between(prev.end, r.start), lang)):
            out[-1] = prev._replace(end=r.end)  # "... ولي ولي العهد وزير الدفاع": his titles, one after another
            continue
        out.append(r)
    return out


def _honoured(start: int, honorifics: Sequence[Hit], words: Words) -> int:
    """Where a name begins with the honorifics right before it ("His Royal Highness Prince ...")."""
    for h in reversed(honorifics):
        if h.end <= start and words.within(h.end, start, 0):
            start = h.start - len(h.prefix)
    return start


def _appended(gap: Sequence[str], lang: Language) -> bool:
    """Whether only the rest of a name lies between a person and an office after it: nothing (an article), or name
    glue and the word it joins ("محمد بن سلمان بن عبدالعزيز ولي ولي العهد")."""
    gap = [w for w in gap if w not in lang.words["articles"]]
    return not gap or (len(gap) % 2 == 0 and all(w in lang.name_glue for w in gap[::2]))


def _org_title(before: Sequence[ActorRef], person: ActorRef, words: Words) -> bool:
    """An organisation's title comes right before ``person``: "UN Secretary-General", "Arab League chief", "the
    EU's foreign policy chief" (an organisation, then at most three words of title and no punctuation)."""
    org = next((a for a in reversed(before) if a.kind != "office"), None)
    return (org is not None and org.kind == "org" and words.within(org.end, person.start, 3)
            and _TITLE_GAP.fullmatch(words.low, org.end, person.start) is not None)


_TITLE_GAP = re.compile(r"(?:'s)?[\w \t\xa0-]*")  # words within one line: no headline's organisation


def _governing_office(hit: Hit, offices: _Hits[Hit], words: Words, lang: Language, sub: str) -> Hit | None:
    """The office a state reference belongs to.

    An office before the state, with at most two words between them from the
    language's ``office_gap`` ("وزير خارجية إيران", "الرئيس الروسي", "President of
    Egypt"); where modifiers come first, also an office right after the state or
    its possessive, maybe with a modifier of the language's ``office_modifiers`` ("Egyptian President",
    "China's Foreign Minister", "Sweden's new ambassador"), and a bare
    state right after an office is not its modifier.
    """
    if sub in ("capital", "title"):
        return None
    word_start = hit.start - len(hit.prefix)
    if lang.modifiers_first:
        after = offices.first_from(hit.end)
        if (after is not None and words.within(hit.end, after.start, 3)
                and not _PUNCTUATION.search(words.low, hit.end, after.start)
                and (lang.words["possessive_marks"] | lang.words["office_modifiers"]).issuperset(
                    words.between(hit.end, after.start))):
            return after
    before = offices.last_until(word_start)
    if before is not None and words.within(before.end, word_start, 2):
        gap = words.between(before.end, word_start)
        if lang.words["office_gap"].issuperset(gap) and (gap or not lang.modifiers_first):
            return before
    return None


class _Cues:
    """Finds the preposition that governs a reference, in the sentences that have a trigger (no frame reads
    another's): its own proclitic, or the word before it.

    A head between them is skipped: "في العاصمة الألمانية برلين", "لدى حكومة خادم
    الحرمين الشريفين", "in the Saudi capital Riyadh", "in the government of Egypt";
    so are the words of the language's ``prep_gap`` ("with the", "بين كل من").
    """

    def __init__(self, preps: Sequence[Hit], heads: Sequence[Hit], words: Words, lang: Language,
                 active: Sequence[tuple[int, int]]) -> None:
        self.preps = _Hits(preps, ordered=True)
        self.skips = _Hits(heads)
        self.words = words
        self.lang = lang
        self._active_starts = [s for s, _ in active]
        self._active_ends = [e for _, e in active]
        self._gap = lang.words.get("prep_gap", frozenset())

    def of(self, hit: Hit) -> str:
        start, prefix = hit.start, hit.prefix
        i = bisect_right(self._active_starts, start) - 1
        if i < 0 or start >= self._active_ends[i]:
            return ""
        lang, words, low = self.lang, self.words, self.words.low
        if prefix:
            role = lang.proclitic(prefix)
            if role:
                return role
            start -= len(prefix)
        near: list[Hit] = []  # the heads at most a word before the reference, nearest first
        skips = self.skips
        j = bisect_left(skips.starts, start)
        while j > 0:  # skips.before(start), without a generator: this runs for every reference
            j -= 1
            head = skips.hits[j]
            if head.end > start:
                continue
            if not words.within(head.end, start, 1):
                break
            near.append(head)
        for head in reversed(near):
            if head.entry.kind == "state":
                continue
            if _BOUNDARY.search(low, head.end, start) or self.preps.any_in(head.end, start):
                continue  # a head in the sentence before, across a clause, or governing something else
            start = head.start - len(head.prefix)
            role = lang.proclitic(head.prefix)
            if role in ("by", "for"):
                return role
            adjective = next((h for h in self.skips.before(start) if h.entry.kind == "state"), None)
            if adjective is not None and not low[adjective.end : start].strip():
                start = adjective.start
            break
        k = bisect_right(self.preps.ends, start) - 1  # the last preposition before
        while k >= 0 and words.within(end := self.preps.ends[k], start, 2) and self._gap.issuperset(
                words.between(end, start)):
            prep = self.preps.hits[k]
            if prep.entry.value:
                return str(prep.entry.value)
            start, k = prep.start - len(prep.prefix), k - 1  # "كل من", each of: the preposition before governs
        return ""


def _person_name(
    pos: int, low: str, text: str, honorifics: Sequence[Hit], lang: Language, stops: set[int]
) -> tuple[int, str]:
    """A person's name right after an office or title, honorifics skipped: (end offset, folded name).

    The name ends before any word the lexicon knows, a date, punctuation or a
    word of the language's ``name_stops``. In a cased script a name is capitalised
    words (and glue: "bin", "al") and may follow a comma ("the Emir of Qatar,
    Tamim bin Hamad"); in Arabic it does not start with the article (a family
    name such as الجبير may end it) or with an imperfect verb's prefix.
    """
    i = pos
    honorific = False
    for h in honorifics:
        if h.start < i:
            continue
        if low[i : h.start].strip(" ,"):
            break
        i, honorific = h.end, True
    words: list[tuple[int, int]] = []
    for m in _WORD.finditer(low, i):
        gap = low[i : m.start()].strip()
        if (gap not in ("", "-") and not (gap == "," and lang.cased and not words)) or m.start() in stops:
            break
        token = m.group()
        if lang.has("name_stops", token) or lang.has("complementizers", token):
            break  # "المتحدث بأن سامح شكري": the spokesman said that ..., no name
        if lang.cased and not (text[m.start()].isupper() or token in lang.name_glue):
            break
        if not lang.cased and not _uncased_name_token(token, bool(words), honorific):
            break
        words.append((m.start(), m.end()))
        i = m.end()
        if len(words) == 5 or (not lang.cased and token.startswith("ال")):
            break
    while words and low[words[-1][0] : words[-1][1]] in lang.name_glue:
        words.pop()
    if not words:
        return pos, ""
    return words[-1][1], low[words[0][0] : words[-1][1]]


def _uncased_name_token(token: str, inside: bool, honorific: bool) -> bool:
    """Whether an Arabic word can be part of a name: Arabic letters, no conjunction inside the name, no article
    at its start, and no imperfect verb's prefix ("أمير قطر يعد ...") unless an honorific announced a name."""
    if not _NAME_TOKEN_AR.fullmatch(token) or (inside and token.startswith("و")):
        return False
    if not inside and token.startswith("ال"):
        return False
    return inside or honorific or not (token[0] in "يت" and len(token) > 3)


def _name_keys(name: str, lang: Language) -> list[str]:
    tokens = name.split()
    keys = [name]
    if len(tokens) > 1 and tokens[-1] not in lang.name_glue and len(tokens[-1]) > 2:
        keys.append(tokens[-1])
    return keys


def _with_persons(
    refs: list[ActorRef], persons: dict[str, tuple[str, ...]], words: Words, text: str, lang: Language,
    cue_of: Callable[[Hit], str],
) -> list[ActorRef]:
    """Later mentions of a named person ("ظريف", "Sadat") refer to their state."""
    if not persons:
        return refs
    covered = [(r.start, r.end) for r in refs]
    out = list(refs)
    low = words.low
    for p, s, e in _name_matches(low, sorted(persons, key=len, reverse=True)):
        if any(a <= s < b for a, b in covered):
            continue
        if lang.cased and not text[s].isupper():
            continue
        fake = Hit(s, e, low[p:s], "", _PERSON_ENTRY)
        cue = cue_of(fake)
        out.append(ActorRef(s, e, persons[low[s:e]], "person", cue, True, "head", None, (s, e)))
        covered.append((s, e))
    return out


_NAME_CLITICS = "وفبل"


def _name_matches(low: str, names: Sequence[str]) -> list[tuple[int, int, int]]:
    r"""Where ``names`` occur as words, after at most two of the clitics و ف ب ل: ``(start of the word, start of
    the name, its end)``, in text order and not overlapping, as scanning the text with the regular expression
    ``(?<![^\W_])[وفبل]{0,2}(name1|name2|...)(?![^\W_])`` would find them (at a word start, the most clitics,
    then the first name).

    Each name is looked for with ``str.find``: a regular expression compiled for every article's names, then
    run over the whole text, cost ten times as much.
    """
    found: dict[int, tuple[int, int, int, int]] = {}  # word start -> (clitics, -rank, name start, end), best
    for rank, name in enumerate(names):
        i = low.find(name)
        while i >= 0:
            end = i + len(name)
            if end == len(low) or not low[end].isalnum():
                for k in range(min(2, i), -1, -1):
                    p = i - k
                    if (p == 0 or not low[p - 1].isalnum()) and all(c in _NAME_CLITICS for c in low[p:i]):
                        best = found.get(p)
                        if best is None or (k, -rank) > best[:2]:
                            found[p] = (k, -rank, i, end)
            i = low.find(name, i + 1)
    out: list[tuple[int, int, int]] = []
    reach = 0
    for p in sorted(found):
        if p >= reach:
            _, _, s, e = found[p]
            out.append((p, s, e))
            reach = e
    return out


_PERSON_ENTRY = Entry("person", "person_name", None, "word")


def _dedupe_overlaps(refs: list[ActorRef]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for r in refs:
        if out and r.start < out[-1].end:
            prev = out[-1]
            # Keep the wider reference; a nested one adds its codes when it is part of the same phrase.
            if r.end <= prev.end:
                if prev.kind == "official" and r.kind == "person" and prev.who is None:
                    out[-1] = prev._replace(who=r.who)  # the person named inside the official's phrase
                continue
            out[-1] = prev if (prev.end - prev.start) >= (r.end - r.start) else r
            continue
        out.append(r)
    return out


def named_person(reading: Reading, ref: ActorRef) -> tuple[str, str | None] | None:
    """The person ``ref`` names, as the article writes it: ``(name, office)`` ("تميم بن حمد آل ثاني", "أمير
    قطر"; the office ``None`` when the text gives none before the name), or ``None`` when it names no one.

    The office is the reference's words before the name, honorifics and clitics left out; a name read after
    its word's clitics keeps its article ("والسادات": "السادات").
    """
    if ref.who is None or ref.kind not in _PEOPLE_KINDS:
        return None
    name_start, name_end = ref.who
    low, articles = reading.low, reading.lang.words["articles"]
    word_start = name_start
    while word_start > 0 and low[word_start - 1].isalnum():
        word_start -= 1
    name_start -= max((len(a) for a in articles if low.endswith(a, word_start, name_start)), default=0)
    start, end = ref.start, word_start
    for hit in (*reading.cues_in(start, end, "office"), *reading.cues_in(start, end, "honorific")):
        if hit.start - len(hit.prefix) == start:  # "بالرئيس": the office is "الرئيس", its clitics left out
            start = hit.start - max((len(a) for a in articles if hit.prefix.endswith(a)), default=0)
        if hit.entry.kind == "honorific":
            end = min(end, hit.start - len(hit.prefix))
    original = reading.article.text
    o_lo, o_hi = reading.norm.original_span(name_start, name_end)
    office = original[slice(*reading.norm.original_span(start, end))].strip(" ,،-") if start < end else ""
    return original[o_lo:o_hi], office or None


def conjoined(lang: Language, words: Words, end: int, start: int) -> bool:
    """Whether only a comma, a conjunction or a hyphen joins ``low[:end]`` and ``low[start:]`` (``low`` is
    ``words.low``).

    The conjunction may be a word followed by determiners from the language's
    ``prep_gap`` ("and the") or a proclitic on the second word ("وروسيا"); the hyphen
    makes a compound ("the Egypt-Israel treaty", "Saudi-Iranian talks").
    """
    gap = words.between(end, start)
    joint = words.low[end:start]
    if not gap:
        return joint.strip() == "," or joint == "-" or lang.has("conjunctions", words.low[start : start + 1])
    if joint.lstrip().startswith(","):  # "Saudi Arabia, the UAE, Bahrain and Egypt", "France, and the USSR"
        return lang.words["prep_gap"].issuperset(gap[1:] if lang.has("conjunctions", gap[0]) else gap)
    return lang.has("conjunctions", gap[0]) and lang.words["prep_gap"].issuperset(gap[1:])


def _coordinated(refs: list[ActorRef], words: Words, lang: Language) -> list[ActorRef]:
    """A reference joined by "و"/"and" to the one before inherits its preposition: بين قطر وروسيا; so does a
    city's state right after it: "في عنتيبي بأوغندا" (in Entebbe, Uganda)."""
    out: list[ActorRef] = []
    for r in refs:
        prev = out[-1] if out else None
        if prev is not None and prev.cue and (
                (not r.cue and conjoined(lang, words, prev.end, r.start) and _listed(lang, words, prev.end, r))
                or (prev.kind in ("city", "capital") and prev.codes == r.codes and words.within(prev.end, r.start, 0))):
            r = r._replace(cue=prev.cue)
        out.append(r)
    return out


def _listed(lang: Language, words: Words, end: int, ref: ActorRef) -> bool:
    """``ref``, after a comma alone, is in a list that goes on ("with India, Japan and China"), not a new
    clause's subject ("following the invasion of Kuwait, Syria broke off relations")."""
    low = words.low
    if low[end : ref.start].strip() not in _COMMAS or lang.has("conjunctions", low[ref.start : ref.start + 1]):
        return True  # "برؤساء السنغال السيد سنغور، وغينيا السيد سيكوتوري": a conjunction on it continues the list
    after = low[ref.end : ref.end + 2].lstrip()[:1]
    word = _next_word(low, ref.end)
    return after in _COMMAS or lang.has("conjunctions", word) or lang.has("conjunctions", word[:1])


_NOT_PARTIES = ("pair", "kingdom", "country_pronoun", "topic", "org", "city", "venue")
_PEOPLE_KINDS = ("official", "person", "office")


def _resolve_anaphora(
    actors: list[ActorRef], sentences: Sequence[tuple[int, int]], lang: Language, home: str | None
) -> tuple[list[ActorRef], list[tuple[int, tuple[str, str]]]]:
    """Resolve pair anaphors, "the Kingdom" and "his country" with the discourse so far.

    Returns the references and, per sentence, the pair of states under discussion there (the two first named
    in the last sentence that named two or more).
    """
    pairs: list[tuple[int, tuple[str, str]]] = []
    kingdoms = lang.kingdoms
    last_kingdom: str | None = home if home in kingdoms else None
    last_official: tuple[str, ...] = ()
    out: list[ActorRef] = []
    current: tuple[str, str] | None = None
    starts = [a.start for a in actors]
    lo = 0
    for s_start, s_end in sentences:
        lo = bisect_left(starts, s_start, lo)
        in_sentence = actors[lo : bisect_left(starts, s_end, lo)]
        if not in_sentence:  # the pair under discussion carries on
            if current:
                pairs.append((s_start, current))
            continue
        # The pair under discussion: the parties the sentence names, not where something happened ("talks at the
        # GCC headquarters in Saudi Arabia, according to Qatar" leaves Qatar and Bahrain under discussion).
        named = _distinct([c for a in in_sentence if a.kind not in _NOT_PARTIES and a.cue not in ("in", "at")
                           for c in a.codes])
        for a in in_sentence:
            kind = a.kind
            if kind == "pair":
                pair = (named[0], named[1]) if len(named) == 2 else current
                out.append(a.resolved(tuple(pair) if pair else (), "pair"))
                continue  # a pair is no kingdom, no official
            if kind == "kingdom":
                a = a.resolved((last_kingdom,) if last_kingdom else (), "kingdom")
            elif kind == "country_pronoun":
                a = a.resolved(last_official, "pronoun")
            if a.codes:
                if a.kind in _PEOPLE_KINDS:
                    last_official = a.codes
                for c in a.codes:
                    if c in kingdoms:
                        last_kingdom = c
            out.append(a)
        if len(named) >= 2:
            current = (named[0], named[1])
        if current:
            pairs.append((s_start, current))
    if len(out) < len(actors):  # references outside every sentence (in whitespace-only lines: none so far)
        inside = {id(a) for s, e in sentences for a in actors[bisect_left(starts, s) : bisect_left(starts, e)]}
        out.extend(a for a in actors if id(a) not in inside)
        out.sort(key=lambda r: (r.start, r.end))
    return out, pairs


def _definite(low: str, hit: Hit, lang: Language) -> bool:
    """The word of ``hit`` carries the definite article (after any conjunction): "المالية", "والوزير"."""
    word = low[hit.start - len(hit.prefix) : hit.end].lstrip("".join(lang.words["conjunctions"]))
    return any(word.startswith(a) for a in lang.words["articles"])


def _distinct(codes: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(codes))
