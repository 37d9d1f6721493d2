"""The public agency page (/instansi/<slug>/): what it observed, adopted and stopped, its trips;
only live ideas the request may view; 404 for an agency no such idea names."""

from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import PageViewRestriction

from ideas.choices import Stage, Status, StopReason
from ideas.models import Agency
from tests import factories


class AgencySlugTests(TestCase):
    def test_a_new_agency_gets_a_unique_slug_it_keeps_when_renamed(self):
        first = factories.agency("Dinas Kesehatan", city="Ambon")
        second = factories.agency("Dinas Kesehatan", city="Makassar")
        self.assertEqual(first.slug, "dinas-kesehatan")
        self.assertEqual(second.slug, "dinas-kesehatan-makassar")
        first.name = "Dinas Kesehatan dan Gizi"
        first.save()
        first.refresh_from_db()
        self.assertEqual(first.slug, "dinas-kesehatan")
        self.assertEqual(first.get_absolute_url(), "/instansi/dinas-kesehatan/")


class AgencyPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.surabaya = factories.agency("Dispendukcapil Surabaya", city="Surabaya")
        cls.ambon = factories.agency("Dukcapil Ambon", city="Ambon", acronym="Dukcapil")
        cls.lonely = factories.agency("Badan Tanpa Ide", city="Ambon")
        cls.secret = factories.agency("Badan Rahasia Sekali", city="Ambon")
        cls.original = factories.idea("Klampid New Generation", source_agency=cls.surabaya)
        cls.copy = factories.idea(
            "Akta online Ambon",
            Stage.TIRU,
            derived_from=cls.original,
            adopting_agency=cls.ambon,
            source_agency=cls.surabaya,
            status=Status.IMPLEMENTED,
        )
        cls.stopped = factories.idea(
            "Antrean SMS Ambon",
            Stage.MODIFIKASI,
            derived_from=cls.original,
            adopting_agency=cls.ambon,
            status=Status.STOPPED,
            stop_reason=StopReason.BUDGET,
            stop_detail="Pulsa SMS tidak dianggarkan lagi.",
        )
        cls.draft = factories.idea(
            "Draf rahasia Ambon",
            Stage.TIRU,
            publish=False,
            derived_from=cls.original,
            adopting_agency=cls.ambon,
        )
        cls.private = factories.idea(
            "Ide khusus pegawai Ambon",
            Stage.TIRU,
            derived_from=cls.original,
            adopting_agency=cls.ambon,
        )
        PageViewRestriction.objects.create(page=cls.private, restriction_type="login")
        cls.only_secret = factories.idea("Ide terbatas saja", source_agency=cls.secret)
        PageViewRestriction.objects.create(
            page=cls.only_secret,
            restriction_type="groups",
        ).groups.add(Group.objects.get(name="Pembaca"))
        cls.trip = factories.trip("Studi banding Surabaya 2024")
        cls.trip.participating_agencies.add(cls.ambon)
        cls.trip.host_agencies.add(cls.surabaya)
        cls.trip.save_revision().publish()
        cls.draft_trip = factories.trip("Kunjungan belum terbit")
        cls.draft_trip.participating_agencies.add(cls.ambon)
        cls.draft_trip.save_revision()
        cls.draft_trip.unpublish()

    def page(self, agency, status=200):
        response = self.client.get(f"/instansi/{agency.slug}/")
        self.assertEqual(response.status_code, status)
        return response

    def test_the_adopter_page_lists_adopted_and_stopped_ideas_and_its_trips(self):
        response = self.page(self.ambon)
        self.assertEqual(response.context["adopted"], [self.copy])
        self.assertEqual(response.context["stopped"], [self.stopped])
        self.assertEqual(response.context["sourced"], [])
        self.assertEqual(response.context["trips"], [(self.trip, False)])
        self.assertContains(response, "Dihentikan karena: Anggaran.")
        self.assertContains(response, "Pulsa SMS tidak dianggarkan lagi.")
        self.assertContains(response, "Diterapkan")

    def test_no_draft_private_or_unpublished_page_reaches_the_public(self):
        response = self.page(self.ambon)
        for hidden in ("Draf rahasia Ambon", "Ide khusus pegawai Ambon", "Kunjungan belum terbit"):
            self.assertNotContains(response, hidden)

    def test_a_signed_in_reader_also_sees_what_they_may_view(self):
        self.client.force_login(factories.user("pembaca", group="Pembaca"))
        response = self.page(self.ambon)
        self.assertEqual(response.context["adopted"], [self.copy, self.private])
        self.assertNotContains(response, "Draf rahasia Ambon")
        self.assertContains(self.page(self.secret), "Ide terbatas saja")

    def test_the_source_page_lists_its_ideas_and_the_trip_it_hosted(self):
        response = self.page(self.surabaya)
        self.assertEqual(response.context["sourced"], [self.copy, self.original])
        self.assertEqual(response.context["trips"], [(self.trip, True)])

    def test_an_agency_no_viewable_idea_names_is_not_found(self):
        self.page(self.lonely, status=404)
        self.page(self.secret, status=404)  # named only by an idea for one group
        self.assertEqual(self.client.get("/instansi/tidak-ada/").status_code, 404)

    def test_the_list_shows_only_agencies_public_ideas_name(self):
        response = self.client.get("/instansi/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, f'href="/instansi/{self.ambon.slug}/"')
        self.assertContains(response, f'href="/instansi/{self.surabaya.slug}/"')
        self.assertNotContains(response, "Badan Tanpa Ide")
        self.assertNotContains(response, "Badan Rahasia Sekali")

    def test_agency_names_link_to_their_page_on_idea_search_and_trip_pages(self):
        href = f"/instansi/{self.ambon.slug}/"
        link = f'<a class="agency-link" href="{href}">Dukcapil Ambon (Dukcapil)</a>'
        self.assertContains(self.client.get(self.copy.url), link)
        self.assertContains(self.client.get(self.original.url), link)  # its adoption tree
        self.assertContains(self.client.get("/ide/"), link)
        self.assertContains(self.client.get(self.trip.url), link)
        self.assertContains(self.client.get("/search/", {"q": "akta"}), link)

    def test_an_agency_without_a_page_is_named_without_a_link(self):
        self.trip.host_agencies.add(self.lonely)
        self.trip.save_revision().publish()
        response = self.client.get(self.trip.url)
        self.assertContains(response, "<li>Badan Tanpa Ide (")
        self.assertNotContains(response, f"/instansi/{self.lonely.slug}/")
        self.assertEqual(Agency.objects.get(pk=self.lonely.pk).slug, "badan-tanpa-ide")
