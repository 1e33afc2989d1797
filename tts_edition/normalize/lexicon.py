"""The user's pronunciation lexicon: replacements from a TSV or TOML file, applied before the rules.

TSV: `written<TAB>spoken`, a line each (# starts a comment), with an optional third column of options separated by
spaces: `nocase` (any case: ТЖМ, тжм, Тжм), `part` (inside words too), `regex` (`written` is a Python regular
expression, which may carry its own context: `ТЖМ(?= баспасөз)`). Without options an entry is a whole word, case as
written. A Kazakh suffix written after a hyphen is re-inflected onto the spoken form (ЦСКА-ның → цэ-эс-каның).

TOML: a `[words]` table of "written" = "spoken", and `[[entry]]` tables with `written`, `spoken` and the options as
booleans (`case = false`, `whole_word = false`, `regex = true`).

Regular-expression entries are tried first, in file order; then words, longest first.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tts_edition.errors import EditionError
from tts_edition.normalize.morphology import SUFFIX, attach_written

if TYPE_CHECKING:
    from tts_edition.normalize.rules import Rule

OPTIONS = {"nocase": "case", "part": "whole_word", "regex": "regex"}  # TSV option → the entry's field it turns off/on
_SUFFIX = rf"(?:-(?P<lexicon_suffix>{SUFFIX})(?![\w-]))?"


@dataclass(frozen=True)
class Entry:
    written: str
    spoken: str
    case: bool = True  # case-sensitive
    whole_word: bool = True
    regex: bool = False
    line: int = 0  # where the entry is written (a TSV line; 0 in TOML)

    def pattern(self) -> str:
        body = self.written if self.regex else re.escape(self.written)
        if not self.case:
            body = f"(?i:{body})"
        return rf"(?<!\w){body}(?!\w)" if self.whole_word else body

    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern())

    def same_as(self, other: Entry) -> bool:
        """Whether both entries match the same text: one written form (in any case when either ignores it)."""
        written = self.written == other.written or (
            self.written.casefold() == other.written.casefold() and not (self.case and other.case)
        )
        return written and (self.whole_word, self.regex) == (other.whole_word, other.regex)


@dataclass(frozen=True)
class Lexicon:
    entries: tuple[Entry, ...]
    path: Path | None = None

    def ordered(self) -> list[Entry]:
        """Regular expressions first, in file order; then words, longest first."""
        expressions = [entry for entry in self.entries if entry.regex]
        words = sorted((entry for entry in self.entries if not entry.regex), key=lambda e: -len(e.written))
        return expressions + words

    def rule(self) -> Rule:
        from tts_edition.normalize.rules import Rule

        ordered = self.ordered()
        if not ordered:
            return Rule("lexicon", re.compile(r"(?!)"), lambda m: m.group(), "lexicon")
        alternatives = "|".join(f"(?P<lexicon_{n}>{entry.pattern()})" for n, entry in enumerate(ordered))
        pattern = re.compile(f"(?:{alternatives}){_SUFFIX}")

        def speak(match: re.Match[str]) -> str:
            entry = next(entry for n, entry in enumerate(ordered) if match[f"lexicon_{n}"] is not None)
            return attach_written(entry.spoken, "-", match["lexicon_suffix"])

        return Rule("lexicon", pattern, speak, "lexicon")


def load_lexicon(path: Path) -> Lexicon:
    """The lexicon in `path` (TSV, or TOML by its suffix); a malformed line or entry is one error naming it."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise EditionError(f"{path}: cannot read the lexicon ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise EditionError(f"{path}: not UTF-8 text (save it again as UTF-8)") from None
    entries = _toml_entries(path, text) if path.suffix.lower() == ".toml" else _tsv_entries(path, text)
    for entry in entries:
        if entry.regex:
            try:
                entry.compiled()
            except re.error as exc:
                problem = f"{entry.written!r} is not a regular expression ({exc})"
                raise EditionError(f"{where(path, entry)}: {problem}") from None
    return Lexicon(tuple(entries), path)


def where(path: Path, entry: Entry) -> str:
    """Where an entry is written, for a message: the TSV line, or the file and the entry."""
    return f"{path}:{entry.line}" if entry.line else f"{path} [{entry.written}]"


def _tsv_entries(path: Path, text: str) -> list[Entry]:
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) not in (2, 3) or not columns[0].strip() or not columns[1].strip():
            raise EditionError(f"{path}:{number}: expected 'written<TAB>spoken' and optional options")
        written, spoken, options = columns[0], columns[1], columns[2].split() if len(columns) == 3 else []
        unknown = [option for option in options if option not in OPTIONS]
        if unknown:
            raise EditionError(f"{path}:{number}: unknown option {unknown[0]!r} (options: {', '.join(OPTIONS)})")
        entries.append(
            Entry(written.strip(), spoken.strip(), "nocase" not in options, "part" not in options,
                  "regex" in options, number)
        )  # fmt: skip
    return entries


def _toml_entries(path: Path, text: str) -> list[Entry]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise EditionError(f"{path}: not valid TOML ({exc})") from None
    words = data.get("words", {})
    if not isinstance(words, dict) or not all(isinstance(v, str) and v.strip() for v in words.values()):
        raise EditionError(f'{path}: expected a [words] table of "written" = "spoken"')
    entries = [Entry(written, spoken) for written, spoken in words.items()]
    tables = data.get("entry", [])
    if not isinstance(tables, list):
        raise EditionError(f"{path}: expected [[entry]] tables with written, spoken and options")
    return entries + [_toml_entry(path, n, table) for n, table in enumerate(tables, 1)]


def _toml_entry(path: Path, number: int, table: Any) -> Entry:
    fields = {"written": str, "spoken": str, "case": bool, "whole_word": bool, "regex": bool}
    where = f"{path}: [[entry]] {number}"
    if (
        not isinstance(table, dict)
        or not isinstance(table.get("written"), str)
        or not isinstance(table.get("spoken"), str)
    ):
        raise EditionError(f"{where}: give written and spoken as strings")
    for key, value in table.items():
        if key not in fields or not isinstance(value, fields[key]):
            raise EditionError(f"{where}: {key} is not one of written, spoken, case, whole_word, regex")
    if not table["written"].strip() or not table["spoken"].strip():
        raise EditionError(f"{where}: written and spoken must not be empty")
    return Entry(**table)
