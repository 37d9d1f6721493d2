"""The site under its Content-Security-Policy, in Chromium.

Every browser test fails on anything the policy blocks (the `page` fixture). Here: a walk
through a public idea, the search page's autocomplete and an idea in the editor, with its
duplicate warning and its preview panel; the leaders' dashboard; proof that a blocked script or
style is noticed; and the server-error page, whose own inline style is allowed by hash.
"""

import re
import time

from playwright.sync_api import expect

from tests import factories
from tests.kb.broken_urls import BROKEN_URL

from .conftest import BROWSER_DB

SOURCE = "Antrean daring puskesmas"
SIMILAR = "Antrean daring Dukcapil"


@BROWSER_DB
def test_a_public_idea_search_and_the_editor_run_with_nothing_blocked(page, login):
    author = factories.user("penulis", group="Penulis")
    idea = factories.idea(SOURCE, summary="Nomor antrean puskesmas lewat ponsel.", owner=author)
    factories.idea(SIMILAR, summary="Nomor antrean Dukcapil lewat ponsel.")

    page.goto(idea.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(SOURCE)

    page.goto("/search/")
    box = page.get_by_role("combobox", name=re.compile("Kata kunci"))
    box.press_sequentially("antre")
    listbox = page.locator(f"#{box.get_attribute('aria-controls')}")
    expect(listbox.get_by_role("option").filter(has_text=SIMILAR)).to_have_count(1)

    login(author)
    page.goto(idea.url)
    expect(page.locator("wagtail-userbar")).to_have_count(1)  # Wagtail's, for editors
    page.goto(f"/admin/pages/{idea.pk}/edit/")
    page.locator("#id_title").fill("Antrean daring Dukcapil kota")
    expect(page.locator("[data-duplicates-list]")).to_contain_text(SIMILAR)  # duplicates.js

    # The preview panel frames the page as edited: the one framing the policy allows.
    page.locator("button[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text("Antrean daring Dukcapil kota")


@BROWSER_DB
def test_the_leaders_dashboard_draws_its_charts_with_no_inline_style(page, login):
    factories.idea(SOURCE)
    login(factories.user("pimpinan", group="Pimpinan"))
    page.set_viewport_size({"width": 420, "height": 900})
    page.goto("/admin/dasbor-pimpinan/")
    chart = page.locator("svg.dashboard-chart").first
    expect(chart).to_be_visible()
    assert chart.get_attribute("style") is None
    assert chart.bounding_box()["width"] < 420  # charts.css lets it shrink below its 540


def wait_for(page, predicate, seconds=5):
    """Violations reach the test as Playwright relays them, while it waits (a little)."""
    deadline = time.monotonic() + seconds
    while not predicate() and time.monotonic() < deadline:
        page.wait_for_timeout(100)


@BROWSER_DB
def test_an_injected_script_handler_or_style_is_blocked_and_noticed(page, csp_violations):
    page.goto("/")
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.injected = true;";
            document.body.append(script);
            document.body.insertAdjacentHTML(
                "beforeend",
                '<img src="/static/img/logo.svg" onload="window.handled = true">'
                + '<p id="styled" style="color: rgb(255, 0, 0)">merah</p>',
            );
        }"""
    )
    expected = {"script-src-elem", "script-src-attr", "style-src-attr"}

    def directives():
        return {found["directive"] for found in csp_violations if isinstance(found, dict)}

    wait_for(page, lambda: expected <= directives())
    assert expected <= directives(), csp_violations
    assert page.evaluate("[window.injected, window.handled]") == [None, None]
    expect(page.locator("#styled")).not_to_have_css("color", "rgb(255, 0, 0)")
    csp_violations.clear()  # noticed: the page fixture would fail this test on them


@BROWSER_DB
def test_the_server_error_page_is_styled_with_nothing_blocked(page, settings):
    settings.ROOT_URLCONF = "tests.kb.broken_urls"
    response = page.goto(BROKEN_URL)
    assert response.status == 500
    expect(page.get_by_role("heading", level=1)).to_have_text("Maaf, terjadi gangguan di server")
    expect(page.locator("body")).to_have_css("background-color", "rgb(247, 246, 242)")
