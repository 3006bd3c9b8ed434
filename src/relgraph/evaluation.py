"""Scoring extracted events against hand-annotated ones, by the rules of ANNOTATION.md.

An extracted event matches a gold event of the same article when the type is
equal, the actors are the same set (and, for directed types, the first actor
is the same), and, for the strict score, the date agrees at the gold's
precision: the extracted date cut to the gold's length equals it and is not
coarser; a gold ``null`` date accepts any. Matching is one to one (a maximum
bipartite matching per article and type). Precision, recall and F1 are
reported overall and per type, relaxed (no date) and strict.

>>> g = GoldEvent("a", EventType.VISIT, ("QA", "RU"), "2025-04", None, "")
>>> _date_agrees(g, "2025-04-16"), _date_agrees(g, "2025"), _date_agrees(g, None)
(True, False, False)
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from relgraph.errors import ArticleError
from relgraph.model import Article, EventType, Mention

__all__ = ["EvalReport", "GoldArticle", "GoldEvent", "Score", "evaluate", "read_gold"]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    article: str
    type: EventType
    actors: tuple[str, ...]
    date: str | None
    place: str | None
    evidence: str


@dataclass(frozen=True, slots=True)
class GoldArticle:
    article: Article
    events: tuple[GoldEvent, ...]


@dataclass(frozen=True, slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True, slots=True)
class ErrorCase:
    """A miss (gold event nothing matched) or a false positive (extracted event matching no gold one)."""

    kind: str  # "miss" or "false positive"
    article: str
    type: str
    actors: tuple[str, ...]
    date: str | None
    evidence: str
    strict_only: bool  # wrong only on the date: matched when dates are ignored


@dataclass(frozen=True)
class EvalReport:
    relaxed: dict[str, Score]
    strict: dict[str, Score]
    errors: tuple[ErrorCase, ...] = field(default=())
    articles: int = 0

    @property
    def overall_relaxed(self) -> Score:
        return sum(self.relaxed.values(), Score())

    @property
    def overall_strict(self) -> Score:
        return sum(self.strict.values(), Score())

    def rows(self) -> list[dict[str, object]]:
        """One row per type that occurs, then the overall row, for the CLI's table/json output."""
        out: list[dict[str, object]] = []
        for slug in sorted(set(self.relaxed) | set(self.strict)):
            out.append(_row(slug, self.relaxed.get(slug, Score()), self.strict.get(slug, Score())))
        out.append(_row("overall", self.overall_relaxed, self.overall_strict))
        return out


def _row(label: str, relaxed: Score, strict: Score) -> dict[str, object]:
    return {
        "type": label,
        "gold": relaxed.tp + relaxed.fn,
        "extracted": relaxed.tp + relaxed.fp,
        "relaxed_p": round(relaxed.precision, 3),
        "relaxed_r": round(relaxed.recall, 3),
        "relaxed_f1": round(relaxed.f1, 3),
        "strict_p": round(strict.precision, 3),
        "strict_r": round(strict.recall, 3),
        "strict_f1": round(strict.f1, 3),
    }


def read_gold(path: str | Path) -> Iterator[GoldArticle]:
    """Read an annotated JSONL file (ANNOTATION.md); a malformed line is an :class:`ArticleError` naming it."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                article = Article(
                    id=str(record["id"]),
                    text=record["text"],
                    lang=record.get("lang"),
                    published=date.fromisoformat(record["published"]) if record.get("published") else None,
                    source=record.get("source"),
                )
                events = tuple(
                    GoldEvent(
                        article.id,
                        EventType.from_slug(e["type"]),
                        tuple(e["actors"]),
                        e.get("date"),
                        e.get("place"),
                        e.get("evidence", ""),
                    )
                    for e in record.get("events", [])
                )
            except (ValueError, KeyError, TypeError) as exc:
                raise ArticleError(str(path), f"not a valid annotated article: {exc}", line=number) from exc
            yield GoldArticle(article, events)


def _actors_match(type_: EventType, gold: Sequence[str], got: Sequence[str]) -> bool:
    if set(gold) != set(got):
        return False
    return not type_.directed or (bool(gold) and bool(got) and gold[0] == got[0])


def _date_agrees(gold: GoldEvent, got: str | None) -> bool:
    if gold.date is None:
        return True
    return got is not None and len(got) >= len(gold.date) and got[: len(gold.date)] == gold.date


def _max_matching(golds: Sequence[GoldEvent], preds: Sequence[Mention], strict: bool) -> dict[int, int]:
    """Maximum one-to-one matching (Kuhn's augmenting paths); returns pred index -> gold index."""
    edges = [
        [
            g
            for g, gold in enumerate(golds)
            if gold.type is pred.type
            and _actors_match(gold.type, gold.actors, pred.actors)
            and (not strict or _date_agrees(gold, pred.date.iso if pred.date else None))
        ]
        for pred in preds
    ]
    owner: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in edges[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = p
                return True
        return False

    for p in range(len(preds)):
        augment(p, set())
    return {p: g for g, p in owner.items()}


def evaluate(gold: Iterable[GoldArticle], predicted: Mapping[str, Sequence[Mention]]) -> EvalReport:
    """Score ``predicted`` (mentions per article id) against ``gold``."""
    relaxed: dict[str, Score] = defaultdict(Score)
    strict: dict[str, Score] = defaultdict(Score)
    errors: list[ErrorCase] = []
    n = 0
    for item in gold:
        n += 1
        preds = list(predicted.get(item.article.id, ()))
        golds = list(item.events)
        for table, is_strict in ((relaxed, False), (strict, True)):
            matched = _max_matching(golds, preds, is_strict)
            hit_golds = set(matched.values())
            for p, pred in enumerate(preds):
                table[pred.type.slug] += Score(tp=1) if p in matched else Score(fp=1)
            for g, gold_event in enumerate(golds):
                if g not in hit_golds:
                    table[gold_event.type.slug] += Score(fn=1)
            if is_strict:
                relaxed_match = _max_matching(golds, preds, False)
                errors += _errors(golds, preds, matched, relaxed_match)
    return EvalReport(dict(relaxed), dict(strict), tuple(errors), n)


def _errors(
    golds: Sequence[GoldEvent], preds: Sequence[Mention], strict: dict[int, int], relaxed: dict[int, int]
) -> list[ErrorCase]:
    out: list[ErrorCase] = []
    strict_golds, relaxed_golds = set(strict.values()), set(relaxed.values())
    for g, gold in enumerate(golds):
        if g not in strict_golds:
            out.append(
                ErrorCase(
                    "miss", gold.article, gold.type.slug, gold.actors, gold.date, gold.evidence, g in relaxed_golds
                )
            )
    for p, pred in enumerate(preds):
        if p not in strict:
            out.append(
                ErrorCase(
                    "false positive",
                    pred.article,
                    pred.type.slug,
                    pred.actors,
                    pred.date.iso if pred.date else None,
                    pred.evidence,
                    p in relaxed,
                )
            )
    return out
