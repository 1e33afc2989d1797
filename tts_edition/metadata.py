"""What a book is, beyond its text: authors, narrator, publisher, ISBN, series… and the credits spoken for it.

The same fields come from `edition.toml` (or flags), Markdown front matter and an EPUB's package; the settings win
field by field. The build records them in `index.json` (`metadata`) and writes them into every file's tags.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, fields, replace
from typing import Any

from tts_edition.errors import EditionError

LANGUAGE = "kk"
SYNTHETIC = "синтезделген дауыс"  # "a synthesised voice": said after the narrator's name in every credit
CREDIT_FIELDS = ("title", "authors", "narrator", "publisher", "year")
_LANGUAGE_TAG = re.compile(r"kk(-[A-Za-z0-9]{1,8})*", re.I)
_NUMBER = re.compile(r"\d+(\.\d+)?")


@dataclass(frozen=True)
class Credits:
    """What is said at the opening and at the close: templates with {title}, {authors}, {narrator}, {publisher} and
    {year}, or "" for the default wording."""

    opening: str = ""
    closing: str = ""


@dataclass(frozen=True)
class Metadata:
    authors: tuple[str, ...] = ()
    narrator: str = ""  # "" : the voice's name
    publisher: str = ""
    isbn: str = ""  # ISBN-13, digits only
    language: str = ""  # BCP 47, a Kazakh tag ("" : kk)
    description: str = ""
    series: str = ""
    series_number: str = ""  # "2", "2.5"
    copyright: str = ""
    genre: str = ""
    credits: Credits = Credits()

    def over(self, base: Metadata) -> Metadata:
        """These fields where they are set, `base`'s elsewhere."""
        given = {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}
        if "credits" in given:
            given["credits"] = Credits(
                self.credits.opening or base.credits.opening, self.credits.closing or base.credits.closing
            )
        return replace(base, **given)


def isbn13(value: str) -> str:
    """An ISBN-10 or ISBN-13 (hyphens and spaces allowed) as the 13 digits of its ISBN-13; its check digit must hold."""
    digits = re.sub(r"[\s-]", "", str(value)).upper().removeprefix("URN:ISBN:").removeprefix("ISBN")
    if re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - n) * (10 if d == "X" else int(d)) for n, d in enumerate(digits))
        if total % 11 == 0:
            body = "978" + digits[:9]
            return body + str(-_isbn13_sum(body) % 10)
    elif re.fullmatch(r"97[89]\d{10}", digits) and _isbn13_sum(digits) % 10 == 0:
        return digits
    raise EditionError(f"'{value}' is not an ISBN (10 or 13 digits with a valid check digit)")


def _isbn13_sum(digits: str) -> int:
    return sum(int(d) * (3 if n % 2 else 1) for n, d in enumerate(digits))


def language_tag(value: str) -> str:
    if not _LANGUAGE_TAG.fullmatch(str(value)):
        raise EditionError(f"'{value}' is not a Kazakh language tag (kk, kk-KZ, kk-Arab…: the text is read as Kazakh)")
    return str(value)


def series_number(value: Any) -> str:
    text = str(value).strip()
    if isinstance(value, bool) or not _NUMBER.fullmatch(text):
        raise EditionError(f"'{value}' is not a number in a series (1, 2, 2.5)")
    return text


def credit_template(value: str) -> str:
    """A credit text; its {placeholders} must be ones we fill."""
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(value) if name is not None]
    except ValueError as exc:
        raise EditionError(f"'{value[:60]}': {exc} (write {{{{ and }}}} for a brace)") from None
    unknown = [name for name in names if name not in CREDIT_FIELDS]
    if unknown:
        raise EditionError(f"unknown placeholder {{{unknown[0]}}} (use {', '.join(CREDIT_FIELDS)})")
    return value


def from_input(meta: dict[str, Any], source: str) -> Metadata:
    """The metadata an input carries (Markdown front matter, an EPUB's package), checked; `source` names it."""
    parsers = {
        "narrator": str, "publisher": str, "isbn": isbn13, "language": language_tag, "description": str,
        "series": str, "series_number": series_number, "copyright": str, "genre": str,
    }  # fmt: skip
    values: dict[str, Any] = {"authors": names(meta.get("author", ()))}
    for key, parse in parsers.items():
        if meta.get(key) not in (None, ""):
            try:
                values[key] = parse(" ".join(str(meta[key]).split()))
            except EditionError as exc:
                raise EditionError(f"{source}: {key}: {exc}") from None
    return Metadata(**values)


def names(value: Any) -> tuple[str, ...]:
    """One name or a list of them, each on one line, empty ones dropped."""
    items = [value] if isinstance(value, str) else list(value) if isinstance(value, list | tuple) else []
    return tuple(name for name in (" ".join(str(item).split()) for item in items) if name)


def credit_texts(metadata: Metadata, title: str, date: str) -> dict[str, str]:
    """The opening and closing credits as they are spoken: the templates filled in, or the default wording."""
    authors = ", ".join(metadata.authors)
    values = {"title": title, "authors": authors, "narrator": metadata.narrator, "publisher": metadata.publisher,
              "year": date[:4]}  # fmt: skip
    read_by = f"Оқыған: {metadata.narrator}, {SYNTHETIC}."
    by = (f"Авторлары: {authors}." if len(metadata.authors) > 1 else f"Авторы: {authors}.") if authors else ""
    published = ", ".join(part for part in (metadata.publisher, f"{date[:4]} жыл" if date else "") if part)
    opening = [f"«{title}».", by, read_by, f"Баспа: {published}." if metadata.publisher else f"{published}."]
    closing = [f"Сіз «{title}» кітабын тыңдадыңыз.", by, read_by, "Соңы."]
    return {
        "opening": _filled(metadata.credits.opening, values) or _joined(opening),
        "closing": _filled(metadata.credits.closing, values) or _joined(closing),
    }


def _filled(template: str, values: dict[str, str]) -> str:
    return " ".join(template.format(**values).split()) if template else ""


def _joined(sentences: list[str]) -> str:
    return " ".join(s for s in sentences if s.strip(" .")).strip()


def to_index(metadata: Metadata, credits: dict[str, str]) -> dict[str, Any]:
    """The index's `metadata` object: every field (empty ones too, so readers need not guess) and the credits."""
    entry: dict[str, Any] = {f.name: getattr(metadata, f.name) for f in fields(metadata) if f.name != "credits"}
    return entry | {"authors": list(metadata.authors), "credits": credits}


def from_index(index: dict[str, Any]) -> Metadata:
    """The metadata an edition was built with (an index written before there was any: its author alone)."""
    entry = index.get("metadata")
    if not isinstance(entry, dict):
        return Metadata(authors=names(index.get("author", "")))
    known = {f.name for f in fields(Metadata)} - {"credits", "authors"}
    return Metadata(authors=names(entry.get("authors", ())), **{k: str(v) for k, v in entry.items() if k in known})
