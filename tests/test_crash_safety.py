"""Killing an ingest half way (SIGKILL) leaves a store that opens, holds only whole
articles, and that the same ingest, run again, completes."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from relgraph import api
from relgraph.gazetteer import Gazetteer
from relgraph.repository import Repository

pytestmark = pytest.mark.slow

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def write_corpus(path: Path, n: int) -> None:
    """Articles of our own making: a minister's dated visit to a capital, then filler."""
    states = [s for s in Gazetteer.default() if not s.former and s.capital_ar]
    rnd = random.Random(11)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            a, b = rnd.sample(states, 2)
            when = f"{rnd.randint(1, 28)} {MONTHS[rnd.randrange(12)]} {rnd.randint(1990, 2020)}"
            text = (
                f"زار وزير خارجية {a.name_ar} {b.capital_ar[0]} في {when}. "
                f"وقالت الوزارة إن وزير خارجية {a.name_ar} التقى في {when} رئيس وزراء {b.name_ar}. "
                + "وأكد الجانبان أهمية التعاون الاقتصادي والثقافي. "
                * 10
            )
            record = {"id": f"a{i:05d}", "lang": "ar", "published": "2021-01-01", "text": text}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def relgraph(*args: str) -> list[str]:
    exe = shutil.which("relgraph")
    return [exe, *args] if exe else [sys.executable, "-c", "from relgraph.cli import main; main()", *args]


def _default_signals() -> None:
    """In a child, before it runs: Ctrl-C as by default, even when the tests were started with it ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def expected_mentions(corpus: Path) -> dict[str, int]:
    return {item.article.id: len(item.mentions) for item in api.extract([corpus]) if isinstance(item, api.Extracted)}


def test_sigkill_half_way_leaves_whole_articles_and_a_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 1200)
    store = tmp_path / "store"
    process = subprocess.Popen(
        relgraph("ingest", str(corpus), "--store", str(store)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_default_signals,
    )
    deadline = time.monotonic() + 60
    # Kill once the store has grown past its first writes, while the ingest is still running.
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.5)
        if sum(f.stat().st_size for f in store.glob("*.log") if f.is_file()) > 1_000_000:
            break
    assert process.poll() is None, "the ingest finished before it could be killed: make the corpus larger"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    expected = expected_mentions(corpus)
    with api.open_store(store) as opened:
        repo = Repository(opened)
        stored = {record.id: record.mentions for record in repo.articles()}
        events = repo.counts().events
    assert 0 < len(stored) < len(expected), "the kill should land half way"
    for article_id, mentions in stored.items():
        assert mentions == expected[article_id], f"{article_id} is not whole"
    assert events > 0

    result = subprocess.run(
        relgraph("ingest", str(corpus), "--store", str(store)),
        capture_output=True,
        text=True,
        preexec_fn=_default_signals,
    )
    assert result.returncode == 0, result.stderr
    assert f"{len(stored)} unchanged" in result.stderr
    with api.open_store(store) as opened:
        repo = Repository(opened)
        assert {r.id: r.mentions for r in repo.articles()} == expected
        resumed = repo.counts()

    clean = tmp_path / "clean"
    api.ingest([corpus], store=clean)
    with api.open_store(clean) as opened:
        fresh = Repository(opened).counts()
    assert (resumed.articles, resumed.mentions, resumed.events, resumed.quads) == (
        fresh.articles,
        fresh.mentions,
        fresh.events,
        fresh.quads,
    )
