"""Development tools stay out of production: the bench and demo apps are installed by the dev
and test settings only (who imports whom: tests/kb/test_layers.py)."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV_ONLY = ("bench", "demo")
DEV_COMMANDS = {"bench_search", "bench_dashboard", "bench_load", "load_demo"}

# What a server process loads: the apps, the whole URLconf (the admin's with every app's
# wagtail_hooks) and the WSGI application; then what is installed, and which modules of the
# packages named in its arguments are imported.
PROBE = """
import json, sys
import django
django.setup()
from django.conf import settings
from django.core.management import get_commands
from django.urls import get_resolver
get_resolver().url_patterns
import kb.wsgi
print(json.dumps({
    "apps": settings.INSTALLED_APPS,
    "commands": sorted(get_commands()),
    "modules": sorted(m for m in sys.modules if m.split(".")[0] in sys.argv[1:]),
}))
"""


def probe(settings_module, tmp_path):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "KB_"))}
    env = {
        **clean,
        "DJANGO_SETTINGS_MODULE": settings_module,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "KB_VAR_DIR": str(tmp_path / "var"),
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", PROBE, *DEV_ONLY],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_production_installs_and_loads_no_development_tool(tmp_path):
    loaded = probe("kb.settings.production", tmp_path)
    assert not set(DEV_ONLY) & set(loaded["apps"])
    assert not DEV_COMMANDS & set(loaded["commands"])
    assert loaded["modules"] == []


@pytest.mark.parametrize("settings_module", ["kb.settings.dev", "kb.settings.test"])
def test_development_and_tests_have_the_tools(settings_module, tmp_path):
    loaded = probe(settings_module, tmp_path)
    assert set(DEV_ONLY) <= set(loaded["apps"])
    assert set(loaded["commands"]) >= DEV_COMMANDS
