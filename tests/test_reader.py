"""The reader page and `serve`: byte ranges, refusals, the paragraph API, and the page in a real Chromium, on a
three-chapter book, a 30-chapter book at phone and desktop sizes, the sample article and an Arabic-script book."""

import base64
import http.client
import io
import json
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote

import pytest
from fontTools.ttLib import TTFont
from playwright.sync_api import Browser, Page

from tests.conftest import ODD_NAME, ROOT, run_cli
from tts_edition.reader import edition_key
from tts_edition.reader.font import subset_woff
from tts_edition.serve import EditionServer, serve
from tts_edition.timing.index import paragraphs, sentences, spoken_heading

AXE = ROOT / ".cache" / "npm" / "node_modules" / "axe-core" / "axe.min.js"  # `make install-test` fetches it
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


@contextmanager
def serving(build: Path, cors_origin: str | None = None) -> Iterator[EditionServer]:
    running = serve(build, 0, cors_origin=cors_origin)
    thread = threading.Thread(target=running.serve_forever, daemon=True)
    thread.start()
    yield running
    running.shutdown()
    running.server_close()


@pytest.fixture(scope="module")
def server(book_build: Path) -> Iterator[EditionServer]:
    with serving(book_build) as running:
        yield running


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


@contextmanager
def opened(
    browser: Browser, url: str, viewport: dict | None = None, dark: bool = False, init_script: str = ""
) -> Iterator[Page]:
    """The reader page, its audio's metadata loaded; no script error may happen while it is open."""
    page = browser.new_page(viewport=viewport or DESKTOP, color_scheme="dark" if dark else "light")
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    if init_script:
        page.add_init_script(init_script)
    page.goto(url)
    page.wait_for_function("document.getElementById('edition').readyState >= 1")
    yield page
    page.close()
    assert errors == []


@pytest.fixture
def reader(browser: Browser, server: EditionServer) -> Iterator[Page]:
    with opened(browser, server.url) as page:
        yield page


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
    deadline = time.monotonic() + 120  # a bound for a stalled player only: a busy machine samples more slowly
    enough = lambda: checked > 40 and len(seen - {""}) >= 3 and any(s["word"] for s in samples)  # noqa: E731
    while not enough() and time.monotonic() < deadline:
        sample = state(reader)
        samples.append(sample)
        wanted = expected_sentence(index, sample["time"])
        if wanted is not None:
            assert sample["current"] == wanted, sample
            checked += 1
            seen.add(wanted)
        time.sleep(0.05)
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
    # The edition's play is counted, not run, while the keys step: time stands where each step put it, however slowly
    # a busy machine answers (a playing edition moved on past the next step's start).
    reader.evaluate("() => { window.plays = 0; document.getElementById('edition').play = async () => { plays++; }; }")
    reader.locator("h1").click()
    for key, paragraph in (("ArrowRight", 0), ("ArrowRight", 1), ("ArrowLeft", 0)):
        reader.keyboard.press(key)
        assert state(reader)["time"] == pytest.approx(starts[paragraph], abs=0.001)
    assert reader.evaluate("plays") == 3  # each step plays on from there
    focused = reader.evaluate("document.activeElement.closest('.paragraph').id")
    assert focused == paragraphs(index)[0]["id"]  # the chapter's heading: its first spoken item
    reader.evaluate("() => { const e = document.getElementById('edition'); delete e.play; e.play().catch(() => {}); }")
    reader.wait_for_function("!document.getElementById('edition').paused")
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


def thirty_chapters() -> str:
    """A book of 30 chapters: a heading and two short paragraphs each (sentences repeat, so the build is quick)."""
    body = ["Бұл тарау қысқа. Оқиға ауылда өтті.", "Күн ашық болды.", "Балалар мектепке барды. Кеш батты."]
    chapters = [f"# {n}-тарау\n\n{body[n % 3]}\n\n{body[(n + 1) % 3]}\n" for n in range(1, 31)]
    return "---\ntitle: Отыз тарау\nauthor: Сынақ Авторы\n---\n" + "\n".join(chapters)


@pytest.fixture(scope="module")
def book30(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("book30")
    (folder / "book.md").write_text(thirty_chapters(), encoding="utf-8")
    out, cache = folder / "out", folder / "cache"
    run_cli("build", str(folder / "book.md"), "--out", str(out), "--cache-dir", str(cache), "-q", check=True)
    return out


@pytest.fixture(scope="module")
def book30_url(book30: Path) -> Iterator[str]:
    with serving(book30) as running:
        yield running.url


def index_of(build: Path) -> dict:
    return json.loads((build / "index.json").read_text(encoding="utf-8"))


def edition_time(page: Page) -> float:
    return page.evaluate("document.getElementById('edition').currentTime")


def wait_until_at(page: Page, t: float) -> None:
    """Waits (5 s at most) for the edition to be at t."""
    page.wait_for_function(
        "(t) => Math.abs(document.getElementById('edition').currentTime - t) < 0.01", arg=t, timeout=5000
    )


def move_to(page: Page, t: float) -> None:
    """Moves the paused edition to t, as the position slider does, and waits until the page has shown it."""
    page.evaluate("(t) => { document.getElementById('edition').currentTime = t; }", t)
    page.wait_for_function(
        "(t) => Math.abs(+document.getElementById('position').value - t) < 0.01", arg=t, timeout=5000
    )


# The share of the viewport covered by fixed and sticky elements (outermost ones; closed dialogs take no room).
PINNED_SHARE = """() => {
  const pinned = [...document.querySelectorAll('body *')]
    .filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position));
  const outermost = pinned.filter((el) => !pinned.some((other) => other !== el && other.contains(el)));
  const covered = outermost.map((el) => el.getBoundingClientRect()).map((r) =>
    Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0)) *
    Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)));
  return covered.reduce((a, b) => a + b, 0) / (innerWidth * innerHeight);
}"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_pinned_player_takes_at_most_a_quarter_of_the_screen(
    browser: Browser, book30_url: str, viewport: dict
) -> None:
    with opened(browser, book30_url, viewport) as page:
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight / 2)")
        page.wait_for_function("window.scrollY > innerHeight")
        share = page.evaluate(PINNED_SHARE)
        assert 0.05 < share <= 0.25
        assert page.locator("#contents").is_hidden()  # the table of contents opens on demand


def test_each_chapter_title_is_shown_once_and_plays_from_a_click(
    browser: Browser, book30_url: str, book30: Path
) -> None:
    index = index_of(book30)
    with opened(browser, book30_url, PHONE) as page:
        shown = page.evaluate("[...document.querySelectorAll('main h2, main p')].map((e) => e.textContent.trim())")
        assert [shown.count(c["title"]) for c in index["chapters"]] == [1] * 30
        assert page.locator("main h2").count() == 30 and page.locator("main h2 .play-clip").count() == 0
        heading = spoken_heading(index["chapters"][6])
        page.get_by_role("button", name=heading["text"], exact=True).click()
        page.wait_for_function("!document.getElementById('edition').paused")
        assert edition_time(page) == pytest.approx(heading["start"], abs=0.3)


def test_the_listening_position_survives_a_reload(browser: Browser, book30_url: str, book30: Path) -> None:
    index = index_of(book30)
    target = sentences(index)[40]
    t = (target["start"] + target["end"]) / 2
    key = f"tts-edition:position:{edition_key(index)}"
    with opened(browser, book30_url, PHONE) as page:
        move_to(page, t)
        page.wait_for_function("([key, t]) => Math.abs(JSON.parse(localStorage.getItem(key)) - t) < 0.1", arg=[key, t])
        page.reload()
        page.wait_for_function("(t) => Math.abs(document.getElementById('edition').currentTime - t) < 0.1", arg=t)
        page.wait_for_function("document.getElementById('edition').readyState >= 1")
        wait_until_at(page, t)  # the player went there once the audio's metadata came
        assert page.evaluate("document.body.dataset.current") == target["id"]


def test_a_rebuilt_edition_with_other_audio_has_another_position_key(book30: Path) -> None:
    index = index_of(book30)
    assert edition_key(index) == edition_key(index_of(book30))
    index["chapters"][3]["paragraphs"][1]["end"] += 0.5
    assert edition_key(index) != edition_key(index_of(book30))


def test_the_speed_changes_the_playback_rate_and_is_kept(browser: Browser, book30_url: str) -> None:
    with opened(browser, book30_url, PHONE) as page:
        page.get_by_label("Ойнату жылдамдығы").select_option("1.5")
        assert page.evaluate("document.getElementById('edition').playbackRate") == 1.5
        page.reload()
        page.wait_for_function("document.getElementById('edition').playbackRate === 1.5")
        assert page.get_by_label("Ойнату жылдамдығы").input_value() == "1.5"
        page.locator(".play-clip").first.click()
        page.wait_for_function("(c => c.playbackRate === 1.5 && c.currentTime > 0)(document.getElementById('clip'))")


def test_skip_back_15_and_forward_30_seconds(browser: Browser, book30_url: str) -> None:
    with opened(browser, book30_url, PHONE) as page:
        move_to(page, 100)
        page.get_by_role("button", name="30 секунд алға").click()
        wait_until_at(page, 130)
        page.get_by_role("button", name="15 секунд артқа").click()
        wait_until_at(page, 115)


def current_chapter(page: Page) -> list[str]:
    """The chapter named in the bar and the one marked in the table of contents."""
    return page.evaluate(
        "[document.getElementById('chapter-now').textContent,"
        " document.querySelector('#contents a[aria-current]').textContent]"
    )


def test_next_and_previous_chapter(browser: Browser, book30_url: str, book30: Path) -> None:
    chapters = index_of(book30)["chapters"]
    with opened(browser, book30_url, DESKTOP) as page:
        move_to(page, chapters[2]["start"] + 4)
        assert current_chapter(page) == [chapters[2]["title"]] * 2
        page.get_by_role("button", name="Келесі тарау").click()
        wait_until_at(page, chapters[3]["start"])
        page.wait_for_function("(title) => document.getElementById('chapter-now').textContent === title",
                               arg=chapters[3]["title"])  # fmt: skip
        assert current_chapter(page) == [chapters[3]["title"]] * 2
        page.get_by_role("button", name="Алдыңғы тарау").click()  # within its first 3 s: the chapter before
        wait_until_at(page, chapters[2]["start"])
        move_to(page, chapters[2]["start"] + 5)
        page.get_by_role("button", name="Алдыңғы тарау").click()  # later: back to this chapter's start
        wait_until_at(page, chapters[2]["start"])


def test_keyboard_opens_the_contents_goes_to_a_chapter_and_drives_the_player(
    browser: Browser, book30_url: str, book30: Path
) -> None:
    chapters = index_of(book30)["chapters"]
    with opened(browser, book30_url, PHONE) as page:
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") == "contents-open"
        assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"  # visible focus
        page.keyboard.press("Enter")
        page.locator("#contents").wait_for(state="visible", timeout=5000)
        assert page.evaluate("document.activeElement.getAttribute('aria-current')") == "true"  # the current chapter
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        page.locator("#contents").wait_for(state="hidden", timeout=5000)
        wait_until_at(page, chapters[1]["start"])
        assert page.evaluate("document.activeElement.closest('.chapter').id") == chapters[1]["id"]
        page.locator("#contents-open").focus()
        page.keyboard.press("Enter")
        page.keyboard.press("Escape")
        page.locator("#contents").wait_for(state="hidden", timeout=5000)
        assert page.evaluate("document.activeElement.id") == "contents-open"
        page.locator("#forward").focus()
        page.keyboard.press("Enter")
        wait_until_at(page, chapters[1]["start"] + 30)
        page.locator("h1").click()
        page.keyboard.press(" ")
        page.wait_for_function("!document.getElementById('edition').paused")


RECORD_MEDIA_ACTIONS = """window.mediaActions = {};
const setActionHandler = navigator.mediaSession.setActionHandler.bind(navigator.mediaSession);
navigator.mediaSession.setActionHandler = (action, handler) => {
  window.mediaActions[action] = handler;
  setActionHandler(action, handler);
};"""


def test_media_session_metadata_and_lock_screen_actions(browser: Browser, book30_url: str, book30: Path) -> None:
    index = index_of(book30)
    chapters = index["chapters"]
    with opened(browser, book30_url, init_script=RECORD_MEDIA_ACTIONS) as page:
        actions = page.evaluate("Object.keys(window.mediaActions)")
        assert set(actions) >= {"play", "pause", "seekbackward", "seekforward", "seekto", "previoustrack", "nexttrack"}
        metadata = page.evaluate("(m => [m.title, m.artist, m.album])(navigator.mediaSession.metadata)")
        assert metadata == [chapters[0]["title"], index["author"], index["title"]]
        page.evaluate("window.mediaActions.nexttrack({action: 'nexttrack'})")
        wait_until_at(page, chapters[1]["start"])
        page.wait_for_function("(t) => navigator.mediaSession.metadata.title === t", arg=chapters[1]["title"])
        page.evaluate("window.mediaActions.seekto({action: 'seekto', seekTime: 50})")
        page.evaluate("window.mediaActions.seekforward({action: 'seekforward'})")
        wait_until_at(page, 80)


def serious_violations(page: Page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("axe.run().then((r) => r.violations)")
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])})" for v in found if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize(
    ("build_name", "viewport", "dark"),
    [("sample_build", PHONE, False), ("sample_build", DESKTOP, True), ("book30", PHONE, True),
     ("book30", DESKTOP, False), ("arabic_build", PHONE, False)],
    ids=["sample-phone", "sample-desktop-dark", "book30-phone-dark", "book30-desktop", "arabic-phone"],
)  # fmt: skip
def test_axe_finds_no_serious_or_critical_violations(
    browser: Browser, build_name: str, viewport: dict, dark: bool, request: pytest.FixtureRequest
) -> None:
    assert AXE.is_file(), "axe-core is missing: run `make install-test`"
    with serving(request.getfixturevalue(build_name)) as running, opened(browser, running.url, viewport, dark) as page:
        assert serious_violations(page) == []
        page.get_by_role("button", name="Баптаулар").click()
        assert serious_violations(page) == []
        page.keyboard.press("Escape")
        page.locator("#contents-open").click()
        assert serious_violations(page) == []


def test_the_sleep_timer_pauses_at_the_end_of_the_chapter(browser: Browser, book30_url: str, book30: Path) -> None:
    chapter = index_of(book30)["chapters"][4]
    with opened(browser, book30_url, PHONE) as page:
        move_to(page, chapter["end"] - 1)
        page.get_by_role("button", name="Баптаулар").click()
        page.get_by_label("Ұйқы таймері").select_option("chapter")
        page.keyboard.press("Escape")
        page.get_by_role("button", name="Ойнату").click()
        page.wait_for_function("!document.getElementById('edition').paused")
        page.wait_for_function("document.getElementById('edition').paused", timeout=10000)
        assert chapter["end"] - 0.1 <= edition_time(page) < chapter["end"] + 1  # timeupdate comes every 250 ms or so
        assert page.get_by_label("Ұйқы таймері").input_value() == ""  # it went off once


def test_settings_change_the_text_size_and_keep_it(browser: Browser, book30_url: str) -> None:
    with opened(browser, book30_url, PHONE) as page:
        size = "parseFloat(getComputedStyle(document.querySelector('main')).fontSize)"
        before = page.evaluate(size)
        page.get_by_role("button", name="Баптаулар").click()
        page.get_by_role("button", name="Мәтінді үлкейту").click()
        assert page.evaluate(size) == pytest.approx(before * 1.15, rel=0.01)
        page.reload()
        assert page.evaluate(size) == pytest.approx(before * 1.15, rel=0.01)


def test_arabic_script_reads_right_to_left(browser: Browser, arabic_build: Path) -> None:
    with serving(arabic_build) as running, opened(browser, running.url, PHONE) as page:
        assert page.evaluate("[document.documentElement.dir, document.documentElement.lang]") == ["rtl", "kk-Arab"]
        arabic, cyrillic = page.locator("#c01-p002"), page.locator("#c01-p003")
        assert arabic.evaluate("(e) => getComputedStyle(e).direction") == "rtl"
        assert "Noto Naskh Arabic" in arabic.evaluate("(e) => getComputedStyle(e).fontFamily")
        button, text = arabic.locator(".play-clip").bounding_box(), arabic.locator("p").bounding_box()
        assert button["x"] > text["x"] + text["width"] - 1  # the paragraph starts on the right
        assert cyrillic.evaluate("(e) => [e.lang, getComputedStyle(e).direction]") == ["kk", "ltr"]
        assert page.locator(".player").evaluate("(e) => getComputedStyle(e).direction") == "ltr"


def test_the_reader_loads_the_audio_of_an_edition_named_with_url_characters(
    browser: Browser, odd_name_build: Path
) -> None:
    index = index_of(odd_name_build)
    with serving(odd_name_build) as running:
        page = browser.new_page()
        with page.expect_response(lambda r: r.url.endswith(".mp3")) as audio:
            page.goto(running.url)
        assert audio.value.status in (200, 206) and unquote(audio.value.url).endswith(f"/{ODD_NAME}.mp3")
        page.wait_for_function("document.getElementById('edition').readyState >= 1")
        duration = page.evaluate("document.getElementById('edition').duration")
        page.close()
    assert duration == pytest.approx(index["duration"], abs=0.05)


# One chapter, a paragraph in each of Kazakh's scripts, with the letters a stock font may lack.
THREE_SCRIPTS = """---
title: Әсем қала
---
Әсем ғимарат, қала, аңыз, өнер, ұлт, үй, һәм іс бар.

Qazaqstan: äsem ğımarat, qala, añyz, öner, ūlt, üi, hälı jaqsy.

بۇل جارقىن مەرەكە ازاماتتارىمىزدىڭ قۇرمەتى.
"""


@pytest.fixture(scope="module")
def three_scripts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("three-scripts")
    (folder / "article.md").write_text(THREE_SCRIPTS, encoding="utf-8")
    run_cli("build", str(folder / "article.md"), "--out", str(folder / "out"), "-q", check=True)
    return folder / "out"


def fonts_drawing(page: Page, selector: str) -> dict[str, int]:
    """The fonts Chromium drew the text inside `selector` with (DevTools' CSS.getPlatformFontsForNode, which counts
    the glyphs of a node's own text), and how many glyphs each drew; a web font is marked "(web)"."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    drawn: dict[str, int] = {}
    for node in cdp.send("DOM.querySelectorAll", {"nodeId": root, "selector": f"{selector}, {selector} *"})["nodeIds"]:
        for font in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]:
            name = font["familyName"] + " (web)" * font["isCustomFont"]
            drawn[name] = drawn.get(name, 0) + font["glyphCount"]
    cdp.detach()
    return drawn


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_kazakh_in_every_script_is_drawn_in_one_font(browser: Browser, three_scripts: Path, viewport: dict) -> None:
    with serving(three_scripts) as running, opened(browser, running.url, viewport) as page:
        page.evaluate("document.fonts.ready")
        for paragraph in ("c01-p001", "c01-p002", "c01-p003"):  # Cyrillic, Latin, Arabic script
            drawn = fonts_drawing(page, f"#{paragraph} p")
            assert list(drawn) == ["Edition Serif (web)"], paragraph
            assert drawn["Edition Serif (web)"] >= 40
        assert list(fonts_drawing(page, "#title")) == ["Edition Serif (web)"]  # the bold weight


def test_the_page_carries_its_own_characters_of_the_font(three_scripts: Path) -> None:
    page = (three_scripts / "index.html").read_text(encoding="utf-8")
    faces = re.findall(r"url\(data:font/woff;base64,([A-Za-z0-9+/=]+)\)", page)
    assert len(faces) == 2  # the regular weight and the bold one
    regular = TTFont(io.BytesIO(base64.b64decode(faces[0])))
    assert set("әғқңөұүһіäğıñöūüبۇلڭ") <= {chr(c) for c in regular.getBestCmap()}
    assert len(regular.getBestCmap()) < 120  # the page's characters, not the font's 2,400
    assert regular["name"].getDebugName(13).startswith("This Font Software is licensed under the SIL Open Font")
    assert len(page.encode()) < 60_000


def test_the_font_subset_does_not_depend_on_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    made = []
    for epoch in ("0", "1700000000"):  # fontTools dates a font it saves by the clock, or by SOURCE_DATE_EPOCH
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
        made.append(subset_woff(400, "Әсем қала"))
    assert made[0] == made[1]


def test_one_chapter_has_no_chapter_steps_and_the_contents_show_durations(
    browser: Browser, three_scripts: Path, book30_url: str, book30: Path
) -> None:
    with (
        serving(three_scripts) as running,
        opened(browser, running.url, PHONE, init_script=RECORD_MEDIA_ACTIONS) as page,
    ):
        assert page.locator("#previous, #next").count() == 0
        actions = page.evaluate("Object.keys(window.mediaActions)")
        assert "play" in actions and "nexttrack" not in actions and "previoustrack" not in actions
        duration = index_of(three_scripts)["duration"]
        assert page.locator("#contents .duration").all_text_contents() == [f"0:{round(duration):02d}"]
    chapters = index_of(book30)["chapters"]
    with opened(browser, book30_url, DESKTOP) as page:
        assert page.locator("#previous, #next").count() == 2
        shown = page.locator("#contents .duration").evaluate_all("(all) => all.map((e) => e.getAttribute('datetime'))")
        assert shown == [f"PT{round(c['end'] - c['start'])}S" for c in chapters]


@pytest.mark.parametrize(("device", "hints"), [({"has_touch": True, "is_mobile": True}, False), ({}, True)])
def test_keyboard_hints_are_shown_only_where_there_is_a_keyboard(
    browser: Browser, three_scripts: Path, device: dict, hints: bool
) -> None:
    with serving(three_scripts) as running:
        context = browser.new_context(viewport=PHONE if device else DESKTOP, **device)
        page = context.new_page()
        page.goto(running.url)
        assert page.locator(".help .keys").is_visible() is hints
        assert page.locator(".help").is_visible()  # clicking a sentence works everywhere
        context.close()
