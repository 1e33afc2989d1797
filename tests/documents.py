"""Real Kazakh text for the reader tests, and real files made from it with the tools people make them with."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).parent / "normalisation" / "corpus"
CHROMIUM = "/usr/bin/chromium"  # Debian package, installed by `make test`; Playwright downloads no browser
# Passages of the corpus with a headline line and three or more paragraphs: each becomes a chapter.
BOOK = ("08info-kz-7-altyn-auyr-atletika", "kaz-inform-kz-qysqy-turizm-shymbulaq", "el-kz-abay-oblysy-turgyn-uy")
# Abai, «Қыс» (1888), the first eight lines, from https://qazyr.kz/?p=30989 (public domain).
VERSE = (
    "Ақ киімді, денелі, ақ сақалды,\nСоқыр, мылқау, танымас тірі жанды.\nҮсті-басы ақ қырау, түсі суық,\n"
    "Басқан жері сықырлап, келіп қалды.\nДем алысы — үскірік, аяз бен қар,\nКәрі құдаң — қыс келіп, әлек салды.\n"
    "Ұшпадай бөркін киген оқшырайтып,\nАязбенен қызарып ажарланды."
)


@dataclass
class Passage:
    source: str
    headline: str
    paragraphs: list[str]


def passage(name: str) -> Passage:
    """A corpus passage: `# source: URL`, its headline, then a paragraph a line."""
    first, *rest = (CORPUS / f"{name}.txt").read_text("utf-8").split("\n")
    lines = [line.strip() for line in rest if line.strip()]
    return Passage(first.removeprefix("# source:").strip(), lines[0], lines[1:])


def book() -> list[Passage]:
    return [passage(name) for name in BOOK]


def book_html(columns: int = 1, soft_hyphens: bool = False) -> str:
    """The book as a printable page: the title, a chapter (h1) per passage with a section heading (h2) inside."""
    style = (
        "@page { size: A4; margin: 25mm 20mm; } body { font: 11pt/1.45 'DejaVu Serif'; text-align: justify; }"
        f" main {{ column-count: {columns}; column-gap: 10mm; }} h1 {{ font-size: 20pt; break-before: page; }}"
        " h1, h2 { text-align: left; } h2 { font-size: 14pt; } p { margin: 0 0 0.6em; text-indent: 1.5em; }"
    )
    parts = []
    chapters = book()
    for chapter in chapters:
        middle = len(chapter.paragraphs) // 2
        parts.append(f"<h1>{html.escape(chapter.headline)}</h1>")
        parts += [f"<p>{_text(p, soft_hyphens)}</p>" for p in chapter.paragraphs[:middle]]
        parts.append("<h2>Толығырақ</h2>")
        parts += [f"<p>{_text(p, soft_hyphens)}</p>" for p in chapter.paragraphs[middle:]]
    return (
        f'<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>Жаңалықтар жинағы</title>'
        f"<style>{style}</style></head><body><main>{''.join(parts)}</main></body></html>"
    )


def _text(paragraph: str, soft_hyphens: bool) -> str:
    """Soft hyphens between the syllables of long words let Chromium hyphenate at line ends."""
    escaped = html.escape(paragraph)
    if not soft_hyphens:
        return escaped
    words = [w[:4] + "\u00ad" + w[4:] if len(w) > 9 and w.isalpha() else w for w in escaped.split(" ")]
    return " ".join(words)


def print_pdf(page_html: str, out: Path, running_head: str = "", outline: bool = True) -> Path:
    """Headless Chromium prints the page, with a running head and page numbers in the margins."""
    from playwright.sync_api import sync_playwright

    head = f'<div style="font-size:8pt;width:100%;text-align:center">{html.escape(running_head)}</div>'
    foot = '<div style="font-size:8pt;width:100%;text-align:center"><span class="pageNumber"></span></div>'
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page()
        page.set_content(page_html)
        page.pdf(
            path=str(out), format="A4", display_header_footer=True, header_template=head, footer_template=foot,
            margin={"top": "25mm", "bottom": "25mm", "left": "20mm", "right": "20mm"}, outline=outline, tagged=outline,
        )  # fmt: skip
        browser.close()
    return out


FOOTNOTE = "Дерек көзі: 08info.kz сайты."


def make_docx(out: Path, verse: bool = True, footnote: bool = True, table: bool = True) -> Path:
    """A Word document as python-docx writes one: properties, Heading 1 chapters with a Heading 2 section each, a
    footnote on the first paragraph, a table, a poem whose lines are line breaks inside one paragraph, and a page
    number in the footer."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.core_properties.title = "Жаңалықтар жинағы"
    document.core_properties.author = "Редакция"
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Жаңалықтар жинағы · "
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    chapters = book()
    for chapter in chapters:
        middle = len(chapter.paragraphs) // 2
        document.add_heading(chapter.headline, level=1)
        for paragraph in chapter.paragraphs[:middle]:
            written = document.add_paragraph(paragraph)
            if footnote and chapter is chapters[0] and paragraph is chapter.paragraphs[0]:
                _add_footnote(document, written, FOOTNOTE)
        document.add_heading("Толығырақ", level=2)
        for paragraph in chapter.paragraphs[middle:]:
            document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=2, cols=2)
        grid.cell(0, 0).text, grid.cell(0, 1).text = "Кесте басы", "Мән"
    if verse:
        document.add_heading("Абай. Қыс", level=1)
        poem = document.add_paragraph()
        for n, line in enumerate(VERSE.split("\n")):
            if n:
                poem.add_run().add_break()
            poem.add_run(line)
    document.save(str(out))
    return out


def _add_footnote(document: object, paragraph: object, text: str) -> None:
    """python-docx writes no footnotes: the footnotes part is added as Word writes it."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    notes = (
        f"<w:footnotes {nsdecls('w')}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/>'
        '</w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="20"/></w:rPr>'
        f'<w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote></w:footnotes>'
    )
    kind = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    part = Part(PackURI("/word/footnotes.xml"), kind, notes.encode(), document.part.package)  # type: ignore[attr-defined]
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)  # type: ignore[attr-defined]
    reference = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/>'
    paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}>{reference}</w:r>"))  # type: ignore[attr-defined]
