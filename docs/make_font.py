"""Makes the reader's font, `tts_edition/reader/fonts/EditionSerif-{Regular,Bold}.woff`, from Noto Serif and Noto Naskh
Arabic (SIL Open Font License 1.1, Debian's fonts-noto-core 20201225-1; OFL.txt beside the fonts is their licence).

    apt-get download fonts-noto-core && dpkg -x fonts-noto-core_*.deb noto
    python docs/make_font.py noto/usr/share/fonts/truetype/noto

Each weight keeps the letters Kazakh is written with in Cyrillic, Latin (every alphabet since 2017, the informal
spellings, IPA-style ə ɵ) and Arabic script, Russian and English, with their punctuation: Noto Serif's Latin and
Cyrillic, then Noto Naskh Arabic's Arabic, merged into one font (both have 1000 units per em), so a paragraph in any
of these scripts is drawn by one font. Hinting is left out (browsers draw web fonts unhinted). The build subsets it
further to the characters each edition uses (tts_edition/reader/font.py).
"""

import io
import sys
from pathlib import Path

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

FAMILY = "Edition Serif"
LATIN_CYRILLIC = [
    *range(0x0020, 0x0370),  # Basic Latin to Latin Extended-B, IPA (ə ɵ), modifier letters (ʼ), combining marks
    *range(0x0400, 0x0530),  # Cyrillic and its supplement
    *range(0x2000, 0x2150),  # punctuation, super- and subscripts, currency (₸), letterlike symbols (№)
    0x25CC,  # the dotted circle a shaper draws under a mark without a letter
]
ARABIC = [*range(0x0600, 0x0700), *range(0x0750, 0x0780), *range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]
TARGET = Path(__file__).parents[1] / "tts_edition" / "reader" / "fonts"


def trimmed(path: Path, codepoints: list[int]) -> io.BytesIO:
    options = subset.Options()
    options.hinting = False
    options.name_IDs = [0, 13, 14]  # the copyright and the licence stay with the font
    options.notdef_outline = True
    font = TTFont(path)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    data = io.BytesIO()
    font.save(data)
    data.seek(0)
    return data


def make(noto: Path, weight: str) -> Path:
    serif = trimmed(noto / f"NotoSerif-{weight}.ttf", LATIN_CYRILLIC)
    naskh = trimmed(noto / f"NotoNaskhArabic-{weight}.ttf", ARABIC)
    font = Merger().merge([serif, naskh])  # the first font's glyph wins where both have a character
    names = font["name"]
    sources = ("Serif", "NaskhArabic")
    copyright_notices = [TTFont(noto / f"Noto{n}-{weight}.ttf")["name"].getDebugName(0) for n in sources]
    names.setName(f"{' '.join(copyright_notices)} Made from Noto Serif and Noto Naskh Arabic.", 0, 3, 1, 0x409)
    for name_id, value in {1: FAMILY, 2: weight, 3: f"{FAMILY} {weight}", 4: f"{FAMILY} {weight}",
                           6: f"{FAMILY.replace(' ', '')}-{weight}"}.items():  # fmt: skip
        names.setName(value, name_id, 3, 1, 0x409)
    target = TARGET / f"{FAMILY.replace(' ', '')}-{weight}.woff"
    font.flavor = "woff"  # half the size in the repository; the build unpacks it before subsetting
    font.save(target)
    return target


if __name__ == "__main__":
    for weight in ("Regular", "Bold"):
        made = make(Path(sys.argv[1]), weight)
        print(made, made.stat().st_size)
