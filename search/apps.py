from io import StringIO

from django.apps import AppConfig
from django.core.management import call_command
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def create_missing_indexes(using="default", **kwargs):
    """A new installation gets its search index with its database tables."""
    from wagtail.search.backends import get_search_backend

    from .backends.whoosh import WhooshSearchBackend

    backend = get_search_backend()
    if isinstance(backend, WhooshSearchBackend) and not all(
        index.store.exists() for index in backend.all_indexes()
    ):
        call_command("update_index", backend_name="default", stdout=StringIO())


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Pencarian")

    def ready(self):
        from . import signals

        # Not sender=self: Django sends post_migrate only for apps with models, and this
        # app has none. The check is cheap once the indexes exist.
        post_migrate.connect(create_missing_indexes, dispatch_uid="search.create_missing_indexes")
        signals.connect()
