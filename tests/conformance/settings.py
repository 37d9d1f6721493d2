"""Settings for modelsearch's own backend suite, run against our Whoosh backend.

The suite needs modelsearch's test app and nothing of Wagtail (Wagtail's search app and
modelsearch together raise "Multiple instances"), so it runs in its own pytest process:
`make test` does that.
"""

import os
import tempfile
from pathlib import Path

import dj_database_url

SECRET_KEY = "conformance-only"  # noqa: S105
INSTALLED_APPS = [
    "modelsearch.test.testapp",
    "modelsearch",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
]
# SQLite in memory, or the PostgreSQL server TEST_DATABASE_URL names (as for the site's suite).
DATABASES = {
    "default": dj_database_url.parse(os.environ["TEST_DATABASE_URL"])
    if os.environ.get("TEST_DATABASE_URL")
    else {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}
}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
USE_TZ = True
TIME_ZONE = "UTC"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
FIXTURE_DIRS = [Path(__file__).resolve().parent / "fixtures"]
MODELSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends.whoosh",
        "PATH": Path(tempfile.mkdtemp(prefix="kb-conformance-index-")),
    }
}
