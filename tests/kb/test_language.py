"""Indonesian by default, whatever the browser asks; English when the visitor picks it."""

from django.test import TestCase
from django.urls import reverse


class DefaultLanguageTests(TestCase):
    def test_indonesian_even_for_an_english_browser(self):
        response = self.client.get("/", headers={"accept-language": "en-US,en;q=0.9"})
        self.assertContains(response, '<html lang="id"')

    def test_switch_to_english_and_back(self):
        self.client.post(reverse("set_language"), {"language": "en", "next": "/"})
        self.assertContains(self.client.get("/"), '<html lang="en"')
        self.client.post(reverse("set_language"), {"language": "id", "next": "/"})
        self.assertContains(self.client.get("/"), '<html lang="id"')

    def test_unknown_language_cookie_falls_back_to_indonesian(self):
        self.client.cookies["django_language"] = "xx"
        self.assertContains(self.client.get("/"), '<html lang="id"')

    def test_admin_login_is_indonesian(self):
        response = self.client.get(reverse("wagtailadmin_login"))
        self.assertContains(response, "Kata sandi")
        self.assertNotContains(response, ">Password<")
