from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IdeasConfig(AppConfig):
    name = "ideas"
    verbose_name = _("Ide dan inovasi")

    def ready(self):
        from . import signals  # noqa: F401  (connects the adoption_count receivers)
