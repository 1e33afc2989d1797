"""The WebVTT and SubRip files: each parses under its format's rules, with one cue per sentence carrying the index's
times and text."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import Any

from tts_edition.check.finding import Finding
from tts_edition.timing.index import sentences, written_files
from tts_edition.timing.subtitles import cue_text

_VTT_TIME = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_SRT_TIME = r"(\d{2,}):([0-5]\d):([0-5]\d),(\d{3})"
_VTT_TIMING = re.compile(rf"{_VTT_TIME}[ \t]+-->[ \t]+{_VTT_TIME}(?:[ \t].*)?")  # cue settings may follow
_SRT_TIMING = re.compile(rf"{_SRT_TIME}[ \t]+-->[ \t]+{_SRT_TIME}(?:[ \t].*)?")  # as may display coordinates
_VTT_SIGNATURE = re.compile(r"WEBVTT(?:[ \t].*)?")
_VTT_NOTE = re.compile(r"NOTE(?:[ \t].*)?")
_VTT_HEADER_BLOCK = re.compile(r"(?:STYLE|REGION)[ \t]*")  # only before the first cue


class CueError(ValueError):
    """Where a subtitle file breaks its format's rules."""


@dataclass(frozen=True)
class Cue:
    id: str
    start_ms: int
    end_ms: int
    text: str

    def __str__(self) -> str:
        return f"{self.id} {self.start_ms / 1000:.3f}–{self.end_ms / 1000:.3f} s {self.text!r}"


def subtitle_findings(build_dir: Path, index: dict[str, Any]) -> list[Finding]:
    files = written_files(index)
    listed = sentences(index)
    return [
        _finding("WebVTT", build_dir / files["vtt"], _parse_vtt, [s["id"] for s in listed], listed),
        _finding("SRT", build_dir / files["srt"], _parse_srt, [str(n) for n in range(1, len(listed) + 1)], listed),
    ]


def _finding(
    name: str, path: Path, parse: Callable[[str], list[Cue]], ids: list[str], listed: list[dict[str, Any]]
) -> Finding:
    try:
        cues = parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Finding(name, False, f"{path.name} is missing")
    except UnicodeDecodeError:
        return Finding(name, False, f"{path.name} is not UTF-8 text")
    except CueError as exc:
        return Finding(name, False, f"{path.name}: {exc}")
    expected = [Cue(cue_id, _ms(s["start"]), _ms(s["end"]), cue_text(s)) for cue_id, s in zip(ids, listed, strict=True)]
    if cues == expected:
        return Finding(name, True, f"{path.name}: {len(cues)} cues, one per sentence with the index's times and text")
    if len(cues) != len(expected):
        return Finding(name, False, f"{path.name}: {len(cues)} cues for {len(expected)} sentences")
    found, wanted = next((c, e) for c, e in zip(cues, expected, strict=True) if c != e)
    return Finding(name, False, f"{path.name}: cue {found}, the index has {wanted}")


_VTT_TAG = re.compile(r"<[^>\n]*>")


def _parse_vtt(text: str) -> list[Cue]:
    """The cues of a WebVTT file (W3C WebVTT: the signature line, blocks apart by blank lines, comments skipped and
    style and region blocks before the cues, an optional cue identifier, the timing line, text without "-->")."""
    blocks = _blocks(text)
    header = blocks.pop(0) if blocks else [""]
    if not _VTT_SIGNATURE.fullmatch(header[0]):
        raise CueError("does not start with the line WEBVTT")
    if any("-->" in line for line in header):
        raise CueError("no blank line between the WEBVTT line and the first cue")
    cues = []
    for lines in blocks:
        if _VTT_NOTE.fullmatch(lines[0]) or (_VTT_HEADER_BLOCK.fullmatch(lines[0]) and not cues):
            continue
        identifier, lines = ("", lines) if "-->" in lines[0] else (lines[0], lines[1:])
        cue = _cue(identifier, lines, _VTT_TIMING, len(cues) + 1)
        # Tags (<lang ru>, <v Name>, <00:00:01.500>) are markup; then "&amp;", "&lt;", "&rlm;" and the like
        cues.append(replace(cue, text=html.unescape(_VTT_TAG.sub("", cue.text))))
    return _in_order(cues)


def _parse_srt(text: str) -> list[Cue]:
    """The cues of a SubRip file: blocks apart by blank lines, each its number (1, 2, …), the timing line with
    comma decimals, and one or more lines of text."""
    cues = []
    for n, lines in enumerate(_blocks(text), 1):
        if lines[0] != str(n):
            raise CueError(f"cue {n} is numbered {lines[0]!r}")
        cues.append(_cue(lines[0], lines[1:], _SRT_TIMING, n))
        if not cues[-1].text:
            raise CueError(f"cue {n} has no text")
    return _in_order(cues)


def _blocks(text: str) -> list[list[str]]:
    """Lines (after a byte order mark, with any line ending) grouped into blocks apart by blank lines."""
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _cue(identifier: str, lines: list[str], timing: re.Pattern[str], n: int) -> Cue:
    times = timing.fullmatch(lines[0]) if lines else None
    if not times:
        raise CueError(f"cue {n} has no timing line (found {lines[0] if lines else ''!r})")
    if any("-->" in line for line in lines[1:]):
        raise CueError(f"cue {n}'s text holds '-->'")
    numbers = [int(part or 0) for part in times.groups()]
    start, end = (((h * 60 + m) * 60 + s) * 1000 + ms for h, m, s, ms in (numbers[:4], numbers[4:]))
    if end < start:
        raise CueError(f"cue {n} ends before it starts")
    return Cue(identifier, start, end, "\n".join(lines[1:]))


def _in_order(cues: list[Cue]) -> list[Cue]:
    late = next((n for n, (a, b) in enumerate(pairwise(cues), 2) if b.start_ms < a.start_ms), None)
    if late:
        raise CueError(f"cue {late} starts before the cue above it")
    return cues


def _ms(seconds: float) -> int:
    return round(seconds * 1000)
