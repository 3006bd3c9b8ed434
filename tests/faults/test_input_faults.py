"""Input that used to end a batch, hang it or pass unnamed (issue 13): each is now one named ``Error:``
line, the good articles around it are read, and the exit status is 1.

Unreadable files are tried for real: as root, in a child process that has given up the capabilities
that let root read any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), as an unprivileged user would be.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from relgraph.cli import cli

GOOD = "Qatar and Egypt agreed on Tuesday to restore full diplomatic relations."
GOOD_LINE = json.dumps({"id": "good-before", "text": GOOD})
AFTER_LINE = json.dumps({"id": "good-after", "text": GOOD})


def extract(*args: str) -> tuple[int, str, list[str]]:
    """``relgraph extract`` in this process: exit status, stderr and the article ids of its mentions."""
    result = CliRunner().invoke(cli, ["extract", "--published", "2024-05-01", *args])
    ids = sorted({json.loads(line)["article"] for line in result.stdout.splitlines()})
    return result.exit_code, result.stderr, ids


def _drop_file_capabilities() -> None:
    """In the child, before exec: restore Ctrl-C, and give up root's right to read every file."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    if os.geteuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
            if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def extract_elsewhere(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``relgraph extract`` in a child process without root's file capabilities, killed after ``timeout``."""
    command = [sys.executable, "-c", "from relgraph.cli import main; main()", "extract", "--published",
               "2024-05-01", *args]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, preexec_fn=_drop_file_capabilities)


def ids_of(stdout: str) -> list[str]:
    return sorted({json.loads(line)["article"] for line in stdout.splitlines()})


def jsonl_with(tmp_path: Path, bad: str) -> Path:
    path = tmp_path / "batch.jsonl"
    path.write_text(f"{GOOD_LINE}\n{bad}\n{AFTER_LINE}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ('{"id": "n", "text": "x", "n": ' + "9" * 5000 + "}", "holds a number of more than 4,300 digits"),
        ('{"id": "deep", "text": "x", "d": ' + "[" * 200_000 + "]" * 200_000 + "}", "is JSON nested too deeply"),
        ('{"id": "s\\ud800", "text": "x"}', r"has a lone surrogate escape (\ud800) at character 1 of 'id'"),
        (
            '{"id": "t", "text": "Talks \\udfff began."}',
            r"has a lone surrogate escape (\udfff) at character 6 of 'text'",
        ),
    ],
    ids=["4300-digit-integer", "200000-deep", "surrogate-in-id", "surrogate-in-text"],
)
def test_json_past_pythons_limits_is_a_named_error(tmp_path: Path, bad: str, reason: str) -> None:
    status, err, ids = extract(str(jsonl_with(tmp_path, bad)))
    assert status == 1
    assert "Traceback" not in err
    assert f"Error: {tmp_path / 'batch.jsonl'}: line 2 {reason}" in err, err
    assert ids == ["good-after", "good-before"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_named_or_in_a_folder_is_named_and_never_waited_for(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(tmp_path / "named.jsonl")
    done = extract_elsewhere(str(folder), str(tmp_path / "named.jsonl"), timeout=60)  # it hung forever
    assert done.returncode == 1
    assert f"Error: {folder / 'pipe.txt'}: a FIFO (named pipe), not a regular file" in done.stderr
    assert f"Error: {tmp_path / 'named.jsonl'}: a FIFO (named pipe), not a regular file" in done.stderr
    assert ids_of(done.stdout) == ["a"]


def test_a_device_is_named_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    status, err, ids = extract(str(tmp_path / "a.txt"), "/dev/zero")
    assert status == 1
    assert "Error: /dev/zero: a character device, not a regular file" in err
    assert ids == ["a"]


def _capabilities_dropped_work() -> bool:
    return sys.platform.startswith("linux")


@pytest.mark.skipif(not _capabilities_dropped_work(), reason="drops Linux capabilities to be refused as a user is")
def test_unreadable_files_and_folders_are_named_with_exit_1(tmp_path: Path) -> None:
    top = tmp_path / "articles"
    (top / "sub").mkdir(parents=True)
    (top / "locked").mkdir()
    (top / "a.txt").write_text(GOOD, encoding="utf-8")
    (top / "sub" / "b.txt").write_text(GOOD, encoding="utf-8")
    (top / "sub" / "secret.txt").write_text(GOOD, encoding="utf-8")
    (top / "locked" / "c.txt").write_text(GOOD, encoding="utf-8")
    (top / "sub" / "secret.txt").chmod(0)
    (top / "locked").chmod(0)  # the last folder of the walk: its error used to come after the walk, unsaid
    alone = tmp_path / "alone"
    alone.mkdir()
    alone.chmod(0)
    try:
        done = extract_elsewhere(str(top), str(alone))
    finally:
        (top / "locked").chmod(0o755)
        alone.chmod(0o755)
    assert done.returncode == 1, done.stderr
    denied = "permission denied; check the file's permissions"
    for path in (top / "sub" / "secret.txt", top / "locked", alone):
        assert f"Error: {path}: {denied}" in done.stderr, done.stderr
    assert ids_of(done.stdout) == ["a", "b"]


def test_stray_bytes_in_english_are_named_with_their_offset_not_stored_as_arabic(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "stray.txt").write_bytes(GOOD.encode() + b" \xe3\xd5\xd1 " + GOOD.encode())  # "مصر" in cp1256
    status, err, ids = extract(str(tmp_path))
    assert status == 1
    assert f"Error: {tmp_path / 'stray.txt'}: invalid UTF-8 at byte offset {len(GOOD) + 1} (0xe3);" in err
    assert "--encoding" in err
    assert ids == ["a"]


def test_an_empty_folder_is_a_note(tmp_path: Path) -> None:
    status, err, ids = extract(str(tmp_path))
    assert status == 0
    assert f"Note: {tmp_path}: holds no articles (no .txt, .jsonl, .html or .htm files)" in err
    assert ids == []


def test_cr_only_line_ends_are_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "old-mac.jsonl"
    path.write_bytes(f"{GOOD_LINE}\r{AFTER_LINE}\r".encode())
    status, err, ids = extract(str(path))
    assert status == 0, err
    assert ids == ["good-after", "good-before"]


def test_encoding_named_on_the_command_line_reads_a_legacy_file(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(GOOD.replace("Egypt", "Egypt and Oman").encode("cp1252") + b" \x93quoted\x94")
    assert extract(str(path))[0] == 1
    status, err, ids = extract(str(path), "--encoding", "cp1252")
    assert (status, ids) == (0, ["legacy"]), err


def test_a_1_mb_id_is_exported_and_retracted_through_a_file(tmp_path: Path) -> None:
    from relgraph import api

    long_id = "x" * 1_000_000  # past the 128 KB a command-line argument may hold
    (tmp_path / "batch.jsonl").write_text(json.dumps({"id": long_id, "text": GOOD, "published": "2024-05-01"})
                                          + "\n", encoding="utf-8")  # fmt: skip
    store = str(tmp_path / "store")
    api.ingest([tmp_path / "batch.jsonl"], store=store)
    (tmp_path / "id.txt").write_text(long_id + "\n", encoding="utf-8")
    exported = CliRunner().invoke(cli, ["export", "--store", store, "--format", "nq", "--article-from",
                                        str(tmp_path / "id.txt")])  # fmt: skip
    assert exported.exit_code == 0, exported.stderr
    assert "Egypt" in exported.stdout or "EG" in exported.stdout
    retracted = CliRunner().invoke(cli, ["retract", "--store", store, "--ids-from", "-"], input=long_id + "\n")
    assert retracted.exit_code == 0, retracted.stderr
    assert "retracted 1 article" in retracted.stderr
    assert api.sparql("ASK { GRAPH ?g { ?s a rg:Article } }", store=store).boolean is False
    nothing = CliRunner().invoke(cli, ["retract", "--store", store])
    assert nothing.exit_code == 2
