"""`tts-edition feed`: a podcast feed of a library's editions, RSS 2.0 with the iTunes tags podcast apps require and
Podcasting 2.0's chapters and transcript, written by feedgen.

One item per edition, newest first: the edition MP3 as its enclosure (its exact length in bytes), its length, its
date as the publication date (else the MP3's time, which a rebuild keeps while the audio is unchanged), a GUID made
from the edition's URL (so it stays the same across rebuilds), the title and the article's first paragraph, the
reader page as its link, its WebVTT as the transcript and its chapters as a JSON chapters file. The chapters files
are written beside the feed (`<feed>-chapters/<edition>.json`), which therefore lives in the library, where
`--base-url` serves it. The same editions give the same bytes.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from feedgen.util import xml_elem

from tts_edition.atomic import write_text
from tts_edition.errors import EditionError
from tts_edition.library import Edition, Library
from tts_edition.timing.index import paragraphs

PODCAST_NS = "https://podcastindex.org/namespace/1.0"
_DESCRIPTION_CHARACTERS = 600


def write_feed(library_dir: Path, base_url: str, out: Path | None = None, title: str | None = None) -> Path:
    """Writes the feed of the editions under `library_dir`, served at `base_url`, to `out` (default: feed.xml in the
    library) and each edition's chapters file beside it; returns the feed's path."""
    library = Library(library_dir)
    out = (out or library.folder / "feed.xml").absolute()
    if not out.is_relative_to(library.folder):
        raise EditionError(f"{out}: the feed is served with the library: give --out inside {library_dir}")
    base = base_url.rstrip("/") + "/"
    chapters_dir = out.parent / f"{out.stem}-chapters"
    feed = _channel(library, base, out, title)
    for edition in library.editions():
        chapters = chapters_dir / f"{edition.folder.name}.json"
        write_text(chapters, json.dumps(_chapters(edition.index), ensure_ascii=False, indent=1) + "\n")
        _item(feed, edition, base, base + _url_path(chapters, library))
    write_text(out, feed.rss_str(pretty=True).decode("utf-8"))
    return out


def _channel(library: Library, base: str, out: Path, title: str | None) -> FeedGenerator:
    editions = [e.index for e in library.editions()]
    feed = FeedGenerator()
    feed.load_extension("podcast")
    feed.register_extension("podcastindex", _Namespace, _Tags)
    feed.title(title or library.folder.name)
    feed.link(href=base + _url_path(out, library), rel="self")
    feed.link(href=base)  # RSS's link: feedgen takes the last one
    feed.description(title or library.folder.name)
    feed.language(Counter(i["language"] for i in editions).most_common(1)[0][0])
    feed.generator("tts-edition")
    feed.lastBuildDate(max(_published(e) for e in library.editions()))  # not the clock: the same bytes every time
    authors = sorted({i.get("author") for i in editions} - {None, ""})
    feed.podcast.itunes_author(", ".join(authors) or None)
    feed.podcast.itunes_category("News")
    feed.podcast.itunes_explicit("no")
    feed.podcast.itunes_type("episodic")
    return feed


def _item(feed: FeedGenerator, edition: Edition, base: str, chapters_url: str) -> None:
    index = edition.index
    url = base + quote(edition.folder.name) + "/"
    mp3 = edition.root / index["audio"]["mp3"]
    item = feed.add_entry(order="append")
    item.guid(str(uuid.uuid5(uuid.NAMESPACE_URL, url)), permalink=False)
    item.title(index["title"])
    item.link(href=url)
    item.description(_description(index))
    item.enclosure(url + quote(index["audio"]["mp3"]), str(mp3.stat().st_size), "audio/mpeg")
    item.pubDate(_published(edition))
    if index.get("author"):
        item.podcast.itunes_author(index["author"])
    item.podcast.itunes_duration(round(index["duration"]))
    item.podcast.itunes_episode_type("full")
    item.podcastindex.chapters = chapters_url
    if index["audio"].get("vtt"):
        item.podcastindex.transcript = (url + quote(index["audio"]["vtt"]), index["language"])


def _description(index: dict[str, Any]) -> str:
    """The article's first paragraph that is not a heading, shortened at a word."""
    text = next((p["text"] for p in paragraphs(index) if not p.get("heading")), index["title"]).replace("\n", " ")
    if len(text) <= _DESCRIPTION_CHARACTERS:
        return text
    return text[:_DESCRIPTION_CHARACTERS].rsplit(" ", 1)[0] + " …"


def _chapters(index: dict[str, Any]) -> dict[str, Any]:
    """Podcasting 2.0's JSON chapters."""
    return {"version": "1.2.0", "chapters": [{"startTime": c["start"], "title": c["title"]} for c in index["chapters"]]}


def _published(edition: Edition) -> datetime:
    dated = edition.index.get("date")
    if dated:
        return datetime.combine(date.fromisoformat(dated[:10]), datetime.min.time(), UTC)
    return datetime.fromtimestamp((edition.root / edition.index["audio"]["mp3"]).stat().st_mtime // 1, UTC)


def _url_path(path: Path, library: Library) -> str:
    return "/".join(quote(part) for part in path.absolute().relative_to(library.folder).parts)


class _Namespace(BaseExtension):
    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST_NS}


class _Tags(BaseEntryExtension):
    """An item's `podcast:chapters` and `podcast:transcript`."""

    chapters: str | None = None
    transcript: tuple[str, str] | None = None  # the WebVTT's URL and language

    def extend_rss(self, entry: Any) -> Any:
        if self.chapters:
            tag = xml_elem(f"{{{PODCAST_NS}}}chapters", entry)
            tag.attrib.update({"url": self.chapters, "type": "application/json+chapters"})
        if self.transcript:
            url, language = self.transcript
            tag = xml_elem(f"{{{PODCAST_NS}}}transcript", entry)
            tag.attrib.update({"url": url, "type": "text/vtt", "language": language, "rel": "captions"})
        return entry
