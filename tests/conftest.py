"""Every test that uses the database starts with a search index built from that database.

Rows from `setUpTestData` or fixtures are in it. Pages a test creates inside its own
transaction reach the index when that transaction commits, which a TestCase never does: such
tests run the callbacks with `captureOnCommitCallbacks(execute=True)` or call
`search_index.refresh()`.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import TestCase


def _uses_database(request):
    return (
        isinstance(getattr(request, "instance", None), TestCase)
        or request.node.get_closest_marker("django_db") is not None
        or "db" in request.fixturenames
    )


@pytest.fixture(autouse=True)
def fresh_search_index(request, django_db_blocker):
    if not _uses_database(request):
        return
    if not isinstance(getattr(request, "instance", None), TestCase):
        request.getfixturevalue("db")
    with django_db_blocker.unblock():
        call_command("update_index", stdout=StringIO(), stderr=StringIO())
