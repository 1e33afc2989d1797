"""Headings with levels → chapters, the same for every reader: the top level that repeats is the chapter level, a
lone top heading that opens the input is the book's title, and deeper headings are sections: spoken as paragraphs
of their chapter, shown as headings."""

from __future__ import annotations

from tts_edition.document import ChapterText, group_chapters

# A block of a document: its heading level (1 is the top) or 0 for a paragraph, and its text.
Block = tuple[int, str]


def chapters_from_blocks(blocks: list[Block]) -> tuple[str, list[ChapterText]]:
    """The book title the headings give (or "") and the chapters."""
    chapter_level = _chapter_level([level for level, _ in blocks if level])
    title = ""
    chapter_blocks: list[tuple[int, str]] = []
    for level, content in blocks:
        if level and level < chapter_level:
            title = title or content
        else:
            chapter_blocks.append((level and 1 + level - chapter_level, content))
    return title, group_chapters(chapter_blocks)


def _chapter_level(levels: list[int]) -> int:
    """The top heading level, or the next one down when the top one is a lone book title."""
    if not levels:
        return 0
    top = min(levels)
    deeper = [lv for lv in levels if lv > top]
    if levels.count(top) == 1 and deeper and levels[0] == top:
        return min(deeper)
    return top
