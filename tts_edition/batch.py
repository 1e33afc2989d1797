"""Many inputs in one run, a newsroom's day of articles: each its own edition `OUT_DIR/<slug>/`, all in one session
(the voices load and the workers start once; one cache, one progress bar), and a summary: built, unchanged, failed.

An article whose edition is what this run would write again (the same text, readings, voices and settings, and
every file as its build wrote it) is not rebuilt. A failed article is one line in the summary; the others go on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from tts_edition.build import planned_files, write_edition
from tts_edition.errors import EditionError
from tts_edition.ingest import FILE_READERS, input_kind
from tts_edition.publish import EditionFolder, changed_files, edition_folder, unfinished_publish
from tts_edition.script import to_cyrillic
from tts_edition.session import Article, Session

BUILT, UNCHANGED, FAILED = "built", "unchanged", "failed"
_SLUG_LENGTH = 60
_LATIN = str.maketrans({
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u", "ү": "u", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ı": "i",
})  # fmt: skip


@dataclass(frozen=True)
class Outcome:
    source: Path
    status: str  # BUILT, UNCHANGED or FAILED
    detail: str  # the edition's folder, or what went wrong


@dataclass
class _Planned:
    """An article with its folder, locked, and what closes the folder (or cleans up after a failure)."""

    article: Article
    folder: EditionFolder
    lock: contextlib.ExitStack


def build_editions(inputs: Iterable[Path], out_dir: Path, each: bool = False, **options: Any) -> list[Outcome]:
    """Build every input as an edition of its own under `out_dir`; with `each`, the files of a folder given as
    input are articles (not chapters of one book). Options are the build's; the settings are those of the first
    input (its edition.toml, or --config) for every article."""
    sources = articles_of(inputs, each)
    outcomes: dict[Path, Outcome] = {}
    with Session.for_input(sources[0], options) as session, contextlib.ExitStack() as locks:
        articles = []
        for source in sources:
            try:
                articles.append(session.read(source))
            except EditionError as exc:
                outcomes[source] = Outcome(source, FAILED, str(exc))
        planned = _planned(articles, Path(out_dir), session, locks, outcomes)
        session.prepare()  # every voice and setting checked before any synthesis
        todo = []
        for item in planned:
            item.folder.made_from = made_from(item.article, session)
            if _unchanged(item.folder):
                outcomes[item.article.source] = Outcome(item.article.source, UNCHANGED, str(item.folder.out))
            else:
                todo.append(item)
        session.start([item.article for item in todo])
        for item in todo:
            outcomes[item.article.source] = _written(session, item)
    return [outcomes[source] for source in sources]


def articles_of(inputs: Iterable[Path], each: bool) -> list[Path]:
    """The inputs, with a folder's readable files in their place (in name order) when `each` is set."""
    sources: list[Path] = []
    for path in map(Path, inputs):
        if each and path.is_dir():
            sources += sorted(f for f in path.iterdir() if f.is_file() and input_kind(f) in FILE_READERS)
        else:
            sources.append(path)
    if not sources:
        raise EditionError("no articles to build (give files, or a folder with --each)")
    return sources


def slug(title: str) -> str:
    """A folder name for a title, in Latin letters, digits and hyphens: «7 алтын: Қазақстан» → 7-altyn-qazaqstan."""
    latin = unicodedata.normalize("NFKD", to_cyrillic(title).lower().translate(_LATIN))
    words = re.sub(r"[^a-z0-9]+", "-", latin.encode("ascii", "ignore").decode()).strip("-")
    return words[:_SLUG_LENGTH].rstrip("-") or "edition"


def made_from(article: Article, session: Session) -> str:
    """What an edition is made from: its text, readings and voices, the settings and this version of the tool.
    Two builds that would write the same edition have the same; an edition recorded with it need not be built."""
    assert session.spec is not None
    settings = {k: v for k, v in dataclasses.asdict(session.settings).items() if k not in _NOT_OUTPUT}
    edition = article.edition
    sentence = lambda s: [s.id, s.text, repr(s.groups), repr(s.parts)]  # noqa: E731
    described = {
        "tool": metadata.version("tts-edition"),
        "settings": settings,
        "voices": session.spec.recipe.voices,
        "mastering": session.spec.recipe.mastering,
        "edition": [edition.title, edition.author, edition.date, edition.language, edition.script],
        "cover": hashlib.sha256(edition.cover[0]).hexdigest() if edition.cover else None,
        "paragraphs": [[p.id, p.text, p.heading, [sentence(s) for s in p.sentences]] for p in edition.paragraphs()],
    }
    return hashlib.sha256(json.dumps(described, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


_NOT_OUTPUT = {"jobs", "executor", "ray_address", "cache_dir"}  # how a build runs, not what it writes


def _planned(
    articles: list[Article], out_dir: Path, session: Session, locks: contextlib.ExitStack,
    outcomes: dict[Path, Outcome],
) -> list[_Planned]:  # fmt: skip
    """Each article's folder under `out_dir`, named from its title, checked and locked before any synthesis."""
    taken: set[str] = set()
    planned = []
    for article in articles:
        name = _free(slug(article.edition.title), taken)
        lock = locks.enter_context(contextlib.ExitStack())
        try:
            files = planned_files(article.edition, name, session.settings.formats)
            folder = lock.enter_context(edition_folder(out_dir / name, files))
        except EditionError as exc:
            outcomes[article.source] = Outcome(article.source, FAILED, str(exc))
            continue
        planned.append(_Planned(article, folder, lock))
    return planned


def _free(name: str, taken: set[str]) -> str:
    """`name`, or `name-2`, `name-3`… where two articles of the run share a title."""
    candidates = (name, *(f"{name}-{n}" for n in range(2, len(taken) + 3)))
    free = next(candidate for candidate in candidates if candidate not in taken)
    taken.add(free)
    return free


def _unchanged(folder: EditionFolder) -> bool:
    """The edition in the folder is what this run would write: made from the same, every file as written."""
    if not folder.made_from or folder.made_from != folder.previous_made_from or unfinished_publish(folder.root):
        return False
    return not changed_files(folder.root)[1]


def _written(session: Session, item: _Planned) -> Outcome:
    """One article written; a failure is its outcome (its folder cleaned up as a failed build's is)."""
    try:
        write_edition(session, item.article, item.folder)
    except EditionError as exc:
        session.skip_rest(item.article)
        with contextlib.suppress(EditionError):
            item.lock.__exit__(type(exc), exc, exc.__traceback__)
        return Outcome(item.article.source, FAILED, str(exc))
    return Outcome(item.article.source, BUILT, str(item.folder.out))
