"""Coqui TTS (the maintained `coqui-tts` package): Meta's MMS Kazakh VITS and any local Coqui model.

Word times come from the model's predicted durations (VITS and kin expose them); a model that gives none gets
times in proportion to word length, flagged as estimated.
"""

from __future__ import annotations

import json
import logging
import threading
import zlib
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from tts_edition.engines.base import (
    Clip,
    hold_freed_memory,
    proportional_words,
    release_freed_memory,
    speaker_index,
    words_from_starts,
)
from tts_edition.engines.vits_decoder import CHUNK_FRAMES, prepare_for_inference
from tts_edition.errors import EditionError
from tts_edition.normalize.provenance import word_spans
from tts_edition.voice import Voice, config_file, model_file

INSTALL_HINT = "Coqui voices need coqui-tts: pip install 'tts-edition[coqui]'"
# Voice-file synthesis settings and the model attributes they set.
_SETTINGS = {
    "length_scale": "length_scale",
    "noise_scale": "inference_noise_scale",
    "noise_w": "inference_noise_scale_dp",
}


class CoquiEngine:
    max_chars = 400  # VITS memory grows with the input: longer sentences are spoken in clause-sized pieces

    def __init__(self, voice: Voice) -> None:
        try:
            import torch
            from TTS.api import TTS
        except ImportError:
            raise EditionError(INSTALL_HINT) from None
        hold_freed_memory()
        logging.getLogger("TTS").setLevel(logging.ERROR)  # it logs every character missing from its vocabulary
        # torch sums in an order that follows its thread count, so the samples do too: one thread, whoever runs
        # the voice (a worker thread or process, a Ray actor); workers give the parallelism.
        torch.set_num_threads(1)
        self._torch = torch
        self._noise = threading.Lock()
        model = model_file(voice, "model")
        try:
            if voice.spec.get("format") == "fairseq":  # an MMS checkpoint: config.json and vocab.txt beside it
                self._tts, self._model, self.sample_rate = None, *_load_fairseq(model)
            else:
                config = config_file(voice, model)
                self._tts = TTS(model_path=str(model), config_path=str(config), progress_bar=False)
                self._model = self._tts.synthesizer.tts_model
                self.sample_rate = int(self._tts.synthesizer.output_sample_rate)
        except (OSError, ValueError, KeyError, RuntimeError, TypeError, AttributeError) as exc:
            raise EditionError(f"{model}: Coqui TTS cannot load this model ({type(exc).__name__}: {exc})") from None
        prepare_for_inference(self._model)
        _decode_unlocked(self._model, self._noise)
        if voice.device == "cuda":  # checked beforehand by registry.check_device
            self._model.cuda()
        for key, attribute in _SETTINGS.items():
            if key in voice.settings and hasattr(self._model, attribute):
                setattr(self._model, attribute, float(voice.settings[key]))
        if voice.speed != 1:
            _durations_for_speed(voice, self._model, torch)
        self._speaker = _speaker_name(voice, self._model)
        self.version = coqui_version()

    def synthesize(self, text: str) -> Clip:
        clip = self._speak(text)
        release_freed_memory()
        return clip

    def _speak(self, text: str) -> Clip:
        # VITS samples noise from torch's one generator: a seed from the text makes a sentence sound the same
        # whatever was said before, and the lock keeps another thread's sentence from drawing in between.
        with self._noise:
            self._torch.manual_seed(zlib.crc32(text.encode()))
            with self._torch.inference_mode():
                result = self._model.synthesize(text, speaker=self._speaker)
            wav = result["wav"]
            if wav is None or np.ndim(wav) != 1:  # a spectrogram model: Coqui runs its vocoder
                assert self._tts is not None
                wav = self._tts.tts(text, speaker=self._speaker, split_sentences=False)
                return self._proportional(text, np.asarray(wav))
        samples = np.asarray(wav, np.float32)
        durations = result["outputs"].get("durations")
        if durations is None:
            return self._proportional(text, samples)
        frames = np.asarray(durations.detach().cpu(), np.float64).reshape(-1)
        starts = token_starts(self._model.tokenizer, text, frames, len(samples))
        if starts is None:
            return self._proportional(text, samples)
        timed = [(span, start) for span, start in zip(word_spans(text), starts, strict=True) if start is not None]
        spans, known = [span for span, _ in timed], [start for _, start in timed]
        return Clip(samples, self.sample_rate, words_from_starts(spans, known, text, samples, self.sample_rate))

    def _proportional(self, text: str, samples: np.ndarray) -> Clip:
        spoken = [text[position : position + length] for position, length in word_spans(text)]
        return Clip(samples.astype(np.float32), self.sample_rate, proportional_words(spoken, len(samples)), True)


def _decode_unlocked(model: Any, noise: threading.Lock) -> None:
    """Let go of `noise` while a VITS model's waveform decoder runs (nine tenths of its time, and it draws no noise),
    so that threads sharing the model decode sentences at once."""
    decoder = getattr(model, "waveform_decoder", None)
    if decoder is None:
        return
    decode = decoder.forward

    def forward(*args: Any, **kwargs: Any) -> Any:
        noise.release()
        try:
            return decode(*args, **kwargs)
        finally:
            noise.acquire()

    decoder.forward = forward


def _durations_for_speed(voice: Voice, model: Any, torch: Any) -> None:
    """Make a VITS model's phoneme durations add up to 1/speed of its own, as Piper's (`piper._durations_for_speed`:
    VITS rounds each up to whole frames, so a length scale alone speeds speech up far less than asked)."""
    predictor = getattr(model, "duration_predictor", None)
    if predictor is None:
        raise EditionError(f"voice '{voice.id}': this Coqui model predicts no durations; it speaks at one speed")
    scale, speed = float(model.length_scale), voice.speed

    def frames(module: Any, args: tuple[Any, ...], log_durations: Any) -> Any:
        predicted = torch.exp(log_durations) * args[1] * scale  # args: the encoded text and its mask
        share = predicted * (torch.ceil(predicted).sum() / speed / predicted.sum())
        running = torch.cumsum(share, dim=-1)
        whole = torch.round(running) - torch.round(running - share)
        return torch.log(torch.clamp(whole - 1e-3, min=0) / scale)  # rounded up again by the model: `whole`

    predictor.register_forward_hook(frames)


def token_starts(tokenizer: Any, text: str, frames: np.ndarray, total_samples: int) -> list[int | None] | None:
    """The sample where each word begins, from per-token durations (in decoder frames).

    A word's first token is found by tokenising the text up to its first letter and taking off what the tokenizer
    puts after a prefix's last letter (a blank, an end token). A letter the model has no token for is passed over
    for the next; a word with none gets None (the alignment onto the text estimates it from its neighbours).
    None in place of the list when the token count does not fit the durations.
    """
    if not len(frames) or frames.sum() <= 0 or len(tokenizer.text_to_ids(text)) != len(frames):
        return None
    after_last = 1 + int(tokenizer.add_blank) + int(tokenizer.use_eos_bos)
    elapsed = np.concatenate([[0.0], np.cumsum(frames)])
    per_frame = total_samples / elapsed[-1]
    starts: list[int | None] = []
    previous = -1
    for position, length in word_spans(text):
        first = _first_token(tokenizer, text[: position + length], position, after_last, previous, len(frames))
        starts.append(None if first is None else min(total_samples, round(elapsed[first] * per_frame)))
        previous = previous if first is None else first
    return starts


def _first_token(tokenizer: Any, text: str, position: int, after_last: int, previous: int, count: int) -> int | None:
    """The token of the first letter from `position` on (to the end of `text`) that the model has a token for."""
    for end in range(position + 1, len(text) + 1):
        token = len(tokenizer.text_to_ids(text[:end])) - after_last
        if previous < token < count:
            return token
    return None


def _load_fairseq(checkpoint: Path) -> tuple[Any, int]:
    from TTS.tts.configs.vits_config import VitsConfig
    from TTS.tts.models.vits import Vits

    config = VitsConfig()
    config.model_args.init_discriminator = False  # training only: Coqui would build it and then drop it
    model = Vits(config)
    model.load_fairseq_checkpoint(config, checkpoint, eval=True)
    return model, int(model.config.audio["sample_rate"])


def _speaker_name(voice: Voice, model: Any) -> str | None:
    manager = getattr(model, "speaker_manager", None)
    names = dict(manager.name_to_id) if manager is not None and manager.name_to_id else {}
    index = speaker_index(voice, names, len(names))
    by_number = {n: name for name, n in names.items()}
    if index is not None and index not in by_number:
        raise EditionError(f"voice '{voice.id}' has no speaker number {index}")
    return None if index is None else by_number[index]


def coqui_sample_rate(voice: Voice) -> int:
    """The rate the voice speaks at, from its config.json as Coqui reads it, without loading the model: `audio`
    `sample_rate` in Coqui's own configs, `data` `sampling_rate` in Meta's MMS release."""
    model = model_file(voice, "model")
    path = config_file(voice, model)
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
        section, key = ("data", "sampling_rate") if voice.spec.get("format") == "fairseq" else ("audio", "sample_rate")
        return int(config[section][key])
    except (OSError, ValueError, KeyError, TypeError):
        raise EditionError(f"{path}: no sample rate in this Coqui config (is it the model's config.json?)") from None


def coqui_version() -> str:
    try:
        return (
            f"coqui-tts {metadata.version('coqui-tts')} torch {metadata.version('torch')}, one thread"
            f", decoded {CHUNK_FRAMES} frames at a time"
        )
    except metadata.PackageNotFoundError:
        raise EditionError(INSTALL_HINT) from None
