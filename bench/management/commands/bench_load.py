"""``manage.py bench_load``: the load test of issue 9 (a script, not a timed test).

For each database (SQLite, PostgreSQL or both) it builds a throwaway site (a folder, and for
PostgreSQL a database kb_bench_load_<pid> that is dropped afterwards), serves it with gunicorn
and the production settings, sends it ``--users`` virtual users for ``--duration`` seconds,
then checks that no index update was lost (``bench.load``). The figures replace this
command's section of ``--output``; the exit status is non-zero when a requirement is missed:
a server error, a fallback to the database, or a lost index update.
"""

import json
import os
import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError

from bench.common import BenchmarkCommand, run_step
from bench.load import prepare, report, server, traffic, verify

DATABASES = ("sqlite", "postgres")
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres"


class Command(BenchmarkCommand):
    help = (
        "Load-test the site under gunicorn with concurrent virtual users (in a throwaway "
        "database and index) and write the figures to docs/benchmarks.md."
    )
    name = "bench_load"
    steps = ("prepare", "verify")
    single_size = 10_000
    min_size = 50

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--database", choices=[*DATABASES, "both"], default="both")
        parser.add_argument(
            "--postgres-url",
            default=DEFAULT_POSTGRES_URL,
            help="A PostgreSQL server where a throwaway database may be created.",
        )
        parser.add_argument("--users", type=int, default=24, help="Concurrent virtual users.")
        parser.add_argument("--duration", type=int, default=60, help="Seconds of traffic.")
        parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes.")

    def handle(self, *args, **options):
        if options["worker"]:
            return self.handle_worker(options)
        for name in ("users", "duration", "workers"):
            if options[name] < 1:
                raise CommandError(f"--{name} must be positive.")
        if options["size"] < self.min_size:
            raise CommandError(f"--size must be at least {self.min_size}.")
        databases = DATABASES if options["database"] == "both" else (options["database"],)
        if "postgres" in databases:
            server.PostgresDatabase(options["postgres_url"]).check()  # fail now, not later
        run = {
            "machine": report.machine(),
            "settings": {
                name: options[name] for name in ("size", "users", "duration", "workers", "seed")
            },
            "databases": [self.run_database(database, options) for database in databases],
        }
        output = self.write_report(run, report.markdown(run), options)
        self.log(f"Wrote {output}.")
        missed = [
            f"{result['vendor']}: {failure}"
            for result in run["databases"]
            for failure in result["failures"]
        ]
        if missed:
            raise CommandError("Requirements missed:\n" + "\n".join(missed))
        self.log("All requirements met.")

    def run_database(self, database, options):
        workdir = Path(tempfile.mkdtemp(prefix=f"kb-bench-load-{database}-"))
        self.log(f"== {database}, {options['size']} ideas, in {workdir}")
        postgres = None
        if database == "postgres":
            postgres = server.PostgresDatabase(options["postgres_url"])
            postgres.create()
        try:
            env = server.site_env(workdir, postgres.url if postgres else None)
            self.run_child("prepare", workdir, env, options)
            plan = json.loads((workdir / prepare.PLAN).read_text())
            gunicorn = server.Gunicorn(workdir, env, options["workers"])
            self.log(f"-- gunicorn, {options['workers']} workers, port {gunicorn.port}")
            gunicorn.start()
            try:
                server_address = (server.HOST, gunicorn.port)
                traffic.warm_up(server_address, plan, options["workers"], options["seed"])
                self.log(f"-- {options['users']} users for {options['duration']} s")
                cpu = gunicorn.cpu_seconds()
                ran = traffic.run(
                    server_address,
                    plan,
                    options["users"],
                    options["duration"],
                    options["seed"],
                    self.log,
                )
                server_cpu_s = gunicorn.cpu_seconds() - cpu
                self.log("-- one user alone")
                alone = traffic.alone(server_address, plan, options["seed"])
                self.log("-- checking the site")
                site = verify.check_site(server_address, ran["journal"])
            finally:
                gunicorn.stop()
            (workdir / verify.JOURNAL).write_text(json.dumps(ran["journal"]))
            self.run_child("verify", workdir, env, options)
            result = {
                "vendor": plan["vendor"],
                "public_ideas": plan["public_ideas"],
                "prepare_s": plan["seconds"],
                "elapsed_s": ran["elapsed_s"],
                "load": ran["load"],
                "requests": report.summarise(ran["records"], ran["elapsed_s"]),
                "alone": report.summarise(alone, None),
                "cpu_s": {"server": server_cpu_s, "client": ran["client_cpu_s"]},
                "cores": os.cpu_count(),
                "edits": report.edits(ran["journal"]),
                "problems": ran["problems"],
                "index": json.loads((workdir / verify.RESULT).read_text()),
                "site": site,
                "log": gunicorn.scan_log(),
            }
        finally:
            if postgres:
                postgres.drop()
            if not options["keep"]:
                shutil.rmtree(workdir, ignore_errors=True)
        result["failures"] = report.verdict(result)
        overall = result["requests"]["all"]
        self.log(
            f"== {result['vendor']}: {overall['n']} requests, {overall['per_s']:.1f}/s, "
            f"p95 {overall['p95']:.0f} ms; " + ("; ".join(result["failures"]) or "all met")
        )
        return result

    def run_child(self, step, workdir, env, options):
        run_step(
            self.name,
            step,
            workdir,
            options["size"],
            {**env, "DJANGO_SETTINGS_MODULE": server.STEP_SETTINGS},
            self.log,
            {name: options[name] for name in ("users", "seed")},
        )

    def handle_worker(self, options):
        settings.DEBUG = False
        workdir = options["workdir"]
        if not workdir:
            raise CommandError("--worker needs --workdir.")
        if options["worker"] == "prepare":
            prepare.prepare(workdir, options["size"], options["seed"], options["users"], self.log)
        else:
            verify.check_index(workdir, self.log)
