"""What the normaliser hands the voice, the voice reads as Kazakh: espeak-ng's Kazakh voice, asked for the phonemes
of every reading of the corpus's lines that hold a sign, a symbol or a Latin letter, switches to English for none
(it said a slash left between words as "slash", a star as "asterisk", a minus sign between words as "minus")."""

import json
import re
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).parent / "normalisation" / "corpus"
# A line worth asking about: a character that is no letter, digit, space or plain punctuation, or a Latin letter.
_WORTH_ASKING = re.compile(r"[^\w\s.,;:!?«»\"'()\[\]–—-]|[A-Za-z]")

# Run apart from the test's own process: it sets espeak-ng's voice, which a synthesis in this process must not meet.
_PHONEMES = """
import ctypes, json, sys
from tts_edition.engines.espeak import _load_library
lib, _ = _load_library()
lib.espeak_SetVoiceByName(b"kk")
lib.espeak_TextToPhonemes.restype = ctypes.c_char_p
found = []
for text in json.load(sys.stdin):
    pointer = ctypes.pointer(ctypes.c_char_p(text.encode()))
    said = []
    while pointer.contents.value:
        phonemes = lib.espeak_TextToPhonemes(pointer, 1, 0)
        said.append(phonemes.decode() if phonemes else "")
    found.append(" ".join(said))
print(json.dumps(found))
"""


def _phonemes(texts: list[str]) -> list[str]:
    run = subprocess.run(
        [sys.executable, "-c", _PHONEMES], input=json.dumps(texts), capture_output=True, text=True, check=True
    )
    return json.loads(run.stdout)


def _kazakh_readings() -> list[tuple[str, str]]:
    from tts_edition.normalize import normalize_tokens

    readings = []
    for passage in sorted(CORPUS.rglob("*.txt")):
        for line in passage.read_text(encoding="utf-8").splitlines()[1:]:
            if not _WORTH_ASKING.search(line):
                continue
            normalised = normalize_tokens(line)
            if all(group.lang == "kk" for group in normalised.groups) and normalised.spoken.strip():
                readings.append((line, normalised.spoken))
    return readings


def test_the_kazakh_voice_reads_every_reading_of_the_corpus_as_kazakh() -> None:
    readings = _kazakh_readings()
    assert len(readings) > 2000  # the corpus's lines with signs, symbols or Latin letters, read as Kazakh
    switched = [
        (line, spoken, said)
        for (line, spoken), said in zip(readings, _phonemes([spoken for _, spoken in readings]), strict=True)
        if "(en)" in said
    ]
    assert not switched, switched[:5]


def test_the_check_finds_what_the_voice_would_say_in_english() -> None:
    said = _phonemes(["алады/сатады", "алады, сатады"])
    assert "(en)" in said[0] and "(en)" not in said[1]  # the test can fail: a slash is said in English
