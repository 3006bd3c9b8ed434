"""Random samples of what the extractors do on real text, for judging by hand (precision and recall).

After each pass on the rules, judge two samples per language against ``../shared/corpus/ANNOTATION.md``:

- ``events``: N events drawn at random from everything relgraph extracts over the unlabeled news. Each row has the
  event, its evidence and its whole sentence; mark it right or wrong (and why). Precision is right / N.
- ``misses``: N sentences drawn at random among those that hold a trigger word and name two or more states but gave
  no event. Mark each as a real miss (with its cause) or rightly no event; the real misses, by cause, say where
  recall is lost.

    python tools/samples.py events ../shared/corpus/unlabeled/ar-saudinewsnet-2015.jsonl.gz --out /tmp/ar.jsonl
    python tools/samples.py misses ../shared/corpus/unlabeled/en-reuters-1987.jsonl.gz --out /tmp/en.jsonl

The sheet is JSON Lines with a ``verdict`` field left empty for the judge. Write it outside the project: the corpus
text is not ours to publish, only the figures (``docs/accuracy.md``). ``--summary SHEET`` counts a judged sheet:
verdicts ``ok`` / ``wrong`` (events) or ``miss`` / ``none`` (misses), with a ``why`` per row, tallied by type and cause.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from relgraph.articles import read_articles
from relgraph.extractors import extractor_for
from relgraph.extractors.language import TriggerSpec, language
from relgraph.extractors.reading import read
from relgraph.model import Article


def _articles(paths: list[Path], limit: int | None, seed: int) -> list[Article]:
    """The articles of ``paths``; with ``limit``, that many drawn at random (reproducibly)."""
    items: list[Article] = []
    for path in paths:
        if path.suffix == ".gz":
            with gzip.open(path, "rt", encoding="utf-8") as lines:
                plain = Path(f"/tmp/samples-{path.stem}")
                plain.write_text(lines.read(), encoding="utf-8")
            path = plain
        items.extend(a for a in read_articles([str(path)]) if isinstance(a, Article))
    if limit is not None and limit < len(items):
        items = random.Random(seed).sample(items, limit)
    return items


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` (cut at full stops and line breaks), for the judge to read."""
    lo = max(text.rfind(c, 0, start) for c in ".\n؟?!") + 1
    his = [i for c in ".\n؟?!" if (i := text.find(c, end)) != -1]
    return text[lo : min(his) + 1 if his else len(text)].strip()


def events(items: list[Article]) -> Iterator[dict[str, object]]:
    for article in items:
        for m in extractor_for(article.lang).extract(article):
            yield {
                "article": article.id,
                "type": m.type.slug,
                "actors": list(m.actors),
                "date": m.date.iso if m.date else None,
                "place": m.place,
                "evidence": m.evidence,
                "sentence": _sentence(article.text, m.start, m.end),
                "verdict": "",
                "why": "",
            }


def misses(items: list[Article]) -> Iterator[dict[str, object]]:
    """Sentences with a trigger and two or more states named, none of whose triggers gave an event."""
    for article in items:
        mentions = extractor_for(article.lang).extract(article)
        reading = read(article, language(article.lang), only_with_triggers=True)
        done: set[tuple[int, int]] = set()
        for hit, sentence in zip(reading.triggers, reading.trigger_sentences, strict=True):
            if sentence in done or not isinstance(hit.entry.value, TriggerSpec):
                continue
            done.add(sentence)
            states = reading.named_in(sentence)[1]
            if len(states) < 2:
                continue
            a, b = reading.norm.original_span(*sentence)
            if any(a <= m.start < b or a < m.end <= b for m in mentions):
                continue
            yield {
                "article": article.id,
                "trigger": reading.text[hit.start : hit.end],
                "trigger_type": hit.entry.value.type.slug,
                "states": sorted(states),
                "sentence": reading.text[sentence[0] : sentence[1]].strip(),
                "verdict": "",
                "why": "",
            }


def summary(sheet: Path) -> None:
    rows = [json.loads(line) for line in sheet.read_text(encoding="utf-8").splitlines() if line.strip()]
    judged = [r for r in rows if r.get("verdict")]
    by = Counter((r.get("type") or r.get("trigger_type"), r["verdict"]) for r in judged)
    why = Counter((r["verdict"], r.get("why") or "-") for r in judged)
    print(
        f"{len(judged)} of {len(rows)} judged: "
        + ", ".join(f"{v} {n}" for v, n in Counter(r["verdict"] for r in judged).most_common())
    )
    for (kind, verdict), n in sorted(by.items(), key=str):
        print(f"  {kind:24} {verdict:6} {n}")
    for (verdict, cause), n in why.most_common():
        print(f"  {verdict:6} {n:3}  {cause}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["events", "misses", "summary"])
    parser.add_argument("files", nargs="+", type=Path, help="JSON Lines articles (.jsonl or .jsonl.gz), or a sheet")
    parser.add_argument("--n", type=int, default=100, help="rows to draw")
    parser.add_argument("--articles", type=int, help="read only this many articles, drawn at random")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="the sheet to write (default: stdout)")
    args = parser.parse_args(argv)
    if args.what == "summary":
        summary(args.files[0])
        return 0
    items = _articles(args.files, args.articles, args.seed)
    found = list((events if args.what == "events" else misses)(items))
    drawn = random.Random(args.seed).sample(found, min(args.n, len(found)))
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    for row in drawn:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} drawn of {len(found)} over {len(items)} articles", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
