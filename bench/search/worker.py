"""The two kinds of benchmark process: "prepare" (database + corpus) and one per engine.

Each runs in its own Python process, started by ``manage.py bench_search`` with DATABASE_URL,
KB_VAR_DIR and KB_SEARCH_INDEX pointing into a throwaway folder, so the developer's database and
index are never opened, and so each engine's peak memory is its own.
"""

import json
import os
import statistics
import time
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.search.backends import import_backend

from . import floor
from .corpus import Corpus, WordCounter, sample_prefixes, sample_queries, vocabulary
from .metrics import current_rss_mb, ndcg_at, peak_rss_mb
from .relevance import TOPICS
from .runners import FloorEngine, OrmEngine, summarise, time_calls

WHOOSH_BACKEND = "search.backends.whoosh"
DATABASE_BACKEND = "wagtail.search.backends.database"
ENGINES = {
    "whoosh": "Whoosh (search.backends.whoosh)",
    "database": "Wagtail database backend (SQLite FTS5)",
    "fts5": "SQLite FTS5, raw SQL (floor)",
}
PUBLISH_REPEATS = 5
PUBLISH_TIMEOUT_S = 30
WARMUP_QUERIES = 5


def whoosh_available():
    """Whether the Whoosh backend loads (by its settings path: nothing here imports it)."""
    try:
        import_backend(WHOOSH_BACKEND)
    except ImportError:
        return False
    return True


def check_isolated(workdir):
    """Refuse to run unless Django's database is the throwaway one in ``workdir``."""
    name = settings.DATABASES["default"].get("NAME")
    engine = settings.DATABASES["default"].get("ENGINE", "")
    workdir = Path(workdir).resolve()
    if "sqlite3" not in engine or not name or workdir not in Path(name).resolve().parents:
        raise CommandError(
            f"Refusing to benchmark: the database is {name!r}, not a file under {workdir}."
        )


def configure_backend(engine, workdir):
    """Make the engine under test the only search backend (so it alone auto-updates)."""
    current = dict(settings.WAGTAILSEARCH_BACKENDS.get("default", {}))
    if engine == "prepare":
        # Nothing is indexed while loading; pages still render with the site's own backend
        # (the idea page asks it for similar ideas).
        engine, auto_update = ("whoosh" if whoosh_available() else "database"), False
    else:
        auto_update = True
    if engine == "whoosh":
        params = current if current.get("BACKEND") == WHOOSH_BACKEND else {}
        params.update(BACKEND=WHOOSH_BACKEND, PATH=str(Path(workdir) / "whoosh-index"))
    else:
        params = {"BACKEND": DATABASE_BACKEND}
    params["AUTO_UPDATE"] = auto_update
    settings.WAGTAILSEARCH_BACKENDS = {"default": params}


class Phases:
    def __init__(self, log):
        self.log = log
        self.seconds = {}
        self.memory = {"start": round(peak_rss_mb(), 1)}
        self.load = []  # the 1-minute load average after each phase: others sharing the CPUs

    def run(self, name, fn, *args, **kwargs):
        self.log(f"  {name}...")
        started = time.perf_counter()
        value = fn(*args, **kwargs)
        self.seconds[name] = round(time.perf_counter() - started, 3)
        self.memory[name] = round(peak_rss_mb(), 1)
        self.load.append(round(os.getloadavg()[0], 2))
        self.log(
            f"  {name}: {self.seconds[name]:.1f} s, peak RSS {self.memory[name]:.0f} MB "
            f"(now {current_rss_mb() or 0:.0f} MB)"
        )
        return value


# --- prepare ------------------------------------------------------------------------------


def prepare(workdir, size, seed, query_count, log):
    workdir = Path(workdir)
    check_isolated(workdir)
    configure_backend("prepare", workdir)
    phases = Phases(log)
    phases.run("migrate", call_command, "migrate", verbosity=0, interactive=False)
    corpus = phases.run("vocabulary", lambda: Corpus(size, seed))
    counter = WordCounter()
    stager = floor.Stager(workdir / "floor.sqlite3", corpus)

    def on_doc(doc):
        counter.add(doc)
        stager.add(doc)

    from .loader import Loader

    page_ids = phases.run("generate_and_load", lambda: Loader(corpus).load(corpus.docs(), on_doc))
    stager.close()
    public = sum(1 for m in corpus.metas if m.public)
    phases.run("verify", verify, page_ids, public)
    queries = sample_queries(counter, query_count + WARMUP_QUERIES, seed)
    prefixes = sample_prefixes(counter, query_count + WARMUP_QUERIES, seed)
    tokens = sum(counter.counts.values())
    prepared = {
        "size": size,
        "seed": seed,
        "warmup": queries[:WARMUP_QUERIES],
        "queries": queries[WARMUP_QUERIES:],
        "warmup_prefixes": prefixes[:WARMUP_QUERIES],
        "prefixes": prefixes[WARMUP_QUERIES:],
        "labels": {q: {str(n): g for n, g in docs.items()} for q, docs in corpus.labels.items()},
        "page_ids": {str(n): pk for n, pk in page_ids.items()},
        "corpus": {
            "documents": size,
            "public": public,
            "drafts": sum(1 for m in corpus.metas if not m.live),
            "private": sum(1 for m in corpus.metas if m.private),
            "vocabulary": len(vocabulary(seed).words),
            "distinct_words": len(counter.counts),
            "tokens": tokens,
            "words_per_document": round(tokens / max(1, public)),
            "labelled_queries": len(corpus.labels),
            "labelled_documents": len(corpus.plan.plants),
        },
        "seconds": phases.seconds,
        "memory_mb": phases.memory,
    }
    (workdir / "prepared.json").write_text(json.dumps(prepared))
    return prepared


def verify(page_ids, public):
    """The bulk-loaded pages are real Wagtail pages: counted as public, and they render."""
    from django.test import Client
    from wagtail.models import Page, Site

    from ideas.models import IdeaPage

    count = IdeaPage.objects.live().public().count()
    if count != public:
        raise CommandError(f"Loaded {count} public ideas, expected {public}.")
    problems = Page.find_problems()
    if any(problems):
        raise CommandError(f"The page tree is inconsistent after loading: {problems}")
    if settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == WHOOSH_BACKEND:
        # An empty index, so the idea page's "similar ideas" has one to ask; each engine's own
        # process builds (and times) the real one.
        out = StringIO()
        call_command("update_index", schema_only=True, verbosity=0, stdout=out, stderr=out)
    site = Site.objects.get(is_default_site=True)
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, site.hostname]
    page = IdeaPage.objects.live().public().order_by("pk").first()
    response = Client(HTTP_HOST=site.hostname).get(page.url)
    if response.status_code != 200 or page.title not in response.content.decode():
        raise CommandError(f"{page.url} answered {response.status_code}.")


# --- one engine ---------------------------------------------------------------------------


def run_engine(engine_name, workdir, cap_ms, operator, log):
    workdir = Path(workdir)
    prepared = json.loads((workdir / "prepared.json").read_text())
    phases = Phases(log)
    result = {"engine": engine_name, "label": ENGINES[engine_name], "operator": operator}
    if engine_name == "fts5":
        path = workdir / "floor.sqlite3"
        result["rebuild_s"] = phases.run("rebuild", floor.build, path)
        engine = FloorEngine(path, operator=operator)
        to_doc = int
        result["facets"] = ["stage", "status", "year", "dimensions__slug"]
    else:
        check_isolated(workdir)
        configure_backend(engine_name, workdir)
        engine = OrmEngine(
            ENGINES[engine_name], operator=operator, abortable=engine_name == "database"
        )
        result["rebuild_s"] = phases.run("rebuild", engine.rebuild)
        doc_of = {pk: int(n) for n, pk in prepared["page_ids"].items()}
        to_doc = doc_of.get
        engine.probe_facets(prepared["warmup"][0])
        result["facets"] = engine.facets
        result["unsupported_facets"] = engine.unsupported_facets

    def timed(fn, items):
        return time_calls(fn, items, engine.raw_connection, cap_ms)

    warm = phases.run("warmup", timed, engine.search, prepared["warmup"])
    result["cold_first_query_ms"] = warm[0]["ms"]
    timed(engine.autocomplete, prepared["warmup_prefixes"])
    search = phases.run("search", timed, engine.search, prepared["queries"])
    result["search"] = summarise(search)
    result["search_records"] = search
    complete = phases.run("autocomplete", timed, engine.autocomplete, prepared["prefixes"])
    result["autocomplete"] = summarise(complete)
    result["autocomplete_records"] = complete
    result["relevance"] = phases.run("relevance", relevance, engine, prepared, to_doc, cap_ms)
    if engine_name != "fts5":
        result["publish"] = phases.run("publish", publish_to_searchable, engine)
    result["seconds"] = phases.seconds
    result["memory_mb"] = phases.memory
    result["load_max"] = max(phases.load)
    (workdir / f"result-{engine_name}.json").write_text(json.dumps(result))
    return result


def relevance(engine, prepared, to_doc, cap_ms):
    per_query, capped = {}, 0
    labels = prepared["labels"]
    for topic in TOPICS:
        record = time_calls(
            lambda q: (engine.top(q), None), [topic.query], engine.raw_connection, cap_ms
        )[0]
        capped += record["capped"]
        ids = record["ids"]  # empty when SQLite aborted the query
        docs = [to_doc(i) for i in ids]
        grades = {int(n): g for n, g in labels[topic.query].items()}
        per_query[topic.query] = {
            "ndcg": round(ndcg_at(docs, grades), 4),
            "found": sum(1 for d in docs if d in grades),
            "relevant": len(grades),
        }
    scores = [q["ndcg"] for q in per_query.values()]
    return {
        "ndcg10": round(statistics.fmean(scores), 4),
        "queries": len(scores),
        "capped": capped,
        "zero": sum(1 for s in scores if s == 0),
        "per_query": per_query,
    }


def publish_to_searchable(engine):
    """Publish new ideas through revisions; ms from ``publish()`` until the search finds each."""
    from ideas.models import Dimension, IdeaIndexPage, IdeaPage

    index = IdeaIndexPage.objects.get()
    dimension = Dimension.objects.order_by("sort_order").first()
    delays, publish_calls = [], []
    for i in range(PUBLISH_REPEATS):
        word = f"xqzpubli{'abcdefghij'[i]}"
        page = IdeaPage(
            title=f"Uji publikasi {word}",
            summary=f"Ringkasan uji publikasi {word}.",
            stage="amati",
            status="diusulkan",
            live=False,
        )
        page.dimensions = [dimension]
        index.add_child(instance=page)
        revision = page.save_revision()
        started = time.perf_counter()
        revision.publish()
        publish_calls.append((time.perf_counter() - started) * 1000)
        while page.pk not in engine.top(word):
            if time.perf_counter() - started > PUBLISH_TIMEOUT_S:
                raise CommandError(f"{engine.label}: published page not found after 30 s.")
            time.sleep(0.001)
        delays.append((time.perf_counter() - started) * 1000)
        page.delete()  # leave the data as the other engines see it
    return {
        "median_ms": round(statistics.median(delays), 1),
        "max_ms": round(max(delays), 1),
        "publish_call_median_ms": round(statistics.median(publish_calls), 1),
        "repeats": PUBLISH_REPEATS,
    }
