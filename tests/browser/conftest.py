"""Browser tests: Debian's Chromium, driven by Playwright, against pytest-django's live server.

Nothing is downloaded: Playwright drives the system browser at CHROMIUM (never
`playwright install`). CI installs the `chromium` package; where it is missing the tests fail
and say so (a skip would hide that the browser path went untested).

Playwright's sync API runs an asyncio event loop in this thread for as long as it is started
(its greenlets switch in and out of it), so Django believes it is in an async context while the
browser is up, although nothing here is async: every call blocks until Playwright answers.
Two consequences, both handled by `django_in_playwright`, which lives exactly as long as
Playwright does:
- Django refuses ORM calls from the test code and fixtures (SynchronousOnlyOperation):
  DJANGO_ALLOW_ASYNC_UNSAFE is set while Playwright runs, and restored after.
- `django.db.connections` keeps a separate set of connections for async contexts, so the
  tests would get a second connection object, one without the test database's serialized
  contents: serialized_rollback would silently restore nothing and empty the site tree for
  every test after. The thread's own connections are put into the async storage too.
The browser is scoped to this package, so pytest stops Playwright (undoing both) before any
test outside tests/browser runs.

Every browser test uses the live server, so its database is transactional: each commit is
real, pages a test creates reach the search index at once (on_commit callbacks run), and the
tables are emptied afterwards. Mark browser tests with BROWSER_DB, which restores the tree and
groups that the migrations made (serialized_rollback), as tests/search does.
"""

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connections

from .journey import demo, journey  # noqa: F401 (fixtures, for every browser test)

CHROMIUM = Path(os.environ.get("KB_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASSWORD = "rahasia-uji-123"  # noqa: S105 (what tests.factories.user gives every account)
TIMEOUT_MS = 10_000

BROWSER_DB = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@contextmanager
def django_in_playwright():
    """Playwright's sync API, started, with Django usable from the test code (see above)."""
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    own = {alias: connections[alias] for alias in connections}  # this thread's connections
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        playwright = sync_playwright().start()
        try:
            for alias, connection in own.items():
                connections[alias] = connection  # now stored for the "async" context
            yield playwright
        finally:
            for alias in own:
                del connections[alias]  # the async context's entry only
            playwright.stop()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="package")
def browser():
    """One headless Chromium for the browser tests (torn down when they are done).

    launch() gives the browser a fresh temporary profile (user data dir) and removes it after.
    """
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"Browser tests need Debian's Chromium at {CHROMIUM}: "
            "`apt-get install chromium` (.ci/run does this on CI).",
            pytrace=False,
        )
    with django_in_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


# Every document and frame reports what its Content-Security-Policy blocked, as it happens.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => window.kbCspViolation({
    page: document.location.href, directive: event.effectiveDirective,
    blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}`,
}));
"""


@pytest.fixture
def csp_violations():
    """What the page's Content-Security-Policy blocked; the page fixture fails on any."""
    return []


@pytest.fixture
def page(browser, live_server, request, csp_violations):
    """A fresh browser context (no cookies) and page; a screenshot in /tmp if the test fails.

    The test fails on a JavaScript error and on anything the site's Content-Security-Policy
    blocked: the events pages report, and Chromium's console messages for what no page can
    report (a frame refused by frame-ancestors).
    """
    context = browser.new_context(
        base_url=live_server.url,
        locale="id-ID",
        viewport={"width": 1280, "height": 900},
    )
    context.set_default_timeout(TIMEOUT_MS)
    context.expose_binding("kbCspViolation", lambda source, found: csp_violations.append(found))
    context.add_init_script(REPORT_CSP_VIOLATIONS)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    def console(message):
        if "Content Security Policy" in message.text:
            csp_violations.append(message.text)

    page.on("console", console)
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        folder = Path(tempfile.gettempdir()) / "kb-browser-failures"
        folder.mkdir(exist_ok=True)
        shot = folder / f"{request.node.name}.png"
        page.screenshot(path=str(shot), full_page=True)
        print(f"screenshot: {shot}; page errors: {errors or 'none'}")
    context.close()
    assert not errors, f"JavaScript errors in the page: {errors}"
    assert not csp_violations, f"Content-Security-Policy violations: {csp_violations}"


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


@pytest.fixture
def login(page):
    """Log a user in through the real Wagtail login form."""

    def login(user, password=PASSWORD):
        page.goto("/admin/login/")
        page.fill("input[name=username]", user.get_username())
        page.fill("input[name=password]", password)
        with page.expect_navigation():
            page.locator("form button[type=submit]").click()
        assert "/admin/login/" not in page.url, f"login as {user} failed"
        return page

    return login


def pytest_terminal_summary(terminalreporter):
    """Where the journeys' screenshots and accessibility reports were kept."""
    from .journey import ARTIFACTS

    folder = ARTIFACTS / "journeys"
    if folder.is_dir():
        terminalreporter.write_line(f"browser journeys, screenshots and reports: {folder}")
