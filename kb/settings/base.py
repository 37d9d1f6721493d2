"""Settings shared by every environment of Lumbung Inovasi."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
VAR_DIR = Path(os.environ.get("KB_VAR_DIR", BASE_DIR / "var"))

INSTALLED_APPS = [
    "kb",
    "ideas",
    "review",
    "dashboard",
    "search",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "kb.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "kb.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "review.middleware.WorkflowActionIdsMiddleware",
    "review.middleware.CurrentRequestMiddleware",  # links in the review's emails use its host
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "kb.middleware.AtomicWritesMiddleware",  # after the others: it wraps the view only
    # Last, as django-axes requires: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "kb.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "kb.wsgi.application"

# SQLite is the embedded default; DATABASE_URL (e.g. postgres://...) overrides it.
# Several requests may write at once: SQLite then takes writers in turn (WAL lets readers go
# on meanwhile, IMMEDIATE takes the write lock when a transaction starts, so a waiting writer
# queues for up to `timeout` seconds instead of failing with "database is locked").
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}


def database(url):
    config = dj_database_url.parse(url, conn_max_age=60)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    return config


DATABASES = {
    "default": database(os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


# The cache (Wagtail keeps the sites' root paths and image renditions there): Redis when
# KB_CACHE_URL names one (redis://127.0.0.1:6379/0), shared by every worker process and
# server; else each process's own memory (production.py shares a folder instead).
def redis_cache(url):
    return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}


CACHES = {
    "default": redis_cache(os.environ["KB_CACHE_URL"])
    if os.environ.get("KB_CACHE_URL")
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Bahasa Indonesia by default, English available (site and admin).
LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia"), ("en", "English")]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jayapura"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATIC_ROOT = VAR_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Security headers, in every environment (production adds HTTPS: kb/settings/production.py).
# Nothing loads from outside the site, and the public site runs no inline script or style;
# kb/csp.py relaxes the policy for the Wagtail admin only, and says why.
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Lumbung Inovasi"
# The site's address, for links in emails sent outside a request (management commands); an
# email sent while serving a request links to the host that request came to.
# WAGTAILADMIN_BASE_URL is the older name of KB_BASE_URL, still read.
WAGTAILADMIN_BASE_URL = (
    os.environ.get("KB_BASE_URL")
    or os.environ.get("WAGTAILADMIN_BASE_URL")
    or "http://127.0.0.1:8000"
)
WAGTAIL_I18N_ENABLED = False
# No autosave in the editor. Wagtail 8.0's autosave creates a new page as soon as its author
# starts typing (a form left unsaved stays behind as a draft, its slug then taken), pauses
# with "validation errors" on a blank form, and duplicates a newly added inline child
# (evidence, indicators) on the next save (wagtail/wagtail#14568, open). The editor saves
# when the author presses Save; concurrent-editing warnings work without autosave.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# The search engine (README, "Search engines"): KB_SEARCH_BACKEND picks one of these.
#   whoosh:     our Whoosh backend (search/backends/whoosh), an index in a folder on disk; the
#               embedded default.
#   database:   Wagtail's database backend: PostgreSQL's full-text search, SQLite's FTS5.
#   opensearch: an OpenSearch cluster at KB_OPENSEARCH_URL (search/backends/opensearch), its
#               indexes named with KB_OPENSEARCH_INDEX_PREFIX.
SEARCH_ENGINES = ("whoosh", "database", "opensearch")
KB_SEARCH_BACKEND = os.environ.get("KB_SEARCH_BACKEND", "whoosh").strip().lower() or "whoosh"
SEARCH_INDEX_DIR = Path(os.environ.get("KB_SEARCH_INDEX", VAR_DIR / "search-index"))


def search_backend(engine, index_dir):
    """The WAGTAILSEARCH_BACKENDS entry for one of SEARCH_ENGINES."""
    if engine == "whoosh":
        return {"BACKEND": "search.backends.whoosh", "PATH": index_dir}
    if engine == "database":
        return {"BACKEND": "wagtail.search.backends.database"}
    if engine == "opensearch":
        return {
            "BACKEND": "search.backends.opensearch",
            "URLS": [os.environ.get("KB_OPENSEARCH_URL", "http://127.0.0.1:9200")],
            "INDEX_PREFIX": os.environ.get("KB_OPENSEARCH_INDEX_PREFIX", "lumbung_"),
            # Seconds to wait for the cluster before the search page answers from the database.
            "TIMEOUT": int(os.environ.get("KB_OPENSEARCH_TIMEOUT", "5")),
        }
    raise ImproperlyConfigured(
        f"KB_SEARCH_BACKEND={engine!r} is not a search engine this site knows. "
        f"Allowed values: {', '.join(SEARCH_ENGINES)} (default: whoosh)."
    )


WAGTAILSEARCH_BACKENDS = {"default": search_backend(KB_SEARCH_BACKEND, SEARCH_INDEX_DIR)}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip", "jpg", "png"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Nothing is fetched from outside at run time: embeds show as links to their site
# (templates/blocks/embed_block.html), the admin never pings Wagtail's update server and
# shows no Gravatar (each one a request to gravatar.com with a hash of someone's email).
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None

TAGGIT_CASE_INSENSITIVE = True

LOGIN_URL = "wagtailadmin_login"
LOGIN_REDIRECT_URL = "wagtailadmin_home"
# A page restricted to signed-in users or to groups asks for the public sign-in (kb/auth.py).
WAGTAIL_FRONTEND_LOGIN_URL = "sign_in"

# Sign-in protection (django-axes, kb/login_throttle.py): failed sign-ins are counted per
# account and, separately, per address; either reaching its limit locks sign-in for the
# cool-off. Counts live in the database, so every worker process sees the same ones.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_FAILURE_LIMIT = int(os.environ.get("KB_LOGIN_FAILURE_LIMIT", "5"))
# Higher, as a whole office may share one address: one person's typos lock only their account.
KB_LOGIN_ADDRESS_FAILURE_LIMIT = int(os.environ.get("KB_LOGIN_ADDRESS_FAILURE_LIMIT", "20"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("KB_LOGIN_COOLOFF_MINUTES", "15")))
# Tries during a lockout are refused without being counted, so the lock ends on time.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_HANDLER = "kb.login_throttle.ThrottleHandler"
AXES_LOCKOUT_CALLABLE = "kb.login_throttle.lockout_response"
AXES_CLIENT_IP_CALLABLE = "kb.login_throttle.client_ip"
AXES_DISABLE_ACCESS_LOG = True
# How many reverse proxies append to X-Forwarded-For in front of the app; 0 trusts only
# the connection's own address (REMOTE_ADDR).
KB_TRUSTED_PROXY_COUNT = int(os.environ.get("KB_TRUSTED_PROXY_COUNT", "0"))


# An idea whose owner has not confirmed it is still running for this long is "stale".
KB_STALE_AFTER_DAYS = int(os.environ.get("KB_STALE_AFTER_DAYS", "365"))
# remind_stale writes to an owner again only after this many days without an answer.
KB_STALE_REMINDER_INTERVAL_DAYS = int(os.environ.get("KB_STALE_REMINDER_INTERVAL_DAYS", "30"))
# How long the "still running?" confirm link in a reminder stays valid.
KB_CONFIRM_LINK_MAX_AGE_DAYS = int(os.environ.get("KB_CONFIRM_LINK_MAX_AGE_DAYS", "30"))
# Approving a proposal publishes it and applies the next status the leader chose.
WAGTAIL_FINISH_WORKFLOW_ACTION = "review.workflow.publish_with_next_status"
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
# One email per event per person: administrators hear of a new proposal from the review's own
# email (review.notifications), not also from Wagtail's "submitted to workflow" email.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "lumbung-inovasi@localhost")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_USER_LOGIN_FORM = "kb.forms.AdminLoginForm"
