"""Everything that changes an edition's sound, in one place, and the cache keys made from it.

Four things are kept between builds and found again by key: a synthesised sentence, a mastered paragraph, an
encoded stretch (of the MP3, the M4B's AAC or the FLAC) and a paragraph's Opus clip. Every key is made here from the
recipe, so a setting that changes the audio cannot be left out of one of them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from tts_edition.audio.encode import ffmpeg_encoder
from tts_edition.audio.loudness import LoudnessPreset
from tts_edition.engines.base import WORDS_VERSION
from tts_edition.voice import Voice, file_sha256, voice_files

MASTER_VERSION = 7  # raise when mastering changes: cached mastered paragraphs are then made anew
# Voice-file fields that describe a voice without changing its sound; its files count by their bytes instead.
_NOT_SOUND = {"name", "licence", "attribution", "commercial_use", "default_jobs", "cache_sentences", "model",
              "config", "coqui_model", "sample_rate"}  # fmt: skip


@dataclass(frozen=True)
class Recipe:
    voice: str  # the voice's identity: its sound-shaping fields, speaker, model and config bytes, engine version
    mastering: str  # how a paragraph is mastered: version, loudness target, peak limit, pause between sentences
    bitrate_kbps: int  # MP3 bitrate of the edition and its clips

    def sentence_key(self, spoken: str) -> str:
        return _sha256("sentence", self.voice, spoken)

    def paragraph_key(self, sentences: Sequence[str]) -> str:
        return _sha256("paragraph", self.voice, self.mastering, *sentences)

    def stretch_key(self, *encoder: str, pcm: np.ndarray) -> str:
        """A stretch of the edition encoded alone: `encoder` names the encoder and every setting it is given (the MP3
        encoder, its bitrate); `pcm` is what it encodes."""
        return _sha256("stretch", *encoder, data=pcm.tobytes())

    def clip_key(self, codec: str, samples: np.ndarray, sample_rate: int) -> str:
        """A clip that ffmpeg encodes (MP3 clips are cut from the edition's stretches, which have their keys)."""
        encoder = ffmpeg_encoder(codec)
        data = np.ascontiguousarray(samples, "<f4").tobytes()
        return _sha256("clip", encoder, codec, str(sample_rate), data=data)


def make_recipe(voice: Voice, engine_version: str, preset: LoudnessPreset, sentence_pause: float,
                bitrate_kbps: int) -> Recipe:  # fmt: skip
    mastering = f"master-{MASTER_VERSION}|{preset.target_lufs}|{preset.peak_dbtp}|{sentence_pause}"
    return Recipe(voice_identity(voice, engine_version), mastering, bitrate_kbps)


def voice_identity(voice: Voice, engine_version: str) -> str:
    """The voice as its sound depends on it: two voices with the same identity sound the same."""
    fields = {key: value for key, value in voice.spec.items() if key not in _NOT_SOUND}
    files = [file_sha256(path) for path in voice_files(voice)]
    described = {"voice": fields, "speaker": voice.speaker, "files": files, "engine": engine_version,
                 "words": WORDS_VERSION}  # fmt: skip
    return json.dumps(described, sort_keys=True, ensure_ascii=False, default=str)


def _sha256(*parts: str, data: bytes = b"") -> str:
    digest = hashlib.sha256("\x1e".join(parts).encode())
    digest.update(data)
    return digest.hexdigest()
