"""Writes one edition: the session's rendered paragraphs assembled into the edition MP3 (and M4B, FLAC, clips), its
index, subtitles, EPUB and reader page, report.json; then published. `build_edition` is the whole build of one
input (`session.py` reads it and renders; `batch.py` builds many inputs in one session)."""

from __future__ import annotations

import errno
import json
import math
import shutil
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from tts_edition.atomic import link_or_copy, write_text
from tts_edition.audio.aac import SplicedAacWriter
from tts_edition.audio.assemble import Layout, assemble
from tts_edition.audio.flac import SplicedFlacWriter
from tts_edition.audio.loudness import LoudnessMeter
from tts_edition.audio.m4b import made_from as m4b_made_from
from tts_edition.audio.m4b import remember as remember_m4b
from tts_edition.audio.m4b import remembered as remembered_m4b
from tts_edition.audio.master import MasteredParagraph
from tts_edition.audio.mp3 import SplicedMp3Writer, to_pcm16
from tts_edition.audio.splice import Stretches
from tts_edition.audio.tags import ChapterMark, Tags, write_flac_tags, write_m4b, write_m4b_tags, write_mp3_tags
from tts_edition.clips import STATE_NAME as CLIP_STATE
from tts_edition.clips import ClipWriter
from tts_edition.config import Settings
from tts_edition.document import Edition, Paragraph
from tts_edition.errors import EditionError, Interrupted, reported
from tts_edition.metadata import Metadata, credit_texts, to_index
from tts_edition.progress import BuildProgress
from tts_edition.publish import EditionFolder, edition_folder, publish, unfinished_publish
from tts_edition.reader import write_reader
from tts_edition.render import Rendered, RenderSpec
from tts_edition.session import Article, Session
from tts_edition.timing.chapters import to_ffmetadata
from tts_edition.timing.epub import write_epub
from tts_edition.timing.exports import write_export
from tts_edition.timing.index import IndexHeader, build_index, edition_files, index_outline, write_index
from tts_edition.timing.subtitles import to_srt, to_vtt
from tts_edition.voice import Voice

LETTERS_PER_SECOND = 10  # spoken letters per second of edition, pauses included (espeak-ng's voice: 10.8)
FLAC_BYTES_PER_SECOND = 30_000  # 16-bit mono at 22.05 kHz, about two thirds after FLAC
OPUS_BYTES_PER_SECOND = 4_000
NEARLY_FULL_BYTES = 1 << 20


@dataclass
class RenderTally:
    """What the renderers reported, summed over paragraphs."""

    engine_version: str = ""
    sample_rate: int = 0
    cache_hits: int = 0
    cache_misses: int = 0
    synthesis_seconds: float = 0.0
    master_seconds: float = 0.0
    resynthesised: list[str] = field(default_factory=list)  # ids of the sentences synthesised anew (cache misses)

    def add(self, rendered: Rendered) -> None:
        self.engine_version = rendered.engine_version
        self.sample_rate = rendered.audio.sample_rate
        self.cache_hits += rendered.cache_hits
        self.cache_misses += rendered.cache_misses
        self.synthesis_seconds += rendered.synthesis_seconds
        self.master_seconds += rendered.master_seconds


def build_edition(input_path: str | Path, out_dir: str | Path | None = None, **options: Any) -> Path:
    """Build the edition of INPUT into OUT_DIR (default build/<input stem>/); returns the index path.

    Options are those of `tts-edition build`: voice, speaker, formats, loudness, config, title, author, cover,
    jobs, executor, ray_address, cache_dir, sync; quiet (no progress bar), into_existing (OUT_DIR may hold
    files of its own, which are never touched) and excerpt (chapter, paragraphs: only the first paragraphs of
    that chapter, numbered from 1; a preview).
    """
    input_path = Path(input_path)
    into_existing = bool(options.pop("into_existing", False))
    excerpt = options.pop("excerpt", None)
    out = Path(out_dir) if out_dir else Path("build") / input_path.stem
    with Session.for_input(input_path, options) as session:
        article = session.read(input_path, excerpt)
        planned = planned_files(article.edition, out.name, session.settings.formats)
        with edition_folder(out, planned, into_existing) as folder:  # refused here, before anything is written
            session.prepare()
            session.start([article])
            return write_edition(session, article, folder)


def planned_files(edition: Edition, name: str, formats: tuple[str, ...]) -> list[str]:
    """The paths, relative to the edition's folder, that a build of `edition` writes."""
    kinds = edition_files(name, formats, 0)
    files = [kinds[kind] for kind in kinds if kind not in ("bitrate_kbps", "clips")]
    files += [f"clips/{p.id}.{codec}" for p in edition.paragraphs() for codec in kinds["clips"]]
    return [*files, "index.json", "report.json", f"clips/{CLIP_STATE}"]


def write_edition(session: Session, article: Article, folder: EditionFolder) -> Path:
    """Assemble and write the edition of `article` from the session's next rendered paragraphs, and publish it;
    returns the index path. A failure leaves the earlier edition in `folder` as it was."""
    edition, watch, staging, name = article.edition, article.watch, folder.staging, folder.out.name
    settings, spec = session.settings, session.spec
    assert spec is not None and session.bar is not None, "the session has not started"
    with reported(folder.out):
        (staging / "clips").mkdir(parents=True)
    tally = RenderTally()
    writers: list[SplicedMp3Writer | SplicedAacWriter | SplicedFlacWriter] = []
    clips = ClipWriter(staging, folder.root, ["opus"] if "opus" in settings.formats else [], spec.recipe)
    try:
        rate = spec.sample_rate
        mp3 = SplicedMp3Writer(staging / f"{name}.mp3", rate, spec.recipe, spec.cache_dir)
        others = _other_writers(staging, name, rate, settings, spec)
        writers = [mp3, *others]
        meter = LoudnessMeter(rate)

        def sink(samples: np.ndarray) -> None:
            with watch.stage("encode"):
                pcm16 = to_pcm16(samples)  # rounded once for the MP3 and the FLAC
                for writer in writers:
                    writer.write(pcm16 if writer.pcm16 else samples)
            with watch.stage("measure"):
                meter.feed(samples)

        paragraphs = _tallied(edition, session.results(article), tally, session.bar)

        def paragraph_starts(paragraph: Paragraph, samples: int) -> None:
            mp3.cut(staging / "clips" / f"{paragraph.id}.mp3", samples)
            for writer in others:
                writer.cut()

        grid, gap = math.lcm(*(w.frame for w in writers)), max(w.gap for w in writers)
        layout = assemble(edition, clips.passing(paragraphs), sink, rate, settings.pauses, grid, paragraph_starts, gap)
        with watch.stage("encode"):
            for writer in writers:
                writer.close()
            clips.finish()
        loudness = {
            "target_lufs": spec.preset.target_lufs,
            "true_peak_limit_dbtp": spec.preset.peak_dbtp,
            "integrated_lufs": round(meter.integrated_lufs(), 2),
            "true_peak_dbtp": round(meter.true_peak_dbtp(), 2),
        }
        with watch.stage("export"):
            outputs = _write_outputs(folder, name, edition, layout, spec, tally, loudness, settings)
        report = _report(edition, layout, spec.voices[0], loudness, tally, clips, mp3, article) | outputs
        assert session.choice is not None
        report |= {"jobs": session.choice.as_report(), "peak_rss_mb": session.memory.peak_mb}
        report |= {f"{w.path.suffix[1:]}_stretches": _counts(w.stretches) for w in writers}
        write_text(staging / "report.json", json.dumps(report, ensure_ascii=False, indent=1) + "\n")
        publish(folder)
    except BaseException as exc:
        for writer in writers:
            writer.abort()
        clips.abort()
        full = _out_of_space(exc, staging)
        if not unfinished_publish(folder.root):  # once committed, the staged files are the edition's: kept
            shutil.rmtree(staging, ignore_errors=True)
        if full:
            need = estimated_bytes(edition, settings) / 1e6
            raise EditionError(
                f"{folder.out}: no space left on device (the edition needs about {need:.0f} MB there: "
                "free some space or choose another --out)"
            ) from None
        raise
    return folder.out / "index.json"


def estimated_bytes(edition: Edition, settings: Settings) -> int:
    """Disk space an edition takes, from its spoken letters: the MP3 three times (edition, clips, EPUB), the rest."""
    seconds = sum(ch.isalpha() for p in edition.paragraphs() for ch in p.spoken) / LETTERS_PER_SECOND
    per_second = 3 * settings.bitrate * 125
    per_second += FLAC_BYTES_PER_SECOND if "flac" in settings.formats else 0
    per_second += settings.bitrate * 125 if "m4b" in settings.formats else 0
    per_second += OPUS_BYTES_PER_SECOND if "opus" in settings.formats else 0
    return round(seconds * per_second)


def _out_of_space(exc: BaseException, folder: Path) -> bool:
    """Whether a failure came from a full disk: said so, or the folder has (next to) no room left."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    try:
        stopped = isinstance(exc, KeyboardInterrupt | Interrupted)
        return not stopped and shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _other_writers(
    staging: Path, name: str, sample_rate: int, settings: Settings, spec: RenderSpec
) -> list[SplicedAacWriter | SplicedFlacWriter]:
    """Besides the MP3: the AAC stream that becomes the M4B, and the FLAC master, when asked; both spliced."""
    writers: list[SplicedAacWriter | SplicedFlacWriter] = []
    if "m4b" in settings.formats:
        writers.append(SplicedAacWriter(staging / f"{name}.aac", sample_rate, spec.recipe, spec.cache_dir))
    if "flac" in settings.formats:
        writers.append(SplicedFlacWriter(staging / f"{name}.flac", sample_rate, spec.recipe, spec.cache_dir))
    return writers


def _counts(stretches: Stretches) -> dict[str, int]:
    return {"encoded": stretches.encoded, "reused": stretches.reused}


def _tallied(
    edition: Edition, rendered: Iterator[Rendered], tally: RenderTally, progress: BuildProgress
) -> Iterator[tuple[Paragraph, MasteredParagraph]]:
    for paragraph, result in zip(edition.paragraphs(), rendered, strict=True):
        assert result.id == paragraph.id, "paragraphs arrived out of order"
        tally.add(result)
        tally.resynthesised += [paragraph.sentences[n].id for n in result.synthesised]
        progress.advance(len(result.audio.samples) / result.audio.sample_rate)
        yield paragraph, result.audio


def narrator(voice: Voice) -> str:
    """Who reads the edition when the settings name no narrator: the voice, by its name (and speaker)."""
    return f"{voice.name} ({voice.speaker})" if voice.speaker else voice.name


def voice_info(voice: Voice, sample_rate: int) -> dict[str, Any]:
    """The narrator's voice as the index records it (its speed when not its own pace: the credits keep it)."""
    info = {"id": voice.id, "engine": voice.engine, "speaker": voice.speaker, "sample_rate": sample_rate}
    return info | ({"speed": voice.speed} if voice.speed != 1 else {})


def _write_outputs(
    folder: EditionFolder,
    name: str,
    edition: Edition,
    layout: Layout,
    spec: RenderSpec,
    tally: RenderTally,
    loudness: dict[str, float],
    settings: Settings,
) -> dict[str, str]:
    """Every file of the edition but its MP3's frames and the clips, into staging; what the report says of them."""
    voice, staging = spec.voices[0], folder.staging
    metadata = edition.metadata.over(Metadata(narrator=narrator(voice)))
    header = IndexHeader(
        edition.title, edition.author, edition.date, edition.language,
        voice_info(voice, tally.sample_rate), loudness,
        edition_files(name, settings.formats, spec.recipe.bitrate_kbps), edition.script,
        to_index(metadata, credit_texts(metadata, edition.title, edition.date)),
    )  # fmt: skip
    tags = Tags(edition.title, edition.date, f"{voice.name} ({voice.id})", metadata)
    with ThreadPoolExecutor(1, thread_name_prefix="m4b") as beside:  # ffmpeg muxes the M4B while the rest is written
        m4b = None
        if "m4b" in settings.formats:  # its chapters need no word times: it starts before the index is made
            chapters = to_ffmetadata(index_outline(header, layout))
            m4b = beside.submit(_write_m4b, folder, name, chapters, edition.cover, layout, tags, spec.cache_dir)
        index = build_index(header, layout, spec.recipe, spec.voices)
        marks = [
            ChapterMark(c["id"], c["title"], round(c["start"] * 1000), round(c["end"] * 1000))
            for c in index["chapters"]
        ]
        mp3 = staging / f"{name}.mp3"
        write_mp3_tags(mp3, tags, marks, edition.cover)
        if "flac" in settings.formats:
            write_flac_tags(staging / f"{name}.flac", tags, marks, edition.cover)
        write_text(staging / f"{name}.vtt", to_vtt(index))
        write_text(staging / f"{name}.srt", to_srt(index))
        write_epub(staging / f"{name}.epub", index, mp3, edition.cover, settings.sync)
        write_reader(staging / "index.html", index)
        for export in folder.exports:  # what `export` wrote into the edition is written anew from the new index
            write_export(staging / export["file"], export["format"], index, mp3, export["sync"])
        outputs = {"m4b": m4b.result()} if m4b else {}
    write_index(staging / "index.json", index)
    return outputs


def _write_m4b(
    folder: EditionFolder,
    name: str,
    chapters: str,
    cover: tuple[bytes, str] | None,
    layout: Layout,
    tags: Tags,
    cache_dir: Path | None,
) -> str:
    """The M4B, from the AAC stream spliced beside it (`chapters` as ffmetadata): "kept", the edition's own when the
    cache remembers it as what these inputs make, or "muxed"."""
    aac, m4b = folder.staging / f"{name}.aac", folder.staging / f"{name}.m4b"
    key = m4b_made_from(aac, chapters, cover, layout.sample_rate, layout.total, tags)
    previous, record = folder.root / m4b.name, folder.owned.get(m4b.name)
    if record and remembered_m4b(cache_dir, key) == record.sha256 and record.unchanged(previous):
        link_or_copy(previous, m4b)  # publishing keeps the file in place: the same bytes
        outcome = "kept"
    else:
        write_m4b(aac, m4b, chapters, cover, layout.sample_rate, layout.total)
        write_m4b_tags(m4b, tags)
        remember_m4b(cache_dir, key, m4b)
        outcome = "muxed"
    aac.unlink()
    return outcome


def _report(
    edition: Edition,
    layout: Layout,
    voice: Voice,
    loudness: dict[str, float],
    tally: RenderTally,
    clips: ClipWriter,
    mp3: SplicedMp3Writer,
    progress: Article,
) -> dict[str, Any]:
    wall = time.perf_counter() - progress.started
    audio_seconds = layout.total / layout.sample_rate
    sentences = sum(len(p.sentences) for p in edition.paragraphs())
    per_audio = lambda seconds: round(seconds / audio_seconds, 5) if audio_seconds else None  # noqa: E731
    return {
        "voice": voice.id,
        "engine": tally.engine_version,
        "chapters": len(edition.chapters),
        "paragraphs": len(edition.paragraphs()),
        "sentences": sentences,
        "not_spoken": progress.unspoken,  # written sentences a voice says nothing for, left out of the audio
        "script": {"main": edition.script, "flags": edition.script_flags},
        "audio_seconds": round(audio_seconds, 3),
        "wall_seconds": round(wall, 3),
        "real_time_factor": per_audio(wall),
        "synthesis_real_time_factor": per_audio(tally.synthesis_seconds),
        "stages": {k: round(v, 3) for k, v in progress.watch.seconds.items()},
        "worker_seconds": {
            "synthesise": round(tally.synthesis_seconds, 3),
            "master": round(tally.master_seconds, 3),
        },
        "cache": {"hits": tally.cache_hits, "misses": tally.cache_misses},
        "resynthesised": tally.resynthesised,
        "clips": {"cut_from_edition": mp3.clips, "encoded": clips.encoded, "reused": clips.reused},
        "loudness": {**loudness, "measured_on": "the PCM sent to the encoder"},
    }
