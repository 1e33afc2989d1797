"""Runs the stages: read → normalise → synthesise → master → assemble → export, and writes report.json."""

from __future__ import annotations

import errno
import json
import math
import shutil
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

from tts_edition import ingest
from tts_edition.atomic import write_text
from tts_edition.audio.aac import SplicedAacWriter
from tts_edition.audio.assemble import Layout, assemble
from tts_edition.audio.flac import SplicedFlacWriter
from tts_edition.audio.loudness import LoudnessMeter, loudness_preset
from tts_edition.audio.master import MasteredParagraph
from tts_edition.audio.mp3 import SplicedMp3Writer, check_bitrate
from tts_edition.audio.splice import Stretches
from tts_edition.audio.tags import ChapterMark, Tags, read_cover, write_m4b, write_mp3_tags
from tts_edition.cache import default_cache_dir, usable_cache
from tts_edition.clips import STATE_NAME as CLIP_STATE
from tts_edition.clips import ClipWriter
from tts_edition.config import NO_CACHE, Settings, load_settings
from tts_edition.document import Edition, Paragraph, drop_unspeakable
from tts_edition.engines.registry import check_device, engine_version, sample_rate
from tts_edition.errors import EditionError, Interrupted, reported
from tts_edition.executors import render_all
from tts_edition.jobs import PeakMemory, choose_jobs
from tts_edition.normalize import normalize_tokens
from tts_edition.normalize.lexicon import load_lexicon
from tts_edition.normalize.provenance import as_written
from tts_edition.progress import BuildProgress
from tts_edition.publish import EditionFolder, edition_folder, publish, unfinished_publish
from tts_edition.reader import write_reader
from tts_edition.recipe import make_recipe
from tts_edition.render import ParagraphJob, Rendered, RenderSpec
from tts_edition.script import convert_document
from tts_edition.timing.chapters import to_ffmetadata
from tts_edition.timing.epub import write_epub
from tts_edition.timing.exports import write_export
from tts_edition.timing.index import IndexHeader, build_index, edition_files, write_index
from tts_edition.timing.subtitles import to_srt, to_vtt
from tts_edition.voice import Voice, check_files, load_voice

LETTERS_PER_SECOND = 10  # spoken letters per second of edition, pauses included (espeak-ng's voice: 10.8)
FLAC_BYTES_PER_SECOND = 30_000  # 16-bit mono at 22.05 kHz, about two thirds after FLAC
OPUS_BYTES_PER_SECOND = 4_000
NEARLY_FULL_BYTES = 1 << 20


class Stopwatch:
    """Seconds spent per stage; stages may be entered many times."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] += time.perf_counter() - start


@dataclass
class RenderTally:
    """What the renderers reported, summed over paragraphs."""

    engine_version: str = ""
    sample_rate: int = 0
    cache_hits: int = 0
    cache_misses: int = 0
    synthesis_seconds: float = 0.0
    master_seconds: float = 0.0

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
    jobs, executor, ray_address, cache_dir, sync; quiet (no progress bar) and into_existing (OUT_DIR may hold
    files of its own, which are never touched).
    """
    started = time.perf_counter()
    input_path = Path(input_path)
    config = options.pop("config", None)
    quiet = bool(options.pop("quiet", False))
    into_existing = bool(options.pop("into_existing", False))
    settings = load_settings(input_path, Path(config) if config else None, **options)
    out = Path(out_dir) if out_dir else Path("build") / input_path.stem
    watch = Stopwatch()
    with watch.stage("read"):
        edition = ingest.read(input_path, settings.title, settings.author, settings.date, settings.footnotes)
        if settings.cover:
            edition.cover = read_cover(settings.cover)
    sentences = [sentence for paragraph in edition.paragraphs() for sentence in paragraph.sentences]
    with watch.stage("script"):  # the voice reads Cyrillic; `text` stays as written
        cyrillic, found = convert_document([sentence.text for sentence in sentences], settings.script)
        edition.script, edition.script_flags = found.script, found.flags
    with watch.stage("normalise"):
        lexicon = load_lexicon(settings.lexicon) if settings.lexicon else None
        for sentence, text in zip(sentences, cyrillic, strict=True):
            normalised = normalize_tokens(text, lexicon)
            sentence.spoken = normalised.spoken
            sentence.groups = as_written(normalised.groups, text, sentence.text)
        unspoken = drop_unspeakable(edition)
        if not edition.chapters:
            raise EditionError(f"{input_path}: nothing in it can be spoken (no letters or numbers a voice reads)")
    planned = planned_files(edition, out.name, settings.formats)
    with edition_folder(out, planned, into_existing) as folder:  # refused here, before anything is written
        spec = _render_spec(settings)
        with PeakMemory() as memory:
            return _write_edition(edition, folder, settings, spec, Progress(watch, started, unspoken, memory), quiet)


def _render_spec(settings: Settings) -> RenderSpec:
    """The voice, checked and ready to load in any worker, and everything else that decides the sound."""
    voice = load_voice(settings.voice, settings.speaker, settings.device)
    check_files(voice)  # a missing or damaged model is one clear line here, not a worker crash later
    check_device(voice)
    check_bitrate(settings.bitrate, sample_rate(voice))  # before any synthesis: LAME would write another bitrate
    cache_dir = None if settings.cache_dir == NO_CACHE else usable_cache(settings.cache_dir or default_cache_dir())
    preset = loudness_preset(settings.loudness)
    recipe = make_recipe(voice, engine_version(voice), preset, settings.pauses.sentence, settings.bitrate)
    return RenderSpec(voice, preset, settings.pauses.sentence, cache_dir, recipe)


def planned_files(edition: Edition, name: str, formats: tuple[str, ...]) -> list[str]:
    """The paths, relative to the edition's folder, that a build of `edition` writes."""
    kinds = edition_files(name, formats, 0)
    files = [kinds[kind] for kind in kinds if kind not in ("bitrate_kbps", "clips")]
    files += [f"clips/{p.id}.{codec}" for p in edition.paragraphs() for codec in kinds["clips"]]
    return [*files, "index.json", "report.json", f"clips/{CLIP_STATE}"]


@dataclass
class Progress:
    """What the build has timed and decided so far, for its report."""

    watch: Stopwatch
    started: float
    unspoken: list[str]  # written sentences dropped: a voice says nothing for them
    memory: PeakMemory  # the peak RSS of the build's process tree


def _write_edition(
    edition: Edition,
    folder: EditionFolder,
    settings: Settings,
    spec: RenderSpec,
    progress: Progress,
    quiet: bool,
) -> Path:
    name, watch, staging = folder.out.name, progress.watch, folder.staging
    with reported(folder.out):
        (staging / "clips").mkdir(parents=True)
    tally = RenderTally()
    writers: list[SplicedMp3Writer | SplicedAacWriter | SplicedFlacWriter] = []
    clips = ClipWriter(staging, folder.root, ["opus"] if "opus" in settings.formats else [], spec.recipe)
    try:
        jobs = [ParagraphJob(p.id, tuple(s.spoken for s in p.sentences)) for p in edition.paragraphs()]
        with BuildProgress(len(jobs), quiet) as bar:
            choice = choose_jobs(spec.voice, settings.jobs)
            rendered = render_all(jobs, spec, choice.workers, settings.executor, settings.ray_address)
            with watch.stage("synthesise"):
                first = next(rendered)  # the voice is loaded and its sample rate known
            rate = first.audio.sample_rate
            mp3 = SplicedMp3Writer(staging / f"{name}.mp3", rate, spec.recipe, spec.cache_dir)
            others = _other_writers(staging, name, rate, settings, spec)
            writers = [mp3, *others]
            meter = LoudnessMeter(rate)

            def sink(samples: np.ndarray) -> None:
                with watch.stage("encode"):
                    for writer in writers:
                        writer.write(samples)
                with watch.stage("measure"):
                    meter.feed(samples)

            paragraphs = _tallied(edition, chain([first], rendered), tally, bar, watch)

            def paragraph_starts(paragraph: Paragraph, samples: int) -> None:
                mp3.cut(staging / "clips" / f"{paragraph.id}.mp3", samples)
                for writer in others:
                    writer.cut()

            grid, gap = math.lcm(*(w.frame for w in writers)), max(w.gap for w in writers)
            layout = assemble(
                edition, clips.passing(paragraphs), sink, rate, settings.pauses, grid, paragraph_starts, gap
            )
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
            _write_outputs(folder, name, edition, layout, spec, tally, loudness, settings)
        report = _report(edition, layout, spec.voice, loudness, tally, clips, mp3, progress)
        report |= {"jobs": choice.as_report(), "peak_rss_mb": progress.memory.peak_mb}
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
    edition: Edition, rendered: Iterator[Rendered], tally: RenderTally, progress: BuildProgress, watch: Stopwatch
) -> Iterator[tuple[Paragraph, MasteredParagraph]]:
    for paragraph in edition.paragraphs():
        with watch.stage("synthesise"):  # waiting for the renderers
            result = next(rendered)
        assert result.id == paragraph.id, "paragraphs arrived out of order"
        tally.add(result)
        progress.advance(len(result.audio.samples) / result.audio.sample_rate)
        yield paragraph, result.audio


def voice_info(voice: Voice, sample_rate: int) -> dict[str, Any]:
    return {"id": voice.id, "engine": voice.engine, "speaker": voice.speaker, "sample_rate": sample_rate}


def _write_outputs(
    folder: EditionFolder,
    name: str,
    edition: Edition,
    layout: Layout,
    spec: RenderSpec,
    tally: RenderTally,
    loudness: dict[str, float],
    settings: Settings,
) -> None:
    voice, staging = spec.voice, folder.staging
    header = IndexHeader(
        edition.title, edition.author, edition.date, edition.language,
        voice_info(voice, tally.sample_rate), loudness,
        edition_files(name, settings.formats, spec.recipe.bitrate_kbps), edition.script,
    )  # fmt: skip
    index = build_index(header, layout, spec.recipe.voice)
    marks = [
        ChapterMark(c["id"], c["title"], round(c["start"] * 1000), round(c["end"] * 1000)) for c in index["chapters"]
    ]
    tags = Tags(edition.title, edition.author, edition.date, f"{voice.name} ({voice.id})", edition.language)
    mp3 = staging / f"{name}.mp3"
    write_mp3_tags(mp3, tags, marks, edition.cover)
    if "m4b" in settings.formats:
        aac = staging / f"{name}.aac"
        write_m4b(aac, staging / f"{name}.m4b", to_ffmetadata(index), edition.cover, layout.sample_rate, layout.total)
        aac.unlink()
    write_text(staging / f"{name}.vtt", to_vtt(index))
    write_text(staging / f"{name}.srt", to_srt(index))
    write_epub(staging / f"{name}.epub", index, mp3, edition.cover, settings.sync)
    write_reader(staging / "index.html", index)
    for export in folder.exports:  # what `export` wrote into the edition is written anew from the new index
        write_export(staging / export["file"], export["format"], index, mp3, export["sync"])
    write_index(staging / "index.json", index)


def _report(
    edition: Edition,
    layout: Layout,
    voice: Voice,
    loudness: dict[str, float],
    tally: RenderTally,
    clips: ClipWriter,
    mp3: SplicedMp3Writer,
    progress: Progress,
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
        "clips": {"cut_from_edition": mp3.clips, "encoded": clips.encoded, "reused": clips.reused},
        "loudness": {**loudness, "measured_on": "the PCM sent to the encoder"},
    }
