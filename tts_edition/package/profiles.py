"""What each store's published specification asks of a delivery, as numbers a file can be measured against.

`required` limits are the store's own "must" (a broken one fails `check --store`); the others are what a store
recommends, or what only a third party restates (a warning). docs/stores.md gives the source of every number.
"""

from __future__ import annotations

from dataclasses import dataclass

from tts_edition.errors import EditionError

ROOM_TONE_DBFS = -66.0  # RMS of the room tone laid under every delivery file: 6 dB under the -60 dB noise floor


@dataclass(frozen=True)
class Limit:
    low: float | None  # inclusive; None: no lower limit
    high: float | None
    required: bool = True  # False: a warning only
    source: str = ""  # the section of docs/stores.md that quotes it

    def holds(self, value: float) -> bool:
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)

    def describe(self, unit: str) -> str:
        if self.low is not None and self.high is not None:
            return f"{self.low:g} to {self.high:g} {unit}"
        return f"at least {self.low:g} {unit}" if self.low is not None else f"at most {self.high:g} {unit}"


@dataclass(frozen=True)
class Need:
    """Something a delivery must hold (`required`), or should."""

    required: bool = True
    source: str = ""


@dataclass(frozen=True)
class CoverRule:
    sides: Limit  # pixels, each side
    square: bool  # a square is required (True) or recommended (False)
    formats: tuple[str, ...]  # "JPEG", "PNG" as Pillow names them
    formats_required: bool
    source: str


@dataclass(frozen=True)
class Profile:
    name: str
    store: str  # the store's own name for itself
    codec: str  # "mp3" or "flac"
    sample_rates: tuple[int, ...]  # the first is the default
    bitrate_kbps: int  # MP3 only: the default
    min_bitrate: Limit | None  # MP3 only
    layout: str  # "files": one file per section (credits, chapters, sample); "tracks": Apple's fewest long tracks
    head: Limit | None  # seconds of room tone before the first word
    tail: Limit | None  # after the last
    rms_dbfs: Limit | None
    peak_dbfs: Limit | None  # sample peak; true peak is reported beside it as a warning
    noise_floor_dbfs: Limit | None
    file_minutes: Limit | None
    total_hours: Limit | None
    credits: Need | None  # opening and closing credits as files of their own (None: delivered, not checked)
    sample_minutes: Limit | None  # None: no retail sample in this delivery
    cover: CoverRule
    policy: str  # the store's word on synthetic narration, one line (README gives the sources)
    head_seconds: float = 0.75  # what the package lays down
    tail_seconds: float = 2.0
    disclosure: str = ""  # what the description must open with for a synthetic voice


_ACX = "stores.md#retail"
_COVER_2400 = CoverRule(Limit(2400, None, True, _ACX), True, ("JPEG",), False, _ACX)

PROFILES = {
    "retail": Profile(
        "retail", "ACX / Audible numbers, the strictest published", "mp3", (44100,), 192, Limit(192, None, True, _ACX),
        "files", Limit(0.5, 1.0, True, _ACX), Limit(1.0, 5.0, True, _ACX), Limit(-23.0, -18.0, True, _ACX),
        Limit(None, -3.0, True, _ACX), Limit(None, -60.0, True, _ACX), Limit(None, 120, True, _ACX), None,
        Need(True, _ACX), Limit(None, 5.0, True, _ACX), _COVER_2400,
        "ACX/Audible: human narration only unless ACX authorises it; do not submit this package to ACX",
    ),
    "google": Profile(
        "google", "Google Play Books (Partner Center)", "flac", (44100, 48000), 0,
        Limit(128, None, True, "stores.md#google"), "files",
        Limit(0.01, None, False, "stores.md#google"), Limit(0.01, None, False, "stores.md#google"), None, None, None,
        None, Limit(5 / 60, 100, True, "stores.md#google"), None, None,
        CoverRule(Limit(1024, 7200, True, "stores.md#google"), False, ("JPEG", "PNG"), True, "stores.md#google"),
        "Google Play Books: no Google wording found on uploading third-party synthetic narration",
    ),
    "apple": Profile(
        "apple", "Apple Books (Apple Audiobook Package, spec 5.3.5)", "mp3", (44100,), 192, None, "tracks",
        None, None, None, None, None, None, None, None, None,
        CoverRule(Limit(2400, None, False, "stores.md#apple"), True, ("JPEG",), False, "stores.md#apple"),
        "Apple Books: digital narration only through Apple's partners; no Apple wording found on third-party voices",
    ),
    "findaway": Profile(
        "findaway", "Voices by INaudio (formerly Findaway Voices)", "flac", (44100,), 0, None, "files",
        Limit(0.5, 1.0, False, "stores.md#findaway"), Limit(1.0, 5.0, False, "stores.md#findaway"),
        Limit(-23.0, -18.0, False, "stores.md#findaway"), Limit(None, -3.0, False, "stores.md#findaway"),
        Limit(None, -60.0, False, "stores.md#findaway"), Limit(None, 119, False, "stores.md#findaway"), None,
        Need(True, "stores.md#findaway"), Limit(1.0, 5.0, False, "stores.md#findaway"),
        CoverRule(Limit(2400, None, False, "stores.md#findaway"), True, ("JPEG", "PNG"), False, "stores.md#findaway"),
        "Voices by INaudio: AI narration only from approved partners (per third parties); very likely refused",
        disclosure="This audiobook is narrated by a digital voice.",
    ),
}  # fmt: skip


def profile(name: str) -> Profile:
    try:
        return PROFILES[name]
    except KeyError:
        raise EditionError(f"unknown store '{name}' (profiles: {', '.join(PROFILES)})") from None
