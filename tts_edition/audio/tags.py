"""ID3v2.4 tags and CHAP/CTOC chapter frames, written with mutagen."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mutagen.id3 import (
    APIC,
    CHAP,
    COMM,
    CTOC,
    ID3,
    TALB,
    TCON,
    TDRC,
    TIT2,
    TLAN,
    TPE1,
    CTOCFlags,
    ID3NoHeaderError,
)


@dataclass(frozen=True)
class ChapterMark:
    id: str
    title: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True)
class Tags:
    title: str
    author: str
    date: str
    voice: str
    language: str = "kk"


def write_mp3_tags(path: Path, tags: Tags, chapters: list[ChapterMark], cover: Path | None = None) -> None:
    id3 = ID3()
    id3.add(TIT2(encoding=3, text=[tags.title]))
    id3.add(TALB(encoding=3, text=[tags.title]))
    if tags.author:
        id3.add(TPE1(encoding=3, text=[tags.author]))
    if tags.date:
        id3.add(TDRC(encoding=3, text=[tags.date]))
    id3.add(TCON(encoding=3, text=["Audiobook"]))
    id3.add(TLAN(encoding=3, text=["kaz"]))
    id3.add(COMM(encoding=3, lang="kaz", desc="voice", text=[tags.voice]))
    if cover:
        mime = "image/png" if cover.suffix.lower() == ".png" else "image/jpeg"
        id3.add(APIC(encoding=3, mime=mime, type=3, desc="Cover", data=cover.read_bytes()))
    id3.add(
        CTOC(
            element_id="toc",
            flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
            child_element_ids=[c.id for c in chapters],
            sub_frames=[TIT2(encoding=3, text=[tags.title])],
        )
    )
    for chapter in chapters:
        id3.add(
            CHAP(
                element_id=chapter.id,
                start_time=chapter.start_ms,
                end_time=chapter.end_ms,
                sub_frames=[TIT2(encoding=3, text=[chapter.title])],
            )
        )
    id3.save(path, v2_version=4)


def read_mp3_chapters(path: Path) -> list[ChapterMark]:
    """The CHAP frames in the order the CTOC lists them."""
    try:
        id3 = ID3(path)
    except ID3NoHeaderError:
        return []
    chaps = {f.element_id: f for f in id3.getall("CHAP")}
    tocs = id3.getall("CTOC")
    order = list(tocs[0].child_element_ids) if tocs else sorted(chaps)
    marks = []
    for cid in order:
        frame = chaps[cid]
        title_frames = frame.sub_frames.getall("TIT2")
        title = str(title_frames[0].text[0]) if title_frames else ""
        marks.append(ChapterMark(cid, title, frame.start_time, frame.end_time))
    return marks
