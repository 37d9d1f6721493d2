"""A throwaway site for fault tests: a database file and an index folder in a temporary folder,
shared by the separate processes a test starts (``manage.py`` commands and
tests/search/steps.py), so that a test can kill one of them and look at what it left."""

import fcntl
import json
import os
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.db import connection

# How long any one process of a test may take.
TIMEOUT = 25


class ThrowawaySite:
    def __init__(self, folder):
        self.folder = Path(folder)
        self.database = self.folder / "db.sqlite3"
        self.index_root = self.folder / "index"
        (self.folder / "tmp").mkdir(parents=True, exist_ok=True)
        self.env = {
            # Always this folder's SQLite file, whatever database the suite itself runs on.
            **{k: v for k, v in os.environ.items() if k != "TEST_DATABASE_URL"},
            "DJANGO_SETTINGS_MODULE": "tests.search.child_settings",
            "DATABASE_URL": f"sqlite:///{self.database}",
            "KB_VAR_DIR": str(self.folder / "var"),
            "KB_SEARCH_INDEX": str(self.index_root),
            "TMPDIR": str(self.folder / "tmp"),
            "PYTHONUNBUFFERED": "1",
        }
        self.processes = []

    @classmethod
    def from_test_database(cls, folder):
        """A site whose database is a copy of the test database (migrated, nothing else).

        When the suite runs on PostgreSQL the site's SQLite file is migrated afresh instead:
        the faults tested are the index's, whatever the database.
        """
        site = cls(folder)
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            site.copy_database(connection.connection)
        else:
            site.run(site.manage("migrate", "--noinput"), timeout=TIMEOUT * 6)
            database = sqlite3.connect(site.database)
            try:
                database.execute("PRAGMA journal_mode=WAL")
            finally:
                database.close()
        return site

    def copy(self, folder):
        """Another site with a copy of this one's database and index."""
        site = type(self)(folder)
        source = sqlite3.connect(self.database)
        try:
            site.copy_database(source)
        finally:
            source.close()
        shutil.copytree(self.index_root, site.index_root, symlinks=True)
        return site

    def copy_database(self, source):
        """Copy the SQLite database ``source`` (a connection) into this site's file, in WAL
        mode: as with PostgreSQL in production, a process reading (a rebuild) never makes
        another one's write fail with "database is locked"."""
        target = sqlite3.connect(self.database)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=WAL")
        finally:
            target.close()

    # The idea index (the index of the page tree) -------------------------------------------

    @property
    def pages(self):
        return self.index_root / "wagtailcore.page"

    def current(self):
        """The generation in use (a folder name), or None."""
        try:
            return os.readlink(self.pages / "current")
        except OSError:
            return None

    def generations(self):
        return sorted(p.name for p in self.pages.glob("gen-*"))

    def building(self):
        try:
            return (self.pages / "building").read_text().strip()
        except OSError:
            return None

    # Processes ----------------------------------------------------------------------------

    def manage(self, *args):
        return [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), *map(str, args)]

    def step(self, *args):
        return [sys.executable, "-m", "tests.search.steps", *map(str, args)]

    def start(self, argv):
        process = subprocess.Popen(  # noqa: S603 - our own commands
            argv,
            cwd=settings.BASE_DIR,
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            bufsize=0,  # read_until sees each byte as it comes
        )
        self.processes.append(process)
        return process

    def stop_all(self):
        """Kill what a failed test left running (stopped ones included)."""
        for process in self.processes:
            if process.poll() is None:
                kill(process)

    def run(self, argv, timeout=TIMEOUT):
        """Run to the end; the completed process (its stdout and stderr as text)."""
        done = subprocess.run(  # noqa: S603 - our own commands
            argv,
            cwd=settings.BASE_DIR,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if done.returncode:
            raise AssertionError(f"{argv} exited with {done.returncode}:\n{done.stderr}")
        return done

    def run_step(self, *args):
        """A step's outcome (the JSON on its last line)."""
        return json.loads(self.run(self.step(*args)).stdout.splitlines()[-1])

    def update_index(self):
        return self.run(self.manage("update_index", "--chunk_size", 20))

    def session(self):
        """A process that runs steps on request (started now, ready when first asked)."""
        return Session(self.start(self.step("session")))


class Session:
    def __init__(self, process):
        self.process = process
        self.ready = False

    def __call__(self, *args):
        """The outcome of the step ``args`` (tests/search/steps.py)."""
        if not self.ready:
            read_until(self.process, lambda text: text.endswith("ready\n"))
            self.ready = True
        self.process.stdin.write((" ".join(map(str, args)) + "\n").encode())
        return json.loads(read_until(self.process, lambda text: text.endswith("\n")))


def read_until(process, found, timeout=TIMEOUT):
    """Read ``process``'s output, a byte at a time, until ``found(the text so far)``."""
    output = b""
    deadline = time.monotonic() + timeout
    stdout = process.stdout.fileno()
    while not found(output.decode(errors="replace")):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([stdout], [], [], remaining)[0]:
            raise AssertionError(f"Timed out; the output so far: {output!r}")
        byte = os.read(stdout, 1)
        if not byte:
            raise AssertionError(f"Exited early: {output!r}\n{process.stderr.read()!r}")
        output += byte
    return output.decode()


def finish(process):
    """Wait for ``process`` to end; its output (a failure if it failed)."""
    stdout, stderr = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 0, stderr.decode()
    return stdout.decode()


def outcome(process):
    """The JSON a step printed last, once it has ended."""
    return json.loads(finish(process).splitlines()[-1])


def kill(process):
    """SIGKILL, as the kernel's OOM killer or a host going down would."""
    process.send_signal(signal.SIGKILL)
    process.wait(TIMEOUT)
    for stream in (process.stdin, process.stdout, process.stderr):
        stream.close()


def held(lock_file):
    """Is ``lock_file`` flocked by another process now?"""
    with open(lock_file, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


def holds(process, lock_file):
    """Does ``process`` hold a flock on ``lock_file``? Read from the kernel's /proc/locks, so
    that asking takes nothing from the process (Whoosh's writer fails on a lock it cannot
    take at once)."""
    try:
        stat = os.stat(lock_file)
    except FileNotFoundError:
        return False
    file_id = f"{os.major(stat.st_dev):02x}:{os.minor(stat.st_dev):02x}:{stat.st_ino}"
    for line in Path("/proc/locks").read_text().splitlines():
        # "1: FLOCK  ADVISORY  WRITE 1234 fe:00:2176882 0 EOF"; a waiter's line has "->".
        fields = line.split()
        if fields[1:2] == ["FLOCK"] and fields[4:6] == [str(process.pid), file_id]:
            return True
    return False


def start_together(processes):
    """Wait until each loop step says "ready", then let them all go at once."""
    for process in processes:
        read_until(process, lambda text: text.endswith("ready\n"))
    for process in processes:
        process.stdin.write(b"go\n")
