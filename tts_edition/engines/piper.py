"""Piper (VITS in ONNX Runtime): the neural Kazakh voices. Word times come from the model's phoneme alignments."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import logging
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from tts_edition.engines.base import Clip, WordTiming, proportional_words, speaker_index
from tts_edition.errors import EditionError
from tts_edition.normalize.provenance import word_spans
from tts_edition.voice import Voice, config_file, model_file

# Noise drawn ahead per phoneme id: VITS takes 192 values an audio frame, and speech runs 2 to 2.5 frames an id.
_NOISE_PER_PHONEME = 192 * 4


class PiperEngine:
    max_chars = 400  # VITS memory grows with the input: longer sentences are spoken in clause-sized pieces

    def __init__(self, voice: Voice) -> None:
        try:
            from piper import PiperConfig, PiperVoice, SynthesisConfig
        except ImportError:
            raise EditionError("Piper voices need piper-tts: pip install 'tts-edition[piper]'") from None
        model = model_file(voice, "model")
        settings_file = _voice_config(voice, model)
        use_cuda = voice.device == "cuda"  # checked beforehand by registry.check_device
        logging.getLogger("piper").setLevel(logging.ERROR)  # it warns per unknown phoneme; we map words anyway
        self._voice = PiperVoice(
            session=_session(model, use_cuda, voice.threads, voice.speed),
            config=PiperConfig.from_dict(settings_file),
        )
        if "espeak_voice" in voice.spec:  # e.g. a stand-in model reading Kazakh phonemes
            self._voice.config = dataclasses.replace(self._voice.config, espeak_voice=str(voice.spec["espeak_voice"]))
        settings, config = voice.settings, self._voice.config
        self._synthesis = SynthesisConfig(
            speaker_id=speaker_index(voice, config.speaker_id_map, config.num_speakers),
            length_scale=settings.get("length_scale"),  # the speed is the model's own: `_durations_for_speed`
            noise_scale=settings.get("noise_scale"),
            noise_w_scale=settings.get("noise_w"),
            normalize_audio=False,  # mastering sets the level; per-sentence peak normalisation would jump
        )
        self.sample_rate = int(self._voice.config.sample_rate)
        self.version = piper_version()

    def synthesize(self, text: str) -> Clip:
        samples: list[np.ndarray] = []
        words: list[WordTiming] = []
        estimated = False
        offset = 0
        for chunk in self._voice.synthesize(text, syn_config=self._synthesis, include_alignments=True):
            audio = np.asarray(chunk.audio_float_array, np.float32)
            timed = (
                _aligned_words(chunk.phonemes, chunk.phoneme_alignments, offset) if chunk.phoneme_alignments else None
            )
            if timed is None:
                estimated = True
            words += timed or []
            samples.append(audio)
            offset += len(audio)
        audio = np.concatenate(samples) if samples else np.zeros(0, np.float32)
        if estimated:
            spoken = [text[position : position + length] for position, length in word_spans(text)]
            return Clip(audio, self.sample_rate, proportional_words(spoken, len(audio)), True)
        return Clip(audio, self.sample_rate, words)


def piper_version() -> str:
    try:
        return (
            f"piper-tts {metadata.version('piper-tts')} onnxruntime {metadata.version('onnxruntime')}"
            ", noise seeded by the sentence"
        )
    except metadata.PackageNotFoundError:
        raise EditionError("Piper voices need piper-tts: pip install 'tts-edition[piper]'") from None


def _session(model: Path, use_cuda: bool, threads: int, speed: float) -> Any:
    """An ONNX Runtime session for the model, with the duration output that gives phoneme alignments.

    Memory is left as `PiperVoice.load` leaves it: ONNX Runtime's arena and memory patterns on, glibc's malloc at
    its defaults, so that a sentence's tensors find the pages the last one used. Measured on the sample with the
    stand-in voice against the bare PiperVoice (112-121 CPU s, 840-851 MB, 0.2 M minor faults), on a shared 2-core
    machine: giving every freed buffer of 1 MB or more back to the system, with the arena off, took 210 CPU s and
    18.4 M faults for 661 MB (1.74x the bare engine's time on a quiet machine); glibc's defaults with the arena off
    138 CPU s, 4.4 M faults, 862 MB; the package's defaults 126 CPU s, 0.27 M faults, 791-797 MB. Its threads do
    not spin between operators: spinning took the cores that mastering and LAME need (98-102 CPU s, same memory).
    """
    import onnx
    import onnxruntime
    from piper.patch_voice_with_alignment import add_alignment_output

    graph = onnx.load(str(model))
    with contextlib.suppress(ValueError):  # already patched, or no durations tensor: then no alignments
        add_alignment_output(graph)
    noise = _noise_as_inputs(graph)
    _durations_for_speed(graph, speed)
    options = onnxruntime.SessionOptions()
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    if threads:
        options.intra_op_num_threads = threads  # one pool worker per core share: no oversubscription
    providers = ["CUDAExecutionProvider"] if use_cuda else ["CPUExecutionProvider"]
    options.log_severity_level = 4  # a failed run raises with its message; a short noise input is tried again
    session = onnxruntime.InferenceSession(graph.SerializeToString(), sess_options=options, providers=providers)
    return _SeededSession(session, noise, speed)


def _noise_as_inputs(model: Any) -> list[str]:
    """Replace the model's noise (RandomNormalLike) by the start of a new input, shaped like what it replaces.

    ONNX Runtime seeds that operator from the clock, once per process, and draws on from call to call: the same
    sentence then sounds different after other sentences and in another process (even its length changes).
    Returns the names of the inputs to feed with standard normal noise, one per replaced node.
    """
    from onnx import TensorProto, helper, numpy_helper

    graph = model.graph
    start, one = "tts_edition_noise_start", "tts_edition_noise_one"
    graph.initializer.extend(
        numpy_helper.from_array(np.array([n], np.int64), name) for n, name in enumerate((start, one))
    )
    names: list[str] = []
    nodes = []
    for node in graph.node:
        if node.op_type != "RandomNormalLike" or any(a.name in ("mean", "scale") for a in node.attribute):
            nodes.append(node)
            continue
        name = f"tts_edition_noise_{len(names)}"
        names.append(name)
        like, shape, size, end, flat = node.input[0], *(f"{name}/{part}" for part in ("shape", "size", "end", "flat"))
        nodes += [
            helper.make_node("Shape", [like], [shape]),
            helper.make_node("Size", [like], [size]),
            helper.make_node("Reshape", [size, one], [end]),
            helper.make_node("Slice", [name, start, end], [flat]),
            helper.make_node("Reshape", [flat, shape], [node.output[0]], name=f"{name}/reshape"),
        ]
        graph.input.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, [f"{name}_length"]))
    del graph.node[:]
    graph.node.extend(nodes)
    return names


def _durations_for_speed(model: Any, speed: float) -> None:
    """Make the phoneme durations add up to 1/speed of the voice's own (its length scale stays as it is).

    VITS rounds each phoneme's predicted duration up to whole frames (Ceil), and most are under two frames, so a
    length scale speeds speech up far less than asked (1.13 for 1.25 with the Piper stand-in). Here the durations
    are first rounded as the voice rounds them, their total divided by the speed, and that total dealt out to the
    phonemes in proportion to their predicted durations, rounding the running sum (`speed.whole_frames`). At speed
    1 the model is left as it is.
    """
    from onnx import helper, numpy_helper

    ceil = next((node for node in model.graph.node if node.op_type == "Ceil"), None)
    if speed == 1 or ceil is None:  # a model that does not round its durations is scaled by its length scale
        return
    name = lambda part: f"tts_edition_speed/{part}"  # noqa: E731
    predicted, durations = ceil.input[0], ceil.output[0]
    ceil.output[0] = name("own")
    model.graph.initializer.extend([
        numpy_helper.from_array(np.array(speed, np.float32), name("speed")),
        numpy_helper.from_array(np.array(-1, np.int64), name("last_axis")),
    ])  # fmt: skip
    at = list(model.graph.node).index(ceil) + 1
    nodes = [
        helper.make_node("ReduceSum", [name("own")], [name("own_total")]),
        helper.make_node("Div", [name("own_total"), name("speed")], [name("total")]),
        helper.make_node("ReduceSum", [predicted], [name("predicted_total")]),
        helper.make_node("Div", [name("total"), name("predicted_total")], [name("ratio")]),
        helper.make_node("Mul", [predicted, name("ratio")], [name("share")]),
        helper.make_node("CumSum", [name("share"), name("last_axis")], [name("running")]),
        helper.make_node("Sub", [name("running"), name("share")], [name("before")]),
        helper.make_node("Round", [name("running")], [name("running_frames")]),
        helper.make_node("Round", [name("before")], [name("before_frames")]),
        helper.make_node("Sub", [name("running_frames"), name("before_frames")], [durations]),
    ]
    for offset, node in enumerate(nodes):
        model.graph.node.insert(at + offset, node)


class _SeededSession:
    """The model's session with its noise fed in, drawn from a seed made of the call's inputs: a sentence's audio
    depends on its phonemes, speaker and scales alone."""

    def __init__(self, session: Any, noise: list[str], speed: float) -> None:
        self._session = session
        self._noise = noise
        self._per_phoneme = round(_NOISE_PER_PHONEME / min(1.0, speed))  # slower speech: more frames a phoneme

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)

    def run(self, outputs: list[str] | None, feeds: dict[str, np.ndarray]) -> list[np.ndarray]:
        digest = hashlib.sha256(b"".join(np.ascontiguousarray(feeds[k]).tobytes() for k in sorted(feeds)))
        seed = int.from_bytes(digest.digest()[:8], "little")
        length = self._per_phoneme * feeds["input"].size
        while True:  # the noise a model needs shows only as it runs: too little fails before the decoder
            noise = {name: np.random.default_rng([seed, n]).standard_normal(length, np.float32)
                     for n, name in enumerate(self._noise)}  # fmt: skip
            try:
                return self._session.run(outputs, {**feeds, **noise})
            except Exception as exc:
                if not any(f"{name}/reshape" in str(exc) for name in self._noise):
                    raise
                length *= 4


def _aligned_words(phonemes: list[str], alignments: list[Any], offset: int) -> list[WordTiming] | None:
    """Words as the phoneme stream splits them at spaces (their phonemes as text), timed by the samples each
    phoneme produced. They need not pair one to one with the text's words: `timing.words` aligns them."""
    words: list[WordTiming] = []
    position = offset
    sounds = ""
    start = end = offset
    for alignment in alignments:
        symbol = alignment.phoneme
        length = int(alignment.num_samples)
        if symbol in (" ", "$"):
            if sounds:
                words.append(WordTiming(sounds, start, end))
                sounds = ""
        elif symbol != "^" and (symbol.isalpha() or symbol in "ˈˌːʰʲ"):
            start = position if not sounds else start
            sounds += symbol
            end = position + length
        position += length
    if sounds:
        words.append(WordTiming(sounds, start, end))
    return words if phonemes else None


def piper_sample_rate(voice: Voice) -> int:
    """The rate the voice speaks at, from its config, without loading the model."""
    return int(_voice_config(voice, model_file(voice, "model"))["audio"]["sample_rate"])


def _voice_config(voice: Voice, model: Path) -> dict[str, Any]:
    config = config_file(voice, model)
    if not config.is_file():
        raise EditionError(f"{config}: the Piper voice config (.onnx.json) is missing beside {model.name}")
    return _read_config(config)


def _read_config(path: Path) -> dict[str, Any]:
    """The voice config, parsed once and checked for what synthesis needs."""
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
        valid = int(config["audio"]["sample_rate"]) > 0 and bool(config["phoneme_id_map"])
    except (ValueError, KeyError, TypeError):
        valid = False
    if not valid:
        raise EditionError(f"{path}: not a Piper voice config (download it again)")
    return config
