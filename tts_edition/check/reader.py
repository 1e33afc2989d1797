"""The reader page: every file it loads is there, it plays the edition's MP3, and it carries the index's times."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from tts_edition.check.finding import Finding
from tts_edition.reader import edition_key
from tts_edition.timing.index import paragraphs, sentences, written_files

_REFERENCES = ("src", "href", "data-clip")  # attributes naming a file the page loads


class _Page(HTMLParser):
    """What a reader page refers to and the times it gives its chapters, paragraphs and sentences."""

    def __init__(self) -> None:
        super().__init__()
        self.references: list[str] = []
        self.times: dict[str, tuple[float, float] | None] = {}  # element id → (data-start, data-end)
        self.edition_audio: str | None = None
        self.edition_key: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.references += [v for name in _REFERENCES if (v := found.get(name)) and _local(v)]
        if found.get("id") and "data-start" in found:
            self.times[found["id"] or ""] = _seconds(found["data-start"], found.get("data-end"))
        if tag == "audio" and found.get("id") == "edition":
            self.edition_audio = found.get("src")
        if tag == "body":
            self.edition_key = found.get("data-edition")


def reader_finding(build_dir: Path, index: dict[str, Any]) -> Finding:
    files = written_files(index)
    path = build_dir / files["reader"]
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Finding("reader", False, f"{path.name} is missing")
    except UnicodeDecodeError:
        return Finding("reader", False, f"{path.name} is not UTF-8 text")
    page = _Page()
    page.feed(text)
    page.close()
    problems = [f"loads {ref}, which is missing" for ref in page.references if not _present(build_dir, ref)]
    if page.edition_audio != files["mp3"]:
        problems.append(f"plays {page.edition_audio}, not {files['mp3']}")
    if page.edition_key != edition_key(index):
        problems.append("its edition key is not the index's (a page from another build)")
    timed = [*index["chapters"], *paragraphs(index), *sentences(index)]
    for item in timed:
        shown, wanted = page.times.get(item["id"]), (item["start"], item["end"])
        if shown != wanted:
            problems.append(f"{item['id']} is {_span(shown)} on the page, {_span(wanted)} in the index")
    detail = f"{path.name} plays {files['mp3']}, the {len(page.references)} files it loads are present, and its"
    detail += f" {len(timed)} chapters, paragraphs and sentences have the index's times"
    return Finding("reader", not problems, "; ".join(problems[:3]) if problems else detail)


def _span(times: tuple[float, float] | None) -> str:
    return f"{times[0]:.3f}–{times[1]:.3f} s" if times else "not timed"


def _seconds(*values: str | None) -> tuple[float, float] | None:
    try:
        start, end = (float(value or "") for value in values)
    except ValueError:
        return None
    return start, end


def _local(reference: str) -> bool:
    parts = urlsplit(reference)
    return not (parts.scheme or parts.netloc or reference.startswith("#"))


def _present(build_dir: Path, reference: str) -> bool:
    root = build_dir.resolve()
    target = (root / unquote(urlsplit(reference).path)).resolve()
    return target.is_relative_to(root) and target.is_file()
