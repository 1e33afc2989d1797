"""A newsroom's library: three articles (Cyrillic, Latin, Arabic script) built in one run, served as one site (its
page in Chromium, /api/editions, each edition's reader, paragraphs, clips by range, CORS) and written as a podcast
feed that feedparser reads."""

import http.client
import json
import shutil
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import pytest
from playwright.sync_api import Browser

from tests.conftest import run_cli
from tests.test_reader import get, serving

ARTICLES = {
    "jol.md": "---\ndate: 2025-11-10\nauthor: Тілші\n---\n# Астанада жаңа жол ашылды\n\n"
    "Бүгін Астанада жаңа жол ашылды. Жолдың ұзындығы 12 шақырым.\n\n# Құрылыс\n\nҚұрылыс екі жылға созылды.\n",
    "mektep.txt": "# Almatyda jaña mektep aşyldy\n\nBügin Almatyda jaña mektep aşyldy. Onda 600 oquşy oqidy.\n",
    "mereke.md": "---\ndate: 2025-11-12\n---\n# مەرەكە قۇتتى بولسىن\n\nبۇل جارقىن مەرەكە ازاماتتارىمىزدىڭ قۇرمەتى.\n",
}
NEWEST_FIRST = ["مەرەكە قۇتتى بولسىن", "Астанада жаңа жол ашылды", "Almatyda jaña mektep aşyldy"]  # the last undated
BASE_URL = "https://news.example.kz/audio/"


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    desk = tmp_path_factory.mktemp("desk")
    for name, text in ARTICLES.items():
        (desk / name).write_text(text, encoding="utf-8")
    out = desk / "news"
    inputs = [str(desk / name) for name in ARTICLES]
    run_cli("build", *inputs, "--out-dir", str(out), "--formats", "opus", "-q", check=True)
    return out


def editions_of(library: Path) -> dict[str, dict]:
    return {f.name: json.loads((f / "index.json").read_text(encoding="utf-8")) for f in library.iterdir()
            if (f / "index.json").is_file()}  # fmt: skip


def test_titles_come_from_the_first_heading_and_name_the_files(library: Path) -> None:
    editions = editions_of(library)
    assert sorted(i["title"] for i in editions.values()) == sorted(NEWEST_FIRST)
    mektep = editions["almatyda-zhana-mektep-ashyldy"]  # a .txt whose first line is "# Almatyda …", as slug() has it
    assert mektep["title"] == "Almatyda jaña mektep aşyldy"
    assert mektep["audio"]["mp3"] == "almatyda-zhana-mektep-ashyldy.mp3"


def test_the_library_lists_its_editions_newest_first_in_utf8(library: Path) -> None:
    with serving(library) as running:
        response = get(running, "/api/editions")
        listed = json.loads(response.body)
        assert response.status == 200 and response.getheader("Content-Type") == "application/json"
        assert "Астанада".encode() in response.body and b"\\u" not in response.body  # not escaped ASCII
        assert [e["title"] for e in listed] == NEWEST_FIRST
        editions = editions_of(library)
        for entry in listed:
            index = editions[entry["id"]]
            assert entry["url"] == f"/{entry['id']}/" and entry["audio"] == f"/{entry['id']}/{index['audio']['mp3']}"
            assert (entry["date"], entry["duration"], entry["script"]) == (
                index.get("date"),
                index["duration"],
                index["script"],
            )
        assert [e["lang"] for e in listed] == ["kk-Arab", "kk", "kk-Latn"]
        page = get(running, "/")
        assert page.status == 200 and page.getheader("Content-Type") == "text/html; charset=utf-8"
        html = page.body.decode()
        assert [html.index(f">{title}</a>") for title in NEWEST_FIRST] == sorted(
            html.index(f">{title}</a>") for title in NEWEST_FIRST
        )


def test_each_edition_is_served_under_its_folder(library: Path) -> None:
    name, index = next((n, i) for n, i in editions_of(library).items() if i["script"] == "cyrillic")
    mp3 = (library / name / index["audio"]["mp3"]).read_bytes()
    with serving(library) as running:
        assert get(running, f"/{name}").getheader("Location") == f"/{name}/"
        reader = get(running, f"/{name}/")
        assert reader.status == 200 and index["title"].encode() in reader.body
        ranged = get(running, f"/{name}/{index['audio']['mp3']}", {"Range": "bytes=100-1099"})
        assert ranged.status == 206 and ranged.body == mp3[100:1100]
        assert ranged.getheader("Content-Range") == f"bytes 100-1099/{len(mp3)}"
        listed = json.loads(get(running, f"/{name}/api/paragraphs").body)
        expected = [p for c in index["chapters"] for p in c["paragraphs"]]
        assert [(p["id"], p["text"], p["start"]) for p in listed] == [
            (p["id"], p["text"], p["start"]) for p in expected
        ]
        one = json.loads(get(running, f"/{name}/api/paragraphs/{expected[1]['id']}").body)
        assert one == listed[1] and one["clip"] == f"/{name}/clips/{expected[1]['id']}.mp3"
        opus = get(running, one["clip_opus"], {"Range": "bytes=0-3"})
        assert opus.status == 206 and opus.getheader("Content-Type") == "audio/ogg; codecs=opus"
        assert opus.body == b"OggS"
        assert get(running, "/no-such-edition/").status == 404
        assert get(running, f"/{name}/.tts-edition/manifest.json").status == 404


def test_cors_lets_the_configured_origin_read_the_answers(library: Path) -> None:
    origin = "https://news.example.kz"
    with serving(library) as plain:
        assert get(plain, "/api/editions").getheader("Access-Control-Allow-Origin") is None
    with serving(library, cors_origin=origin + "/") as running:
        answered = get(running, "/api/editions", {"Origin": origin})
        assert answered.getheader("Access-Control-Allow-Origin") == origin
        assert "Content-Range" in answered.getheader("Access-Control-Expose-Headers")
        host, port = running.server_address[:2]
        connection = http.client.HTTPConnection(host, port, timeout=10)
        connection.request("OPTIONS", "/api/editions", headers={"Origin": origin,
                                                                "Access-Control-Request-Method": "GET"})  # fmt: skip
        preflight = connection.getresponse()
        preflight.read()
        connection.close()
        assert preflight.status == 204 and preflight.getheader("Access-Control-Allow-Origin") == origin
        assert "GET" in preflight.getheader("Access-Control-Allow-Methods")
    refused = run_cli("serve", str(library), "--port", "0", "--cors-origin", "news.example.kz/path")
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1 and "--cors-origin" in refused.stderr


def test_the_library_page_plays_an_edition_in_chromium(library: Path, browser: Browser) -> None:
    with serving(library) as running:
        page = browser.new_page()
        page.goto(running.url)
        titles = page.locator(".editions a").all_text_contents()
        assert titles == NEWEST_FIRST
        page.locator(".play").nth(1).click()
        # play() unpauses at once; the media element selects its source and fires "play" (which presses the
        # button) in tasks after it, so the test waits for those, not for a moment.
        page.wait_for_function(
            "(() => { const p = document.getElementById('player');"
            " return !p.paused && p.currentSrc.endsWith('.mp3'); })()"
        )
        page.wait_for_function("document.querySelectorAll('.play')[1].getAttribute('aria-pressed') === 'true'")
        page.locator(".play").nth(1).click()
        page.wait_for_function("document.getElementById('player').paused")
        page.close()


def test_the_feed_has_an_item_per_edition_that_feedparser_reads(library: Path, tmp_path: Path) -> None:
    printed = run_cli("feed", str(library), "--base-url", BASE_URL, "--title", "Жаңалықтар")
    assert printed.returncode == 0, printed.stderr
    feed_file = library / "feed.xml"
    assert printed.stdout.strip() == str(feed_file)
    parsed = feedparser.parse(feed_file.read_bytes())
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.version == "rss20" and parsed.feed.title == "Жаңалықтар"
    assert [e.title for e in parsed.entries] == NEWEST_FIRST
    editions = {f"{BASE_URL}{name}/": (name, index) for name, index in editions_of(library).items()}
    for entry in parsed.entries:
        name, index = editions[entry.link]
        mp3 = library / name / index["audio"]["mp3"]
        (enclosure,) = entry.enclosures
        assert (enclosure.href, int(enclosure.length), enclosure.type) == (
            f"{entry.link}{index['audio']['mp3']}",
            mp3.stat().st_size,
            "audio/mpeg",
        )
        assert int(entry.itunes_duration) == round(index["duration"])
        first = next(p["text"] for c in index["chapters"] for p in c["paragraphs"] if not p.get("heading"))
        assert entry.summary == first
        if index.get("date"):
            assert parsedate_to_datetime(entry.published).date().isoformat() == index["date"]
        chapters_url = entry.podcast_chapters["url"]
        chapters = json.loads((library / chapters_url.removeprefix(BASE_URL)).read_text(encoding="utf-8"))
        assert [(c["startTime"], c["title"]) for c in chapters["chapters"]] == [
            (c["start"], c["title"]) for c in index["chapters"]
        ]
        assert entry.podcast_transcript["url"] == f"{entry.link}{index['audio']['vtt']}"
    assert len({e.id for e in parsed.entries}) == 3


def test_the_feed_is_the_same_bytes_each_time_and_keeps_its_guids_through_a_rebuild(
    library: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "news"
    shutil.copytree(library, copy)

    def written() -> bytes:
        run_cli("feed", str(copy), "--base-url", BASE_URL, check=True)
        return (copy / "feed.xml").read_bytes()

    first = written()
    assert written() == first
    article = tmp_path / "mektep.txt"
    article.write_text(ARTICLES["mektep.txt"] + "\nMektep qyrküiekte aşylady.\n", encoding="utf-8")
    run_cli("build", str(article), "--out", str(copy / "almatyda-zhana-mektep-ashyldy"), "-q", check=True)
    before, after = feedparser.parse(first), feedparser.parse(written())
    assert [e.id for e in after.entries] == [e.id for e in before.entries]
    assert [e.enclosures[0].length for e in after.entries] != [e.enclosures[0].length for e in before.entries]
    refused = run_cli("feed", str(copy), "--base-url", BASE_URL, "--out", str(tmp_path / "elsewhere.xml"))
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
