"""What the benchmark commands share: child steps in a throwaway folder, and their report.

docs/benchmarks.md holds one section per benchmark command; each rewrites only its own.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

DEFAULT_SIZES = "1000,10000,50000"


def markers(command):
    return (
        f"<!-- {command}:start (written by manage.py {command}) -->",
        f"<!-- {command}:end -->",
    )


def write_section(path, command, body):
    """Put ``body`` between ``command``'s markers in ``path`` (appended the first time)."""
    path = Path(path)
    start_marker, end_marker = markers(command)
    section = f"{start_marker}\n{body.strip()}\n{end_marker}\n"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    start, end = text.find(start_marker), text.find(end_marker)
    if start != -1 and end > start:
        after = text[end + len(end_marker) :].lstrip("\n")
        text = text[:start] + section + ("\n" + after if after else "")
    else:
        text = (text.rstrip("\n") + "\n\n" if text else "") + section
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def throwaway_env(workdir):
    """The environment of a benchmark step: its database, media and index all in ``workdir``."""
    workdir = Path(workdir)
    (workdir / "tmp").mkdir()
    return {
        # The suite's own database server (kb.settings.test) is not the throwaway one.
        **{name: value for name, value in os.environ.items() if name != "TEST_DATABASE_URL"},
        "DJANGO_SETTINGS_MODULE": settings.SETTINGS_MODULE,
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "KB_VAR_DIR": str(workdir / "var"),
        "KB_SEARCH_INDEX": str(workdir / "whoosh-index"),
        # Whatever the settings or libraries put in temporary folders goes away with it.
        "TMPDIR": str(workdir / "tmp"),
    }


def run_step(command, step, workdir, size, env, log, options):
    """Run ``manage.py <command> --worker <step>`` in a child process, echoing its output.

    ``options`` are the extra command-line options (name -> value). A failure raises
    CommandError with the last lines the child printed.
    """
    argv = [
        sys.executable,
        "-m",
        "django",
        command,
        "--worker",
        step,
        "--workdir",
        str(workdir),
        "--size",
        str(size),
    ]
    for name, value in options.items():
        argv += [f"--{name.replace('_', '-')}", str(value)]
    log(f"-- {step}")
    with subprocess.Popen(  # noqa: S603 - our own command, fixed arguments
        argv,
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    ) as child:
        tail = []
        for line in child.stdout:
            log(line.rstrip("\n"))
            tail = [*tail[-30:], line]
    if child.returncode:
        raise CommandError(f"Step {step} for {size} ideas failed:\n{''.join(tail)}")


class BenchmarkCommand(BaseCommand):
    """What the benchmark commands share: sizes, the report, throwaway child steps.

    A subclass names itself (``name``, also its report section) and its child ``steps``, adds
    its own options and implements ``handle``/``handle_worker``.
    """

    name = ""
    steps = ()
    min_size = 1
    # A command that runs one size takes ``--size N`` (this default) instead of ``--sizes``.
    single_size = None
    requires_system_checks = []

    def add_arguments(self, parser):
        if self.single_size is None:
            parser.add_argument(
                "--sizes", default=DEFAULT_SIZES, help="Comma-separated idea counts."
            )
            parser.add_argument("--size", type=int, help="(internal)")
        else:
            parser.add_argument(
                "--size", type=int, default=self.single_size, help="Ideas in the synthetic corpus."
            )
        parser.add_argument(
            "--output",
            default="docs/benchmarks.md",
            help="Markdown report (only this command's section is rewritten).",
        )
        parser.add_argument("--json", help="Also write the raw results here.")
        parser.add_argument("--seed", type=int, default=2019)
        parser.add_argument(
            "--keep", action="store_true", help="Keep the throwaway folders (for debugging)."
        )
        # Internal: run one step in this (child) process.
        parser.add_argument("--worker", choices=self.steps, help="(internal)")
        parser.add_argument("--workdir", help="(internal)")

    def log(self, message):
        self.stdout.write(message)
        self.stdout.flush()

    def parse_sizes(self, text):
        try:
            sizes = [int(s) for s in text.split(",") if s.strip()]
        except ValueError:
            raise CommandError("--sizes takes comma-separated whole numbers.") from None
        if not sizes or min(sizes) < self.min_size:
            raise CommandError(f"Every size must be at least {self.min_size}.")
        return sizes

    def write_report(self, run, markdown, options):
        output = Path(options["output"])
        write_section(output, self.name, markdown)
        if options["json"]:
            Path(options["json"]).write_text(json.dumps(run, indent=1), encoding="utf-8")
        return output
