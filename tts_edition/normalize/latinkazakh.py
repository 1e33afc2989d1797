"""Kazakh text written wholly in a Latin alphabet, turned word by word into the Cyrillic it spells.

Sites publish their Kazakh in the 2018 alphabet with acutes (á, ǵ, ń, ó, ú, ý; ı for и and й, y for ы, sh, ch), in
the one with breves and cedillas (ä, ğ, ñ, ö, ü, ş; ı for ы, y for й, w for ұ: qazaqtimes.com/lt) and in others;
the letters are converted by the document converter (`tts_edition.script.latin`), in the alphabet whose reading the
lexicon knows most words of. Once its words are Cyrillic, the rules read such a text's numbers, dates, ordinals, case
suffixes and initialisms as they read any Kazakh (2018 jyldyń 1 qańtarynda → екі мың он сегізінші жылдың бірінші
қаңтарында; 59-dy → елу тоғызды; QR → ҚР, JŞS → ЖШС). A text is taken for Latin Kazakh when its Latin letters
outnumber its Cyrillic ones and half of its Latin words, two at least, are Kazakh (a mark only a Kazakh Latin
alphabet has, q, ǵ, ñ…, or a word the Kazakh dictionary knows), two thirds where none carries such a mark
(`alphabet`); its English words (a quoted company name in capitals), web addresses and Roman numerals are left to
the rules that read them. A site that leaves Cyrillic look-alike letters in its Latin words (Маńǵystаý, коrоnаvirýstyq)
is read as if it had typed the Latin ones (`latin.latin_twins`), its kept і telling its own i for и and й.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tts_edition.normalize.capitals import known_stem
from tts_edition.script import latin
from tts_edition.script.detect import latin_variant
from tts_edition.script.latin import KAZAKH_MARK, convert_word
from tts_edition.script.lexicon import load_lexicon

# A Latin word, with apostrophes inside (the 2017 alphabet's a', g'); not the Latin part of a mixed word, but a Latin
# word with Cyrillic look-alike letters left in it (Маńǵystаý).
WORD = re.compile(r"(?<![\w'’])[A-Za-zÀ-ÖØ-öø-ɏ]+(?:['’][A-Za-zÀ-ÖØ-öø-ɏ]+)*(?![\w'’])|" + latin.TWINNED_WORD.pattern)
_KAZAKH_ONLY = re.compile(r"[qQ](?![uU])|[áäǵńñóúśýwÁÄǴŃÑÓÚŚÝW]")  # marks Turkish does not write
_ROMAN = re.compile(r"[IVXLCDM]+")
_FEWEST_WORDS = 3  # Latin words a Latin Kazakh text holds at least; two of them Kazakh at least
_SHARE, _SHARE_UNMARKED = 1 / 2, 2 / 3  # of its Latin words Kazakh, with and without a mark only Kazakh writes
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.I)
_LATIN = re.compile(r"[a-zà-ɏ]", re.I)


@lru_cache(maxsize=8)
def alphabet(text: str) -> str | None:
    """The Latin alphabet `text` writes its Kazakh in, or None when it is no Latin Kazakh text: its Latin letters
    outnumber its Cyrillic ones, it holds three Latin words at least and a Kazakh Latin mark, and its Kazakh words
    (with a mark Turkish does not write, q, ǵ, ñ, w…, or spelling a word the Kazakh dictionary knows), two at least,
    are half its Latin words, or two thirds without such a mark. Not a Turkish name (Erdoğan, «Türk Edebiyatı İsimler
    Sözlüğü»), nor a Kazakh Latin name in Cyrillic text: other rules read those."""
    text = latin.latin_twins(text)
    if len(_LATIN.findall(text)) <= len(_CYRILLIC.findall(text)) or not KAZAKH_MARK.search(text):
        return None
    words = [m.group() for m in WORD.finditer(text) if not _in_address(text, *m.span())]
    if len(words) < _FEWEST_WORDS:
        return None
    variant = latin.likeliest_variant(text, latin_variant(text))
    marked = [bool(_KAZAKH_ONLY.search(w)) for w in words]
    kazakh = sum(
        m or (len(w) > 1 and bool(known_stem(convert_word(w, variant)))) for w, m in zip(words, marked, strict=True)
    )
    share = _SHARE if any(marked) else _SHARE_UNMARKED
    return variant if kazakh >= _FEWEST_WORDS - 1 and kazakh >= share * len(words) else None


def read_word(match: re.Match[str]) -> str:
    """A word of a Latin Kazakh text in Cyrillic; the word as written when the text is not one, or the word is no
    Kazakh (an English word the Kazakh dictionary does not know, a Roman numeral, part of a web address)."""
    word, text = match.group(), match.string
    if (variant := alphabet(text)) is None or _in_address(text, *match.span()):
        return word
    if (latin_text := latin.latin_twins(text)) != text:  # letter for letter: the word is where it was
        match = WORD.match(latin_text, match.start()) or match
    if _ROMAN.fullmatch(match.group()):
        return word
    spoken = latin.read_word(match, variant, load_lexicon().choose)
    return word if spoken == match.group() else spoken


def _in_address(text: str, start: int, end: int) -> bool:
    """Uchet.kz, HALYQLINE.KZ, info@…, a part of a path: an address part the web rule reads (not an initial, N.Á.)."""
    before, after = text[start - 1 : start] if start else "", text[end : end + 2]
    if "@" in (before, after[:1]) or "/" in (before, after[:1]):
        return True
    dotted = (after[:1] == "." and after[1:].isalpha()) or (before == "." and text[start - 2 : start - 1].isalpha())
    return dotted and end - start > 1
