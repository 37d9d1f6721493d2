"""Sign-in throttling (django-axes) through Wagtail's real login form, and the unlock page."""

from datetime import timedelta

from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import F
from django.test import Client, RequestFactory, TestCase, override_settings
from django.urls import reverse
from wagtail.models import ModelLogEntry

from kb.login_throttle import client_ip
from tests import factories

PASSWORD = "rahasia-uji-123"  # noqa: S105 (what tests.factories.user gives every account)
LIMIT = settings.AXES_FAILURE_LIMIT
ADDRESS_LIMIT = settings.KB_LOGIN_ADDRESS_FAILURE_LIMIT
COOL_OFF = settings.AXES_COOLOFF_TIME
NOT_MATCHED = "dan kata sandi Anda tidak cocok"  # Wagtail's own, in Indonesian
LOCKED = "Masuk dikunci sementara"


def sign_in(client, username, password="salah", address="127.0.0.1", **headers):  # noqa: S107
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        headers=headers,
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def fail(client, username, times, address="127.0.0.1"):
    return [sign_in(client, username, address=address).status_code for _ in range(times)]


def try_many_accounts(client, times, address="127.0.0.1", **headers):
    """One wrong password for each of `times` accounts: never an account's limit."""
    return [
        sign_in(client, f"pegawai{n}", address=address, **headers).status_code for n in range(times)
    ]


def age_attempts(by):
    """Let time pass for the recorded failures: each is moved back by `by`."""
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - by)


class LockoutTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        factories.user("admin", is_superuser=True)
        factories.user("penulis", group="Penulis")

    def test_the_limits_are_sensible(self):
        self.assertEqual(LIMIT, 5)
        self.assertEqual(ADDRESS_LIMIT, 20)
        self.assertEqual(COOL_OFF, timedelta(minutes=15))

    def test_fifty_wrong_passwords_then_the_right_one_is_refused(self):
        statuses = fail(self.client, "admin", 50)
        self.assertEqual(statuses, [200] * (LIMIT - 1) + [429] * (50 - LIMIT + 1))

        response = sign_in(self.client, "admin", PASSWORD)
        self.assertEqual(response.status_code, 429)
        self.assertFalse(signed_in(self.client))
        self.assertTemplateUsed(response, "kb/login_locked.html")
        self.assertContains(response, LOCKED, status_code=429)
        self.assertContains(response, "Coba lagi paling lambat 15 menit lagi", status_code=429)
        self.assertContains(response, "administrator Lumbung Inovasi", status_code=429)
        self.assertContains(response, '<html lang="id"', status_code=429)
        self.assertEqual(response["Retry-After"], str(int(COOL_OFF.total_seconds())))
        self.assertIn("no-store", response["Cache-Control"])

    def test_before_the_limit_wagtail_says_the_password_is_wrong(self):
        response = sign_in(self.client, "admin")
        self.assertContains(response, NOT_MATCHED)
        self.assertNotContains(response, LOCKED)

    def test_the_lockout_page_names_the_contact_address_when_the_site_has_one(self):
        from wagtail.models import Site

        from kb.models import SiteIdentity

        identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
        identity.contact_email = "kominfo@ambon.go.id"
        identity.save()
        fail(self.client, "admin", LIMIT)
        response = sign_in(self.client, "admin", PASSWORD)
        self.assertContains(response, 'href="mailto:kominfo@ambon.go.id"', status_code=429)

    def test_the_lockout_page_speaks_english_when_chosen(self):
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        statuses = fail(self.client, "admin", LIMIT)
        self.assertEqual(statuses[-1], 429)
        response = sign_in(self.client, "admin", PASSWORD)
        self.assertContains(response, "Sign-in temporarily locked", status_code=429)

    def test_the_right_password_before_the_limit_lets_in_and_forgives_those_failures(self):
        fail(self.client, "admin", LIMIT - 1)
        response = sign_in(self.client, "admin", PASSWORD)
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.assertFalse(AccessAttempt.objects.exists())

        self.client.logout()
        self.assertEqual(fail(self.client, "admin", LIMIT - 1), [200] * (LIMIT - 1))

    def test_signing_in_to_ones_own_account_does_not_forgive_guesses_at_another(self):
        """Axes' own reset on success deletes every failure from the address: whoever holds
        an account could guess another's password forever, signing in between rounds."""
        rounds = []
        for _ in range(3):
            rounds += fail(self.client, "admin", LIMIT - 1)
            self.client.logout()
            sign_in(self.client, "penulis", PASSWORD)
            self.client.logout()
        self.assertEqual(rounds[: LIMIT - 1], [200] * (LIMIT - 1))
        self.assertIn(429, rounds)
        self.assertEqual(sign_in(self.client, "admin", PASSWORD).status_code, 429)

    def test_a_locked_account_does_not_lock_another_user_elsewhere(self):
        fail(self.client, "admin", LIMIT, address="10.0.0.1")

        other = Client()
        self.assertRedirects(
            sign_in(other, "penulis", PASSWORD, address="10.0.0.2"), reverse("wagtailadmin_home")
        )
        # The account itself stays locked, whatever address it is tried from.
        third = Client()
        self.assertEqual(sign_in(third, "admin", PASSWORD, address="10.0.0.3").status_code, 429)
        self.assertFalse(signed_in(third))

    def test_one_persons_typos_lock_their_account_not_their_office(self):
        self.assertEqual(fail(self.client, "penulis", LIMIT, address="10.0.0.5")[-1], 429)
        colleague = Client()
        self.assertRedirects(
            sign_in(colleague, "admin", PASSWORD, address="10.0.0.5"), reverse("wagtailadmin_home")
        )

    def test_one_address_trying_many_accounts_is_locked(self):
        statuses = try_many_accounts(self.client, ADDRESS_LIMIT, address="10.0.0.9")
        self.assertEqual(statuses, [200] * (ADDRESS_LIMIT - 1) + [429])
        # Locked for every account from that address, the right password included...
        self.assertEqual(
            sign_in(self.client, "penulis", PASSWORD, address="10.0.0.9").status_code, 429
        )
        self.assertFalse(signed_in(self.client))
        # ...but not for the same account from another address.
        other = Client()
        self.assertRedirects(
            sign_in(other, "penulis", PASSWORD, address="10.0.0.10"), reverse("wagtailadmin_home")
        )

    def test_the_lock_ends_after_the_cool_off_and_tries_meanwhile_do_not_extend_it(self):
        fail(self.client, "admin", LIMIT)
        counted = list(AccessAttempt.objects.values_list("failures_since_start", "attempt_time"))
        # Tries during the lockout, the right password among them, are refused uncounted.
        self.assertEqual(fail(self.client, "admin", 3), [429] * 3)
        self.assertEqual(sign_in(self.client, "admin", PASSWORD).status_code, 429)
        self.assertEqual(
            list(AccessAttempt.objects.values_list("failures_since_start", "attempt_time")),
            counted,
        )

        age_attempts(COOL_OFF - timedelta(minutes=1))
        self.assertEqual(sign_in(self.client, "admin", PASSWORD).status_code, 429)

        age_attempts(timedelta(minutes=1, seconds=1))
        response = sign_in(self.client, "admin", PASSWORD)
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.assertTrue(signed_in(self.client))


class ClientAddressTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        factories.user("admin", is_superuser=True)

    def address(self, remote, forwarded=None):
        headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
        return client_ip(RequestFactory().get("/", REMOTE_ADDR=remote, **headers))

    def test_without_a_proxy_only_the_connection_counts(self):
        self.assertEqual(self.address("10.0.0.1", "1.2.3.4"), "10.0.0.1")
        self.assertIsNone(self.address(""))

    @override_settings(KB_TRUSTED_PROXY_COUNT=1)
    def test_behind_one_proxy_the_address_it_appended_counts(self):
        self.assertEqual(self.address("127.0.0.1", "6.6.6.6, 10.1.1.1"), "10.1.1.1")
        self.assertEqual(self.address("127.0.0.1", " 10.1.1.1 "), "10.1.1.1")
        self.assertEqual(self.address("127.0.0.1", "2001:db8::1"), "2001:db8::1")
        # Missing or garbled: the proxy's own address, never what the client wrote.
        self.assertEqual(self.address("127.0.0.1"), "127.0.0.1")
        self.assertEqual(self.address("127.0.0.1", "10.1.1.1, <script>"), "127.0.0.1")

    @override_settings(KB_TRUSTED_PROXY_COUNT=2)
    def test_behind_two_proxies_the_outer_ones_view_counts(self):
        self.assertEqual(self.address("127.0.0.1", "6.6.6.6, 10.1.1.1, 10.9.9.9"), "10.1.1.1")
        self.assertEqual(self.address("127.0.0.1", "10.9.9.9"), "127.0.0.1")

    def test_a_made_up_forwarded_for_does_not_escape_the_lock(self):
        statuses = [
            sign_in(self.client, f"pegawai{n}", X_FORWARDED_FOR=f"10.5.0.{n}").status_code
            for n in range(ADDRESS_LIMIT)
        ]
        self.assertEqual(statuses[-1], 429)
        self.assertEqual(
            set(AccessAttempt.objects.values_list("ip_address", flat=True)), {"127.0.0.1"}
        )

    @override_settings(KB_TRUSTED_PROXY_COUNT=1)
    def test_behind_a_proxy_each_client_has_its_own_count(self):
        statuses = try_many_accounts(
            self.client, ADDRESS_LIMIT, X_FORWARDED_FOR="6.6.6.6, 10.1.1.1"
        )
        self.assertEqual(statuses[-1], 429)
        other = Client()
        response = sign_in(other, "admin", PASSWORD, X_FORWARDED_FOR="10.2.2.2")
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.assertEqual(
            sign_in(Client(), "admin", PASSWORD, X_FORWARDED_FOR="10.1.1.1").status_code, 429
        )


class UnlockPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.superuser = factories.user("admin", is_superuser=True)
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        factories.user("penulis", group="Penulis")

    def lock(self, username, address):
        fail(Client(), username, LIMIT, address=address)

    def test_superusers_see_current_lockouts(self):
        self.lock("penulis", "10.0.0.7")
        try_many_accounts(Client(), ADDRESS_LIMIT, address="10.0.0.9")
        fail(Client(), "pimpinan", LIMIT - 2, address="10.0.0.8")  # under the limits: not listed
        self.client.force_login(self.superuser)

        response = self.client.get(reverse("login_lockouts"))
        self.assertContains(response, "Kunci masuk")
        accounts, addresses = response.context["accounts"], response.context["addresses"]
        self.assertEqual(
            [(a.value, a.failures, a.spread) for a in accounts], [("penulis", LIMIT, 1)]
        )
        self.assertEqual(
            [(a.value, a.failures, a.spread) for a in addresses],
            [("10.0.0.9", ADDRESS_LIMIT, ADDRESS_LIMIT)],
        )
        self.assertEqual(accounts[0].ends, accounts[0].last_attempt + COOL_OFF)
        self.assertContains(response, "<code>penulis</code>", html=True)
        self.assertContains(response, "<code>10.0.0.9</code>", html=True)
        for absent in ("pimpinan", "10.0.0.7", "10.0.0.8"):
            self.assertNotContains(response, f"<code>{absent}</code>", html=True)
        self.assertContains(response, "Buka semua kunci")

    def test_the_menu_shows_it_to_superusers_only(self):
        self.client.force_login(self.superuser)
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), "/admin/kunci-masuk/")
        self.client.force_login(self.leader)
        self.assertNotContains(self.client.get(reverse("wagtailadmin_home")), "/admin/kunci-masuk/")

    def test_unlock_an_account(self):
        self.lock("penulis", "10.0.0.7")
        self.client.force_login(self.superuser)

        response = self.client.post(
            reverse("login_unlock"), {"kind": "akun", "value": "penulis"}, follow=True
        )
        self.assertContains(response, "Kunci masuk akun “penulis” dibuka.")
        self.assertFalse(AccessAttempt.objects.filter(username="penulis").exists())
        self.assertRedirects(
            sign_in(Client(), "penulis", PASSWORD, address="10.0.0.1"), reverse("wagtailadmin_home")
        )
        entry = ModelLogEntry.objects.get(action="kb.login_unlock")
        self.assertEqual(entry.user, self.superuser)
        self.assertEqual(entry.label, "akun “penulis”")
        self.assertEqual(entry.data, {"kind": "akun", "value": "penulis"})

    def test_unlock_an_address(self):
        try_many_accounts(Client(), ADDRESS_LIMIT, address="10.0.0.9")
        self.client.force_login(self.superuser)

        self.client.post(reverse("login_unlock"), {"kind": "alamat", "value": "10.0.0.9"})
        self.assertFalse(AccessAttempt.objects.exists())
        self.assertRedirects(
            sign_in(Client(), "penulis", PASSWORD, address="10.0.0.9"), reverse("wagtailadmin_home")
        )
        self.assertTrue(
            ModelLogEntry.objects.filter(action="kb.login_unlock", label="alamat 10.0.0.9").exists()
        )

    def test_unlock_everything(self):
        self.lock("penulis", "10.0.0.7")
        self.lock("pimpinan", "10.0.0.8")
        self.client.force_login(self.superuser)

        response = self.client.post(reverse("login_unlock"), {"kind": "semua"}, follow=True)
        self.assertContains(response, "Kunci masuk semua akun dan alamat dibuka.")
        self.assertFalse(AccessAttempt.objects.exists())
        self.assertContains(response, "Tidak ada akun yang terkunci.")

    def test_a_bad_address_is_refused_in_indonesian(self):
        self.lock("penulis", "10.0.0.7")
        self.client.force_login(self.superuser)

        response = self.client.post(
            reverse("login_unlock"), {"kind": "alamat", "value": "bukan-alamat"}, follow=True
        )
        self.assertContains(response, "Alamat itu bukan alamat IP.")
        response = self.client.post(reverse("login_unlock"), {"kind": "lain"}, follow=True)
        self.assertContains(response, "Permintaan tidak sah.")
        self.assertEqual(AccessAttempt.objects.count(), 1)
        self.assertFalse(ModelLogEntry.objects.filter(action="kb.login_unlock").exists())

    def test_nothing_to_unlock_is_said_and_not_logged(self):
        self.client.force_login(self.superuser)
        response = self.client.post(
            reverse("login_unlock"), {"kind": "akun", "value": "siapa"}, follow=True
        )
        self.assertContains(response, "Tidak ada kunci untuk akun “siapa”.")
        self.assertFalse(ModelLogEntry.objects.filter(action="kb.login_unlock").exists())

    def test_other_staff_get_no_page_and_cannot_unlock(self):
        self.lock("penulis", "10.0.0.7")
        self.client.force_login(self.leader)

        self.assertEqual(self.client.get(reverse("login_lockouts")).status_code, 404)
        response = self.client.post(reverse("login_unlock"), {"kind": "semua"})
        self.assertEqual(response.status_code, 404)
        self.assertEqual(AccessAttempt.objects.count(), 1)

    def test_anonymous_visitors_are_sent_to_sign_in(self):
        response = self.client.get(reverse("login_lockouts"))
        self.assertRedirects(
            response, f"{reverse('wagtailadmin_login')}?next={reverse('login_lockouts')}"
        )
        self.client.post(reverse("login_unlock"), {"kind": "semua"})
        self.assertEqual(AccessAttempt.objects.count(), 0)  # nothing was there, nothing logged
        self.assertFalse(ModelLogEntry.objects.filter(action="kb.login_unlock").exists())

    def test_unlocking_needs_the_csrf_token_and_a_post(self):
        self.lock("penulis", "10.0.0.7")
        client = Client(enforce_csrf_checks=True)
        client.force_login(self.superuser)

        response = client.post(reverse("login_unlock"), {"kind": "akun", "value": "penulis"})
        self.assertEqual(response.status_code, 403)
        self.assertEqual(client.get(reverse("login_unlock")).status_code, 405)
        self.assertEqual(AccessAttempt.objects.count(), 1)

        page = client.get(reverse("login_lockouts"))
        token = page.context["csrf_token"]
        client.post(
            reverse("login_unlock"),
            {"kind": "akun", "value": "penulis", "csrfmiddlewaretoken": str(token)},
        )
        self.assertFalse(AccessAttempt.objects.exists())

    def test_a_hostile_username_is_shown_escaped(self):
        hostile = "<script>alert('x')</script>"
        self.lock(hostile, "10.0.0.7")
        self.client.force_login(self.superuser)

        response = self.client.get(reverse("login_lockouts"))
        self.assertNotContains(response, hostile)
        self.assertContains(response, "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;")

        response = self.client.post(
            reverse("login_unlock"), {"kind": "akun", "value": hostile}, follow=True
        )
        self.assertNotContains(response, hostile)
        self.assertContains(response, "“&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;” dibuka")
        self.assertFalse(AccessAttempt.objects.exists())
