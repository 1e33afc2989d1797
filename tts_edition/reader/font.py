"""The reader's font, Edition Serif: Noto Serif's Latin and Cyrillic and Noto Naskh Arabic's Arabic merged into one
font (SIL Open Font License 1.1, `fonts/OFL.txt`; made by docs/make_font.py), so that Kazakh in any of its scripts is
drawn by one font on every device, whatever fonts the device has. A page carries it inline, cut down (HarfBuzz's
subsetter) to the characters the page shows in each weight, as WOFF: WOFF2 would be a fifth smaller (7.6 KB instead
of 9.8 KB for the sample article's regular weight) but its Brotli compression takes 0.2–0.5 s a weight, WOFF's 15 ms.
The whole font is kept as WOFF too (138 KB a weight instead of 278 KB), unpacked once per process in 15 ms. Nothing
in the subset depends on the time it was made (the `head` table keeps the font's own date), so a build's page is the
same bytes every time.
"""

from __future__ import annotations

import base64
import io
from functools import lru_cache
from importlib.resources import files

FAMILY = "Edition Serif"
_FILES = {400: "EditionSerif-Regular.woff", 700: "EditionSerif-Bold.woff"}
_NAMES_KEPT = (0, 1, 2, 3, 4, 6, 13, 14)  # copyright, the font's names, and its licence and where to read it


def font_faces(regular: str, bold: str) -> str:
    """CSS `@font-face` rules for the family: the regular weight with the characters of `regular`, the bold with
    those of `bold` (a weight with no characters is left out)."""
    wanted = ((400, regular), (700, bold))
    return "".join(_face(weight, "".join(sorted(set(text)))) for weight, text in wanted if text.strip())


@lru_cache(maxsize=64)  # `serve` makes a library's page on every visit: its titles rarely change
def _face(weight: int, characters: str) -> str:
    data = base64.b64encode(subset_woff(weight, characters)).decode("ascii")
    return (
        f'@font-face {{ font-family: "{FAMILY}"; font-weight: {weight}; font-display: swap;'
        f' src: url(data:font/woff;base64,{data}) format("woff"); }}\n'
    )


def subset_woff(weight: int, characters: str) -> bytes:
    """The font of `weight` (400 or 700) with only what drawing `characters` takes, as WOFF."""
    import uharfbuzz  # a quarter of a second to import: only for the commands that write a page

    wanted = uharfbuzz.SubsetInput()
    wanted.unicode_set.update(ord(c) for c in characters)
    wanted.name_id_set.update(_NAMES_KEPT)
    subset = uharfbuzz.subset(uharfbuzz.Face(uharfbuzz.Blob(_font(weight))), wanted)
    return _saved(subset.blob.data, "woff")


@lru_cache(maxsize=2)
def _font(weight: int) -> bytes:
    """The whole font of `weight` as an OpenType file (HarfBuzz reads no WOFF)."""
    return _saved(files(__package__).joinpath("fonts", _FILES[weight]).read_bytes(), None)


def _saved(font_file: bytes, flavor: str | None) -> bytes:
    """The font in `font_file` written as `flavor` (WOFF, or None for OpenType), its date left as it was."""
    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(font_file), recalcTimestamp=False)
    font.flavor = flavor
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()
