"""Filters the index cannot evaluate are applied by the database, as the fallback backend
applies them; filters the index can evaluate never cost a database query."""

import datetime

from django.db.models import F, Q
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from modelsearch.backends.base import FilterFieldError
from modelsearch.query import MATCH_ALL
from wagtail import hooks
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from ideas.choices import Status
from ideas.models import IdeaPage
from tests import factories

FALLBACK = "modelsearch.backends.database.fallback"


def titles(results):
    return [page.title for page in results]


class DatabaseFiltersTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.ideas = [
            factories.idea("Antrean puskesmas daring", status=Status.PROPOSED),
            factories.idea("Rekam medis daring", status=Status.IMPLEMENTED),
            factories.idea("Akta kelahiran daring", status=Status.UNDER_REVIEW),
            factories.idea("Antrean samsat manual", status=Status.IMPLEMENTED),
            factories.idea("Bank sampah daring", status=Status.PROPOSED),
            factories.idea("Izin usaha daring", status=Status.IMPLEMENTED, publish=False),
        ]
        month = timezone.now().month
        cls.other_month = datetime.datetime(2020, month % 12 + 1, 1, tzinfo=datetime.UTC)
        IdeaPage.objects.filter(pk=cls.ideas[2].pk).update(first_published_at=cls.other_month)

    def querysets(self):
        """Filters the index cannot evaluate, each on the live ideas."""
        live = IdeaPage.objects.live()
        return {
            "unsupported lookup": live.filter(title__icontains="DARING"),
            "case-insensitive exact": live.filter(status__iexact="DITERAPKAN"),
            "or with a lookup": live.filter(
                Q(title__icontains="samsat") | Q(status=Status.PROPOSED)
            ),
            "negated lookup": live.exclude(title__icontains="antrean"),
            "negated mixture": live.exclude(
                Q(title__icontains="rekam") & Q(status=Status.IMPLEMENTED)
            ),
            "field against field": live.filter(adoption_count__lt=F("depth")),
            "page type's own key": live.filter(pk__in=[i.pk for i in self.ideas[1:4]]),
            "own key and a lookup": live.exclude(
                Q(pk=self.ideas[0].pk) | Q(title__icontains="bank")
            ),
            "own key from a subquery": live.filter(
                pk__in=IdeaPage.objects.filter(title__startswith="A").values("pk")
            ),
        }

    def search(self, queryset, query=MATCH_ALL, backend="default", **kwargs):
        return get_search_backend(backend).search(query, queryset, **kwargs)

    def test_same_results_as_the_fallback_backend(self):
        for name, queryset in self.querysets().items():
            for query in (MATCH_ALL, "daring"):
                with self.subTest(name, query=query):
                    ours = self.search(queryset, query)
                    theirs = self.search(queryset, query, backend=FALLBACK)
                    self.assertEqual(ours.count(), theirs.count())
                    self.assertCountEqual(titles(ours), titles(theirs))
                    self.assertCountEqual(titles(ours), titles(queryset.search(query)))

    def test_same_order_count_and_pages_when_ordered(self):
        for name, queryset in self.querysets().items():
            for ordering in (["title"], ["-title"], ["status", "-title"]):
                with self.subTest(name, ordering=ordering):
                    ordered = queryset.order_by(*ordering)
                    ours = self.search(ordered, order_by_relevance=False)
                    theirs = self.search(ordered, backend=FALLBACK, order_by_relevance=False)
                    self.assertEqual(titles(ours), titles(theirs))
                    for start, stop in ((0, 2), (2, 4), (1, 10)):
                        self.assertEqual(titles(ours[start:stop]), titles(theirs[start:stop]))
                        self.assertEqual(ours[start:stop].count(), theirs[start:stop].count())

    def test_what_even_the_fallback_backend_refuses(self):
        # It raises FilterError for a month; the database answers.
        queryset = IdeaPage.objects.live().filter(first_published_at__month=timezone.now().month)
        self.assertEqual(len(queryset), 4)
        self.assertCountEqual(titles(self.search(queryset)), titles(queryset))
        ordered = queryset.order_by("-title")
        results = self.search(ordered, order_by_relevance=False)
        self.assertEqual(titles(results[1:3]), titles(ordered[1:3]))
        self.assertEqual(self.search(queryset, "daring").count(), 3)

    def test_relevance_ranks_within_what_the_database_keeps(self):
        results = self.search(IdeaPage.objects.filter(title__icontains="daring"), "antrean")
        self.assertEqual(titles(results), ["Antrean puskesmas daring"])
        self.assertEqual(results.count(), 1)

    def test_facets_count_what_the_database_keeps(self):
        queryset = IdeaPage.objects.live().filter(title__icontains="daring")
        self.assertEqual(
            dict(self.search(queryset).facet("status")),
            dict(self.search(queryset, backend=FALLBACK).facet("status")),
        )
        self.assertEqual(
            self.search(queryset).facet("status"), {"diusulkan": 2, "dikaji": 1, "diterapkan": 1}
        )

    def test_filters_the_index_evaluates_cost_no_query(self):
        queryset = IdeaPage.objects.live().filter(
            Q(status=Status.IMPLEMENTED) | Q(status=Status.UNDER_REVIEW)
        )
        results = self.search(queryset, "daring")
        with self.assertNumQueries(0):
            self.assertEqual(results.count(), 2)
        own_keys = queryset.exclude(pk=self.ideas[1].pk).filter(pk__in=[i.pk for i in self.ideas])
        results = self.search(own_keys, "daring")
        with self.assertNumQueries(0):
            self.assertEqual(results.count(), 1)
        filtered = self.search(queryset.filter(title__icontains="rekam"), "daring")
        with self.assertNumQueries(1):
            self.assertEqual(filtered.count(), 1)

    def test_a_field_missing_from_search_fields_is_still_an_error(self):
        # As on every modelsearch backend (and in modelsearch's own backend suite).
        with self.assertRaises(FilterFieldError):
            self.search(IdeaPage.objects.filter(problem="antrean"))


def only_online(parent_page, pages, request):
    return pages.filter(title__icontains="daring")


class AdminExplorerHookTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.admin = factories.user("admin", is_superuser=True, is_staff=True)
        cls.online = factories.idea("Antrean puskesmas daring")
        cls.manual = factories.idea("Antrean samsat manual")
        cls.draft = factories.idea("Antrean dukcapil daring", publish=False)

    def setUp(self):
        self.client.force_login(self.admin)

    def explore(self, parent, **params):
        response = self.client.get(reverse("wagtailadmin_explore", args=[parent.pk]), params)
        self.assertEqual(response.status_code, 200)
        return {page.specific for page in response.context["object_list"]}

    def test_search_without_the_hook_finds_every_match(self):
        found = self.explore(factories.idea_index(), q="antrean")
        self.assertEqual(found, {self.online, self.manual, self.draft})

    @hooks.register_temporarily("construct_explorer_page_queryset", only_online)
    def test_a_hook_filter_the_index_cannot_evaluate_is_applied(self):
        index = factories.idea_index()
        self.assertEqual(self.explore(index, q="antrean"), {self.online, self.draft})
        self.assertEqual(
            self.explore(index, q="antrean", ordering="title"), {self.online, self.draft}
        )
        root = Page.objects.get(depth=1)
        self.assertEqual(self.explore(root, q="antrean", search_all="1"), {self.online, self.draft})
