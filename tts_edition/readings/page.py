"""The sheet as a page a proofreader works in: search, filter by kind and by what needs checking, hear the sentence
from the edition's clip, copy a lexicon line for a correction. Plain HTML, CSS and JavaScript, as the reader page."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from tts_edition.readings import Reading
from tts_edition.readings.output import as_rows

LABELS = {
    "title": "Айтылу парағы",
    "intro": "Мәтіндегі әр оқылу: жазылуы, айтылуы, оны шығарған ереже. «Тексеру» белгісі тұрған оқылуды адам "
    "растауы керек. Түзету үшін лексикон жолын көшіріп, айтылуын өзгертіңіз.",
    "search": "Іздеу",
    "kind": "Түрі",
    "all": "Барлығы",
    "only_check": "Тек тексерілетіндер",
    "caption": "Оқылулар",
    "written": "Жазылуы",
    "spoken": "Айтылуы",
    "rule": "Ереже",
    "count": "Саны",
    "where": "Қай жерде",
    "actions": "Әрекет",
    "check": "тексеру",
    "was": "лексиконсыз",
    "play": "Сөйлемді тыңдау",
    "copy": "Лексикон жолын көшіру",
    "copied": "Көшірілді",
    "shown": "жол көрсетілген",
    "player": "Сөйлем ойнатқышы",
}


def to_html(readings: list[Reading], base: Path, title: str) -> str:
    assets = files(__package__)
    css = assets.joinpath("sheet.css").read_text(encoding="utf-8")
    script = assets.joinpath("sheet.js").read_text(encoding="utf-8")
    kinds = sorted({reading.kind for reading in readings})
    options = "".join(f"<option value={quoteattr(kind)}>{escape(kind)}</option>" for kind in kinds)
    rows = "\n".join(_row(row) for row in as_rows(readings, base))
    heading = f"{LABELS['title']}: {title}" if title else LABELS["title"]
    return f"""<!DOCTYPE html>
<html lang="kk">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(heading)}</title>
<style>{css}</style>
</head>
<body>
<header>
<h1>{escape(heading)}</h1>
<p>{escape(LABELS["intro"])}</p>
<form class="filters" role="search" onsubmit="return false">
<label>{LABELS["search"]} <input type="search" id="search" autocomplete="off"></label>
<label>{LABELS["kind"]} <select id="kind"><option value="">{LABELS["all"]}</option>{options}</select></label>
<label><input type="checkbox" id="only-check"> {LABELS["only_check"]}</label>
</form>
<p id="status" role="status" aria-live="polite"><span id="shown">{len(readings)}</span> {LABELS["shown"]}</p>
</header>
<main>
<table id="readings">
<caption>{LABELS["caption"]}</caption>
<thead><tr><th scope="col">{LABELS["written"]}</th><th scope="col">{LABELS["spoken"]}</th>
<th scope="col">{LABELS["rule"]}</th><th scope="col">{LABELS["count"]}</th><th scope="col">{LABELS["where"]}</th>
<th scope="col">{LABELS["actions"]}</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
</main>
<audio id="player" preload="none" aria-label="{LABELS["player"]}"></audio>
<script>const LABELS = {{copied: {quoteattr(LABELS["copied"])}}};</script>
<script>{script}</script>
</body>
</html>
"""


def _row(row: dict) -> str:
    written, spoken = row["written"], row["spoken"]
    kind, rule = row["rule"]["kind"], row["rule"]["name"]
    check = f' <span class="check">{LABELS["check"]}</span>' if row["check"] else ""
    was = f'<br><span class="was">{LABELS["was"]}: {escape(row["was"])}</span>' if "was" in row else ""
    where = " ".join(row["where"]["paragraphs"][:5]) + (" …" if len(row["where"]["paragraphs"]) > 5 else "")
    line = quoteattr(f"{written}\t{spoken}")
    play_label, copy_label = quoteattr(LABELS["play"] + ": " + written), quoteattr(LABELS["copy"] + ": " + written)
    play = ""
    if "clip" in row:
        clip = row["clip"]
        play = (f'<button type="button" class="play" data-src={quoteattr(clip["src"])} data-start="{clip["start"]}"'
                f' data-end="{clip["end"]}" aria-label={play_label}>▶</button>')  # fmt: skip
    copy = f'<button type="button" class="copy" data-line={line} aria-label={copy_label}>⧉</button>'
    first = escape(row["where"]["first"])
    search = f"{written} {spoken} {rule} {row['where']['first']}".casefold()
    return (
        f'<tr data-kind={quoteattr(kind)} data-check="{str(row["check"]).lower()}" data-search={quoteattr(search)}>'
        f'<th scope="row" lang="{row["lang"]}">{escape(written)}</th><td>{escape(spoken)}{was}</td>'
        f"<td>{escape(kind)}: {escape(rule)}{check}</td><td>{row['count']}</td>"
        f'<td><span class="ids">{escape(where)}</span><br><span class="first">{first}</span></td>'
        f"<td>{play}{copy}</td></tr>"
    )
