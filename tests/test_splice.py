"""The spliced M4B and FLAC: stretches encoded alone and joined decode to the edition, as players and libFLAC read them,
and a stretch is encoded once, whatever the rest of the book does."""

import functools
import hashlib
import math
import os
import subprocess
import threading
from pathlib import Path
from typing import TypeVar

import numpy as np
import pytest
import soundfile
from fastcrc import crc16
from mutagen.flac import FLAC

from tests.test_mp3 import RECIPE, as_good_as_one_encode, paragraphs, snr
from tts_edition.audio import aac, flac, splice
from tts_edition.audio.aac import SplicedAacWriter
from tts_edition.audio.encode import decode, encode_bytes, ffmpeg
from tts_edition.audio.flac import SplicedFlacWriter
from tts_edition.audio.mp3 import SplicedMp3Writer, frame_samples, to_pcm16
from tts_edition.audio.resample import resample
from tts_edition.audio.tags import write_m4b
from tts_edition.engines.registry import load_engine
from tts_edition.voice import load_voice

RATES = [16000, 22050, 44100]
PAUSES = [0.8, 0.35, 0.01, 2.0, 0.8]  # 10 ms: FLAC needs no silence where a stretch starts
AAC_PAUSES = [0.8, 0.35, 2.0, 0.8]  # `assemble` gives an AAC junction the silence it needs


Writer = TypeVar("Writer", SplicedAacWriter, SplicedFlacWriter)


def to_pcm(samples: np.ndarray) -> np.ndarray:
    """Samples rounded to 16 bits, as float32 multiples of 2**-15: what a 16-bit FLAC decodes to."""
    return to_pcm16(samples).astype(np.float32) / 2**15


def written(writer: Writer, pieces: list[np.ndarray], starts: list[int], chunks: int = 3) -> Writer:
    """Feed the writer the pieces in `chunks` chunks each, cutting where a paragraph starts, and close it."""
    position = 0
    for piece in pieces:
        if position in starts:
            writer.cut()
        for chunk in np.array_split(piece, chunks):
            writer.write(chunk)
        position += len(piece)
    writer.close()
    return writer


def flac_edition(folder: Path, rate: int, cache: Path | None = None) -> tuple[SplicedFlacWriter, np.ndarray]:
    pieces, starts = paragraphs(rate, PAUSES)
    folder.mkdir(exist_ok=True)
    writer = written(SplicedFlacWriter(folder / "edition.flac", rate, RECIPE, cache), pieces, starts)
    return writer, np.concatenate(pieces)


@pytest.mark.parametrize("rate", RATES)
def test_the_spliced_flac_decodes_to_the_edition_exactly_and_libflac_passes_it(tmp_path: Path, rate: int) -> None:
    writer, signal = flac_edition(tmp_path, rate)
    assert writer.stretches.encoded == len(PAUSES)  # every paragraph starts a stretch: no silence needed
    exact = to_pcm(signal)
    levels = (exact * 2**15).astype("<i2")
    assert np.array_equal(decode(writer.path), exact)  # ffmpeg
    assert np.array_equal(soundfile.read(writer.path, dtype="int16")[0], levels)  # libsndfile
    tested = subprocess.run(["flac", "--test", "--silent", str(writer.path)], capture_output=True, text=True)
    assert tested.returncode == 0 and not tested.stderr  # libFLAC: every frame's CRCs, the numbering, the MD5
    info = FLAC(writer.path).info
    assert (info.sample_rate, info.bits_per_sample, info.total_samples) == (rate, 16, len(signal))
    assert info.min_blocksize == info.max_blocksize == frame_samples(rate)  # a fixed-block-size stream
    md5 = hashlib.md5(levels.tobytes()).digest()
    assert info.md5_signature == int.from_bytes(md5, "big")


def test_flac_stretches_come_from_the_cache_and_a_damaged_one_is_encoded_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first, _ = flac_edition(tmp_path / "a", 22050, cache)
    stored = sorted(cache.rglob("*.flac"))
    damaged = bytearray(stored[0].read_bytes())
    damaged[200] ^= 0xFF
    stored[0].write_bytes(bytes(damaged))
    second, _ = flac_edition(tmp_path / "b", 22050, cache)
    assert (second.stretches.encoded, second.stretches.reused) == (1, len(PAUSES) - 1)
    assert first.path.read_bytes() == second.path.read_bytes()


@pytest.mark.parametrize("writer", ["flac", "m4b"])
def test_a_stretch_too_long_to_hold_is_encoded_as_it_comes_to_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, writer: str
) -> None:
    make = flac_edition if writer == "flac" else aac_edition
    held, _ = make(tmp_path / "held", 22050, tmp_path / "cache-1")
    monkeypatch.setattr(splice, "MAX_BUFFERED", 5000)
    streamed, _ = make(tmp_path / "streamed", 22050, tmp_path / "cache-2")
    assert streamed.stretches.encoded == held.stretches.encoded and not list((tmp_path / "cache-2").rglob("*.*"))
    assert streamed.path.read_bytes() == held.path.read_bytes()


@pytest.mark.parametrize("codec", ["mp3", "m4b", "flac"])
def test_a_paragraph_too_long_to_hold_is_cut_in_its_pauses_and_every_piece_is_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, codec: str
) -> None:
    """One paragraph of six sentences, longer than the buffer: cut in the pauses between them wherever the chunks
    fall, into pieces the cache keeps; a rebuild takes every one from it, to the same bytes, which decode to the
    paragraph as well as one encode of it."""
    rate = 22050
    sounds = speech(rate) if codec == "m4b" else ()
    # longer than a sentence and its pause, shorter than two
    monkeypatch.setattr(splice, "MAX_BUFFERED", 100_000 if sounds else 80_000)
    pieces, _ = paragraphs(rate, [0.35] * 5 + [0.8], math.lcm(frame_samples(rate), aac.FRAME), sounds)
    signal = np.concatenate(pieces)
    writers = {"mp3": SplicedMp3Writer, "m4b": SplicedAacWriter, "flac": SplicedFlacWriter}
    first, again = (
        written(writers[codec](tmp_path / f"{name}.{codec}", rate, RECIPE, tmp_path / "cache"), pieces, [0], chunks)
        for name, chunks in (("first", 3), ("again", 7))
    )
    assert first.stretches.encoded >= 3 and again.stretches.encoded == 0
    assert again.stretches.reused == first.stretches.encoded
    assert first.path.read_bytes() == again.path.read_bytes()
    if codec == "flac":
        assert np.array_equal(decode(first.path), to_pcm(signal))
    elif codec == "mp3":
        assert as_good_as_one_encode(signal, decode(first.path)[: len(signal)], rate, tmp_path)
    else:
        m4b = tmp_path / "edition.m4b"
        write_m4b(first.path, m4b, ";FFMETADATA1\n", None, rate, len(signal))
        decoded = decode(m4b)
        assert len(decoded) == len(signal) and snr(signal, decoded) > snr(signal, whole_encode(signal, rate)) - 0.5


# Sentences the embedded voice speaks for the AAC's paragraphs: its fast coder carries its rate control across a
# pause, which loud noise starved of bits shows (a dB or two against one encode) and speech at 64 kbit/s does not.
SPEECH = (
    "Қазақстан мен Ресей арасындағы сауда биыл өсті.",
    "Келіссөздер ертең Мәскеуде басталады.",
    "Бұл туралы Үкіметтің баспасөз қызметі хабарлады.",
    "Екі ел көлік пен энергетика жобаларын талқылайды.",
)


@functools.cache
def speech(rate: int) -> tuple[np.ndarray, ...]:
    engine = load_engine(load_voice())
    return tuple(resample(engine.synthesize(sentence), rate).samples for sentence in SPEECH)


def aac_edition(folder: Path, rate: int, cache: Path | None = None) -> tuple[SplicedAacWriter, np.ndarray]:
    """The AAC of an edition of spoken paragraphs that start on the grid the MP3 and the AAC share."""
    pieces, starts = paragraphs(rate, AAC_PAUSES, math.lcm(frame_samples(rate), aac.FRAME), speech(rate))
    folder.mkdir(exist_ok=True)
    writer = written(SplicedAacWriter(folder / "edition.aac", rate, RECIPE, cache), pieces, starts)
    return writer, np.concatenate(pieces)


def whole_encode(signal: np.ndarray, rate: int) -> np.ndarray:
    """The signal as one AAC encode of it decodes, its priming left out."""
    decoded = np.frombuffer(
        subprocess.run(
            [ffmpeg(), "-v", "error", "-f", "aac", "-i", "pipe:0", "-f", "f32le", "pipe:1"],
            input=encode_bytes(signal, rate, "adts"), capture_output=True, check=True,
        ).stdout, "<f4",
    )  # fmt: skip
    return decoded[aac.priming(rate) : aac.priming(rate) + len(signal)]


@pytest.mark.parametrize("rate", RATES)
def test_the_spliced_m4b_plays_the_edition_as_well_as_one_encode_with_silent_junctions(
    tmp_path: Path, rate: int
) -> None:
    writer, signal = aac_edition(tmp_path, rate)
    assert aac.priming(rate) == 1024 and writer.stretches.encoded == len(AAC_PAUSES)
    m4b = tmp_path / "edition.m4b"
    write_m4b(writer.path, m4b, ";FFMETADATA1\ntitle=Кітап\n", None, rate, len(signal))
    decoded = decode(m4b)
    assert len(decoded) == len(signal)  # the edit list hides the priming and the padding, to the sample
    whole = whole_encode(signal, rate)
    assert snr(signal, decoded) > snr(signal, whole) - 0.5
    _, starts = paragraphs(rate, AAC_PAUSES, math.lcm(frame_samples(rate), aac.FRAME), speech(rate))
    for start in starts[1:]:
        junction = slice(start - aac.PREROLL - aac.FRAME, start - aac.PREROLL + aac.FRAME)
        assert np.max(np.abs(decoded[junction])) <= np.max(np.abs(whole[junction])) + 1e-6
        onset = slice(start - aac.PREROLL, start + rate // 2)
        assert snr(signal[onset], decoded[onset]) > snr(signal[onset], whole[onset]) - 1.5


@pytest.mark.parametrize(
    ("number", "coded"),
    [(0, "00"), (127, "7f"), (128, "c280"), (0xFFFF, "efbfbf"), (0x110000, "f4908080"), (0x7FFFFFFF, "fdbfbfbfbfbf")],
)
def test_frame_numbers_are_coded_as_flac_codes_them(number: int, coded: str) -> None:
    """The frame header's coded number (RFC 9639): UTF-8's scheme, stretched to 31 bits."""
    assert flac._utf8_number(number).hex() == coded


@pytest.mark.parametrize("rate", [11025, 12000, 22050, 48000])
def test_a_stretch_renumbered_from_any_frame_has_each_number_and_both_checksums_anew(rate: int) -> None:
    """Numbers coded in 1 to 6 bytes, crossing each width; a last frame of its own block size and rates that the
    header extends (11025, 12000 Hz): each frame is read back as the parser finds frames, its body as encoded."""
    options = ("-frame_size", str(frame_samples(rate)))
    samples = to_pcm(0.2 * np.random.default_rng(rate).standard_normal(3 * rate + 77))
    encoded = list(flac.frames(encode_bytes(samples, rate, "flac", options)))
    listed = flac._listed(encode_bytes(samples, rate, "flac", options))
    for first in (0, 0x80 - 3, 0x800 - 3, 0x10000 - 3, 0x200000 - 3, 0x4000000 - 3, 0x80000000 - len(encoded)):
        spliced, sizes = flac.renumbered(listed, first)
        assert len(spliced) == sum(sizes) and len(sizes) == len(encoded)
        for n, (end, size, original) in enumerate(zip(np.cumsum(sizes), sizes, encoded, strict=True)):
            frame = spliced[end - size : end]
            assert flac._numbered(frame, 0, first + n) and crc16.umts(frame) == 0  # CRC-8, then CRC-16 over it all
            assert frame[flac._header_length(frame) : -2] == original[flac._header_length(original) : -2]


def test_a_spliced_flac_of_more_frames_than_two_byte_numbers_hold_passes_libflac(tmp_path: Path) -> None:
    rate = 8000
    pieces, starts = paragraphs(rate, [150.0, 30.0, 0.5])  # 2,500 frames: numbers of one, two and three bytes
    writer = written(SplicedFlacWriter(tmp_path / "edition.flac", rate, RECIPE, None), pieces, starts)
    assert writer.stretches.encoded == 3 and FLAC(writer.path).info.total_samples // frame_samples(rate) > 0x800
    tested = subprocess.run(["flac", "--test", "--silent", str(writer.path)], capture_output=True, text=True)
    assert tested.returncode == 0 and not tested.stderr
    assert np.array_equal(decode(writer.path), to_pcm(np.concatenate(pieces)))


def test_a_slow_stretch_does_not_hold_up_the_stretches_after_it() -> None:
    """The first stretch's encode waits until the edition has gone on past it by 4 stretches a core: those are
    encoded meanwhile, and every stretch is handed on in order once the first is done."""
    release = threading.Event()

    def encode(pcm: np.ndarray) -> bytes:
        if len(pcm) and pcm[0] == 1:
            assert release.wait(60), "the edition waited for the first stretch"
        return pcm.tobytes()

    codec = splice.StretchCodec("test", ".raw", ("test",), "<f4", 4, 0, 0, encode, lambda: None)
    handed: list[bytes] = []
    stretches = splice.Stretches(codec, RECIPE, None, handed.append)
    count = 4 * (os.cpu_count() or 1) + 2
    for n in range(1, count + 1):
        stretches.write(np.full(8, n, np.float32))
        stretches.cut()
    assert handed == []  # the first is still encoding, and the edition went on
    release.set()
    stretches.close()
    assert [np.frombuffer(data, "<f4")[0] for data in handed if data] == list(range(1, count + 1))
