"""Tags, chapters and cover: ID3v2.3 with CHAP/CTOC for MP3 (mutagen), MP4 chapters for M4B (ffmpeg)."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
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
    Frame,
    ID3NoHeaderError,
)

from tts_edition.atomic import atomic_path
from tts_edition.audio.aac import priming
from tts_edition.audio.encode import ffmpeg
from tts_edition.audio.mp3 import id3v2_size
from tts_edition.audio.mp4 import set_edit_list
from tts_edition.errors import EditionError


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


def read_cover(path: Path) -> tuple[bytes, str]:
    """A JPEG or PNG cover image as (bytes, MIME type)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EditionError(f"{path}: cannot read the cover image ({exc.strerror})") from None
    if data.startswith(b"\xff\xd8\xff"):
        return data, "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return data, "image/png"
    raise EditionError(f"{path}: the cover must be a JPEG or PNG image")


def write_mp3_tags(path: Path, tags: Tags, chapters: list[ChapterMark], cover: tuple[bytes, str] | None = None) -> None:
    """An ID3v2.3 tag in front of the MP3's audio, replacing any tag it had, with the chapters in time order."""
    frames = [TIT2(encoding=3, text=[tags.title]), TALB(encoding=3, text=[tags.title])]
    if tags.author:
        frames.append(TPE1(encoding=3, text=[tags.author]))
    if tags.date:
        frames.append(TDRC(encoding=3, text=[tags.date]))
    frames += [
        TCON(encoding=3, text=["Audiobook"]),
        TLAN(encoding=3, text=["kaz"]),
        COMM(encoding=3, lang="kaz", desc="voice", text=[tags.voice]),
    ]
    if cover:
        frames.append(APIC(encoding=3, mime=cover[1], type=3, desc="Cover", data=cover[0]))
    chapters = sorted(chapters, key=lambda c: c.start_ms)
    frames.append(
        CTOC(
            element_id="toc",
            flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
            child_element_ids=[c.id for c in chapters],
            sub_frames=[TIT2(encoding=3, text=[tags.title])],
        )
    )
    frames += [
        CHAP(element_id=c.id, start_time=c.start_ms, end_time=c.end_ms, sub_frames=[TIT2(encoding=3, text=[c.title])])
        for c in chapters
    ]
    _write_id3v2(path, frames)


def _write_id3v2(path: Path, frames: list[Frame]) -> None:
    """Put an ID3v2.3 tag of `frames`, in this order, in front of the file's audio, replacing any ID3v2 tag.

    Readers list CHAP frames in the order the file has them (ffmpeg, and every tool built on it), so the order is
    ours to keep; mutagen would sort the frames of a tag it saves by their size. Version 2.3, not 2.4: ffmpeg reads
    the sizes of the frames inside a CHAP frame as plain numbers, which 2.4 writes syncsafe, so it drops every
    chapter whose title takes 128 bytes or more (64 Kazakh letters) from a 2.4 tag."""
    body = b"".join(_frame_bytes(frame) for frame in frames)
    header = b"ID3\x03\x00\x00" + bytes((len(body) >> shift) & 0x7F for shift in (21, 14, 7, 0))
    with path.open("rb") as audio, atomic_path(path) as tmp, tmp.open("wb") as tagged:
        audio.seek(id3v2_size(audio.read(10)))
        tagged.write(header + body)
        shutil.copyfileobj(audio, tagged, 1 << 20)


def _frame_bytes(frame: Frame) -> bytes:
    """One frame as mutagen writes it: a tag of that frame alone, less the tag's 10-byte header (and no padding)."""
    single = ID3()
    single.add(frame)
    buffer = io.BytesIO()
    single.save(buffer, v2_version=3, padding=lambda _: 0)
    return buffer.getvalue()[10:]


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


def read_mp3_cover(path: Path) -> tuple[bytes, str] | None:
    """The front cover in the MP3's tags, as (image bytes, MIME type)."""
    try:
        pictures = ID3(path).getall("APIC")
    except ID3NoHeaderError:
        return None
    return (pictures[0].data, pictures[0].mime) if pictures else None


def write_m4b(
    aac: Path, out: Path, ffmetadata: str, cover: tuple[bytes, str] | None, sample_rate: int, samples: int
) -> None:
    """Mux the ADTS stream in `aac` into an audiobook with ffmetadata tags and chapters, and the cover, whose edit
    list hides the AAC priming and the last frame's padding: it plays the edition's `samples`, no more."""
    with tempfile.TemporaryDirectory() as scratch:
        meta = Path(scratch) / "chapters.txt"
        meta.write_text(ffmetadata, encoding="utf-8")
        command = [ffmpeg(), "-hide_banner", "-loglevel", "error", "-y", "-f", "aac", "-i", str(aac)]
        command += ["-f", "ffmetadata", "-i", str(meta)]
        maps = ["-map", "0:a", "-map_metadata", "1", "-map_chapters", "1"]
        if cover:
            image = Path(scratch) / ("cover.png" if cover[1] == "image/png" else "cover.jpg")
            image.write_bytes(cover[0])
            command += ["-i", str(image)]
            maps += ["-map", "2:v", "-c:v", "copy", "-disposition:v:0", "attached_pic"]
        mp4 = ["-use_editlist", "1", "-movie_timescale", str(sample_rate), "-movflags", "+faststart", "-f", "mp4"]
        result = subprocess.run([*command, *maps, "-c:a", "copy", *mp4, str(out)], capture_output=True)
    if result.returncode != 0:
        raise EditionError(f"writing {out.name} failed: {result.stderr.decode(errors='replace').strip()[:300]}")
    set_edit_list(out, priming(sample_rate), samples)


def read_chapters_ffmpeg(path: Path) -> str:
    """The tags and chapters of any media file, as ffmpeg's ffmetadata text: chapters in the order ffmpeg lists them,
    at the times the file gives (as ffprobe reports them; a conversion shifts them by the start it finds, such as an
    MP3's encoder delay)."""
    command = [ffmpeg(), "-hide_banner", "-loglevel", "error", "-copyts", "-i", str(path), "-f", "ffmetadata", "-"]
    result = subprocess.run(command, capture_output=True)
    if result.returncode != 0:
        raise EditionError(f"{path}: cannot read chapters ({result.stderr.decode(errors='replace').strip()[:200]})")
    return result.stdout.decode("utf-8", errors="replace")
