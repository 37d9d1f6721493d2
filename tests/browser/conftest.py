"""Browser tests: Debian's Chromium, driven by Playwright, against pytest-django's live server.

Nothing is downloaded: Playwright drives the system browser at CHROMIUM (never
`playwright install`). CI installs the `chromium` package; where it is missing the tests fail
and say so (a skip would hide that the browser path went untested).

Playwright's sync API runs an asyncio event loop in this thread for as long as it is started,
so Django sees "an async context" and refuses ORM calls (SynchronousOnlyOperation) from the test
code and the fixtures, although nothing here is async: every call blocks until Playwright
answers. The `browser` fixture therefore sets DJANGO_ALLOW_ASYNC_UNSAFE while Playwright runs
and nowhere else. It is scoped to this package, so pytest stops Playwright (and restores the
variable) before any test outside tests/browser runs.

Every browser test uses the live server, so its database is transactional: each commit is
real, pages a test creates reach the search index at once (on_commit callbacks run), and the
tables are emptied afterwards. Mark browser tests with BROWSER_DB, which restores the tree and
groups that the migrations made (serialized_rollback), as tests/search does.
"""

import os
import tempfile
from pathlib import Path

import pytest

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


@pytest.fixture(scope="package")
def browser():
    """One headless Chromium for the browser tests (torn down when they are done)."""
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"Browser tests need Debian's Chromium at {CHROMIUM}: "
            "`apt-get install chromium` (.ci/run does this on CI).",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
    finally:
        playwright.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser, live_server, request):
    """A fresh browser context (no cookies) and page; a screenshot in /tmp if the test fails."""
    context = browser.new_context(
        base_url=live_server.url,
        locale="id-ID",
        viewport={"width": 1280, "height": 900},
    )
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
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
