"""Progress on long work: a bar on a terminal (a real pseudo-terminal), one summary line off a terminal."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from collections.abc import Callable
from pathlib import Path

RUN = [sys.executable, "-c", "from relgraph.cli import main; main()"]


def on_a_terminal(args: list[str]) -> tuple[int, str]:
    """Run relgraph with stderr on a pseudo-terminal; its exit status and all it wrote there."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal 100 columns wide
    process = subprocess.Popen([*RUN, *args], stdout=subprocess.DEVNULL, stderr=follower, stdin=subprocess.DEVNULL)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the process is done with it
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return process.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


def test_ingest_shows_a_bar_with_the_total_on_a_terminal(synthetic_corpus: Callable[[int], Path],
                                                         tmp_path: Path) -> None:  # fmt: skip
    corpus = synthetic_corpus(60)
    status, shown = on_a_terminal(["ingest", str(corpus), "--store", str(tmp_path / "store")])
    assert status == 0, shown
    assert "/60" in shown  # count of the known total
    assert "articles/s" in shown or "s/ articles" in shown or "it/s" in shown  # a rate
    assert shown.rstrip().splitlines()[-1].startswith("60 articles read: 60 stored")


def test_off_a_terminal_ingest_says_one_summary_line(synthetic_corpus: Callable[[int], Path], tmp_path: Path) -> None:
    corpus = synthetic_corpus(60)
    done = subprocess.run([*RUN, "ingest", str(corpus), "--store", str(tmp_path / "store")], capture_output=True,
                          text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [done.stderr.strip()]
    assert done.stderr.startswith("60 articles read: 60 stored")
    assert "\r" not in done.stderr
