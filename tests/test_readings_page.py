"""The pronunciation sheet's page in headless Chromium: axe-core finds no serious violation (phone and desktop, light
and dark), search and filters narrow the rows, a row's lexicon line is copied, its sentence plays from the clip."""

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.conftest import run_cli
from tests.test_reader import AXE, DESKTOP, PHONE, serious_violations

TEXT = """# Ойын
«Барыс» бүгін ЦСКА командасымен кездесті. Ойын 2024 жылы 3:2 есебімен аяқталды.

Midjourney туралы САПАРОВА жазды. Жанкүйерлер 15% көп болды.
"""


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sheet")
    (folder / "match.md").write_text(TEXT, encoding="utf-8")
    run_cli("build", str(folder / "match.md"), "--out", str(folder / "out"), "-q", check=True)
    out = folder / "sheet" / "readings.html"
    out.parent.mkdir()
    run_cli("readings", str(folder / "match.md"), "--format", "html", "--out", str(out), "--edition",
            str(folder / "out"), check=True)  # fmt: skip
    return out


def opened(browser: Browser, path: Path, viewport: dict, dark: bool = False) -> Page:
    context = browser.new_context(viewport=viewport, color_scheme="dark" if dark else "light")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    page.errors = errors  # type: ignore[attr-defined]
    return page


def visible_rows(page: Page) -> list[str]:
    return page.locator("#readings tbody tr:not([hidden]) th").all_inner_texts()


@pytest.mark.parametrize(("viewport", "dark"), [(PHONE, False), (DESKTOP, True)], ids=["phone", "desktop-dark"])
def test_axe_finds_no_serious_or_critical_violations(browser: Browser, page_file: Path, viewport: dict,
                                                    dark: bool) -> None:  # fmt: skip
    assert AXE.is_file(), "axe-core is missing: run `make install-test`"
    page = opened(browser, page_file, viewport, dark)
    assert serious_violations(page) == []
    assert page.errors == []  # type: ignore[attr-defined]


def test_search_and_filters_narrow_the_rows(browser: Browser, page_file: Path) -> None:
    page = opened(browser, page_file, DESKTOP)
    everything = visible_rows(page)
    assert {"ЦСКА", "Midjourney", "САПАРОВА", "2024", "15%"} <= set(everything)
    page.get_by_label("Іздеу").fill("цэ эс")
    assert visible_rows(page) == ["ЦСКА"]
    assert page.locator("#shown").inner_text() == "1"
    page.get_by_label("Іздеу").fill("")
    page.get_by_label("Түрі").select_option("english")  # mid + journey, read by the English dictionary
    assert visible_rows(page) == ["Midjourney"]
    page.get_by_label("Түрі").select_option("")
    page.get_by_label("Тек тексерілетіндер").check()
    checked = visible_rows(page)
    assert "ЦСКА" in checked and "САПАРОВА" in checked and "2024" not in checked and "15%" not in checked
    assert page.errors == []  # type: ignore[attr-defined]


def test_a_row_copies_its_lexicon_line_and_plays_its_sentence(browser: Browser, page_file: Path) -> None:
    page = opened(browser, page_file, DESKTOP)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.get_by_role("button", name="Лексикон жолын көшіру: ЦСКА").click()
    page.wait_for_function("document.body.dataset.copied !== undefined")
    assert page.evaluate("document.body.dataset.copied") == "ЦСКА\tцэ эс ка"
    assert "Көшірілді" in page.locator("#status").inner_text()
    play = page.get_by_role("button", name="Сөйлемді тыңдау: Midjourney")
    start, end = float(play.get_attribute("data-start")), float(play.get_attribute("data-end"))
    play.click()
    page.wait_for_function("!document.getElementById('player').paused")
    assert page.evaluate("document.getElementById('player').src").endswith("/out/clips/c01-p003.mp3")
    page.wait_for_function("document.getElementById('player').paused", timeout=30000)  # stops at the sentence's end
    assert start <= page.evaluate("document.getElementById('player').currentTime") <= end + 0.5
    assert page.errors == []  # type: ignore[attr-defined]
