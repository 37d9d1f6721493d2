"""The leaders' dashboard benchmark, run by ``manage.py bench_dashboard`` (a script, not a test).

Two kinds of child process, each with its database in a throwaway folder (the search
benchmark's isolation, ``bench.search.worker.check_isolated``):

- "prepare": migrate, bulk-load the search benchmark's synthetic corpus (``bench.search``'s
  Corpus and Loader), then give it what the Loader leaves empty and the dashboard reads:
  owners, last_verified_on, stop reasons, a status history, and proposals waiting in
  "Tinjauan Pimpinan" (some with rubric scores), plus the leaders and authors.
- "measure": render the dashboard, the admin home page (its summary panel) and "Usulan saya"
  through Django's test client, and time each section of ``dashboard.stats`` on its own, so
  the peak memory is that of serving, not of loading.
"""

import datetime
import json
import os
import statistics
import subprocess
import time
from collections import defaultdict
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from bench.search.corpus import Corpus, seeded
from bench.search.metrics import peak_rss_mb, percentile
from bench.search.report import machine as search_machine
from bench.search.report import ms
from bench.search.worker import Phases, check_isolated, configure_backend

TARGET_SIZE = 50_000
TARGET_P95_MS = 1000
WARMUP_REQUESTS = 3
SECTION_REPEATS = 10
LEADER, OTHER_LEADERS, AUTHOR = "pimpinan-bench", ("pimpinan-2", "pimpinan-3"), "penulis-bench"
AUTHOR_COUNT = 20  # the corpus' ideas are owned by these accounts (AUTHOR among them)
NEVER_VERIFIED_SHARE = 0.2
VERIFIED_MEAN_DAYS_AGO = 300  # exponential: about 30% of verified ideas are past 365 days
SCORED_SHARE = 0.2
WAITING_DAYS_MAX = 60
PAGES = {
    "dashboard": ("Dasbor Pimpinan (/admin/dasbor-pimpinan/)", LEADER),
    "admin_home": ("admin home with the summary panel (/admin/)", LEADER),
    "my_proposals": ("Usulan saya of the proposals' author (/admin/usulan-saya/)", AUTHOR),
}
SECTIONS = (
    "registry_figures",
    "most_adopted",
    "stale_ideas",
    "pending_proposals",
    "pending_count",
    "stale_count",
)
STOP_DETAILS = (
    "Anggaran tahun berjalan dialihkan ke program prioritas.",
    "Regulasi daerah belum mengatur layanan ini.",
    "Petugas terlatih dipindahtugaskan.",
    "Jaringan di kecamatan belum memadai.",
)


# --- prepare ------------------------------------------------------------------------------


def prepare(workdir, size, seed, proposals, log):
    workdir = Path(workdir)
    check_isolated(workdir)
    configure_backend("prepare", workdir)
    phases = Phases(log)
    phases.run("migrate", call_command, "migrate", verbosity=0, interactive=False)
    corpus = phases.run("corpus", lambda: Corpus(size, seed))
    from bench.search.loader import Loader

    page_ids = phases.run("load", lambda: Loader(corpus).load(corpus.docs()))
    users = phases.run("users", make_users)
    phases.run("enrich", enrich, corpus, page_ids, users, seed)
    phases.run("proposals", submit_proposals, corpus, page_ids, users, proposals, seed)
    prepared = {
        "size": size,
        "seed": seed,
        "corpus": describe(),
        "seconds": phases.seconds,
        "memory_mb": phases.memory,
    }
    (workdir / "prepared.json").write_text(json.dumps(prepared))
    return prepared


def make_users():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    model = get_user_model()
    leaders, authors = Group.objects.get(name="Pimpinan"), Group.objects.get(name="Penulis")
    users = {}
    for username in (LEADER, *OTHER_LEADERS):
        users[username] = model.objects.create_user(
            username, f"{username}@example.invalid", first_name="Pimpinan"
        )
        users[username].groups.add(leaders)
    for i in range(AUTHOR_COUNT):
        username = AUTHOR if i == 0 else f"penulis-{i:02d}"
        users[username] = model.objects.create_user(
            username, f"{username}@example.invalid", first_name="Penulis", last_name=str(i)
        )
        users[username].groups.add(authors)
    return users


def enrich(corpus, page_ids, users, seed):
    """Fill what the Loader leaves empty, in bulk, from a seeded random stream."""
    from ideas.choices import StopReason
    from ideas.models import IdeaPage, StatusChange

    rng = seeded(seed, "dashboard", corpus.size)
    today = timezone.localdate()
    authors = [u.pk for name, u in users.items() if name.startswith("penulis")]
    ops = connection.ops
    owners, ideas, history = [], [], []
    for meta in corpus.metas:
        pk = page_ids[meta.n]
        owners.append((rng.choice(authors), pk))
        verified = None
        if meta.live and rng.random() >= NEVER_VERIFIED_SHARE:
            days = min(int(rng.expovariate(1 / VERIFIED_MEAN_DAYS_AGO)), 3000)
            verified = today - datetime.timedelta(days=days)
            if meta.first_published_at and verified < meta.first_published_at.date():
                verified = meta.first_published_at.date()
        stop_reason = stop_detail = ""
        if meta.status == "dihentikan":
            stop_reason = rng.choice(StopReason.values)
            stop_detail = rng.choice(STOP_DETAILS)
        ideas.append((ops.adapt_datefield_value(verified), stop_reason, stop_detail, pk))
        if meta.live:
            history.extend(status_history(meta, pk, stop_reason, stop_detail))
    page_table = "wagtailcore_page"
    idea_table = IdeaPage._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {page_table} SET owner_id = %s WHERE id = %s", owners)  # noqa: S608
        cursor.executemany(
            f"UPDATE {idea_table} SET last_verified_on = %s, stop_reason = %s, "  # noqa: S608
            "stop_detail = %s WHERE page_ptr_id = %s",
            ideas,
        )
        StatusChange.objects.bulk_create(history, batch_size=1000)


def status_history(meta, pk, stop_reason, stop_detail):
    """The steps that led to the idea's status, dated from its own dates."""
    from ideas.choices import Status
    from ideas.models import StatusChange

    path = Status.path_to(meta.status)
    start = meta.first_published_at
    dates = {
        "uji_coba": meta.trial_started_on,
        "diterapkan": meta.implemented_on,
        "dilembagakan": meta.implemented_on,
        "dihentikan": meta.implemented_on or meta.trial_started_on,
    }
    changes, previous, last = [], "", None
    for step, status in enumerate(path):
        day = dates.get(status)
        when = (
            datetime.datetime.combine(day, datetime.time(9), tzinfo=datetime.UTC)
            if day
            else start + datetime.timedelta(days=step)
        ) + datetime.timedelta(days=step * 30)
        if last is not None and when <= last:
            # The history runs forward and ends at the idea's status, as the editor reads it.
            when = last + datetime.timedelta(days=1)
        last = when
        stopped = status == "dihentikan"
        changes.append(
            StatusChange(
                idea_id=pk,
                status=status,
                previous_status=previous,
                changed_at=when,
                stop_reason=stop_reason if stopped else "",
                stop_detail=stop_detail if stopped else "",
            )
        )
        previous = status
    return changes


# The review's notifications would go to invented addresses: send none.
@override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend")
def submit_proposals(corpus, page_ids, users, count, seed):
    """``count`` tiru/modifikasi drafts submitted to "Tinjauan Pimpinan", as the editor does."""
    from wagtail.models import TaskState, WorkflowState

    from ideas.models import Agency, Dimension, IdeaIndexPage, IdeaPage
    from review.choices import CRITERIA_FIELDS
    from review.models import RubricReviewTaskState, RubricScore, leaders_workflow

    rng = seeded(seed, "proposals", corpus.size)
    workflow = leaders_workflow()
    index = IdeaIndexPage.objects.get()
    dimensions = list(Dimension.objects.all())
    sources = [page_ids[m.n] for m in corpus.metas if m.live and m.stage == "amati"]
    agencies = list(Agency.objects.values_list("pk", flat=True))
    authors = [u for name, u in users.items() if name.startswith("penulis")]
    scorers = [users[name] for name in OTHER_LEADERS]
    now = timezone.now()
    for i in range(count):
        # Half of the proposals are the measured author's, so "Usulan saya" has a full page.
        author = users[AUTHOR] if i % 2 == 0 else rng.choice(authors)
        source = IdeaPage.objects.get(pk=rng.choice(sources))
        page = IdeaPage(
            title=f"Usulan {i + 1}: {source.title}"[:255],
            summary=f"Menerapkan {source.title.lower()} di Ambon.",
            stage=rng.choice(("tiru", "tiru", "modifikasi")),
            status="diusulkan",
            derived_from=source,
            adopting_agency_id=rng.choice(agencies),
            owner=author,
            live=False,
        )
        page.dimensions = rng.sample(dimensions, rng.randint(1, 3))
        index.add_child(instance=page)
        page.save_revision(user=author)
        workflow.start(page, author)
        state = RubricReviewTaskState.objects.get(pk=page.current_workflow_task_state.pk)
        started = now - datetime.timedelta(days=rng.randint(0, WAITING_DAYS_MAX), hours=i)
        TaskState.objects.filter(pk=state.pk).update(started_at=started)
        WorkflowState.objects.filter(pk=state.workflow_state_id).update(created_at=started)
        if rng.random() < SCORED_SHARE:
            for reviewer in rng.sample(scorers, rng.randint(1, len(scorers))):
                RubricScore.objects.create(
                    task_state=state,
                    reviewer=reviewer,
                    comment="",
                    **{name: rng.randint(1, 5) for name in CRITERIA_FIELDS},
                )


def describe():
    """What the dashboard sees in the loaded database."""
    from dashboard import stats
    from ideas.models import IdeaPage, StatusChange
    from review.models import RubricScore

    live = IdeaPage.objects.live()
    return {
        "ideas": IdeaPage.objects.count(),
        "live": live.count(),
        "drafts": IdeaPage.objects.filter(live=False).count(),
        "stopped": live.filter(status="dihentikan").count(),
        "adopted": live.filter(adoption_count__gt=0).count(),
        "max_adoptions": max(live.values_list("adoption_count", flat=True), default=0),
        "never_verified": live.filter(last_verified_on__isnull=True).count(),
        "stale": stats.stale_queryset(live).count(),
        "status_changes": StatusChange.objects.count(),
        "rubric_scores": RubricScore.objects.count(),
    }


# --- measure ------------------------------------------------------------------------------


def measure(workdir, requests, log):
    workdir = Path(workdir)
    check_isolated(workdir)
    configure_backend("prepare", workdir)  # nothing writes to a search index here
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    from dashboard import stats

    prepared = json.loads((workdir / "prepared.json").read_text())
    users = get_user_model().objects.in_bulk([LEADER, AUTHOR], field_name="username")
    pending = stats.pending_proposals(users[LEADER])
    urls = {
        "dashboard": reverse("leaders_dashboard"),
        "admin_home": reverse("wagtailadmin_home"),
        "my_proposals": reverse("my_proposals"),
    }
    from ideas.models import IdeaPage

    newest_own = (
        IdeaPage.objects.filter(owner=users[AUTHOR], latest_revision_created_at__isnull=False)
        .order_by("-latest_revision_created_at")
        .values_list("title", flat=True)
        .first()
    )
    # What each page must show: the oldest waiting proposal, the author's newest one.
    expected = {"dashboard": pending[0].title if pending else None, "my_proposals": newest_own}
    phases = Phases(log)
    result = {"size": prepared["size"], "pending": len(pending), "pages": {}, "load": []}
    for name, (_label, username) in PAGES.items():
        client = Client()
        client.force_login(users[username])
        expect = expected.get(name)
        result["pages"][name] = phases.run(
            name, time_page, client, urls[name], requests, expect, log
        )
        result["load"].append(round(os.getloadavg()[0], 2))
    result["sections"] = phases.run("sections", time_sections, users[LEADER])
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    result["database"] = settings.DATABASES["default"]["NAME"]
    result["seconds"] = phases.seconds
    (workdir / "result.json").write_text(json.dumps(result))
    return result


def time_page(client, url, requests, expect, log):
    """Warm-up requests, then ``requests`` timed ones, each with its SQL captured."""
    for _ in range(WARMUP_REQUESTS):
        check_response(client.get(url), url, expect)
    times, counts, by_sql = [], [], defaultdict(list)
    for _ in range(requests):
        durations = []
        with (
            CaptureQueriesContext(connection) as captured,
            connection.execute_wrapper(QueryTimer(durations)),
        ):
            started = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        check_response(response, url, expect)
        counts.append(len(captured.captured_queries))
        if len(durations) != len(captured.captured_queries):  # should not happen
            durations = [float(q["time"]) * 1000 for q in captured.captured_queries]
        for query, duration in zip(captured.captured_queries, durations, strict=True):
            by_sql[query["sql"]].append(duration)
    slowest = sorted(((statistics.median(t), sql) for sql, t in by_sql.items()), reverse=True)[:3]
    summary = {
        "n": requests,
        "p50": percentile(times, 50),
        "p95": percentile(times, 95),
        "max": max(times),
        "queries": max(counts),
        "queries_min": min(counts),
        "slowest": [{"ms": t, "sql": sql, "plan": query_plan(sql)} for t, sql in slowest],
    }
    log(f"    {url}: p50 {summary['p50']:.0f} ms, p95 {summary['p95']:.0f} ms")
    return summary


class QueryTimer:
    """Each statement's time in ms, to the microsecond (the captured ones are rounded to 1 ms)."""

    def __init__(self, durations):
        self.durations = durations

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.durations.append((time.perf_counter() - started) * 1000)


def check_response(response, url, expect):
    if response.status_code != 200:
        raise CommandError(f"{url} answered {response.status_code}.")
    if expect and expect not in response.content.decode():
        raise CommandError(f"{url} does not show the proposal {expect!r}.")


def query_plan(sql):
    """SQLite's EXPLAIN QUERY PLAN of a captured statement (its parameters are inlined)."""
    if not sql.lstrip().upper().startswith("SELECT"):
        return []
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
            return [row[-1] for row in cursor.fetchall()]
    except Exception as error:  # noqa: BLE001 - a plan is a hint; the timing stands without it
        return [f"(no plan: {error})"]


def time_sections(leader):
    """Median ms and query count of each dashboard.stats call, on its own."""
    from dashboard import stats

    # Each call finds the ideas the leader may view afresh, as a request does.
    calls = {
        "registry_figures": lambda: stats.registry_figures(stats.ideas_in(leader)),
        "most_adopted": lambda: stats.most_adopted(leader),
        "stale_ideas": lambda: stats.stale_ideas(stats.ideas_in(leader)),
        "pending_proposals": lambda: stats.pending_proposals(leader),
        "pending_count": lambda: stats.pending_count(leader),
        "stale_count": lambda: stats.stale_queryset(stats.ideas_in(leader)).count(),
    }
    sections = {}
    for name, call in calls.items():
        call()
        times, queries = [], 0
        for _ in range(SECTION_REPEATS):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                call()
                times.append((time.perf_counter() - started) * 1000)
            queries = len(captured.captured_queries)
        sections[name] = {"median": statistics.median(times), "queries": queries}
    return sections


# --- report -------------------------------------------------------------------------------


WATCHED = ("dashboard", "review", "ideas", "search", "kb", "templates")


def machine():
    info = search_machine()
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],  # noqa: S607
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(  # noqa: S603 - fixed arguments
            ["git", "status", "--porcelain", "--untracked-files=no", "--", *WATCHED],  # noqa: S607
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        info["commit"] = commit + (" plus uncommitted changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        info["commit"] = None
    return info


def verdict(run):
    """(figure, verdict) for the target, from the largest size measured."""
    sizes = {s["size"]: s for s in run["sizes"]}
    if TARGET_SIZE not in sizes:
        largest = max(sizes)
        p95 = sizes[largest]["measure"]["pages"]["dashboard"]["p95"]
        return f"{ms(p95)} ms at {largest:,} ideas", "not measured at 50,000 ideas"
    p95 = sizes[TARGET_SIZE]["measure"]["pages"]["dashboard"]["p95"]
    if p95 < TARGET_P95_MS:
        return f"{ms(p95)} ms", f"met ({TARGET_P95_MS - p95:,.0f} ms under)"
    return f"{ms(p95)} ms", f"**missed** (by {p95 - TARGET_P95_MS:,.0f} ms)"


def markdown(run):
    info = run["machine"]
    options = run["settings"]
    software = ", ".join(f"{name} {version}" for name, version in info["packages"].items())
    sizes = ",".join(str(s["size"]) for s in run["sizes"])
    lines = [
        "## Leaders' dashboard",
        "",
        "The latest figures of `manage.py bench_dashboard`, which rewrites only this section "
        "(between its markers). Regenerate with:",
        "",
        "```sh",
        f".venv/bin/python manage.py bench_dashboard --sizes {sizes} "
        f"--requests {options['requests']} --proposals {options['proposals']}",
        "```",
        "",
        f"- Run: {info['date']}, commit {info['commit']}, seed {options['seed']}.",
        f"- Machine: {info['cpu']}, {info['cores']} cores, {info['ram_gb']} GB RAM, "
        f"{info['os']}; SQLite {info['sqlite']}, Python {info['python']}, {software}.",
        "- How: each size in a throwaway folder (its own SQLite database, migrated; child "
        "processes that refuse any other database, `DEBUG` off). The search benchmark's "
        "corpus, bulk-loaded, then filled in bulk with what the dashboard reads: owners "
        f"({AUTHOR_COUNT} authors), `last_verified_on` ({NEVER_VERIFIED_SHARE:.0%} never, "
        f"the rest exponential with a mean of {VERIFIED_MEAN_DAYS_AGO} days ago), stop reasons, "
        f"a status history; then {options['proposals']} tiru/modifikasi drafts submitted to "
        f'"Tinjauan Pimpinan" (about {SCORED_SHARE:.0%} with rubric scores). Pages are '
        f'rendered by Django\'s test client as a Pimpinan member ("Usulan saya" as the author '
        f"of half the proposals): {WARMUP_REQUESTS} warm-up requests, then "
        f"{options['requests']} timed ones, each with its SQL captured. Peak RSS is the "
        "measuring process' (loading runs in another).",
        "",
        f"### Target: dashboard page p95 under {TARGET_P95_MS:,} ms at "
        f"{TARGET_SIZE:,} ideas (2 cores, SQLite)",
        "",
        "| target | figure | verdict |",
        "|---|---|---|",
        f"| Dasbor Pimpinan p95 < {TARGET_P95_MS:,} ms | {' | '.join(verdict(run))} |",
        "",
        "### Pages (ms per request)",
        "",
        "| ideas | page | p50 | p95 | max | SQL queries | slowest query (median ms) "
        "| peak RSS (MB) | load avg |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size in run["sizes"]:
        result = size["measure"]
        for name, (label, _user) in PAGES.items():
            page = result["pages"][name]
            queries = str(page["queries"])
            if page["queries_min"] != page["queries"]:
                queries = f"{page['queries_min']}-{page['queries']}"
            slowest = page["slowest"][0]["ms"] if page["slowest"] else None
            lines.append(
                f"| {size['size']:,} | {label} | {ms(page['p50'])} | {ms(page['p95'])} "
                f"| {ms(page['max'])} | {queries} | {ms(slowest)} | "
                f"{result['peak_rss_mb']:.0f} | {max(result['load']):.1f} |"
            )
    lines += [
        "",
        "### Dashboard sections (`dashboard/stats.py`, median ms of "
        f"{SECTION_REPEATS} calls; queries per call)",
        "",
        "| ideas | " + " | ".join(SECTIONS) + " |",
        "|---:|" + "---:|" * len(SECTIONS),
    ]
    for size in run["sizes"]:
        sections = size["measure"]["sections"]
        cells = [f"{ms(sections[s]['median'])} ({sections[s]['queries']})" for s in SECTIONS]
        lines.append(f"| {size['size']:,} | " + " | ".join(cells) + " |")
    lines += ["", "### Data", ""]
    for size in run["sizes"]:
        c = size["prepare"]["corpus"]
        lines.append(
            f"- {size['size']:,} ideas: {c['live']:,} live, {c['drafts']:,} drafts (with "
            f"the proposals), {c['stopped']:,} stopped, {c['adopted']:,} adopted at least once "
            f"(most: {c['max_adoptions']}), {c['never_verified']:,} never verified, "
            f"{c['stale']:,} stale, {c['status_changes']:,} status changes; "
            f"{size['measure']['pending']} proposals waiting for the leader, "
            f"{c['rubric_scores']} rubric scores. Loading took "
            f"{size['prepare']['seconds'].get('load', 0):.0f} s; whole size "
            f"{size['wall_s']:.0f} s."
        )
    largest = run["sizes"][-1]
    slowest = largest["measure"]["pages"]["dashboard"]["slowest"]
    if slowest:
        lines += [
            "",
            f"### Slowest dashboard queries at {largest['size']:,} ideas "
            "(median ms, EXPLAIN QUERY PLAN)",
            "",
        ]
        for query in slowest:
            sql = query["sql"] if len(query["sql"]) <= 600 else query["sql"][:600] + " ..."
            lines += [f"- {ms(query['ms'])} ms:", "", "  ```sql", f"  {sql}", "  ```", ""]
            lines += [f"  - plan: {step}" for step in query["plan"]] + [""]
    for note in run.get("notes", []):
        lines += ["", note]
    return "\n".join(line.rstrip() for line in lines) + "\n"
