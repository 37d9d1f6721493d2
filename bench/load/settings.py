"""The settings of bench_load's own steps (prepare, verify) in the throwaway site: production's,
plus this app for its command. The server under load runs production's alone."""

from kb.settings.production import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
