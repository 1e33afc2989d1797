"""The static reader page, `index.html`: the edition's text synced to its audio, with a player bar built for books.

Plain HTML, CSS and JavaScript written here: no build step, no CDN, works from any static web server.
"""

from __future__ import annotations

import hashlib
import json
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from tts_edition.atomic import write_text
from tts_edition.reader.font import FAMILY, font_faces
from tts_edition.script.detect import CYRILLIC
from tts_edition.script.writing import arabic_css, text_attributes, writing
from tts_edition.timing.index import edition_script, paragraphs, part_pieces, spoken_heading

_LABELS = {
    "play_paragraph": "Абзацты тыңдау",
    "play_from": "Осы жерден тыңдау",
    "player": "Ойнатқыш",
    "contents": "Мазмұны",
    "settings": "Баптаулар",
    "close": "Жабу",
    "previous": "Алдыңғы тарау",
    "next": "Келесі тарау",
    "back": "15 секунд артқа",
    "forward": "30 секунд алға",
    "play": "Ойнату",
    "pause": "Кідірту",
    "position": "Тыңдау орны",
    "speed": "Ойнату жылдамдығы",
    "smaller": "Мәтінді кішірейту",
    "larger": "Мәтінді үлкейту",
    "text_size": "Мәтін өлшемі",
    "sleep": "Ұйқы таймері",
    "keys": "Бос орын: ойнату/кідірту. ← →: алдыңғы/келесі абзац.",
    "click": "Сөйлемді басыңыз: сол жерден тыңдау.",
}
_SPEEDS = (0.75, 1, 1.25, 1.5, 1.75, 2)
_SLEEP = (("", "Өшірулі"), ("5", "5 минут"), ("15", "15 минут"), ("30", "30 минут"), ("60", "60 минут"),
          ("chapter", "Тарау соңында"))  # fmt: skip
_ICONS = {  # 24×24 SVG paths
    "previous": "M6 5h2v14H6zM20 5v14L9 12z",
    "next": "M16 5h2v14h-2zM4 5l11 7-11 7z",
    "play": "M7 4l13 8-13 8z",
    "pause": "M6 4h4v16H6zM14 4h4v16h-4z",
    "back": "M11 6v12L2 12zM21 6v12l-9-6z",
    "forward": "M13 6v12l9-6zM3 6v12l9-6z",
    "settings": "M3 5h11v2H3zM16 3h2v6h-2zM19 5h2v2h-2zM3 11h3v2H3zM8 9h2v6H8zM11 11h10v2H11zM3 17h9v2H3zM14 15h2v6h-2z"
    "M17 17h4v2h-4z",
    "smaller": "M4 11h16v2H4z",
    "larger": "M11 4h2v7h7v2h-7v7h-2v-7H4v-2h7z",
    "close": "M6 4.6l6 6 6-6 1.4 1.4-6 6 6 6-1.4 1.4-6-6-6 6L4.6 18l6-6-6-6z",
}


def write_reader(path: Path, index: dict[str, Any]) -> None:
    write_text(path, page(index))


def edition_key(index: dict[str, Any]) -> str:
    """Names the edition's audio: a rebuild with other audio gets another key, so no saved position carries over."""
    timing = [[p["hash"], p["start"], p["end"]] for p in paragraphs(index)]
    return hashlib.sha256(json.dumps(timing).encode()).hexdigest()[:16]


def page(index: dict[str, Any]) -> str:
    assets = files(__package__)
    css = assets.joinpath("reader.css").read_text(encoding="utf-8")
    script = assets.joinpath("reader.js").read_text(encoding="utf-8")
    main = writing(index["language"], edition_script(index))
    ui = writing(index["language"], CYRILLIC).differs(main)
    title = escape(index["title"])
    author = f'<p class="author">{escape(index["author"])}</p>' if index.get("author") else ""
    chapters = "\n".join(_chapter(index, c) for c in index["chapters"])
    return f"""<!DOCTYPE html>
<html{main.attributes()}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
{_fonts(index)}{css}{arabic_css(index["language"], FAMILY)}</style>
</head>
<body data-edition="{edition_key(index)}" data-author={quoteattr(index.get("author") or "")}>
<header>
<h1 id="title">{title}</h1>
{author}
<p class="help"{ui}><span class="keys">{_LABELS["keys"]}</span> {_LABELS["click"]}</p>
</header>
{_player(index, ui)}
<main>
{chapters}
</main>
{_contents(index, ui)}
{_settings(ui)}
<script>
{script}</script>
</body>
</html>
"""


def _fonts(index: dict[str, Any]) -> str:
    """The reader's font, with the characters of the page's text in its regular weight, and those of the title,
    the chapters' titles and the sections' headings in bold."""
    headings = [index["title"], *(c["title"] for c in index["chapters"])]
    headings += [p["text"] for p in paragraphs(index) if p.get("heading")]
    text = [index.get("author") or "", *headings, *(p["text"] for p in paragraphs(index)), "0123456789:"]
    return font_faces("".join(text), "".join(headings))


def _player(index: dict[str, Any], ui: str) -> str:
    play_labels = f' data-play-label="{_LABELS["play"]}" data-pause-label="{_LABELS["pause"]}"'
    speeds = "".join(f'<option value="{s}"{" selected" * (s == 1)}>{s:g}×</option>' for s in _SPEEDS)
    speed = f'<select id="speed" aria-label="{_LABELS["speed"]}" title="{_LABELS["speed"]}">{speeds}</select>'
    return f"""<section class="player" aria-label="{_LABELS["player"]}"{ui}>
<audio id="edition" preload="metadata" src={quoteattr(quote(index["audio"]["mp3"]))}></audio>
<audio id="clip" preload="none"></audio>
<div class="row">
<button type="button" id="contents-open" aria-haspopup="dialog" aria-controls="contents">\
<span class="label">{_LABELS["contents"]}:</span> <span id="chapter-now" dir="auto"></span></button>
{_button("settings-open", _LABELS["settings"], _icon("settings"), ' aria-haspopup="dialog" aria-controls="settings"')}
</div>
<div class="row">
<input type="range" id="position" min="0" max="{index["duration"]}" step="any" value="0"\
 aria-label="{_LABELS["position"]}">
<span id="clock" aria-hidden="true">0:00</span>
</div>
<div class="row transport">
{_chapter_step(index, "previous")}{_button("back", _LABELS["back"], _icon("back") + "15")}
{_button("play", _LABELS["play"], _icon("play") + _icon("pause"), play_labels)}
{_button("forward", _LABELS["forward"], "30" + _icon("forward"))}
{_chapter_step(index, "next")}{speed}
</div>
</section>"""


def _chapter_step(index: dict[str, Any], name: str) -> str:
    """The previous or next chapter button (and a line break after it), where there is more than one chapter."""
    return _button(name, _LABELS[name], _icon(name)) + "\n" if len(index["chapters"]) > 1 else ""


def _button(name: str, label: str, content: str, extra: str = "") -> str:
    return f'<button type="button" id="{name}" aria-label="{label}" title="{label}"{extra}>{content}</button>'


def _icon(name: str) -> str:
    return f'<svg class="icon-{name}" viewBox="0 0 24 24" aria-hidden="true"><path d="{_ICONS[name]}"/></svg>'


def _dialog(name: str, body: str, ui: str) -> str:
    close = _button(f"{name}-close", _LABELS["close"], _icon("close"))
    return (
        f'<dialog id="{name}" aria-labelledby="{name}-title">\n<div class="sheet">\n<div class="sheet-head"{ui}>'
        f'<h2 id="{name}-title">{_LABELS[name]}</h2>{close}</div>\n'
        f"{body}\n</div>\n</dialog>"
    )


def _contents(index: dict[str, Any], ui: str) -> str:
    items = "".join(
        f'<li{_writing(index, c["title"])}><a href="#{c["id"]}">{escape(c["title"])}</a>'
        f"{duration(c['end'] - c['start'])}</li>"
        for c in index["chapters"]
    )
    return _dialog("contents", f'<nav aria-labelledby="contents-title"><ol>{items}</ol></nav>', ui)


def duration(seconds: float) -> str:
    """A length of time as a clock shows it (3:05, 1:02:09), marked up as a duration."""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    shown = f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
    return f'<time class="duration" datetime="PT{whole}S" dir="ltr">{shown}</time>'


def _settings(ui: str) -> str:
    sleep = "".join(f'<option value="{value}">{label}</option>' for value, label in _SLEEP)
    body = (
        f'<div class="setting"{ui}><span id="text-size-label">{_LABELS["text_size"]}</span>'
        f"{_button('smaller', _LABELS['smaller'], _icon('smaller'))}"
        f'<output id="text-size" aria-labelledby="text-size-label">100%</output>'
        f"{_button('larger', _LABELS['larger'], _icon('larger'))}</div>\n"
        f'<div class="setting"{ui}><label for="sleep">{_LABELS["sleep"]}</label>'
        f'<select id="sleep">{sleep}</select></div>'
    )
    return _dialog("settings", body, ui)


def _writing(index: dict[str, Any], text: str) -> str:
    return text_attributes(index["language"], edition_script(index), text)


def _chapter(index: dict[str, Any], chapter: dict[str, Any]) -> str:
    """A section per chapter; its heading is the spoken heading paragraph when there is one (shown once, played
    from a click), a plain heading otherwise, or none when it would repeat the edition's title."""
    heading = spoken_heading(chapter)
    body = chapter["paragraphs"][1:] if heading else chapter["paragraphs"]
    labelled_by = f"{chapter['id']}-title"
    if heading:
        title = _heading(index, heading, labelled_by)
    elif chapter["title"] != index["title"] or len(index["chapters"]) > 1:
        attributes = f'id="{labelled_by}" tabindex="-1"{_writing(index, chapter["title"])}'
        title = f"<h2 {attributes}>{escape(chapter['title'])}</h2>"
    else:
        title, labelled_by = "", "title"
    paragraphs_html = "\n".join(_section(index, p) if p.get("heading") else _paragraph(index, p) for p in body)
    times = f'data-start="{chapter["start"]}" data-end="{chapter["end"]}" data-title={quoteattr(chapter["title"])}'
    return (
        f'<section class="chapter" id="{chapter["id"]}" {times} aria-labelledby="{labelled_by}">\n'
        f"{title}\n{paragraphs_html}\n</section>"
    )


def _heading(index: dict[str, Any], paragraph: dict[str, Any], button_id: str, tag: str = "h2") -> str:
    sentences = " ".join(_sentence(index, s) for s in paragraph["sentences"])
    return (
        f'<{tag} class="paragraph" id="{paragraph["id"]}" {_times(paragraph)}{_writing(index, paragraph["text"])}>'
        f'<button type="button" class="play-from" id="{button_id}" title="{_LABELS["play_from"]}">{sentences}</button>'
        f"</{tag}>"
    )


def _section(index: dict[str, Any], paragraph: dict[str, Any]) -> str:
    """A section's heading, a level below the chapter's (read aloud, played from a click like a chapter's)."""
    return _heading(index, paragraph, f"{paragraph['id']}-title", f"h{min(6, 1 + paragraph['heading'])}")


def _paragraph(index: dict[str, Any], paragraph: dict[str, Any]) -> str:
    sentences = " ".join(_sentence(index, s) for s in paragraph["sentences"])
    button = (
        f'<button type="button" class="play-clip" data-clip={quoteattr(paragraph["clip"])}'
        f' aria-label="{_LABELS["play_paragraph"]}: {paragraph["id"]}">▶</button>'
    )
    return (
        f'<div class="paragraph" id="{paragraph["id"]}" {_times(paragraph)}'
        f"{_writing(index, paragraph['text'])}>{button}<p>{sentences}</p></div>"
    )


def _times(item: dict[str, Any]) -> str:
    return f'data-start="{item["start"]}" data-end="{item["end"]}"'


def _sentence(index: dict[str, Any], sentence: dict[str, Any]) -> str:
    """A sentence as written, its words timed; a part another voice reads (a quote in Russian, a character's line)
    is marked with its language and its reader."""
    groups = part_pieces(sentence)
    if len(groups) == 1:
        reader, body = _reader(index, groups[0][0]), _words(sentence, groups[0][1])
    else:
        reader = ""
        body = "".join(f'<span class="part"{_reader(index, part)}>{_words(sentence, pieces)}</span>'
                       for part, pieces in groups)  # fmt: skip
    return f'<span class="sentence" id="{sentence["id"]}" {_times(sentence)}{reader}>{body}</span>'


def _reader(index: dict[str, Any], reader: dict[str, Any]) -> str:
    """`lang` where a part is in another language than the edition; who reads it where that is not the narrator."""
    lang = f' lang="{reader["lang"]}"' if reader.get("lang") and reader["lang"] != index["language"] else ""
    narrator = (index["voice"]["id"], index["voice"]["speaker"])
    if (reader.get("voice"), reader.get("speaker")) in ((None, None), narrator):
        return lang
    who = reader["voice"] + (f", {reader['speaker']}" if reader.get("speaker") else "")
    return f"{lang} data-voice={quoteattr(who)} title={quoteattr(who)}"


def _words(sentence: dict[str, Any], pieces: list[tuple[str, int | None]]) -> str:
    """Text as written, each written word wrapped with its time."""
    words = sentence["words"]
    return "".join(escape(text).replace("\n", "<br>") if n is None else _word(text, words[n]) for text, n in pieces)


def _word(text: str, word: dict[str, Any]) -> str:
    return f'<span class="word" {_times(word)}>{escape(text)}</span>'
