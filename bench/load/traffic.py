"""The virtual users: each a thread with its own browser, sending its next request as soon as
the last one is answered (no think time), until the run's deadline.

One user in ten (at least one) is a leader; the others are visitors. A visitor's turn is a
search (60 parts: types the first letters of a query, which asks the autocomplete, then opens
the results, sometimes clicking a facet) or an idea page (30 parts). A leader signs in once,
then each turn publishes an edit through the admin (the editor's form filled in from its HTML
with a new marker word in the summary) or, every third turn, unpublishes an idea it edited.
Each leader edits only its own share of ideas, so it knows which of its edits is the last; the
journal lists every marker published and every idea unpublished.
"""

import html
import math
import os
import re
import resource
import threading
import time
from urllib.parse import urlencode

from django.core.management.base import CommandError

from bench.search.corpus import seeded

from .browser import Browser, DeadlineReached, FormReader, UnsupportedForm

LEADER_SHARE = 0.1  # of the users
VISITOR_MIX = (("search", 60), ("idea", 30))
TYPED_LENGTHS = (2, 4, 6)  # the autocomplete requests a typist's debounced keystrokes send
FACET_SHARE = 0.3  # searches followed by a click on a facet value
# A leader's every third turn unpublishes an idea it edited (when it has one): often enough
# that a one-minute run on two busy cores unpublishes some.
UNPUBLISH_EVERY = 3
EDIT_SHARE = 5  # ideas each leader may edit: few, so some are edited more than once
FALLBACK_NOTICE = b"Mesin pencarian sedang bermasalah"
MARKER_PREFIX = "ujimuat"
MARKER = re.compile(rf"\b{MARKER_PREFIX}[a-z]+\b")
# Consonants only: no Indonesian suffix (-i, -an, -kan, -nya) for the stemmer to cut off.
MARKER_LETTERS = "bcdfghjklmnpqrstvwxz"
MARKER_LENGTH = 10
FACET_LINK = re.compile(
    r'href="\?([^"]*\b(?:stage|dimension|source|adopter|region|tag|year|status)=[^"]*)"'
)
FIELD_ERRORS = re.compile(r'<div class="w-field__errors"[^>]*>(.*?)</div>', re.DOTALL)
WARM_UP_ROUNDS = 2
ALONE_REQUESTS = 10  # of each kind, for the latency without a queue
PROGRESS_EVERY_S = 10
# How long a request may still take after the deadline before the run is called stuck.
JOIN_GRACE_S = 180


def leader_count(users):
    return max(1, math.ceil(users * LEADER_SHARE))


class Journal:
    """What the leaders did: per idea, the markers published in order, and unpublishing."""

    def __init__(self):
        self.lock = threading.Lock()
        self.ideas = {}
        self.markers = set()

    def new_marker(self, rng):
        with self.lock:
            while True:
                word = MARKER_PREFIX + "".join(rng.choices(MARKER_LETTERS, k=MARKER_LENGTH))
                if word not in self.markers:
                    self.markers.add(word)
                    return word

    def entry(self, idea):
        with self.lock:
            return self.ideas.setdefault(
                idea["id"],
                {"url": idea["url"], "markers": [], "unpublished": False, "uncertain": False},
            )

    def as_json(self):
        return {str(pk): entry for pk, entry in self.ideas.items()}


class VirtualUser(threading.Thread):
    def __init__(self, number, server, plan, journal, started_at, deadline, seed):
        super().__init__(name=f"virtual-user-{number}", daemon=True)
        self.plan = plan
        self.journal = journal
        self.browser = Browser(*server, started_at, deadline)
        self.rng = seeded(seed, "load-user", number)
        self.is_leader = number < len(plan["leaders"])
        self.leader = plan["leaders"][number] if self.is_leader else None
        self.share = list(plan["shares"][number]) if self.is_leader else []
        self.edited = []  # ideas of the share this user published an edit of, still live
        self.signed_in = False
        self.turns = 0  # a leader's turns after signing in
        self.problems = []  # what went wrong in the client itself

    def run(self):
        actions = [name for name, _weight in VISITOR_MIX]
        weights = [weight for _name, weight in VISITOR_MIX]
        while True:
            # A leader who unpublished its whole share goes on as a visitor.
            action = "edit" if self.share else self.rng.choices(actions, weights)[0]
            try:
                getattr(self, action)()
            except DeadlineReached:
                return
            except Exception as error:  # noqa: BLE001 - the client's own failure, reported
                self.problems.append(f"{action}: {type(error).__name__}: {error}")

    # --- visitors ----------------------------------------------------------------------------

    def search(self):
        query = self.rng.choice(self.plan["queries"])
        for length in TYPED_LENGTHS:
            if length < len(query):
                self.browser.get("autocomplete", "/search/autocomplete/?" + _q(query[:length]))
        response = self.search_page("search", "/search/?" + _q(query))
        if response.status == 200 and self.rng.random() < FACET_SHARE:
            links = FACET_LINK.findall(response.text)
            if links:
                self.search_page(
                    "search_facet", "/search/?" + html.unescape(self.rng.choice(links))
                )

    def search_page(self, kind, path):
        response = self.browser.get(kind, path)
        if FALLBACK_NOTICE in response.body:
            self.browser.records[-1].fallback = True
        return response

    def idea(self):
        self.browser.get("idea", self.rng.choice(self.plan["idea_urls"]))

    # --- leaders -----------------------------------------------------------------------------

    def edit(self):
        try:
            if not self.signed_in and not self.sign_in():
                return
            self.turns += 1
            if self.edited and self.turns % UNPUBLISH_EVERY == 0:
                self.unpublish(self.edited.pop(self.rng.randrange(len(self.edited))))
            else:
                self.publish_edit(self.rng.choice(self.share))
        except UnsupportedForm as problem:
            self.problems.append(str(problem))

    def sign_in(self):
        response = self.browser.get("sign_in", "/admin/login/")
        if response.status != 200:
            return False
        form = FormReader.read(response.text, "/admin/login/")
        form.replace("username", self.leader)
        form.replace("password", self.plan["password"])
        response = self.browser.post("sign_in", form.action, form.fields)
        self.signed_in = response.status == 302
        return self.signed_in

    def publish_edit(self, idea):
        path = f"/admin/pages/{idea['id']}/edit/"
        response = self.browser.get("edit_form", path)
        if response.status != 200:
            return
        form = FormReader.read(response.text, path)
        marker = self.journal.new_marker(self.rng)
        summary = MARKER.sub("", dict(form.fields)["summary"]).rstrip()
        form.replace("summary", f"{summary} {marker}")
        form.fields.append(("action-publish", "action-publish"))
        response = self.browser.post("publish", path, form.fields, "multipart" in form.enctype)
        entry = self.journal.entry(idea)
        entry["markers"].append(marker)
        if response.status != 302:
            if response.status == 200:
                self.problems.append(f"idea {idea['id']} not saved: {form_errors(response.text)}")
            # Saved or not, nobody can tell: the checks afterwards go by the database.
            entry["uncertain"] = True
            self.share.remove(idea)
            if idea in self.edited:
                self.edited.remove(idea)
            return
        if idea not in self.edited:
            self.edited.append(idea)
        self.browser.get("after_publish", response.location or "/admin/")

    def unpublish(self, idea):
        path = f"/admin/pages/{idea['id']}/unpublish/"
        self.share.remove(idea)
        response = self.browser.get("unpublish_form", path)
        if response.status != 200:
            return  # nothing was changed
        form = FormReader.read(response.text, path)
        response = self.browser.post("unpublish", path, form.fields, "multipart" in form.enctype)
        entry = self.journal.entry(idea)
        entry["unpublished"] = True
        if response.status != 302:
            entry["uncertain"] = True


def form_errors(page):
    """The validation errors the editor shows, as text."""
    errors = (html.unescape(re.sub(r"<[^>]+>", " ", e)) for e in FIELD_ERRORS.findall(page))
    return "; ".join(" ".join(e.split()) for e in errors if e.strip()) or "no field error shown"


def _q(text):
    return urlencode({"q": text})


def warm_up(server, plan, workers, seed):
    """Untimed, before the run: every worker process answers its first pages (templates
    compiled, the index opened, the stemmer's dictionary loaded), as a server in service has
    long done. A site that fails here is broken, load or not."""
    failures = []

    def visit(n):
        rng = seeded(seed, "load-warm-up", n)
        browser = Browser(*server, started_at=time.monotonic())
        for _ in range(WARM_UP_ROUNDS):
            query = rng.choice(plan["queries"])
            browser.get("warm_up", "/search/?" + _q(query))
            browser.get("warm_up", "/search/autocomplete/?" + _q(query[:3]))
            browser.get("warm_up", rng.choice(plan["idea_urls"]))
            browser.get("warm_up", "/admin/login/")
        failures.extend(
            f"{r.status or r.error}" for r in browser.records if r.status != 200 or r.error
        )

    visitors = [threading.Thread(target=visit, args=(n,)) for n in range(2 * workers)]
    for visitor in visitors:
        visitor.start()
    for visitor in visitors:
        visitor.join()
    if failures:
        raise CommandError(f"The site failed before the load: {', '.join(failures[:5])}.")


def alone(server, plan, seed):
    """The same pages for one user on an idle server: what a request costs without a queue."""
    rng = seeded(seed, "load-alone")
    browser = Browser(*server, started_at=time.monotonic())
    for _ in range(ALONE_REQUESTS):
        query = rng.choice(plan["queries"])
        browser.get("autocomplete", "/search/autocomplete/?" + _q(query[:4]))
        browser.get("search", "/search/?" + _q(query))
        browser.get("idea", rng.choice(plan["idea_urls"]))
    return browser.records


def _cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run(server, plan, users, duration, seed, log):
    """Run ``users`` virtual users for ``duration`` seconds; their records and the journal."""
    journal = Journal()
    cpu = _cpu_seconds()
    started_at = time.monotonic()
    deadline = started_at + duration
    crowd = [
        VirtualUser(n, server, plan, journal, started_at, deadline, seed) for n in range(users)
    ]
    for user in crowd:
        user.start()
    load = [os.getloadavg()[0]]
    next_progress = PROGRESS_EVERY_S
    while any(user.is_alive() for user in crowd):
        if time.monotonic() > deadline + JOIN_GRACE_S:
            raise CommandError("Virtual users still busy long after the deadline.")
        time.sleep(0.5)
        elapsed = time.monotonic() - started_at
        if elapsed >= next_progress:
            next_progress += PROGRESS_EVERY_S
            load.append(os.getloadavg()[0])
            done = sum(len(user.browser.records) for user in crowd)
            log(f"  {elapsed:.0f} s: {done} requests, load average {load[-1]:.2f}")
    return {
        "records": [record for user in crowd for record in user.browser.records],
        "journal": journal.as_json(),
        "problems": [problem for user in crowd for problem in user.problems],
        "load": load,
        "client_cpu_s": _cpu_seconds() - cpu,
        "elapsed_s": max(
            (r.started + r.ms / 1000 for user in crowd for r in user.browser.records),
            default=0.0,
        ),
    }
