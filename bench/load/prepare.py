"""The throwaway site of the load test, built in a child process whose settings point into it.

Migrate, bulk-load the search benchmark's synthetic corpus (``bench.search``), give it the
owners, stop reasons and status histories the idea page and the facets show (the dashboard
benchmark's ``enrich``) and the modifications the editor requires of a modifikasi, add an
account for each leader among the virtual users, build the search index with the real
``update_index`` and collect the static files. Then write the plan of the run (``plan.json``):
the queries people type, the idea pages they open, and for each leader its own share of ideas
to edit, so no two leaders ever edit the same idea and each knows the order of its edits.
"""

import json
import re
import secrets
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from bench.dashboard import enrich, make_users
from bench.search.corpus import Corpus, WordCounter, sample_queries, seeded
from bench.search.worker import Phases, configure_backend
from bench.search.worker import check_isolated as check_sqlite_isolated

from .traffic import EDIT_SHARE, leader_count

PLAN = "plan.json"
THROWAWAY_DATABASE = re.compile(r"kb_bench_load_\d+")
LEADER_PREFIX = "pimpinan-muat-"
QUERY_COUNT = 2000


def check_isolated(workdir):
    """Refuse to run unless the database is the throwaway one (a file in ``workdir``, or a
    PostgreSQL database named kb_bench_load_<pid>)."""
    database = settings.DATABASES["default"]
    if "postgresql" in database.get("ENGINE", ""):
        if not THROWAWAY_DATABASE.fullmatch(database.get("NAME") or ""):
            raise CommandError(
                f"Refusing to run: the database is {database.get('NAME')!r}, "
                "not a throwaway kb_bench_load_<pid>."
            )
    else:
        check_sqlite_isolated(workdir)


def prepare(workdir, size, seed, users, log):
    workdir = Path(workdir)
    check_isolated(workdir)
    configure_backend("prepare", workdir)  # nothing is indexed while loading
    phases = Phases(log)
    phases.run("migrate", call_command, "migrate", verbosity=0, interactive=False)
    corpus = phases.run("corpus", lambda: Corpus(size, seed))
    counter = WordCounter()
    from bench.search.loader import Loader

    page_ids = phases.run("load", lambda: Loader(corpus).load(corpus.docs(), counter.add))
    accounts = phases.run("users", make_users)
    phases.run("enrich", enrich, corpus, page_ids, accounts, seed)
    phases.run("modifications", add_modifications)
    password = secrets.token_urlsafe(16)
    leaders = phases.run("leaders", make_leaders, leader_count(users), password)
    out = StringIO()
    phases.run("update_index", call_command, "update_index", stdout=out, stderr=out)
    phases.run("collectstatic", call_command, "collectstatic", interactive=False, verbosity=0)
    ideas = public_ideas()
    shares = edit_shares(ideas, len(leaders), seed)
    # Visitors read the other ideas: one a leader unpublishes would answer 404 to them.
    edited = {idea["id"] for share in shares for idea in share}
    plan = {
        "size": size,
        "seed": seed,
        "database": settings.DATABASES["default"]["NAME"],
        "vendor": vendor(),
        "queries": sample_queries(counter, QUERY_COUNT, seed),
        "idea_urls": [url for pk, url, _title in ideas if pk not in edited],
        "shares": shares,
        "leaders": leaders,
        "password": password,
        "public_ideas": len(ideas),
        "seconds": phases.seconds,
    }
    (workdir / PLAN).write_text(json.dumps(plan))
    return plan


def vendor():
    from django.db import connection

    return {"sqlite": "SQLite", "postgresql": "PostgreSQL"}.get(
        connection.vendor, connection.vendor
    )


def make_leaders(count, password):
    """``count`` Pimpinan accounts sharing one password (hashed once: hashing is slow on
    purpose)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group

    model = get_user_model()
    group = Group.objects.get(name="Pimpinan")
    hashed = make_password(password)
    names = [f"{LEADER_PREFIX}{i + 1:02d}" for i in range(count)]
    created = model.objects.bulk_create(
        [
            model(
                username=name,
                email=f"{name}@example.invalid",
                first_name="Pimpinan",
                last_name=f"Uji muat {i + 1}",
                password=hashed,
            )
            for i, name in enumerate(names)
        ]
    )
    group.user_set.add(*created)
    return names


def add_modifications():
    """Every modifikasi idea says what it changed, as its editor form requires."""
    from ideas.models import IdeaModification, IdeaPage

    IdeaModification.objects.bulk_create(
        [
            IdeaModification(
                page_id=pk,
                sort_order=0,
                what_changed="Alur layanan disesuaikan",
                reason="Disesuaikan dengan jumlah petugas di perangkat daerah pengadopsi.",
            )
            for pk in IdeaPage.objects.filter(stage="modifikasi").values_list("pk", flat=True)
        ],
        batch_size=1000,
    )


def public_ideas():
    """(pk, URL path, title) of every live, public idea, in pk order."""
    from wagtail.models import Site

    from ideas.models import IdeaPage

    root = Site.objects.get(is_default_site=True).root_page.url_path
    rows = IdeaPage.objects.live().public().order_by("pk").values_list("pk", "url_path", "title")
    return [(pk, "/" + path[len(root) :], title) for pk, path, title in rows]


def edit_shares(ideas, leaders, seed):
    """Each leader's own ideas to edit: disjoint, drawn at random."""
    rng = seeded(seed, "load-shares")
    chosen = rng.sample(ideas, min(len(ideas), leaders * EDIT_SHARE))
    return [
        [{"id": pk, "url": url} for pk, url, _title in chosen[leader::leaders]]
        for leader in range(leaders)
    ]
