"""One run of the build: what it decided, shared by every edition it makes.

A session holds the settings, the lexicon, the cast (every voice any edition of the run needs, loaded once by the
renderers), the render spec (recipe and cache), the one stream of rendered paragraphs that the executor's workers
produce for all editions in turn, the progress bar over all of them and the peak-memory sampler. `build` runs one
edition through it; a batch (`batch.py`) runs many, so the voices load and the workers start once.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from tts_edition.audio.loudness import loudness_preset
from tts_edition.audio.mp3 import check_bitrate
from tts_edition.audio.tags import read_cover
from tts_edition.cache import default_cache_dir, usable_cache
from tts_edition.casting import Cast, cast_edition
from tts_edition.config import NO_CACHE, Settings, load_settings
from tts_edition.document import Edition, Sentence
from tts_edition.engines.registry import check_device, engine_version, sample_rate
from tts_edition.errors import EditionError
from tts_edition.executors import render_all
from tts_edition.jobs import JobsChoice, PeakMemory, check_open_files, choose_jobs
from tts_edition.normalize.lexicon import load_lexicon
from tts_edition.progress import BuildProgress
from tts_edition.recipe import make_recipe
from tts_edition.render import ParagraphJob, Rendered, RenderSpec, SpokenSentence
from tts_edition.spoken import normalise, read_written
from tts_edition.stopwatch import Stopwatch
from tts_edition.voice import check_files


@dataclass
class Article:
    """One input as the session read it, and what its build has timed and found so far."""

    source: Path
    edition: Edition
    watch: Stopwatch
    started: float
    unspoken: list[str]  # written sentences dropped: a voice says nothing for them
    jobs: list[ParagraphJob] = field(default_factory=list)


class Session:
    """Use as a context manager: `read` every input, `start` the renderers, then `results` for each article."""

    def __init__(self, settings: Settings, quiet: bool = False) -> None:
        self.settings = settings
        self.quiet = quiet
        self.casting = settings.casting()
        self.lexicon = load_lexicon(settings.lexicon) if settings.lexicon else None
        self.cast = Cast(self.casting)
        self.spec: RenderSpec | None = None
        self.choice: JobsChoice | None = None
        self.memory = PeakMemory()
        self.bar: BuildProgress | None = None
        self._stream: Iterator[Rendered] = iter(())
        self._taken: dict[int, int] = {}  # per article: how many of its paragraphs it has taken
        self._exit = contextlib.ExitStack()

    @classmethod
    def for_input(cls, input_path: Path, options: dict[str, Any]) -> Session:
        """The settings of `tts-edition build` for INPUT (its edition.toml, or --config) with the flags given."""
        config = options.pop("config", None)
        quiet = bool(options.pop("quiet", False))
        return cls(load_settings(input_path, Path(config) if config else None, **options), quiet)

    def __enter__(self) -> Session:
        self._exit.enter_context(self.memory)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self._exit.close()

    def read(self, source: Path, excerpt: tuple[int, int] | None = None) -> Article:
        """An input read as `spoken.py` reads it (its script converted for the voice, normalised) and cast: its
        voices join the session's cast. `excerpt` (chapter, paragraphs) keeps only those (a preview)."""
        started, watch = time.perf_counter(), Stopwatch()
        written = read_written(source, self.settings, watch.stage)
        edition = written.edition
        if excerpt:
            cut_to(edition, *excerpt)
            kept = {id(s) for p in edition.paragraphs() for s in p.sentences}
            written.cyrillic = [(sentence, text) for sentence, text in written.cyrillic if id(sentence) in kept]
        with watch.stage("read"):
            if self.settings.cover:
                edition.cover = read_cover(self.settings.cover)
        with watch.stage("normalise"):
            unspoken = normalise(written, self.lexicon, source, self.casting.switching)
            cast_edition(edition, self.casting, self.cast)
        jobs = [ParagraphJob(p.id, tuple(_spoken(s) for s in p.sentences)) for p in edition.paragraphs()]
        return Article(source, edition, watch, started, unspoken, jobs)

    def prepare(self) -> RenderSpec:
        """The voices checked and ready to load in any worker, and everything else that decides the sound: all
        decided before any synthesis (a bad bitrate, speed or speaker is one line here)."""
        check_open_files()
        voices, settings = self.cast.voices, self.settings
        versions = []
        for voice in voices:
            check_files(voice)  # a missing or damaged model is one clear line here, not a worker crash later
            check_device(voice)
            versions.append(engine_version(voice))  # an engine that cannot take the speed or speaker says so here
        rate = settings.sample_rate or sample_rate(voices[0])
        check_bitrate(settings.bitrate, rate)  # LAME would write another bitrate
        cache = None if settings.cache_dir == NO_CACHE else usable_cache(settings.cache_dir or default_cache_dir())
        preset = loudness_preset(settings.loudness)
        pause = settings.pauses.sentence
        recipe = make_recipe(list(zip(voices, versions, strict=True)), preset, pause, settings.bitrate, rate)
        self.spec = RenderSpec(tuple(voices), rate, preset, pause, cache, recipe)
        return self.spec

    def start(self, articles: Sequence[Article]) -> None:
        """Start the renderers on every paragraph of `articles`, in order: one stream, one progress bar."""
        spec = self.spec or self.prepare()
        jobs = [job for article in articles for job in article.jobs]
        self.choice = choose_jobs(spec.voices, self.settings.jobs)
        self.bar = self._exit.enter_context(BuildProgress(len(jobs), self.quiet))
        choice, settings = self.choice, self.settings
        stream = render_all(jobs, spec, choice.workers, settings.executor, settings.ray_address, choice.threads)
        self._stream = self._exit.enter_context(contextlib.closing(stream))

    def results(self, article: Article) -> Iterator[Rendered]:
        """The rendered paragraphs of `article`: the next ones in the stream."""
        for _ in article.jobs:
            with article.watch.stage("synthesise"):  # waiting for the renderers
                result = next(self._stream)
            self._taken[id(article)] = self._taken.get(id(article), 0) + 1
            yield result

    def skip_rest(self, article: Article) -> None:
        """Take from the stream what a failed article left of its paragraphs, so the next article gets its own."""
        for _ in range(len(article.jobs) - self._taken.get(id(article), 0)):
            next(self._stream, None)


def cut_to(edition: Edition, chapter: int, paragraphs: int) -> None:
    """Keep only the first `paragraphs` paragraphs of chapter number `chapter` (from 1); their ids stay."""
    if not 1 <= chapter <= len(edition.chapters):
        raise EditionError(f"chapter {chapter}: the text has chapters 1 to {len(edition.chapters)}")
    if paragraphs < 1:
        raise EditionError(f"paragraphs {paragraphs}: give 1 or more")
    kept = edition.chapters[chapter - 1]
    kept.paragraphs = kept.paragraphs[:paragraphs]
    edition.chapters = [kept]


def _spoken(sentence: Sentence) -> SpokenSentence:
    return tuple((part.voice, part.spoken, part.pause) for part in sentence.parts)
