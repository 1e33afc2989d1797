"""Paragraph clips in codecs other than the edition's MP3 (Opus): encoded in the background while the edition
streams, or reused from the previous build. (MP3 clips are cut from the edition's own frames: `audio.mp3`.)

A clip is reused when its mastered samples (and codec) hash the same as a clip the previous build wrote, so an
incremental rebuild re-encodes only the paragraphs that changed, whatever their ids became.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from tts_edition.atomic import link_or_copy, write_text
from tts_edition.audio.encode import encode
from tts_edition.audio.master import MasteredParagraph
from tts_edition.document import Paragraph
from tts_edition.recipe import Recipe

STATE_NAME = ".clips.json"
ENCODERS = 2  # ffmpeg processes encoding clips beside the edition's encoder
T = TypeVar("T", bound=tuple)


class ClipWriter:
    def __init__(self, staging: Path, previous: Path, codecs: list[str], recipe: Recipe) -> None:
        self.folder = staging / "clips"
        self.codecs = codecs
        self.recipe = recipe
        self.previous = previous / "clips"
        self.known = _read_state(self.previous / STATE_NAME)
        self.state: dict[str, str] = {}
        self.reused = 0
        self.encoded = 0
        self._pool = ThreadPoolExecutor(ENCODERS)
        self._pending: deque[Future[None]] = deque()

    def passing(self, paragraphs: Iterable[T]) -> Iterator[T]:
        """Pass (paragraph, audio, …) items through, writing each paragraph's clips on the way."""
        for item in paragraphs:
            paragraph, audio = item[0], item[1]
            self.write(paragraph, audio)
            yield item

    def write(self, paragraph: Paragraph, audio: MasteredParagraph) -> None:
        for codec in self.codecs:
            name = f"{paragraph.id}.{codec}"
            digest = self.recipe.clip_key(codec, audio.samples, audio.sample_rate)
            self.state[digest] = name
            old = self.known.get(digest)
            if old and _link(self.previous / old, self.folder / name):
                self.reused += 1
                continue
            self.encoded += 1
            self._pending.append(self._pool.submit(encode, audio.samples, audio.sample_rate, self.folder / name, codec))
        while len(self._pending) > 2 * ENCODERS:
            self._pending.popleft().result()

    def finish(self) -> None:
        try:
            while self._pending:
                self._pending.popleft().result()
        finally:
            self._pool.shutdown(cancel_futures=True)
        write_text(self.folder / STATE_NAME, json.dumps(self.state, indent=0) + "\n")

    def abort(self) -> None:
        self._pool.shutdown(cancel_futures=True)


def _read_state(path: Path) -> dict[str, str]:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in state.items() if isinstance(v, str) and "/" not in v} if isinstance(state, dict) else {}


def _link(source: Path, target: Path) -> bool:
    if not source.is_file():
        return False
    link_or_copy(source, target)
    return True
