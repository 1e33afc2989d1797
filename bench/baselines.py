"""The yardstick of `make bench`: each engine as its own package ships it, alone in a fresh process.

`python bench/baselines.py ENGINE VOICE TEXT OUT_MP3` (VOICE: a model file, or espeak-ng's voice name) speaks the
whole of TEXT (a UTF-8 file) through the engine package's own API with its own defaults, then encodes the result
once with lameenc (64 kbit/s, mono, at the engine's rate), and prints one JSON object: the baseline's name
(package, version, call) and its stage times.
Nothing of tts-edition is imported here, so none of its code or settings (malloc policy, session options, thread
counts) can reach the yardstick. The parent (bench/run.py) samples the peak RSS of this process's tree.
"""

from __future__ import annotations

import ctypes
import json
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import numpy as np

Speaker = Callable[[str], np.ndarray]  # the whole text → float32 samples


def piper(model: str) -> tuple[Speaker, int, dict]:
    """`PiperVoice.load` (ONNX Runtime's default session: arena, memory patterns, every core) and `synthesize`."""
    from piper import PiperVoice

    voice = PiperVoice.load(model)

    def speak(text: str) -> np.ndarray:
        return np.concatenate([chunk.audio_float_array for chunk in voice.synthesize(text)])

    return speak, voice.config.sample_rate, _named("piper-tts", "piper.PiperVoice.load(model).synthesize(text)")


def espeak_ng(voice: str) -> tuple[Speaker, int, dict]:
    """libespeak-ng and its data from the espeakng-loader wheel, through ctypes: `espeak_Synth` of the whole text
    with the voice at espeak-ng's default rate, pitch and variant."""
    import espeakng_loader

    lib = ctypes.CDLL(espeakng_loader.get_library_path())
    synchronous, dont_exit, character_positions, utf8 = 2, 0x8000, 1, 1
    rate = lib.espeak_Initialize(synchronous, 0, espeakng_loader.get_data_path().encode(), dont_exit)
    lib.espeak_SetVoiceByName(voice.encode())
    lib.espeak_Synth.argtypes = [
        ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
        ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
    ]  # fmt: skip
    chunks: list[np.ndarray] = []

    @ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)
    def collect(wav: ctypes.Array, count: int, _events: int) -> int:
        if count > 0:
            chunks.append(np.ctypeslib.as_array(wav, (count,)).astype(np.float32) / 32768.0)
        return 0

    def speak(text: str) -> np.ndarray:
        encoded = text.encode()
        lib.espeak_SetSynthCallback(collect)
        lib.espeak_Synth(encoded, len(encoded) + 1, 0, character_positions, 0, utf8, None, None)
        lib.espeak_Synchronize()
        return np.concatenate(chunks)

    return speak, rate, _named("espeakng-loader", f"libespeak-ng espeak_Synth(text), voice {voice}, its defaults")


def coqui(model: str) -> tuple[Speaker, int, dict]:
    """`TTS.utils.synthesizer.Synthesizer` (torch's default threads) and its `tts` on the whole text. An MMS
    checkpoint is loaded as Coqui loads Meta's releases: from a folder whose path says `fairseq`."""
    from TTS.utils.synthesizer import Synthesizer

    synthesizer = Synthesizer(tts_checkpoint=model, tts_config_path=str(Path(model).with_name("config.json")))

    def speak(text: str) -> np.ndarray:
        return np.asarray(synthesizer.tts(text), np.float32)

    call = "TTS.utils.synthesizer.Synthesizer(tts_checkpoint=model).tts(text)"
    return speak, int(synthesizer.output_sample_rate), _named("coqui-tts", call)


def _named(package: str, call: str) -> dict:
    return {"package": package, "version": metadata.version(package), "call": call}


BASELINES = {"piper": piper, "espeak-ng": espeak_ng, "coqui": coqui}


def mp3(samples: np.ndarray, sample_rate: int) -> bytes:
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(64)
    encoder.set_in_sample_rate(sample_rate)
    encoder.set_out_sample_rate(sample_rate)
    encoder.set_channels(1)
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    return bytes(encoder.encode(pcm.tobytes()) + encoder.flush())


def run(engine: str, voice: str, text: Path, out: Path) -> dict:
    started = time.perf_counter()
    speak, sample_rate, baseline = BASELINES[engine](voice)
    loaded = time.perf_counter()
    samples = speak(text.read_text(encoding="utf-8"))
    spoken = time.perf_counter()
    out.write_bytes(mp3(samples, sample_rate))
    encoded = time.perf_counter()
    return {
        "baseline": baseline,
        "load_seconds": loaded - started,
        "synthesis_seconds": spoken - loaded,
        "encode_seconds": encoded - spoken,
        "wall_seconds": encoded - started,
        "audio_seconds": len(samples) / sample_rate,
    }


if __name__ == "__main__":
    engine, voice, text, out = sys.argv[1:]
    print(json.dumps(run(engine, voice, Path(text), Path(out))))
