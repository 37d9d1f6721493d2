"""The server under load: gunicorn serving the throwaway site with the production settings, and
the throwaway PostgreSQL database it may run on."""

import http.client
import os
import re
import secrets
import signal
import socket
import string
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.management.base import CommandError

from bench.common import throwaway_env

HOST = "127.0.0.1"
READY_TIMEOUT_S = 120
STOP_TIMEOUT_S = 30
# What the site logs when the search engine fails and it answers from the database, or shows
# nothing (similar ideas, the duplicate check): the fallbacks that must not happen.
FALLBACK_LOG = re.compile(
    r"answering from the database|failed; showing none|failed; listing none"
    r"|Spelling suggestion failed"
)
INDEX_WRITE_FAILED_LOG = re.compile(r"Could not update the search index")
TRACEBACK_LOG = re.compile(r"^Traceback \(most recent call last\)", re.MULTILINE)
WORKER_TIMEOUT_LOG = re.compile(r"WORKER TIMEOUT")
LOCKED_LOG = re.compile(r"database is locked")
# The last line of a traceback: the exception and its message.
EXCEPTION_LOG = re.compile(r"^[A-Za-z_][\w.]*(?:Error|Exception)\b.*$", re.MULTILINE)
# bench_load's own child steps need its command, which production's INSTALLED_APPS leave out.
STEP_SETTINGS = "bench.load.settings"


def secret_key():
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(50))


def site_env(workdir, database_url=None):
    """The environment of the throwaway site's processes: production settings, plain HTTP on
    the loopback, mail to nowhere, everything else in ``workdir``."""
    env = throwaway_env(workdir)
    env.update(
        DJANGO_SETTINGS_MODULE="kb.settings.production",
        DJANGO_SECRET_KEY=secret_key(),
        DJANGO_ALLOWED_HOSTS=HOST,
        KB_SSL_REDIRECT="0",
        DJANGO_EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        PYTHONUNBUFFERED="1",
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Gunicorn:
    """``gunicorn kb.wsgi`` with ``workers`` processes; its output goes to ``log_path``."""

    def __init__(self, workdir, env, workers):
        self.workdir = Path(workdir)
        self.env = env
        self.workers = workers
        self.port = free_port()
        self.log_path = self.workdir / "gunicorn.log"
        self.process = None

    @property
    def argv(self):
        base = Path(settings.BASE_DIR)
        argv = [str(base / ".venv" / "bin" / "gunicorn"), "kb.wsgi"]
        config = base / "gunicorn.conf.py"
        if config.exists():
            argv += ["-c", str(config)]
        # Its own errors (worker timeouts) to stderr, into the log read afterwards.
        return [*argv, "-w", str(self.workers), "-b", f"{HOST}:{self.port}", "--error-logfile", "-"]

    def start(self):
        if not Path(self.argv[0]).exists():
            raise CommandError(f"{self.argv[0]} is missing: pip install gunicorn into .venv.")
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 - our own server, fixed arguments
                self.argv,
                cwd=settings.BASE_DIR,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.wait_ready()

    def wait_ready(self):
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise CommandError(f"gunicorn exited at start:\n{self.log_tail()}")
            try:
                connection = http.client.HTTPConnection(HOST, self.port, timeout=30)
                connection.request("GET", "/")
                status = connection.getresponse().status
                connection.close()
            except OSError:
                time.sleep(0.25)
                continue
            if status == 200:
                return
            raise CommandError(f"gunicorn answered {status} on /:\n{self.log_tail()}")
        raise CommandError(f"gunicorn did not answer in {READY_TIMEOUT_S} s:\n{self.log_tail()}")

    def stop(self):
        """Stop gracefully (SIGTERM to the arbiter), then for good if it hangs."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()

    def cpu_seconds(self):
        """CPU time (user + system) used so far by the arbiter and its current workers."""
        pids = [self.process.pid]
        pids += [int(pid) for pid in _read(f"/proc/{pids[0]}/task/{pids[0]}/children").split()]
        ticks = 0
        for pid in pids:
            stat = _read(f"/proc/{pid}/stat")
            fields = stat[stat.rfind(")") + 2 :].split()  # the name may hold spaces
            if len(fields) > 12:
                ticks += int(fields[11]) + int(fields[12])  # utime, stime
        return ticks / os.sysconf("SC_CLK_TCK")

    def log_text(self):
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def log_tail(self, lines=40):
        return "\n".join(self.log_text().splitlines()[-lines:])

    def scan_log(self):
        """What the server's log says went wrong, counted."""
        text = self.log_text()
        return {
            "tracebacks": len(TRACEBACK_LOG.findall(text)),
            "fallbacks": len(FALLBACK_LOG.findall(text)),
            "index_write_failures": len(INDEX_WRITE_FAILED_LOG.findall(text)),
            "worker_timeouts": len(WORKER_TIMEOUT_LOG.findall(text)),
            "database_locked": len(LOCKED_LOG.findall(text)),
            "exceptions": sorted(set(EXCEPTION_LOG.findall(text)))[:5],
        }


def _read(path):
    try:
        return Path(path).read_text()
    except OSError:  # a worker that has just exited
        return ""


class PostgresDatabase:
    """A database ``kb_bench_load_<pid>`` created on the server of ``admin_url``, dropped after."""

    def __init__(self, admin_url):
        self.admin_url = admin_url
        self.name = f"kb_bench_load_{os.getpid()}"
        parts = urlsplit(admin_url)
        self.url = urlunsplit(parts._replace(path=f"/{self.name}"))
        self.where = parts.hostname or "localhost"
        if parts.port:
            self.where += f":{parts.port}"

    def _execute(self, sql):
        import psycopg

        try:
            with psycopg.connect(self.admin_url, autocommit=True, connect_timeout=5) as conn:
                conn.execute(sql)
        except psycopg.OperationalError as error:
            raise CommandError(
                f"PostgreSQL at {self.where} is unreachable ({error}). Start it, pass "
                "--postgres-url, or run with --database sqlite."
            ) from error

    def check(self):
        self._execute("SELECT 1")

    def create(self):
        self.drop()
        self._execute(f'CREATE DATABASE "{self.name}"')

    def drop(self):
        self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
