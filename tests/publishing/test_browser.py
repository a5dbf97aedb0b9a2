"""The published site in a real browser: headless Chromium driven by Selenium.

Opens every page through ``file://`` and checks that the console shows no
error, that every request the page made (DevTools performance log and the
Resource Timing list) stays inside the site folder, and that every link
resolves to a file of the site. Screenshots are kept in
``tests/artifacts/publish/``. Skipped only where Debian's ``chromium`` and
``chromium-driver`` are not installed (``build/install_browser.sh``).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from .site_checks import ALLOWED_EXTERNAL, pages

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "publish"

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="Debian's chromium and chromium-driver are not installed (build/install_browser.sh)",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--window-size=1024,768",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _inside(url: str, folder: Path) -> bool:
    parts = urlsplit(url)
    if parts.scheme != "file":
        return False
    return Path(unquote(parts.path)).resolve().is_relative_to(folder.resolve())


def _requests(driver) -> list[str]:
    """Every URL the page asked the network stack for (DevTools performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def test_every_page_loads_offline_with_no_error_and_no_request_outside(browser, demo_site):
    if ARTIFACTS.exists():
        shutil.rmtree(ARTIFACTS)
    ARTIFACTS.mkdir(parents=True)
    browser.get("about:blank")  # the start-up tab's own chrome:// requests, then forget them
    browser.get_log("browser")
    browser.get_log("performance")
    checked_links = 0
    for page in pages(demo_site):
        browser.get(page.resolve().as_uri())
        name = page.relative_to(demo_site).as_posix()
        errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
        assert errors == [], (name, errors)
        requests = _requests(browser)
        resources = browser.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)")
        # the log works: the page and its stylesheet were seen
        assert any(r.endswith("assets/site.css") for r in requests), (name, requests)
        outside = [u for u in [*requests, *resources]
                   if not _inside(u, demo_site) and not u.startswith("data:")]
        assert outside == [], (name, outside)
        loaded = browser.execute_async_script(
            "const done = arguments[0]; document.fonts.ready.then(() => done("
            "Array.from(document.fonts).filter(f => f.status === 'loaded')"
            ".map(f => f.family)))")
        assert any("DejaVu Sans" in family for family in loaded), (name, loaded)
        for href in browser.execute_script(
                "return Array.from(document.querySelectorAll('a[href], link[href]'))"
                ".map(a => a.href)"):
            if ALLOWED_EXTERNAL.match(href):
                continue
            assert _inside(href, demo_site), (name, href)
            assert Path(unquote(urlsplit(href).path)).is_file(), (name, href)
            checked_links += 1
        if name in ("index.html", "credits.html", "decisions.html", "evaluation.html") or (
                name.startswith("ateliers/") and not list(ARTIFACTS.glob("atelier-*.png"))):
            shot = name.replace("/", "-").replace(".html", ".png")
            if name.startswith("ateliers/"):
                shot = "atelier-" + shot
            browser.save_screenshot(str(ARTIFACTS / shot))
    assert checked_links > 100
    assert len(list(ARTIFACTS.glob("*.png"))) == 5


def test_an_experiment_page_and_a_page_with_a_photo_render(browser, demo_site):
    """The photo is drawn from its file; the experiment's chart and atelier links are there."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with_photo = [p for p in pages(demo_site) if b"<img" in p.read_bytes()]
    assert with_photo
    browser.get(with_photo[0].resolve().as_uri())
    images = browser.execute_script(
        "return Array.from(document.images).map(i => [i.complete, i.naturalWidth, i.alt,"
        " i.getBoundingClientRect().width])")
    assert images and all(done and natural > 0 and alt and 0 < shown <= 1024
                          for done, natural, alt, shown in images), images
    browser.execute_script("document.getElementById('photos').scrollIntoView()")
    browser.save_screenshot(str(ARTIFACTS / "atelier-photo.png"))
    experiment = next(p for p in sorted((demo_site / "experimentations").glob("*.html"))
                      if p.name != "index.html" and b'id="indicateurs"' in p.read_bytes())
    browser.get(experiment.resolve().as_uri())
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    assert browser.execute_script("return document.querySelectorAll('#contenu svg').length") > 0
    links = browser.execute_script(
        "return Array.from(document.querySelectorAll('main a')).map(a => a.href)")
    assert any("/ateliers/" in href for href in links)
    for href in links:
        assert _inside(href, demo_site) and Path(unquote(urlsplit(href).path)).is_file()
    browser.save_screenshot(str(ARTIFACTS / "experiment.png"))
