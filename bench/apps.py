from django.apps import AppConfig


class BenchConfig(AppConfig):
    """The benchmark commands (development only: kb/settings/dev.py and test.py install it)."""

    name = "bench"
    verbose_name = "Benchmarks"
