"""The `tts-edition` command: parse, call the library, print."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from tts_edition.errors import EditionError

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    help="Kazakh text in, finished audio edition out.",
)


@app.command()
def build(
    input: Annotated[Path, typer.Argument(help=".txt, .md, .epub file or a folder of chapter files")],
    out: Annotated[Path | None, typer.Option(help="output folder (default build/<input stem>/)")] = None,
    voice: Annotated[str | None, typer.Option(help="voice id from voices/ or a path to a voice .toml")] = None,
    speaker: Annotated[str | None, typer.Option(help="speaker name or number, for multi-speaker voices")] = None,
    formats: Annotated[str | None, typer.Option(help="outputs beside mp3: m4b, opus (clips), flac")] = None,
    loudness: Annotated[str | None, typer.Option(help="audiobook, podcast, ebu-r128 or a number in LUFS")] = None,
    config: Annotated[Path | None, typer.Option(help="settings file (default: edition.toml beside INPUT)")] = None,
    title: Annotated[str | None, typer.Option(help="edition title")] = None,
    author: Annotated[str | None, typer.Option(help="author")] = None,
    cover: Annotated[Path | None, typer.Option(help="cover image (JPEG or PNG)")] = None,
) -> None:
    """Build an audio edition of INPUT."""
    from tts_edition.build import build_edition

    index = build_edition(
        input, out, voice=voice, speaker=speaker, formats=formats, loudness=loudness,
        config=config, title=title, author=author, cover=cover,
    )  # fmt: skip
    typer.echo(index.parent)


@app.command()
def normalize(
    text: Annotated[str | None, typer.Argument(help="text to normalise (stdin when omitted)")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="list every rewrite and the rule that made it")] = False,
    lexicon: Annotated[Path | None, typer.Option(help="pronunciation lexicon (.tsv or .toml)")] = None,
) -> None:
    """Print the spoken form of Kazakh TEXT."""
    from tts_edition.normalize import explain as explain_text
    from tts_edition.normalize.lexicon import load_lexicon

    source = text if text is not None else sys.stdin.read()
    spoken, log = explain_text(source, load_lexicon(lexicon) if lexicon else None)
    typer.echo(spoken)
    if explain:
        for rewrite in log:
            typer.echo(f"  {rewrite.rule}: {rewrite.written!r} → {rewrite.spoken!r}")


@app.command()
def clip(
    build_dir: Annotated[Path, typer.Argument(help="a build folder")],
    paragraph_id: Annotated[str, typer.Argument(help="e.g. c01-p003")],
) -> None:
    """Print the path of one paragraph's clip."""
    from tts_edition.timing.index import paragraphs, read_index

    index = read_index(build_dir)
    for paragraph in paragraphs(index):
        if paragraph["id"] == paragraph_id:
            typer.echo(build_dir / paragraph["clip"])
            return
    raise EditionError(f"no paragraph '{paragraph_id}' in {build_dir} (ids look like c01-p001)")


@app.command()
def export(
    build_dir: Annotated[Path, typer.Argument(help="a build folder")],
    format: Annotated[
        str, typer.Option("--format", "-f", help="json, vtt, srt, smil, epub, lrc, audacity, cue, ffmetadata")
    ],
    out: Annotated[Path | None, typer.Option(help="file to write (default: beside the edition's MP3)")] = None,
) -> None:
    """Write one timing or sync format from the edition's index."""
    from tts_edition.timing.exports import export as export_format

    typer.echo(export_format(build_dir, format.lower(), out))


@app.command()
def check(build_dir: Annotated[Path, typer.Argument(help="a build folder")]) -> None:
    """Verify an edition: loudness, peaks, clips against the edition, chapters against the index."""
    from tts_edition.check import check_edition

    findings = check_edition(build_dir)
    for finding in findings:
        typer.echo(f"{'ok  ' if finding.ok else 'FAIL'} {finding.check}: {finding.detail}")
    if not all(f.ok for f in findings):
        raise typer.Exit(1)


def main() -> None:
    """Entry point: a user's mistake is one line on stderr and exit code 2, never a traceback."""
    try:
        app()
    except EditionError as exc:
        typer.echo(f"tts-edition: error: {exc}", err=True)
        sys.exit(2)
