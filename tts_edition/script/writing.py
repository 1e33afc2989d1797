"""How text in each script is marked up for display: its BCP 47 language tag, its direction and its fonts."""

from __future__ import annotations

from dataclasses import dataclass

from tts_edition.script.detect import ARABIC, LATIN, paragraph_script

_SUBTAGS = {LATIN: "Latn", ARABIC: "Arab"}  # Kazakh without a subtag is Cyrillic
RLM = "\u200f"  # RIGHT-TO-LEFT MARK: makes the paragraph it starts right to left
# Fonts with the Kazakh Arabic-script letters (ۇ ۆ ۋ ە ى ٴ ڭ), then common system fonts that have them.
ARABIC_FONTS = (
    '"Noto Naskh Arabic", "Noto Sans Arabic", "Scheherazade New", "Amiri", "Geeza Pro", "Segoe UI", Arial,'
    ' "DejaVu Sans", sans-serif'
)


@dataclass(frozen=True)
class Writing:
    """A language in one script: `lang` is its BCP 47 tag, `dir` its HTML direction."""

    lang: str
    dir: str

    def attributes(self, xml: bool = False) -> str:
        """` lang="…" dir="…"` (and `xml:lang` for XHTML), with a leading space."""
        xml_lang = f' xml:lang="{self.lang}"' if xml else ""
        return f' lang="{self.lang}"{xml_lang} dir="{self.dir}"'

    def differs(self, other: Writing, xml: bool = False) -> str:
        """This writing's attributes where it differs from `other` (the writing around it), else nothing."""
        return "" if self == other else self.attributes(xml)


def writing(language: str, script: str) -> Writing:
    subtag = _SUBTAGS.get(script)
    return Writing(f"{language}-{subtag}" if subtag else language, "rtl" if script == ARABIC else "ltr")


def arabic_css(language: str, first: str = "") -> str:
    """A CSS rule giving text in `language` written in the Arabic script (by its `lang`) fonts that have its letters,
    after the font `first` where one is given (a font of the page's own)."""
    fonts = f'"{first}", {ARABIC_FONTS}' if first else ARABIC_FONTS
    return f":lang({writing(language, ARABIC).lang}) {{ font-family: {fonts}; }}\n"


def text_writing(language: str, text: str, default_script: str) -> Writing:
    """The writing of `text`, by its letters; `default_script` when it has none."""
    return writing(language, paragraph_script(text) or default_script)


def text_attributes(language: str, script: str, text: str, xml: bool = False) -> str:
    """`lang` and `dir` attributes for `text` inside a document written in `script`, where the text is in another
    script (an Arabic-script quote in a Cyrillic book); nothing where it is not."""
    return text_writing(language, text, script).differs(writing(language, script), xml)


def is_right_to_left(text: str) -> bool:
    return paragraph_script(text) == ARABIC
