"""Everything that changes an edition's sound, in one place, and the cache keys made from it.

Four things are kept between builds and found again by key: a synthesised sentence, a mastered paragraph, an
encoded stretch (of the MP3, the M4B's AAC or the FLAC) and a paragraph's Opus clip. Every key is made here from the
recipe, so a setting that changes the audio cannot be left out of one of them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from tts_edition.audio.encode import ffmpeg_encoder
from tts_edition.audio.loudness import LoudnessPreset
from tts_edition.engines.base import WORDS_VERSION
from tts_edition.voice import Voice, file_sha256, voice_files

MASTER_VERSION = 7  # raise when mastering changes: cached mastered paragraphs are then made anew
# Voice-file fields that describe a voice without changing its sound; its files count by their bytes instead.
_NOT_SOUND = {"name", "licence", "attribution", "commercial_use", "default_jobs", "model",
              "config", "coqui_model", "sample_rate"}  # fmt: skip


@dataclass(frozen=True)
class Recipe:
    voices: tuple[str, ...]  # each voice's identity: sound-shaping fields, speaker, speed, model bytes, engine version
    mastering: str  # how a paragraph is mastered: version, loudness target, peak limit, sentence pause, sample rate
    bitrate_kbps: int  # MP3 bitrate of the edition and its clips

    def sentence_key(self, voice: int, spoken: str) -> str:
        """One part of a sentence as `voice` says it, at the voice's own rate."""
        return _sha256("sentence", self.voices[voice], spoken)

    def paragraph_key(self, sentences: Sequence[Sequence[tuple[int, str, float]]]) -> str:
        return _sha256("paragraph", self.voices[0], self.mastering, *map(self._spoken, sentences))

    def voices_key(self, voices: Iterable[int]) -> str:
        """The identity of the voices that read a paragraph (the narrator's alone when it reads it all)."""
        return "\x1e".join(self.voices[v] for v in sorted(set(voices)))

    def _spoken(self, parts: Sequence[tuple[int, str, float]]) -> str:
        """A sentence in a key: the narrator's parts by their text alone, other voices' with their identity; a pause
        after a part (a verse line's end) by its length."""
        return "\x1d".join(
            (spoken if voice == 0 else f"{self.voices[voice]}\x1f{spoken}") + (f"\x1c{pause}" if pause else "")
            for voice, spoken, pause in parts
        )

    def stretch_key(self, *encoder: str, pcm: np.ndarray) -> str:
        """A stretch of the edition encoded alone: `encoder` names the encoder and every setting it is given (the MP3
        encoder, its bitrate); `pcm` is what it encodes."""
        return _sha256("stretch", *encoder, data=np.ascontiguousarray(pcm))

    def clip_key(self, codec: str, samples: np.ndarray, sample_rate: int) -> str:
        """A clip that ffmpeg encodes (MP3 clips are cut from the edition's stretches, which have their keys)."""
        encoder = ffmpeg_encoder(codec)
        return _sha256("clip", encoder, codec, str(sample_rate), data=np.ascontiguousarray(samples, "<f4"))


def make_recipe(voices: Sequence[tuple[Voice, str]], preset: LoudnessPreset, sentence_pause: float,
                bitrate_kbps: int, sample_rate: int) -> Recipe:  # fmt: skip
    """`voices`: each voice of the cast with its engine's version."""
    mastering = f"master-{MASTER_VERSION}|{preset.target_lufs}|{preset.peak_dbtp}|{sentence_pause}|{sample_rate}"
    return Recipe(tuple(voice_identity(voice, version) for voice, version in voices), mastering, bitrate_kbps)


def voice_identity(voice: Voice, engine_version: str) -> str:
    """The voice as its sound depends on it: two voices with the same identity sound the same."""
    fields = {key: value for key, value in voice.spec.items() if key not in _NOT_SOUND}
    files = [file_sha256(path) for path in voice_files(voice)]
    described = {"voice": fields, "speaker": voice.speaker, "files": files, "engine": engine_version,
                 "words": WORDS_VERSION}  # fmt: skip
    if voice.speed != 1:
        described["speed"] = voice.speed
    return json.dumps(described, sort_keys=True, ensure_ascii=False, default=str)


def _sha256(*parts: str, data: bytes | np.ndarray = b"") -> str:
    """The digest of the parts, then of `data`'s bytes (an array's as they lie in memory: no copy)."""
    digest = hashlib.sha256("\x1e".join(parts).encode())
    digest.update(data)
    return digest.hexdigest()
