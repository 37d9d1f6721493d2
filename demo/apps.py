from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo loader (development only: kb/settings/dev.py and test.py install it)."""

    name = "demo"
    verbose_name = "Demo"
