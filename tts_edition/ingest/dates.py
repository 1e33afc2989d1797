"""The edition's date as ISO 8601, from the ways people write it: 2025-11-11, 11.11.2025, 11 қараша 2025."""

from __future__ import annotations

import datetime
import re

from tts_edition.errors import EditionError
from tts_edition.normalize.dates import MONTHS

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[tT ][\d:.]+(?:[zZ]|[+-]\d{2}:?\d{2})?)?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_MONTH = "|".join(MONTHS)
_DAY_FIRST = re.compile(rf"^(\d{{1,2}})\s+({_MONTH})\w*\s+(\d{{4}})(?:\s*ж\.?|\s+жыл\w*)?$")
_YEAR_FIRST = re.compile(rf"^(\d{{4}})\s*(?:ж\.|жылғы|жыл)?\s+(\d{{1,2}})\s+({_MONTH})\w*$")


def edition_date(text: str) -> str:
    """`text` as YYYY, YYYY-MM or YYYY-MM-DD; an unreadable date is one EditionError line."""
    text = " ".join(text.strip().lower().split())
    if not text:
        return ""
    if match := _ISO.match(text):
        year, month, day = match.groups()
        return _checked(year, month, day)
    if match := _DOTTED.match(text):
        day, month, year = match.groups()
        return _checked(year, month, day)
    if match := _DAY_FIRST.match(text):
        day, month, year = match.groups()
        return _checked(year, str(MONTHS.index(month) + 1), day)
    if match := _YEAR_FIRST.match(text):
        year, day, month = match.groups()
        return _checked(year, str(MONTHS.index(month) + 1), day)
    raise EditionError(f"date '{text}' is not a date this tool reads (write 2025-11-11 or 11 қараша 2025)")


def _checked(year: str, month: str | None, day: str | None) -> str:
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise EditionError(f"date {year}-{month}-{day} does not exist (write it as 2025-11-11)") from None
    parts = [year] + [f"{int(part):02d}" for part in (month, day) if part]
    return "-".join(parts)
