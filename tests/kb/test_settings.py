"""Settings come from the environment: secrets, hosts and the database."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRINT = (
    "import json, importlib; s = importlib.import_module('kb.settings.{module}'); "
    "print(json.dumps({{'engine': s.DATABASES['default']['ENGINE'], "
    "'name': str(s.DATABASES['default']['NAME']), 'hosts': s.ALLOWED_HOSTS, "
    "'debug': s.DEBUG, 'language': s.LANGUAGE_CODE, "
    "'options': s.DATABASES['default'].get('OPTIONS', {{}}), "
    "'cache': s.CACHES['default']['BACKEND'], "
    "'cache_location': str(s.CACHES['default'].get('LOCATION'))}}))"
)


def load(module, **env):
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "KB_"))
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", PRINT.format(module=module)],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    return result.returncode, result.stdout, result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    code, _, err = load("production")
    assert code != 0
    assert "DJANGO_SECRET_KEY" in err


def test_production_takes_secret_and_hosts_from_the_environment():
    code, out, err = load(
        "production", DJANGO_SECRET_KEY="x" * 50, DJANGO_ALLOWED_HOSTS="inovasi.ambon.go.id,a.b"
    )
    assert code == 0, err
    settings = json.loads(out)
    assert settings["hosts"] == ["inovasi.ambon.go.id", "a.b"]
    assert settings["debug"] is False


def test_sqlite_by_default_and_postgres_through_database_url():
    code, out, err = load("dev")
    assert code == 0, err
    assert json.loads(out)["engine"] == "django.db.backends.sqlite3"
    assert json.loads(out)["language"] == "id"
    code, out, err = load("dev", DATABASE_URL="postgres://kb:pw@db.internal:5432/lumbung")
    assert code == 0, err
    assert json.loads(out)["engine"] == "django.db.backends.postgresql"
    assert json.loads(out)["name"] == "lumbung"


def test_sqlite_takes_concurrent_writers_in_turn_and_postgres_needs_nothing_of_that():
    code, out, err = load("dev")
    assert code == 0, err
    assert json.loads(out)["options"] == {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    code, out, err = load("dev", DATABASE_URL="postgres://kb:pw@db.internal:5432/lumbung")
    assert code == 0, err
    assert json.loads(out)["options"] == {}


def test_the_cache_is_redis_when_named_else_shared_by_production_workers():
    code, out, err = load("dev")
    assert code == 0, err
    assert json.loads(out)["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    secret = {"DJANGO_SECRET_KEY": "x" * 50}
    code, out, err = load("production", KB_VAR_DIR="/srv/kb", **secret)
    assert code == 0, err
    settings = json.loads(out)
    assert settings["cache"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert settings["cache_location"] == "/srv/kb/cache"
    for module in ("dev", "production"):
        code, out, err = load(module, KB_CACHE_URL="redis://cache.internal:6379/2", **secret)
        assert code == 0, err
        settings = json.loads(out)
        assert settings["cache"] == "django.core.cache.backends.redis.RedisCache"
        assert settings["cache_location"] == "redis://cache.internal:6379/2"
