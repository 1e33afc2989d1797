"""`tts-edition package`: a store delivery derived from a finished edition, beside it.

The edition's FLAC master is the source when it was built (else its MP3, a lossy source), cut at the index's
chapter bounds; the credits and any chapter title the input did not head are spoken with the edition's voice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from tts_edition import __version__
from tts_edition.atomic import write_text
from tts_edition.audio.mp3 import check_bitrate, kbps
from tts_edition.audio.tags import ChapterMark, Tags, read_mp3_cover, write_flac_tags, write_mp3_tags
from tts_edition.errors import EditionError, reported
from tts_edition.metadata import Metadata, from_index
from tts_edition.package import apple
from tts_edition.package.cover import inspect, problems
from tts_edition.package.derive import Output, Written, derive
from tts_edition.package.folder import MANIFEST, SCHEMA, check_out, default_out, staged
from tts_edition.package.plan import CHAPTER, SAMPLE, DeliveryFile, Request, plan
from tts_edition.package.profiles import ROOM_TONE_DBFS, Profile, profile
from tts_edition.package.speech import Speaker
from tts_edition.publish import unfinished_publish
from tts_edition.timing.index import read_index, written_files

__all__ = ["Delivery", "package_edition"]
_MIME_SUFFIX = {"image/jpeg": "jpg", "image/png": "png"}


@dataclass(frozen=True)
class Delivery:
    folder: Path
    source: str  # the edition's file it was derived from
    lossless: bool
    files: int


def package_edition(edition: str | Path, store: str, out: str | Path | None = None, **options: Any) -> Delivery:
    """Derive `store`'s delivery from the edition in `edition`; options: bitrate, sample_rate, sample_chapter,
    cover (a path), provider (Apple), voice (when the edition's is not in the catalogue)."""
    edition = Path(edition)
    chosen = profile(store)
    index = read_index(edition)
    if unfinished_publish(edition):
        raise EditionError(f"{edition}: its last build was cut short (run the build again first)")
    if not isinstance(index.get("metadata"), dict):
        raise EditionError(f"{edition}: built before editions recorded their metadata (build it again)")
    target = Path(out) if out else default_out(edition, store)
    check_out(target, edition)
    output = _output(chosen, options.get("bitrate"), options.get("sample_rate"))
    source, lossless = _source(edition, index)
    cover = _cover(edition, index, options.get("cover"), chosen)
    metadata = from_index(index)
    if chosen.disclosure and not metadata.description.startswith(chosen.disclosure):
        metadata = replace(metadata, description=f"{chosen.disclosure} {metadata.description}".strip())
    provider = apple.checked_provider(options.get("provider")) if chosen.layout == "tracks" else ""
    vendor = apple.vendor_id(index, metadata) if chosen.layout == "tracks" else ""
    speaker = Speaker(index, options.get("voice"))
    credits = {role: speaker.say(text) for role, text in index["metadata"]["credits"].items()}
    request = Request(chosen, output.codec, credits, speaker.say, options.get("sample_chapter"), vendor)
    files = plan(index, request)
    _check_lengths(chosen, files, index["voice"]["sample_rate"], output)
    with staged(target) as folder:
        written = derive(source, index["samples"], index["voice"]["sample_rate"], files, output, folder,
                         lambda file: f"{store}\n{file.name}\n{file.title}\n{vendor or _content(index)}")  # fmt: skip
        cover_name = _write_cover(folder, cover, f"{vendor}.itmsp/{vendor}" if vendor else "cover")
        _tag(folder, files, written, index, metadata, cover)
        if vendor:
            tracks = [folder / f.name for f in files]
            xml = apple.metadata_xml(index, metadata, provider, vendor, folder / cover_name, tracks)
            write_text(folder / f"{vendor}.itmsp" / "metadata.xml", xml)
        manifest = _manifest(chosen, index, metadata, output, source, lossless, files, written, cover_name)
        write_text(folder / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return Delivery(target, source.name, lossless, len(files))


def _output(chosen: Profile, bitrate: str | int | None, sample_rate: str | int | None) -> Output:
    """The profile's rate and bitrate, or those asked, checked against the profile and what the codec carries."""
    try:
        rate = int(sample_rate) if sample_rate is not None else chosen.sample_rates[0]
    except ValueError:
        raise EditionError(f"--sample-rate {sample_rate}: give a number of Hz") from None
    if rate not in chosen.sample_rates:
        raise EditionError(f"--sample-rate {rate}: {chosen.name} takes {' or '.join(map(str, chosen.sample_rates))} Hz")
    if chosen.codec != "mp3":
        if bitrate is not None:
            raise EditionError(f"--bitrate: {chosen.name} is delivered as lossless {chosen.codec.upper()}")
        return Output(rate, chosen.codec, None, chosen.head_seconds, chosen.tail_seconds, ROOM_TONE_DBFS)
    try:
        wanted = kbps(str(bitrate)) if bitrate is not None else chosen.bitrate_kbps
    except ValueError:
        raise EditionError(f"--bitrate {bitrate}: give kbit/s, such as 192") from None
    check_bitrate(wanted, rate)
    if chosen.min_bitrate and not chosen.min_bitrate.holds(wanted):
        raise EditionError(f"--bitrate {wanted}: {chosen.name} wants {chosen.min_bitrate.describe('kbit/s')}")
    return Output(rate, "mp3", f"{wanted}k", chosen.head_seconds, chosen.tail_seconds, ROOM_TONE_DBFS)


def _source(edition: Path, index: dict[str, Any]) -> tuple[Path, bool]:
    """The FLAC master when the edition has one, else its MP3."""
    files = written_files(index)
    source, lossless = (edition / files["flac"], True) if "flac" in files else (edition / files["mp3"], False)
    if not source.is_file():
        raise EditionError(f"{source}: missing from the edition (build it again)")
    return source, lossless


def _cover(edition: Path, index: dict[str, Any], given: str | Path | None, chosen: Profile) -> tuple[bytes, str]:
    """The cover to deliver (--cover, else the edition's), refused in one line when the store cannot take it."""
    if given:
        from tts_edition.audio.tags import read_cover

        cover = read_cover(Path(given))
    else:
        with reported(edition):
            cover = read_mp3_cover(edition / written_files(index)["mp3"])
        if cover is None:
            raise EditionError(f"{edition}: the edition has no cover; give --cover IMAGE (stores need one)")
    image = inspect(cover[0])
    wrong = [p.text for p in problems(image, chosen.cover) if p.required]
    if wrong:
        raise EditionError(f"the cover {'; '.join(wrong)} ({chosen.name}; give --cover IMAGE)")
    return cover


def _check_lengths(chosen: Profile, files: list[DeliveryFile], rate: int, output: Output) -> None:
    """What the plan already tells: a file or a book too long or too short for the store is refused now."""
    pad = output.head_seconds + output.tail_seconds
    limit = chosen.file_minutes
    for file in files:
        minutes = (file.seconds(rate) + pad) / 60
        if limit and limit.required and not limit.holds(minutes):
            raise EditionError(f"{file.title}: {minutes:.0f} minutes, {chosen.name} takes {limit.describe('minutes')}"
                               " a file (split the chapter in the input)")  # fmt: skip
    hours = sum(f.seconds(rate) + pad for f in files if f.role != SAMPLE) / 3600
    if chosen.total_hours and not chosen.total_hours.holds(hours):
        raise EditionError(f"the book lasts {hours * 60:.1f} minutes; {chosen.name} takes "
                           f"{chosen.total_hours.low * 60:g} minutes to {chosen.total_hours.high:g} hours")  # fmt: skip


def _content(index: dict[str, Any]) -> str:
    return "\n".join(p["hash"] for c in index["chapters"] for p in c["paragraphs"])


def _write_cover(folder: Path, cover: tuple[bytes, str], stem: str) -> str:
    name = f"{stem}.{_MIME_SUFFIX[cover[1]]}"
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(cover[0])
    return name


def _tag(
    folder: Path, files: list[DeliveryFile], written: dict[str, Written], index: dict[str, Any], metadata: Metadata,
    cover: tuple[bytes, str],
) -> None:  # fmt: skip
    """Every file's tags: the book's metadata, its own title and number, its chapters (Apple's tracks)."""
    numbered = [f for f in files if f.role != SAMPLE]
    for file in files:
        number = f"{numbered.index(file) + 1}/{len(numbered)}" if file in numbered else ""
        tags = Tags(index["title"], index.get("date", ""), index["voice"]["id"], metadata, file.title, number)
        marks: list[ChapterMark] = written[file.name].marks if file.role == "track" else []
        path = folder / file.name
        if path.suffix == ".flac":
            write_flac_tags(path, tags, marks, cover)
        else:
            write_mp3_tags(path, tags, marks, cover)


def _manifest(
    chosen: Profile, index: dict[str, Any], metadata: Metadata, output: Output, source: Path, lossless: bool,
    files: list[DeliveryFile], written: dict[str, Written], cover: str,
) -> dict[str, Any]:  # fmt: skip
    """delivery.json: what was delivered, from what, and each file as it was measured on its way to the encoder."""
    entries = []
    for file in files:
        measured = written[file.name]
        entry: dict[str, Any] = {
            "file": file.name, "role": file.role, "title": file.title,
            "seconds": round(measured.samples / output.rate, 3), "rms_dbfs": round(measured.rms_dbfs, 2),
            "peak_dbfs": round(measured.peak_dbfs, 2), "gain_db": round(measured.gain_db, 2),
        }  # fmt: skip
        if file.chapter:
            entry["chapter"] = file.chapter
        if file.role == CHAPTER:
            entry["title_spoken"] = file.title_spoken
        if file.role == "track":
            entry["chapters"] = [{"title": m.title, "start": m.start_ms / 1000} for m in measured.marks]
        entries.append(entry)
    audio = {
        "codec": output.codec, "sample_rate": output.rate, "bitrate_kbps": kbps(output.bitrate or "0"), "channels": 1,
        "room_tone_dbfs": output.room_tone_dbfs, "head_seconds": output.head_seconds,
        "tail_seconds": output.tail_seconds, "measured_on": "the PCM sent to the encoder",
    }  # fmt: skip
    return {
        "schema": SCHEMA,
        "tool": f"tts-edition {__version__}",
        "store": chosen.name,
        "title": index["title"],
        "source": {"file": source.name, "lossless": lossless},
        "audio": audio,
        "metadata": {**index["metadata"], "description": metadata.description},
        "cover": cover,
        "files": entries,
        "policy": chosen.policy,
    }
