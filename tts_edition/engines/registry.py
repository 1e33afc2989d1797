"""Maps a voice's `engine` field to the class that speaks it; heavy imports stay inside each engine."""

from __future__ import annotations

from collections.abc import Callable

from tts_edition.engines.base import Engine
from tts_edition.errors import EditionError
from tts_edition.voice import Voice


def _espeak(voice: Voice) -> Engine:
    from tts_edition.engines.espeak import EspeakEngine

    return EspeakEngine(voice)


def _piper(voice: Voice) -> Engine:
    from tts_edition.engines.piper import PiperEngine

    return PiperEngine(voice)


def _coqui(voice: Voice) -> Engine:
    from tts_edition.engines.coqui import CoquiEngine

    return CoquiEngine(voice)


ENGINES: dict[str, Callable[[Voice], Engine]] = {"espeak-ng": _espeak, "piper": _piper, "coqui": _coqui}


def load_engine(voice: Voice) -> Engine:
    try:
        factory = ENGINES[voice.engine]
    except KeyError:
        known = ", ".join(sorted(ENGINES))
        raise EditionError(f"voice '{voice.id}': unknown engine '{voice.engine}' (known: {known})") from None
    return factory(voice)


def engine_version(voice: Voice) -> str:
    """The engine's name and version, without loading a model where that can be avoided."""
    if voice.engine == "piper":
        from tts_edition.engines.piper import piper_version

        return piper_version()
    if voice.engine == "coqui":
        from tts_edition.engines.coqui import coqui_version

        return coqui_version()
    return load_engine(voice).version


def sample_rate(voice: Voice) -> int:
    """The rate the voice speaks at, known before it speaks: from its model's config, or from espeak-ng itself."""
    if voice.engine == "piper":
        from tts_edition.engines.piper import piper_sample_rate

        return piper_sample_rate(voice)
    if voice.engine == "coqui":
        from tts_edition.engines.coqui import coqui_sample_rate

        return coqui_sample_rate(voice)
    return load_engine(voice).sample_rate


def check_device(voice: Voice) -> None:
    """Refuse a device the voice's engine cannot use here, before anything is built."""
    if voice.device == "cpu":
        return
    if voice.engine == "piper":
        import onnxruntime

        if "CUDAExecutionProvider" not in onnxruntime.get_available_providers():
            raise EditionError("--device cuda: this onnxruntime has no CUDA provider (install onnxruntime-gpu)")
    elif voice.engine == "coqui":
        import torch

        if not torch.cuda.is_available():
            raise EditionError("--device cuda: torch finds no CUDA device here")
    else:
        raise EditionError(f"voice '{voice.id}' ({voice.engine}) runs on the CPU only; drop --device")
