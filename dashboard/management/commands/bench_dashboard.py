"""``manage.py bench_dashboard``: time the leaders' dashboard at 1,000 / 10,000 / 50,000 ideas.

A script, not a timed test. For every size it creates a throwaway folder with its own SQLite
database and index folders, and runs two child processes ("prepare", then "measure", see
``dashboard.bench``) whose DATABASE_URL, KB_VAR_DIR and KB_SEARCH_INDEX point into it: the
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
from django.core.management.base import BaseCommand, CommandError

from dashboard import bench
from kb.benchmarks import run_step, throwaway_env, write_section

DEFAULT_SIZES = "1000,10000,50000"
MIN_SIZE = 30


class Command(BaseCommand):
    help = (
        "Benchmark the leaders' dashboard on a synthetic registry (in a throwaway database) "
        "and write the figures to docs/benchmarks.md."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--sizes", default=DEFAULT_SIZES, help="Comma-separated idea counts.")
        parser.add_argument("--requests", type=int, default=30, help="Timed requests per page.")
        parser.add_argument(
            "--proposals", type=int, default=50, help="Proposals waiting for the leaders."
        )
        parser.add_argument("--output", default="docs/benchmarks.md", help="Markdown report.")
        parser.add_argument("--json", help="Also write the raw results here.")
        parser.add_argument("--seed", type=int, default=2019)
        parser.add_argument(
            "--keep", action="store_true", help="Keep the throwaway folders (for debugging)."
        )
        # Internal: run one step in this (child) process.
        parser.add_argument("--worker", choices=["prepare", "measure"], help="(internal)")
        parser.add_argument("--workdir", help="(internal)")
        parser.add_argument("--size", type=int, help="(internal)")

    def log(self, message):
        self.stdout.write(message)
        self.stdout.flush()

    def handle(self, *args, **options):
        if options["worker"]:
            return self.handle_worker(options)
        sizes = self.parse_sizes(options["sizes"])
        if options["requests"] < 1 or options["proposals"] < 1:
            raise CommandError("--requests and --proposals must be positive.")
        run = {
            "machine": bench.machine(),
            "settings": {
                "requests": options["requests"],
                "proposals": options["proposals"],
                "seed": options["seed"],
            },
            "sizes": [self.run_size(size, options) for size in sizes],
        }
        output = Path(options["output"])
        write_section(output, "bench_dashboard", bench.markdown(run))
        if options["json"]:
            Path(options["json"]).write_text(json.dumps(run, indent=1), encoding="utf-8")
        figure, verdict = bench.verdict(run)
        self.log(f"Dashboard p95: {figure}: {verdict}. Wrote {output}.")

    def parse_sizes(self, text):
        try:
            sizes = [int(s) for s in text.split(",") if s.strip()]
        except ValueError:
            raise CommandError("--sizes takes comma-separated whole numbers.") from None
        if not sizes or min(sizes) < MIN_SIZE:
            raise CommandError(f"Every size must be at least {MIN_SIZE}.")
        return sizes

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
            "bench_dashboard",
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
            bench.prepare(workdir, options["size"], options["seed"], options["proposals"], self.log)
        else:
            bench.measure(workdir, options["requests"], self.log)
