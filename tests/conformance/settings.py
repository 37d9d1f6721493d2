"""Settings for modelsearch's own backend suite, run against our Whoosh backend.

The suite needs modelsearch's test app and nothing of Wagtail (Wagtail's search app and
modelsearch together raise "Multiple instances"), so it runs in its own pytest process:
`make test` does that.
"""

import tempfile
from pathlib import Path

SECRET_KEY = "conformance-only"  # noqa: S105
INSTALLED_APPS = [
    "modelsearch.test.testapp",
    "modelsearch",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
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
