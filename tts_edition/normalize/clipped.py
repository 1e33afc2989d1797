"""Words clipped short with a hyphen before their ending (обл-ның, мемл-терден, т-зінің), said whole."""

from __future__ import annotations

import re

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize.morphology import KAZAKH_LOWER, KAZAKH_UPPER, attach, parse_suffixes

# A clipped word may also be cut with a hyphen that keeps its ending (Астана қ-сы, Ақмола обл-сы, Сайрам ауд-ны): the
# table's clipped word whose one-word expansion begins with the stem and ends with the ending. Or the hyphen is
# followed by the word's case and number endings, which go onto the expansion (мемл-терден → мемлекеттерден,
# технол-сын → технологиясын, 18 ғ-дың → ғасырдың); an expansion already possessed or inflected (облысы, жылы) takes
# none, and a one-letter stem is a clipped word only after its number (an initial takes endings too).
_DOTTED_CLIPPINGS = {a[:-1]: e for a, e in abbr.of_kind("dotted").items() if re.fullmatch(r"\w+\.", a)}
_CLIPPED_WORDS = _DOTTED_CLIPPINGS | abbr.of_kind("cut")
_CLIPPED_STEMS = "|".join(sorted(map(re.escape, _CLIPPED_WORDS), key=len, reverse=True))
HYPHEN_CUT = re.compile(rf"(?<![\w.-])(?P<stem>{_CLIPPED_STEMS})-(?P<end>\w{{2,7}})(?![\w-])")
_NUMBER_BEFORE = re.compile(r"(?:\d|н(?:шы|ші))\s?$")  # the number, or the ordinal an earlier rule made of it
_NAME_BEFORE = re.compile(rf"[{KAZAKH_UPPER}][\w-]*\s$")  # the name a clipped place word follows (Өскемен қ-нан)


def _possessed_case(spoken: str, end: str) -> bool:
    """An expansion with the 3rd-person possessive (облысы, станциясы) takes a case after its н, as the end written
    after the hyphen keeps it (обл-ның → облысының, ауд-ндағы → ауданындағы, ст-на → станциясына)."""
    return spoken[-1] in "ыі" and end.startswith("н") and parse_suffixes(end) is not None


def speak_hyphen_cut(match: re.Match[str]) -> str:
    entry, stem, end = _CLIPPED_WORDS[match["stem"]], match["stem"], match["end"]
    spoken = entry.spoken
    if " " in spoken or not spoken.startswith(stem):
        return match.group()
    if spoken.endswith(end):
        return spoken if len(spoken) > len(stem) + len(end) else match.group()
    counted = len(stem) > 1 or _NUMBER_BEFORE.search(match.string, 0, match.start()) is not None
    named = len(stem) > 1 or (entry.place and _NAME_BEFORE.search(match.string, 0, match.start()) is not None)
    if _possessed_case(spoken, end):
        return spoken + end if counted or named else match.group()
    if entry.place or spoken[-1] in "ыі" or not counted or parse_suffixes(end) is None:
        return match.group()
    return attach(spoken, end)


# A noun of geography an encyclopedia clips to its first letter or two, keeping the end of its inflected form after a
# hyphen (Каспий т-зі, т-зінің, Ертіс ө-ні): the one noun of these that begins with the head and, inflected with the
# suffix the written end leaves after the noun's own last letters, ends as written.
_CLIPPED_NOUNS = ("теңіз", "өзен", "көл", "тау", "жота", "шың", "қала", "облыс", "аудан", "ауыл", "шығанақ", "түбек")
NOUN_CUT = re.compile(rf"(?<![\w.-])(?P<head>[{KAZAKH_LOWER}]{{1,2}})-(?P<end>[{KAZAKH_LOWER}]{{2,6}})(?![\w-])")


def _uncut_noun(noun: str, head: str, end: str) -> str | None:
    """теңіз, т, зінің → теңізінің: the noun inflected so that it ends as written, or None."""
    if not noun.startswith(head) or len(noun) <= len(head):
        return None
    for kept in range(1, len(end)):  # the end keeps a letter of the noun: т-ға, а-ның are a letter's name inflected
        suffix = end[kept:]
        if noun.endswith(end[:kept]) and parse_suffixes(suffix) is not None:
            spoken = attach(noun, suffix)
            if spoken.endswith(end):
                return spoken
    return None


def speak_noun_cut(match: re.Match[str]) -> str:
    found = {f for noun in _CLIPPED_NOUNS if (f := _uncut_noun(noun, match["head"], match["end"]))}
    return found.pop() if len(found) == 1 else match.group()
