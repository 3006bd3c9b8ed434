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

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain

from relgraph.dates import TimeExpression, find_dates
from relgraph.extractors.cues import conjoined
from relgraph.extractors.discourse import (
    _filed_from,
    _home,
    _page_words,
    _record_subject,
    _resolve_anaphora,
    _source_state,
    _titled,
)
from relgraph.extractors.kinds import PEOPLE, HitKind, Level, Modality, RefKind
from relgraph.extractors.language import Language, TriggerSpec
from relgraph.extractors.persons import _state_of
from relgraph.extractors.positions import (
    _CODES,
    ActorRef,
    Clause,
    Words,
    _clauses,
    _sentence_at,
)
from relgraph.extractors.references import _References
from relgraph.extractors.scanning import START, Hit, spaced
from relgraph.model import Article
from relgraph.text.normalize import NormText, lower, normalize
from relgraph.text.sentences import sentence_spans

__all__ = ["ActorRef", "Clause", "Reading", "conjoined", "named_person", "read"]


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
    pairs: list[tuple[int, tuple[str, str] | None]] = field(default_factory=list)  # (sentence start, pair in force)
    kinds: dict[HitKind, list[Hit]] = field(default_factory=dict)  # the cues of each kind, in text order
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
        self._kind_starts: dict[HitKind | None, list[int]] = {}
        self._named: dict[tuple[int, int], tuple[tuple[ActorRef, ...], frozenset[str]]] = {}
        self._dates: dict[tuple[int, int], list[TimeExpression]] = {}
        self._date_starts = [d.start for d in self.dates]  # in text order (find_dates)
        #: each trigger's modality (by its start and its spec's index), worked out once: a conjoined trigger asks
        #: for an earlier one's again (``conditions._modality``)
        self.modalities: dict[tuple[int, int], Modality | None] = {}

    @property
    def text(self) -> str:
        return self.norm.text

    def clause_of(self, pos: int) -> Clause:
        i = bisect_right(self._clause_starts, pos) - 1
        return self.clauses[i] if i >= 0 and pos < self.clauses[i].end else Clause(pos, pos)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        return _sentence_at(self.sentences, self._sentence_starts, pos)

    def sentence_after(self, sentence: tuple[int, int]) -> tuple[int, int]:
        """The sentence right after ``sentence`` (an empty span at the text's end)."""
        i = bisect_left(self._sentence_starts, sentence[1])
        return self.sentences[i] if i < len(self.sentences) else (len(self.low), len(self.low))

    def sentence_before(self, sentence: tuple[int, int]) -> tuple[int, int]:
        """The sentence right before ``sentence`` (an empty span at the text's start)."""
        i = bisect_left(self._sentence_starts, sentence[0]) - 1
        return self.sentences[i] if i >= 0 else (0, 0)

    def comma_after(self, start: int, end: int) -> int:
        """Where the first comma from ``start`` to ``end`` is; ``end`` where there is none."""
        return min((i for c in self.lang.commas if (i := self.low.find(c, start, end)) >= 0), default=end)

    def alternative(self, ref: ActorRef) -> bool:
        """``ref`` is one of states offered as alternatives, a disjunction between it and the state before or after
        it ("Kenya or Ethiopia", "في البحرين أو السعودية"): the text says of neither that it took part."""
        sentence = self.sentence_of(ref.start)
        if not any(f" {w} " in self.low[sentence[0] : sentence[1]] for w in self.lang.words["disjunctions"]):
            return False  # (most sentences hold no "or": the cheap test first)
        before = next(self.actors_from(sentence[0], ref.start, backwards=True), None)
        after = next((a for a in self.actors_from(ref.end, sentence[1]) if a.start >= ref.end), None)
        gaps = [(before.end, ref.start)] if before is not None and before.end <= ref.start else []
        gaps += [(ref.end, after.start)] if after is not None else []
        return any(self.words_between(*gap) in ([w] for w in self.lang.words["disjunctions"]) for gap in gaps)

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

    def cues_in(self, start: int, end: int, kind: HitKind | None = None) -> list[Hit]:
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

    def seats_in(self, start: int, end: int) -> list[ActorRef]:
        """The venues from ``start`` to ``end`` as the capitals of the states they lie in: where states meet, no
        state's, but a mission or an envoy posted to The Hague or Vienna is posted to the Netherlands or Austria."""
        found = self.actors_in(start, end)
        return [a.resolved((a.seat,), RefKind.CAPITAL) for a in found if a.kind == RefKind.VENUE and a.seat]

    def triggers_in(self, start: int, end: int) -> list[Hit]:
        """The triggers that start in ``start:end``."""
        return self.triggers[bisect_left(self._trigger_starts, start) : bisect_left(self._trigger_starts, end)]

    @cached_property
    def titled(self) -> ActorRef | None:
        """The person or state an encyclopedia article is about (its title in the source): the subject its
        paragraphs leave implicit, standing nowhere in the text (``who`` is None)."""
        hit = _titled(self.article.source, self.lang)
        if hit is None:
            return None
        if hit.entry.kind == HitKind.PERSON:
            codes = _state_of(hit.entry.value, self.article.published)  # type: ignore[arg-type]
            return ActorRef(0, 0, codes, RefKind.PERSON, level=Level.HEAD) if codes else None
        return ActorRef(0, 0, (str(hit.entry.value),), RefKind.NAME)

    def titled_as(self, ref: ActorRef) -> ActorRef | None:
        """:attr:`titled` standing at ``ref``: a "he" the text gives no one."""
        return self.titled._replace(start=ref.start, end=ref.end) if self.titled else None

    def titled_dropped(self, sentence_start: int, at: int) -> ActorRef | None:
        """:attr:`titled` as the dropped subject of the word at ``at`` ("قام بزيارة ...، حيث التقى ..."), where no
        bare reference before it in its sentence could be the subject ("قام بزيارة إلى لندن، والتقى ...": London,
        after its preposition, is none)."""
        if self.titled is None or any(a.agentive and not a.cue for a in self.actors_in(sentence_start, at)):
            return None
        return self.titled._replace(start=at, end=at)

    @cached_property
    def counterpart(self) -> str | None:
        """In a state's own record of its relations, the state the record is about: the one its page is named after,
        else the one it names most often besides the recorder by a word of the page's name ("Establishment of
        Diplomatic Relations, 1924" on the page "korea-south": the Republic of Korea); none for a page about a polity
        the gazetteer lacks (Hanover, Texas, Hawaii)."""
        if self.recorder is None:
            return None
        titled = _record_subject(self.article.source, self.lang)
        if titled is not None and titled != self.recorder:
            return titled
        # Of those, one a reference names by a word of the page's name: none for a polity the gazetteer lacks
        # ("Hanover", "Texas", "Hawaii" are no other state named on their pages).
        words = _page_words(self.article.source)
        named = Counter(
            c
            for a in self.actors
            if a.agentive and (not words or any(w in self.low[a.start : a.end] for w in words))
            for c in a.codes
            if c != self.recorder
        )
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
        return self.bare_words(a, b) - sum(
            self.words.count(max(a, d.start), min(b, d.end))
            for d in self.dates_in(sentence)
            if d.start < b and d.end > a
        )

    def dates_in(self, sentence: tuple[int, int]) -> list[TimeExpression]:
        """The time expressions within ``sentence``, worked out once per sentence."""
        found = self._dates.get(sentence)
        if found is None:
            start, end = sentence
            anchored = self.lang.pattern("event_anchored")  # "two days after the visit": relative to an event
            within = self.dates[bisect_left(self._date_starts, start) : bisect_right(self._date_starts, end)]
            found = self._dates[sentence] = [
                d for d in within if d.end <= end and anchored.match(self.low, d.start, min(end, d.end + 4)) is None
            ]
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
    kinds: dict[HitKind, list[Hit]] = {}
    for h in cue_hits:
        kinds.setdefault(h.entry.kind, []).append(h)
    # A lexeme read on the very span of a trigger is that word, not the trigger: "طبعًا" (of course) is no dual of
    # طبع; longer lexemes have already won in the scan.
    lexemes = {(h.start, h.end) for h in kinds.get(HitKind.LEXEME, ())}
    triggers = [h for h in kinds.get(HitKind.TRIGGER, ()) if (h.start, h.end) not in lexemes]
    kinds[HitKind.TRIGGER] = triggers
    if only_with_triggers and not _possible(triggers, low, lang):
        return Reading(article, lang, norm, low, Words(""), [], [], [], [], [], [], None)
    sentences = sentence_spans(text)
    clauses = _clauses(sentences, kinds.get(HitKind.BREAK, []), text, lang.commas)
    dates = find_dates(text, lang.code, article.published)
    filed = [h for h in actor_hits if _filed_from(h, text, dates)]
    actor_hits = [h for h in actor_hits if h not in filed]
    # The state whose officials an article leaves unnamed: its news agency's, else where it was filed from.
    home = _home(text, low, lang) or next((str(h.entry.value) for h in filed if h.entry.kind == HitKind.STATE), None)
    words = Words(low, spaced_low)
    starts = [s for s, _ in sentences]
    placed = [_sentence_at(sentences, starts, h.start) for h in triggers]  # each trigger's sentence
    active = sorted({s for s in placed if s[0] < s[1]})  # the sentences with a trigger
    # the references to states; ``active`` are the sentences with a trigger, where prepositions matter
    recorder = _source_state(article.source, lang)
    refs = _References(actor_hits, cue_hits, kinds, words, text, lang, home, active, article.published, recorder)
    actors, pairs = _resolve_anaphora(
        refs.read(), sentences, lang, home, _source_state(article.source, lang, "publishers")
    )
    return Reading(
        article,
        lang,
        norm,
        low,
        words,
        sentences,
        clauses,
        actors,
        triggers,
        cue_hits,
        dates,
        home,
        pairs,
        kinds,
        placed,
        recorder,
    )


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


def named_person(reading: Reading, ref: ActorRef) -> tuple[str, str | None] | None:
    """The person ``ref`` names, as the article writes it: ``(name, office)`` ("تميم بن حمد آل ثاني", "أمير
    قطر"; the office ``None`` when the text gives none before the name), or ``None`` when it names no one.

    The office is the reference's words before the name, honorifics and clitics left out; a name read after
    its word's clitics keeps its article ("والسادات": "السادات").
    """
    if ref.who is None or ref.kind not in PEOPLE:
        return None
    name_start, name_end = ref.who
    low, articles = reading.low, reading.lang.words["articles"]
    word_start = name_start
    while word_start > 0 and low[word_start - 1].isalnum():
        word_start -= 1
    name_start -= max((len(a) for a in articles if low.endswith(a, word_start, name_start)), default=0)
    start, end = ref.start, word_start
    for hit in (*reading.cues_in(start, end, HitKind.OFFICE), *reading.cues_in(start, end, HitKind.HONORIFIC)):
        if hit.start - len(hit.prefix) == start:  # "بالرئيس": the office is "الرئيس", its clitics left out
            start = hit.start - max((len(a) for a in articles if hit.prefix.endswith(a)), default=0)
        if hit.entry.kind == HitKind.HONORIFIC:
            end = min(end, hit.start - len(hit.prefix))
    original = reading.article.text
    o_lo, o_hi = reading.norm.original_span(name_start, name_end)
    edges = " -" + "".join(sorted(reading.lang.commas))  # around the office: spaces, commas, a dash
    office = original[slice(*reading.norm.original_span(start, end))].strip(edges) if start < end else ""
    return original[o_lo:o_hi], office or None
