"""Journey 2: a reader (Pembaca) signs in on the public site, reads an internal idea that
only staff may read, and signs out again, in Chromium."""

import re

from playwright.sync_api import expect
from wagtail.models import PageViewRestriction

from demo.restricted import RESTRICTED_IDEAS
from ideas.models import IdeaPage

from ..conftest import BROWSER_DB, PASSWORD

INTERNAL = RESTRICTED_IDEAS[0]["title"]


def header(page):
    return page.locator("header.site-header")


@BROWSER_DB
def test_a_reader_signs_in_reads_an_internal_idea_and_signs_out(
    demo, journey, page, browser, live_server
):
    reader = demo["pembaca"]
    idea = IdeaPage.objects.get(title=INTERNAL)
    (restriction,) = idea.get_view_restrictions()
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert restriction.groups.filter(name="Pembaca").exists()
    assert not reader.has_perm("wagtailadmin.access_admin")

    page.goto("/")
    expect(header(page).get_by_role("link", name="Masuk")).to_be_visible()
    journey.step("Fatima, staf pembaca, membuka beranda; belum masuk")

    header(page).get_by_role("link", name="Masuk").click()
    expect(page.get_by_role("heading", name="Masuk", level=1)).to_be_visible()
    journey.step("Halaman Masuk di situs publik")

    form = page.locator("main form")
    form.get_by_label("Nama pengguna").fill("pembaca")
    form.get_by_label("Kata sandi").fill(PASSWORD)
    with page.expect_navigation():
        form.get_by_role("button", name="Masuk").click()
    assert page.url == f"{live_server.url}/"
    expect(page.get_by_text("Anda masuk sebagai Fatima Tuasikal.")).to_be_visible()
    expect(header(page).get_by_text("Fatima Tuasikal")).to_be_visible()
    expect(header(page).get_by_role("button", name="Keluar")).to_be_visible()
    expect(header(page).get_by_role("link", name="Dasbor")).to_have_count(0)
    expect(header(page).get_by_role("link", name="Masuk")).to_have_count(0)
    journey.step("Kembali di beranda, masuk sebagai Fatima: ada Keluar, tanpa Dasbor")

    page.locator("nav.site-nav").get_by_role("link", name="Ide").click()
    internal_link = page.locator("main").get_by_role("link", name=INTERNAL)
    expect(internal_link).to_be_visible()
    shown = int(re.match(r"\d+", page.locator(".results__count").inner_text()).group())
    journey.step("Daftar ide memuat ide internal yang hanya boleh dibaca staf")

    # A visitor who is not signed in sees neither the idea nor it in the count.
    visitor = browser.new_context(base_url=live_server.url, locale="id-ID")
    try:
        anonymous = visitor.new_page()
        anonymous.goto("/ide/")
        expect(anonymous.locator(".results__count")).to_be_visible()
        expect(anonymous.get_by_role("link", name=INTERNAL)).to_have_count(0)
        public = int(re.match(r"\d+", anonymous.locator(".results__count").inner_text()).group())
        assert public == shown - len(RESTRICTED_IDEAS)
    finally:
        visitor.close()

    internal_link.click()
    expect(page.get_by_role("heading", name=INTERNAL, level=1)).to_be_visible()
    expect(page.get_by_text("Adaptasi ide ini")).to_have_count(0)
    journey.step("Ide internal terbuka; tidak ada tombol Adaptasi ide ini untuk pembaca")
    idea_url = page.url

    with page.expect_navigation():
        header(page).get_by_role("button", name="Keluar").click()
    assert page.url == f"{live_server.url}/"
    expect(page.get_by_text("Anda sudah keluar.")).to_be_visible()
    expect(header(page).get_by_role("link", name="Masuk")).to_be_visible()
    journey.step("Sudah keluar, kembali di beranda")

    page.goto(idea_url)
    expect(page.get_by_role("heading", name="Masuk", level=1)).to_be_visible()
    assert "/masuk/?next=" in page.url
    expect(page.get_by_text(INTERNAL)).to_have_count(0)
    journey.step("Ide internal kini meminta masuk lagi")
