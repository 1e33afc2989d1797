"""Runs the stages: read → normalise → synthesise → master → assemble → export, and writes report.json."""

from __future__ import annotations

import json
import os
import shutil
import time
from collections import defaultdict, deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from tts_edition import ingest
from tts_edition.atomic import write_text
from tts_edition.audio.assemble import Layout, assemble
from tts_edition.audio.encode import AudioWriter, encode
from tts_edition.audio.loudness import LoudnessMeter, LoudnessPreset, loudness_preset
from tts_edition.audio.master import MasteredParagraph, join_sentences, master
from tts_edition.audio.tags import ChapterMark, Tags, read_cover, write_m4b, write_mp3_tags
from tts_edition.config import Settings, load_settings
from tts_edition.document import Edition, Paragraph
from tts_edition.engines.base import Clip, Engine
from tts_edition.engines.registry import load_engine
from tts_edition.normalize import normalize
from tts_edition.normalize.lexicon import load_lexicon
from tts_edition.reader import write_reader
from tts_edition.timing.chapters import to_ffmetadata
from tts_edition.timing.epub import write_epub
from tts_edition.timing.index import IndexHeader, build_index, write_index
from tts_edition.timing.subtitles import to_srt, to_vtt
from tts_edition.voice import Voice, load_voice

_CLIP_ENCODERS = 2  # ffmpeg processes encoding paragraph clips beside the edition's encoder


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


def build_edition(input_path: str | Path, out_dir: str | Path | None = None, **options: Any) -> Path:
    """Build the edition of INPUT into OUT_DIR (default build/<input stem>/); returns the index path.

    Options are those of `tts-edition build`: voice, speaker, formats, loudness, config, title, author, cover.
    """
    input_path = Path(input_path)
    config = options.pop("config", None)
    settings = load_settings(input_path, Path(config) if config else None, **options)
    out = Path(out_dir) if out_dir else Path("build") / input_path.stem
    watch = Stopwatch()
    started = time.perf_counter()
    with watch.stage("read"):
        edition = ingest.read(input_path, settings.title, settings.author, settings.date)
        if settings.cover:
            edition.cover = read_cover(settings.cover)
    with watch.stage("normalise"):
        lexicon = load_lexicon(settings.lexicon) if settings.lexicon else None
        for paragraph in edition.paragraphs():
            for sentence in paragraph.sentences:
                sentence.spoken = normalize(sentence.text, lexicon)
    preset = loudness_preset(settings.loudness)
    voice = load_voice(settings.voice, settings.speaker)
    with watch.stage("load voice"):
        engine = load_engine(voice)
    return _write_edition(edition, out, settings, voice, engine, preset, watch, started)


def _write_edition(
    edition: Edition,
    out: Path,
    settings: Settings,
    voice: Voice,
    engine: Engine,
    preset: LoudnessPreset,
    watch: Stopwatch,
    started: float,
) -> Path:
    name = out.name
    out.mkdir(parents=True, exist_ok=True)
    staging = out / f".staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "clips").mkdir(parents=True)
    try:
        meter = LoudnessMeter(engine.sample_rate)
        writers = _edition_writers(staging, name, engine.sample_rate, settings)
        try:
            with ThreadPoolExecutor(_CLIP_ENCODERS) as clip_pool:
                pending: deque[Future[None]] = deque()

                def sink(samples: np.ndarray) -> None:
                    with watch.stage("encode"):
                        for writer in writers:
                            writer.write(samples)
                    with watch.stage("measure"):
                        meter.feed(samples)

                paragraphs = _mastered(edition, engine, settings, preset, watch)
                clip_codecs = ["mp3", "opus"] if "opus" in settings.formats else ["mp3"]
                with_clips = _encoding_clips(paragraphs, staging / "clips", clip_codecs, clip_pool, pending)
                layout = assemble(edition, with_clips, sink, engine.sample_rate, settings.pauses)
                with watch.stage("encode"):
                    for writer in writers:
                        writer.close()
                    for future in pending:
                        future.result()
        except BaseException:
            for writer in writers:
                writer.abort()
            raise
        loudness = {
            "target_lufs": preset.target_lufs,
            "integrated_lufs": round(meter.integrated_lufs(), 2),
            "true_peak_dbtp": round(meter.true_peak_dbtp(), 2),
        }
        with watch.stage("export"):
            _write_outputs(staging, name, edition, layout, voice, engine, loudness, settings.formats)
        report = _report(edition, layout, voice, loudness, watch, started)
        write_text(staging / "report.json", json.dumps(report, ensure_ascii=False, indent=1) + "\n")
        _publish(staging, out, name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return out / "index.json"


def _edition_writers(staging: Path, name: str, sample_rate: int, settings: Settings) -> list[AudioWriter]:
    """The MP3, plus the AAC stream that becomes the M4B and the FLAC master when asked."""
    writers = [AudioWriter(staging / f"{name}.mp3", sample_rate, "mp3", settings.bitrate)]
    if "m4b" in settings.formats:
        writers.append(AudioWriter(staging / f"{name}.aac.m4a", sample_rate, "aac"))
    if "flac" in settings.formats:
        writers.append(AudioWriter(staging / f"{name}.flac", sample_rate, "flac"))
    return writers


def _mastered(
    edition: Edition, engine: Engine, settings: Settings, preset: LoudnessPreset, watch: Stopwatch
) -> Iterator[tuple[Paragraph, MasteredParagraph]]:
    for paragraph in edition.paragraphs():
        with watch.stage("synthesise"):
            clips = [_speak(engine, s.spoken) for s in paragraph.sentences]
        with watch.stage("master"):
            audio = master(join_sentences(clips, settings.pauses.sentence), preset)
        yield paragraph, audio


def _speak(engine: Engine, spoken: str) -> Clip:
    if not any(ch.isalpha() for ch in spoken):
        return Clip(np.zeros(0, np.float32), engine.sample_rate)
    return engine.synthesize(spoken)


def _encoding_clips(
    paragraphs: Iterator[tuple[Paragraph, MasteredParagraph]],
    folder: Path,
    codecs: list[str],
    pool: ThreadPoolExecutor,
    pending: deque[Future[None]],
) -> Iterator[tuple[Paragraph, MasteredParagraph]]:
    """Pass paragraphs through while their clips encode in the background, a bounded number at a time."""
    for paragraph, audio in paragraphs:
        for codec in codecs:
            clip = folder / f"{paragraph.id}.{codec}"
            pending.append(pool.submit(encode, audio.samples, audio.sample_rate, clip, codec))
        while len(pending) > 2 * _CLIP_ENCODERS:
            pending.popleft().result()
        yield paragraph, audio


def voice_info(voice: Voice, engine: Engine) -> dict[str, Any]:
    return {"id": voice.id, "engine": voice.engine, "speaker": voice.speaker, "sample_rate": engine.sample_rate}


def voice_key(voice: Voice, engine: Engine) -> str:
    settings = json.dumps(voice.settings, sort_keys=True)
    return f"{voice.id}|{voice.speaker}|{settings}|{engine.version}"


def _write_outputs(
    staging: Path,
    name: str,
    edition: Edition,
    layout: Layout,
    voice: Voice,
    engine: Engine,
    loudness: dict[str, float],
    formats: tuple[str, ...],
) -> None:
    header = IndexHeader(
        edition.title, edition.author, edition.date, edition.language,
        voice_info(voice, engine), loudness, f"{name}.mp3",
    )  # fmt: skip
    index = build_index(header, layout, voice_key(voice, engine))
    marks = [
        ChapterMark(c["id"], c["title"], round(c["start"] * 1000), round(c["end"] * 1000)) for c in index["chapters"]
    ]
    tags = Tags(edition.title, edition.author, edition.date, f"{voice.name} ({voice.id})", edition.language)
    mp3 = staging / f"{name}.mp3"
    write_mp3_tags(mp3, tags, marks, edition.cover)
    if "m4b" in formats:
        aac = staging / f"{name}.aac.m4a"
        write_m4b(aac, staging / f"{name}.m4b", to_ffmetadata(index), edition.cover)
        aac.unlink()
    write_text(staging / f"{name}.vtt", to_vtt(index))
    write_text(staging / f"{name}.srt", to_srt(index))
    write_epub(staging / f"{name}.epub", index, mp3, edition.cover)
    write_reader(staging / "index.html", index)
    write_index(staging / "index.json", index)


def _report(
    edition: Edition, layout: Layout, voice: Voice, loudness: dict[str, float], watch: Stopwatch, started: float
) -> dict[str, Any]:
    wall = time.perf_counter() - started
    audio_seconds = layout.total / layout.sample_rate
    sentences = sum(len(p.sentences) for p in edition.paragraphs())
    return {
        "voice": voice.id,
        "chapters": len(edition.chapters),
        "paragraphs": len(edition.paragraphs()),
        "sentences": sentences,
        "audio_seconds": round(audio_seconds, 3),
        "wall_seconds": round(wall, 3),
        "real_time_factor": round(wall / audio_seconds, 5) if audio_seconds else None,
        "synthesis_real_time_factor": round(watch.seconds["synthesise"] / audio_seconds, 5) if audio_seconds else None,
        "stages": {k: round(v, 3) for k, v in watch.seconds.items()},
        "cache": {"hits": 0, "misses": sentences},
        "loudness": {**loudness, "measured_on": "the PCM sent to the encoder"},
    }


def _publish(staging: Path, out: Path, name: str) -> None:
    """Move the new outputs over the old ones file by file, the index last; remove clips no longer listed."""
    clips = out / "clips"
    clips.mkdir(exist_ok=True)
    fresh = {f.name for f in (staging / "clips").iterdir()}
    for clip in (staging / "clips").iterdir():
        os.replace(clip, clips / clip.name)
    for stale in clips.iterdir():
        if stale.name not in fresh and stale.suffix in (".mp3", ".opus"):
            stale.unlink()
    products = sorted(f.name for f in staging.iterdir() if f.is_file() and f.name not in ("report.json", "index.json"))
    for file_name in (*products, "report.json", "index.json"):
        os.replace(staging / file_name, out / file_name)
