"""modelsearch's backend suite (about 120 tests), every one against the Whoosh backend."""

from django.test import TestCase
from modelsearch.tests.test_backends import BackendTests


class WhooshBackendTests(BackendTests, TestCase):
    backend_path = "search.backends.whoosh"
