"""Signing in and out from the public site, the header per role, and the admin's sign-in
for an account that may not use the admin."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests import factories

PASSWORD = "rahasia-uji-123"  # noqa: S105 (what tests.factories.user gives every account)
SIGN_IN = "/masuk/"


def signed_in(client):
    return "_auth_user_id" in client.session


class HeaderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.reader = factories.user(
            "pembaca", group="Pembaca", first_name="Fatima", last_name="Tuasikal"
        )
        cls.author = factories.user("penulis", group="Penulis", first_name="Maria")

    def header(self):
        response = self.client.get("/ide/")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        return html[html.index('class="site-header"') : html.index('class="site-nav"')]

    def test_anonymous_sees_masuk_back_to_this_page(self):
        header = self.header()
        self.assertIn(f'href="{SIGN_IN}?next=/ide/"', header)
        self.assertNotIn("Keluar", header)
        self.assertNotIn("Dasbor", header)

    def test_reader_sees_name_and_keluar_but_no_dasbor(self):
        self.client.force_login(self.reader)
        header = self.header()
        self.assertIn("Fatima Tuasikal", header)
        self.assertIn(f'action="{reverse("sign_out")}"', header)
        self.assertIn("csrfmiddlewaretoken", header)
        self.assertIn("Keluar", header)
        self.assertNotIn("Dasbor", header)
        self.assertNotIn(f'href="{SIGN_IN}', header)

    def test_author_sees_dasbor(self):
        self.client.force_login(self.author)
        header = self.header()
        self.assertIn(f'href="{reverse("wagtailadmin_home")}"', header)
        self.assertIn("Dasbor", header)
        self.assertIn("Keluar", header)


class PublicSignInTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.reader = factories.user("pembaca", group="Pembaca", first_name="Fatima")
        cls.author = factories.user("penulis", group="Penulis")

    def sign_in(self, username, next_url=None, password=PASSWORD):
        data = {"username": username, "password": password}
        if next_url is not None:
            data["next"] = next_url
        return self.client.post(SIGN_IN, data)

    def test_the_form_is_indonesian(self):
        response = self.client.get(SIGN_IN, {"next": "/ide/"})
        self.assertContains(response, "<h1>Masuk</h1>", html=True)
        self.assertContains(response, "Nama pengguna")
        self.assertContains(response, "Kata sandi")
        self.assertContains(response, 'name="next" value="/ide/"')

    def test_reader_goes_back_to_the_page_they_came_from(self):
        response = self.sign_in("pembaca", "/ide/?stage=amati")
        self.assertRedirects(response, "/ide/?stage=amati", fetch_redirect_response=False)
        self.assertTrue(signed_in(self.client))
        page = self.client.get("/ide/?stage=amati")
        self.assertContains(page, "Anda masuk sebagai Fatima.")

    def test_without_next_the_home_page(self):
        self.assertRedirects(self.sign_in("pembaca"), "/", fetch_redirect_response=False)

    def test_next_to_another_site_is_ignored(self):
        for unsafe in ("https://jahat.example/", "//jahat.example/ide/", "javascript:alert(1)"):
            with self.subTest(next=unsafe):
                self.client.logout()
                response = self.sign_in("pembaca", unsafe)
                self.assertRedirects(response, "/", fetch_redirect_response=False)

    def test_next_into_the_admin_only_for_who_may_use_it(self):
        response = self.sign_in("pembaca", "/admin/pages/")
        self.assertRedirects(response, "/", fetch_redirect_response=False)
        self.client.logout()
        response = self.sign_in("penulis", "/admin/pages/")
        self.assertRedirects(response, "/admin/pages/", fetch_redirect_response=False)

    def test_wrong_password_says_so_next_to_the_form_and_signs_nobody_in(self):
        response = self.sign_in("pembaca", "/ide/", password="salah")  # noqa: S106
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "kata sandi")
        self.assertContains(response, 'role="alert"')
        self.assertFalse(signed_in(self.client))

    def test_repeated_failures_lock_this_form_too(self):
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            self.assertEqual(self.sign_in("pembaca", password="salah").status_code, 200)  # noqa: S106
        response = self.sign_in("pembaca", password="salah")  # noqa: S106
        self.assertEqual(response.status_code, 429)
        self.assertTemplateUsed(response, "kb/login_locked.html")
        self.assertContains(
            response, f'<a href="{SIGN_IN}">Kembali ke halaman masuk</a>', status_code=429
        )
        # The right password is refused as well until the lock ends, on either form.
        self.assertEqual(self.sign_in("pembaca").status_code, 429)
        admin = self.client.post(
            reverse("wagtailadmin_login"), {"username": "pembaca", "password": PASSWORD}
        )
        self.assertEqual(admin.status_code, 429)
        self.assertFalse(signed_in(self.client))

    def test_keluar_is_a_post_that_ends_the_session_on_the_home_page(self):
        self.client.force_login(self.reader)
        self.assertEqual(self.client.get(reverse("sign_out")).status_code, 405)
        self.assertTrue(signed_in(self.client))
        response = self.client.post(reverse("sign_out"))
        self.assertRedirects(response, "/", fetch_redirect_response=False)
        self.assertFalse(signed_in(self.client))
        self.assertContains(self.client.get("/"), "Anda sudah keluar.")

    def test_a_restricted_page_asks_for_the_public_sign_in(self):
        idea = factories.idea("Kajian internal")
        restriction = PageViewRestriction.objects.create(
            page=idea, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([Group.objects.get(name="Pembaca")])
        response = self.client.get(idea.url)
        self.assertRedirects(response, f"{SIGN_IN}?next={idea.url}", fetch_redirect_response=False)
        # Someone signed in whose groups are not let in is told so on the sign-in page.
        self.client.force_login(self.author)
        page = self.client.get(self.client.get(idea.url)["Location"])
        self.assertContains(page, "tidak boleh membuka halaman yang Anda tuju")


class AdminSignInTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        factories.user("pembaca", group="Pembaca")
        factories.user("penulis", group="Penulis")

    def sign_in(self, username, next_url=None):
        data = {"username": username, "password": PASSWORD}
        if next_url:
            data["next"] = next_url
        return self.client.post(reverse("wagtailadmin_login"), data)

    def test_staff_still_land_in_the_admin(self):
        response = self.sign_in("penulis")
        self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
        self.assertEqual(self.client.get(reverse("wagtailadmin_home")).status_code, 200)

    def test_a_reader_is_signed_in_and_taken_to_the_site_with_why(self):
        response = self.sign_in("pembaca", "/admin/")
        self.assertRedirects(response, "/", fetch_redirect_response=False)
        self.assertTrue(signed_in(self.client))
        home = self.client.get("/")
        self.assertContains(home, "Akun Anda tidak memiliki akses ke admin")
        self.assertNotContains(home, "Anda tidak memiliki izin untuk mengakses admin")

    def test_a_reader_sent_to_the_admin_from_a_public_page_returns_there(self):
        response = self.sign_in("pembaca", "/ide/")
        self.assertRedirects(response, "/ide/", fetch_redirect_response=False)
