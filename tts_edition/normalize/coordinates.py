"""Geographic coordinates: 43°15′30″ с. е., 76°57′ ш. б., 43.2567° с. е. (Kazakh), 50°с.ш., 23° з.д. (Russian) and
54°53′N 69°10′E (an infobox's English letters, read in the sentence's language).

One pattern finds degrees with minutes, seconds or a hemisphere after them; the Kazakh rule reads them here, the
Russian one (`russian`) with Russian words. A bare 5° is no coordinate: the number rule reads it as a temperature.
Scraped and translated pages write the marks every way: a degree as º or ˚, a minute as ' ʹ ’ ´, a second as " ʺ ”
or two apostrophes, spaces around them (43 ° 8′34.231 ″), the parts out of order (83 ° 08 ″ 41′N: each part is read
by its own mark), the hemisphere clipped to any first letters of its words (с. ен., ш. бойл., солт. е.) or its
English letter in the Cyrillic look-alike (Н.).
"""

from __future__ import annotations

import re

from tts_edition.normalize.numbers import number_of

# The hemisphere by the initials of its two words, Kazakh (солтүстік ендік) and Russian (северной широты).
HEMISPHERES = {
    "се": "солтүстік ендік", "ое": "оңтүстік ендік", "шб": "шығыс бойлық", "бб": "батыс бойлық",
    "сш": "северной широты", "юш": "южной широты", "вд": "восточной долготы", "зд": "западной долготы",
}  # fmt: skip
# The English letter of a hemisphere, by the language that reads it: its key in HEMISPHERES.
LATIN_HEMISPHERES = {
    "kk": {"N": "се", "S": "ое", "E": "шб", "W": "бб"},
    "ru": {"N": "сш", "S": "юш", "E": "вд", "W": "зд"},
}
# A Cyrillic letter typed for the English one it looks like.
_LOOK_ALIKES = str.maketrans("НЕ", "NE")
# Each mark by the one it stands for: degree °, minute ′, second ″.
MARKS = {"°": "°", "º": "°", "˚": "°", "′": "′", "'": "′", "ʹ": "′", "’": "′", "´": "′",
         "″": "″", '"': "″", "ʺ": "″", "”": "″", "''": "″"}  # fmt: skip
_PART = r"\d{1,3}(?:[.,]\d+)?"
_ARC = r"(?:''|[″\"ʺ”]|[′'ʹ’´](?!'))"  # a minute's or a second's mark; two apostrophes are a second's
_CLIP = "[а-яәғқңөұүһі]{0,5}"  # the rest of a hemisphere's clipped word
COORDINATE = re.compile(
    rf"""(?<![\d.,])(?P<deg>{_PART})\s?[°º˚]\s?
    (?:(?P<p1>{_PART})\s?(?P<m1>{_ARC})\s?(?:(?P<p2>{_PART})\s?(?P<m2>{_ARC})\s?)?)?
    (?P<hemi>(?P<h1>[сошбюзв]{_CLIP})\.\s?(?P<h2>[ебшд]{_CLIP})(?:\.|(?!\w))
    |(?P<latin>[NSEWНЕ])(?:\.(?=\s|$)|(?![A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі])))?""",
    re.X,
)
_UNIT_WORDS = {"°": "градус", "′": "минут", "″": "секунд"}


def parts(match: re.Match[str]) -> list[tuple[str, str]]:
    """The numbers with the mark each stands for, in the order written: [('43', '°'), ('15', '′')]."""
    found = [(match["deg"], "°")]
    found += [(match[f"p{i}"], MARKS[match[f"m{i}"]]) for i in (1, 2) if match[f"p{i}"]]
    return found


def _hemisphere_key(match: re.Match[str], language: str = "kk") -> str | None:
    """The hemisphere's key in HEMISPHERES, or None where the letters name none (с. бастап)."""
    if match["latin"]:
        return LATIN_HEMISPHERES[language][match["latin"].translate(_LOOK_ALIKES)]
    key = match["h1"][0] + match["h2"][0]
    words = HEMISPHERES.get(key, "").split()
    clipped = bool(words) and words[0].startswith(match["h1"]) and words[1].startswith(match["h2"])
    return key if clipped else None


def is_coordinate(match: re.Match[str]) -> bool:
    """Minutes, seconds or a hemisphere make degrees a coordinate; the hemisphere's letters must name one."""
    if match["hemi"]:
        return _hemisphere_key(match) is not None
    return match["p1"] is not None


def hemisphere(match: re.Match[str], language: str = "kk") -> str:
    """The hemisphere in words, with the full stop its abbreviation shared with the end of a sentence."""
    if not match["hemi"]:
        return ""
    words = HEMISPHERES[_hemisphere_key(match, language) or ""]
    rest = match.string[match.end() :]
    ends_sentence = match["hemi"].endswith(".") and (not rest.strip() or re.match(r"\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«]", rest))
    return " " + words + ("." if ends_sentence else "")


def speak_coordinate(match: re.Match[str]) -> str:
    """43°26′02″ с. е. → қырық үш градус жиырма алты минут екі секунд солтүстік ендік."""
    if not is_coordinate(match):
        return match.group()
    words = " ".join(f"{number_of(number)} {_UNIT_WORDS[mark]}" for number, mark in parts(match))
    return words + hemisphere(match) + (" " if match.group()[-1].isspace() else "")


# A hemisphere's English letter run onto the word after it, where a scraped infobox lost the space (69.167 °
# EКоординаттар): parted from the word before the look-alike rule would read it as a Cyrillic letter of that word.
GLUED_HEMISPHERE = re.compile(r"(?:(?<=[°′″]\s)|(?<=[°′″]))(?P<h>[NSEW])(?=[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі])")


def part_glued_hemisphere(match: re.Match[str]) -> str:
    return match["h"] + " "
