"""Apple's Audiobook Package: `<vendor_id>.itmsp/` with `metadata.xml` (spec 5.3.5, `music5.3`), the track(s)
and the artwork, each listed with its size and MD5.

The elements are those the spec's excerpts and its example show; the contributor and chapter syntax were not in
them (docs/stores.md says what could not be read), so roles are written as the music spec writes them and the
chapters live in the track's own ID3 chapter frames.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from tts_edition.errors import EditionError
from tts_edition.metadata import Metadata

VERSION = "music5.3"
NAMESPACE = "http://apple.com/itunes/importer"
VENDOR_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_]*")


def vendor_id(index: dict[str, Any], metadata: Metadata) -> str:
    """The ISBN-13, as Apple recommends; else one made from the edition's text (letters, digits and _ only)."""
    if metadata.isbn:
        return metadata.isbn
    content = "\n".join(p["hash"] for c in index["chapters"] for p in c["paragraphs"])
    return f"tts_edition_{hashlib.sha256(content.encode()).hexdigest()[:16]}"


def checked_provider(provider: str | None) -> str:
    if not provider or not provider.strip():
        raise EditionError("--store apple needs --provider NAME: the provider short name Apple gives your account")
    return provider.strip()


def file_entry(path: Path, tag: str = "file") -> str:
    data = path.read_bytes()
    return (f"<{tag}><file_name>{escape(path.name)}</file_name><size>{len(data)}</size>"
            f'<checksum type="md5">{hashlib.md5(data).hexdigest()}</checksum></{tag}>')  # fmt: skip


def metadata_xml(
    index: dict[str, Any], metadata: Metadata, provider: str, vendor: str, artwork: Path, tracks: list[Path]
) -> str:
    """UTF-8 without a byte-order mark, as the spec requires."""
    people = [(name, "Author") for name in metadata.authors]
    people += [(metadata.narrator, "Narrator")] if metadata.narrator else []
    artists = "".join(
        f"<artist><artist_name>{escape(name)}</artist_name><roles><role>{role}</role></roles></artist>"
        for name, role in people
    )
    optional = {
        "original_release_date": index.get("date", ""), "label_name": metadata.publisher,
        "copyright_pline": metadata.copyright, "copyright_cline": metadata.copyright,
        "description": metadata.description,
    }  # fmt: skip
    fields = "".join(f"<{tag}>{escape(value)}</{tag}>\n" for tag, value in optional.items() if value)
    track_entries = "".join(
        f"<track><track_number>{n}</track_number><title>{escape(index['title'])}</title>"
        f"{file_entry(track, 'audio_file')}</track>"
        for n, track in enumerate(tracks, 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<package xmlns="{NAMESPACE}" version="{VERSION}">\n'
        f"<language>{escape(metadata.language or index.get('language', 'kk'))}</language>\n"
        f"<provider>{escape(provider)}</provider>\n"
        "<album>\n<album_type>audiobook</album_type>\n"
        f"<vendor_id>{vendor}</vendor_id>\n<title>{escape(index['title'])}</title>\n{fields}"
        f"<artists>{artists}</artists>\n<artwork_files>{file_entry(artwork)}</artwork_files>\n"
        f"<tracks>{track_entries}</tracks>\n</album>\n</package>\n"
    )
