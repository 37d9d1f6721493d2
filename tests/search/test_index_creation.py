"""After ``migrate``, a new installation has its search index; other backends are left alone."""

import tempfile
from pathlib import Path

from django.test import TestCase, override_settings
from wagtail.search.backends import get_search_backend

from ideas.models import IdeaPage
from search.apps import create_missing_indexes
from tests import factories


class CreateMissingIndexesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.idea = factories.idea("Antrean daring puskesmas", summary="Kata unik zirkonia.")

    def test_a_new_installation_gets_its_indexes(self):
        folder = Path(tempfile.mkdtemp(prefix="kb-test-new-index-"))
        backends = {"default": {"BACKEND": "search.backends.whoosh", "PATH": folder}}
        with override_settings(WAGTAILSEARCH_BACKENDS=backends):
            backend = get_search_backend()
            self.assertFalse(any(index.store.exists() for index in backend.all_indexes()))
            create_missing_indexes()
            self.assertTrue(all(index.store.exists() for index in backend.all_indexes()))
            self.assertEqual(list(IdeaPage.objects.search("zirkonia")), [self.idea])

    def test_existing_indexes_are_left_as_they_are(self):
        index = get_search_backend().get_index_for_model(IdeaPage)
        generation = index.store.current_generation()
        create_missing_indexes()
        self.assertEqual(index.store.current_generation(), generation)

    @override_settings(
        WAGTAILSEARCH_BACKENDS={"default": {"BACKEND": "modelsearch.backends.database.fallback"}}
    )
    def test_a_backend_without_an_index_of_its_own_is_left_alone(self):
        create_missing_indexes()
        self.assertEqual(list(IdeaPage.objects.search("zirkonia")), [self.idea])
