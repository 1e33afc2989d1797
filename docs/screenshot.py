"""Screenshots of the reader page for the README: `make screenshot` (after `make demo`).

`reader.png` at a desktop size, `reader-phone.png` at 390×844; both while a sentence is being read.
"""

import sys
import threading
from pathlib import Path

from playwright.sync_api import Browser, sync_playwright

from tts_edition.serve import serve

SIZES = {"reader.png": {"width": 1100, "height": 760}, "reader-phone.png": {"width": 390, "height": 844}}


def shoot(browser: Browser, url: str, name: str, out: Path) -> None:
    page = browser.new_page(viewport=SIZES[name], device_scale_factor=2 if "phone" in name else 1)
    page.goto(url)
    page.wait_for_function("document.getElementById('edition').readyState >= 1")
    page.click("#c01-p005-s02")  # seek to a sentence: it is highlighted, word by word
    page.wait_for_timeout(1800)
    page.evaluate("document.getElementById('edition').pause()")
    page.mouse.move(0, 0)
    page.screenshot(path=str(out / name))
    page.close()


build = Path(sys.argv[1] if len(sys.argv) > 1 else "build/sample")
out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).parent
server = serve(build, 0)
threading.Thread(target=server.serve_forever, daemon=True).start()
with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
    for name in SIZES:
        shoot(browser, server.url, name, out)
    browser.close()
server.shutdown()
