"""A role's journey through the site, kept as screenshots and checked with axe-core on every page.

A journey test calls `journey.step("what the person does")` after each thing a person would
see. Each step saves a full-page screenshot, numbered in order, under
`var/test-artifacts/journeys/<test>/` (KB_TEST_ARTIFACTS moves the root), and adds a line
to that folder's `steps.md`, so that someone can follow the journey from the pictures.

Each step also runs axe-core (npm package, installed by `make install` into
node_modules/, evaluated into the page through the DevTools protocol, so the page's
Content-Security-Policy stays as strict as it is for users). A serious or critical
violation fails the test at that step, unless every element it names sits inside one of
Wagtail's own widgets (WAGTAIL_WIDGETS below): those are written to `axe-wagtail.json` in
the journey's folder and printed, so that they are reported, not hidden.
"""

import json
import os
import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("KB_TEST_ARTIFACTS", ROOT / "var" / "test-artifacts"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING = {"serious", "critical"}

# Markup that Wagtail renders and the project does not write: its admin chrome and widgets.
# A violation counts as the project's unless every element it names is inside one of these.
WAGTAIL_WIDGETS = [
    ".sidebar",  # the admin's main menu
    "[data-side-panel]",  # status, preview, comments and checks panels
    "[data-w-breadcrumbs-target]",  # the header's breadcrumbs
    ".w-tabs__list",  # the editor's tab bar
    ".w-dropdown",  # footer and header action menus (tippy)
    ".Draftail-Editor",  # the rich text editor
    ".w-field__comment-button",  # the comment toggle beside each field
    ".w-form-width > .w-panel__header",  # panel headings with their anchor links
    ".tagit",  # the tag field (jQuery tag-it)
    ".w-dialog",  # Wagtail's modal dialogs
    ".w-header",  # admin page headers
    ".w-breadcrumbs",
    ".footer",  # the editor's action bar
    ".w-skiplink",
]

IN_WAGTAIL_WIDGET = """
([selectors, targets]) => targets.every((target) => {
    const element = document.querySelector(target);
    return element !== null && selectors.some((selector) => element.closest(selector));
})
"""


MAX_SHOT_HEIGHT = 6000
SCROLL_HEIGHT = """
() => Math.max(document.documentElement.scrollHeight, ...Array.from(
    document.querySelectorAll("body *"),
    (element) => ["auto", "scroll"].includes(getComputedStyle(element).overflowY)
        ? element.scrollHeight + element.getBoundingClientRect().top : 0,
))
"""


def _slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "step"


class Journey:
    def __init__(self, page, name):
        self.page = page
        self.folder = ARTIFACTS / "journeys" / name
        self.folder.mkdir(parents=True, exist_ok=True)
        for old in self.folder.glob("*"):
            old.unlink()
        self.count = 0
        self.wagtail_violations = []
        self._lines = [f"# {name}\n"]

    def step(self, title, *, axe=True):
        """Screenshot the page as it is now and check its accessibility; `title` says what
        the person just did or sees."""
        self.count += 1
        shot = self.folder / f"{self.count:02d}-{_slug(title)}.png"
        self._screenshot(shot)
        self._lines.append(f"{self.count}. {title} (`{shot.name}`, {self.page.url})")
        self._write_steps()
        if axe:
            self.check_accessibility(title)

    def _screenshot(self, path):
        """The whole screen, also where the page scrolls inside a container (Wagtail's admin
        does): the viewport is made as tall as the tallest scrolling content for the shot."""
        page = self.page
        size = page.viewport_size
        height = page.evaluate(SCROLL_HEIGHT)
        tall = min(max(height, size["height"]), MAX_SHOT_HEIGHT)
        if tall > size["height"]:
            page.set_viewport_size({"width": size["width"], "height": tall})
        try:
            page.screenshot(path=str(path), full_page=True)
        finally:
            if tall > size["height"]:
                page.set_viewport_size(size)

    def check_accessibility(self, title):
        if not AXE.is_file():
            pytest.fail(f"axe-core is missing at {AXE}: run `make install`.", pytrace=False)
        page = self.page
        if not page.evaluate("typeof window.axe === 'object'"):
            page.evaluate(AXE.read_text(encoding="utf-8") + "\n;0")
        result = page.evaluate(
            "(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}, "
            "resultTypes: ['violations']})",
            AXE_TAGS,
        )
        own = []
        for violation in result["violations"]:
            if violation["impact"] not in BLOCKING:
                continue
            targets = [node["target"][0] for node in violation["nodes"]]
            found = {
                "step": title,
                "url": page.url,
                "rule": violation["id"],
                "impact": violation["impact"],
                "help": violation["help"],
                "targets": targets,
                "html": [node["html"][:300] for node in violation["nodes"]],
            }
            if page.evaluate(IN_WAGTAIL_WIDGET, [WAGTAIL_WIDGETS, targets]):
                self.wagtail_violations.append(found)
            else:
                own.append(found)
        if self.wagtail_violations:
            report = self.folder / "axe-wagtail.json"
            report.write_text(json.dumps(self.wagtail_violations, indent=2, ensure_ascii=False))
        assert not own, "axe-core: serious or critical violations in our markup:\n" + json.dumps(
            own, indent=2, ensure_ascii=False
        )

    def _write_steps(self):
        (self.folder / "steps.md").write_text("\n".join(self._lines) + "\n", encoding="utf-8")

    def finish(self):
        for found in self.wagtail_violations:
            print(f"axe (Wagtail's markup): {found['rule']} at {found['url']}: {found['targets']}")


@pytest.fixture
def demo(live_server):
    """The demo site as `make run` loads it, indexed; every account's password is PASSWORD."""
    from django.contrib.auth import get_user_model

    from .conftest import PASSWORD

    call_command("load_demo", password=PASSWORD, stdout=StringIO())
    call_command("update_index", stdout=StringIO())
    return {user.username: user for user in get_user_model().objects.all()}


@pytest.fixture
def journey(page, request):
    """The journey of this test, kept under var/test-artifacts/journeys/<test name>/."""
    walk = Journey(page, request.node.name)
    yield walk
    walk.finish()
