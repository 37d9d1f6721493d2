"""Test settings: fast hashing, in-memory email, files under a throwaway folder."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="kb-test-media-"))
WAGTAILADMIN_BASE_URL = "http://testserver"
SEARCH_INDEX_DIR = Path(tempfile.mkdtemp(prefix="kb-test-index-"))
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backends.whoosh", "PATH": SEARCH_INDEX_DIR},
}
