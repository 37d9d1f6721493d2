"""Someone keeps typing a wrong password into the admin's sign-in form, in Chromium."""

import re

from django.conf import settings
from playwright.sync_api import expect

from tests import factories

from .conftest import BROWSER_DB, PASSWORD

WRONG_PASSWORD = re.compile("dan kata sandi Anda tidak cocok")


def submit(page, username, password):
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill(password)
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name=re.compile("Masuk")).click()
    return navigation.value


@BROWSER_DB
def test_repeated_wrong_passwords_lock_sign_in_with_an_indonesian_page(page):
    factories.user("penulis", group="Penulis")
    page.goto("/admin/login/")

    for attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert submit(page, "penulis", f"tebakan-{attempt}").status == 200
        expect(page.get_by_text(WRONG_PASSWORD)).to_be_visible()

    assert submit(page, "penulis", "tebakan-terakhir").status == 429
    expect(page.get_by_role("heading", name="Masuk dikunci sementara")).to_be_visible()
    expect(page.get_by_text("Coba lagi paling lambat 15 menit lagi.")).to_be_visible()
    expect(page.get_by_text(re.compile("Minta administrator Lumbung Inovasi"))).to_be_visible()

    # Back on the form, the right password is refused as well until the lock ends.
    page.get_by_role("link", name="Kembali ke halaman masuk").click()
    assert submit(page, "penulis", PASSWORD).status == 429
    expect(page.get_by_role("heading", name="Masuk dikunci sementara")).to_be_visible()
    page.goto("/admin/")
    assert "/admin/login/" in page.url
