"""Screenshot of the reader page for the README: `make screenshot` (after `make demo`)."""

import sys
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

from tts_edition.serve import serve

build = Path(sys.argv[1] if len(sys.argv) > 1 else "build/sample")
server = serve(build, 0)
threading.Thread(target=server.serve_forever, daemon=True).start()
with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
    page = browser.new_page(viewport={"width": 1100, "height": 760})
    page.goto(server.url)
    page.wait_for_function("document.getElementById('edition').readyState >= 1")
    page.click("#c01-p005-s02")  # seek to a sentence: it is highlighted, word by word
    page.wait_for_timeout(1800)
    page.evaluate("document.getElementById('edition').pause()")
    page.mouse.move(0, 0)
    page.screenshot(path=str(Path(__file__).with_name("reader.png")))
    browser.close()
server.shutdown()
