"""Facets from the Whoosh index: list-valued filter fields, attnames, the database's shape."""

from collections import OrderedDict

from django.test import TestCase
from modelsearch.query import MATCH_ALL
from wagtail.search.backends import get_search_backend

from ideas.models import IdeaPage
from tests import factories
from tests.search.test_search_page import make_idea

FALLBACK = "modelsearch.backends.database.fallback"


def live_ideas():
    return IdeaPage.objects.live().public()


class FacetTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.dinkes = factories.agency("Dinas Kesehatan", city="Ambon")
        cls.dukcapil = factories.agency("Dinas Dukcapil", city="Ambon")
        make_idea(
            "Antrean puskesmas daring",
            dimensions=("governance", "living"),
            tags=["antrean", "kesehatan"],
            source_agency=cls.dinkes,
            adopting_agency=cls.dukcapil,
        )
        make_idea(
            "Rekam medis daring",
            dimensions=("living",),
            tags=["kesehatan"],
            source_agency=cls.dinkes,
        )
        make_idea("Akta kelahiran daring", dimensions=(), source_agency=cls.dukcapil)
        make_idea(
            "Draf daring",
            dimensions=("economy",),
            tags=["draf"],
            publish=False,
            source_agency=cls.dukcapil,
        )

    def facet(self, field, queryset=None, backend="default"):
        queryset = live_ideas() if queryset is None else queryset
        return get_search_backend(backend).search(MATCH_ALL, queryset).facet(field)

    def assertMostFrequentFirst(self, counts):
        self.assertIsInstance(counts, OrderedDict)
        values = list(counts.values())
        self.assertEqual(values, sorted(values, reverse=True))

    def test_a_list_valued_filter_field_counts_each_value_once_per_document(self):
        counts = self.facet("dimension_slugs")
        self.assertEqual(counts, {"living": 2, "governance": 1, None: 1})
        self.assertMostFrequentFirst(counts)
        self.assertEqual(list(counts)[0], "living")

    def test_tags_by_slug(self):
        counts = self.facet("tag_slugs")
        self.assertEqual(counts, {"kesehatan": 2, "antrean": 1, None: 1})
        self.assertMostFrequentFirst(counts)

    def test_list_valued_facets_follow_the_search(self):
        results = live_ideas().search("antrean")
        self.assertEqual(results.facet("dimension_slugs"), {"governance": 1, "living": 1})
        self.assertEqual(results.facet("tag_slugs"), {"antrean": 1, "kesehatan": 1})

    def test_foreign_keys_by_attname_count_like_the_database_backend(self):
        for field in ("source_agency_id", "adopting_agency_id", "stage", "year"):
            with self.subTest(field=field):
                counts = self.facet(field)
                self.assertEqual(counts, self.facet(field, backend=FALLBACK))
                self.assertMostFrequentFirst(counts)
        self.assertEqual(self.facet("source_agency_id"), {self.dinkes.pk: 2, self.dukcapil.pk: 1})
        self.assertTrue(all(type(key) is int for key in self.facet("source_agency_id")))
        self.assertEqual(self.facet("adopting_agency_id"), {self.dukcapil.pk: 1, None: 2})

    def test_foreign_keys_by_field_name_too(self):
        self.assertEqual(self.facet("source_agency"), self.facet("source_agency_id"))
        self.assertEqual(self.facet("adopting_agency"), self.facet("adopting_agency_id"))

    def test_paths_through_related_fields_still_work(self):
        self.assertEqual(self.facet("dimensions__slug"), {"living": 2, "governance": 1, None: 1})
        self.assertEqual(self.facet("tags__slug"), {"kesehatan": 2, "antrean": 1, None: 1})
