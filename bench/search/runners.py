"""The things being measured: a modelsearch backend through the ORM, and raw SQLite FTS5."""

import re
import sqlite3
import time
from contextlib import contextmanager
from io import StringIO

from django.core.management import call_command
from django.db import OperationalError as DjangoOperationalError
from django.db import connection

from .metrics import percentile

FACETS = ("stage", "status", "year", "dimensions__slug")
PAGE_SIZE = 10
TOKEN = re.compile(r"\w+", re.UNICODE)


class Clock:
    """Milliseconds spent in each part of one query."""

    def __init__(self):
        self.parts = {}
        self.last = time.perf_counter()

    def lap(self, name):
        now = time.perf_counter()
        self.parts[name] = round((now - self.last) * 1000, 3)
        self.last = now


class Interrupted(Exception):
    """A query ran past the time cap and SQLite aborted it."""


@contextmanager
def sqlite_deadline(raw, cap_ms, every=1000):
    """Abort any statement on sqlite3 connection ``raw`` that runs past ``cap_ms`` from now.

    SQLite calls the progress handler every ``every`` virtual-machine instructions; a non-zero
    return aborts the running statement with "interrupted".
    """
    if raw is None or cap_ms is None:
        yield
        return
    deadline = time.perf_counter() + cap_ms / 1000

    def check():
        return 1 if time.perf_counter() > deadline else 0

    raw.set_progress_handler(check, every)
    try:
        yield
    except (sqlite3.OperationalError, DjangoOperationalError) as error:
        if "interrupted" in str(error):
            raise Interrupted from error
        raise
    finally:
        raw.set_progress_handler(None, every)


def django_sqlite():
    """The sqlite3 connection under Django's default connection (None on other databases)."""
    if connection.vendor != "sqlite":
        return None
    connection.ensure_connection()
    return connection.connection


class OrmEngine:
    """``IdeaPage.objects.live().public().search(...)`` through one configured backend."""

    def __init__(self, label, backend_name="default", operator="and", abortable=False):
        self.label = label
        self.backend_name = backend_name
        self.operator = operator
        # Only a backend that searches inside SQLite can be stopped at the cap; for the others
        # the progress handler would only add its own overhead (a Python call every 1,000
        # SQLite instructions) to the few database queries they make.
        self.abortable = abortable
        self.facets = []
        self.unsupported_facets = {}

    def queryset(self):
        from ideas.models import IdeaPage

        return IdeaPage.objects.live().public()

    def raw_connection(self):
        return django_sqlite() if self.abortable else None

    def probe_facets(self, query):
        """Keep the facets this backend can compute; note why the others are left out."""
        results = self.queryset().search(query, backend=self.backend_name, operator=self.operator)
        for name in FACETS:
            try:
                results.facet(name)
            except Exception as error:  # any failure means "not supported"
                self.unsupported_facets[name] = f"{type(error).__name__}: {error}"[:200]
            else:
                self.facets.append(name)

    def search(self, query):
        """First page (ids) and total count, plus every supported facet; and their times."""
        clock = Clock()
        results = self.queryset().search(query, backend=self.backend_name, operator=self.operator)
        ids = [page.pk for page in results[:PAGE_SIZE]]
        clock.lap("page")
        hits = results.count()
        clock.lap("count")
        for name in self.facets:
            results.facet(name)
        clock.lap("facets")
        return ids, hits, clock.parts

    def autocomplete(self, prefix):
        results = self.queryset().autocomplete(prefix, backend=self.backend_name)
        return [page.pk for page in results[:PAGE_SIZE]], None

    def top(self, query):
        results = self.queryset().search(query, backend=self.backend_name, operator=self.operator)
        return [page.pk for page in results[:PAGE_SIZE]]

    def rebuild(self):
        """Full rebuild as ``manage.py update_index --backend <name>`` does it; seconds."""
        out = StringIO()
        started = time.perf_counter()
        call_command(
            "update_index", backend_name=self.backend_name, verbosity=0, stdout=out, stderr=out
        )
        return time.perf_counter() - started


class FloorEngine:
    """The same text in plain SQLite FTS5 tables, queried with SQL: the reference floor.

    ``fts(title, summary, body)`` holds the public ideas (rowid = document number), with stage,
    status and year as unindexed columns and the dimensions in a side table, so the facets can
    be counted too; ``ac(title, tags, agencies)`` has prefix indexes of 2-6 characters for
    autocomplete. Query words are joined with the same operator as the other engines get.
    """

    label = "SQLite FTS5 (raw SQL)"

    def __init__(self, path, with_facets=True, operator="and"):
        self.db = sqlite3.connect(path)
        self.with_facets = with_facets
        self.joiner = f" {operator.upper()} "

    def raw_connection(self):
        return self.db

    def match(self, query):
        return self.joiner.join(f'"{token}"' for token in TOKEN.findall(query.lower()))

    def search(self, query):
        clock = Clock()
        expression = self.match(query)
        if not expression:
            return [], 0, clock.parts
        ids = self.top(query)
        clock.lap("page")
        hits = self.db.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (expression,))
        hits = hits.fetchone()[0]
        clock.lap("count")
        if self.with_facets:
            for column in ("stage", "status", "year"):
                self.db.execute(
                    f"SELECT {column}, count(*) FROM fts WHERE fts MATCH ? "  # noqa: S608
                    "GROUP BY 1 ORDER BY 2 DESC",
                    (expression,),
                ).fetchall()
            self.db.execute(
                "SELECT d.slug, count(*) FROM fts JOIN dims d ON d.doc = fts.rowid "
                "WHERE fts MATCH ? GROUP BY 1 ORDER BY 2 DESC",
                (expression,),
            ).fetchall()
            clock.lap("facets")
        return ids, hits, clock.parts

    def autocomplete(self, prefix):
        tokens = TOKEN.findall(prefix.lower())
        if not tokens:
            return [], None
        expression = " ".join(f'"{token}"*' for token in tokens)
        rows = self.db.execute(
            "SELECT rowid FROM ac WHERE ac MATCH ? ORDER BY rank LIMIT ?", (expression, PAGE_SIZE)
        )
        return [row[0] for row in rows], None

    def top(self, query):
        expression = self.match(query)
        if not expression:
            return []
        rows = self.db.execute(
            "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT ?",
            (expression, PAGE_SIZE),
        )
        return [row[0] for row in rows]


def time_calls(fn, items, raw_connection, cap_ms):
    """Run ``fn(item)`` for every item under the time cap; one record per item."""
    records = []
    for item in items:
        started = time.perf_counter()
        ids, hits, parts, capped = [], None, None, False
        try:
            with sqlite_deadline(raw_connection(), cap_ms):
                ids, hits, *rest = fn(item)
            parts = rest[0] if rest else None
        except Interrupted:
            capped = True
        elapsed = (time.perf_counter() - started) * 1000
        if cap_ms is not None and elapsed > cap_ms:
            capped = True  # not SQLite (cannot be aborted), but past the cap all the same
        record = {"q": item, "ms": round(elapsed, 3), "capped": capped, "hits": hits, "ids": ids}
        if parts:
            record["parts"] = parts
        records.append(record)
    return records


def summarise(records):
    """p50/p95/max over the records; percentiles that fall on capped queries are lower bounds."""
    times = [r["ms"] for r in records]
    capped = sum(r["capped"] for r in records)
    n = len(records)
    summary = {"n": n, "capped": capped}
    for p in (50, 95):
        value = percentile(times, p)
        summary[f"p{p}"] = value
        # With c capped queries, percentiles above (n - c) / n of the distribution are >= cap.
        summary[f"p{p}_lower_bound"] = bool(capped and p / 100 > (n - capped) / n)
    summary["max"] = max(times) if times else None
    # Where the time goes (uncapped queries): first page, count, facets; and page + count alone.
    timed_parts = [r["parts"] for r in records if r.get("parts") and not r["capped"]]
    if timed_parts:
        breakdown = {}
        for name in ("page", "count", "facets"):
            values = [p[name] for p in timed_parts if name in p]
            if values:
                breakdown[name] = {"p50": percentile(values, 50), "p95": percentile(values, 95)}
        without = [p.get("page", 0) + p.get("count", 0) for p in timed_parts]
        breakdown["page_and_count"] = {
            "p50": percentile(without, 50),
            "p95": percentile(without, 95),
        }
        summary["parts"] = breakdown
    summary["mean"] = sum(times) / n if n else None
    hits = sorted(r["hits"] for r in records if r["hits"] is not None)
    if hits:
        summary["hits_p50"] = percentile(hits, 50)
        summary["hits_max"] = hits[-1]
        # Latency of the quarter of queries with the most hits: "whatever the number of hits".
        ordered = sorted((r for r in records if r["hits"] is not None), key=lambda r: r["hits"])
        top = ordered[len(ordered) * 3 // 4 :]
        summary["top_quartile_hits_min"] = top[0]["hits"] if top else None
        summary["top_quartile_p95"] = percentile([r["ms"] for r in top], 95)
    return summary
