"""Agencies: authors add them, only leaders and administrators change them (with history),
and the public learns only of agencies that a live, public idea names."""

from django.urls import reverse
from wagtail.models import PageViewRestriction, Revision
from wagtail.test.utils import WagtailPageTestCase

from ideas.models import Agency
from tests import factories

AGENCY_FORM = {
    "name": "Dinas Pemadam Kebakaran",
    "acronym": "Damkar",
    "kind": "dinas",
    "city": "Ambon",
    "province": "Maluku",
    "country": "Indonesia",
}


def edit_url(agency):
    return reverse("wagtailsnippets_ideas_agency:edit", args=[agency.pk])


class WhoMayChangeAgenciesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.author = factories.user("penulis", group="Penulis")
        cls.leader = factories.user("pimpinan", group="Pimpinan")
        cls.agency = factories.agency("Dukcapil", acronym="Dukcapil")

    def test_an_author_may_add_an_agency(self):
        self.client.force_login(self.author)
        response = self.client.post(reverse("wagtailsnippets_ideas_agency:add"), AGENCY_FORM)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(Agency.objects.filter(name="Dinas Pemadam Kebakaran").exists())

    def test_an_author_cannot_rename_an_existing_agency(self):
        self.client.force_login(self.author)
        self.assertNotEqual(self.client.get(edit_url(self.agency)).status_code, 200)
        self.client.post(edit_url(self.agency), {**AGENCY_FORM, "name": "Dibajak"})
        self.agency.refresh_from_db()
        self.assertEqual(self.agency.name, "Dukcapil")
        self.assertFalse(self.author.has_perm("ideas.change_agency"))

    def test_a_leader_renames_it_and_the_change_is_kept_in_its_history(self):
        self.client.force_login(self.leader)
        self.assertEqual(self.client.get(edit_url(self.agency)).status_code, 200)
        response = self.client.post(
            edit_url(self.agency), {**AGENCY_FORM, "name": "Dinas Dukcapil Kota Ambon"}
        )
        self.assertEqual(response.status_code, 302)
        self.agency.refresh_from_db()
        self.assertEqual(self.agency.name, "Dinas Dukcapil Kota Ambon")
        revision = Revision.objects.for_instance(self.agency).get()
        self.assertEqual(revision.user, self.leader)
        self.assertEqual(revision.content["name"], "Dinas Dukcapil Kota Ambon")
        history = self.client.get(
            reverse("wagtailsnippets_ideas_agency:history", args=[self.agency.pk])
        )
        self.assertContains(history, "pimpinan")


class PublicAgencyListTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.public = factories.agency("Dinas Perhubungan")
        cls.for_draft = factories.agency("Badan Rahasia Draf")
        cls.for_private = factories.agency("Kantor Khusus Pimpinan")
        factories.idea("Bus sekolah", source_agency=cls.public)
        factories.idea("Usulan belum terbit", publish=False, source_agency=cls.for_draft)
        private = factories.idea("Hanya untuk staf", adopting_agency=cls.for_private)
        PageViewRestriction.objects.create(page=private, restriction_type="login")

    def test_the_idea_list_filter_offers_only_agencies_of_live_public_ideas(self):
        response = self.client.get(factories.idea_index().url)
        self.assertContains(response, "Dinas Perhubungan")
        self.assertNotContains(response, "Badan Rahasia Draf")
        self.assertNotContains(response, "Kantor Khusus Pimpinan")

    def test_choosing_a_hidden_agency_by_id_is_refused_with_a_message(self):
        response = self.client.get(factories.idea_index().url, {"agency": self.for_draft.pk})
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "Badan Rahasia Draf")
        self.assertContains(response, "Perangkat daerah itu tidak ditemukan.")
