"""The static reader page, `index.html`: the edition's text synced to its audio, a play button per paragraph.

Plain HTML, CSS and JavaScript written here: no build step, no CDN, works from any static web server.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from tts_edition.atomic import write_text
from tts_edition.timing.index import text_pieces

_LABELS = {
    "play_paragraph": "Абзацты тыңдау",
    "player": "Басылымның толық аудиосы",
    "contents": "Мазмұны",
    "help": "Бос орын: ойнату/кідірту. ← →: алдыңғы/келесі абзац. Сөйлемді басыңыз: сол жерден тыңдау.",
}


def write_reader(path: Path, index: dict[str, Any]) -> None:
    write_text(path, page(index))


def page(index: dict[str, Any]) -> str:
    assets = files(__package__)
    css = assets.joinpath("reader.css").read_text(encoding="utf-8")
    script = assets.joinpath("reader.js").read_text(encoding="utf-8")
    title = escape(index["title"])
    chapters = "\n".join(_chapter(c) for c in index["chapters"])
    contents = "".join(f'<li><a href="#{c["id"]}">{escape(c["title"])}</a></li>' for c in index["chapters"])
    nav = f'<nav aria-label="{_LABELS["contents"]}"><ol>{contents}</ol></nav>' if len(index["chapters"]) > 1 else ""
    player = f'id="edition" controls preload="metadata" aria-label="{_LABELS["player"]}"'

    author = f'<p class="author">{escape(index["author"])}</p>' if index.get("author") else ""
    return f"""<!DOCTYPE html>
<html lang="{escape(index["language"])}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
{css}</style>
</head>
<body>
<header>
<h1>{title}</h1>
{author}
<audio {player} src={quoteattr(index["audio"]["mp3"])}></audio>
<audio id="clip" preload="none"></audio>
<p class="help">{_LABELS["help"]}</p>
{nav}
</header>
<main>
{chapters}
</main>
<script>
{script}</script>
</body>
</html>
"""


def _chapter(chapter: dict[str, Any]) -> str:
    paragraphs = "\n".join(_paragraph(p) for p in chapter["paragraphs"])
    return (
        f'<section class="chapter" id="{chapter["id"]}" aria-labelledby="{chapter["id"]}-title">\n'
        f'<h2 id="{chapter["id"]}-title">{escape(chapter["title"])}</h2>\n{paragraphs}\n</section>'
    )


def _paragraph(paragraph: dict[str, Any]) -> str:
    sentences = " ".join(_sentence(s) for s in paragraph["sentences"])
    button = (
        f'<button type="button" class="play-clip" data-clip={quoteattr(paragraph["clip"])}'
        f' aria-label="{_LABELS["play_paragraph"]}: {paragraph["id"]}">▶</button>'
    )
    times = f'data-start="{paragraph["start"]}" data-end="{paragraph["end"]}"'
    return f'<div class="paragraph" id="{paragraph["id"]}" {times}>{button}<p>{sentences}</p></div>'


def _sentence(sentence: dict[str, Any]) -> str:
    times = f'data-start="{sentence["start"]}" data-end="{sentence["end"]}"'
    return f'<span class="sentence" id="{sentence["id"]}" {times}>{_words(sentence)}</span>'


def _words(sentence: dict[str, Any]) -> str:
    """The sentence as written, each written word wrapped with its time."""
    words = sentence["words"]
    return "".join(escape(text) if n is None else _word(text, words[n]) for text, n in text_pieces(sentence))


def _word(text: str, word: dict[str, Any]) -> str:
    return f'<span class="word" data-start="{word["start"]}" data-end="{word["end"]}">{escape(text)}</span>'
