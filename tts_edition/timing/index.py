"""`index.json` (schema tts-edition/index/2): built from the layout, read back for exports and checks."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tts_edition.atomic import atomic_path
from tts_edition.audio.assemble import Layout, ParagraphPlacement
from tts_edition.document import Part
from tts_edition.errors import EditionError, system_error
from tts_edition.languages import KAZAKH
from tts_edition.recipe import Recipe
from tts_edition.script.detect import CYRILLIC
from tts_edition.timing.words import written_word_times
from tts_edition.voice import Voice

SCHEMA = "tts-edition/index/2"


@dataclass(frozen=True)
class IndexHeader:
    title: str
    author: str
    date: str
    language: str
    voice: dict[str, Any]
    loudness: dict[str, float]
    audio: dict[str, Any]  # the files the build writes: `edition_files`
    script: str = "cyrillic"
    metadata: dict[str, Any] = field(default_factory=dict)  # `metadata.to_index`


def edition_files(name: str, formats: Collection[str], bitrate_kbps: int) -> dict[str, Any]:
    """The index's `audio` object: the edition MP3 and its bitrate, the paragraph clips' formats, and every other
    file a build writes (M4B and FLAC only when asked), by kind."""
    files: dict[str, Any] = {"mp3": f"{name}.mp3", "bitrate_kbps": bitrate_kbps}
    files["clips"] = ["mp3", "opus"] if "opus" in formats else ["mp3"]
    files |= {kind: f"{name}.{kind}" for kind in ("m4b", "flac") if kind in formats}
    return files | {"epub": f"{name}.epub", "vtt": f"{name}.vtt", "srt": f"{name}.srt", "reader": "index.html"}


def written_files(index: dict[str, Any]) -> dict[str, Any]:
    """The files an edition's build wrote, by kind (as `edition_files`). An index that lists only the MP3 (written
    before the others were listed) had the files every build writes beside it."""
    audio = index["audio"]
    return edition_files(Path(audio["mp3"]).stem, (), audio["bitrate_kbps"]) | audio


def paragraph_hash(spoken: str, voice_key: str) -> str:
    return hashlib.sha256(f"{voice_key}\n{spoken}".encode()).hexdigest()


def build_index(header: IndexHeader, layout: Layout, recipe: Recipe, voices: Sequence[Voice]) -> dict[str, Any]:
    """The index of an edition laid out as `layout`, read by `voices` (the cast: parts name them by place)."""
    index, t = index_outline(header, layout), _seconds(layout.sample_rate)
    for chapter, placed in zip(index["chapters"], layout.chapters, strict=True):
        chapter["paragraphs"] = [_paragraph(p, t, recipe, voices) for p in placed.paragraphs]
    return index


def _seconds(rate: int) -> Any:
    return lambda samples: round(samples / rate, 3)


def index_outline(header: IndexHeader, layout: Layout) -> dict[str, Any]:
    """The index without its chapters' paragraphs: the chapters' titles and times, found without the word times."""
    t = _seconds(layout.sample_rate)
    return {
        "schema": SCHEMA,
        "title": header.title,
        "author": header.author,
        "language": header.language,
        "script": header.script,
        "date": header.date,
        "metadata": header.metadata,
        "voice": header.voice,
        "loudness": header.loudness,
        "audio": header.audio,
        "duration": t(layout.total),
        "samples": layout.total,
        "chapters": [
            {
                "id": c.id,
                "title": c.title,
                "start": t(c.start),
                "end": t(c.end),
            }
            for c in layout.chapters
        ],
    }


def _paragraph(p: ParagraphPlacement, t: Any, recipe: Recipe, voices: Sequence[Voice]) -> dict[str, Any]:
    sentences = []
    for sentence, (start, end), words, estimated in zip(
        p.paragraph.sentences, p.sentence_spans, p.words, p.words_estimated, strict=True
    ):
        entry: dict[str, Any] = {
            "id": sentence.id,
            "text": sentence.text,
            "spoken": sentence.spoken,
            **_reader(sentence.parts, voices),
            "start": t(start),
            "end": t(end),
            "words": [
                {"text": w.text, "at": w.at, "spoken": w.spoken, "start": t(w.start), "end": t(w.end)}
                for w in written_word_times(sentence.groups, words, start)
            ],
        }
        readers = _readers(sentence.parts, voices)
        if len(readers) > 1:
            entry["parts"] = readers
        if estimated:
            entry["words_estimated"] = True
        sentences.append(entry)
    readers = {part.voice for sentence in p.paragraph.sentences for part in sentence.parts}
    heading = {"heading": p.paragraph.heading} if p.paragraph.heading else {}
    return {
        "id": p.paragraph.id,
        **heading,
        "text": p.paragraph.text,
        "spoken": p.paragraph.spoken,
        "hash": paragraph_hash(p.paragraph.spoken, recipe.voices_key(readers or {0})),
        "start": t(p.start),
        "end": t(p.end),
        "clip": f"clips/{p.paragraph.id}.mp3",
        "sentences": sentences,
    }


def _readers(parts: Sequence[Part], voices: Sequence[Voice]) -> list[dict[str, Any]]:
    """Who reads which stretch of a sentence: parts in a row with the same reader (a verse line after another)
    as one."""
    readers: list[dict[str, Any]] = []
    for part in parts:
        reader = _reader((part,), voices)
        if readers and all(readers[-1][key] == value for key, value in reader.items()):
            readers[-1]["end"] = part.end
        else:
            readers.append({"at": part.at, "end": part.end, **reader})
    return readers


def _reader(parts: Sequence[Part], voices: Sequence[Voice]) -> dict[str, Any]:
    """The language, voice and speaker of a sentence: those of its longest written part."""
    main = max(parts, key=lambda part: part.end - part.at) if parts else None
    voice = voices[main.voice if main else 0]
    return {"lang": main.lang if main else KAZAKH, "voice": voice.id, "speaker": voice.speaker}


def write_index(path: Path, index: dict[str, Any]) -> None:
    """Streamed to the file as it is encoded: a long book's index is tens of MB of JSON text."""
    with atomic_path(path) as temp, temp.open("w", encoding="utf-8") as out:
        json.dump(index, out, ensure_ascii=False, indent=1)
        out.write("\n")


def read_index(build_dir: Path) -> dict[str, Any]:
    path = Path(build_dir) / "index.json"
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EditionError(f"{build_dir}: no index.json here (is it a build folder?)") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise EditionError(f"{path}: not valid JSON ({exc})") from None
    except OSError as exc:
        raise system_error(exc, path, "check the folder's permissions, or rebuild the edition") from None
    schema = index.get("schema") if isinstance(index, dict) else None
    if schema != SCHEMA:
        raise EditionError(f"{path}: schema {schema!r}, this version reads {SCHEMA!r}; rebuild the edition")
    return index


def edition_script(index: dict[str, Any]) -> str:
    """The edition's main script (indexes written before the script stage are Cyrillic)."""
    return index.get("script", CYRILLIC)


def paragraphs(index: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for c in index["chapters"] for p in c["paragraphs"]]


def sentences(index: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for p in paragraphs(index) for s in p["sentences"]]


def spoken_heading(chapter: dict[str, Any]) -> dict[str, Any] | None:
    """The chapter's first paragraph when it is the chapter's heading read aloud (the input had a heading)."""
    first = chapter["paragraphs"][0] if chapter["paragraphs"] else None
    return first if first and first["text"] == chapter["title"] else None


def text_pieces(sentence: dict[str, Any]) -> list[tuple[str, int | None]]:
    """An index sentence's text cut at its written words: (a word as written, its number in `words`) or
    (the text between words, None)."""
    text = sentence["text"]
    pieces: list[tuple[str, int | None]] = []
    done = 0
    for n, word in enumerate(sentence["words"]):
        at, end = word["at"], word["at"] + len(word["text"])
        if at > done:
            pieces.append((text[done:at], None))
        pieces.append((text[at:end], n))
        done = end
    if done < len(text):
        pieces.append((text[done:], None))
    return pieces


Reader = dict[str, Any]  # a part as the index tells it: lang, voice, speaker (and at, end in its sentence's text)


def part_pieces(sentence: dict[str, Any]) -> list[tuple[Reader, list[tuple[str, int | None]]]]:
    """An index sentence's `text_pieces`, grouped by the part of it each voice reads: one group for a sentence one
    voice reads; text between words is cut where a part begins."""
    parts = sentence.get("parts") or [{key: sentence.get(key) for key in ("lang", "voice", "speaker")}]
    bounds = [part["end"] for part in parts[:-1]]
    groups: list[tuple[Reader, list[tuple[str, int | None]]]] = [(part, []) for part in parts]
    at = current = 0
    for text, n in text_pieces(sentence):
        while current < len(bounds) and at < bounds[current] < at + len(text):
            cut = bounds[current] - at
            groups[current][1].append((text[:cut], n))
            text, at, current = text[cut:], at + cut, current + 1
        while current < len(bounds) and at >= bounds[current]:
            current += 1
        groups[current][1].append((text, n))
        at += len(text)
    return groups
