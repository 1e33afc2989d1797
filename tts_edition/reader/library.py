"""The page `serve` shows for a library: every edition, newest first, with its title (a link to its reader page),
date, length, language and script, and a button that plays it here."""

from __future__ import annotations

from importlib.resources import files
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from tts_edition.reader import duration
from tts_edition.reader.font import FAMILY, font_faces
from tts_edition.script.writing import arabic_css

_LABELS = {"title": "Аудиокітапхана", "play": "Тыңдау", "pause": "Кідірту", "empty": "Әзірге ештеңе жоқ."}
_SCRIPTS = {"cyrillic": "кирилл", "latin": "латын", "arabic": "төте жазу"}


def library_page(editions: list[dict[str, Any]]) -> str:
    """The page for `editions` (as `library.summary` gives them), in the order given."""
    titles = "".join(e["title"] for e in editions) + _LABELS["title"]
    shown = titles + "".join(_SCRIPTS.values()) + "".join(e["date"] or "" for e in editions) + "0123456789:·▶❚"
    items = "\n".join(_item(e) for e in editions) or f"<p>{_LABELS['empty']}</p>"
    css = files(__package__).joinpath("library.css").read_text(encoding="utf-8")
    script = files(__package__).joinpath("library.js").read_text(encoding="utf-8")
    return f"""<!DOCTYPE html>
<html lang="kk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_LABELS["title"]}</title>
<style>
{font_faces(shown, _LABELS["title"])}{css}{arabic_css("kk", FAMILY)}</style>
</head>
<body>
<main>
<h1>{_LABELS["title"]}</h1>
<audio id="player" preload="none"></audio>
<ol class="editions">
{items}
</ol>
</main>
<script>
{script}</script>
</body>
</html>
"""


def _item(edition: dict[str, Any]) -> str:
    title = escape(edition["title"])
    direction = "rtl" if edition["script"] == "arabic" else "ltr"
    date = f'<time datetime="{edition["date"]}">{edition["date"]}</time> · ' if edition["date"] else ""
    play = (
        f'<button type="button" class="play" data-audio={quoteattr(edition["audio"])}'
        f' aria-label="{_LABELS["play"]}: {title}" data-play-label="{_LABELS["play"]}: {title}"'
        f' data-pause-label="{_LABELS["pause"]}: {title}">▶</button>'
    )
    writing = f"{edition['lang']} ({_SCRIPTS.get(edition['script'], edition['script'])})"
    return (
        f'<li>{play}<div><a href={quoteattr(edition["url"])} lang="{edition["lang"]}" dir="{direction}">{title}</a>'
        f'<p class="about">{date}{duration(edition["duration"])} · {writing}</p></div></li>'
    )
