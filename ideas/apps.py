from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IdeasConfig(AppConfig):
    name = "ideas"
    verbose_name = _("Ide dan inovasi")

    def ready(self):
        from . import (  # noqa: F401  (connect the adoption_count and status history receivers)
            history,
            signals,
        )
