"""Worker processes share the cache only through Redis (TEST_CACHE_URL; .ci/run sets it).

Without TEST_CACHE_URL the suite runs on each process's own memory: the test then checks that,
and says so in its id ([locmem]), rather than passing as if Redis had been tested.
"""

import json
import os
import subprocess
import sys
import uuid

import pytest
from django.conf import settings
from django.core.cache import cache

CONFIGURED = "redis" if os.environ.get("TEST_CACHE_URL") else "locmem"
BACKENDS = {
    "redis": "django.core.cache.backends.redis.RedisCache",
    "locmem": "django.core.cache.backends.locmem.LocMemCache",
}
# Another worker process with the same cache configuration: it reads one key, sets another.
OTHER_WORKER = """
import json, sys
from django.conf import settings
settings.configure(CACHES={"default": json.loads(sys.argv[1])})
from django.core.cache import cache
print(json.dumps(cache.get(sys.argv[2])))
cache.set(sys.argv[3], {"dari": "proses lain"}, 60)
"""


def other_worker(read, write):
    result = subprocess.run(  # noqa: S603 (our own code, fixed arguments)
        [sys.executable, "-c", OTHER_WORKER, json.dumps(settings.CACHES["default"]), read, write],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


@pytest.mark.parametrize("configured", [CONFIGURED])
def test_worker_processes_share_the_cache_only_through_redis(configured):
    assert settings.CACHES["default"]["BACKEND"] == BACKENDS[configured]
    mine, theirs = (f"kb-test-{name}-{uuid.uuid4().hex}" for name in ("mine", "theirs"))
    cache.set(mine, {"dari": "proses ini"}, 60)
    try:
        seen_there = other_worker(read=mine, write=theirs)
        if configured == "redis":
            assert seen_there == {"dari": "proses ini"}
            assert cache.get(theirs) == {"dari": "proses lain"}
        else:  # each process keeps its own: what production.py avoids with a shared folder
            assert seen_there is None
            assert cache.get(theirs) is None
    finally:
        cache.delete_many([mine, theirs])
