"""Local development: debug on, console email, an insecure key that never leaves a laptop."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "django-insecure-dev-only-lumbung-inovasi"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Development tools, never installed in production: the benchmarks and the demo loader.
INSTALLED_APPS = [*INSTALLED_APPS, "bench", "demo"]  # noqa: F405
