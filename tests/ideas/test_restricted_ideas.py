"""Restricted ideas on the idea list, per user, and "Adaptasi ide ini" per permission."""

from django.contrib.auth.models import Group
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from ideas.models import IdeaIndexPage
from ideas.wagtail_hooks import adapt_button
from tests import factories

LIST = "/ide/"


def restrict(page, *groups):
    """A view restriction on `page`: to these groups, or to anyone signed in if none."""
    if not groups:
        return PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=groups))
    return restriction


class IdeaListTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.reader = factories.user("pembaca", group="Pembaca")
        cls.author = factories.user("penulis", group="Penulis")
        cls.internal_agency = factories.agency("Bappeda-Litbang")
        factories.idea("Layanan terbuka")
        cls.for_readers = factories.idea(
            "Kajian internal insentif inovasi", source_agency=cls.internal_agency
        )
        restrict(cls.for_readers, "Pembaca")
        cls.for_staff = factories.idea("Dasbor keluhan lintas OPD")
        restrict(cls.for_staff)
        factories.idea("Draf yang belum terbit", publish=False)

    def listed(self, **params):
        response = self.client.get(LIST, params)
        self.assertEqual(response.status_code, 200)
        ideas = response.context["ideas"]
        titles = {idea.title for idea in ideas}
        self.assertEqual(ideas.paginator.count, len(titles), "the count is what is shown")
        return titles, response

    def test_anonymous_sees_only_public_ideas(self):
        titles, response = self.listed()
        self.assertEqual(titles, {"Layanan terbuka"})
        self.assertNotContains(response, "Kajian internal")
        self.assertNotContains(response, "Bappeda-Litbang")

    def test_reader_sees_their_group_and_signed_in_ideas(self):
        self.client.force_login(self.reader)
        titles, _ = self.listed()
        self.assertEqual(
            titles,
            {"Layanan terbuka", "Kajian internal insentif inovasi", "Dasbor keluhan lintas OPD"},
        )

    def test_another_group_sees_signed_in_ideas_but_not_the_readers_ones(self):
        self.client.force_login(self.author)
        titles, _ = self.listed()
        self.assertEqual(titles, {"Layanan terbuka", "Dasbor keluhan lintas OPD"})

    def test_agency_filter_offers_and_finds_a_restricted_ideas_agency_only_to_its_readers(self):
        _, response = self.listed()
        agencies = response.context["filters"].form.fields["agency"].queryset
        self.assertNotIn(self.internal_agency, agencies)
        titles, response = self.listed(agency=self.internal_agency.pk)
        self.assertNotIn("Kajian internal insentif inovasi", titles)
        self.assertContains(response, "Perangkat daerah itu tidak ditemukan.")

        self.client.force_login(self.reader)
        _, response = self.listed()
        self.assertIn(
            self.internal_agency, response.context["filters"].form.fields["agency"].queryset
        )
        titles, _ = self.listed(agency=self.internal_agency.pk)
        self.assertEqual(titles, {"Kajian internal insentif inovasi"})

    def test_queries_do_not_grow_with_the_number_of_restricted_ideas(self):
        self.client.force_login(self.reader)

        def queries():
            with CaptureQueriesContext(connection) as captured:
                self.listed()
            return len(captured)

        queries()  # the first request also fills the site's settings
        before = queries()
        for n in range(5):
            restrict(factories.idea(f"Kajian internal {n}"), "Pembaca", "Pimpinan")
        self.assertEqual(queries(), before)
        self.assertEqual(len(self.listed()[0]), 8)

    def test_the_list_uses_the_one_visibility_rule(self):
        index = IdeaIndexPage.objects.get()
        self.assertEqual(
            set(index.ideas(self.author).values_list("title", flat=True)),
            {"Layanan terbuka", "Dasbor keluhan lintas OPD"},
        )


class RestrictedSectionTests(TestCase):
    """A section restricted to a group: its ideas are on the idea list and on the section's
    own page for that group, and nowhere for the others; authors still write in it."""

    @classmethod
    def setUpTestData(cls):
        cls.reader = factories.user("pembaca", group="Pembaca")
        cls.author = factories.user("penulis", group="Penulis")
        cls.other = factories.user("lain", group="Pimpinan")
        cls.section = factories.section()
        restrict(cls.section, "Pembaca", "Penulis")
        factories.idea("Layanan terbuka")
        factories.idea("Kajian tunjangan inovasi", parent=cls.section)

    def titles(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return {idea.title for idea in response.context["ideas"]}

    def test_the_group_finds_the_sections_ideas_on_the_list_and_in_the_section(self):
        self.client.force_login(self.reader)
        self.assertEqual(self.titles(LIST), {"Layanan terbuka", "Kajian tunjangan inovasi"})
        self.assertEqual(self.titles(self.section.url), {"Kajian tunjangan inovasi"})

    def test_others_see_neither_the_ideas_nor_the_section(self):
        for user in (None, self.other):
            with self.subTest(user=str(user)):
                self.client.logout()
                if user:
                    self.client.force_login(user)
                self.assertEqual(self.titles(LIST), {"Layanan terbuka"})
                response = self.client.get(self.section.url)
                self.assertNotEqual(response.status_code, 200)
                self.assertNotContains(response, "Kajian tunjangan", status_code=302)

    def test_an_author_may_add_an_idea_in_the_section(self):
        self.assertTrue(self.section.permissions_for_user(self.author).can_add_subpage())
        self.assertFalse(self.section.permissions_for_user(self.author).can_publish_subpage())


class AdaptOfferTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.reader = factories.user("pembaca", group="Pembaca")
        cls.author = factories.user("penulis", group="Penulis")
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.idea = factories.idea("Izin usaha satu hari")

    def offered(self, user=None):
        if user:
            self.client.force_login(user)
        response = self.client.get(self.idea.url)
        self.assertEqual(response.status_code, 200)
        return "Adaptasi ide ini" in response.content.decode()

    def test_only_who_may_add_an_idea_is_offered_the_adaptation(self):
        self.assertFalse(self.offered())
        self.assertFalse(self.offered(self.reader))
        self.assertTrue(self.offered(self.author))
        self.assertTrue(self.offered(self.leader))

    def test_the_admin_header_button_follows_the_same_rule(self):
        self.assertEqual(list(adapt_button(self.idea, self.reader)), [])
        (button,) = adapt_button(self.idea, self.author)
        self.assertEqual(button.label, "Adaptasi ide ini")
