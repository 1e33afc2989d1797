"""Inline marks: what a producer writes into Markdown or plain text to say how a stretch is read.

- `{1.5s}` (or `{1,5 с}`): a pause of that many seconds where it stands, added to any pause already there;
- `{ЖОО|жоғары оқу орны}`: shown as ЖОО, read as given (normalised as written, like a lexicon entry's spoken side);
- `{ЖОО|}`: shown, not read;
- `{|қосымша сөз}`: read, not shown.
`\\{`, `\\}`, `\\|` and `\\\\` write the character itself. A mark opens and closes on one line; anything else in
braces is refused with its line number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tts_edition.errors import EditionError

MAX_PAUSE_SECONDS = 60.0
_ESCAPED = "{}|\\"
PAUSE = r"\s*(\d+(?:[.,]\d+)?)\s*[sс]\s*"  # a pause mark's body: seconds
_PAUSE = re.compile(PAUSE)
_SYNTAX = "{1.5s} a pause, {shown|spoken}, {shown|} or {|spoken}; \\{ writes a brace"


class MarkError(EditionError):
    """A mark that cannot be read; `in_file` names the file."""


@dataclass(frozen=True)
class Mark:
    """`text[at:end]` of its sentence (shown) is read as `spoken`; a pause mark (`spoken` None) stands at `at`."""

    at: int
    end: int
    spoken: str | None
    pause: float = 0.0


@dataclass(frozen=True)
class Marked:
    text: str  # as shown: the marks' shown parts, escapes resolved
    marks: tuple[Mark, ...]


def parse(written: str) -> Marked:
    """The text as shown and its marks, with offsets in it; a mark that shows nothing takes the space before it (or,
    at a line's start, after it) along."""
    shown: list[str] = []
    marks: list[Mark] = []
    i = 0
    while i < len(written):
        ch = written[i]
        if ch == "\\" and written[i + 1 : i + 2] and written[i + 1] in _ESCAPED:
            shown.append(written[i + 1])
            i += 2
        elif ch == "{":
            close = _closing(written, i)
            show, spoken, pause = _body(written[i + 1 : close])
            i = close + 1
            after = written[i : i + 1]
            if not show and shown and shown[-1] == " " and not after.isalnum():  # its space goes with it
                shown.pop()
                spoken = None if spoken is None else f" {spoken}"
            elif not show and shown and shown[-1].isspace() and after.isspace():  # at a line's start
                i += 1
                spoken = None if spoken is None else f"{spoken} "
            at = len("".join(shown))
            marks.append(Mark(at, at + len(show), spoken, pause))
            shown.append(show)
        elif ch == "}":
            raise MarkError(f"a closing brace without its mark ({_SYNTAX})")
        else:
            shown.append(ch)
            i += 1
    return _stripped("".join(shown), marks)


def shown(written: str) -> str:
    """The text as shown, marks left out."""
    return parse(written).text


def check_line(line: str, number: int) -> None:
    """Refuse a line whose marks cannot be read, naming it."""
    try:
        parse(line)
    except MarkError as exc:
        raise MarkError(f"line {number}: {exc}") from None


@contextmanager
def in_file(path: Path) -> Iterator[None]:
    """A mark refused while reading `path` names the file."""
    try:
        yield
    except MarkError as exc:
        raise EditionError(f"{path}: {exc}") from None


def _closing(written: str, start: int) -> int:
    i = start + 1
    while i < len(written):
        if written[i] == "\\":
            i += 2
            continue
        if written[i] == "}":
            return i
        if written[i] in "{\n":
            break
        i += 1
    raise MarkError(f"«{written[start : start + 40]}» is not closed on its line ({_SYNTAX})")


def _body(body: str) -> tuple[str, str | None, float]:
    """(shown, spoken, pause) of a mark's body; spoken None for a pause."""
    pieces = _unescaped_split(body)
    if len(pieces) == 1:
        pause = _PAUSE.fullmatch(body)
        if pause is None:
            raise MarkError(f"«{{{body}}}» is not a mark ({_SYNTAX})")
        seconds = float(pause.group(1).replace(",", "."))
        if not 0 < seconds <= MAX_PAUSE_SECONDS:
            raise MarkError(f"«{{{body}}}»: a pause lasts more than 0 and at most {MAX_PAUSE_SECONDS:g} seconds")
        return "", None, seconds
    if len(pieces) > 2 or not "".join(pieces).strip():
        raise MarkError(f"«{{{body}}}»: a mark holds what is shown, what is spoken or both ({_SYNTAX})")
    show, spoken = (_unescaped(piece.strip()) for piece in pieces)
    return show, spoken, 0.0


def _unescaped_split(body: str) -> list[str]:
    return re.split(r"(?<!\\)\|", body)  # an escaped backslash before a bar is too rare to tell apart


def _unescaped(text: str) -> str:
    return re.sub(r"\\([{}|\\])", r"\1", text)


def _stripped(text: str, marks: list[Mark]) -> Marked:
    """Outer whitespace left off the shown text, the marks moved with it."""
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    place = lambda at: min(max(at - lead, 0), len(text))  # noqa: E731
    return Marked(text, tuple(Mark(place(m.at), place(m.end), m.spoken, m.pause) for m in marks))
