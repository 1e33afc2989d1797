"""Web articles (.html files and pages fetched from a URL): trafilatura finds the main text and leaves out navigation,
ads, related links and comments; the headline is the title, the byline and date go into the metadata, headings in
the article are sections. A page with no Kazakh in it is refused."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from tts_edition.document import ChapterText
from tts_edition.errors import EditionError
from tts_edition.ingest.outline import Block, chapters_from_blocks
from tts_edition.script.detect import looks_kazakh

_BLOCKS = {"p", "head", "item", "quote"}


def read(path: Path) -> tuple[dict[str, str], list[ChapterText]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EditionError(f"{path}: cannot read ({exc.strerror})") from None
    return parse(data, str(path))


def parse(page: bytes, source: str, url: str | None = None) -> tuple[dict[str, str], list[ChapterText]]:
    """The article in a page's HTML; `source` names the page in messages."""
    import trafilatura

    extracted = trafilatura.extract(
        page, url=url, output_format="xml", with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, include_formatting=False,
    )  # fmt: skip
    if not extracted:
        raise EditionError(f"{source}: no article text found in the page")
    doc = ElementTree.fromstring(extracted)
    blocks = _blocks(doc.find("main"))
    if not looks_kazakh(" ".join(text for _, text in blocks)):
        raise EditionError(f"{source}: the article is not in Kazakh (no Kazakh letters or words in its text)")
    headline = " ".join((doc.get("title") or "").split())
    title, chapters = chapters_from_blocks([(1, headline), *blocks] if headline else blocks)
    meta = {"title": headline or title, "author": doc.get("author") or "", "date": doc.get("date") or ""}
    return {key: " ".join(value.split()) for key, value in meta.items() if value}, chapters


def _blocks(main: ElementTree.Element | None) -> list[Block]:
    """Paragraphs, list items and quotes in order; a heading inside the article (h2, h3…) is a level 2 heading or
    deeper; a line break (<br>) inside a paragraph is kept."""
    blocks: list[Block] = []
    for element in main.iter() if main is not None else []:
        if element.tag not in _BLOCKS or element.find("p") is not None:
            continue
        text = _text(element)
        if not text.strip():
            continue
        rend = element.get("rend", "")
        level = int(rend[1]) if element.tag == "head" and rend[:1] == "h" and rend[1:].isdigit() else 0
        blocks.append((max(level, 2) if element.tag == "head" else 0, text))
    return blocks


def _text(element: ElementTree.Element) -> str:
    parts = [element.text or ""]
    for child in element:
        parts += ["\n" if child.tag == "lb" else _text(child), child.tail or ""]
    return "".join(parts)
