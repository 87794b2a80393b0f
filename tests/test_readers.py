"""Reading every input a scraper saves, and every way an input can be bad, without stopping."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pipeline import readers
from pipeline.article import Article, ReadError
from pipeline.cli import UsageError
from pipeline.metadata import normalize_published
from pipeline.readers import ReadStats, iter_articles, split_front_matter

from conftest import write

BODY = "Authorities cut mobile internet in the province on Monday.\n\nService returned two days later."

HTML = """<!doctype html><html lang="en"><head>
<title>Mobile internet cut in the province</title>
<meta property="og:site_name" content="Daily Wire Service">
<meta property="article:published_time" content="2022-05-08">
<link rel="canonical" href="https://news.example.com/cut">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Mobile internet cut in the province</h1>
<p>Authorities cut mobile internet across the province on Monday, residents and two carriers said,
in a move officials described as necessary to keep public order during the protests.</p>
<p>Service returned two days later, but several messaging apps stayed blocked for users
who had not registered their real names with their carrier.</p>
<table><tr><td>Table cell that is not article text</td></tr></table>
</article>
<aside>Related: another story about something else entirely</aside>
<footer>Copyright 2022 Daily Wire Service</footer>
</body></html>"""


def read(*paths: Path, **kw) -> list[Article | ReadError]:
    return list(iter_articles([str(p) for p in paths], **kw))


def only(items: list) -> Article | ReadError:
    assert len(items) == 1, items
    return items[0]


# --- text and Markdown ---------------------------------------------------------------


def test_plain_text_is_the_whole_file(tmp_path):
    article = only(read(write(tmp_path / "a.txt", BODY + "\n")))
    assert isinstance(article, Article)
    assert article.text == BODY
    assert article.source == "a.txt"
    assert len(article.id) == 16  # no id given: a hash of the text
    assert article.published is None


def test_front_matter_fields_and_quotes(tmp_path):
    md = (
        "---\nid: art-7\ntitle: \"Cut: the story\"\nurl: 'https://x.example/7'\noutlet: Wire\n"
        "published: 2015-11\nlanguage: en\n---\n\n" + BODY
    )
    article = only(read(write(tmp_path / "a.md", md)))
    assert (article.id, article.title, article.url, article.outlet) == ("art-7", "Cut: the story", "https://x.example/7", "Wire")
    assert (article.published, article.language) == ("2015-11", "en")
    assert article.text == BODY


def test_front_matter_only_at_the_very_top_and_closed(tmp_path):
    assert split_front_matter("text\n---\ntitle: x\n---\nmore") == ({}, "text\n---\ntitle: x\n---\nmore")
    assert split_front_matter("---\ntitle: x\nno closing line") == ({}, "---\ntitle: x\nno closing line")
    # a Markdown rule around prose is not front matter
    assert split_front_matter("---\nJust a paragraph.\n---\nrest")[0] == {}


def test_crlf_and_bom_are_normalised(tmp_path):
    data = b"\xef\xbb\xbf---\r\ntitle: T\r\n---\r\nLine one.\r\nLine two.\r\n"
    article = only(read(write(tmp_path / "a.txt", data)))
    assert article.title == "T"
    assert article.text == "Line one.\nLine two."


def test_windows_1252_is_detected(tmp_path):
    text = "Caf\u00e9 cr\u00e8me \u201cquoted\u201d text about the network shutdown in the region, said the na\u00efve official."
    article = only(read(write(tmp_path / "w.txt", text.encode("cp1252"))))
    assert isinstance(article, Article)
    assert article.text == text


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    text = "Mobile lines were suspended in the region after the order, the carrier said."
    article = only(read(write(tmp_path / "u.txt", text.encode("utf-16"))))
    assert isinstance(article, Article) and article.text == text


# --- HTML ------------------------------------------------------------------------------


def test_html_main_text_and_metadata(tmp_path):
    article = only(read(write(tmp_path / "page.html", HTML)))
    assert isinstance(article, Article), article
    assert article.title == "Mobile internet cut in the province"
    assert article.outlet == "Daily Wire Service"
    assert article.published == "2022-05-08"
    assert article.url == "https://news.example.com/cut"
    assert "Authorities cut mobile internet" in article.text
    for noise in ("Home", "Table cell", "Related:", "Copyright"):
        assert noise not in article.text
    # paragraphs stay apart, lines inside a paragraph are not broken into paragraphs
    paragraphs = article.text.split("\n\n")
    assert any(p.startswith("Service returned") for p in paragraphs)
    assert len(article.id) == 16  # no id in a web page: text hash


def test_htm_extension_and_upper_case(tmp_path):
    assert isinstance(only(read(write(tmp_path / "PAGE.HTM", HTML))), Article)


def test_html_without_article_text(tmp_path):
    error = only(read(write(tmp_path / "empty.html", "<html><head><title>x</title></head><body></body></html>")))
    assert error == ReadError("empty.html", "no article text found in HTML")


# --- JSON and JSONL ----------------------------------------------------------------------


def test_jsonl_records_and_field_aliases(tmp_path):
    lines = [
        {"id": "a", "url": "u", "title": "t", "outlet": "o", "published": "2022-05-07", "text": "one"},
        {"maintext": "two", "date_publish": "2021-09-03 08:15:00", "source_domain": "news.example"},
        {"body": "three", "publish_date": "2022", "media_name": "Media Cloud outlet"},
        {"content": "four", "date": "2015-11", "source": "Outlet four"},
        {"id": 42, "text": "five", "source": {"id": "bbc", "name": "BBC"}},
    ]
    path = write(tmp_path / "n.jsonl", "\n".join(json.dumps(r) for r in lines) + "\n")
    got = read(path)
    assert [a.text for a in got] == ["one", "two", "three", "four", "five"]
    assert [a.source for a in got] == [f"n.jsonl:{i}" for i in range(1, 6)]
    assert [a.outlet for a in got] == ["o", "news.example", "Media Cloud outlet", "Outlet four", "BBC"]
    assert [a.published for a in got] == ["2022-05-07", "2021-09-03 08:15:00", "2022", "2015-11", None]
    assert (got[0].id, got[0].url, got[0].title, got[4].id) == ("a", "u", "t", "42")


def test_jsonl_bad_lines_cost_only_themselves(tmp_path):
    content = '{"text": "good one"}\n{"text": "trunc\n\n["a list"]\n{"title": "no text"}\n{"text": "   "}\n{"text": "good two"}'
    got = read(write(tmp_path / "n.jsonl", content))
    assert [a.text for a in got if isinstance(a, Article)] == ["good one", "good two"]
    assert [a.source for a in got if isinstance(a, Article)] == ["n.jsonl:1", "n.jsonl:7"]
    errors = {e.line: e.reason for e in got if isinstance(e, ReadError)}
    assert set(errors) == {2, 4, 5, 6}
    assert errors[2].startswith("malformed JSON")
    assert errors[4] == "record is a JSON list, not an object"
    assert errors[5] == "record has no text field (looked for text, maintext, body, content)"
    assert errors[6] == "record's text is empty or not a string"
    assert all(e.source == "n.jsonl" for e in got if isinstance(e, ReadError))


def test_json_single_object_and_list(tmp_path):
    one = only(read(write(tmp_path / "one.json", json.dumps({"id": "x", "maintext": "the text"}))))
    assert (one.source, one.id, one.text) == ("one.json", "x", "the text")
    many = read(write(tmp_path / "many.json", json.dumps([{"text": "a"}, {"nope": 1}, {"text": "c"}])))
    assert [getattr(a, "text", None) for a in many] == ["a", None, "c"]
    assert [a.source for a in many] == ["many.json:1", "many.json", "many.json:3"]
    assert many[1].line == 2


def test_jsonl_saved_as_json_is_read_line_by_line(tmp_path):
    got = read(write(tmp_path / "dump.json", '{"text": "a"}\n{"text": "b"}\n'))
    assert [a.source for a in got] == ["dump.json:1", "dump.json:2"]


def test_malformed_json_file(tmp_path):
    error = only(read(write(tmp_path / "bad.json", '{"text": "unterminated')))
    assert isinstance(error, ReadError) and error.reason.startswith("malformed JSON")


def test_jsonl_line_over_the_size_limit(tmp_path):
    path = write(tmp_path / "n.jsonl", json.dumps({"text": "x" * 2000}) + "\n" + json.dumps({"text": "short"}) + "\n")
    got = read(path, max_bytes=1000)
    assert isinstance(got[0], ReadError) and got[0].line == 1 and "over the" in got[0].reason
    assert got[1].text == "short" and got[1].source == "n.jsonl:2"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2022", "2022"),
        ("2015-11", "2015-11"),
        ("2022-05-07", "2022-05-07"),
        ("2021-09-03 08:15:00", "2021-09-03 08:15:00"),
        ("2021-09-03T08:15:00+02:00", "2021-09-03T08:15:00+02:00"),
        ("Fri, 03 Sep 2021 08:15:00 GMT", "2021-09-03T08:15:00+00:00"),
        ("2021/09/03", "2021-09-03"),
        ("September 3, 2021", "2021-09-03"),
        ("November 2015", "2015-11"),
        ("last week", None),
        ("", None),
        (None, None),
    ],
)
def test_published_normalised_as_precise_as_given(raw, expected):
    assert normalize_published(raw) == expected


# --- bad inputs beside good ones -------------------------------------------------------------


def test_every_bad_input_is_one_error_and_good_files_still_read(tmp_path, monkeypatch):
    root = tmp_path / "corpus"
    write(root / "good.txt", BODY)
    write(root / "sub" / "good.md", "---\nid: md-1\n---\n" + BODY)
    write(root / "empty.txt", b"")
    write(root / "blank.md", "  \n\t\n")
    write(root / "blank.jsonl", "\n\n")
    write(root / "renamed.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    write(root / "nul.txt", b"text with a \x00 NUL byte")
    write(root / "zip.json", b"PK\x03\x04rest of an archive")
    write(root / "undecodable.txt", bytes(range(128, 256)) * 4)
    write(root / "big.txt", "x" * 3000)
    write(root / "locked.txt", BODY)
    write(root / "photo.png", b"\x89PNG not read")
    write(root / ".hidden.txt", BODY)
    (root / "dangling.txt").symlink_to(root / "missing.txt")
    (root / "self.txt").symlink_to(root / "self.txt")
    (root / "sub" / "loop").symlink_to(root)

    real_open = open

    def deny(path, *args, **kw):  # chmod 000 does not stop root, so refuse the open itself
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kw)

    monkeypatch.setattr(readers, "open", deny, raising=False)
    stats = ReadStats()
    got = read(root, max_bytes=2000, stats=stats)

    articles = [a for a in got if isinstance(a, Article)]
    errors = {e.source: e.reason for e in got if isinstance(e, ReadError)}
    assert [a.source for a in articles] == ["corpus/good.txt", "corpus/sub/good.md"]
    assert errors.pop("corpus/big.txt").startswith("file is 0.0 MB, over the")
    assert errors == {
        "corpus/blank.jsonl": "file has only whitespace",
        "corpus/blank.md": "file has only whitespace",
        "corpus/dangling.txt": f"broken symlink (target {root / 'missing.txt'} does not exist)",
        "corpus/empty.txt": "empty file (0 bytes)",
        "corpus/locked.txt": "permission denied",
        "corpus/nul.txt": "binary file (contains NUL bytes), not text",
        "corpus/renamed.html": "binary file (a PDF), not text",
        "corpus/self.txt": "symlink loop (the link never reaches a file)",
        "corpus/sub/loop": "symlink loop: points back to corpus/, not followed",
        "corpus/undecodable.txt": "not UTF-8, and no other text encoding fits",
        "corpus/zip.json": "binary file (a ZIP archive (or .docx/.xlsx)), not text",
    }
    assert all("\n" not in reason for reason in errors.values())
    assert stats == ReadStats(files=13, skipped=["corpus/photo.png"])


def test_size_limit_message_in_megabytes(tmp_path):
    path = write(tmp_path / "big.txt", b"x" * (3 * 2**20 + 2**19))
    assert only(read(path, max_bytes=2**21)).reason == "file is 3.5 MB, over the 2 MB limit (--max-size)"


def test_a_folder_linked_twice_is_read_once(tmp_path):
    write(tmp_path / "in" / "a" / "one.txt", BODY)
    (tmp_path / "in" / "b").symlink_to(tmp_path / "in" / "a")
    got = read(tmp_path / "in")
    assert [a.source for a in got] == ["in/a/one.txt", "in/b"]
    assert got[1].reason == "symlink to a folder already read, not read twice"


def test_broken_symlink_given_directly_is_an_error_not_a_crash(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    assert isinstance(only(read(tmp_path / "gone.txt")), ReadError)


def test_missing_input_path_is_a_usage_error_before_reading(tmp_path):
    write(tmp_path / "a.txt", BODY)
    with pytest.raises(UsageError, match="no such file or folder: .*nope"):
        iter_articles([tmp_path / "a.txt", tmp_path / "nope"])


# --- order and sources ------------------------------------------------------------------------


def test_stable_sorted_recursive_order_and_relative_sources(tmp_path):
    for name in ["b.txt", "a/z.txt", "a/b/c.md", "c.jsonl", "A.txt"]:
        content = json.dumps({"text": name}) if name.endswith("jsonl") else name
        write(tmp_path / "corpus" / name, content)
    single = write(tmp_path / "elsewhere" / "single.txt", "single")
    sources = [a.source for a in read(tmp_path / "corpus", single)]
    assert sources == ["corpus/A.txt", "corpus/a/b/c.md", "corpus/a/z.txt", "corpus/b.txt", "corpus/c.jsonl:1", "single.txt"]
    assert sources == [a.source for a in read(tmp_path / "corpus", single)]


def test_relative_input_paths(tmp_path, monkeypatch):
    write(tmp_path / "data" / "x.txt", BODY)
    monkeypatch.chdir(tmp_path)
    assert only(read(Path("data"))).source == "data/x.txt"
    assert only(read(Path("data/x.txt"))).source == "x.txt"
    monkeypatch.chdir(tmp_path / "data")
    assert only(read(Path("."))).source == "data/x.txt"


def test_reading_is_lazy(tmp_path):
    write(tmp_path / "n.jsonl", "\n".join(json.dumps({"text": str(i)}) for i in range(1000)))
    it = iter_articles([tmp_path / "n.jsonl"])
    assert next(it).text == "0"
    os.remove(tmp_path / "n.jsonl")  # already open: the rest still streams from the handle
    assert sum(1 for _ in it) == 999
