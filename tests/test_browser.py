"""Pages checked in headless Chromium (Debian chromium + chromium-driver, see .ci/install-test-deps).

Each test saves a screenshot under test-output/browser/ and fails on JavaScript console errors.
"""

from __future__ import annotations

import urllib.parse

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from pipelines.store import article_id
from tests.conftest import ROOT, SEED_URL, XSS_URL

SCREENSHOTS = ROOT / "test-output" / "browser"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1600",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium')}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    yield driver
    driver.quit()


def visit(browser, url: str, name: str) -> None:
    """Open a page, save its screenshot, and fail on console errors."""
    browser.get_log("browser")  # drop what earlier pages logged
    browser.get(url)
    browser.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
    errors = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == [], errors


def test_home_page(browser, explore_site):
    visit(browser, explore_site + "/", "home")
    overview = browser.find_element(By.CSS_SELECTOR, ".archive-overview").text
    assert "What the archive holds" in overview and "rfa" in overview and "xiami" in overview


def test_story_page(browser, explore_site):
    visit(browser, f"{explore_site}/archive/articles/{article_id(SEED_URL)}", "story")
    assert (
        browser.find_element(By.CSS_SELECTOR, "h1.story-title").text == "阿里收缩网络业务 虾米音乐宣布将关停"
    )
    assert "王在新" in browser.find_element(By.CSS_SELECTOR, ".story-body").text
    assert browser.title == "阿里收缩网络业务 虾米音乐宣布将关停"


@pytest.mark.parametrize("query,name", [("虾米", "search-xiami"), ("馬雲", "search-ma-yun-traditional")])
def test_search_box_finds_the_seed(browser, explore_site, query, name):
    visit(browser, f"{explore_site}/archive/articles", f"{name}-before")
    box = browser.find_element(By.ID, "_search")
    box.send_keys(query)
    box.submit()
    browser.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    links = [
        a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "table.rows-and-columns a")
    ]
    assert any(href.endswith("/" + article_id(SEED_URL)) for href in links), links


def test_canned_search_highlights(browser, explore_site):
    visit(browser, f"{explore_site}/archive/search?q={urllib.parse.quote('马云')}", "search-canned")
    marks = browser.find_elements(By.CSS_SELECTOR, "mark")
    assert marks and all(mark.text == "马云" for mark in marks)


def test_weekly_chart_renders(browser, explore_site):
    visit(browser, f"{explore_site}/charts", "chart-weekly")
    svg = browser.find_element(By.CSS_SELECTOR, "svg.chart")
    assert svg.size["width"] > 100 and len(svg.find_elements(By.TAG_NAME, "rect")) >= 3


def test_topic_timeline_renders(browser, explore_site):
    visit(browser, f"{explore_site}/timeline?topic=xiami", "timeline-xiami")
    svg = browser.find_element(By.CSS_SELECTOR, "svg.timeline")
    assert svg.size["height"] > 100 and len(svg.find_elements(By.TAG_NAME, "rect")) >= 8


def test_hostile_page_runs_nothing(browser, explore_site):
    visit(browser, f"{explore_site}/archive/articles/{article_id(XSS_URL)}", "hostile-page")
    for element in browser.find_elements(By.CSS_SELECTOR, ".story-body p"):
        browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('mouseover'))", element)
    for link in browser.find_elements(By.CSS_SELECTOR, ".story-body a"):
        link.click()
    assert "pwned" not in browser.title
    assert browser.title == "测试页面：恶意脚本不得执行"
