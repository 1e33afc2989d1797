"""An Apple Audiobook Package (`<vendor_id>.itmsp/`) against the Apple Audiobooks Specification 5.3.5: the package
and metadata.xml rules, every listed file's size and MD5, and the track rules (one track under 23 hours; else the
fewest, each 60 minutes to 23 hours; a constant bitrate)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from mutagen import File as MutagenFile
from mutagen import MutagenError

from tts_edition.check.audiofile import stream_of
from tts_edition.check.finding import ADVISED, Finding
from tts_edition.errors import EditionError
from tts_edition.package.apple import NAMESPACE, VENDOR_ID, VERSION

MAX_TRACKS = 25
TRACK_HOURS = 23
MIN_TRACK_MINUTES = 60
_NS = {"a": NAMESPACE}


def apple_findings(folder: Path, manifest: dict[str, Any]) -> list[Finding]:
    packages = sorted(p for p in folder.iterdir() if p.is_dir() and p.suffix == ".itmsp")
    if len(packages) != 1:
        return [Finding("package", False, f"{len(packages)} .itmsp folders in {folder.name} (one expected)")]
    package = packages[0]
    vendor = package.stem
    findings = [Finding("vendor id", bool(VENDOR_ID.fullmatch(vendor)),
                        f"{vendor}: letters, digits and _, not starting with _")]  # fmt: skip
    xml = package / "metadata.xml"
    try:
        raw = xml.read_bytes()
        root = ElementTree.fromstring(raw)
    except FileNotFoundError:
        return [*findings, Finding("metadata.xml", False, f"{package.name} has no metadata.xml at its top level")]
    except ElementTree.ParseError as exc:
        return [*findings, Finding("metadata.xml", False, f"not well-formed XML ({exc})")]
    findings.append(_metadata(raw, root, vendor))
    findings.append(_listed_files(package, root))
    findings += _tracks(package, root)
    findings.append(Finding("vendor id (advised)", vendor.isdigit() and len(vendor) == 13,
                            f"{vendor}: Apple recommends the audiobook's ISBN-13", ADVISED))  # fmt: skip
    return findings


def _metadata(raw: bytes, root: ElementTree.Element, vendor: str) -> Finding:
    text = lambda path: (root.findtext(path, "", _NS) or "").strip()  # noqa: E731
    wrong = []
    if raw.startswith(b"\xef\xbb\xbf"):
        wrong.append("starts with a byte-order mark")
    if root.tag != f"{{{NAMESPACE}}}package" or root.get("version") != VERSION:
        wrong.append(f'root is not <package version="{VERSION}"> in Apple\'s namespace')
    for path, name in (("a:language", "language"), ("a:provider", "provider"), ("a:album/a:title", "title")):
        if not text(path):
            wrong.append(f"no {name}")
    if text("a:album/a:album_type") != "audiobook":
        wrong.append("album_type is not audiobook")
    if text("a:album/a:vendor_id") != vendor:
        wrong.append(f"vendor_id {text('a:album/a:vendor_id')!r} is not the package's name {vendor!r}")
    detail = "UTF-8 without BOM, music5.3, language, provider, audiobook, vendor_id and title as required"
    return Finding("metadata.xml", not wrong, "; ".join(wrong) if wrong else detail)


def _listed_files(package: Path, root: ElementTree.Element) -> Finding:
    """Every artwork and audio file metadata.xml lists is in the package with the size and MD5 it gives."""
    entries = root.findall(".//a:artwork_files/a:file", _NS) + root.findall(".//a:audio_file", _NS)
    wrong = []
    for entry in entries:
        name = entry.findtext("a:file_name", "", _NS)
        path = package / name
        if not name or not path.is_file():
            wrong.append(f"{name or '(no name)'} is missing")
            continue
        data = path.read_bytes()
        if entry.findtext("a:size", "", _NS) != str(len(data)):
            wrong.append(f"{name}: size {entry.findtext('a:size', '', _NS)}, the file has {len(data)}")
        if entry.findtext("a:checksum", "", _NS) != hashlib.md5(data).hexdigest():
            wrong.append(f"{name}: its MD5 is not the one listed")
    if not root.findall(".//a:artwork_files/a:file", _NS):
        wrong.append("no artwork listed")
    detail = f"{len(entries)} files listed, each present with its size and MD5"
    return Finding("listed files", not wrong, "; ".join(wrong[:4]) if wrong else detail)


def _tracks(package: Path, root: ElementTree.Element) -> list[Finding]:
    names = [e.findtext("a:file_name", "", _NS) for e in root.findall(".//a:track/a:audio_file", _NS)]
    paths = [package / name for name in names if (package / name).is_file()]
    if not paths:
        return [Finding("tracks", False, "no track audio file present")]
    hours = {path.name: _hours(path) for path in paths}
    total = sum(hours.values())
    wrong = []
    if len(paths) > MAX_TRACKS:
        wrong.append(f"{len(paths)} tracks, at most {MAX_TRACKS}")
    if total < TRACK_HOURS and len(paths) > 1:
        wrong.append(f"{len(paths)} tracks for {total:.2f} h: a book under {TRACK_HOURS} h is one track")
    wrong += [f"{name} {h:.2f} h, over {TRACK_HOURS}" for name, h in hours.items() if h >= TRACK_HOURS]
    if len(paths) > 1:
        wrong += [f"{name} {h * 60:.0f} min, under {MIN_TRACK_MINUTES}" for name, h in hours.items()
                  if h * 60 < MIN_TRACK_MINUTES]  # fmt: skip
    layout = f"{len(paths)} track(s), {total:.3f} h in all, each under {TRACK_HOURS} h"
    rates, constant = {}, []
    for path in paths:
        try:
            rates[path.name] = stream_of(path).bitrates
        except EditionError as exc:
            constant.append(str(exc))
    constant += [f"{name}: bitrates {sorted(found)} kbit/s" for name, found in rates.items() if len(found) != 1]
    same = f"every track at one bitrate ({', '.join(f'{min(found)} kbit/s' for found in rates.values())})"
    return [
        Finding("tracks", not wrong, "; ".join(wrong) if wrong else layout),
        Finding("constant bitrate", not constant, "; ".join(constant) if constant else same),
    ]


def _hours(path: Path) -> float:
    try:
        info = MutagenFile(path)
    except MutagenError:
        return 0.0
    return info.info.length / 3600 if info is not None else 0.0
