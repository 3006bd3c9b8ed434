"""Read articles from text, JSON Lines and HTML files, directories and standard input.

Bad input never loses data and never ends a batch: every input that cannot be
read becomes a :class:`Skipped` naming the file (and line, for JSON Lines) and
saying what is wrong and what to do; the other inputs are read on.

>>> import io
>>> stream = io.BytesIO(b'{"id": "a1", "text": "Talks opened in Geneva."}\\n{"id": "a2"}\\n')
>>> for item in read_articles(["-"], published=date(2024, 5, 1), stdin=stream):
...     print(item)
Article(id='a1', text='Talks opened in Geneva.', lang='en', published=datetime.date(2024, 5, 1), source=None)
-: line 2 has no 'text'

Encodings: UTF-8 (with or without a byte-order mark) and UTF-16/UTF-32 with a
byte-order mark are decoded as such; ``encoding`` (``--encoding``) names any other.
Bytes that are not UTF-8 are refused, named with the offset of the first bad byte
and an ``--encoding`` hint, when the text claims UTF-8 (it holds UTF-8 sequences) or
is mostly ASCII (more ASCII letters than other bytes: English with a stray byte is
no Arabic). Other bytes are read as Windows-1256, ISO-8859-6 or Windows-1252
(Latin-1) only when exactly one of those readings makes sense as text: no word
mixing Arabic and Latin letters, none made of accented letters only, no control
characters, and, between two clean Arabic readings, more words starting with the
article "ال". Anything else is refused by name rather than stored as mojibake.

Only regular files are read: a FIFO, a device or a socket is named and skipped (it
could block the batch forever), as is every file or folder that cannot be read.
JSON Lines lines end with LF, CRLF or a lone CR; JSON too deep, a number too long
and a lone surrogate escape are named errors of their line.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, AnyStr, BinaryIO, TextIO, cast

from relgraph.errors import ArticleError
from relgraph.formats import counted
from relgraph.model import Article
from relgraph.text.detect import detect_language

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

__all__ = ["DEFAULT_MAX_BYTES", "SUFFIXES", "Skipped", "read_articles", "summary"]

DEFAULT_MAX_BYTES = 5_000_000
"""The largest article read, in bytes: a text or HTML file, or one JSON Lines line."""

SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
"""The files a directory is searched for; other files there are counted and ignored."""

_SNIFF = 8192  # bytes looked at to tell binary files and JSON Lines on stdin
_SCORE_CHARS = 20_000  # characters of a legacy-encoded text scored for plausibility


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not read, and why: one line saying what is wrong and what to do.

    ``note`` marks what is worth a word but is no error (files of other kinds in a folder):
    the command line prints it as a note and it leaves the exit status alone.
    """

    path: str  # the file as given ("-" for standard input)
    line: int | None  # the JSON Lines line, 1-based
    reason: str
    note: bool = False

    def __str__(self) -> str:
        return f"{_printable(self.path)}: {self.reason}"


# A file name may hold a line break or a terminal's escape character: shown escaped, never obeyed.
_CONTROL_ESCAPES = {c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7F, 0xA0)]}


def _printable(path: str) -> str:
    return path.translate(_CONTROL_ESCAPES)


def summary(read: int, skipped: Sequence[Skipped]) -> str:
    """One closing line for a batch: ``"read 12 articles; skipped 2: a.pdf, b.jsonl:7"`` (notes left out)."""
    line = f"read {counted(read, 'article')}"
    skipped = [s for s in skipped if not s.note]
    if not skipped:
        return line
    names = [_printable(f"{s.path}:{s.line}" if s.line is not None else s.path) for s in skipped]
    shown = ", ".join(names[:10]) + (f" and {len(names) - 10} more" if len(names) > 10 else "")
    return f"{line}; skipped {len(skipped)}: {shown}"


# -- languages ------------------------------------------------------------------

# -- bytes to text -----------------------------------------------------------------

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or a DOCX document"),
    (b"\x1f\x8b", "a GZIP archive"),
    (b"\xfd7zXZ\x00", "an XZ archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document"),
)
_LEGACY = ("cp1256", "iso8859_6", "cp1252")
_WORD_BREAK = re.compile(r"[\s!-/:-@\[-`{-~]+")  # whitespace and ASCII punctuation
_NOT_TEXT = (
    "not UTF-8, UTF-16, Windows-1256, ISO-8859-6 or Latin-1 text (or too short to tell which); convert it to UTF-8, "
    "or name its encoding with --encoding"
)
# A well-formed UTF-8 sequence of two to four bytes (legacy Arabic text makes a few by chance).
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_ASCII_LETTERS = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))
_NOT_ASCII_LETTER = bytes(b for b in range(256) if b not in _ASCII_LETTERS)
_HIGH = bytes(range(0x80, 0x100))
_ONLY_WHITESPACE = "empty file (only whitespace)"


def _bom_codec(data: bytes) -> str | None:
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


def _binary(head: bytes) -> str | None:
    """Why the file starting with ``head`` is not text, or None."""
    if _bom_codec(head):
        return None
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"binary file (looks like {what})"
    if b"\0" not in head:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if min(even, odd) == 0 and 16 * max(even, odd) >= len(head):
        return "UTF-16 text without a byte-order mark; convert it to UTF-8"
    return "binary file (contains NUL bytes)"


class _Undecodable(ValueError):
    """Bytes that are no text in the encoding given, claimed or guessed: the reason, with the offset."""


def _decode(data: bytes, encoding: str | None = None) -> str:
    """The text ``data`` encodes: in ``encoding``, else by its byte-order mark, UTF-8, or the one sure legacy reading.

    Raises :class:`_Undecodable` saying why there is none, and where the first bad byte is.
    """
    codec = _bom_codec(data)
    try:
        return data.decode(encoding or codec or "utf-8")
    except UnicodeDecodeError as e:
        name = encoding or {"utf-8-sig": "utf-8"}.get(codec or "utf-8", codec or "utf-8")
        bad = f"invalid {name.upper()} at byte offset {e.start:,} (0x{data[e.start]:02x})"
        if encoding:
            raise _Undecodable(f"{bad}; check the encoding given with --encoding") from None
        if codec or _claims_utf8(data) or _mostly_ascii(data):
            raise _Undecodable(
                f"{bad}; fix the byte, or give the file's encoding with --encoding "
                "(e.g. --encoding cp1256, --encoding latin-1)"
            ) from None
    legacy = _legacy(data)
    if legacy is None:
        raise _Undecodable(_NOT_TEXT)
    return legacy


def _claims_utf8(data: bytes) -> bool:
    """Most bytes above 0x7F make well-formed UTF-8 sequences: UTF-8 with a bad byte, not a legacy code page."""
    in_sequences = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    return 2 * in_sequences > len(data) - len(data.translate(None, _HIGH))


def _mostly_ascii(data: bytes) -> bool:
    """More ASCII letters than bytes above 0x7F: a Latin-script text, which no Arabic code page should guess."""
    return len(data.translate(None, _NOT_ASCII_LETTER)) > len(data) - len(data.translate(None, _HIGH))


def _legacy(data: bytes) -> str | None:
    """The one legacy reading of ``data`` that makes sense as text, or None."""
    scores: dict[str, tuple[int, int]] = {}
    for codec in _LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        words = [w for w in _WORD_BREAK.split(text[:_SCORE_CHARS]) if w]
        odd = sum(map(_garbled, words))
        if odd * 20 <= len(words):  # tolerate the odd symbol, never a garbled text
            scores[text] = (odd, -sum(w.startswith("ال") for w in words))
    ranked = sorted(scores.items(), key=lambda item: item[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _garbled(word: str) -> bool:
    """A word no language writes: Arabic mixed with Latin letters, a run of accents, controls, symbols."""
    arabic = ascii_letters = accented = symbols = 0
    for ch in word:
        if "\u0600" <= ch <= "\u06ff":
            arabic += 1
        elif ch.isalpha():
            ascii_letters += ch.isascii()
            accented += not ch.isascii()
        elif not ch.isascii() or not ch.isprintable():
            category = unicodedata.category(ch)
            if category in ("Cc", "Co", "Cn"):
                return True
            symbols += category[0] == "S" or category == "No"
    return bool(arabic and (ascii_letters or accented)) or accented > max(1, ascii_letters) or symbols > 1


# -- streams ---------------------------------------------------------------------


class _Replay(io.RawIOBase):
    """A binary stream giving back the bytes already sniffed, then the rest (stdin cannot seek)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        super().__init__()
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        data, self._head = self._head[: len(view)], self._head[len(view) :]
        if not data:
            data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)


def _lines(readline: Callable[[int], AnyStr], limit: int) -> Iterator[AnyStr | None]:
    """The stream's lines one at a time; None for a line longer than ``limit`` (drained, never held).

    For a text stream, whose ``readline`` ends lines at LF, CRLF and CR alike (universal newlines).
    """
    while line := readline(limit + 1):
        if len(line) <= limit or line[-1:] in ("\n", b"\n"):
            yield line
            continue
        while line and line[-1:] not in ("\n", b"\n"):
            line = readline(1 << 20)
        yield None


_NEWLINE = re.compile(rb"\r\n|\r|\n")
_CHUNK = 1 << 15


def _byte_lines(read1: Callable[[int], bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of a byte stream, ended by LF, CRLF or a lone CR; None for a line longer than ``limit``
    (drained, never held). ``read1`` returns what is there (a pipe is read as it comes)."""
    buffer, overlong, ended = b"", False, False
    while not ended:
        chunk = read1(_CHUNK)
        ended = not chunk
        searched = max(0, len(buffer) - 1)  # what is kept holds no line end, but for a last CR
        buffer += chunk
        start = 0
        for match in _NEWLINE.finditer(buffer, searched):
            if match.group() == b"\r" and match.end() == len(buffer) and not ended:
                break  # a CR at the end of what came: an LF may follow it
            yield None if overlong or match.start() - start > limit else buffer[start : match.start()]
            overlong, start = False, match.end()
        buffer = buffer[start:]
        if len(buffer) > limit + 1:  # a CR kept back is one byte more
            overlong, buffer = True, buffer[-1:] if buffer.endswith(b"\r") else b""
    if buffer or overlong:
        yield None if overlong or len(buffer) > limit else buffer


def _size(n: int) -> str:
    return f"{n / 1e6:g} MB" if n >= 1_000_000 else f"{n:,} bytes"


@dataclass(frozen=True, slots=True)
class _Options:
    lang: str | None
    published: date | None
    max_bytes: int
    exclude: frozenset[str] = frozenset()  # real paths a directory walk leaves out
    encoding: str | None = None  # every input's encoding, when the user names it

    def too_large(self) -> str:
        return f"larger than the {_size(self.max_bytes)} limit; raise it with --max-bytes"


_LONE_CR = re.compile(r"\r(?!\n)")

# Internally an article travels with where it came from (path, JSON Lines line), for the duplicate check.
_Found = tuple[Article, str, int | None]


def _read_stream(
    name: str, article_id: str | None, suffix: str, raw: IO[bytes], opts: _Options
) -> Iterator[_Found | Skipped]:
    """The articles of one stream; a text without ``article_id`` (standard input) is named by its content."""
    head = raw.read(_SNIFF)
    if not head:
        raise ArticleError(name, "empty file")
    why = _binary(head) if opts.encoding is None else None  # a named encoding may hold NUL bytes (UTF-16)
    if why:
        raise ArticleError(name, why)
    codec = opts.encoding or _bom_codec(head)
    if suffix not in SUFFIXES:  # stdin, or a file named explicitly: JSON Lines if it starts like it
        suffix = ".jsonl" if head.decode(codec or "utf-8", "replace").lstrip()[:1] == "{" else ".txt"
    stream = io.BufferedReader(_Replay(head, raw))
    if suffix == ".jsonl":
        yield from _read_jsonl(name, stream, codec, opts)
        return
    data = stream.read(opts.max_bytes + 1)
    if len(data) > opts.max_bytes:
        raise ArticleError(name, opts.too_large())
    try:
        text = _LONE_CR.sub("\n", _decode(data, opts.encoding))  # old Mac line ends are line ends
    except _Undecodable as e:
        raise ArticleError(name, str(e)) from None
    if not text.strip():
        raise ArticleError(name, _ONLY_WHITESPACE)
    if suffix in (".html", ".htm"):  # its main text and metadata (relgraph.web.page, trafilatura)
        from relgraph.web.page import page_article

        yield (
            page_article(article_id or name, text, name=name, source=name, lang=opts.lang, published=opts.published),
            name,
            None,
        )
        return
    if article_id is None:  # two different texts piped in are two articles; the same one piped twice is one
        article_id = "stdin-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    yield _text_article(article_id, text, name if name != "-" else None, opts), name, None


def _text_article(article_id: str, text: str, source: str | None, opts: _Options) -> Article:
    lang = opts.lang or detect_language(text)
    published = opts.published
    if published is None:  # the dates package is heavier than reading: imported when needed
        from relgraph.dates import find_dateline
        from relgraph.text.normalize import normalize

        published = find_dateline(normalize(text).text, lang)
    return Article(article_id, text, lang, published, source)


def _ascii_newlines(codec: str) -> bool:
    """Whether ``codec`` writes CR and LF as the ASCII bytes, and no other character holds those bytes."""
    try:
        return "\r\n".encode(codec) == b"\r\n" and codecs.lookup(codec).name not in ("utf-16", "utf-32")
    except (LookupError, UnicodeError):
        return False


def _read_jsonl(
    name: str, stream: io.BufferedReader[_Replay], codec: str | None, opts: _Options
) -> Iterator[_Found | Skipped]:
    lines: Iterator[str | bytes | None]
    if codec is not None and not _ascii_newlines(codec):  # UTF-16 and the like: decode the stream as it is read
        lines = _lines(io.TextIOWrapper(stream, codec).readline, opts.max_bytes)
    else:
        lines = _byte_lines(stream.read1, opts.max_bytes)
    blank = True
    for n, line in enumerate(lines, 1):
        try:
            if line is None:
                raise ArticleError(name, f"line {n} is {opts.too_large()}", n)
            try:
                text = line if isinstance(line, str) else _decode(line, opts.encoding)
            except _Undecodable as e:
                raise ArticleError(name, f"line {n}: {e}", n) from None
            if text.strip():
                blank = False
                yield _json_article(name, n, text, opts), name, n
        except ArticleError as e:
            blank = False
            yield Skipped(name, n, e.reason)
    if blank:
        raise ArticleError(name, _ONLY_WHITESPACE)


_FIELDS = {"id": True, "text": True, "lang": False, "published": False, "source": False}  # name: required
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _json_article(name: str, n: int, line: str, opts: _Options) -> Article:
    def fail(what: str) -> ArticleError:
        return ArticleError(name, f"line {n} {what}", n)

    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise fail(f"is not valid JSON: {e.msg.removesuffix(' at')} at column {e.colno}") from None
    except RecursionError:
        raise fail("is JSON nested too deeply to read; write one flat article object a line") from None
    except ValueError as e:  # Python's limit on the digits of an integer (4,300 by default)
        what = "a number of more than 4,300 digits" if "digits" in str(e) else f"a value Python cannot read ({e})"
        raise fail(f"holds {what}; write one article object a line") from None
    if not isinstance(obj, dict):
        raise fail("is not a JSON object; write one article object a line")
    for field, required in _FIELDS.items():
        value = obj.get(field)
        if value is None and required:
            raise fail(f"has no {field!r}")
        if value is not None and not isinstance(value, str):
            raise fail(f"has a non-string {field!r}")
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as e:  # "\ud800" escaped in JSON: a lone surrogate, no character
                raise fail(
                    f"has a lone surrogate escape (\\u{ord(value[e.start]):04x}) at character {e.start:,} "
                    f"of {field!r}, which is no character; write the character it stands for"
                ) from None
    if obj["id"] == "":  # any other id is kept as given: the RDF layer escapes it
        raise fail("has an empty 'id'")
    if not obj["text"].strip():
        raise fail("has an empty 'text'")
    published = opts.published
    if obj.get("published"):
        try:
            if not _ISO_DAY.fullmatch(obj["published"]):
                raise ValueError
            published = date.fromisoformat(obj["published"])
        except ValueError:
            raise fail(f"has a 'published' that is not a YYYY-MM-DD date: {obj['published']!r}") from None
    text = obj["text"]
    lang = (obj.get("lang") or "").strip().lower()  # "AR" and " ar" are Arabic too
    return Article(obj["id"], text, lang or opts.lang or detect_language(text), published, obj.get("source"))


# -- paths -------------------------------------------------------------------------


def _os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or directory; check the path"
    if isinstance(error, PermissionError):
        return "permission denied; check the file's permissions"
    return f"cannot be read ({error.strerror or error}); check the file"


_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_regular(mode: int) -> str | None:
    """Why a file of this ``st_mode`` is not read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    kind = next((what for test, what in _KINDS if test(mode)), "no regular file")
    return f"{kind}, not a regular file: not read (it could wait forever); pipe it into - to read it"


def _open_regular(name: str) -> BinaryIO:
    """``name`` opened for reading, if it is a regular file (never blocking on a FIFO or device to find out)."""
    why = _not_regular(os.stat(name).st_mode)
    if why is None:  # opened without blocking, then checked again: it may have been swapped meanwhile
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        why = _not_regular(os.fstat(fd).st_mode)
        if why is None:
            if hasattr(os, "set_blocking"):
                os.set_blocking(fd, True)
            return os.fdopen(fd, "rb")
        os.close(fd)
    raise ArticleError(name, why)


def _read_path(name: str, opts: _Options, stdin: TextIO | BinaryIO | None) -> Iterator[_Found | Skipped]:
    """Everything one path given by the user holds; its failures as Skipped."""
    if name != "-" and os.path.isdir(name):
        yield from _read_directory(name, opts)
        return
    if name[:8].lower().startswith(("http://", "https://")):  # a page to fetch (relgraph.web)
        from relgraph.web.reading import read_url

        try:
            yield read_url(name, lang=opts.lang, published=opts.published, max_bytes=opts.max_bytes), name, None
        except ArticleError as e:
            yield Skipped(e.path, e.line, e.reason)
        return
    try:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin
            if stream is None:
                raise ArticleError(name, "no standard input to read; pipe the articles in")
            yield from _read_stream(name, None, "", _binary_stream(stream), opts)
        else:
            with _open_regular(name) as raw:
                yield from _read_stream(name, _article_id(Path(name)), Path(name).suffix.lower(), raw, opts)
    except ArticleError as e:
        yield Skipped(e.path, e.line, e.reason)
    except OSError as e:
        yield Skipped(name, None, _os_reason(e))
    except UnicodeDecodeError:  # only a UTF-16/UTF-32 JSON Lines stream decodes on the fly
        yield Skipped(name, None, _NOT_TEXT)


def _article_id(path: Path) -> str:
    """A file's article id: its stem, without a language tag (``qatar-russia.ar.txt`` is ``qatar-russia``)."""
    stem = path.stem
    base, dot, tag = stem.rpartition(".")
    return base if dot and base and tag.lower() in ("ar", "en") else stem


def _binary_stream(stream: TextIO | BinaryIO) -> IO[bytes]:
    """The bytes under ``stream``: its buffer, or an in-memory text stream (``io.StringIO``) encoded."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return cast(IO[bytes], buffer)
    start = stream.read(0)
    if isinstance(start, str):
        return io.BytesIO((start + cast(TextIO, stream).read()).encode("utf-8", "surrogatepass"))
    return cast(IO[bytes], stream)


def _read_directory(root: str, opts: _Options) -> Iterator[_Found | Skipped]:
    """The articles under ``root``, in sorted order; hidden files and folders are left out.

    Links to folders are followed, each real folder read once (a link back up is no loop).
    """
    ignored = found = 0
    errors: list[OSError] = []
    walked: set[str] = set()
    for folder, subfolders, files in os.walk(root, onerror=errors.append, followlinks=True):
        real = os.path.realpath(folder)
        if real in walked:
            subfolders.clear()
            continue
        walked.add(real)
        subfolders[:] = sorted(d for d in subfolders if not _left_out(folder, d, opts))
        for file in sorted(f for f in files if not _left_out(folder, f, opts)):
            if Path(file).suffix.lower() in SUFFIXES:
                found += 1
                yield from _read_path(os.path.join(folder, file), opts, None)
            else:
                ignored += 1
        yield from (Skipped(e.filename or root, None, _os_reason(e)) for e in errors)
        errors.clear()
    # a folder that cannot be listed is reported by os.walk after the last folder it could: named here
    yield from (Skipped(e.filename or root, None, _os_reason(e)) for e in errors)
    kinds = ", ".join(SUFFIXES[:-1]) + " or " + SUFFIXES[-1]
    if ignored:
        yield Skipped(
            root,
            None,
            f"ignored {ignored} file{'s' * (ignored > 1)} that {'are' if ignored > 1 else 'is'} not {kinds}",
            note=True,
        )
    if not found and not errors and walked:
        yield Skipped(root, None, f"holds no articles (no {kinds} files)", note=True)


def _left_out(folder: str, name: str, opts: _Options) -> bool:
    """Hidden files and folders, and the excluded ones, are not part of a directory's articles."""
    return name.startswith(".") or (bool(opts.exclude) and os.path.realpath(os.path.join(folder, name)) in opts.exclude)


def read_articles(
    paths: Sequence[str | Path],
    *,
    lang: str | None = None,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: TextIO | BinaryIO | None = None,
    exclude: Iterable[str | os.PathLike[str]] = (),
    encoding: str | None = None,
) -> Iterator[Article | Skipped]:
    """Every article in ``paths``, in order, and a :class:`Skipped` for every input that is not one.

    A path is a ``.txt`` article (its id is the file stem, without a ``.ar``/``.en`` language tag), a ``.jsonl`` file
    of articles (the format of ``corpus/ANNOTATION.md``; ``events`` ignored),
    an ``.html``/``.htm`` page (its main text, :mod:`relgraph.web.page`), an ``http(s)://`` URL
    (fetched once and read like a page, :mod:`relgraph.web.reading`), a directory (searched
    recursively for those), or ``-`` for ``stdin`` (JSON Lines when it starts
    with ``{``, else one text article whose id is ``stdin-`` and 12 hex digits of
    its text's SHA-256, so that two texts piped in are two articles). A file named
    explicitly with another suffix is read like ``stdin``.

    ``lang`` and ``published`` fill only what an article lacks: a text
    article's language is otherwise detected and its date taken from its own
    dateline; a JSON Lines article without a date keeps none. ``max_bytes``
    caps one article (a file, or a JSON Lines line); JSON Lines files of any
    size are read a line at a time. An id read before is skipped, named.
    ``exclude`` names files and folders a directory walk leaves out (the store being
    filled, when it lies among the articles). ``encoding`` names the encoding of every
    input (a Python codec name, e.g. ``cp1256``) instead of telling it from the bytes.
    """
    if isinstance(paths, str | Path):  # one path, not a sequence of one-letter paths
        paths = [paths]
    if encoding is not None:
        try:
            encoding = codecs.lookup(encoding).name
        except LookupError:
            raise ArticleError(
                "--encoding", f"unknown encoding {encoding!r}; give a name such as utf-8, cp1256, iso8859_6 or latin-1"
            ) from None
    opts = _Options(lang, published, max_bytes, frozenset(os.path.realpath(p) for p in exclude), encoding)
    seen: dict[str, tuple[str, int | None]] = {}  # id: where it was first read (ids are all a batch keeps)
    for path in paths:
        for item in _read_path(str(path), opts, stdin):
            if isinstance(item, Skipped):
                yield item
                continue
            article, name, line = item
            first = seen.get(article.id)
            if first is None:
                seen[article.id] = (name, line)
                yield article
                continue
            prefix = "duplicate id" if line is None else f"line {line} has a duplicate id"
            where = first[0] if first[1] is None else f"{first[0]} line {first[1]}"
            yield Skipped(name, line, f"{prefix} {article.id!r}, first read from {where}; give each article its own id")
