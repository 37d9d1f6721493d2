"""``manage.py bench_dashboard``: time the leaders' dashboard at 1,000 / 10,000 / 50,000 ideas.

A script, not a timed test. For every size it creates a throwaway folder with its own SQLite
database and index folders, and runs two child processes ("prepare", then "measure", see
``bench.dashboard``) whose DATABASE_URL, KB_VAR_DIR and KB_SEARCH_INDEX point into it: the
developer's database is never opened (each child refuses to run unless its database file is
inside the folder). The figures replace the "Leaders' dashboard" section of ``--output``,
between its markers; the rest of the file is left as it was.
"""

import json
import shutil
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError

from bench import dashboard
from bench.common import BenchmarkCommand, run_step, throwaway_env


class Command(BenchmarkCommand):
    help = (
        "Benchmark the leaders' dashboard on a synthetic registry (in a throwaway database) "
        "and write the figures to docs/benchmarks.md."
    )
    name = "bench_dashboard"
    steps = ("prepare", "measure")
    min_size = 30

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--requests", type=int, default=30, help="Timed requests per page.")
        parser.add_argument(
            "--proposals", type=int, default=50, help="Proposals waiting for the leaders."
        )

    def handle(self, *args, **options):
        if options["worker"]:
            return self.handle_worker(options)
        sizes = self.parse_sizes(options["sizes"])
        if options["requests"] < 1 or options["proposals"] < 1:
            raise CommandError("--requests and --proposals must be positive.")
        run = {
            "machine": dashboard.machine(),
            "settings": {
                "requests": options["requests"],
                "proposals": options["proposals"],
                "seed": options["seed"],
            },
            "sizes": [self.run_size(size, options) for size in sizes],
        }
        output = self.write_report(run, dashboard.markdown(run), options)
        figure, verdict = dashboard.verdict(run)
        self.log(f"Dashboard p95: {figure}: {verdict}. Wrote {output}.")

    def run_size(self, size, options):
        workdir = Path(tempfile.mkdtemp(prefix=f"kb-bench-dashboard-{size}-"))
        self.log(f"== {size} ideas, in {workdir}")
        env = throwaway_env(workdir)
        started = time.perf_counter()
        try:
            for step in ("prepare", "measure"):
                self.run_child(step, size, workdir, env, options)
            result = {
                "size": size,
                "prepare": json.loads((workdir / "prepared.json").read_text()),
                "measure": json.loads((workdir / "result.json").read_text()),
            }
        finally:
            if not options["keep"]:
                shutil.rmtree(workdir, ignore_errors=True)
        result["wall_s"] = round(time.perf_counter() - started, 1)
        self.log(f"== {size} ideas done in {result['wall_s']:.0f} s")
        return result

    def run_child(self, step, size, workdir, env, options):
        run_step(
            self.name,
            step,
            workdir,
            size,
            env,
            self.log,
            {name: options[name] for name in ("requests", "proposals", "seed")},
        )

    def handle_worker(self, options):
        # Measure as production runs: with DEBUG on, Django keeps the text of every SQL
        # statement, which costs time and memory (CaptureQueriesContext still sees them).
        settings.DEBUG = False
        workdir = options["workdir"]
        if not workdir or not options["size"]:
            raise CommandError("--worker needs --workdir and --size.")
        if options["worker"] == "prepare":
            dashboard.prepare(
                workdir, options["size"], options["seed"], options["proposals"], self.log
            )
        else:
            dashboard.measure(workdir, options["requests"], self.log)
