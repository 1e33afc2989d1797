"""Geographic coordinates: 43°15′30″ с. е., 76°57′ ш. б., 43.2567° с. е. (Kazakh), 50°с.ш., 23° з.д. (Russian) and
54°53′N 69°10′E (an infobox's English letters, read in the sentence's language).

One pattern finds degrees with minutes, seconds or a hemisphere after them; the Kazakh rule reads them here, the
Russian one (`russian`) with Russian words. A bare 5° is no coordinate: the number rule reads it as a temperature.
"""

from __future__ import annotations

import re

from tts_edition.normalize.numbers import cardinal_of, decimal

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
_PART = r"\d{1,3}(?:[.,]\d+)?"
COORDINATE = re.compile(
    rf"""(?<![\d.,])(?P<deg>{_PART})\s?°\s?
    (?:(?P<min>{_PART})\s?[′']\s?)?(?:(?P<sec>{_PART})\s?[″"]\s?)?
    (?P<hemi>(?P<h1>[сошбюзв])\.\s?(?P<h2>[ебшд])(?:\.|(?!\w))|(?P<latin>[NSEW])(?![A-Za-z]))?""",
    re.X,
)


def is_coordinate(match: re.Match[str]) -> bool:
    """Minutes or a hemisphere make degrees a coordinate; the hemisphere's letters must name one."""
    hemisphere = match["hemi"] and (match["latin"] or (match["h1"] + match["h2"]) in HEMISPHERES)
    return bool(match["min"] or hemisphere) and (not match["hemi"] or bool(hemisphere))


def hemisphere(match: re.Match[str], language: str = "kk") -> str:
    """The hemisphere in words, with the full stop its abbreviation shared with the end of a sentence."""
    if not match["hemi"]:
        return ""
    if match["latin"]:
        return " " + HEMISPHERES[LATIN_HEMISPHERES[language][match["latin"]]]
    rest = match.string[match.end() :]
    ends_sentence = match["hemi"].endswith(".") and (not rest.strip() or re.match(r"\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«]", rest))
    return " " + HEMISPHERES[match["h1"] + match["h2"]] + ("." if ends_sentence else "")


def _kazakh_number(written: str) -> str:
    whole, _, fraction = written.replace(",", ".").partition(".")
    return decimal(whole, fraction) if fraction else cardinal_of(whole)


def speak_coordinate(match: re.Match[str]) -> str:
    """43°26′02″ с. е. → қырық үш градус жиырма алты минут екі секунд солтүстік ендік."""
    if not is_coordinate(match):
        return match.group()
    parts = [(match["deg"], "градус"), (match["min"], "минут"), (match["sec"], "секунд")]
    words = " ".join(f"{_kazakh_number(number)} {unit}" for number, unit in parts if number)
    return words + hemisphere(match) + (" " if match.group()[-1].isspace() else "")


# A hemisphere's English letter run onto the word after it, where a scraped infobox lost the space (69.167 °
# EКоординаттар): parted from the word before the look-alike rule would read it as a Cyrillic letter of that word.
GLUED_HEMISPHERE = re.compile(r"(?:(?<=[°′″]\s)|(?<=[°′″]))(?P<h>[NSEW])(?=[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі])")


def part_glued_hemisphere(match: re.Match[str]) -> str:
    return match["h"] + " "
