"""Likely duplicates for authors: the admin endpoint and the editor panel."""

import tempfile

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.models import GroupPagePermission, PageViewRestriction

from ideas.duplicates import likely_duplicates
from ideas.models import IdeaIndexPage, IdeaPage
from kb.models import HomePage
from tests import factories
from tests.ideas.editor import add_url, edit_url

pytestmark = pytest.mark.engines

URL = reverse("ideas_duplicates")


class DuplicatesTestData(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")
        cls.other_author = factories.user("penulis2", group="Penulis")
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.published = factories.idea(
            "Antrean Daring Dukcapil Kota Ambon",
            summary="Warga mengambil nomor antrean pelayanan akta lewat ponsel.",
        )
        cls.draft = factories.idea(
            "Antrian online Dukcapil",
            summary="Draf: nomor antrean layanan kependudukan diambil dari rumah.",
            publish=False,
            owner=cls.other_author,
        )
        cls.private = factories.idea(
            "Pelayanan antrean daring Dukcapil untuk pegawai",
            summary="Nomor antrean pelayanan pegawai lewat ponsel.",
        )
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.LOGIN
        )
        cls.unrelated = factories.idea(
            "Bank sampah sekolah",
            summary="Murid menabung sampah plastik yang dipilah setiap Jumat.",
        )

    def titles(self, response):
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/json")
        return [r["title"] for r in response.json()["results"]]


class EndpointTests(DuplicatesTestData):
    def test_lists_what_the_user_may_open_but_not_unrelated_ones(self):
        self.client.force_login(self.author)
        titles = self.titles(self.client.get(URL, {"title": "Antrean daring Dukcapil"}))
        self.assertIn("Antrean Daring Dukcapil Kota Ambon", titles)
        self.assertIn("Pelayanan antrean daring Dukcapil untuk pegawai", titles, "signed-in staff")
        self.assertNotIn("Bank sampah sekolah", titles)
        self.client.force_login(self.other_author)
        titles = self.titles(self.client.get(URL, {"title": "Antrean daring Dukcapil"}))
        self.assertIn("Antrian online Dukcapil", titles, "one's own draft counts")

    def test_another_authors_draft_is_never_shown(self):
        self.client.force_login(self.author)
        response = self.client.get(URL, {"title": "Antrian online Dukcapil layanan kependudukan"})
        self.assertNotIn(self.draft.pk, [r["id"] for r in response.json()["results"]])
        self.assertNotContains(response, "Draf: nomor antrean")
        self.assertNotIn(
            self.draft.pk,
            [m.idea.pk for m in likely_duplicates(self.author, "Antrian online Dukcapil", "")],
        )

    def test_an_unpublished_title_of_a_live_idea_stays_with_its_editors(self):
        revision = IdeaPage.objects.get(pk=self.published.pk)
        revision.title = "Antrean daring Dukcapil judul rahasia"
        revision.save_revision(user=self.leader)
        self.client.force_login(self.author)
        response = self.client.get(URL, {"title": "Antrean daring Dukcapil"})
        published = next(r for r in response.json()["results"] if r["id"] == self.published.pk)
        self.assertEqual(published["title"], "Antrean Daring Dukcapil Kota Ambon")
        self.assertNotContains(response, "judul rahasia")
        self.client.force_login(self.leader)
        self.assertContains(
            self.client.get(URL, {"title": "Antrean daring Dukcapil"}), "judul rahasia"
        )

    def test_an_idea_restricted_to_another_group_is_not_shown(self):
        restriction = PageViewRestriction.objects.get(page=self.private)
        restriction.restriction_type = PageViewRestriction.GROUPS
        restriction.save()
        restriction.groups.set([Group.objects.get(name="Pimpinan")])
        self.client.force_login(self.author)
        response = self.client.get(URL, {"title": "Antrean daring Dukcapil"})
        self.assertNotContains(response, "untuk pegawai")
        self.assertNotContains(response, "Nomor antrean pelayanan pegawai")

    def test_each_match_says_what_it_is(self):
        self.client.force_login(self.other_author)
        results = self.client.get(URL, {"title": "Antrian online Dukcapil"}).json()["results"]
        draft = next(r for r in results if r["id"] == self.draft.pk)
        self.assertFalse(draft["live"])
        self.assertIsNone(draft["url"])
        self.assertEqual(
            draft["edit_url"], reverse("wagtailadmin_pages:edit", args=[self.draft.pk])
        )
        published = next(r for r in results if r["id"] == self.published.pk)
        self.assertIsNone(published["edit_url"], "authors cannot edit someone else's idea")
        self.assertEqual(draft["stage"], "Amati")
        self.assertTrue(0 < draft["score"] <= 1)
        published = next(r for r in results if r["id"] == self.published.pk)
        self.assertEqual(published["url"], self.published.url)

    def test_a_summary_alone_finds_matches(self):
        self.client.force_login(self.author)
        titles = self.titles(
            self.client.get(
                URL, {"summary": "Nomor antrean pelayanan akta diambil warga lewat ponsel."}
            )
        )
        self.assertIn("Antrean Daring Dukcapil Kota Ambon", titles)
        self.assertNotIn("Bank sampah sekolah", titles)

    def test_unrelated_text_lists_nothing(self):
        self.client.force_login(self.author)
        self.assertEqual(
            self.titles(self.client.get(URL, {"title": "Festival budaya pantai Natsepa"})), []
        )
        # One word in common says too little.
        self.assertEqual(self.titles(self.client.get(URL, {"title": "Dukcapil"})), [])

    def test_excludes_the_idea_being_edited(self):
        self.client.force_login(self.leader)
        response = self.client.get(
            URL, {"title": "Antrean Daring Dukcapil Kota Ambon", "exclude": self.published.pk}
        )
        ids = [r["id"] for r in response.json()["results"]]
        self.assertNotIn(self.published.pk, ids)
        self.assertIn(self.draft.pk, ids)

    def test_only_ideas_the_user_may_see_in_the_admin(self):
        # An idea authors cannot see in the admin: in a section only leaders manage.
        with self.captureOnCommitCallbacks(execute=True):
            archive = IdeaIndexPage(title="Arsip pimpinan", slug="arsip-pimpinan")
            HomePage.objects.get().add_child(instance=archive)
            hidden = IdeaPage(
                title="Antrean daring Dukcapil (arsip)",
                summary="Arsip lama tentang antrean daring Dukcapil.",
                stage="amati",
                live=False,
            )
            archive.add_child(instance=hidden)

        def ids(user):
            self.client.force_login(user)
            response = self.client.get(URL, {"title": "Antrean daring Dukcapil"})
            return [r["id"] for r in response.json()["results"]]

        self.assertNotIn(hidden.pk, ids(self.author))
        self.assertIn(hidden.pk, ids(self.leader))

    def test_empty_input_gives_an_empty_list(self):
        self.client.force_login(self.author)
        for params in ({}, {"title": ""}, {"title": "   ", "summary": "\t"}, {"title": "?!*:"}):
            with self.subTest(params=params):
                self.assertEqual(self.titles(self.client.get(URL, params)), [])

    def test_bad_exclude_is_a_400_in_indonesian(self):
        self.client.force_login(self.author)
        for value in ("abc", "-1", "1 OR 1=1", "1.5", "²", "9" * 40):
            with self.subTest(value=value):
                response = self.client.get(URL, {"title": "Antrean", "exclude": value})
                self.assertEqual(response.status_code, 400)
                self.assertIn("nomor halaman", response.json()["error"])

    def test_odd_text_never_fails(self):
        self.client.force_login(self.author)
        for text in [
            '"antrean daring',
            "title:antrean AND (dukcapil OR",
            "*",
            "-",
            "\x00\x07 antrean",
            "🙂 antrean daring",
            "<script>alert(1)</script>",
            "'; DROP TABLE wagtailcore_page; --",
            "antrean " * 2000,
        ]:
            with self.subTest(text=text[:30]):
                response = self.client.get(URL, {"title": text, "summary": text})
                self.assertEqual(response.status_code, 200)
                self.assertIsInstance(response.json()["results"], list)

    def test_only_post_less_reads(self):
        self.client.force_login(self.author)
        self.assertEqual(self.client.post(URL, {"title": "Antrean"}).status_code, 405)

    def test_anonymous_is_sent_to_login(self):
        response = self.client.get(URL, {"title": "Antrean daring Dukcapil"})
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("wagtailadmin_login"), response["Location"])

    def test_readers_without_admin_access_get_nothing(self):
        self.client.force_login(factories.user("pembaca", group="Pembaca"))
        response = self.client.get(URL, {"title": "Antrean daring Dukcapil"})
        self.assertNotEqual(response.status_code, 200)
        self.assertNotContains(response, "Dukcapil", status_code=response.status_code)

    def test_admin_users_who_cannot_write_ideas_are_refused(self):
        group = Group.objects.create(name="Penulis studi banding")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        GroupPagePermission.objects.create(
            group=group,
            page=factories.trip_index(),
            permission=Permission.objects.get(codename="add_page"),
        )
        user = factories.user("penulis-trip")
        user.groups.add(group)
        self.client.force_login(user)
        response = self.client.get(URL, {"title": "Antrean daring Dukcapil"})
        self.assertEqual(response.status_code, 403)
        self.assertIn("tidak berhak", response.json()["error"])
        self.assertNotContains(response, "Dukcapil", status_code=403)

    def test_a_missing_index_lists_nothing_and_logs(self):
        empty = tempfile.mkdtemp(prefix="kb-no-index-")
        backends = {"default": {"BACKEND": "search.backends.whoosh", "PATH": empty}}
        self.client.force_login(self.author)
        with (
            override_settings(WAGTAILSEARCH_BACKENDS=backends),
            self.assertLogs("search.engine", "ERROR"),
        ):
            response = self.client.get(URL, {"title": "Antrean daring Dukcapil"})
        self.assertEqual(self.titles(response), [])


class MatchingTests(DuplicatesTestData):
    def test_other_word_forms_match(self):
        found = likely_duplicates(self.leader, "Layanan antrian daring Dukcapil", "")
        self.assertIn(self.published, [m.idea for m in found])

    def test_best_match_first(self):
        found = likely_duplicates(self.leader, "Antrean Daring Dukcapil Kota Ambon", "")
        self.assertEqual(found[0].idea, self.published)
        self.assertEqual([m.score for m in found], sorted((m.score for m in found), reverse=True))

    def test_a_new_draft_is_found_once_indexed(self):
        with self.captureOnCommitCallbacks(execute=True):
            factories.idea(
                "Kebun sayur lorong",
                summary="Warga menanam sayur di lorong sempit.",
                publish=False,
                owner=self.author,
            )
        found = likely_duplicates(self.author, "Kebun sayur di lorong permukiman", "")
        self.assertEqual([m.idea.title for m in found], ["Kebun sayur lorong"])


class PanelTests(DuplicatesTestData):
    def test_edit_view_lists_duplicates_of_the_saved_idea(self):
        mine = factories.idea(
            "Antrean daring Dukcapil Ambon",
            summary="Nomor antrean lewat ponsel.",
            publish=False,
            owner=self.author,
        )
        with self.captureOnCommitCallbacks(execute=True):
            mine.save_revision()
        self.client.force_login(self.author)
        response = self.client.get(edit_url(mine))
        self.assertContains(response, "Kemungkinan duplikat")
        self.assertContains(response, "data-idea-duplicates")
        self.assertContains(response, f'data-exclude="{mine.pk}"')
        self.assertContains(response, f'data-endpoint="{URL}"')
        self.assertContains(response, "ideas/js/duplicates.js")
        panel = response.content.decode().split("data-idea-duplicates", 1)[1].split("</ul>")[0]
        self.assertIn("Antrean Daring Dukcapil Kota Ambon", panel)
        self.assertNotIn("Antrian online Dukcapil", panel, "another author's draft")
        self.assertNotIn("Bank sampah sekolah", panel)
        self.assertNotIn("Antrean daring Dukcapil Ambon<", panel, "not itself")

    def test_panel_follows_the_latest_draft(self):
        self.client.force_login(self.leader)
        page = IdeaPage.objects.get(pk=self.unrelated.pk)
        page.title = "Antrean daring Dukcapil (ganti judul)"
        page.save_revision()
        response = self.client.get(edit_url(page))
        panel = response.content.decode().split("data-idea-duplicates", 1)[1].split("</ul>")[0]
        self.assertIn("Antrean Daring Dukcapil Kota Ambon", panel)

    def test_add_view_shows_an_empty_panel_ready_for_typing(self):
        self.client.force_login(self.author)
        response = self.client.get(add_url(IdeaPage, factories.idea_index()))
        self.assertContains(response, "Kemungkinan duplikat")
        self.assertContains(response, 'data-exclude=""')
        self.assertContains(response, 'data-title-id="id_title"')
        self.assertContains(response, 'data-summary-id="id_summary"')
        self.assertContains(response, "Belum ada ide serupa.")
