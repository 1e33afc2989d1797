"""From INPUT to what the voice says: read, convert the script, normalise. The build and the pronunciation sheet
(`readings`) both start here, so the sheet shows exactly the readings the build speaks."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from tts_edition import ingest
from tts_edition.config import Settings
from tts_edition.document import Edition, Sentence, drop_unspeakable
from tts_edition.errors import EditionError
from tts_edition.normalize import Lexicon, normalize_tokens
from tts_edition.normalize.lexicon import load_lexicon
from tts_edition.normalize.provenance import as_written
from tts_edition.script import convert_document

Stage = Callable[[str], AbstractContextManager[object]]


@dataclass
class Written:
    """The edition as read, and each sentence's text in Cyrillic (what the normaliser reads)."""

    edition: Edition
    cyrillic: list[tuple[Sentence, str]]


def read_written(input_path: Path, settings: Settings, stage: Stage = lambda name: nullcontext()) -> Written:
    """INPUT read by its reader and its script converted, as the build does; `stage` times each step."""
    with stage("read"):
        edition = ingest.read(input_path, settings.title, settings.author, settings.date, settings.footnotes)
    sentences = [sentence for paragraph in edition.paragraphs() for sentence in paragraph.sentences]
    with stage("script"):  # the voice reads Cyrillic; `text` stays as written
        cyrillic, found = convert_document([sentence.text for sentence in sentences], settings.script)
        edition.script, edition.script_flags = found.script, found.flags
    return Written(edition, list(zip(sentences, cyrillic, strict=True)))


def normalise(written: Written, lexicon: Lexicon | None, input_path: Path, switch: bool = True) -> list[str]:
    """Every sentence's spoken form and word groups (passages in other languages read as such unless `switch` is
    off); the sentences a voice says nothing for are left out (their written text is returned) and the rest
    renumbered, so ids are the edition's."""
    for sentence, text in written.cyrillic:
        normalised = normalize_tokens(text, lexicon, switch)
        sentence.spoken = normalised.spoken
        sentence.groups = as_written(normalised.groups, text, sentence.text)
    unspoken = drop_unspeakable(written.edition)
    if not written.edition.chapters:
        raise EditionError(f"{input_path}: nothing in it can be spoken (no letters or numbers a voice reads)")
    return unspoken


def spoken_edition(
    input_path: Path, settings: Settings, stage: Stage = lambda name: nullcontext()
) -> tuple[Edition, list[str]]:
    """The edition with every sentence normalised (the settings' lexicon applied), and the sentences left out."""
    written = read_written(input_path, settings, stage)
    with stage("normalise"):
        lexicon = load_lexicon(settings.lexicon) if settings.lexicon else None
        unspoken = normalise(written, lexicon, input_path, settings.casting().switching)
    return written.edition, unspoken
