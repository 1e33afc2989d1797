"""PDF with a text layer, read with PDFium (pypdfium2): lines in reading order across columns, running heads and page
numbers left out, words hyphenated across lines joined, paragraphs rebuilt from the layout, chapters from the
outline (bookmarks) or from large headings. A PDF without text (a scan) is refused."""

from __future__ import annotations

import ctypes
import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tts_edition.document import ChapterText
from tts_edition.errors import EditionError
from tts_edition.hunspell import kazakh_dictionary
from tts_edition.ingest.outline import Block, chapters_from_blocks

_SOFT_HYPHENS = ("\u2010", "\u00ad")  # a break the typesetter made: the hyphen goes
_SENTENCE_END = tuple('.!?…:;»"”)')
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(\d+|[ivxlcdm]+)[-–—\s]*$", re.I)
_HEADING_RATIO = 1.15  # a line this much larger than the body text is a heading
_SMALL_PRINT = 0.8  # lines this much smaller than the body text are footnotes or captions, left out
_NOTE_MARK = re.compile(r"(?<=[^\W\d][.!?…»”,;:])\d{1,3}(?=\s|$)")  # a footnote's number after a word
_NOTE_START = re.compile(r"^(\d{1,3}|\*+)\s")
_MARGIN_LINES = 2  # running heads and page numbers are among the first and last lines of a page


@dataclass
class _Line:
    text: str
    left: float
    right: float
    baseline: float
    size: float
    page: int
    column_left: float = 0.0
    column_right: float = 0.0
    column: int = 0


def read(path: Path) -> tuple[dict[str, str], list[ChapterText]]:
    document = _open(path)
    try:
        pages = [_page_lines(document[n], n) for n in range(len(document))]
        meta = {key: " ".join(document.get_metadata_value(field).split()) for key, field in _META}
        outline = _outline(document)
    finally:
        document.close()
    lines = [line for page in _without_running_heads(pages) for line in _reading_order(page)]
    if not lines:
        raise EditionError(f"{path}: a scanned PDF with no text layer (run OCR on it first, e.g. ocrmypdf)")
    body = _body_size(lines)
    lines = _without_footnotes([line for line in lines if line.size >= _SMALL_PRINT * body], body)
    title, chapters = chapters_from_blocks(_blocks(lines, outline, body))
    meta = {key: value for key, value in meta.items() if value}
    if title:
        meta.setdefault("title", title)
    return meta, chapters


_META = (("title", "Title"), ("author", "Author"))


def _open(path: Path) -> Any:
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise EditionError(f"{path}: the PDF needs a password (save a copy without one)") from None
        raise EditionError(f"{path}: not a readable PDF ({exc})") from None
    except OSError as exc:
        raise EditionError(f"{path}: cannot read ({exc.strerror})") from None


def _page_lines(page: Any, number: int) -> list[_Line]:
    """The page's lines as PDFium finds them, each with its extent, baseline and font size."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    text = textpage.get_text_range()
    lines: list[_Line] = []
    x, y = ctypes.c_double(), ctypes.c_double()
    # PDFium joins a word hyphenated at a line's end into one line, marking the hyphen U+FFFE: split it there.
    for match in re.finditer(r"[^\r\n\ufffe]+\ufffe?", text):
        segment = match.group()
        first = match.start() + len(segment) - len(segment.lstrip())
        last = match.start() + len(segment.rstrip()) - 1
        if last < first:
            continue
        raw.FPDFText_GetCharOrigin(textpage, first, x, y)
        right = textpage.get_charbox(last)[2]
        size = statistics.median(raw.FPDFText_GetFontSize(textpage, n) for n in (first, (first + last) // 2, last))
        lines.append(_Line(" ".join(segment.replace("\ufffe", "-").split()), x.value, right, y.value, size, number))
    textpage.close()
    page.close()
    return lines


def _outline(document: Any) -> list[tuple[int, str, int]]:
    """(level, title, page index) of each bookmark that points at a page."""
    marks = []
    for mark in document.get_toc():
        dest = mark.get_dest()
        index = dest.get_index() if dest is not None else None
        if index is not None and mark.get_title().strip():
            marks.append((mark.level + 1, " ".join(mark.get_title().split()), index))
    return marks


def _without_running_heads(pages: list[list[_Line]]) -> list[list[_Line]]:
    """Drop page numbers and the lines that repeat at the top or bottom of most pages."""
    edges = [page[:_MARGIN_LINES] + page[-_MARGIN_LINES:] for page in _by_height(pages)]
    repeated = Counter(shape for edge in edges for shape in {_shape(line) for line in edge})
    running = {shape for shape, count in repeated.items() if len(pages) > 1 and count > len(pages) / 2}
    kept = []
    for page, edge in zip(pages, edges, strict=True):
        dropped = {id(line) for line in edge if _shape(line) in running or _PAGE_NUMBER.match(line.text)}
        kept.append([line for line in page if id(line) not in dropped])
    return kept


def _shape(line: _Line) -> str:
    """A line with its numbers blanked: a running head with the page number in it is the same on every page."""
    return re.sub(r"\d+", "#", line.text.lower())


def _without_footnotes(lines: list[_Line], body: float) -> list[_Line]:
    """Leave out each page's footnotes: from a line in smaller print that starts with a note's number to the end
    of that page's smaller print."""
    kept: list[_Line] = []
    in_notes: int | None = None
    for line in lines:
        smaller = line.size < 0.95 * body
        if smaller and _NOTE_START.match(line.text):
            in_notes = line.page
        if not (smaller and in_notes == line.page):
            kept.append(line)
    return kept


def _by_height(pages: list[list[_Line]]) -> list[list[_Line]]:
    return [sorted(page, key=lambda line: -line.baseline) for page in pages]


def _reading_order(lines: list[_Line]) -> list[_Line]:
    """Top to bottom; on a page set in columns, the lines across the top first, then each column in turn."""
    gutter = _gutter(lines)
    lines = sorted(lines, key=lambda line: -line.baseline)
    if gutter is None:
        _set_column(lines, 0)
        return lines
    left = [line for line in lines if line.right <= gutter]
    right = [line for line in lines if line.left >= gutter]
    across = [line for line in lines if line.left < gutter < line.right]
    top = max(line.baseline for line in left + right)
    _set_column(left, 0)
    _set_column(right, 1)
    _set_column(across, 2)
    above = [line for line in across if line.baseline > top]
    below = [line for line in across if line.baseline <= top]
    return above + left + right + below


def _gutter(lines: list[_Line]) -> float | None:
    """An x that no line crosses, with several lines either side: the page is set in two columns."""
    if len(lines) < 6:
        return None
    low, high = min(line.left for line in lines), max(line.right for line in lines)
    width = high - low
    best: tuple[int, float] | None = None
    for step in range(30, 71):
        x = low + width * step / 100
        crossing = sum(line.left < x < line.right for line in lines)
        sides = sum(line.right <= x for line in lines), sum(line.left >= x for line in lines)
        if min(sides) >= 3 and crossing <= 0.15 * len(lines) and (best is None or crossing < best[0]):
            best = (crossing, x)
    return best[1] if best else None


def _set_column(lines: list[_Line], column: int) -> None:
    if not lines:
        return
    left = sorted(line.left for line in lines)[len(lines) // 10]
    right = sorted(line.right for line in lines)[len(lines) * 9 // 10]
    for line in lines:
        line.column, line.column_left, line.column_right = column, left, right


def _blocks(lines: list[_Line], outline: list[tuple[int, str, int]], body: float) -> list[Block]:
    """Headings (from the outline, else from their size) and paragraphs rebuilt from the lines."""
    headings = _outline_headings(lines, outline) if outline else _large_headings(lines, body)
    pitch = _line_pitch(lines)
    blocks: list[Block] = []
    paragraph, previous, group = "", None, None
    for line in lines:
        if id(line) in headings:
            level, line_group = headings[id(line)]
            if paragraph:
                blocks.append((0, paragraph))
            if line_group == group:
                blocks[-1] = (level, f"{blocks[-1][1]} {line.text}")
            else:
                blocks.append((level, line.text))
            paragraph, previous, group = "", None, line_group
            continue
        group = None
        if previous is None or _starts_paragraph(previous, line, pitch):
            if paragraph:
                blocks.append((0, paragraph))
            paragraph = line.text
        else:
            paragraph = _joined(paragraph, line.text, _line_break(previous))
        previous = line
    if paragraph:
        blocks.append((0, paragraph))
    return [(level, _NOTE_MARK.sub("", text)) for level, text in blocks]


def _body_size(lines: list[_Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[_rounded(line.size)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _rounded(size: float) -> float:
    return round(size * 2) / 2


def _large_headings(lines: list[_Line], body: float) -> dict[int, tuple[int, int]]:
    """Lines set larger than the body text: level by size (the largest is 1); a run of lines in one size is one
    heading."""
    large = [n for n, line in enumerate(lines) if line.size >= body * _HEADING_RATIO and len(line.text) < 200]
    sizes = sorted({_rounded(lines[n].size) for n in large}, reverse=True)
    headings: dict[int, tuple[int, int]] = {}
    for n in large:
        size = _rounded(lines[n].size)
        continues = n - 1 in large and _rounded(lines[n - 1].size) == size and lines[n - 1].page == lines[n].page
        group = headings[id(lines[n - 1])][1] if continues else n
        headings[id(lines[n])] = (sizes.index(size) + 1, group)
    return headings


def _outline_headings(lines: list[_Line], outline: list[tuple[int, str, int]]) -> dict[int, tuple[int, int]]:
    """The lines each bookmark's title is printed on, at the bookmark's level. Titles are matched without spaces:
    some PDF makers drop the space where a heading wraps."""
    headings: dict[int, tuple[int, int]] = {}
    position = 0
    for group, (level, title, page) in enumerate(outline):
        key = "".join(title.split()).lower()
        for n in range(position, len(lines)):
            if lines[n].page != page:
                continue
            end = _title_run(lines, n, key)
            if end:
                headings.update({id(line): (level, group) for line in lines[n:end]})
                position = end
                break
    return headings


def _title_run(lines: list[_Line], start: int, key: str) -> int:
    """The end of the run of lines from `start` whose text, spaces aside, is `key`; 0 when there is none."""
    text = ""
    for n in range(start, len(lines)):
        text += "".join(lines[n].text.split()).lower()
        if text == key:
            return n + 1
        if not key.startswith(text):
            return 0
    return 0


def _line_pitch(lines: list[_Line]) -> float:
    gaps = [
        a.baseline - b.baseline
        for a, b in itertools.pairwise(lines)
        if a.page == b.page and a.column == b.column and a.baseline > b.baseline
    ]
    return statistics.median(gaps) if gaps else 0.0


def _starts_paragraph(previous: _Line, line: _Line, pitch: float) -> bool:
    indent = line.left - line.column_left > 0.8 * line.size
    ends_sentence = previous.text.endswith(_SENTENCE_END)
    short = previous.right < previous.column_right - 2 * previous.size
    if previous.page != line.page or previous.column != line.column:
        return indent or (short and ends_sentence)
    gap = previous.baseline - line.baseline
    return gap > 1.5 * pitch or indent or (short and ends_sentence and _width_share(previous) < 0.75)


def _width_share(line: _Line) -> float:
    width = line.column_right - line.column_left
    return (line.right - line.column_left) / width if width > 0 else 1.0


def _line_break(previous: _Line) -> str:
    """A short line that ends no sentence is a verse line: its break is kept."""
    return "\n" if _width_share(previous) < 0.6 and not previous.text.endswith(_SENTENCE_END) else " "


def _joined(paragraph: str, text: str, separator: str) -> str:
    if paragraph.endswith(_SOFT_HYPHENS):
        return paragraph[:-1] + text
    hyphen = paragraph.endswith("-") and paragraph[-2:-1].isalpha()  # not a dash after a space
    if hyphen and text[:1].islower():
        return _dehyphenated(paragraph[:-1], text)
    if hyphen:
        return paragraph + text
    return paragraph + separator + text


def _dehyphenated(before: str, after: str) -> str:
    """A word broken at a line's end with a hyphen: joined when the Kazakh dictionary knows the whole word (or there
    is no dictionary), else the hyphen is the word's own (өтініш-сұранысы, Rail-news)."""
    left, right = re.search(r"(\w+)$", before), re.match(r"(\w+)", after)
    dictionary = kazakh_dictionary()
    if left and right and dictionary is not None and not dictionary.lookup(left.group(1) + right.group(1)):
        return before + "-" + after
    return before + after
