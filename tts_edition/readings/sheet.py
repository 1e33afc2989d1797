"""`tts-edition readings` and `tts-edition lexicon check`: the sheet in a format, and a lexicon's problems."""

from __future__ import annotations

from pathlib import Path

from tts_edition.atomic import write_text
from tts_edition.config import load_settings
from tts_edition.document import speakable
from tts_edition.errors import EditionError
from tts_edition.normalize import normalize
from tts_edition.normalize.lexicon import load_lexicon, where
from tts_edition.readings import collect
from tts_edition.readings.output import FORMATS, to_json, to_tsv
from tts_edition.readings.page import to_html
from tts_edition.script.detect import CYRILLIC, letter_script
from tts_edition.spoken import read_written


def sheet(
    input_path: Path,
    fmt: str = "tsv",
    out: Path | None = None,
    lexicon: Path | None = None,
    edition: Path | None = None,
    config: Path | None = None,
) -> str | None:
    """The sheet of INPUT as `fmt`: written to `out` (atomically), or returned for standard output."""
    if fmt not in FORMATS:
        raise EditionError(f"--format {fmt}: one of {', '.join(FORMATS)}")
    settings = load_settings(input_path, config)
    found = collect(input_path, settings, lexicon, edition)
    base = out.parent if out else Path.cwd()
    if fmt == "tsv":
        text = to_tsv(found.readings)
    elif fmt == "json":
        text = to_json(found.readings, base, str(input_path), lexicon or settings.lexicon)
    else:
        text = to_html(found.readings, base, found.title)
    if out is None:
        return text
    write_text(out, text)
    return None


def check_lexicon(path: Path, input_path: Path | None = None, config: Path | None = None) -> list[str]:
    """One line per problem, in the file's order: an entry given twice, a spoken side the voice cannot read (after
    normalisation, every letter must be Cyrillic and one at least there), an entry that never occurs in INPUT."""
    lexicon = load_lexicon(path)
    texts = None
    if input_path is not None:
        texts = [text for _, text in read_written(input_path, load_settings(input_path, config)).cyrillic]
    problems = []
    for n, entry in enumerate(lexicon.entries):
        place = where(path, entry)
        earlier = next((e for e in lexicon.entries[:n] if e.same_as(entry)), None)
        if earlier:
            problems.append(f"{place}: {entry.written!r} is given twice (also {where(path, earlier)})")
        said = normalize(entry.spoken)
        unreadable = sorted({ch for ch in said if ch.isalpha() and letter_script(ch) != CYRILLIC})
        if not speakable(said):
            problems.append(f"{place}: the spoken side {entry.spoken!r} has nothing a voice can say")
        elif unreadable:
            problems.append(f"{place}: the voice cannot read {' '.join(unreadable)} in {entry.spoken!r}")
        if texts is not None and not any(entry.compiled().search(text) for text in texts):
            problems.append(f"{place}: {entry.written!r} never occurs in {input_path}")
    return problems
