"""What a site process does in a fault test: ``python -m tests.search.steps STEP [ARG...]``.

Run by tests/search/throwaway.py with the throwaway site's environment. Each step prints its
outcome as one JSON line at the end; the loops first print "ready" and wait for a line on stdin,
so that every process of a test starts at once. ``session`` runs the steps named on stdin, one
a line, in one process (like a site worker that keeps serving).
"""

import json
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from bench.search.corpus import Corpus  # noqa: E402
from bench.search.loader import Loader  # noqa: E402
from ideas.models import IdeaPage  # noqa: E402
from search.backends.whoosh import writer  # noqa: E402
from tests import factories  # noqa: E402

NOTICE = "Mesin pencarian sedang bermasalah"
# The known ideas' own word: no generated idea has it.
WORD = "kuarsit"
QUEUE = "Nomor antrean kuarsit diambil lewat ponsel; warga memantau giliran dari rumah."
PLACES = ("puskesmas", "kecamatan", "samsat", "rumah sakit", "Dukcapil", "PDAM")


def known_ideas():
    return list(IdeaPage.objects.filter(title__startswith="Antrean daring").order_by("pk"))


def seed(count):
    """``count`` generated ideas, and a few whose words the other steps search for."""
    corpus = Corpus(int(count))
    Loader(corpus).load(corpus.docs())
    for place in PLACES:
        factories.idea(f"Antrean daring {place}", summary=QUEUE)
    return {"ideas": IdeaPage.objects.count()}


def check():
    """What a reader gets: the search page, an idea page, autocomplete; and the engine itself.

    ``live``: the live ideas with the word; ``found``: those the search page lists; ``engine``:
    the engine's count of them.
    """
    client = Client()
    live = IdeaPage.objects.live().public()
    search = client.get("/search/", {"q": WORD})
    page = client.get(known_ideas()[0].url)
    suggest = client.get("/search/autocomplete/", {"q": "antrean daring"})
    try:
        engine = live.search(WORD).count()
    except Exception as error:
        engine = f"{type(error).__name__}: {error}"
    text = search.content.decode()
    titles = live.filter(summary__contains=WORD).values_list("title", flat=True)
    return {
        "search": search.status_code,
        "notice": NOTICE in text,
        "live": len(titles),
        "found": sum(title in text for title in titles),
        "engine": engine,
        "idea_page": page.status_code,
        "similar": "Ide serupa" in page.content.decode(),
        "autocomplete": suggest.status_code,
        "suggestions": len(json.loads(suggest.content)["suggestions"]),
    }


def publish(word):
    """Publish an idea with ``word`` in its title: is it live, how many ideas has the engine
    for ``word`` then?"""
    idea = factories.idea(f"Antrean daring {word}", summary=QUEUE)
    try:
        found = IdeaPage.objects.live().public().search(word).count()
    except Exception as error:
        found = f"{type(error).__name__}: {error}"
    return {"live": IdeaPage.objects.get(pk=idea.pk).live, "found": found}


def unpublish():
    """Unpublish the second known idea (the pages checked show the first)."""
    idea = known_ideas()[1]
    idea.unpublish()
    return {"live": IdeaPage.objects.get(pk=idea.pk).live}


def _start():
    print("ready", flush=True)
    sys.stdin.readline()


def publish_loop():
    """Publish one new idea after another until killed; the count so far on each line."""
    _start()
    n = 0
    while True:
        factories.idea(f"Antrean daring baru {n}", summary=QUEUE)
        n += 1
        print(n, flush=True)


def commit_loop(commits, seconds, done):
    """Write the known ideas to the index again and again, one small commit each: ``commits``
    of them, or as many as ``seconds`` allow; then create the file ``done``."""
    index = get_search_backend().get_index_for_model(IdeaPage)
    documents = index.documents(IdeaPage, known_ideas())
    _start()
    until = time.monotonic() + float(seconds)
    n = 0
    while n < int(commits) and time.monotonic() < until:
        writer.apply_changes(index, [documents[n % len(documents)]])
        n += 1
    Path(done).touch()
    return {"commits": n}


def read_loop(threads, done):
    """Threads that search, facet and run more-like-this, and now and then load the search
    page and an idea page, until the file ``done`` exists: what they read, and their failures
    by kind."""
    ideas = known_ideas()
    failures, reads = Counter(), Counter()
    lock = threading.Lock()

    def note(counter, key):
        with lock:
            counter[key] += 1

    def read():
        live = IdeaPage.objects.live().public()
        backend = get_search_backend()
        client = Client()
        n = 0
        try:
            while not Path(done).exists():
                idea = ideas[n % len(ideas)]
                n += 1
                try:
                    results = live.search(WORD)
                    if results.count() != len(ideas) or len(results[:10]) != len(ideas):
                        note(failures, "search found too little")
                    if results.facet("stage") != {"amati": len(ideas)}:
                        note(failures, "wrong facet")
                    if len(backend.more_like_this(idea, live)) != len(ideas) - 1:
                        note(failures, "more like this found too little")
                except Exception as error:
                    note(failures, f"{type(error).__name__}: {error}")
                note(reads, "engine")
                if n % 5 == 0:
                    if NOTICE in client.get("/search/", {"q": WORD}).content.decode():
                        note(failures, "search page from the database")
                    if "Ide serupa" not in client.get(idea.url).content.decode():
                        note(failures, "idea page without Ide serupa")
                    note(reads, "pages")
        finally:
            connection.close()

    _start()
    readers = [threading.Thread(target=read) for _ in range(int(threads))]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    return {"reads": dict(reads), "failures": dict(failures)}


def session():
    """Run each step named on stdin (``STEP ARG...``) and print its outcome, until stdin ends."""
    print("ready", flush=True)
    for line in sys.stdin:
        step, *args = line.split()
        print(json.dumps(STEPS[step](*args)), flush=True)
    return {"done": True}


STEPS = {
    "seed": seed,
    "check": check,
    "publish": publish,
    "unpublish": unpublish,
    "publish-loop": publish_loop,
    "commit-loop": commit_loop,
    "read-loop": read_loop,
    "session": session,
}

if __name__ == "__main__":
    step, *args = sys.argv[1:]
    print(json.dumps(STEPS[step](*args)), flush=True)
