"""Reading articles: formats, encodings, bad input, directories, stdin, language detection.

Every text here is written for these tests. Binary and encoded inputs are made
by the tests themselves.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import sys
import tracemalloc
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import relgraph.articles as articles
from relgraph.articles import DEFAULT_MAX_BYTES, Skipped, read_articles, summary
from relgraph.errors import ArticleError
from relgraph.model import Article
from relgraph.text.detect import detect_language

AR = (
    "الدوحة، الأربعاء\n"
    "استقبل وزير الخارجية نظيره الزائر في العاصمة، وبحث الجانبان تعزيز التعاون بين البلدين "
    "في مجالات التجارة والطاقة والتعليم."
)
AR_MARKED = "وَقَّعَ البَلَدَانِ اتِّفَاقِيَّةً لِلتَّعَاوُنِ الثَّقَافِيِّ"
EN = "GENEVA - The two foreign ministers met on Tuesday and agreed to restore full diplomatic relations."
EN_ACCENTED = "The envoy visited Zürich and Málaga, then met Señor Muñoz at the café."
DAY = date(2024, 5, 1)
NOT_TEXT = (
    "not UTF-8, UTF-16, Windows-1256, ISO-8859-6 or Latin-1 text (or too short to tell which); convert it to UTF-8, "
    "or name its encoding with --encoding"
)
HINT = "fix the byte, or give the file's encoding with --encoding (e.g. --encoding cp1256, --encoding latin-1)"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def read(*paths: str | Path, **options: object) -> list[Article | Skipped]:
    options.setdefault("published", DAY)  # no dateline lookup unless a test asks for it
    return list(read_articles(paths, **options))  # type: ignore[arg-type]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def jsonl(*objects: object) -> str:
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects)


def only_skip(items: list[Article | Skipped]) -> Skipped:
    assert len(items) == 1, items
    assert isinstance(items[0], Skipped), items
    return items[0]


def only_article(items: list[Article | Skipped]) -> Article:
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items
    return items[0]


# -- text files ------------------------------------------------------------------


def test_text_file_is_one_article_named_after_its_stem(tmp_path: Path) -> None:
    path = write(tmp_path / "doha-visit.ar.txt", AR)
    article = only_article(read(path))
    assert article == Article("doha-visit", AR, "ar", DAY, str(path))


def test_only_a_language_tag_leaves_the_stem(tmp_path: Path) -> None:
    assert only_article(read(write(tmp_path / "report.v2.txt", AR))).id == "report.v2"
    assert only_article(read(write(tmp_path / "brief.en.txt", AR))).id == "brief"


def test_lang_argument_wins_over_detection(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", EN)
    assert only_article(read(path, lang="ar")).lang == "ar"
    assert only_article(read(path)).lang == "en"


def test_text_is_kept_exactly_crlf_and_all(tmp_path: Path) -> None:
    text = "First line of the report.\r\nSecond line, with  two spaces.\r\n"
    assert only_article(read(write(tmp_path / "a.txt", text))).text == text


def test_published_comes_from_the_dateline_when_not_given(tmp_path: Path) -> None:
    find_dateline = getattr(pytest.importorskip("relgraph.dates"), "find_dateline", None)
    if find_dateline is None:
        pytest.skip("relgraph.dates.find_dateline has not landed yet")
    from relgraph.text.normalize import normalize

    text = "Published: 13 February 2026\nThe two ministers signed a memorandum on trade in the capital."
    article = only_article(read(write(tmp_path / "a.txt", text), published=None))
    assert article.published == date(2026, 2, 13)
    arabic = only_article(read(write(tmp_path / "b.txt", AR), published=None))
    assert arabic.published == find_dateline(normalize(AR).text, "ar")


def test_published_argument_wins_over_the_dateline(tmp_path: Path) -> None:
    text = "Published: 13 February 2026\nThe two ministers met."
    assert only_article(read(write(tmp_path / "a.txt", text), published=date(2020, 1, 2))).published == date(2020, 1, 2)


# -- JSON Lines ------------------------------------------------------------------


def test_jsonl_fields_are_read_and_events_ignored(tmp_path: Path) -> None:
    line = {"id": "x-1", "lang": "ar", "published": "2015-07-25", "text": AR, "source": "my notes", "events": [1]}
    article = only_article(read(write(tmp_path / "a.jsonl", jsonl(line)), published=None))
    assert article == Article("x-1", AR, "ar", date(2015, 7, 25), "my notes")


def test_arguments_fill_only_what_a_line_lacks(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.jsonl",
        jsonl(
            {"id": "full", "lang": "en", "published": "2001-02-03", "text": EN},
            {"id": "bare", "text": EN},
            {"id": "nulls", "lang": None, "published": None, "text": EN},
        ),
    )
    items = read(path, lang="ar", published=DAY)
    assert [(a.id, a.lang, a.published) for a in items if isinstance(a, Article)] == [
        ("full", "en", date(2001, 2, 3)),
        ("bare", "ar", DAY),
        ("nulls", "ar", DAY),
    ]


def test_jsonl_without_a_date_keeps_none_and_detects_the_language(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl({"id": "a", "text": AR}, {"id": "b", "text": EN}))
    items = read(path, published=None)
    assert [(a.lang, a.published) for a in items if isinstance(a, Article)] == [("ar", None), ("en", None)]


def test_blank_lines_and_crlf_endings_are_fine(tmp_path: Path) -> None:
    data = "\r\n" + jsonl({"id": "a", "text": EN}).replace("\n", "\r\n") + "\n   \n" + jsonl({"id": "b", "text": AR})
    items = read(write(tmp_path / "a.jsonl", data))
    assert [a.id for a in items if isinstance(a, Article)] == ["a", "b"]
    assert not [s for s in items if isinstance(s, Skipped)]


def test_ids_are_kept_as_given(tmp_path: Path) -> None:
    ids = ['a "quoted" id', "slash/and\\back", "<tag>", "مقال ٤٢", " padded ", " "]
    path = write(tmp_path / "a.jsonl", jsonl(*({"id": i, "text": EN} for i in ids)))
    assert [a.id for a in read(path) if isinstance(a, Article)] == ids


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "a" "text": "x"}', "line 2 is not valid JSON: Expecting ',' delimiter at column 12"),
        ("not json at all", "line 2 is not valid JSON: Expecting value at column 1"),
        ('["id", "text"]', "line 2 is not a JSON object; write one article object a line"),
        ('{"text": "Talks began."}', "line 2 has no 'id'"),
        ('{"id": null, "text": "Talks began."}', "line 2 has no 'id'"),
        ('{"id": "a"}', "line 2 has no 'text'"),
        ('{"id": "", "text": "Talks began."}', "line 2 has an empty 'id'"),
        ('{"id": "a", "text": "  \\n "}', "line 2 has an empty 'text'"),
        ('{"id": 7, "text": "Talks began."}', "line 2 has a non-string 'id'"),
        ('{"id": "a", "text": ["Talks"]}', "line 2 has a non-string 'text'"),
        (
            '{"id": "a", "text": "Talks began.", "published": "2015/07/25"}',
            "line 2 has a 'published' that is not a YYYY-MM-DD date: '2015/07/25'",
        ),
        (
            '{"id": "a", "text": "Talks began.", "published": "2015-02-30"}',
            "line 2 has a 'published' that is not a YYYY-MM-DD date: '2015-02-30'",
        ),
        (
            '{"id": "a", "text": "Talks began.", "published": "20150725"}',
            "line 2 has a 'published' that is not a YYYY-MM-DD date: '20150725'",
        ),
    ],
)
def test_bad_jsonl_line_is_skipped_with_its_reason_and_the_rest_read(tmp_path: Path, line: str, reason: str) -> None:
    data = jsonl({"id": "first", "text": EN}) + line + "\n" + jsonl({"id": "last", "text": AR})
    path = write(tmp_path / "batch.jsonl", data)
    items = read(path)
    assert [a.id for a in items if isinstance(a, Article)] == ["first", "last"]
    assert [s for s in items if isinstance(s, Skipped)] == [Skipped(str(path), 2, reason)]


def test_duplicate_id_in_a_file_skips_the_second(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl({"id": "same", "text": EN}, {"id": "same", "text": AR}))
    first, second = read(path)
    assert isinstance(first, Article)
    assert first.text == EN
    assert second == Skipped(
        str(path), 2, f"line 2 has a duplicate id 'same', first read from {path} line 1; give each article its own id"
    )


def test_duplicate_id_across_files_skips_the_later_file(tmp_path: Path) -> None:
    lines = write(tmp_path / "a.jsonl", jsonl({"id": "report", "text": EN}))
    text = write(tmp_path / "sub" / "report.txt", AR)
    first, second = read(lines, text)
    assert isinstance(first, Article)
    assert second == Skipped(
        str(text), None, f"duplicate id 'report', first read from {lines} line 1; give each article its own id"
    )


def test_a_single_path_is_not_read_as_a_sequence_of_letters(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", EN)
    assert only_article(list(read_articles(str(path), published=DAY))).id == "a"
    assert only_article(list(read_articles(path, published=DAY))).id == "a"  # type: ignore[arg-type]


def test_the_same_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", EN)
    items = read(path, path)
    assert isinstance(items[0], Article)
    assert isinstance(items[1], Skipped)
    assert items[1].reason.startswith("duplicate id 'a'")


def test_jsonl_with_only_blank_lines_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", "\n  \n\n")
    assert only_skip(read(path)) == Skipped(str(path), None, "empty file (only whitespace)")


def test_jsonl_with_a_utf8_bom(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + jsonl({"id": "a", "text": AR}).encode()
    assert only_article(read(write(tmp_path / "a.jsonl", data))).id == "a"


def test_jsonl_in_utf16_with_a_bom(tmp_path: Path) -> None:
    data = jsonl({"id": "a", "text": AR}, {"id": "b", "text": EN}).encode("utf-16")
    items = read(write(tmp_path / "a.jsonl", data))
    assert [(a.id, a.text) for a in items if isinstance(a, Article)] == [("a", AR), ("b", EN)]


def test_jsonl_line_in_windows_1256_is_decoded(tmp_path: Path) -> None:
    data = jsonl({"id": "a", "text": EN}).encode() + jsonl({"id": "b", "text": AR}).encode("cp1256")
    items = read(write(tmp_path / "a.jsonl", data))
    assert [(a.id, a.text) for a in items if isinstance(a, Article)] == [("a", EN), ("b", AR)]


# -- HTML ------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ministers meet &amp; talk</title>
<style>p { color: red; }</style>
<script>var html = "<p>not text</p>"; if (a < b) { track(); }</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<h1>Talks in&nbsp;Geneva</h1>
<p>The ministers met on Tuesday &mdash; the first   meeting
in years.</p><p>&#1602;&#1575;&#1604; الوزير: &quot;نأمل&quot; <b>خيرا</b></p>
<noscript>Enable scripts</noscript><ul><li>One</li><li>Two</li></ul>
</body></html>"""


def test_html_keeps_its_main_text_a_paragraph_a_line_headline_first(tmp_path: Path) -> None:
    article = only_article(read(write(tmp_path / "page.html", PAGE)))
    assert article.id == "page"
    assert article.text == (  # the menu, the script, <noscript> and the list after the body are left out
        'Talks in Geneva\nThe ministers met on Tuesday — the first meeting in years.\nقال الوزير: "نأمل" خيرا'
    )
    assert article.lang == "en"


def test_htm_suffix_and_legacy_encoding(tmp_path: Path) -> None:
    page = f"<html><body><p>{AR}</p></body></html>".encode("cp1256")
    article = only_article(read(write(tmp_path / "page.HTM", page)))
    assert article.text == AR.replace("\n", " ")
    assert article.lang == "ar"


def test_html_with_nothing_visible(tmp_path: Path) -> None:
    path = write(tmp_path / "a.html", "<html><script>document.write('hi')</script><style>p{}</style></html>")
    assert only_skip(read(path)) == Skipped(str(path), None, "no visible text in the HTML")


# -- encodings -------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("text", [AR, AR_MARKED, EN_ACCENTED])
def test_unicode_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str, text: str) -> None:
    data = text.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + text).encode(encoding)  # a byte-order mark written by hand
    assert only_article(read(write(tmp_path / "a.txt", data))).text == text


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
@pytest.mark.parametrize("text", [AR, AR_MARKED, "وصل الوزير إلى المدينة."])
def test_legacy_arabic_decodes_to_the_utf8_original(tmp_path: Path, encoding: str, text: str) -> None:
    if encoding == "iso8859_6" and any(ch in text for ch in "،"):
        text = text.replace("،", ",")  # not in ISO-8859-6's repertoire as written here
    utf8 = only_article(read(write(tmp_path / "utf8.txt", text)))
    legacy = only_article(read(write(tmp_path / "legacy.txt", text.encode(encoding))))
    assert legacy.text == utf8.text == text
    assert legacy.lang == "ar"


def test_latin1_english_is_named_with_the_bad_byte_and_reads_with_its_encoding(tmp_path: Path) -> None:
    # Mostly ASCII: no code page is guessed for it (issue 13: stray bytes were stored as Arabic letters).
    path = write(tmp_path / "a.txt", EN_ACCENTED.encode("latin-1"))
    assert only_skip(read(path)) == Skipped(str(path), None, f"invalid UTF-8 at byte offset 19 (0xfc); {HINT}")
    assert only_article(read(path, encoding="latin-1")).text == EN_ACCENTED


def test_windows_1252_quotes_read_with_their_encoding(tmp_path: Path) -> None:
    text = "“Talks went well,” the minister’s spokesman said — in Köln."
    path = write(tmp_path / "a.txt", text.encode("cp1252"))
    assert only_skip(read(path)).reason == f"invalid UTF-8 at byte offset 0 (0x93); {HINT}"
    assert only_article(read(path, encoding="cp1252")).text == text


def test_stray_bytes_in_english_are_never_read_as_arabic(tmp_path: Path) -> None:
    data = EN.encode() + b" \xc7\xe1 " + EN.encode()  # two bytes that Windows-1256 reads as Arabic letters
    path = write(tmp_path / "a.txt", data)
    assert only_skip(read(path)).reason == f"invalid UTF-8 at byte offset {len(EN) + 1} (0xc7); {HINT}"


def test_a_bad_byte_in_utf8_arabic_is_named_not_guessed(tmp_path: Path) -> None:
    data = AR.encode() + b"\xff" + AR.encode()
    path = write(tmp_path / "a.txt", data)
    assert only_skip(read(path)).reason == f"invalid UTF-8 at byte offset {len(AR.encode()):,} (0xff); {HINT}"


def test_an_encoding_given_is_used_and_its_failures_named(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", AR.encode("cp1256"))
    assert only_article(read(path, encoding="cp1256")).text == AR
    wrong = write(tmp_path / "b.txt", b"Talks \x81 began.")
    assert only_skip(read(wrong, encoding="cp1252")).reason == (
        "invalid CP1252 at byte offset 6 (0x81); check the encoding given with --encoding"
    )
    with pytest.raises(ArticleError, match="unknown encoding 'klingon'"):
        read(path, encoding="klingon")


def test_legacy_text_too_short_to_tell_is_refused_not_guessed(tmp_path: Path) -> None:
    # "مرحبا بكم" in ISO-8859-6 also reads as clean Windows-1256 Arabic ("هرحبا بمه"): refuse.
    path = write(tmp_path / "a.txt", "مرحبا بكم".encode("iso8859_6"))
    assert only_skip(read(path)) == Skipped(str(path), None, NOT_TEXT)


def test_bytes_that_are_no_known_encoding_are_refused(tmp_path: Path) -> None:
    data = bytes(range(0x80, 0x100)) * 4 + b"\x01\x02\x03"  # every high byte, and control bytes
    path = write(tmp_path / "a.txt", data)
    assert only_skip(read(path)) == Skipped(str(path), None, NOT_TEXT)


def test_bad_utf16_after_its_bom_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "\ufeffTalks".encode("utf-16-le") + b"\x00\xd8")  # a lone high surrogate
    assert only_skip(read(path)) == Skipped(str(path), None, f"invalid UTF-16 at byte offset 12 (0x00); {HINT}")


def test_utf16_without_a_bom_is_refused_by_name(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", EN.encode("utf-16-le"))
    reason = "UTF-16 text without a byte-order mark; convert it to UTF-8"
    assert only_skip(read(path)) == Skipped(str(path), None, reason)


# -- binary, empty, enormous, unreadable -----------------------------------------


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "binary file (looks like a PDF document)"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (looks like a PNG image)"),
        ("letter.txt", _zip(), "binary file (looks like a ZIP archive or a DOCX document)"),
        ("dump.jsonl", gzip.compress(b'{"id": "a", "text": "x"}\n'), "binary file (looks like a GZIP archive)"),
        ("page.html", b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (looks like a JPEG image)"),
        ("blob.txt", b"abc\x00\x01\x02\x03\xfe\xff" * 10 + b"\x00\x00\x00", "binary file (contains NUL bytes)"),
    ],
)
def test_binary_files_are_named(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = write(tmp_path / name, data)
    assert only_skip(read(path)) == Skipped(str(path), None, reason)


@pytest.mark.parametrize(("data", "reason"), [(b"", "empty file"), (b" \n\t\r\n ", "empty file (only whitespace)")])
@pytest.mark.parametrize("name", ["a.txt", "a.jsonl", "a.html"])
def test_empty_files(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = write(tmp_path / name, data)
    assert only_skip(read(path)) == Skipped(str(path), None, reason)


def test_whitespace_only_utf16(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "  \n ".encode("utf-16"))
    assert only_skip(read(path)) == Skipped(str(path), None, "empty file (only whitespace)")


def test_file_over_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", EN * 3)
    reason = "larger than the 200 bytes limit; raise it with --max-bytes"
    assert only_skip(read(path, max_bytes=200)) == Skipped(str(path), None, reason)
    assert only_article(read(path, max_bytes=len(EN) * 3)).text == EN * 3


def test_default_limit_is_5_mb(tmp_path: Path) -> None:
    assert DEFAULT_MAX_BYTES == 5_000_000
    path = write(tmp_path / "a.txt", b"x" * (DEFAULT_MAX_BYTES + 1))
    assert only_skip(read(path)).reason == "larger than the 5 MB limit; raise it with --max-bytes"


def test_jsonl_line_over_the_limit_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    huge = json.dumps({"id": "huge", "text": EN * 50})
    path = write(tmp_path / "a.jsonl", jsonl({"id": "a", "text": EN}) + huge + "\n" + jsonl({"id": "b", "text": EN}))
    items = read(path, max_bytes=1000)
    assert [a.id for a in items if isinstance(a, Article)] == ["a", "b"]
    reason = "line 2 is larger than the 1,000 bytes limit; raise it with --max-bytes"
    assert [s for s in items if isinstance(s, Skipped)] == [Skipped(str(path), 2, reason)]


def test_last_jsonl_line_over_the_limit_without_a_newline(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", jsonl({"id": "a", "text": EN}) + json.dumps({"id": "b", "text": EN * 50}))
    items = read(path, max_bytes=1000)
    assert isinstance(items[0], Article)
    assert items[1] == Skipped(str(path), 2, "line 2 is larger than the 1,000 bytes limit; raise it with --max-bytes")


def test_missing_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.txt"
    assert only_skip(read(path)) == Skipped(str(path), None, "no such file or directory; check the path")


# Permission denied as root (without the capability to override file modes): tests/faults/test_input_faults.py.


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", EN)
    path.chmod(0)
    assert only_skip(read(path)) == Skipped(str(path), None, "permission denied; check the file's permissions")


def test_read_error_in_the_middle_of_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "a.txt", EN)

    class Failing(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(articles, "_open_regular", lambda name: Failing())
    assert only_skip(read(path)) == Skipped(str(path), None, "cannot be read (Input/output error); check the file")


# -- batches and directories -----------------------------------------------------


def test_batch_of_good_and_bad_files_yields_every_good_article(tmp_path: Path) -> None:
    good = [
        write(tmp_path / "one.txt", EN),
        write(tmp_path / "two.jsonl", jsonl({"id": "two-a", "text": AR}, {"id": "two-b", "text": EN})),
        write(tmp_path / "three.html", PAGE),
        write(tmp_path / "four.txt", AR.encode("cp1256")),
    ]
    bad = [
        write(tmp_path / "empty.txt", b""),
        write(tmp_path / "scan.txt", b"%PDF-1.4 ..."),
        tmp_path / "missing.txt",
        write(tmp_path / "big.txt", EN * 100),
    ]
    items = read(*[p for pair in zip(bad, good, strict=True) for p in pair], max_bytes=2000)
    assert sorted(a.id for a in items if isinstance(a, Article)) == ["four", "one", "three", "two-a", "two-b"]
    assert [s.path for s in items if isinstance(s, Skipped)] == [str(p) for p in bad]


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", EN)
    write(tmp_path / "a.jsonl", jsonl({"id": "a1", "text": EN}))
    write(tmp_path / "sub" / "deeper" / "d.htm", "<p>Deep page text.</p>")
    write(tmp_path / "sub" / "c.html", "<p>A page about talks.</p>")
    write(tmp_path / "notes.md", "ignored")
    write(tmp_path / "sub" / "photo.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path / ".hidden.txt", EN)
    write(tmp_path / ".git" / "HEAD.txt", EN)
    items = read(tmp_path)
    assert [a.id for a in items if isinstance(a, Article)] == ["a1", "b", "c", "d"]
    assert [s for s in items if isinstance(s, Skipped)] == [
        Skipped(str(tmp_path), None, "ignored 2 files that are not .txt, .jsonl, .html or .htm", note=True)
    ]


def test_jsonl_language_codes_are_read_whatever_their_case(tmp_path: Path) -> None:
    lines = jsonl({"id": "a", "lang": "AR", "text": EN}, {"id": "b", "lang": " En ", "text": AR})
    corpus = write(tmp_path / "a.jsonl", lines)
    assert [a.lang for a in read(corpus) if isinstance(a, Article)] == ["ar", "en"]  # as given, not as detected


def test_a_file_name_with_control_characters_is_shown_escaped(tmp_path: Path) -> None:
    bad = write(tmp_path / "two\nlines\x1b[2J.txt", "")
    skipped = only_skip(read(bad))
    assert skipped.path == str(bad)  # kept as given, for a program
    assert str(skipped) == str(bad).replace("\n", "\\x0a").replace("\x1b", "\\x1b") + ": empty file"
    assert "\x1b" not in summary(0, [skipped])
    assert "\n" not in summary(0, [skipped])


def test_directory_follows_links_to_folders_once_and_never_loops(tmp_path: Path) -> None:
    write(tmp_path / "elsewhere" / "k.txt", EN)
    write(tmp_path / "archive" / "a.txt", AR)
    (tmp_path / "archive" / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (tmp_path / "archive" / "loop").symlink_to(tmp_path / "archive", target_is_directory=True)
    (tmp_path / "archive" / "twice").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    items = read(tmp_path / "archive")
    assert [a.id for a in items if isinstance(a, Article)] == ["a", "k"]
    assert not [s for s in items if isinstance(s, Skipped)]  # k.txt read once, not a duplicate of itself


def test_directory_with_one_ignored_file(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", EN)
    write(tmp_path / "b.pdf", b"%PDF-")
    items = read(tmp_path)
    note = Skipped(str(tmp_path), None, "ignored 1 file that is not .txt, .jsonl, .html or .htm", note=True)
    assert items[-1] == note
    assert summary(1, [items[-1]]) == "read 1 article"  # a note, not a skipped input


def test_directory_files_are_checked_like_named_files(tmp_path: Path) -> None:
    bad = write(tmp_path / "x" / "bad.jsonl", '{"id": "a"}\n')
    assert only_skip(read(tmp_path)) == Skipped(str(bad), 1, "line 1 has no 'text'")


def test_explicit_file_with_another_suffix_is_sniffed(tmp_path: Path) -> None:
    lines = write(tmp_path / "export.json", jsonl({"id": "j", "text": EN}))
    text = write(tmp_path / "note.md", AR)
    assert [a.id if isinstance(a, Article) else a for a in read(lines, text)] == ["j", "note"]


# -- standard input --------------------------------------------------------------


def test_stdin_jsonl_from_bytes() -> None:
    stream = io.BytesIO(b"\n  " + jsonl({"id": "a", "text": AR}, {"id": "b", "text": EN}).encode())
    items = read("-", stdin=stream)
    assert [(a.id, a.lang) for a in items if isinstance(a, Article)] == [("a", "ar"), ("b", "en")]


def test_stdin_text_from_a_text_stream() -> None:
    article = only_article(read("-", stdin=io.StringIO(AR)))
    assert article == Article(article.id, AR, "ar", DAY, None)
    assert article.id.startswith("stdin-")


def test_stdin_texts_are_named_by_their_content() -> None:
    first, again = (only_article(read("-", stdin=io.StringIO(AR))) for _ in range(2))
    other = only_article(read("-", stdin=io.StringIO(EN)))
    assert first.id == again.id  # piping the same text twice is one article: ingesting it again changes nothing
    assert other.id != first.id  # another text piped in is another article, not a replacement


def test_stdin_through_its_binary_buffer(monkeypatch: pytest.MonkeyPatch) -> None:
    wrapper = io.TextIOWrapper(io.BytesIO(EN.encode("utf-16")), encoding="ascii")  # .buffer holds the real bytes
    monkeypatch.setattr(sys, "stdin", wrapper)
    assert only_article(read("-")).text == EN


def test_stdin_bad_lines_name_stdin() -> None:
    items = read("-", stdin=io.BytesIO(b'{"id": "a", "text": "Talks."}\n{"id": "b"}\n'))
    assert items[1] == Skipped("-", 2, "line 2 has no 'text'")


def test_stdin_binary_and_empty() -> None:
    assert only_skip(read("-", stdin=io.BytesIO(b"\x1f\x8b\x08\x00"))) == Skipped(
        "-", None, "binary file (looks like a GZIP archive)"
    )
    assert only_skip(read("-", stdin=io.BytesIO(b""))) == Skipped("-", None, "empty file")


def test_no_stdin_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    assert only_skip(read("-")) == Skipped("-", None, "no standard input to read; pipe the articles in")


def test_stdin_jsonl_over_8_kb_is_read_whole() -> None:
    objects = [{"id": f"n{i}", "text": f"{EN} Item {i}."} for i in range(200)]
    items = read("-", stdin=io.BytesIO(jsonl(*objects).encode()))
    assert [a.id for a in items if isinstance(a, Article)] == [o["id"] for o in objects]


# -- streaming -------------------------------------------------------------------


class CountingStream(io.RawIOBase):
    """A large JSON Lines stream made on the fly, counting the bytes handed out."""

    def __init__(self, lines: int) -> None:
        self.lines = (json.dumps({"id": f"n{i}", "text": EN * 10}).encode() + b"\n" for i in range(lines))
        self.pending = b""
        self.handed_out = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while len(self.pending) < len(buffer):
            line = next(self.lines, None)
            if line is None:
                break
            self.pending += line
        n = min(len(buffer), len(self.pending))
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        self.handed_out += n
        return n


def test_jsonl_is_read_lazily_a_line_at_a_time() -> None:
    stream = CountingStream(5000)  # about 5 MB
    items = read_articles(["-"], published=DAY, stdin=io.BufferedReader(stream))
    assert isinstance(next(items), Article)
    assert stream.handed_out < 64 * 1024


def test_memory_stays_flat_over_a_large_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("w") as f:
        for i in range(1000):
            f.write(json.dumps({"id": f"n{i}", "text": EN * 40}) + "\n")  # 4 KB articles, 4 MB in all
    size = path.stat().st_size
    tracemalloc.start()
    try:
        count = sum(isinstance(item, Article) for item in read_articles([path], published=DAY))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 1000
    assert peak < size / 10, (peak, size)


# -- detection, reporting --------------------------------------------------------


def test_detect_language() -> None:
    assert detect_language(AR) == "ar"
    assert detect_language(AR_MARKED) == "ar"
    assert detect_language(EN) == "en"
    assert detect_language(EN_ACCENTED) == "en"
    assert detect_language("ﺍﻟﻌﻼﻗﺎﺕ ﺍﻟﺪﺑﻠﻮﻣﺎﺳﻴﺔ") == "ar"  # presentation forms, as PDFs extract them
    assert detect_language("123 456 ... , ?") == "en"  # no letters
    assert detect_language("١٢٣ ، ٤٥٦ ؟ 789") == "ar"  # Arabic digits and punctuation are Arabic text


def test_detect_language_goes_with_most_of_the_letters() -> None:
    arabic_with_english = AR + " (Ministry of Foreign Affairs, MoFA)"
    english_with_arabic = EN + " The minister was quoted as saying: نأمل خيرا."
    assert detect_language(arabic_with_english) == "ar"
    assert detect_language(english_with_arabic) == "en"
    assert detect_language("قطر Qatar") == "en"  # three letters against five
    assert detect_language("\ufeffقطر") == "ar"
    assert detect_language("\ufeff") == "en"  # a byte-order mark is no letter


@given(st.text())
@settings(max_examples=300)
def test_detect_language_never_fails(text: str) -> None:
    assert detect_language(text) in ("ar", "en")


@given(st.binary(max_size=600))
@settings(max_examples=300)
def test_any_bytes_make_one_article_or_one_skip(data: bytes) -> None:
    items = read("-", stdin=io.BytesIO(data))
    assert len(items) >= 1
    for item in items:
        if isinstance(item, Article):
            assert item.text.strip()
            assert "\x00" not in item.text
        else:
            assert item.reason
            assert "\n" not in item.reason


def test_skipped_and_summary_lines() -> None:
    line = Skipped("batch.jsonl", 7, "line 7 has no 'text'")
    assert str(line) == "batch.jsonl: line 7 has no 'text'"
    assert summary(3, []) == "read 3 articles"
    assert summary(1, [line, Skipped("scan.pdf", None, "binary file")]) == (
        "read 1 article; skipped 2: batch.jsonl:7, scan.pdf"
    )
    many = [Skipped(f"f{i}.txt", None, "empty file") for i in range(12)]
    assert summary(0, many).endswith("f9.txt and 2 more")


@pytest.mark.skipif(not (SHARED / "corpus" / "dev.jsonl").exists(), reason="../shared/corpus is not here")
def test_development_corpus_reads_whole_and_languages_agree() -> None:
    path = SHARED / "corpus" / "dev.jsonl"
    expected = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = read(path, published=None)
    assert all(isinstance(a, Article) for a in items)
    assert [(a.id, a.text) for a in items if isinstance(a, Article)] == [(e["id"], e["text"]) for e in expected]
    assert [detect_language(e["text"]) for e in expected] == [e["lang"] for e in expected]
