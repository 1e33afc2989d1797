"""The delivery folder: beside the edition, never in it; written whole in a temporary folder and renamed into
place; an earlier delivery of ours is replaced, anything else is refused before any work."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

from tts_edition.errors import EditionError, reported

MANIFEST = "delivery.json"
SCHEMA = "tts-edition/delivery/1"


def default_out(edition: Path, store: str) -> Path:
    """`<edition's parent>/<edition's name>-<store>/`."""
    real = edition.resolve()
    return real.parent / f"{real.name}-{store}"


def check_out(out: Path, edition: Path) -> None:
    """Refuse, in one line, an --out inside the edition, a file, or a folder that holds something but no delivery
    of ours."""
    real, source = out.resolve(), edition.resolve()
    if real == source or real.is_relative_to(source):
        raise EditionError(f"{out}: inside the edition {edition} (a delivery goes beside it: choose another --out)")
    if out.is_symlink() and not out.exists():
        raise EditionError(f"{out}: a link to nothing (remove it or choose another --out)")
    if out.exists() and not out.is_dir():
        raise EditionError(f"{out}: a file, not a folder (choose another --out)")
    if out.is_dir() and any(out.iterdir()):
        written = delivered_files(out)
        if written is None:
            raise EditionError(f"{out}: holds files and no delivery of tts-edition (choose another --out, or empty it)")
        foreign = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
        foreign = [name for name in foreign if name not in written]
        if foreign:
            raise EditionError(f"{out}: an earlier delivery with files it did not write ({', '.join(foreign[:3])}): "
                               "move them, or choose another --out")  # fmt: skip


def delivered_files(folder: Path) -> set[str] | None:
    """The files an earlier delivery in `folder` wrote (paths relative to it), or None if it holds none of ours."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("schema") != SCHEMA:
        return None
    listed = {MANIFEST, str(manifest.get("cover", ""))} | {str(f.get("file", "")) for f in manifest.get("files", [])}
    return listed | {f"{Path(name).parent}/metadata.xml" for name in listed if ".itmsp/" in name}


@contextlib.contextmanager
def staged(out: Path) -> Iterator[Path]:
    """A fresh folder beside `out` to write the delivery into; on success it becomes `out` (an earlier delivery
    there is swapped out and removed), on failure it is removed and `out` is as it was."""
    token = secrets.token_hex(4)
    temp, old = out.parent / f".{out.name}.{token}.part", out.parent / f".{out.name}.{token}.old"
    with reported(out):
        temp.mkdir(parents=True)
    try:
        yield temp
        with reported(out):
            if out.is_dir():
                os.rename(out, old)
            os.rename(temp, out)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
