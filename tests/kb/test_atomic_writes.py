"""A request that writes commits all of its writes or none; reads run outside a transaction."""

import pytest
from django.db import connection
from django.http import HttpResponse
from wagtail.models import PageLogEntry, Revision
from wagtail.signals import page_published

from ideas.models import IdeaPage
from kb.middleware import AtomicWritesMiddleware
from tests import factories
from tests.ideas.editor import edit_url, idea_form


class PublishFailed(Exception):
    pass


def fail_publishing(sender, **kwargs):
    raise PublishFailed


@pytest.mark.django_db
def test_a_publish_failing_after_the_revision_is_saved_leaves_nothing(client):
    idea = factories.idea("Antrean daring", summary="Ringkasan lama.")
    revisions, log_entries = Revision.objects.count(), PageLogEntry.objects.count()
    client.force_login(factories.user("pimpinan", group="Pimpinan"))
    form = idea_form(title=idea.title, slug=idea.slug, summary="Ringkasan baru.")
    form["action-publish"] = "action-publish"

    page_published.connect(fail_publishing, dispatch_uid="test-fail-publishing")
    try:
        with pytest.raises(PublishFailed):
            client.post(edit_url(idea), form)
    finally:
        page_published.disconnect(dispatch_uid="test-fail-publishing")

    assert Revision.objects.count() == revisions
    assert PageLogEntry.objects.count() == log_entries
    assert IdeaPage.objects.get(pk=idea.pk).summary == "Ringkasan lama."


@pytest.mark.django_db
def test_only_requests_that_may_write_open_a_transaction(rf):
    outside = len(connection.atomic_blocks)  # the test's own transaction
    depth = {}

    def view(request):
        depth[request.method] = len(connection.atomic_blocks) - outside
        return HttpResponse()

    middleware = AtomicWritesMiddleware(view)
    for method in ("get", "head", "options", "post", "put", "patch", "delete"):
        middleware(getattr(rf, method)("/"))
    assert depth == {
        "GET": 0,
        "HEAD": 0,
        "OPTIONS": 0,
        "POST": 1,
        "PUT": 1,
        "PATCH": 1,
        "DELETE": 1,
    }
