"""Study trips in the public search: shown beside the ideas as "Kunjungan kerja", live and
public ones only; facets describe ideas, so with a facet selected the trips are only counted."""

import shutil
import tempfile
from pathlib import Path

import pytest
from wagtail.models import PageViewRestriction

from tests import factories

from .test_search_page import SearchTestCase, broken_engine, make_idea, text_of

pytestmark = pytest.mark.engines


class TripResultsTests(SearchTestCase):
    @classmethod
    def build(cls):
        cls.host = factories.agency("Seoul Metropolitan Government", city="Seoul")
        cls.trip = factories.trip(
            "Studi Banding Smart City ke Seoul",
            destination_city="Seoul",
            destination_country="Korea Selatan",
            purpose="Mempelajari pusat panggilan kota dan transportasi pintar.",
        )
        cls.trip.host_agencies.add(cls.host)
        cls.trip.save_revision().publish()
        cls.idea = make_idea(
            "Dasan 120 Seoul", summary="Satu nomor layanan warga.", source_agency=cls.host
        )
        draft = factories.trip("Kunjungan draf ke Seoul", destination_city="Seoul")
        draft.unpublish()
        private = factories.trip("Kunjungan tertutup ke Seoul", destination_city="Seoul")
        PageViewRestriction.objects.create(page=private, restriction_type="login")

    def test_a_trip_is_found_and_marked_as_a_study_trip(self):
        response = self.search(q="seoul")
        self.assertEqual(self.titles(response), ["Dasan 120 Seoul"])
        self.assertEqual(response.context["trip_count"], 1)
        self.assertEqual([h["trip"] for h in response.context["trip_hits"]], [self.trip])
        text = text_of(response)
        self.assertIn("1 kunjungan kerja cocok dengan “seoul”", text)
        self.assertIn("Kunjungan kerja</span>", text)
        self.assertIn(f'href="{self.trip.url}"', text)
        self.assertIn("<mark>Seoul</mark>", text)

    def test_drafts_and_private_trips_never_show(self):
        text = text_of(self.search(q="kunjungan seoul"))
        self.assertNotIn("Kunjungan draf", text)
        self.assertNotIn("Kunjungan tertutup", text)
        self.assertEqual(self.search(q="tertutup").context["trip_count"], 0)

    def test_a_word_only_the_trip_has_finds_the_trip_and_no_idea(self):
        response = self.search(q="transportasi pintar")
        self.assertEqual(self.titles(response), [])
        self.assertEqual([h["trip"] for h in response.context["trip_hits"]], [self.trip])

    def test_with_a_facet_selected_trips_are_counted_with_a_link_to_see_them(self):
        response = self.search(q="seoul", stage="amati")
        self.assertEqual(self.titles(response), ["Dasan 120 Seoul"])
        self.assertEqual(response.context["trip_hits"], [])
        self.assertEqual(response.context["trip_count"], 1)
        text = text_of(response)
        self.assertIn("Saringan hanya berlaku untuk ide", text)
        self.assertIn('href="?q=seoul"', text)
        self.assertNotIn(f'href="{self.trip.url}"', text)

    def test_browsing_by_facet_alone_lists_no_trips(self):
        response = self.search(stage="amati")
        self.assertEqual(response.context["trip_count"], 0)

    def test_the_database_fallback_finds_trips_too(self):
        folder = Path(tempfile.mkdtemp(prefix="kb-missing-index-"))
        self.addCleanup(shutil.rmtree, folder, ignore_errors=True)
        with broken_engine(folder / "none"), self.assertLogs("search.engine"):
            response = self.search(q="seoul")
        self.assertContains(response, "Mesin pencarian sedang bermasalah")
        self.assertEqual([h["trip"] for h in response.context["trip_hits"]], [self.trip])
        self.assertNotContains(response, "Kunjungan draf")
