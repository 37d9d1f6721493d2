"""After the run: was any index update lost?

For every idea a leader edited, its last published marker word must be found, and only for
that idea; each earlier marker must be gone; an idea unpublished during the run must be found
by none of its markers and answer 404. Checked twice: by the search engine itself, in a child
process with the server's settings (``check_index``), and as a visitor sees it, on the server
still running (``check_site``). Where a leader's request failed, nobody knows whether it was
saved: the database decides what the index must hold.
"""

import json
from pathlib import Path

from .browser import Browser
from .prepare import check_isolated
from .traffic import FALLBACK_NOTICE, MARKER

JOURNAL = "journal.json"
RESULT = "verify.json"


def expected(entry):
    """(live, last marker) as the leader who made the changes knows them, or None if unsure."""
    if entry["uncertain"]:
        return None
    return not entry["unpublished"], entry["markers"][-1]


def check_index(workdir, log):
    workdir = Path(workdir)
    check_isolated(workdir)
    from ideas.models import IdeaPage

    journal = json.loads((workdir / JOURNAL).read_text())
    result = {"ideas": len(journal), "markers": 0, "found": 0, "lost": [], "stale": []}
    for pk, entry in journal.items():
        page = IdeaPage.objects.get(pk=int(pk))
        current = (MARKER.findall(page.summary) or [None])[-1] if page.live else None
        known = expected(entry)
        if known is not None and (page.live != known[0] or (page.live and current != known[1])):
            result["lost"].append(
                {"idea": pk, "why": f"the database has live={page.live}, marker {current}"}
            )
        for marker in entry["markers"]:
            result["markers"] += 1
            live = IdeaPage.objects.live().public().search(marker)
            found = [idea.pk for idea in live]
            if marker == current:
                if live.count() == 1 and found == [page.pk]:
                    result["found"] += 1
                else:
                    result["lost"].append({"idea": pk, "why": f"{marker} not found"})
            elif live.count() or found:
                result["stale"].append({"idea": pk, "why": f"{marker} still found"})
            elif page.live and IdeaPage.objects.search(marker).count():
                result["stale"].append({"idea": pk, "why": f"{marker} still in the index"})
    log(
        f"  index: {result['found']} current markers found, {len(result['lost'])} lost, "
        f"{len(result['stale'])} stale, of {result['markers']} markers on {result['ideas']} ideas"
    )
    (workdir / RESULT).write_text(json.dumps(result))
    return result


def check_site(server, journal):
    """What a visitor sees of each edited idea: search results and the idea's own page."""
    browser = Browser(*server, started_at=0)
    problems, checked = [], 0

    def search_shows(marker, url):
        response = browser.get("check", "/search/?q=" + marker)
        if response.status != 200 or FALLBACK_NOTICE in response.body:
            problems.append(f"/search/?q={marker} answered {response.status} or fell back")
        return f'href="{url}"' in response.text

    for pk, entry in journal.items():
        known = expected(entry)
        if known is None:
            continue
        live, last = known
        url = entry["url"]
        checked += 1
        for marker in entry["markers"]:
            shown = search_shows(marker, url)
            if shown != (live and marker == last):
                problems.append(
                    f"idea {pk}: /search/?q={marker} {'lists' if shown else 'lacks'} it"
                )
        page = browser.get("check", url, expect=200 if live else 404)
        if page.status != (200 if live else 404) or (live and last not in page.text):
            problems.append(f"idea {pk}: {url} answered {page.status}")
    return {"ideas": checked, "requests": len(browser.records), "problems": problems}
