"""Browser test of the answer block: headless Debian Chromium (Playwright) against the real app served by
uvicorn over the session's built data dir (launched as in tests/test_browser_pages.py). Saves the
screenshot docs/screenshots/answer-smo.png of the answer to "vad har hänt med SMO-piloten?"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.settings import Settings
from tests.server_support import uvicorn_server
from tests.test_browser_pages import ARGS, CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (pip install playwright)")
DOCS_SHOT = Path(__file__).parent.parent / "docs" / "screenshots" / "answer-smo.png"
SMO = "vad har hänt med SMO-piloten?"


@pytest.fixture(scope="module")
def server(built_settings: Settings) -> Iterator[str]:
    from api.app import create_app

    with uvicorn_server(create_app(built_settings, reload_check_s=0)) as port:
        yield f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        ctx = b.new_context(viewport={"width": 1366, "height": 900}, locale="sv-SE")
        pg = ctx.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.errors = errors
        yield pg
        b.close()


def test_answer_block_above_hits_and_link_to_highlighted_sentence(page: Any, server: str) -> None:
    page.goto(f"{server}/sok?q={SMO}")
    block = page.locator("#svar")
    block.wait_for()
    items = block.locator("li.answer-sentence")
    assert 2 <= items.count() <= 5
    dates = [items.nth(i).get_attribute("data-date") or "" for i in range(items.count())]
    assert all(dates) and dates == sorted(dates)
    # above the hits
    assert block.bounding_box()["y"] < page.locator("ol.results li").first.bounding_box()["y"]
    # each sentence cites its document
    for i in range(items.count()):
        cite = items.nth(i).locator("cite a")
        assert cite.inner_text().strip() and "markera=" in (cite.get_attribute("href") or "")
    DOCS_SHOT.parent.mkdir(parents=True, exist_ok=True)
    block.screenshot(path=str(DOCS_SHOT))
    assert DOCS_SHOT.stat().st_size > 5000
    quoted = " ".join(items.nth(1).locator("q").inner_text().split())
    items.nth(1).locator("cite a").click()
    page.wait_for_load_state()
    assert re.search(r"/dokument/[^?]+\?markera=\d+-\d+#passage-", page.url)
    mark = page.locator("mark#markerat")
    assert mark.count() == 1 and " ".join(mark.inner_text().split()) == quoted
    box = mark.bounding_box()
    assert box is not None and 0 <= box["y"] < 900  # scrolled to the passage: the sentence is on screen
    assert page.errors == []
