"""The public search box's autocomplete (search/static/search/autocomplete.js), in Chromium.

The suggestions come from the real Whoosh index: pages created here are committed (the live
server's database is transactional), so Wagtail indexes them as they are published.
"""

import re
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import expect

from tests import factories

from .conftest import BROWSER_DB

PUBLISHED = "Antrean daring puskesmas"
DRAFT = "Antrean darurat rahasia"


def is_autocomplete(url, text):
    parts = urlsplit(url)
    return parts.path == "/search/autocomplete/" and parse_qs(parts.query).get("q") == [text]


def suggestions_for(page, text):
    """Type `text` into the search page's box as a person does; the listbox and the answer."""
    page.goto("/search/")
    box = page.get_by_role("combobox", name=re.compile("Kata kunci"))
    # The page asks for autofocus; autocomplete.js moves the box and must keep it focused.
    expect(box).to_be_focused()
    with page.expect_response(lambda r: is_autocomplete(r.url, text)) as answer:
        box.press_sequentially(text)
    listbox = page.locator(f"#{box.get_attribute('aria-controls')}")
    return box, listbox, answer.value.json()


@BROWSER_DB
def test_suggests_a_published_idea_and_opens_it_with_the_keyboard(page):
    published = factories.idea(PUBLISHED, summary="Nomor antrean lewat ponsel.")
    factories.idea(DRAFT, publish=False, summary="Belum terbit.")

    box, listbox, answer = suggestions_for(page, "antre")

    expect(listbox).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    expect(options.filter(has_text=PUBLISHED)).to_have_count(1)
    expect(options.filter(has_text=DRAFT)).to_have_count(0)
    assert DRAFT not in str(answer)

    box.press("ArrowDown")
    first = options.first
    expect(first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    expect(first).to_contain_text(PUBLISHED)
    with page.expect_navigation():
        box.press("Enter")

    assert page.url.endswith(published.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(PUBLISHED)


@BROWSER_DB
def test_a_click_opens_a_suggestion_and_a_draft_is_never_suggested(page):
    published = factories.idea(PUBLISHED, summary="Nomor antrean lewat ponsel.")
    factories.idea(DRAFT, publish=False, summary="Belum terbit.")

    # The draft's own words find nothing: the list stays closed.
    box, listbox, answer = suggestions_for(page, "darurat rahas")
    assert answer["suggestions"] == []
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")

    box.fill("")
    box.press_sequentially("puskes")
    option = listbox.get_by_role("option", name=re.compile(PUBLISHED))
    expect(option).to_be_visible()
    expect(listbox.get_by_role("option").filter(has_text=DRAFT)).to_have_count(0)
    with page.expect_navigation():
        option.click()
    assert page.url.endswith(published.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(PUBLISHED)
