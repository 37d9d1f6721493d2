from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def create_missing_indexes(using="default", **kwargs):
    """A new installation gets its search index with its database tables, on a backend that
    keeps one of its own (others, such as the database backends, have nothing to create)."""
    from wagtail.search.backends import get_search_backend

    create = getattr(get_search_backend(), "create_missing_indexes", None)
    if create is not None:
        create()


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Pencarian")

    def ready(self):
        from . import signals

        # Not sender=self: Django sends post_migrate only for apps with models, and this
        # app has none. The check is cheap once the indexes exist.
        post_migrate.connect(create_missing_indexes, dispatch_uid="search.create_missing_indexes")
        signals.connect()
