"""``manage.py bench_search``: the search benchmark of issue 3 (a script, not a timed test).

For every size it creates a throwaway folder with its own SQLite database and index folders, and
runs each step in a child process whose DATABASE_URL, KB_VAR_DIR and KB_SEARCH_INDEX point into
that folder: the developer's database and index are never opened (each child also refuses to run
unless its database file is inside the folder). Steps: "prepare" (migrate, generate and bulk-load
the corpus, stage the raw FTS5 text, draw the queries), then one process per engine (rebuild,
queries, autocomplete, relevance, publish-to-searchable), so every engine runs on the same data
and queries and its peak memory is its own. The table goes to ``--output``.
"""

import json
import shutil
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError

from bench.common import BenchmarkCommand, run_step, throwaway_env
from bench.search import report, worker


class Command(BenchmarkCommand):
    help = (
        "Benchmark search on a synthetic corpus (in a throwaway database) and write the "
        "figures to docs/benchmarks.md."
    )
    name = "bench_search"
    steps = ("prepare", *worker.ENGINES)
    min_size = 50  # the relevance set needs room

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--queries", type=int, default=200, help="Timed queries per kind.")
        parser.add_argument("--cap-ms", type=int, default=2000, help="Per-query time cap (ms).")
        parser.add_argument(
            "--operator",
            choices=["and", "or"],
            default="and",
            help="How query words combine, for every engine (the search page sends 'and' "
            "first, then 'or' when nothing matches).",
        )
        parser.add_argument(
            "--engines",
            default=None,
            help="Comma-separated subset of whoosh,database,fts5 (default: all available).",
        )

    def handle(self, *args, **options):
        if options["worker"]:
            return self.handle_worker(options)
        sizes = self.parse_sizes(options["sizes"])
        if options["queries"] < 1 or options["cap_ms"] < 1:
            raise CommandError("--queries and --cap-ms must be positive.")
        engines = self.parse_engines(options["engines"])
        run = {
            "machine": report.machine(),
            "settings": {
                "queries": options["queries"],
                "cap_ms": options["cap_ms"],
                "seed": options["seed"],
                "operator": options["operator"],
                "engines": engines,
            },
            "sizes": [],
        }
        for size in sizes:
            run["sizes"].append(self.run_size(size, engines, options))
        output = self.write_report(run, report.markdown(run), options)
        self.log(f"Wrote {output}.")

    def parse_engines(self, text):
        available = [e for e in worker.ENGINES if e != "whoosh" or worker.whoosh_available()]
        if text is None:
            return available
        engines = [e.strip() for e in text.split(",") if e.strip()]
        missing = [e for e in engines if e not in available]
        if missing:
            raise CommandError(f"Not available: {', '.join(missing)} (have {available}).")
        return engines

    def run_size(self, size, engines, options):
        workdir = Path(tempfile.mkdtemp(prefix=f"kb-bench-{size}-"))
        self.log(f"== {size} ideas, in {workdir}")
        env = throwaway_env(workdir)
        result = {"size": size, "wall_s": {}, "engines": {}}
        started = time.perf_counter()
        try:
            for step in ["prepare", *engines]:
                step_started = time.perf_counter()
                self.run_child(step, size, workdir, env, options)
                result["wall_s"][step] = round(time.perf_counter() - step_started, 1)
            prepared = json.loads((workdir / "prepared.json").read_text())
            for key in ("page_ids", "labels"):
                prepared.pop(key)
            result["prepare"] = prepared
            for engine in engines:
                result["engines"][engine] = json.loads(
                    (workdir / f"result-{engine}.json").read_text()
                )
        finally:
            if not options["keep"]:
                shutil.rmtree(workdir, ignore_errors=True)
        result["wall_s"]["total"] = round(time.perf_counter() - started, 1)
        self.log(f"== {size} ideas done in {result['wall_s']['total']:.0f} s")
        return result

    def run_child(self, step, size, workdir, env, options):
        run_step(
            self.name,
            step,
            workdir,
            size,
            env,
            self.log,
            {name: options[name] for name in ("queries", "cap_ms", "seed", "operator")},
        )

    def handle_worker(self, options):
        # Measure as production runs: with DEBUG on, Django keeps the text of every SQL
        # statement (thousands, some of them long), which costs time and memory.
        settings.DEBUG = False
        workdir = options["workdir"]
        if not workdir or not options["size"]:
            raise CommandError("--worker needs --workdir and --size.")
        if options["worker"] == "prepare":
            worker.prepare(workdir, options["size"], options["seed"], options["queries"], self.log)
        else:
            worker.run_engine(
                options["worker"], workdir, options["cap_ms"], options["operator"], self.log
            )
