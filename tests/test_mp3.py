"""The spliced edition MP3: stretches encoded alone and joined must decode, gaplessly, to the edition's samples."""

import subprocess
import wave
from collections.abc import Sequence
from pathlib import Path

import mutagen.mp3
import numpy as np
import pytest

from tests.conftest import run_cli
from tts_edition.audio import mp3, splice
from tts_edition.audio.encode import decode, encode, ffmpeg
from tts_edition.audio.mp3 import SplicedMp3Writer, audio_frames, frame_offsets, frame_samples
from tts_edition.recipe import Recipe

RECIPE = Recipe(voices=("test voice",), mastering="test mastering", bitrate_kbps=64)


def paragraphs(
    rate: int, pauses: list[float], grid: int = 0, sounds: Sequence[np.ndarray] = ()
) -> tuple[list[np.ndarray], list[int]]:
    """Noise bursts (speech stand-ins), or the `sounds` in turn, with the given pauses after them, on the frame grid
    (or `grid`) as `assemble` lays them."""
    frame = frame_samples(rate)
    rng = np.random.default_rng(rate)
    pieces, starts, position = [], [], 0
    for n, pause in enumerate(pauses):
        length = frame * int(rng.integers(15, 50)) + int(rng.integers(0, frame))
        noise = (0.2 * rng.standard_normal(length) * np.hanning(length)).astype(np.float32)
        burst = sounds[n % len(sounds)] if sounds else noise
        silence = round(pause * rate)
        silence += -(position + len(burst) + silence) % (grid or frame)
        starts.append(position)
        pieces += [burst, np.zeros(silence, np.float32)]
        position += len(burst) + silence
    return pieces, starts


def write_spliced(
    path: Path, rate: int, pieces: list[np.ndarray], starts: list[int], cache: Path | None, chunks: int = 1,
    clips: Path | None = None,
) -> SplicedMp3Writer:  # fmt: skip
    """The edition of `pieces`; with `clips`, each paragraph's clip there too, named by its number."""
    writer = SplicedMp3Writer(path, rate, RECIPE, cache)
    position = 0
    for n, piece in enumerate(pieces):
        if position in starts:
            writer.cut(clips / f"{n // 2}.mp3" if clips else None, len(piece))
        for chunk in np.array_split(piece, chunks):
            writer.write(chunk)
        position += len(piece)
    writer.close()
    return writer


def snr(reference: np.ndarray, decoded: np.ndarray) -> float:
    error = decoded[: len(reference)] - reference
    return float(10 * np.log10(np.sum(reference**2) / np.sum(error**2)))


def as_good_as_one_encode(signal: np.ndarray, decoded: np.ndarray, rate: int, folder: Path) -> bool:
    encode(signal, rate, folder / "whole.mp3")
    return snr(signal, decoded) > snr(signal, decode(folder / "whole.mp3")) - 0.5


@pytest.mark.parametrize("rate", [16000, 22050, 44100])
def test_spliced_mp3_decodes_to_the_edition_sample_for_sample(tmp_path: Path, rate: int) -> None:
    pieces, starts = paragraphs(rate, [0.8, 0.35, 0.01, 2.0, 0.8])  # 10 ms is too short to cut: one stretch
    signal = np.concatenate(pieces)
    spliced = write_spliced(tmp_path / "spliced.mp3", rate, pieces, starts, None).path
    decoded = decode(spliced)
    assert len(decoded) == len(signal)  # gapless: the header's delay and padding are right
    for start in starts:  # every paragraph is where the index says, to the sample
        window = decoded[max(0, start - 40) : start + 4040]
        lag = int(np.argmax(np.correlate(window, signal[start : start + 4000], mode="valid"))) - min(start, 40)
        assert lag == 0
    assert as_good_as_one_encode(signal, decoded, rate, tmp_path)
    assert abs(mutagen.mp3.MP3(spliced).info.length - len(signal) / rate) < 1e-9
    warnings = subprocess.run([ffmpeg(), "-v", "warning", "-i", str(spliced), "-f", "null", "-"], capture_output=True)
    assert warnings.returncode == 0 and warnings.stderr == b""


def lame_tag_crc(info: bytes) -> tuple[int, int]:
    """The LAME tag's "CRC-16 of Info Tag" as stored, and as computed over the frame up to it (the LAME spec)."""
    crc_at = info.index(b"Info") + 120 + 34  # the Xing fields (120 bytes), then the LAME tag's 34 before its CRC
    return int.from_bytes(info[crc_at : crc_at + 2], "big"), mp3._crc16(info[:crc_at])


@pytest.mark.parametrize("rate", [16000, 22050, 44100])
def test_the_info_frame_counts_the_frames_and_carries_a_valid_lame_tag(tmp_path: Path, rate: int) -> None:
    pieces, starts = paragraphs(rate, [0.8, 0.8, 0.8])
    data = write_spliced(tmp_path / "e.mp3", rate, pieces, starts, None).path.read_bytes()
    frames = frame_offsets(data)
    info = data[: frames[1]]
    tag = info.index(b"Info")
    assert int.from_bytes(info[tag + 8 : tag + 12], "big") == len(frames) - 1
    assert int.from_bytes(info[tag + 12 : tag + 16], "big") == len(data)
    lame = tag + 120
    assert info[lame : lame + 9] == b"LAME3.100" and int.from_bytes(info[lame + 21 : lame + 24], "big") >> 12 == 576
    # LAME itself (Debian's `lame`), on mono audio at the same rate: the same layout, and a CRC computed the same way
    with wave.open(str(tmp_path / "tone.wav"), "wb") as tone:
        tone.setparams((1, 2, rate, 0, "NONE", "not compressed"))
        tone.writeframes(mp3.to_pcm16(np.concatenate(pieces)).tobytes())
    subprocess.run(["lame", "--quiet", "-m", "m", "-b", "64", str(tmp_path / "tone.wav"), str(tmp_path / "lame.mp3")],
                   check=True)  # fmt: skip
    reference = (tmp_path / "lame.mp3").read_bytes()
    lame_info = reference[: mp3.frame_length(reference[:4])]
    assert lame_info.index(b"Info") == tag and lame_info[lame : lame + 4] == b"LAME"
    stored, computed = lame_tag_crc(lame_info)
    assert stored == computed
    stored, computed = lame_tag_crc(info)
    assert stored == computed


def test_stretches_are_reused_from_the_cache_and_a_damaged_one_is_encoded_again(tmp_path: Path) -> None:
    pieces, starts = paragraphs(22050, [0.8, 0.8, 0.8, 0.8])
    cache = tmp_path / "cache"
    first = write_spliced(tmp_path / "a.mp3", 22050, pieces, starts, cache)
    assert (first.stretches.encoded, first.stretches.reused) == (4, 0)
    stored = sorted((cache / mp3.CACHE_LAYOUT).glob("*/*.mp3"))
    damaged = bytearray(stored[0].read_bytes())
    damaged[100] ^= 0xFF
    stored[0].write_bytes(bytes(damaged))
    second = write_spliced(tmp_path / "b.mp3", 22050, pieces, starts, cache)
    assert (second.stretches.encoded, second.stretches.reused) == (1, 3)
    assert first.path.read_bytes() == second.path.read_bytes()


def test_a_stretch_longer_than_the_buffer_is_encoded_as_it_comes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(splice, "MAX_BUFFERED", 5000)
    pieces, starts = paragraphs(22050, [0.8, 0.8, 0.8])
    signal = np.concatenate(pieces)
    writer = write_spliced(tmp_path / "long.mp3", 22050, pieces, starts, tmp_path / "cache", chunks=7)
    assert (writer.stretches.encoded, writer.stretches.reused) == (3, 0)
    assert not list((tmp_path / "cache").rglob("*.mp3"))
    decoded = decode(writer.path)
    assert len(decoded) == len(signal) and as_good_as_one_encode(signal, decoded, 22050, tmp_path)


@pytest.mark.parametrize("rate", [16000, 22050, 44100])
def test_a_clip_is_the_editions_frames_and_decodes_to_its_paragraph(tmp_path: Path, rate: int) -> None:
    pieces, starts = paragraphs(rate, [0.8, 0.08, 2.0])  # 80 ms: not much more than the 1152 samples a cut needs
    writer = write_spliced(tmp_path / "e.mp3", rate, pieces, starts, None, chunks=3, clips=tmp_path)
    edition_data = writer.path.read_bytes()
    edition = decode(writer.path)
    assert writer.clips == 3
    for n, start in enumerate(starts):
        clip = (tmp_path / f"{n}.mp3").read_bytes()
        audio = clip[next(audio_frames(clip)) :]
        first = list(audio_frames(edition_data))[start // frame_samples(rate)]
        assert edition_data[first : first + len(audio)] == audio  # the edition's own bytes
        decoded = decode(tmp_path / f"{n}.mp3")
        assert np.array_equal(decoded, edition[start : start + len(pieces[2 * n])])  # exactly its paragraph
        assert abs(mutagen.mp3.MP3(tmp_path / f"{n}.mp3").info.length - len(decoded) / rate) < 1e-9


def test_a_clip_needs_its_paragraph_to_start_a_stretch(tmp_path: Path) -> None:
    pieces, starts = paragraphs(22050, [0.01, 0.8])
    with pytest.raises(ValueError, match="does not start a stretch"):
        write_spliced(tmp_path / "e.mp3", 22050, pieces, starts, None, clips=tmp_path)


@pytest.mark.parametrize("rate", [8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000])
def test_lame_writes_every_allowed_bitrate_at_the_rate_it_is_given(rate: int) -> None:
    pcm = mp3.to_pcm16(0.1 * np.random.default_rng(rate).standard_normal(rate // 4))
    for kbps in mp3.bitrates(rate):
        header = int.from_bytes(mp3.encode_pcm(pcm, rate, kbps)[:4], "big")
        version, rate_index, bitrate_index = (header >> 19) & 3, (header >> 10) & 3, (header >> 12) & 15
        written = (mp3._MPEG1_BITRATES if version == 3 else mp3._LSF_BITRATES)[bitrate_index]
        assert (mp3._SAMPLE_RATES[version][rate_index], written) == (rate, kbps)


def test_a_bitrate_the_voices_rate_cannot_carry_is_refused_before_synthesis(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("Сәлем, әлем.\n", encoding="utf-8")
    for kbps in (320, 192):
        (tmp_path / "edition.toml").write_text(f"bitrate = {kbps}\n", encoding="utf-8")
        result = run_cli("build", str(tmp_path / "note.txt"), "--out", str(tmp_path / "out"),
                         "--cache-dir", str(tmp_path / "cache"))  # fmt: skip
        assert result.returncode == 2
        assert result.stderr == f"tts-edition: error: bitrate = {kbps}: an MP3 at 22050 Hz carries 8 to 160 kbit/s\n"
    assert not (tmp_path / "out").exists() and not any((tmp_path / "cache").rglob("*.*"))


@pytest.mark.parametrize("kbps", [8, 160])
def test_an_edition_at_an_edge_bitrate_is_written_at_that_bitrate(tmp_path: Path, kbps: int) -> None:
    (tmp_path / "note.txt").write_text("Сәлем, әлем. Бүгін күн ашық.\n", encoding="utf-8")
    (tmp_path / "edition.toml").write_text(f"bitrate = {kbps}\n", encoding="utf-8")
    run_cli("build", str(tmp_path / "note.txt"), "--out", str(tmp_path / "out"), "-q", check=True)
    edition = tmp_path / "out" / "out.mp3"
    info = mutagen.mp3.MP3(edition).info
    assert (info.sample_rate, round(info.bitrate / 1000)) == (22050, kbps)
    probe = subprocess.run([ffmpeg(), "-hide_banner", "-i", str(edition)], capture_output=True, text=True).stderr
    assert f"Audio: mp3 (mp3float), 22050 Hz, mono, fltp, {kbps} kb/s" in probe
    checked = run_cli("check", str(tmp_path / "out")).stdout
    assert f"ok   bitrate: 2 files at {kbps} kbit/s" in checked and "ok   duration" in checked
