"""Production as the README sets it up: the documented environment passes Django's deployment
check, and gunicorn with kb/gunicorn.conf.py serves the site, its static files (WhiteNoise) and
its uploaded images, with the security headers, on 127.0.0.1.

Each step runs as `make serve` runs it, in processes of their own, on a throwaway KB_VAR_DIR
and SQLite database.
"""

import http.client
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")
HOST = "inovasi.ambon.go.id"
HTTPS = {"Host": HOST, "X-Forwarded-Proto": "https"}  # what the reverse proxy sends
START_SECONDS = 60


def documented_env(var_dir, **extra):
    """The environment the README's "Production" section asks for, and nothing else."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_URL", "KB_", "WEB_CONCURRENCY", "GUNICORN_"))
    }
    return {
        **clean,
        "DJANGO_SETTINGS_MODULE": "kb.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_CSRF_TRUSTED_ORIGINS": f"https://{HOST}",
        "WAGTAILADMIN_BASE_URL": f"https://{HOST}",
        "DATABASE_URL": f"sqlite:///{var_dir / 'db.sqlite3'}",
        "KB_VAR_DIR": str(var_dir),
        **extra,
    }


def manage(env, *args):
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_the_documented_environment_passes_the_deployment_check(tmp_path):
    result = manage(documented_env(tmp_path), "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_plain_http_is_allowed_but_the_deployment_check_says_what_it_costs(tmp_path):
    env = documented_env(tmp_path, KB_SSL_REDIRECT="0")
    result = manage(env, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode != 0
    for warning in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert warning in result.stderr


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Site:
    def __init__(self, port, var_dir, log):
        self.port, self.var_dir, self.log = port, var_dir, log

    def get(self, path, headers=HTTPS):
        """GET `path` exactly as given (no normalising of `..`), as the proxy would pass it."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """`make serve`'s steps, then gunicorn in the background until the module's tests are done."""
    var_dir = tmp_path_factory.mktemp("kb-var")
    port = free_port()
    env = documented_env(var_dir, KB_BIND=f"127.0.0.1:{port}", WEB_CONCURRENCY="2")
    for step in (("migrate", "--noinput"), ("collectstatic", "--noinput")):
        result = manage(env, *step)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Found another file" not in result.stdout + result.stderr  # each one once
    images = var_dir / "media" / "images"
    images.mkdir(parents=True)
    (images / "loket.png").write_bytes(b"\x89PNG\r\n\x1a\n not really drawn")
    documents = var_dir / "media" / "documents"
    documents.mkdir()
    (documents / "laporan.pdf").write_bytes(b"%PDF-1.4 rahasia")

    log = var_dir / "gunicorn.log"
    with log.open("wb") as output:
        server = subprocess.Popen(  # noqa: S603
            [str(GUNICORN), "--config", "kb/gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    site = Site(port, var_dir, log)
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            try:
                site.get("/")
                break
            except OSError:
                assert server.poll() is None, log.read_text()
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.5)
        yield site
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)


def test_pages_are_served_with_the_security_headers(site):
    for path in ("/", "/ide/", "/studi-banding/", "/search/?q=antrean", "/admin/login/"):
        status, headers, _ = site.get(path)
        assert status == 200, path
        assert headers["X-Frame-Options"] == "DENY"
        assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert "default-src 'self'" in headers["Content-Security-Policy"]
        assert "Secure" in headers["Set-Cookie"], path  # the CSRF cookie, only over HTTPS
    status, headers, body = site.get("/tidak-ada/")
    assert status == 404
    assert b"Halaman tidak ditemukan" in body


def test_plain_http_is_sent_to_https(site):
    status, headers, _ = site.get("/ide/?q=1", headers={"Host": HOST})
    assert status == 301
    assert headers["Location"] == f"https://{HOST}/ide/?q=1"
    assert "Strict-Transport-Security" not in headers


def test_an_unknown_host_is_refused(site):
    status, _, _ = site.get("/", headers={**HTTPS, "Host": "evil.example"})
    assert status == 400


def test_static_files_are_served_under_hashed_names_for_good(site):
    _, _, home = site.get("/")
    stylesheet = re.search(rb'href="(/static/css/site\.[0-9a-f]{12}\.css)"', home).group(1)
    status, headers, body = site.get(stylesheet.decode(), {**HTTPS, "Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Cache-Control"] == "max-age=315360000, public, immutable"
    assert headers["Content-Encoding"] == "gzip"
    assert body.startswith(b"\x1f\x8b")
    script = re.search(rb'src="(/static/search/autocomplete\.[0-9a-f]{12}\.js)"', home).group(1)
    assert site.get(script.decode())[0] == 200


def test_uploaded_images_are_served_and_documents_are_not(site):
    status, headers, body = site.get("/media/images/loket.png")
    assert status == 200
    assert headers["Content-Type"] == "image/png"
    assert body == b"\x89PNG\r\n\x1a\n not really drawn"
    for path in (
        "/media/documents/laporan.pdf",
        "/media/images/../documents/laporan.pdf",
        "/media/images/%2e%2e/documents/laporan.pdf",
        "/media/images/../../db.sqlite3",
    ):
        status, _, body = site.get(path)
        assert status == 404, path
        assert b"rahasia" not in body


def test_requests_and_errors_are_logged_to_the_output(site):
    site.get("/tidak-ada-juga/")
    access = re.compile(r'"GET /tidak-ada-juga/ HTTP/1.1" 404 \d+ .* \d+ms')  # gunicorn's line
    deadline = time.monotonic() + 5  # gunicorn writes it once the answer is sent
    while not access.search(logged := site.log.read_text()) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert access.search(logged), logged
    assert "WARNING django.request: Not Found: /tidak-ada-juga/" in logged  # Django's
    assert '" 500 ' not in logged
