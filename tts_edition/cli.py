"""The `tts-edition` command: parse, call the library, print."""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import Annotated

import typer

from tts_edition.errors import EditionError, Interrupted, system_error

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    help="Kazakh text in, finished audio edition out.",
)


def _print_version(value: bool) -> None:
    if value:
        from tts_edition import __version__

        typer.echo(f"tts-edition {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="print the version and exit")
    ] = False,
) -> None:
    """Kazakh text in, finished audio edition out."""


@app.command()
def build(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            help=".txt, .md, .epub, .docx, .odt, .rtf, .pdf, .fb2 (.fb2.zip), .html file, a folder of chapter files"
            " or an http(s):// URL of an article; several: each its own edition under --out-dir",
            metavar="INPUT...",
        ),
    ],
    out: Annotated[Path | None, typer.Option(help="output folder (default build/<input stem>/)")] = None,
    out_dir: Annotated[
        Path | None, typer.Option(help="with several inputs: each built into OUT_DIR/<slug of its title>/")
    ] = None,
    each: Annotated[bool, typer.Option("--each", help="a folder's files are articles, each its own edition")] = False,
    voice: Annotated[str | None, typer.Option(help="voice id from voices/, a voice .toml or a Piper .onnx")] = None,
    speaker: Annotated[str | None, typer.Option(help="speaker name or number, for multi-speaker voices")] = None,
    formats: Annotated[str | None, typer.Option(help="outputs beside mp3: m4b, opus (clips), flac")] = None,
    loudness: Annotated[str | None, typer.Option(help="audiobook, podcast, ebu-r128 or a number in LUFS")] = None,
    config: Annotated[Path | None, typer.Option(help="settings file (default: edition.toml beside INPUT)")] = None,
    title: Annotated[str | None, typer.Option(help="edition title")] = None,
    author: Annotated[list[str] | None, typer.Option(help="author (give it again for each author)")] = None,
    date: Annotated[str | None, typer.Option(help="edition date: 2025-11-11, 11.11.2025 or 11 қараша 2025")] = None,
    narrator: Annotated[str | None, typer.Option(help="narrator (default: the voice's name)")] = None,
    publisher: Annotated[str | None, typer.Option(help="publisher")] = None,
    isbn: Annotated[str | None, typer.Option(help="ISBN-10 or ISBN-13 of the audiobook")] = None,
    language: Annotated[str | None, typer.Option(help="language tag: kk (default), kk-KZ, kk-Arab…")] = None,
    description: Annotated[str | None, typer.Option(help="description")] = None,
    series: Annotated[str | None, typer.Option(help="series the book belongs to")] = None,
    series_number: Annotated[str | None, typer.Option(help="the book's number in its series")] = None,
    copyright: Annotated[str | None, typer.Option(help="copyright line")] = None,
    genre: Annotated[str | None, typer.Option(help="genre")] = None,
    opening_credits: Annotated[
        str | None, typer.Option(help="opening credits text; {title} {authors} {narrator} {publisher} {year}")
    ] = None,
    closing_credits: Annotated[str | None, typer.Option(help="closing credits text, as --opening-credits")] = None,
    cover: Annotated[Path | None, typer.Option(help="cover image (JPEG or PNG)")] = None,
    bitrate: Annotated[str | None, typer.Option(help="kbit/s of the MP3 edition and its clips (default 64)")] = None,
    lexicon: Annotated[Path | None, typer.Option(help="pronunciation lexicon (.tsv or .toml)")] = None,
    pauses: Annotated[
        str | None,
        typer.Option(help="seconds of silence, e.g. sentence=0.35,paragraph=0.8,chapter=2,lead_in=0.5,tail=1"),
    ] = None,
    script: Annotated[str | None, typer.Option(help="script of INPUT: auto, cyrillic, latin or arabic")] = None,
    jobs: Annotated[
        str | None, typer.Option(help="synthesis workers, or auto (default: from the cores, free memory and engine)")
    ] = None,
    executor: Annotated[str | None, typer.Option(help="local or ray")] = None,
    ray_address: Annotated[str | None, typer.Option(help="Ray cluster address (default: start one here)")] = None,
    cache_dir: Annotated[
        Path | None, typer.Option(help="synthesis cache (default ~/.cache/tts-edition; none: off)")
    ] = None,
    device: Annotated[str | None, typer.Option(help="cpu or cuda (neural voices)")] = None,
    sync: Annotated[str | None, typer.Option(help="EPUB media overlays: sentence or word")] = None,
    footnotes: Annotated[
        str | None, typer.Option(help="omit (default), or read each at the end of its paragraph (DOCX, ODT, RTF, FB2)")
    ] = None,
    speed: Annotated[str | None, typer.Option(help="every voice's pace, 0.5 to 2 (1.25: a quarter faster)")] = None,
    sample_rate: Annotated[
        int | None, typer.Option(help="of the edition's audio, in Hz (default: the narrator's own)")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
    into_existing: Annotated[
        bool, typer.Option("--into-existing", help="build into a folder that holds other files (never touched)")
    ] = False,
) -> None:
    """Build an audio edition of INPUT, or of each INPUT (a newsroom's articles) in one run."""
    from tts_edition.batch import FAILED, build_editions
    from tts_edition.build import build_edition

    credits = {"opening": opening_credits, "closing": closing_credits}
    options = dict(
        voice=voice, speaker=speaker, formats=formats, loudness=loudness, config=config, title=title, author=author,
        date=date, narrator=narrator, publisher=publisher, isbn=isbn, language=language, description=description,
        series=series, series_number=series_number, copyright=copyright, genre=genre,
        credits={k: v for k, v in credits.items() if v is not None} or None, cover=cover, bitrate=bitrate,
        lexicon=lexicon, pauses=_table("--pauses", pauses), script=script, jobs=_jobs(jobs), executor=executor,
        ray_address=ray_address, cache_dir=cache_dir, device=device, sync=sync, footnotes=footnotes, quiet=quiet,
        speed=speed, sample_rate=sample_rate,
    )  # fmt: skip
    if out_dir is None and len(inputs) == 1 and not each:
        typer.echo(build_edition(inputs[0], out, into_existing=into_existing, **options).parent)
        return
    if out is not None or into_existing:
        raise EditionError("--out and --into-existing name one edition's folder; several inputs go to --out-dir")
    outcomes = build_editions(inputs, out_dir or Path("build"), each, **options)
    for outcome in outcomes:
        named = outcome.status != FAILED or str(outcome.source) in outcome.detail
        where = outcome.detail if named else f"{outcome.source}: {outcome.detail}"
        typer.echo(f"{outcome.status:<9} {where}")
    counts = {status: sum(o.status == status for o in outcomes) for status in ("built", "unchanged", FAILED)}
    typer.echo(", ".join(f"{status} {count}" for status, count in counts.items()))
    if counts[FAILED]:
        raise typer.Exit(2)


def _table(option: str, value: str | None) -> dict[str, float] | None:
    """`name=number,name=number` → {name: number}; the settings say which names and numbers fit."""
    if value is None:
        return None
    table = {}
    for entry in filter(None, (part.strip() for part in value.split(","))):
        name, _, number = entry.partition("=")
        try:
            table[name.strip()] = float(number)
        except ValueError:
            raise EditionError(f"{option} {value}: write name=seconds, comma-separated (chapter=3,tail=2)") from None
    return table


def _jobs(value: str | None) -> int | None:
    """--jobs: a count, or auto (0 to the settings)."""
    if value is None:
        return None
    if value == "auto":
        return 0
    try:
        return int(value)
    except ValueError:
        raise EditionError(f"--jobs {value}: give a number of workers or auto") from None


@app.command()
def normalize(
    text: Annotated[str | None, typer.Argument(help="text to normalise (stdin when omitted)")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="list every rewrite and the rule that made it")] = False,
    lexicon: Annotated[Path | None, typer.Option(help="pronunciation lexicon (.tsv or .toml)")] = None,
) -> None:
    """Print the spoken form of Kazakh TEXT (in any script: it is read in Cyrillic first). --explain lists each
    written token a rule rewrote: the rule, the kind of reading, and "check" where it is a guess to confirm."""
    from tts_edition.normalize import normalize_tokens
    from tts_edition.normalize.lexicon import load_lexicon
    from tts_edition.normalize.provenance import as_written, written_form
    from tts_edition.script import to_cyrillic

    source = text if text is not None else sys.stdin.read()
    cyrillic = to_cyrillic(source)
    normalised = normalize_tokens(cyrillic, load_lexicon(lexicon) if lexicon else None)
    typer.echo(normalised.spoken)
    if explain:
        if cyrillic != source:
            typer.echo(f"  script: {source.strip()!r} → {cyrillic.strip()!r}")
        for group in as_written(normalised.groups, cyrillic, source):
            if group.applied:
                flags = ", ".join([group.kind, *(["check"] if group.guess else [])])
                typer.echo(f"  {group.rule}: {written_form(source, group)!r} → {' '.join(group.words)!r} ({flags})")


@app.command()
def readings(
    input: Annotated[Path, typer.Argument(help="a file, folder or URL, as `build` reads it")],
    format: Annotated[str, typer.Option("--format", "-f", help="tsv, json or html")] = "tsv",
    out: Annotated[Path | None, typer.Option(help="file to write (default: standard output)")] = None,
    lexicon: Annotated[Path | None, typer.Option(help="pronunciation lexicon (.tsv or .toml) to apply")] = None,
    edition: Annotated[
        Path | None, typer.Option(help="edition folder whose clips the page plays (default build/<input stem>/)")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="settings file (default: edition.toml beside INPUT)")] = None,
) -> None:
    """The pronunciation sheet: every reading the normaliser made or judged, guesses first, for a person to
    confirm (written, spoken, rule, count, where, check)."""
    from tts_edition.readings.sheet import sheet

    text = sheet(input, format.lower(), out, lexicon, edition, config)
    if text is None:
        typer.echo(out)
    else:
        typer.echo(text, nl=False)


lexicon_app = typer.Typer(no_args_is_help=True, help="The pronunciation lexicon.")
app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command("check")
def lexicon_check(
    file: Annotated[Path, typer.Argument(help="a lexicon (.tsv or .toml)")],
    input: Annotated[Path | None, typer.Argument(help="a text the entries should occur in")] = None,
    config: Annotated[Path | None, typer.Option(help="settings file for INPUT")] = None,
) -> None:
    """One line per problem: entries given twice, spoken sides the voice cannot read, entries that never occur in
    INPUT. Exit 1 when there is one."""
    from tts_edition.readings.sheet import check_lexicon

    problems = check_lexicon(file, input, config)
    for problem in problems:
        typer.echo(problem)
    if problems:
        raise typer.Exit(1)
    typer.echo(f"{file}: no problems")


@app.command()
def transliterate(
    file: Annotated[str, typer.Argument(help="a text file in any script; - or nothing for stdin")] = "-",
) -> None:
    """Print Kazakh text from any script (Latin 2017/2018/2021, kk-latn or informal, Arabic script) in Cyrillic."""
    from tts_edition.ingest.notice import notice
    from tts_edition.ingest.textfile import decode_text, read_text
    from tts_edition.script import transliterated

    source = decode_text(sys.stdin.buffer.read(), "stdin") if file == "-" else read_text(Path(file))
    cyrillic, found = transliterated(source)
    typer.echo(cyrillic, nl=not source.endswith("\n"))
    for flag in found.flags:
        notice(flag)


@app.command()
def clip(
    build_dir: Annotated[Path, typer.Argument(help="a build folder")],
    paragraph_id: Annotated[str, typer.Argument(help="e.g. c01-p003")],
    play: Annotated[bool, typer.Option("--play", help="play it on this machine's audio output")] = False,
) -> None:
    """Print the path of one paragraph's clip, or play it."""
    from tts_edition.playback import clip_path, play_file

    path = clip_path(build_dir, paragraph_id)
    if play:
        play_file(path)
    else:
        typer.echo(path)


@app.command()
def preview(
    input: Annotated[Path, typer.Argument(help="what `build` reads: a text, Markdown, EPUB, DOCX … or a folder")],
    chapter: Annotated[int, typer.Option(help="the chapter, numbered from 1")] = 1,
    paragraphs: Annotated[int, typer.Option(help="how many of its first paragraphs")] = 3,
    out: Annotated[Path | None, typer.Option(help="the MP3 to write (default build/<input stem>-preview.mp3)")] = None,
    play: Annotated[bool, typer.Option("--play", help="play it on this machine's audio output")] = False,
    voice: Annotated[str | None, typer.Option(help="voice id, voice .toml or Piper .onnx")] = None,
    speaker: Annotated[str | None, typer.Option(help="speaker name or number")] = None,
    speed: Annotated[str | None, typer.Option(help="every voice's pace, 0.5 to 2")] = None,
    config: Annotated[Path | None, typer.Option(help="settings file (default: edition.toml beside INPUT)")] = None,
    cache_dir: Annotated[Path | None, typer.Option(help="synthesis cache (default: the build's)")] = None,
) -> None:
    """Hear a few paragraphs with every setting of the full build before building the whole book."""
    from tts_edition.playback import play_file
    from tts_edition.preview import preview as make_preview

    path = make_preview(input, chapter, paragraphs, out, voice=voice, speaker=speaker, speed=speed, config=config,
                        cache_dir=cache_dir)  # fmt: skip
    if play:
        play_file(path)
    typer.echo(path)


@app.command()
def serve(
    build_dir: Annotated[Path, typer.Argument(help="a build folder, or a folder of them (a library)")],
    port: Annotated[int, typer.Option(help="TCP port (0 picks a free one)")] = 8000,
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    cors_origin: Annotated[
        str | None, typer.Option(help="let pages from this origin (https://news.example.kz, or *) use the answers")
    ] = None,
) -> None:
    """Serve the reader page and the edition's files (with byte ranges) until Ctrl-C; for a library, its page,
    /api/editions and every edition under /<its folder>/."""
    from tts_edition.serve import serve as start

    server = start(build_dir, port, host, cors_origin)
    try:
        typer.echo(f"serving {build_dir} at {server.url} (Ctrl-C stops)")
        server.serve_forever()
    except Interrupted:
        typer.echo("stopped")
    finally:
        server.server_close()


@app.command()
def feed(
    library_dir: Annotated[Path, typer.Argument(help="a folder of editions (a library)")],
    base_url: Annotated[str, typer.Option(help="the URL the library folder is served at")],
    out: Annotated[Path | None, typer.Option(help="the feed file, in the library (default: its feed.xml)")] = None,
    title: Annotated[str | None, typer.Option(help="the podcast's title (default: the folder's name)")] = None,
) -> None:
    """Write an RSS 2.0 podcast feed of the editions (iTunes tags, Podcasting 2.0 chapters and transcripts)."""
    from tts_edition.feed import write_feed

    typer.echo(write_feed(library_dir, base_url, out, title))


@app.command()
def export(
    build_dir: Annotated[Path, typer.Argument(help="a build folder")],
    format: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="json, vtt, vtt-words, srt, smil, epub, lrc, audacity, cue, ffmetadata, words"
        ),
    ],
    out: Annotated[
        Path | None, typer.Option(help="file to write (default: beside the edition's MP3); words: .json for JSON")
    ] = None,
    sync: Annotated[str, typer.Option(help="EPUB media overlays: sentence or word")] = "sentence",
) -> None:
    """Write one timing or sync format from the edition's index."""
    from tts_edition.timing.exports import export as export_format

    typer.echo(export_format(build_dir, format.lower(), out, sync))


@app.command()
def package(
    edition: Annotated[Path, typer.Argument(help="a build folder")],
    store: Annotated[str, typer.Option(help="retail, google, apple or findaway")],
    out: Annotated[Path | None, typer.Option(help="delivery folder (default: <edition>-<store> beside it)")] = None,
    bitrate: Annotated[str | None, typer.Option(help="kbit/s of an MP3 delivery (default: the store's)")] = None,
    sample_rate: Annotated[str | None, typer.Option(help="Hz (default: the store's, 44100)")] = None,
    sample_chapter: Annotated[
        str | None, typer.Option(help="the retail sample's chapter: c03 or 3 (default: the first after front matter)")
    ] = None,
    cover: Annotated[Path | None, typer.Option(help="cover image (default: the edition's)")] = None,
    provider: Annotated[str | None, typer.Option(help="apple: the provider short name of your account")] = None,
    voice: Annotated[
        str | None, typer.Option(help="the edition's voice, when it is not in the catalogue (for the credits)")
    ] = None,
) -> None:
    """Derive a store delivery from a finished edition (credits, room tone, per-chapter files, tags), beside it."""
    from tts_edition.package import package_edition

    delivery = package_edition(
        edition, store, out, bitrate=bitrate, sample_rate=sample_rate, sample_chapter=sample_chapter, cover=cover,
        provider=provider, voice=voice,
    )  # fmt: skip
    if not delivery.lossless:
        typer.echo(f"note: derived from {delivery.source}, a lossy source (build with --formats flac for a master)")
    typer.echo(delivery.folder)


@app.command()
def check(
    build_dir: Annotated[Path, typer.Argument(help="a build folder, or with --store a delivery folder")],
    store: Annotated[
        str | None, typer.Option(help="prove a delivery against this store's specification: retail, google, apple…")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="findings as JSON")] = False,
) -> None:
    """Prove every file of an edition: loudness, peaks, ACX levels, clipping, clips, chapters, index times, M4B, FLAC,
    Opus, subtitles, reader page and EPUB (with epubcheck when installed). With --store, prove a delivery made by
    `package` against that store's published requirements, one line per requirement."""
    import dataclasses
    import json

    if store:
        from tts_edition.check.store import check_delivery  # the packaging modules (scipy): only for a delivery

        findings = check_delivery(build_dir, store)
    else:
        from tts_edition.check import check_edition

        findings = check_edition(build_dir)
    if as_json:
        typer.echo(json.dumps([dataclasses.asdict(f) for f in findings], ensure_ascii=False, indent=1))
    for finding in [] if as_json else findings:
        typer.echo(finding.line())
    if any(f.fails for f in findings):
        raise typer.Exit(1)


voices_app = typer.Typer(no_args_is_help=True, help="The voice catalogue in voices/.")
app.add_typer(voices_app, name="voices")


@voices_app.command("list")
def voices_list() -> None:
    """Every catalogue voice: installed or not, download size, licence."""
    from tts_edition.catalogue import list_voices

    for s in list_voices():
        size = f"{s.size / 1e6:.0f} MB" if s.size else "size ?" if s.downloadable else "built in"
        state = "installed" if s.installed else "not downloaded"
        typer.echo(f"{s.voice.id:<18} {s.voice.engine:<10} {state:<15} {size:>9}  {s.voice.spec.get('licence', '?')}")


@voices_app.command("info")
def voices_info(voice_id: Annotated[str, typer.Argument(help="a voice id")]) -> None:
    """Everything the catalogue says about a voice, as JSON."""
    import json

    from tts_edition.catalogue import describe
    from tts_edition.voice import load_voice

    typer.echo(json.dumps(describe(load_voice(voice_id)), ensure_ascii=False, indent=1))


@voices_app.command("download")
def voices_download(
    voice_id: Annotated[str, typer.Argument(help="a voice id")],
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar")] = False,
) -> None:
    """Download a voice's files (resumable), verify their checksums, install them atomically."""
    from tts_edition.catalogue import download
    from tts_edition.voice import load_voice

    written = download(load_voice(voice_id), quiet)
    typer.echo("\n".join(str(p) for p in written) or f"{voice_id}: already installed and verified")


@voices_app.command("verify")
def voices_verify(voice_id: Annotated[str, typer.Argument(help="a voice id")]) -> None:
    """Check a voice's installed files against their checksums."""
    from tts_edition.catalogue import verify
    from tts_edition.voice import load_voice

    lines = verify(load_voice(voice_id))
    typer.echo("\n".join(lines) or f"{voice_id}: built in, nothing to verify")
    if any(line.startswith("FAIL") for line in lines):
        raise typer.Exit(1)


cache_app = typer.Typer(no_args_is_help=True, help="The synthesis cache.")
app.add_typer(cache_app, name="cache")


@cache_app.command("prune")
def cache_prune(
    max_size: Annotated[str, typer.Option(help="keep at most this much, e.g. 500MB or 2GB")] = "1GB",
    cache_dir: Annotated[Path | None, typer.Option(help="cache folder (default ~/.cache/tts-edition)")] = None,
) -> None:
    """Remove the least recently used entries until the cache fits in --max-size."""
    from tts_edition.cache import default_cache_dir, parse_size, prune

    result = prune(cache_dir or default_cache_dir(), parse_size(max_size))
    typer.echo(
        f"removed {result.removed} entries ({result.freed_bytes / 1e6:.1f} MB); "
        f"kept {result.kept} ({result.kept_bytes / 1e6:.1f} MB)"
    )


def main() -> None:
    """Entry point: a user's mistake is one line on stderr and exit code 2, never a traceback."""
    for stop in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop, _interrupted)
    try:
        app()
    except Interrupted:
        typer.echo("tts-edition: interrupted; earlier outputs are intact, a rebuild resumes from the cache", err=True)
        sys.exit(130)
    except EditionError as exc:
        typer.echo(f"tts-edition: error: {exc}", err=True)
        sys.exit(2)
    except OSError as exc:  # one the command did not expect: still one line, with the path it concerns
        typer.echo(f"tts-edition: error: {system_error(exc)}", err=True)
        sys.exit(2)


def _interrupted(signum: int, frame: object) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the clean-up short
    raise Interrupted()
