"""Tags, chapters and cover: ID3v2.3 with CHAP/CTOC for MP3 (mutagen), MP4 chapters for M4B (ffmpeg) and its tags
(mutagen), Vorbis comments with chapters and a picture for FLAC (mutagen).

The narrator goes where audiobook players look for it: the composer (TCOM, ©wrt, COMPOSER: Audiobookshelf, Prologue
and most taggers), and a field named for it (TXXX:NARRATOR, ©nrt as Audible's M4B files carry, NARRATOR). Series,
part and ISBN are TXXX frames (freeform `----:com.apple.iTunes:` atoms in MP4) named as Audiobookshelf reads them;
the series is also the MP3's content group (TIT1), the one ID3v2.3 frame for a larger work a file belongs to.
"""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mutagen.flac import FLAC, Picture
from mutagen.id3 import (
    APIC,
    CHAP,
    COMM,
    CTOC,
    ID3,
    TALB,
    TCOM,
    TCON,
    TCOP,
    TDAT,
    TIT1,
    TIT2,
    TLAN,
    TPE1,
    TPE2,
    TPUB,
    TRCK,
    TXXX,
    TYER,
    CTOCFlags,
    Frame,
    ID3NoHeaderError,
)
from mutagen.mp4 import MP4, MP4FreeForm

from tts_edition.atomic import atomic_path
from tts_edition.audio.aac import priming
from tts_edition.audio.encode import ffmpeg, run_ffmpeg
from tts_edition.audio.mp3 import id3v2_size
from tts_edition.audio.mp4 import set_edit_list
from tts_edition.errors import EditionError
from tts_edition.metadata import Metadata

ISO_639_2 = {"kk": "kaz"}  # ID3's TLAN and MP4 want three letters
_ITUNES = "----:com.apple.iTunes:"


@dataclass(frozen=True)
class ChapterMark:
    id: str
    title: str
    start_ms: int
    end_ms: int


@dataclass(frozen=True)
class Tags:
    title: str  # the book's
    date: str
    voice: str  # the voice's name and id, for a comment
    metadata: Metadata = field(default_factory=Metadata)
    track: str = ""  # a file that holds one part of the book: the part's title
    track_number: str = ""  # "3/12"

    def values(self) -> dict[str, list[str]]:
        """Every tag by a neutral name, as lists of values; empty ones left out."""
        m = self.metadata
        values = {
            "title": [self.track or self.title], "album": [self.title], "artist": list(m.authors),
            "album_artist": list(m.authors), "narrator": [m.narrator], "date": [self.date],
            "genre": ["Audiobook", m.genre], "language": [ISO_639_2.get((m.language or "kk").split("-")[0], "kaz")],
            "publisher": [m.publisher], "copyright": [m.copyright], "description": [m.description],
            "isbn": [m.isbn], "series": [m.series], "series_part": [m.series_number], "track": [self.track_number],
            "comment": [self.voice],
        }  # fmt: skip
        return {name: [v for v in found if v] for name, found in values.items() if any(found)}


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


def _text(kind: type[Frame]) -> Callable[[list[str]], list[Frame]]:
    """A text frame; several values are one text joined by "/", as ID3v2.3 has them."""
    return lambda values: [kind(encoding=3, text=["/".join(values)])]


def _user(desc: str) -> Callable[[list[str]], list[Frame]]:
    """A TXXX frame: a field ID3v2.3 has no frame for."""
    return lambda values: [TXXX(encoding=3, desc=desc, text=["/".join(values)])]


def _dated(values: list[str]) -> list[Frame]:
    """ID3v2.3's year (TYER) and, for a full date, its day and month (TDAT, DDMM)."""
    year, _, rest = values[0].partition("-")
    month, _, day = rest.partition("-")
    return [TYER(encoding=3, text=[year])] + ([TDAT(encoding=3, text=[day + month])] if day else [])


# ID3v2.3 frames by neutral name, in the order they are written.
_ID3: dict[str, list[Callable[[list[str]], list[Frame]]]] = {
    "title": [_text(TIT2)], "album": [_text(TALB)], "series": [_text(TIT1), _user("SERIES")],
    "series_part": [_user("SERIES-PART")], "artist": [_text(TPE1)], "album_artist": [_text(TPE2)],
    "narrator": [_text(TCOM), _user("NARRATOR")], "date": [_dated], "genre": [_text(TCON)],
    "language": [_text(TLAN)], "publisher": [_text(TPUB)], "copyright": [_text(TCOP)], "track": [_text(TRCK)],
    "description": [_user("DESCRIPTION")], "isbn": [_user("ISBN")],
    "comment": [lambda v: [COMM(encoding=3, lang="kaz", desc="voice", text=v)]],
}  # fmt: skip
# MP4 atoms (mutagen's keys) by neutral name; the media kind (stik) 2 is "Audiobook".
_MP4 = {
    "title": ["\xa9nam"], "album": ["\xa9alb"], "artist": ["\xa9ART"], "album_artist": ["aART"],
    "narrator": ["\xa9wrt", "\xa9nrt"], "date": ["\xa9day"], "genre": ["\xa9gen"], "copyright": ["cprt"],
    "description": ["desc", "ldes"], "comment": ["\xa9cmt"], "publisher": [f"{_ITUNES}PUBLISHER"],
    "language": [f"{_ITUNES}LANGUAGE"], "isbn": [f"{_ITUNES}ISBN"], "series": [f"{_ITUNES}SERIES"],
    "series_part": [f"{_ITUNES}SERIES-PART"],
}  # fmt: skip
# Vorbis comment fields by neutral name (the narrator is also the PERFORMER, as the Vorbis comment spec has it).
_VORBIS = {
    "title": ["TITLE"], "album": ["ALBUM"], "artist": ["ARTIST"], "album_artist": ["ALBUMARTIST"],
    "narrator": ["COMPOSER", "PERFORMER", "NARRATOR"], "date": ["DATE"], "genre": ["GENRE"], "language": ["LANGUAGE"],
    "publisher": ["ORGANIZATION", "PUBLISHER"], "copyright": ["COPYRIGHT"], "description": ["DESCRIPTION"],
    "isbn": ["ISBN"], "series": ["SERIES"], "series_part": ["SERIES-PART"], "track": ["TRACKNUMBER"],
    "comment": ["COMMENT"],
}  # fmt: skip


def write_mp3_tags(path: Path, tags: Tags, chapters: list[ChapterMark], cover: tuple[bytes, str] | None = None) -> None:
    """An ID3v2.3 tag in front of the MP3's audio, replacing any tag it had, with the chapters in time order."""
    values = tags.values()
    frames = [
        frame for name, makers in _ID3.items() if name in values for make in makers for frame in make(values[name])
    ]
    if cover:
        frames.append(APIC(encoding=3, mime=cover[1], type=3, desc="Cover", data=cover[0]))
    if not chapters:
        _write_id3v2(path, frames)
        return
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
        result = run_ffmpeg([*command, *maps, "-c:a", "copy", *mp4, str(out)])
    if result.returncode != 0:
        raise EditionError(f"writing {out.name} failed: {result.stderr.decode(errors='replace').strip()[:300]}")
    set_edit_list(out, priming(sample_rate), samples)


def write_m4b_tags(path: Path, tags: Tags) -> None:
    """The book's tags in an M4B, in place, with the media kind that makes players file it as an audiobook."""
    mp4 = MP4(path)
    for name, found in tags.values().items():
        for key in _MP4.get(name, []):
            mp4[key] = [MP4FreeForm(v.encode()) for v in found] if key.startswith(_ITUNES) else found
    mp4["stik"] = [2]
    mp4.save()


def write_flac_tags(
    path: Path, tags: Tags, chapters: list[ChapterMark], cover: tuple[bytes, str] | None = None
) -> None:
    """Vorbis comments (chapters as CHAPTERnnn and CHAPTERnnnNAME, as players read them) and the front cover."""
    flac = FLAC(path)
    flac.clear()
    for name, found in tags.values().items():
        for key in _VORBIS.get(name, []):
            flac[key] = found
    for n, chapter in enumerate(sorted(chapters, key=lambda c: c.start_ms), 1):
        flac[f"CHAPTER{n:03d}"] = _clock(chapter.start_ms)
        flac[f"CHAPTER{n:03d}NAME"] = chapter.title
    flac.clear_pictures()
    if cover:
        flac.add_picture(cover_picture(cover))
    flac.save()


def cover_picture(cover: tuple[bytes, str]) -> Picture:
    """A FLAC front-cover picture block, its size and depth from the image itself."""
    from PIL import Image

    with Image.open(io.BytesIO(cover[0])) as image:
        width, height, bands = image.width, image.height, len(image.getbands())
    picture = Picture()
    picture.type, picture.mime, picture.desc, picture.data = 3, cover[1], "Cover", cover[0]
    picture.width, picture.height, picture.depth = width, height, 8 * bands
    return picture


def _clock(ms: int) -> str:
    hours, rest = divmod(ms, 3_600_000)
    return f"{hours:02d}:{rest // 60_000:02d}:{rest % 60_000 // 1000:02d}.{rest % 1000:03d}"


def read_chapters_ffmpeg(path: Path) -> str:
    """The tags and chapters of any media file, as ffmpeg's ffmetadata text: chapters in the order ffmpeg lists them,
    at the times the file gives (as ffprobe reports them; a conversion shifts them by the start it finds, such as an
    MP3's encoder delay)."""
    command = [ffmpeg(), "-hide_banner", "-loglevel", "error", "-copyts", "-i", str(path), "-f", "ffmetadata", "-"]
    result = run_ffmpeg(command)
    if result.returncode != 0:
        raise EditionError(f"{path}: cannot read chapters ({result.stderr.decode(errors='replace').strip()[:200]})")
    return result.stdout.decode("utf-8", errors="replace")
