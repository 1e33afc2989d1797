"""Telephone numbers and dialled codes, said in the groups they are written in."""

from __future__ import annotations

import re

from tts_edition.normalize.morphology import SUFFIX, attach
from tts_edition.normalize.numbers import dictated, digits

# A number typed without its spaces after +7 or the trunk 8 (+77162721112, 87011234567) is said in the groups it is
# written in apart: the country's 7 or the trunk 8, then three, three, two and two digits.
_RUN_TOGETHER = re.compile(r"\+?([78])(\d{3})(\d{3})(\d{2})(\d{2})")
# A subscriber's number typed without its hyphens (68554, 580058, 2505555) is said in the groups a hyphenated one is
# written in: two pairs of digits at its end, the one to three digits before them (2-16-84, 58-00-58, 250-55-55).
_SUBSCRIBER_RUN = re.compile(r"(\d{1,3})(\d{2})(\d{2})")
# A telephone number, known by its shape alone:
#   +7 701 123 45 67, +7 (7222) 52-19-11: after the country's code; a space typed after the plus before the 7 and
#   an operator's or area code, which begins with 7 (+ 7 775 646 72 06, + 7 (7172) 55-55-55), is the same number;
#   8 (7172) 55-55-55, 8 7172 58-00-58, 8(71455) 2-16-84, 8 (71036) 68554: the trunk 8, an area code, the subscriber;
#   8 (717) 270 9600, 8 (7172) 70 96 10: after the trunk 8 and a code in brackets, the subscriber's groups may be
#   set apart with spaces alone (the brackets tell it from a sum's grouped thousands);
#   8 701 123 45 67, 8-800-080-7777: a mobile or toll-free number after 8 with its groups apart (grouped thousands
#   never are); 8 716 36 4 15 05: an area code of five digits split after its first three, the subscriber's groups
#   of one to three digits, the seven digits after the code a number after 8 always has (a grouped count's groups
#   are of three, and its digits after 8 716 are three or six, not seven);
#   341-05-27, 50-30-50, 2-16-84: a subscriber's number, two hyphenated pairs of digits after one to three digits
#   (a date's year has four, a range's ends are two numbers, not three; after № or N it is a registration's).
# A number after the plus keeps to its line, and its last group is no time's hour: a page's header lists its
# telephones and then its programme's times (+7 (707) 716-97-77 on one line, 11:00 on the next, or after a space).
PHONE = re.compile(
    r"(?<![\w+])\+(?:\s(?=7\s?(?:\(|7\d\d)))?\d[\d \t\u00a0()-]{7,}\d(?!\d|:\d)"
    r"|\b8[\s-]?(?:\(\d{3,5}\)[\s-]?|\d{3,5}[\s-])(?:\d{1,3}(?:-\d{2}){2,3}|\d{5,7})\b"
    r"|\b8\s?\(\d{3,5}\)\s?\d{2,3}\s(?:\d{4}|\d{2}\s\d{2})\b(?![.,]\d)"
    r"|8(?<![\d,.]8)(?<!\d\s8)([\s-])(?:7\d\d|800)"
    r"(?:\1\d{3}(?:\1\d{2}\1\d{2}|\1\d{4})\b|(?=(?:\1?\d){7}(?!\1?\d))(?:\1\d{1,3}){3,7}(?!\d))"
    rf"|(?<![\w.,:/+№-])(?<![№N]\s)\d{{1,3}}(?:-\d{{2}}){{2}}(?:-(?P<suf>{SUFFIX})(?![\w-])|(?![\w.,-]\d|[\w-]))"
)
# A number after a telephone's label (Тел.: 555555, факс 8 7172 580058, Телефон: 87011234567) is a telephone number
# whatever its shape: the label decides what a bare run of digits would leave open (a sum, a count, a code).
LABELLED_PHONE = re.compile(
    r"(?P<label>(?<![\w-])(?:[Тт]ел\.?|[Фф]акс|[Тт]елефон(?:ы|дары|дар)?)\s*:?\s*)"
    r"(?P<number>(?:8\s?)?(?:\(\d{3,5}\)\s?)?(?:[78]?\d{10}|\d{5,7}|\d{2,3}(?:\s\d{2}){2}))(?![\w,.-]\d|[\w-])"
)
# A code dialled with the star and hash keys (*111#, * 111 * 2118 #, a phone's service code *#06# or #06#): the keys
# by their names, each number between as it is written; a key's word may be typed onto the closing hash (*143#OK).
DIAL_CODE = re.compile(r"(?<![\w*#])(?:\*|\*?#)\s?\d+(?:\s?[*#]\s?\d+)*\s?#(?![\d_#])")
DIAL_KEY = re.compile(r"#(?<=\d#)|#(?<=\d\s#)")  # the closing hash after a number every code holds, found by its #
_KEY_NAMES = {"*": "жұлдызша", "#": "тор"}


def say_phone(written: str) -> str:
    """A telephone number in the groups it is written in; a subscriber's number run together in pairs from its end,
    and, after an area code in brackets, a subscriber's last four digits in two pairs ((717) 270 9600 → … екі жүз
    жетпіс тоқсан алты нөл нөл; a service number's groups stay as written: 8-800-080-7777 → … жеті мың жеті жүз …);
    an area code of four or five digits before it (7172, 71455) digit by digit, as it is dialled, not a count."""
    run_together = _RUN_TOGETHER.fullmatch(written)
    groups = list(run_together.groups()) if run_together else re.findall(r"\d+", written)
    subscriber = _SUBSCRIBER_RUN.fullmatch(groups[-1]) if len(groups[-1]) > 4 else None
    head, tail = groups[:-1], list(subscriber.groups()) if subscriber else groups[-1:]
    if not subscriber and "(" in written and len(groups[-1]) == 4:  # (717) 270 9600: two pairs, not a count
        tail = [groups[-1][:2], groups[-1][2:]]
    spoken = [digits(g) if len(g) > 3 else dictated(g) for g in head] + [dictated(g) for g in tail]
    return ("плюс " if written.startswith("+") else "") + " ".join(spoken)


def speak_phone(match: re.Match[str]) -> str:
    written = match.string[match.start() : match.start("suf") - 1] if match["suf"] else match.group()
    return attach(say_phone(written), match["suf"])


def speak_labelled_phone(match: re.Match[str]) -> str:
    return match["label"] + say_phone(match["number"])


def speak_dial_code(match: re.Match[str]) -> str:
    keys = re.findall(r"\d+|[*#]", match.group())
    return " " + " ".join(_KEY_NAMES.get(key) or dictated(key) for key in keys) + " "
