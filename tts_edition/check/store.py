"""`tts-edition check --store NAME DIR`: a delivery against the store's published specification, one line per
requirement, read as the store's tools read it (frame headers, decoded samples, the image header, the tags)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from mutagen import File as MutagenFile
from mutagen import MutagenError

from tts_edition.check.apple import apple_findings
from tts_edition.check.audiofile import Measured, measure
from tts_edition.check.finding import ADVISED, NOTE, REQUIRED, Finding
from tts_edition.errors import EditionError
from tts_edition.package.cover import inspect, problems
from tts_edition.package.folder import MANIFEST, SCHEMA
from tts_edition.package.plan import CHAPTER, CLOSING, OPENING, SAMPLE
from tts_edition.package.profiles import Limit, Profile, profile

DIGITAL_SILENCE_SECONDS = 0.02  # a run of exact zeros this long is digital silence, not a quiet sample
# File names each store's own words ask for: ACX's blog (numbered, letters, digits, - and _), Google's content fetch
# (<ISBN>_NofM, or any name for an upload in Partner Center).
_NAMES = {
    "retail": (re.compile(r"^(\d{2,3}_[A-Za-z0-9_-]+|Retail-Sample)\.mp3$"), "numbered, letters, digits, - and _ only"),
    "google": (re.compile(r"^(97[89]\d{10}_\d+of\d+|\d{2,3}_[A-Za-z0-9_-]+)\.flac$"), "<ISBN>_NofM for content fetch"),
}


def check_delivery(folder: Path, store: str) -> list[Finding]:
    chosen = profile(store)
    manifest = _manifest(Path(folder))
    try:
        if chosen.layout == "tracks":
            return [*apple_findings(Path(folder), manifest), *_cover(folder, manifest, chosen), _policy(chosen)]
        return _file_findings(Path(folder), manifest, chosen)
    except (KeyError, TypeError) as exc:
        raise EditionError(f"{folder}/{MANIFEST}: no field {exc} where expected (package the edition again)") from None


def _manifest(folder: Path) -> dict[str, Any]:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EditionError(f"{folder}: no {MANIFEST} here (is it a delivery made by tts-edition package?)") from None
    except (ValueError, OSError) as exc:
        raise EditionError(f"{folder / MANIFEST}: not readable ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("schema") != SCHEMA:
        raise EditionError(f"{folder / MANIFEST}: not a delivery this version reads (package the edition again)")
    return manifest


def _file_findings(folder: Path, manifest: dict[str, Any], chosen: Profile) -> list[Finding]:
    entries = manifest["files"]
    present = [e for e in entries if (folder / e["file"]).is_file()]
    measured = {e["file"]: measure(folder / e["file"]) for e in present}
    findings = [_listed(folder, entries)]
    findings += _sections(entries, present, chosen)
    findings += _stream(measured, chosen)
    findings += _levels(measured, {e["file"]: e["role"] for e in present}, chosen)
    findings += _cover(folder, manifest, chosen)
    findings += [_names(entries, chosen)] if chosen.name in _NAMES else []
    findings += [_tags(folder, present), _spoken_titles(entries), _policy(chosen)]
    return findings


def _listed(folder: Path, entries: list[dict[str, Any]]) -> Finding:
    missing = [e["file"] for e in entries if not (folder / e["file"]).is_file()]
    audio = {p.name for p in folder.iterdir() if p.suffix.lower() in (".mp3", ".flac", ".m4a", ".wav")}
    extra = sorted(audio - {e["file"] for e in entries})
    wrong = [f"{what} {files[:5]}" for what, files in (("missing", missing), (f"not in {MANIFEST}", extra)) if files]
    detail = "; ".join(wrong) or f"{len(entries)} audio files, as {MANIFEST} lists them"
    return Finding("files", not missing, detail, REQUIRED if missing else ADVISED)


def _sections(entries: list[dict[str, Any]], present: list[dict[str, Any]], chosen: Profile) -> list[Finding]:
    """Credits as files of their own, and the retail sample with its length."""
    findings = []
    roles = {e["role"] for e in present}
    if chosen.credits:
        lacking = [role for role in (OPENING, CLOSING) if role not in roles]
        detail = "opening and closing credits, each a file of its own"
        if lacking:
            detail = f"no {' or '.join(lacking)} credits file ({', '.join(_named(entries, lacking)) or 'not listed'})"
        findings.append(Finding("credits", not lacking, detail, _level(chosen.credits.required)))
    if chosen.sample_minutes:
        samples = [e for e in present if e["role"] == SAMPLE]
        if not samples:
            gone = _named(entries, [SAMPLE])
            findings.append(Finding("retail sample", False, f"no sample file ({', '.join(gone) or 'not listed'})"))
    if not [e for e in present if e["role"] == CHAPTER]:
        findings.append(Finding("chapters", False, "no chapter files"))
    return findings


def _named(entries: list[dict[str, Any]], roles: list[str]) -> list[str]:
    return [f"{e['file']} is missing" for e in entries if e["role"] in roles]


def _level(required: bool) -> str:
    return REQUIRED if required else ADVISED


def _stream(measured: dict[str, Measured], chosen: Profile) -> list[Finding]:
    """Codec, sample rate, bit depth or bitrate (every frame's), channels: from the files' own headers."""
    streams = {name: m.stream for name, m in measured.items()}
    findings = [
        _each("format", streams, lambda s: s.codec in ("mp3", "flac") and (s.codec != "mp3" or s.mpeg == {"1"}),
              lambda s: f"MPEG-{'/'.join(sorted(s.mpeg))} layer III" if s.codec == "mp3" else "FLAC",
              "MP3 (MPEG-1 layer III) or FLAC"),
        _each("sample rate", streams, lambda s: s.sample_rate in chosen.sample_rates, lambda s: f"{s.sample_rate} Hz",
              f"{' or '.join(map(str, chosen.sample_rates))} Hz"),
    ]  # fmt: skip
    flacs = {name: s for name, s in streams.items() if s.codec == "flac"}
    if flacs:
        findings.append(_each("bit depth", flacs, lambda s: s.bits == 16, lambda s: f"{s.bits}-bit", "16-bit"))
    mp3s = {name: s for name, s in streams.items() if s.codec == "mp3"}
    if mp3s:
        least = chosen.min_bitrate.low if chosen.min_bitrate and chosen.min_bitrate.low else 0
        findings.append(_each(
            "bitrate", mp3s, lambda s: len(s.bitrates) == 1 and min(s.bitrates) >= least,
            lambda s: f"CBR {min(s.bitrates)} kbit/s" if len(s.bitrates) == 1 else f"VBR {sorted(s.bitrates)} kbit/s",
            f"constant, at least {least:g} kbit/s",
        ))  # fmt: skip
        findings.append(_each("channel mode", mp3s, lambda s: "joint stereo" not in s.modes,
                              lambda s: "/".join(sorted(s.modes)), "mono or stereo, not joint stereo"))  # fmt: skip
    channels = {s.channels for s in streams.values()}
    mono = channels == {1}
    detail = "every file mono" if mono else f"channels {sorted(channels)}: mono and stereo mixed" if len(channels) > 1 \
        else "every file stereo; mono is recommended"  # fmt: skip
    findings.append(Finding("channels", mono or len(channels) == 1, detail, REQUIRED if len(channels) > 1 else ADVISED))
    return findings


def _each(name: str, items: dict[str, Any], ok: Callable[[Any], bool], says: Callable[[Any], str], wanted: str,
          level: str = REQUIRED) -> Finding:  # fmt: skip
    """One requirement over every file: the files that break it named, or what they all are."""
    wrong = [f"{file}: {says(item)}" for file, item in items.items() if not ok(item)]
    if wrong:
        return Finding(name, False, f"{'; '.join(wrong[:4])} (wants {wanted})", level)
    seen = sorted({says(item) for item in items.values()})
    return Finding(name, True, f"{len(items)} files: {', '.join(seen)}", level)


def _levels(measured: dict[str, Measured], roles: dict[str, str], chosen: Profile) -> list[Finding]:
    findings = []
    rules: list[tuple[str, Limit | None, Callable[[Measured], float], str]] = [
        ("length", chosen.file_minutes, lambda m: m.seconds / 60, "minutes"),
        ("head room tone", chosen.head, lambda m: m.head.samples / m.sample_rate, "s"),
        ("tail room tone", chosen.tail, lambda m: m.tail.samples / m.sample_rate, "s"),
        ("RMS", chosen.rms_dbfs, lambda m: m.rms_dbfs, "dBFS"),
        ("peak", chosen.peak_dbfs, lambda m: m.peak_dbfs, "dBFS (sample peak)"),
        ("noise floor", chosen.noise_floor_dbfs, lambda m: m.floor_dbfs, "dBFS (quietest 0.5 s)"),
    ]
    for name, limit, value, unit in rules:
        if limit is not None:
            findings.append(_limit(name, limit, {f: value(m) for f, m in measured.items()}, unit))
    if chosen.peak_dbfs is not None:
        strict = Limit(None, chosen.peak_dbfs.high, False, chosen.peak_dbfs.source)
        findings.append(_limit("true peak", strict, {f: m.true_peak_dbtp for f, m in measured.items()}, "dBTP"))
    if chosen.head is not None:
        findings.append(_room_tone(measured, chosen))
    findings.append(_digital_silence(measured))
    samples = {f: m.seconds / 60 for f, m in measured.items() if roles[f] == SAMPLE}
    if chosen.sample_minutes and samples:
        findings.append(_limit("retail sample", chosen.sample_minutes, samples, "minutes"))
    if chosen.total_hours:
        total = sum(m.seconds for f, m in measured.items() if roles[f] != SAMPLE) / 3600
        findings.append(_limit("book length", chosen.total_hours, {"the book": total}, "hours"))
    return findings


def _limit(name: str, limit: Limit, values: dict[str, float], unit: str) -> Finding:
    wrong = [f"{file} {value:.2f}" for file, value in values.items() if not limit.holds(round(value, 2))]
    wanted = limit.describe(unit)
    level = _level(limit.required)
    if wrong:
        return Finding(name, False, f"{'; '.join(wrong[:4])}{' …' * (len(wrong) > 4)} (wants {wanted})", level)
    if not values:
        return Finding(name, False, "no file to measure", level)
    if len(values) == 1:
        [(file, value)] = values.items()
        return Finding(name, True, f"{file} {value:.2f} {unit}, wants {wanted}", level)
    low, high = min(values.values()), max(values.values())
    return Finding(name, True, f"{len(values)} files {low:.2f} to {high:.2f} {unit}, wants {wanted}", level)


def _room_tone(measured: dict[str, Measured], chosen: Profile) -> Finding:
    """The head and tail are room tone: not digital silence, and under the noise floor."""
    assert chosen.head is not None
    ceiling = chosen.noise_floor_dbfs.high if chosen.noise_floor_dbfs and chosen.noise_floor_dbfs.high else -60.0
    wrong = []
    for file, m in measured.items():
        for where, region in (("head", m.head), ("tail", m.tail)):
            if region.digital_silence():
                wrong.append(f"{file} {where}: {region.samples / m.sample_rate:.2f} s of digital silence")
            elif region.samples and region.rms_dbfs() > ceiling:
                wrong.append(f"{file} {where}: {region.rms_dbfs():.1f} dBFS, over {ceiling:g}")
    if wrong:
        return Finding("room tone", False, "; ".join(wrong[:4]), _level(chosen.head.required))
    levels = [r.rms_dbfs() for m in measured.values() for r in (m.head, m.tail) if r.samples]
    detail = f"head and tail of every file are room tone at {min(levels):.1f} to {max(levels):.1f} dBFS, not silence"
    return Finding("room tone", True, detail, _level(chosen.head.required))


def _digital_silence(measured: dict[str, Measured]) -> Finding:
    wrong = [f"{file} {m.longest_zeros / m.sample_rate:.2f} s" for file, m in measured.items()
             if m.longest_zeros > DIGITAL_SILENCE_SECONDS * m.sample_rate]  # fmt: skip
    detail = f"no run of exact zeros over {DIGITAL_SILENCE_SECONDS * 1000:g} ms in any file"
    return Finding("digital silence", not wrong, f"longest runs of exact zeros: {'; '.join(wrong[:4])}" if wrong
                   else detail, ADVISED)  # fmt: skip


def _cover(folder: Path, manifest: dict[str, Any], chosen: Profile) -> list[Finding]:
    path = folder / str(manifest.get("cover") or "")
    if not manifest.get("cover") or not path.is_file():
        return [Finding("cover", False, f"no cover file ({manifest.get('cover') or 'none listed'})")]
    try:
        image = inspect(path.read_bytes())
    except EditionError as exc:
        return [Finding("cover", False, f"{path.name}: {exc}")]
    found = problems(image, chosen.cover)
    required = [p.text for p in found if p.required]
    advised = [p.text for p in found if not p.required]
    rule = chosen.cover.sides
    wanted = f"wants {rule.describe('px')} a side{', square' if chosen.cover.square else ''}"
    detail = f"{path.name} {'; '.join(required)}" if required else f"{path.name}: {image.describe()}, {wanted}"
    findings = [Finding("cover", not required, detail, _level(rule.required or bool(required)))]
    if advised:
        findings.append(Finding("cover (advised)", False, f"{path.name} {'; '.join(advised)}", ADVISED))
    return findings


def _names(entries: list[dict[str, Any]], chosen: Profile) -> Finding:
    pattern, wanted = _NAMES[chosen.name]
    odd = [e["file"] for e in entries if not pattern.match(e["file"])]
    return Finding("file names", not odd, f"{wanted}: {odd[:4]} are not" if odd else wanted, ADVISED)


def _tags(folder: Path, present: list[dict[str, Any]]) -> Finding:
    """Every file carries its title, the book and its authors, as mutagen reads them (stores take metadata from
    their forms; players read these)."""
    untagged = []
    for entry in present:
        try:
            tags = MutagenFile(folder / entry["file"], easy=True)
        except MutagenError:
            tags = None
        if not tags or not all(tags.get(key) for key in ("title", "album")):
            untagged.append(entry["file"])
    detail = f"{len(present)} files name their part and the book" if not untagged else f"untagged: {untagged[:4]}"
    return Finding("tags", not untagged, detail, ADVISED)


def _spoken_titles(entries: list[dict[str, Any]]) -> Finding:
    chapters = [e for e in entries if e["role"] == CHAPTER]
    added = sum(e.get("title_spoken") == "added" for e in chapters)
    detail = (
        f"each chapter file opens with its title spoken ({len(chapters) - added} as the edition reads them, {added}"
        " said for the delivery); a file cannot prove what is said without speech recognition"
    )
    return Finding("chapter titles", True, detail, NOTE)


def _policy(chosen: Profile) -> Finding:
    return Finding("synthetic narration", True, f"{chosen.policy} (README, Stores)", NOTE)
