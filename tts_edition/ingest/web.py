"""An http(s) URL as input: the page is fetched once, with a timeout, and read as a web article."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from pathlib import Path

from tts_edition.document import ChapterText
from tts_edition.errors import EditionError
from tts_edition.ingest import html

TIMEOUT = 30.0  # seconds
MAX_BYTES = 20 * 1024 * 1024
_URL = re.compile(r"^(https?):/+(.*)$", re.I)


def url_of(path: Path | str) -> str:
    """The URL that INPUT names, or "". A path collapses `https://` to `https:/`, so both are taken."""
    match = _URL.match(str(path))
    return f"{match.group(1).lower()}://{match.group(2)}" if match else ""


def read(url: str) -> tuple[dict[str, str], list[ChapterText]]:
    return html.parse(fetch(url), url, url)


def fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "tts-edition"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            kind = response.headers.get_content_type() if response.headers.get("Content-Type") else "text/html"
            if kind not in ("text/html", "application/xhtml+xml"):
                raise EditionError(f"{url}: the page is {kind}, not a web page (download it and build the file)")
            data = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise EditionError(f"{url}: the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = getattr(exc.reason, "strerror", None) or exc.reason
        raise EditionError(f"{url}: cannot fetch the page ({reason}; check the address and the network)") from None
    except TimeoutError:
        raise EditionError(f"{url}: no answer within {TIMEOUT:g} s (check the address and the network)") from None
    if len(data) > MAX_BYTES:
        raise EditionError(f"{url}: the page is larger than {MAX_BYTES // 2**20} MB; is it an article?")
    return data
