"""Several editors publishing at once, each through the admin editor, on a real database file.

Every editor runs in its own thread with its own database connection, so their transactions
really contend for the database (on SQLite, for its one writer lock), as requests in several
worker processes do. Every publish must succeed, and a revision is either published or was
never saved.
"""

import threading
import time

import pytest
from django.db import connection, connections
from django.test import Client
from wagtail.models import PageLogEntry, Revision

from tests import factories
from tests.ideas.editor import edit_url, idea_form

EDITORS = 3
SECONDS = 4
MIN_PUBLISHES = 3  # each editor's, whatever the time: enough for the editors to overlap


def publish_repeatedly(client, idea, form, deadline, outcomes):
    """Publish `idea` with a new summary until the deadline; note each publish's outcome."""
    try:
        version = 0
        while version < MIN_PUBLISHES or time.monotonic() < deadline:
            version += 1
            summary = f"{idea.title}: versi {version}."
            try:
                response = client.post(edit_url(idea), {**form, "summary": summary})
                outcome = response.status_code
            except Exception as exc:  # noqa: BLE001 (the test reports every failure)
                outcome = repr(exc)
            outcomes.append((idea.pk, summary, outcome))
    finally:
        connections.close_all()  # this thread's own connections


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_editors_publishing_at_once_all_succeed_and_leave_no_half_saved_revision():
    assert connection.vendor != "sqlite" or not connection.is_in_memory_db(), (
        "this test needs a database file: kb.settings.test gives SQLite one"
    )
    ideas = [factories.idea(f"Ide serentak {n}") for n in range(EDITORS)]
    clients, forms = [], []
    for n, idea in enumerate(ideas):
        client = Client()
        client.force_login(factories.user(f"pimpinan{n}", group="Pimpinan"))
        clients.append(client)
        form = idea_form(title=idea.title, slug=idea.slug)
        form["action-publish"] = "action-publish"
        forms.append(form)
    last_revision = Revision.objects.order_by("-pk").values_list("pk", flat=True).first()

    outcomes = []
    deadline = time.monotonic() + SECONDS
    threads = [
        threading.Thread(target=publish_repeatedly, args=(client, idea, form, deadline, outcomes))
        for client, idea, form in zip(clients, ideas, forms, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    failures = [outcome for outcome in outcomes if outcome[2] != 302]
    print(f"{len(outcomes)} publishes by {EDITORS} editors, {len(failures)} failed")
    assert not failures, failures
    saved = set(Revision.objects.filter(pk__gt=last_revision).values_list("pk", flat=True))
    published = set(
        PageLogEntry.objects.filter(action="wagtail.publish", revision__in=saved).values_list(
            "revision_id", flat=True
        )
    )
    assert saved == published, f"saved but never published: {sorted(saved - published)}"
    assert len(saved) == len(outcomes)
    for idea in ideas:
        idea.refresh_from_db()
        last = [summary for pk, summary, _ in outcomes if pk == idea.pk][-1]
        assert idea.live
        assert idea.summary == last
