"""The pronunciation sheet: every reading a book depends on, for a person to confirm before it is published.

`collect` reads INPUT as the build does (`spoken.py`) and lists every written token a rule rewrote, grouped by its
written and spoken form, with the rule that made it (`WordGroup.applied`: the same record `normalize --explain`
prints), where it occurs, and whether it is a guess a person should confirm; passages in another language are listed
too. With a lexicon, a reading the lexicon changed shows what the rules said before (`was`). With an edition built
from the same text, each reading points at its first sentence's stretch of the paragraph clip.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tts_edition.config import Settings
from tts_edition.document import Sentence
from tts_edition.errors import EditionError
from tts_edition.normalize import normalize_tokens
from tts_edition.normalize.lexicon import load_lexicon
from tts_edition.normalize.provenance import WordGroup, as_written, written_form
from tts_edition.spoken import normalise, read_written
from tts_edition.timing.index import paragraphs, read_index

LANGUAGE_KINDS = {"ru": "russian", "en": "english"}
_SNIPPET = 50  # characters of the sentence either side of the reading


@dataclass(frozen=True)
class Clip:
    """A sentence's stretch of its paragraph's clip, in seconds from the clip's start."""

    path: Path
    start: float
    end: float


@dataclass
class Reading:
    written: str
    spoken: str
    kind: str
    rule: str
    check: bool
    lang: str
    sentences: list[tuple[str, str]] = field(default_factory=list)  # (paragraph id, sentence id), each occurrence
    snippet: str = ""  # the first sentence, around the reading
    was: str | None = None  # what the rules said, where the lexicon changed it
    clip: Clip | None = None

    @property
    def count(self) -> int:
        return len(self.sentences)

    @property
    def paragraphs(self) -> list[str]:
        return list(dict.fromkeys(paragraph for paragraph, _ in self.sentences))


@dataclass
class Sheet:
    title: str
    readings: list[Reading]


def collect(input_path: Path, settings: Settings, lexicon: Path | None = None, edition: Path | None = None) -> Sheet:
    """The sheet of INPUT, guesses first; `lexicon` replaces the settings' one; `edition` gives clips (default:
    build/<input stem>/ when it holds an edition)."""
    written = read_written(input_path, settings)
    lexicon_path = lexicon or settings.lexicon
    loaded = load_lexicon(lexicon_path) if lexicon_path else None
    normalise(written, loaded, input_path)
    rows: dict[tuple[str, str, str], Reading] = {}
    kept = [sentence for paragraph in written.edition.paragraphs() for sentence in paragraph.sentences]
    for sentence in kept:
        for reading in _sentence_readings(sentence):
            _merge(rows, reading)
    readings = list(rows.values())
    if loaded:
        _show_what_the_rules_said(readings, written.cyrillic)
    _add_clips(readings, {sentence.id: sentence.text for sentence in kept}, _edition_index(input_path, edition))
    readings.sort(key=lambda r: (not r.check, r.kind, r.written.casefold(), r.spoken))
    return Sheet(written.edition.title, readings)


def _sentence_readings(sentence: Sentence) -> list[Reading]:
    paragraph = sentence.id.rsplit("-", 1)[0]
    place = (paragraph, sentence.id)
    found = [
        Reading(written_form(sentence.text, group), " ".join(group.words), group.kind, group.rule, group.guess,
                group.lang, [place], _around(sentence.text, *group.span))
        for group in sentence.groups
        if group.applied
    ]  # fmt: skip
    return found + _passages(sentence, place)


def _passages(sentence: Sentence, place: tuple[str, str]) -> list[Reading]:
    """Each run of groups in another language: the sentence's language was judged there."""
    runs: list[list[WordGroup]] = []
    before = "kk"
    for group in sentence.groups:
        if group.lang in LANGUAGE_KINDS:
            if group.lang == before:
                runs[-1].append(group)
            else:
                runs.append([group])
        before = group.lang
    passages = []
    for run in runs:
        start, end = run[0].span[0], run[-1].span[1]
        spoken = " ".join(word for group in run for word in group.words)
        passages.append(
            Reading(sentence.text[start:end], spoken, LANGUAGE_KINDS[run[0].lang], "language", True, run[0].lang,
                    [place], _around(sentence.text, start, end))
        )  # fmt: skip
    return passages


def _merge(rows: dict[tuple[str, str, str], Reading], reading: Reading) -> None:
    key = (reading.written, reading.spoken, reading.rule)
    if key in rows:
        rows[key].sentences += reading.sentences
        rows[key].check = rows[key].check or reading.check
    else:
        rows[key] = reading


def _around(text: str, start: int, end: int) -> str:
    first, last = max(start - _SNIPPET, 0), min(end + _SNIPPET, len(text))
    return ("…" if first else "") + " ".join(text[first:last].split()) + ("…" if last < len(text) else "")


def _show_what_the_rules_said(readings: list[Reading], cyrillic: list[tuple[Sentence, str]]) -> None:
    """For each reading the lexicon made, the reading the rules give the same tokens without it."""
    by_place = {(place[1], r.written): r for r in readings if r.kind == "lexicon" for place in r.sentences}
    touched = {sentence_id for sentence_id, _ in by_place}
    for sentence, text in cyrillic:
        if sentence.id not in touched:
            continue
        for group in as_written(normalize_tokens(text).groups, text, sentence.text):
            reading = by_place.get((sentence.id, written_form(sentence.text, group)))
            if reading and reading.was is None:
                reading.was = " ".join(group.words)


def _edition_index(input_path: Path, edition: Path | None) -> tuple[Path, dict] | None:
    """The edition's folder and index: the one given (which must be there), else build/<stem>/ when it is."""
    folder = edition or Path("build") / input_path.stem
    if edition is None and not (folder / "index.json").is_file():
        return None
    if not (folder / "index.json").is_file():
        raise EditionError(f"{folder}: no edition there (no index.json); build it first or leave out --edition")
    return folder, read_index(folder)


def _add_clips(readings: list[Reading], texts: dict[str, str], found: tuple[Path, dict] | None) -> None:
    """Each reading's first sentence that the edition holds with the same text: its stretch of the paragraph clip."""
    if found is None:
        return
    folder, index = found
    stretches = {}
    for paragraph in paragraphs(index):
        for sentence in paragraph["sentences"]:
            clip = Clip(folder / paragraph["clip"], sentence["start"] - paragraph["start"],
                        sentence["end"] - paragraph["start"])  # fmt: skip
            stretches[sentence["id"]] = (sentence["text"], clip)
    for reading in readings:
        for _, sentence_id in reading.sentences:
            text, clip = stretches.get(sentence_id, (None, None))
            if clip and text == texts.get(sentence_id):
                reading.clip = clip
                break
