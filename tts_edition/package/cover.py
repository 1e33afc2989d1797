"""A cover image against a store's rules, read from the image's header as a store's upload form reads it."""

from __future__ import annotations

import io
from dataclasses import dataclass

from tts_edition.errors import EditionError
from tts_edition.package.profiles import CoverRule

MIN_DPI = 72


@dataclass(frozen=True)
class CoverProblem:
    required: bool
    text: str


@dataclass(frozen=True)
class Image:
    format: str  # "JPEG", "PNG"…
    width: int
    height: int
    mode: str  # "RGB", "CMYK", "L"…
    dpi: float | None

    def describe(self) -> str:
        return f"{self.format} {self.width}×{self.height} px, {self.mode}"


def inspect(data: bytes) -> Image:
    """The image's format, pixel size, colour mode and resolution, from its header."""
    from PIL import Image as Pillow
    from PIL import UnidentifiedImageError

    try:
        with Pillow.open(io.BytesIO(data)) as image:
            dpi = image.info.get("dpi")
            return Image(image.format or "?", image.width, image.height, image.mode, float(dpi[0]) if dpi else None)
    except (UnidentifiedImageError, OSError) as exc:
        raise EditionError(f"the cover is not an image this version can read ({exc})") from None


def problems(image: Image, rule: CoverRule) -> list[CoverProblem]:
    """What is wrong with the cover for this store, each in a few words."""
    found = []
    sides = rule.sides
    if not (sides.holds(image.width) and sides.holds(image.height)):
        found.append(CoverProblem(sides.required, f"is {image.width}×{image.height} px, each side must be "
                                                  f"{sides.describe('px')}"))  # fmt: skip
    if rule.square and image.width != image.height:
        found.append(CoverProblem(True, f"is {image.width}×{image.height} px, not square"))
    elif image.width != image.height:
        found.append(CoverProblem(False, f"is {image.width}×{image.height} px; a square is recommended"))
    if image.format not in rule.formats:
        found.append(CoverProblem(rule.formats_required, f"is {image.format}, not {' or '.join(rule.formats)}"))
    if image.mode not in ("RGB", "RGBA", "P"):
        found.append(CoverProblem(True, f"is {image.mode}, not RGB (24-bit colour)"))
    if image.dpi is not None and image.dpi < MIN_DPI:
        found.append(CoverProblem(False, f"says {image.dpi:g} dpi, under {MIN_DPI}"))
    return found
