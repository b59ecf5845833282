"""Browser tests: headless Debian Chromium (Playwright) against the real app served by uvicorn over a
built data dir. Skipped when /usr/bin/chromium or playwright is missing. Screenshots of every step go to
tests/artifacts/screenshots/ (gitignored); docs/screenshots/ holds a committed copy of the final ones."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from styrgraf.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SHOTS = Path(__file__).parent / "artifacts" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (pip install playwright)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(built_settings: Settings) -> Iterator[str]:
    import uvicorn

    from styrgraf.api.app import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(built_settings, reload_check_s=0), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=15)


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1366, "height": 900}, locale="sv-SE")
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    yield pg
    ctx.close()


def shot(page: Any, name: str, full_page: bool = False) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def test_search_smo_then_entity(page: Any, server: str) -> None:
    page.goto(server + "/")
    shot(page, "01-start")
    box = page.get_by_role("combobox", name="Sök i styrdokumenten")
    box.fill("SMO")
    page.wait_for_selector("#q-suggestions li", timeout=10_000)   # entity autocomplete
    shot(page, "02-autocomplete")
    box.fill("vad har hänt med SMO-piloten?")
    box.press("Enter")
    page.wait_for_url("**/sok?**")
    page.wait_for_selector("li.result")
    shot(page, "03-results")
    shot(page, "03-results-full", full_page=True)
    doc_links = page.eval_on_selector_all("li.result a.goto", "els => els.map(e => e.getAttribute('href'))")
    years = {href.split("/dokument/")[1][:4] for href in doc_links}
    assert {"2020", "2021", "2025"} <= years, doc_links
    assert page.locator("li.result mark").count() > 0
    assert page.locator(".timeline .tl-year").count() >= 2

    # the passage in its document, highlighted by :target
    page.locator("li.result a.goto").first.click()
    page.wait_for_url("**/dokument/**#passage-*")
    target = page.evaluate("location.hash.slice(1)")
    assert page.locator(f"[id='{target}']").count() == 1
    shot(page, "04-document-at-passage")

    page.goto(server + "/entity/project/smo")
    assert "Samordnat medicinskt omhändertagande" in page.locator("h1").inner_text()
    assert page.locator(".timeline .tl-event").count() > 0
    shot(page, "05-entity-smo")
    assert not page.errors, page.errors


def test_dependency_map(page: Any, server: str) -> None:
    page.goto(server + "/karta")
    page.wait_for_function("window.cy && window.cy.nodes().length > 0", timeout=20_000)
    n = page.evaluate("window.cy.nodes().length")
    assert n > 0
    page.wait_for_timeout(400)
    shot(page, "06-map")
    assert page.locator("#gap-lists li").count() > 0
    page.select_option("#map-year", "alla")
    page.wait_for_function(f"window.cy && window.cy.nodes().length > {n}", timeout=20_000)
    page.wait_for_timeout(400)
    shot(page, "07-map-all-years")
    assert not page.errors, page.errors


def test_sparql_example_query(page: Any, server: str) -> None:
    page.goto(server + "/sparql-editor")
    page.wait_for_selector(".yasqe .CodeMirror", timeout=20_000)
    shot(page, "08-sparql")
    page.locator("[data-query-id='01-uppdrag-med-status']").click()
    page.wait_for_selector(".yasr tbody tr", timeout=30_000)
    rows = page.locator(".yasr tbody tr").count()
    assert rows > 0
    page.wait_for_timeout(300)
    shot(page, "09-sparql-results")
    assert not page.errors, page.errors


def test_not_found_page(page: Any, server: str) -> None:
    resp = page.goto(server + "/entity/project/finns-inte")
    assert resp is not None and resp.status == 404
    assert "Sidan hittades inte" in page.locator("h1").inner_text()
    shot(page, "10-not-found")


@pytest.mark.skipif(not os.environ.get("STYRGRAF_UPDATE_SCREENSHOTS"), reason="set STYRGRAF_UPDATE_SCREENSHOTS=1")
def test_copy_screenshots_to_docs() -> None:
    """Runs last in this module: copy the final screenshots into docs/screenshots/ (committed)."""
    import shutil

    dest = Path(__file__).parent.parent / "docs" / "screenshots"
    dest.mkdir(parents=True, exist_ok=True)
    for f in sorted(SHOTS.glob("*.png")):
        if "full" not in f.name:
            shutil.copyfile(f, dest / f.name)
