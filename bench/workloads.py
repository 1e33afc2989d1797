"""What the benchmarks measure, each run in its own process: `python bench/workloads.py NAME ARGS…`.

Prints one JSON object. The parent (bench/run.py) samples the RSS of this process and all its children.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

from tts_edition import build_edition
from tts_edition.config import load_settings
from tts_edition.engines.registry import load_engine
from tts_edition.spoken import spoken_edition
from tts_edition.voice import load_voice


def spoken_sentences(source: Path) -> list[list[str]]:
    """What a build of `source` speaks, sentence by sentence (read and normalised by the build's own code)."""
    edition, _ = spoken_edition(source, load_settings(source))
    return [[s.spoken for s in p.sentences] for p in edition.paragraphs()]


def spoken_text(source: Path) -> str:
    """What a build speaks, as one text: its normalised sentences, a blank line between paragraphs."""
    return "\n\n".join(" ".join(p) for p in spoken_sentences(source))


def build(source: Path, voice: str, out: Path, cache: Path, jobs: str = "auto", formats: str = "") -> dict:
    started = time.perf_counter()
    build_edition(
        source,
        out,
        voice=voice,
        cache_dir=cache,
        jobs=jobs if jobs == "auto" else int(jobs),
        formats=formats or None,
        quiet=True,
    )
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {"wall_seconds": time.perf_counter() - started, "report": report}


def naive(source: Path, voice: str, out: Path) -> dict:
    """The common way: pydub AudioSegments concatenated with +, exported to MP3; clips exported one by one."""
    import warnings

    import imageio_ffmpeg

    with warnings.catch_warnings():  # pydub warns when ffmpeg is not on PATH; it gets the one imageio-ffmpeg ships
        warnings.simplefilter("ignore")
        from pydub import AudioSegment
    AudioSegment.converter = imageio_ffmpeg.get_ffmpeg_exe()
    started = time.perf_counter()
    engine = load_engine(load_voice(voice))
    pause = AudioSegment.silent(duration=800, frame_rate=engine.sample_rate)
    edition = AudioSegment.silent(duration=500, frame_rate=engine.sample_rate)
    (out / "clips").mkdir(parents=True, exist_ok=True)
    for n, paragraph in enumerate(spoken_sentences(source)):
        clip = AudioSegment.empty()
        for sentence in paragraph:
            if any(c.isalpha() for c in sentence):
                pcm = (np.clip(engine.synthesize(sentence).samples, -1, 1) * 32767).astype("<i2").tobytes()
                clip += AudioSegment(pcm, sample_width=2, frame_rate=engine.sample_rate, channels=1)
        clip.export(out / "clips" / f"{n:05d}.mp3", format="mp3", bitrate="64k")
        edition += clip + pause
    edition.export(out / "naive.mp3", format="mp3", bitrate="64k")
    return {"wall_seconds": time.perf_counter() - started, "audio_seconds": len(edition) / 1000}


if __name__ == "__main__":
    name, source, voice, *rest = sys.argv[1:]  # the voice stays text: an id or a voice file's path
    paths = [Path(a) if "/" in a else a for a in rest]  # jobs and formats stay text
    print(json.dumps({"build": build, "naive": naive}[name](Path(source), voice, *paths)))
