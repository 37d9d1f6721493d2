"""An OpenSearch cluster that does not answer never takes a page down, and never for long.

Real requests through the real OpenSearch backend and client, to an address on this machine
where nothing listens (the connection is refused at once) or where a server takes the
connection and never answers (the client waits its TIMEOUT). The search page answers from the
database with its notice; the other public pages, autocomplete included, answer 200; publishing
and deleting in the admin work, the failed index writes logged (modelsearch catches and logs
them for this backend: catch_indexing_errors).
"""

import json
import socket
import threading
import time

from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.search.backends import get_search_backend

from ideas.models import IdeaPage
from tests import factories
from tests.ideas.editor import edit_url, idea_form

NOTICE = "Mesin pencarian sedang bermasalah"
QUEUE = "Warga mengambil nomor antrean kuarsit lewat ponsel."
TIMEOUT = 2  # seconds, the backend's TIMEOUT here: a retry would double the wait


def refused_url():
    """An address on this machine where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


class SilentServer:
    """Takes connections on 127.0.0.1 and never answers, as a hung cluster does."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(16)
        self.socket.settimeout(0.2)
        self.held, self.stopped = [], threading.Event()
        self.thread = threading.Thread(target=self.hold, daemon=True)
        self.thread.start()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.socket.getsockname()[1]}"

    def hold(self):
        while not self.stopped.is_set():
            try:
                self.held.append(self.socket.accept()[0])
            except OSError:
                continue

    def stop(self):
        self.stopped.set()
        self.thread.join()
        for connection in self.held:
            connection.close()
        self.socket.close()


def opensearch_at(url):
    backend = {
        "BACKEND": "search.backends.opensearch",
        "URLS": [url],
        "INDEX_PREFIX": "kbtest_",
        "TIMEOUT": TIMEOUT,
    }
    return override_settings(WAGTAILSEARCH_BACKENDS={"default": backend})


class UnreachableClusterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.idea = factories.idea("Antrean daring puskesmas", summary=QUEUE)
        factories.idea("Bank sampah sekolah", summary="Murid menabung sampah plastik.")
        cls.editor = factories.user("admin", is_superuser=True, is_staff=True)

    def timed_get(self, path, **params):
        started = time.monotonic()
        response = self.client.get(path, params)
        return response, time.monotonic() - started

    def test_the_backend_is_opensearch_and_its_client_does_not_retry(self):
        with opensearch_at(refused_url()):
            backend = get_search_backend()
        self.assertEqual(type(backend).__module__, "search.backends.opensearch")
        self.assertEqual(backend.es.transport.max_retries, 0)
        self.assertFalse(backend.es.transport.retry_on_timeout)

    def test_search_page_answers_from_the_database_with_the_notice(self):
        with opensearch_at(refused_url()), self.assertLogs("search.engine", "ERROR") as logs:
            response, seconds = self.timed_get("/search/", q="kuarsit")
        self.assertIn("Search engine failed", logs.output[0])
        self.assertIn("ConnectionError", "\n".join(logs.output))
        self.assertContains(response, NOTICE)  # and status 200
        self.assertEqual(
            [hit["idea"].title for hit in response.context["hits"]], ["Antrean daring puskesmas"]
        )
        self.assertLess(seconds, TIMEOUT)  # refused at once: no wait, no retries

    def test_public_pages_and_autocomplete_answer_within_a_timeout(self):
        server = SilentServer()
        self.addCleanup(server.stop)
        for cluster, url in [("refused", refused_url()), ("silent", server.url)]:
            with opensearch_at(url):
                pages = {
                    "home": self.timed_get("/"),
                    "idea list": self.timed_get(factories.idea_index().url),
                    "idea page": self.timed_get(self.idea.url),
                    "autocomplete": self.timed_get("/search/autocomplete/", q="antrean dar"),
                }
            for name, (response, seconds) in pages.items():
                with self.subTest(cluster=cluster, page=name):
                    self.assertEqual(response.status_code, 200)
                    self.assertLess(seconds, 2 * TIMEOUT)
            self.assertContains(pages["idea list"][0], "Bank sampah sekolah")
            self.assertContains(pages["idea page"][0], "Antrean daring puskesmas")
            suggestions = json.loads(pages["autocomplete"][0].content)["suggestions"]
            self.assertIn("Antrean daring puskesmas", [s["label"] for s in suggestions])

    def test_a_cluster_that_never_answers_costs_one_timeout(self):
        server = SilentServer()
        self.addCleanup(server.stop)
        with opensearch_at(server.url), self.assertLogs("search.engine", "ERROR") as logs:
            response, seconds = self.timed_get("/search/", q="kuarsit")
        self.assertIn("ConnectionTimeout", "\n".join(logs.output))
        self.assertContains(response, NOTICE)
        self.assertEqual(len(response.context["hits"]), 1)
        # One wait of TIMEOUT: the client neither retries a timeout nor asks again.
        self.assertGreaterEqual(seconds, TIMEOUT)
        self.assertLess(seconds, 2 * TIMEOUT)
        self.assertEqual(len(server.held), 1)

    def test_publishing_in_the_admin_logs_the_index_failure(self):
        self.client.force_login(self.editor)
        data = idea_form(slug=self.idea.slug, title="Antrean daring puskesmas baru")
        data["action-publish"] = "action-publish"
        with (
            opensearch_at(refused_url()),
            self.assertLogs("modelsearch.index", "ERROR") as logs,
            self.captureOnCommitCallbacks(execute=True),
        ):
            response = self.client.post(edit_url(self.idea), data)
        self.assertEqual(response.status_code, 302)
        self.assertIn("Exception raised while adding", logs.output[0])
        self.idea.refresh_from_db()
        self.assertEqual(self.idea.title, "Antrean daring puskesmas baru")
        self.assertTrue(IdeaPage.objects.get(pk=self.idea.pk).live)

    def test_deleting_in_the_admin_logs_the_index_failure(self):
        self.client.force_login(self.editor)
        with (
            opensearch_at(refused_url()),
            self.assertLogs("modelsearch.index", "ERROR") as logs,
            self.captureOnCommitCallbacks(execute=True),
        ):
            response = self.client.post(reverse("wagtailadmin_pages:delete", args=[self.idea.pk]))
        self.assertEqual(response.status_code, 302)
        self.assertIn("Exception raised while deleting", "\n".join(logs.output))
        self.assertFalse(IdeaPage.objects.filter(pk=self.idea.pk).exists())
