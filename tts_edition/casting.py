"""Who reads each stretch of the text, and the voices an edition needs for it.

Every sentence is read in parts, each by one voice (a voice file with its speaker and speed):
- the narrator (`voice`, `speaker`), unless a chapter has its own (`[chapters."3"]` in the settings, or a
  `<!-- voice: … -->` line before its heading in the text) or a paragraph has (that line before the paragraph);
- speech, when the settings name a `dialogue` voice: by a character's own voice or speaker (`[characters]`) where
  the author's words name them, else by the dialogue voice (`dialogue.py` finds speech and names);
- a passage in another language (the normaliser marks each word group with its language) by the voice the
  settings' `[languages]` give for it, else the one the reading voice's own file names for that language; `off`
  keeps the reading voice.
A sentence read by one voice is one part holding the whole spoken sentence, as before voices could change.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from tts_edition.dialogue import Speech, speech_spans
from tts_edition.document import Edition, Paragraph, Part, Role, Sentence
from tts_edition.errors import EditionError
from tts_edition.languages import KAZAKH
from tts_edition.normalize.provenance import WordGroup
from tts_edition.voice import Voice, load_voice

OFF = "off"


@dataclass(frozen=True)
class Casting:
    """What the settings say about voices (see the module's docstring)."""

    narrator: Role
    speed: float = 1.0
    device: str = "cpu"
    chapters: Mapping[str, Role] = dataclasses.field(default_factory=dict)  # chapter number → its voice
    dialogue: Role | None = None
    characters: Mapping[str, Role] = dataclasses.field(default_factory=dict)
    languages: Mapping[str, str] = dataclasses.field(default_factory=dict)  # language → voice id, or OFF
    line_pause: float = 0.3  # after each line of verse, seconds

    @property
    def switching(self) -> bool:
        """Whether passages in other languages may be read as such (`languages = "off"` turns it off)."""
        return self.languages.get("*") != OFF


class Cast:
    """The voices of one edition, each loaded once: the narrator first, then in the order the text needs them."""

    def __init__(self, casting: Casting) -> None:
        self.casting = casting
        self.voices: list[Voice] = []
        self._index: dict[Role, int] = {}
        self.voice_of(casting.narrator)

    def voice_of(self, role: Role) -> int:
        if role not in self._index:
            voice = load_voice(role.voice, role.speaker, self.casting.device)
            self._index[role] = len(self.voices)
            self.voices.append(dataclasses.replace(voice, speed=self.casting.speed))
        return self._index[role]

    def in_language(self, role: Role, lang: str) -> Role:
        """Who reads a passage in `lang` where `role` reads the text around it."""
        if lang == KAZAKH or not self.casting.switching:
            return role
        own = self.voices[self.voice_of(role)].spec.get("languages", {})
        chosen = self.casting.languages.get(lang) or own.get(lang)
        return role if not chosen or chosen == OFF else Role(chosen)


def cast_edition(edition: Edition, casting: Casting, cast: Cast | None = None) -> Cast:
    """Give every sentence of the edition its parts; returns the voices they need: `cast` (that of other editions
    of the same session) with the voices this one adds."""
    cast = cast or Cast(casting)
    for number, chapter in enumerate(edition.chapters, 1):
        chapter_role = casting.chapters.get(str(number)) or _own(chapter.role, casting) or casting.narrator
        for paragraph in chapter.paragraphs:
            reader = _own(paragraph.role, casting) or chapter_role
            for sentence, speech in zip(paragraph.sentences, _speech_by_sentence(paragraph, casting), strict=True):
                readers = [_who(group, reader, speech, casting, cast) for group in sentence.groups]
                sentence.parts = _parts(sentence, cast, readers) if readers else _whole(sentence, cast, reader)
    return cast


def _own(role: Role | None, casting: Casting) -> Role | None:
    """A role the text names, its voice the narrator's where it names a speaker only."""
    return Role(role.voice or casting.narrator.voice, role.speaker) if role else None


def _speech_by_sentence(paragraph: Paragraph, casting: Casting) -> list[list[Speech]]:
    """Each sentence's speech spans, in its own offsets; none when no dialogue voice is set."""
    spans = speech_spans(paragraph.text, casting.characters) if casting.dialogue else []
    found, at = [], 0
    for sentence in paragraph.sentences:
        start = paragraph.text.find(sentence.text, at)
        start = at if start < 0 else start
        end = start + len(sentence.text)
        found.append([Speech(max(s.start, start) - start, min(s.end, end) - start, s.speaker)
                      for s in spans if s.start < end and s.end > start])  # fmt: skip
        at = end
    return found


def _who(group: WordGroup, reader: Role, speech: list[Speech], casting: Casting, cast: Cast) -> tuple[int, str]:
    """The voice (its index in the cast) that reads a word group, and the group's language."""
    at = group.tokens[0].at if group.tokens else 0
    role = reader
    spoken_by = next((s for s in speech if s.start <= at < s.end), None)
    if spoken_by is not None and casting.dialogue is not None:
        role = casting.characters.get(spoken_by.speaker or "") or casting.dialogue
    return cast.voice_of(cast.in_language(role, group.lang)), group.lang


def _parts(sentence: Sentence, cast: Cast, readers: list[tuple[int, str]]) -> tuple[Part, ...]:
    """Consecutive word groups one voice reads make a part, and a verse line or a pause mark ends one (with a pause
    after it); a part's spoken text is cut from the sentence's. A group that says nothing stays in the part before."""
    runs: list[tuple[int, str, list[WordGroup]]] = []
    pauses: list[float] = []
    marked, tail = _marked_pauses(sentence)
    for n, (group, (voice, lang)) in enumerate(zip(sentence.groups, readers, strict=True)):
        line_break = bool(runs) and "\n" in sentence.text[_written_end(runs[-1][2]) : _written_start([group])]
        if runs and (not group.words or (runs[-1][0] == voice and not line_break and n not in marked)):
            runs[-1][2].append(group)
        else:
            pauses += [(cast.casting.line_pause if line_break else 0.0) + marked.get(n, 0.0)] if runs else []
            runs.append((voice, lang, [group]))
    if len(runs) == 1:
        voice, lang, _ = runs[0]
        return (Part(voice, sentence.spoken, 0, len(sentence.text), lang, tail),)
    cuts = _spoken_cuts(sentence.spoken, [groups for _, _, groups in runs])
    written = [_written_start(groups) for _, _, groups in runs[1:]]
    return tuple(
        Part(voice, sentence.spoken[cut:next_cut].strip(), at, end, lang, pause)
        for (voice, lang, _), cut, next_cut, at, end, pause in zip(
            runs, cuts, [*cuts[1:], len(sentence.spoken)], [0, *written], [*written, len(sentence.text)],
            [*pauses, tail], strict=True,
        )
    )  # fmt: skip


def _marked_pauses(sentence: Sentence) -> tuple[dict[int, float], float]:
    """The seconds the sentence's pause marks give before each word group that says something (by its place; not
    the first, whose pauses `ingest` gave to the sentence before), and after its last."""
    groups = [(n, _written_start([g])) for n, g in enumerate(sentence.groups) if g.words][1:]
    before: dict[int, float] = {}
    after = 0.0
    for mark in (m for m in sentence.marks if m.spoken is None):
        n = next((n for n, start in groups if start >= mark.at), None)
        if n is None:
            after += mark.pause
        else:
            before[n] = before.get(n, 0.0) + mark.pause
    return before, after


def _whole(sentence: Sentence, cast: Cast, reader: Role) -> tuple[Part, ...]:
    """A sentence whose written words gave no word groups: one part, read by the paragraph's reader."""
    pause = sum(m.pause for m in sentence.marks if m.spoken is None)
    return (Part(cast.voice_of(reader), sentence.spoken, 0, len(sentence.text), KAZAKH, pause),)


def _spoken_cuts(spoken: str, runs: list[list[WordGroup]]) -> list[int]:
    """Where each run's spoken words begin in the spoken sentence (the first run at 0), found in order."""
    cuts, at = [], 0
    for groups in runs:
        cuts.append(at)
        for n, word in enumerate(w for group in groups for w in group.words):
            found = spoken.find(word, at)
            if found < 0:
                raise EditionError(f"the spoken words of «{spoken[:80]}» are not found in order")
            cuts[-1] = found if n == 0 else cuts[-1]
            at = found + len(word)
    return [0, *cuts[1:]]


def _written_start(groups: list[WordGroup]) -> int:
    return next((g.tokens[0].at for g in groups if g.tokens), 0)


def _written_end(groups: list[WordGroup]) -> int:
    last = next((g.tokens[-1] for g in reversed(groups) if g.tokens), None)
    return last.at + len(last.text) if last else 0
