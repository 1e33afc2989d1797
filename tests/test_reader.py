"""The reader page and `serve`: byte ranges, refusals, the paragraph API, and the page in a real Chromium."""

import http.client
import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.conftest import run_cli
from tts_edition.serve import EditionServer, serve
from tts_edition.timing.index import paragraphs, sentences

CHROMIUM = "/usr/bin/chromium"  # Debian package, installed by `make test`; Playwright downloads no browser


@pytest.fixture(scope="module")
def server(book_build: Path) -> Iterator[EditionServer]:
    running = serve(book_build, 0)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.server_close()


def get(server: EditionServer, path: str, headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
    """A raw request: the path is sent exactly as given, without client-side normalisation."""
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(host, port, timeout=10)
    connection.request("GET", path, headers=headers or {})
    response = connection.getresponse()
    response.body = response.read()  # type: ignore[attr-defined]
    connection.close()
    return response


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [("bytes=100-199", 100, 199), ("bytes=5000-", 5000, None), ("bytes=-700", -700, None), ("bytes=0-0", 0, 0)],
)
def test_range_requests_are_byte_exact(server: EditionServer, book_build: Path, header: str, first: int, last) -> None:
    data = (book_build / "out.mp3").read_bytes()
    response = get(server, "/out.mp3", {"Range": header})
    expected = data[first:] if last is None else data[first : last + 1]
    assert response.status == 206
    assert response.body == expected
    start = first if first >= 0 else len(data) + first
    assert response.getheader("Content-Range") == f"bytes {start}-{start + len(expected) - 1}/{len(data)}"
    assert response.getheader("Content-Type") == "audio/mpeg"


def test_whole_files_and_unsatisfiable_ranges(server: EditionServer, book_build: Path) -> None:
    size = (book_build / "out.mp3").stat().st_size
    whole = get(server, "/out.mp3")
    assert whole.status == 200 and whole.getheader("Accept-Ranges") == "bytes" and len(whole.body) == size
    refused = get(server, "/out.mp3", {"Range": f"bytes={size}-"})
    assert refused.status == 416 and refused.getheader("Content-Range") == f"bytes */{size}"


@pytest.mark.parametrize(
    ("path", "kind"),
    [("/", "text/html"), ("/index.json", "application/json"), ("/out.vtt", "text/vtt"), ("/out.m4b", "audio/mp4"),
     ("/clips/c01-p001.opus", "audio/ogg"), ("/out.epub", "application/epub+zip"), ("/out.flac", "audio/flac")],
)  # fmt: skip
def test_mime_types(server: EditionServer, path: str, kind: str) -> None:
    response = get(server, path)
    assert response.status == 200
    assert response.getheader("Content-Type").split(";")[0] == kind


@pytest.mark.parametrize(
    "path",
    ["/../../../../etc/passwd", "/clips/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "//etc/passwd",
     "/clips/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/..%5c..%5cetc%5cpasswd", "/index.json%00.mp3", "/missing.mp3"],
)  # fmt: skip
def test_paths_outside_the_build_are_not_found(server: EditionServer, path: str) -> None:
    response = get(server, path)
    assert response.status == 404
    assert b"root:" not in response.body


def test_symlinks_out_of_the_build_are_forbidden(server: EditionServer, book_build: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("secret", encoding="utf-8")
    link = book_build / "clips" / "escape.mp3"
    os.symlink(secret, link)
    try:
        response = get(server, "/clips/escape.mp3")
    finally:
        link.unlink()
    assert response.status == 403 and b"secret" not in response.body


def test_paragraph_api(server: EditionServer, book_build: Path) -> None:
    index = json.loads((book_build / "index.json").read_text(encoding="utf-8"))
    expected = paragraphs(index)[1]
    response = get(server, f"/api/paragraphs/{expected['id']}")
    info = json.loads(response.body)
    assert response.status == 200 and response.getheader("Content-Type") == "application/json"
    assert (info["text"], info["start"], info["end"]) == (expected["text"], expected["start"], expected["end"])
    assert [s["id"] for s in info["sentences"]] == [s["id"] for s in expected["sentences"]]
    assert get(server, info["clip"]).body == (book_build / expected["clip"]).read_bytes()
    assert get(server, "/api/paragraphs/c09-p999").status == 404


def test_clip_prints_its_path_and_says_when_it_cannot_play(book_build: Path) -> None:
    printed = run_cli("clip", str(book_build), "c02-p001")
    assert printed.returncode == 0 and Path(printed.stdout.strip()) == book_build / "clips" / "c02-p001.mp3"
    played = run_cli("clip", str(book_build), "c02-p001", "--play")  # CI has no sound device
    assert played.returncode == 2
    assert "no audio output on this machine" in played.stderr and played.stderr.count("\n") == 1


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--autoplay-policy=no-user-gesture-required"]
        )
        yield launched
        launched.close()


@pytest.fixture
def reader(browser: Browser, server: EditionServer) -> Iterator[Page]:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(server.url)
    page.wait_for_function("document.getElementById('edition').readyState >= 1")
    yield page
    page.close()
    assert errors == []


def state(page: Page) -> dict:
    return page.evaluate(
        """() => { const e = document.getElementById('edition'), c = document.getElementById('clip');
        return {time: e.currentTime, paused: e.paused, clip: c.currentSrc, clipTime: c.currentTime,
                clipPaused: c.paused, clipDuration: c.duration, current: document.body.dataset.current || '',
                word: document.querySelector('.word.is-current')?.textContent || ''}; }"""
    )


def expected_sentence(index: dict, t: float) -> str | None:
    """The sentence playing at t, or None within 80 ms of a boundary (where a sample may fall either side)."""
    for s in sentences(index):
        if s["start"] + 0.08 <= t <= s["end"] - 0.08:
            return s["id"]
        if abs(t - s["start"]) < 0.08 or abs(t - s["end"]) < 0.08:
            return None
    return ""


def test_a_paragraph_button_plays_that_paragraphs_clip(reader: Page, book_build: Path) -> None:
    index = json.loads((book_build / "index.json").read_text(encoding="utf-8"))
    paragraph = paragraphs(index)[1]
    reader.get_by_role("button", name=f"Абзацты тыңдау: {paragraph['id']}").click()
    reader.wait_for_function("document.getElementById('clip').currentTime > 0.5")
    now = state(reader)
    assert now["clip"].endswith(f"/{paragraph['clip']}") and not now["clipPaused"] and now["paused"]
    assert now["clipDuration"] == pytest.approx(paragraph["end"] - paragraph["start"], abs=0.06)
    wanted = expected_sentence(index, paragraph["start"] + now["clipTime"])
    assert wanted is None or now["current"] == wanted  # the clip's time is the edition's, shifted


def test_the_highlight_follows_the_index_while_the_edition_plays(reader: Page, book_build: Path) -> None:
    index = json.loads((book_build / "index.json").read_text(encoding="utf-8"))
    reader.evaluate("() => { const e = document.getElementById('edition'); e.playbackRate = 2; e.play(); }")
    samples, checked, seen = [], 0, set()
    deadline = time.monotonic() + 6
    while time.monotonic() < deadline:
        samples.append(state(reader))
        time.sleep(0.05)
    for sample in samples:
        wanted = expected_sentence(index, sample["time"])
        if wanted is not None:
            assert sample["current"] == wanted, sample
            checked += 1
            seen.add(wanted)
    assert checked > 40 and len(seen - {""}) >= 3  # several sentences and the pauses between them
    assert any(s["word"] for s in samples)  # word-level highlight where the index has word times


def test_clicking_a_sentence_seeks_the_edition_there(reader: Page, book_build: Path) -> None:
    index = json.loads((book_build / "index.json").read_text(encoding="utf-8"))
    target = sentences(index)[-1]
    reader.click(f"#{target['id']}")
    reader.wait_for_function("!document.getElementById('edition').paused")
    now = state(reader)
    assert now["time"] == pytest.approx(target["start"], abs=0.3)
    assert now["current"] == target["id"]
    assert reader.evaluate(f"document.getElementById('{target['id']}').classList.contains('is-current')")


def test_arrow_keys_step_through_paragraphs_and_space_pauses(reader: Page, book_build: Path) -> None:
    index = json.loads((book_build / "index.json").read_text(encoding="utf-8"))
    starts = [p["start"] for p in paragraphs(index)]
    reader.locator("h1").click()
    reader.keyboard.press("ArrowRight")
    assert state(reader)["time"] == pytest.approx(starts[0], abs=0.3)
    reader.keyboard.press("ArrowRight")
    assert state(reader)["time"] == pytest.approx(starts[1], abs=0.3)
    reader.keyboard.press("ArrowLeft")
    assert state(reader)["time"] == pytest.approx(starts[0], abs=0.3)
    focused = reader.evaluate("document.activeElement.getAttribute('aria-label')")
    assert focused == f"Абзацты тыңдау: {paragraphs(index)[0]['id']}"
    reader.locator("h1").click()
    reader.keyboard.press(" ")
    assert state(reader)["paused"]


def highlighted_at(page: Page, t: float) -> str:
    """The highlighted word once the paused edition has been moved to t (the page's own seeked handler ran first)."""
    return page.evaluate(
        """async (t) => { const e = document.getElementById('edition');
        await new Promise((done) => { e.addEventListener('seeked', done, {once: true}); e.currentTime = t; });
        return document.querySelector('.word.is-current')?.textContent || ''; }""",
        t,
    )


def test_every_written_word_is_highlighted_numbers_included(reader: Page, book_build: Path) -> None:
    index = json.loads((book_build / "index.json").read_text(encoding="utf-8"))
    spans = reader.evaluate("[...document.querySelectorAll('.sentence')].map(s => s.querySelectorAll('.word').length)")
    assert spans == [len(s["words"]) for s in sentences(index)]
    rich = next(s for s in sentences(index) if s["text"].startswith("1992"))
    number, after = rich["words"][0], rich["words"][1]
    assert number["text"] == "1992" and len(number["spoken"].split()) == 5
    for share in (0.1, 0.3, 0.5, 0.7, 0.9):  # across its five spoken words
        assert highlighted_at(reader, number["start"] + share * (number["end"] - number["start"])) == "1992"
    assert highlighted_at(reader, (after["start"] + after["end"]) / 2) == "жылы"
    play_from = "(t) => { const e = document.getElementById('edition'); e.currentTime = t; e.play(); }"
    reader.evaluate(play_from, rich["start"])
    reader.wait_for_function("document.querySelector('.word.is-current')?.textContent === '1992'")
    reader.wait_for_function("document.querySelector('.word.is-current')?.textContent === 'жылы'")
