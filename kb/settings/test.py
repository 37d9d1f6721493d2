"""Test settings: fast hashing, in-memory email, files under a throwaway folder."""

import os
import tempfile
import uuid
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
# The development tools, as in kb/settings/dev.py: the benchmarks and the demo loader.
INSTALLED_APPS = [*INSTALLED_APPS, "bench", "demo"]  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="kb-test-media-"))
WAGTAILADMIN_BASE_URL = "http://testserver"
SEARCH_INDEX_DIR = Path(tempfile.mkdtemp(prefix="kb-test-index-"))
WAGTAILSEARCH_BACKENDS = {"default": search_backend(KB_SEARCH_BACKEND, SEARCH_INDEX_DIR)}  # noqa: F405

# The suite's database: the server TEST_DATABASE_URL names (its test database is the URL's
# name prefixed "test_"), else DATABASE_URL's as everywhere. SQLite tests in a throwaway file,
# not in memory: connections in several threads then contend for it as worker processes do.
if os.environ.get("TEST_DATABASE_URL"):
    DATABASES = {"default": database(os.environ["TEST_DATABASE_URL"])}  # noqa: F405
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(Path(tempfile.mkdtemp(prefix="kb-test-db-")) / "test.sqlite3")
    }

# Each process's memory, or the Redis server TEST_CACHE_URL names. A run's keys carry a prefix
# of their own, so two runs never read each other's (and they expire).
if os.environ.get("TEST_CACHE_URL"):
    CACHES = {
        "default": {
            **redis_cache(os.environ["TEST_CACHE_URL"]),  # noqa: F405
            "KEY_PREFIX": f"kb-test-{uuid.uuid4().hex}",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
