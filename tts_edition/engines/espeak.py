"""espeak-ng in-process through ctypes, with the library and data that the espeakng-loader wheel ships."""

from __future__ import annotations

import ctypes
import functools
import hashlib
import os
import re
import shutil
import tempfile
import threading
from pathlib import Path

import numpy as np

from tts_edition.engines.base import Clip, words_from_starts
from tts_edition.errors import EditionError
from tts_edition.voice import Voice

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_DONT_EXIT = 0x8000
_CHARS_UTF8 = 1
_POS_CHARACTER = 1
_EVENT_LIST_TERMINATED = 0
_EVENT_WORD = 1
_PARAM_RATE, _PARAM_PITCH, _PARAM_RANGE = 1, 3, 4
STEADY_VARIANT = "tts-edition-steady"
# espeak-ng keeps parts of its wave generator's state in static variables that run on from one utterance to the
# next, so that with them at work a sentence's samples depend on what the process said before: the pitch-flutter
# position (flutter moves a sentence's length by ±10 ms) and the count of glottal cycles that paces roughness
# (amplitude dips every 2 to 4 cycles). Our variant turns both off; 8 is past the end of the roughness table.
# Of the rest, the wave phase is reset at each utterance's start, and echo and gain control stay idle: this
# voice has no echo, and gain control acts only on a clipped sample, which espeak-ng's Kazakh never reaches.
STEADY_SETTINGS = ("flutter 0", "roughness 8")
# A speaker is one of espeak-ng's plain male and female variants (m1…m8, f1…f5) made steady the same way; some of
# them add echo, whose buffer also runs on between utterances, and breath, noise drawn from a generator that runs
# on: both off.
SPEAKER_SETTINGS = (*STEADY_SETTINGS, "echo 0 0", "breath 0 0 0 0 0 0 0 0")
_SPEAKER = re.compile(r"[mf]\d+")
RATES = (80, 450)  # words per minute espeak-ng speaks at: it holds the rate inside this range


class _Event(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_char * 8),
    ]


_Callback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event))
_lock = threading.Lock()  # espeak-ng keeps global state: one synthesis at a time per process


@functools.cache
def _load_library() -> tuple[ctypes.CDLL, int]:
    """Load and initialise espeak-ng once per process; returns the library and its sample rate."""
    import espeakng_loader

    lib = ctypes.CDLL(espeakng_loader.get_library_path())
    lib.espeak_Initialize.restype = ctypes.c_int
    lib.espeak_Synth.argtypes = [
        ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
        ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
    ]  # fmt: skip
    lib.espeak_Info.restype = ctypes.c_char_p
    lib.espeak_Info.argtypes = [ctypes.c_void_p]
    data = _data_with_variant(Path(espeakng_loader.get_data_path()))
    rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, str(data).encode(), _INITIALIZE_DONT_EXIT)
    if rate <= 0:
        raise EditionError("espeak-ng failed to start (its data folder from espeakng-loader is missing?)")
    return lib, rate


def _data_with_variant(data: Path) -> Path:
    """The wheel's espeak-ng data plus our steady variants (STEADY_SETTINGS; one per speaker, SPEAKER_SETTINGS),
    as a folder of symlinks."""
    variants = {name: text for name, text in _steady_variants(data / "voices" / "!v")}
    digest = hashlib.sha1(bytes(data) + "".join(sorted(variants.values())).encode()).hexdigest()[:10]
    home = Path(tempfile.gettempdir()) / f"tts-edition-espeak-{os.getuid()}-{digest}"
    if not (home / "voices" / "!v" / STEADY_VARIANT).is_file():
        staging = Path(tempfile.mkdtemp(prefix=".espeak-", dir=home.parent))
        for entry in data.iterdir():
            if entry.name != "voices":
                (staging / entry.name).symlink_to(entry)
        for entry in (data / "voices").iterdir():
            if entry.name != "!v":
                (staging / "voices").mkdir(exist_ok=True)
                (staging / "voices" / entry.name).symlink_to(entry)
        (staging / "voices" / "!v").mkdir(parents=True)
        for entry in (data / "voices" / "!v").iterdir():
            (staging / "voices" / "!v" / entry.name).symlink_to(entry)
        for name, text in variants.items():
            (staging / "voices" / "!v" / name).write_text(text)
        try:
            staging.rename(home)
        except OSError:  # another process made it first
            shutil.rmtree(staging, ignore_errors=True)
    return home


def _steady_variants(folder: Path) -> list[tuple[str, str]]:
    """Our variant for the plain voice, and one for each of espeak-ng's variants as a speaker."""
    lines = lambda *settings: "".join(f"{line}\n" for line in settings)  # noqa: E731
    variants = [(STEADY_VARIANT, lines(f"name {STEADY_VARIANT}", *STEADY_SETTINGS))]
    for variant in sorted(p for p in folder.iterdir() if _SPEAKER.fullmatch(p.name)):
        own = [line for line in variant.read_text(errors="replace").splitlines() if not line.startswith("name ")]
        name = speaker_variant(variant.name)
        variants.append((name, lines(f"name {name}", *own, *SPEAKER_SETTINGS)))
    return variants


def speaker_variant(speaker: str) -> str:
    return f"{STEADY_VARIANT}-{speaker}"


def espeak_speakers() -> list[str]:
    """The speakers an espeak-ng voice can take: the variants the wheel ships."""
    import espeakng_loader

    return sorted(p.name for p in (Path(espeakng_loader.get_data_path()) / "voices" / "!v").iterdir()
                  if _SPEAKER.fullmatch(p.name))  # fmt: skip


class EspeakEngine:
    """The embedded Kazakh voice. Word timings are espeak-ng's own word events."""

    max_chars = 1000  # longer sentences are spoken in clause-sized pieces

    def __init__(self, voice: Voice) -> None:
        self.voice = voice
        if voice.speaker is not None and voice.speaker not in espeak_speakers():
            choices = ", ".join(espeak_speakers())
            raise EditionError(f"voice '{voice.id}' has no speaker '{voice.speaker}' (choose: {choices})")
        self.rate = round(int(voice.settings.get("rate", 150)) * voice.speed)
        if not RATES[0] <= self.rate <= RATES[1]:
            base = int(voice.settings.get("rate", 150))
            raise EditionError(
                f"speed {voice.speed:g}: espeak-ng speaks {RATES[0]}-{RATES[1]} words a minute, and voice "
                f"'{voice.id}' at {base} can go from {RATES[0] / base:.2f} to {RATES[1] / base:.2f} times its pace"
            )
        self._lib, self.sample_rate = _load_library()
        release = (self._lib.espeak_Info(None) or b"?").decode()
        self.version = f"espeak-ng {release} +{STEADY_VARIANT} ({', '.join(STEADY_SETTINGS)})"
        self._chunks: list[np.ndarray] = []
        self._events: list[tuple[int, int, int]] = []
        self._callback = _Callback(self._collect)
        self._failure: BaseException | None = None

    def _configure(self) -> None:
        lib, settings = self._lib, self.voice.settings
        variant = speaker_variant(self.voice.speaker) if self.voice.speaker else STEADY_VARIANT
        name = f"{self.voice.spec.get('espeak_voice', 'kk')}+{variant}".encode()
        if lib.espeak_SetVoiceByName(name) != 0:
            raise EditionError(f"espeak-ng has no voice '{name.decode()}'")
        lib.espeak_SetParameter(_PARAM_RATE, self.rate, 0)
        lib.espeak_SetParameter(_PARAM_PITCH, int(settings.get("pitch", 50)), 0)
        lib.espeak_SetParameter(_PARAM_RANGE, int(settings.get("pitch_range", 50)), 0)
        lib.espeak_SetSynthCallback(self._callback)

    def _collect(self, wav: ctypes.Array, count: int, events: ctypes.Array) -> int:
        # ctypes cannot carry an exception (Ctrl-C above all) back through espeak-ng: keep it, tell espeak-ng to
        # stop (a non-zero return), and raise it once espeak_Synth returns. Otherwise a cut sentence goes on.
        try:
            self._take(wav, count, events)
        except BaseException as exc:
            self._failure = exc
            return 1
        return 0

    def _take(self, wav: ctypes.Array, count: int, events: ctypes.Array) -> None:
        if count > 0:
            self._chunks.append(np.ctypeslib.as_array(wav, (count,)).astype(np.float32) / 32768.0)
        i = 0
        while events[i].type != _EVENT_LIST_TERMINATED:
            event = events[i]
            if event.type == _EVENT_WORD:
                self._events.append((event.text_position - 1, event.length, event.sample))
            i += 1

    def synthesize(self, text: str) -> Clip:
        data = text.encode("utf-8")
        with _lock:
            self._chunks, self._events = [], []
            self._configure()
            self._lib.espeak_Synth(data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
            self._lib.espeak_Synchronize()
            chunks, events = self._chunks, self._events
            failure, self._failure = self._failure, None
        if failure is not None:
            raise failure
        samples = np.concatenate(chunks) if chunks else np.zeros(0, np.float32)
        spans = [(pos, length) for pos, length, _ in events]
        starts = [min(sample, len(samples)) for _, _, sample in events]
        words = words_from_starts(spans, starts, text, samples, self.sample_rate)
        return Clip(samples=samples, sample_rate=self.sample_rate, words=words)
