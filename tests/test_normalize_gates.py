import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tts_edition.normalize import russian
from tts_edition.normalize.gates import necessary_characters, opened
from tts_edition.normalize.rules import Rule
from tts_edition.normalize.rules import rules as kazakh_rules


def _may_match(pattern: str | re.Pattern[str], text: str) -> bool:
    """What the necessary characters say of a text: every test is passed by one of its characters."""
    compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    return all(any(test.match(char) for char in text) for test in necessary_characters(compiled))


@pytest.mark.parametrize(
    ("pattern", "text", "may_match"),
    [
        (r"[^\W\d_]\d", "Ақтөбе облысы", False),  # no digit
        (r"[^\W\d_]\d", "А4 қағаз", True),
        (r"(?<=№)\s?\d", "№", False),  # a lookbehind's character is not the match's
        (r"(?<=№)\s?\d", "5", True),
        (r"ab?c", "ac", True),  # an optional part is not needed
        (r"(?:тоб|дивизион)ы", "тобы", True),
        (r"(?:тоб|дивизион)ы", "ы", False),  # one branch's letters are needed
        (r"(?i)km", "\u212am", True),  # the Kelvin sign is a case-blind k
        (r"(?i:[а-я])\d", "Ж5", True),
        (r"[а-я]\d", "Ж5", False),
        (r"x*", "", True),  # matches nothing: nothing is needed
        (r"(?P<a>\d)-(?P=a)", "5-", True),  # a back reference needs what its group holds, checked by the search
        (r"(?P<a>\d)-(?P=a)", "а-б", False),
        (re.compile(r"[ ]x  \# a comment", re.X), "x#", False),  # read with its flags: the space is a class's
        (re.compile(r"a.b", re.S), "a\nb", True),
    ],
)
def test_a_text_lacking_a_necessary_character_cannot_hold_a_match(
    pattern: str | re.Pattern[str], text: str, may_match: bool
) -> None:
    assert _may_match(pattern, text) is may_match


PATTERNS = [rule.pattern for rule in kazakh_rules() + russian.rules()] + [
    rule.needs for rule in kazakh_rules() + russian.rules() if rule.needs
]
ALPHABET = "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘБҒДЕҚҢӨҰҮІЖЗXIVCLMKkWwhéǧ٣½0123456789 \n,.-–%№$₸:;/@«»()+°²§=&_"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(ALPHABET)), max_size=40))
@example("2025 жылы 12 қарашада ҚР Президенті 15% өсті.").via("a news sentence")
@example("www.gov.kz/12 ҚазАвтоЖол, 5 млн ₸, XV ғ. 1990–1995 жж.").via("addresses, initialisms, centuries")
def test_every_rule_pattern_that_matches_a_text_finds_its_necessary_characters_there(text: str) -> None:
    """The reading of a pattern's necessary characters holds for the rules' own patterns, the most varied regexes
    the project has (lookarounds, back references, verbose and case-blind parts)."""
    for pattern in PATTERNS:
        if pattern.search(text):
            assert _may_match(pattern, text), (pattern.pattern, text)


def test_every_gate_needs_a_character() -> None:
    """Every gate is read: one needing no character would be searched in every text."""
    gates = {rule.needs for rule in kazakh_rules() + russian.rules() if rule.needs}
    assert sum(bool(necessary_characters(needs)) for needs in gates) == len(gates)


def test_a_rule_is_opened_only_where_the_evidence_its_reading_depends_on_stands() -> None:
    """`Rule.when` gates in place of `needs`: a text holding a match but not the evidence is not scanned."""
    joined = Rule("joined", re.compile("ң ыз"), lambda m: "ңыз", "mark", needs=re.compile("ң "), when=re.compile("ө "))
    rules = [joined]
    assert opened(rules, "табың ыз") == []
    assert opened(rules, "кө мекші табың ыз") == [0]
